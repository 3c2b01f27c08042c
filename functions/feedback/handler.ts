/**
 * Feedback handler: SES bounce and complaint notifications, published to SNS, each record's message
 * parsed with zod. A message that is not JSON or not a bounce/complaint (a delivery notice, SNS's
 * subscription test, anything malformed) is ignored with one log line: it must never fail the
 * invocation, or SNS would retry it for nothing. Store errors do throw: SNS then retries.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { AwsClients } from '#shared/aws/clients.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { PipelineMetric } from '#shared/lambda/metricNames.js';
import { createMetrics, MetricUnit, publishMetrics, type Metrics } from '#shared/lambda/metrics.js';
import { logger } from '#shared/lambda/powertools.js';
import type { StoreContext } from '#shared/store/table.js';
import type { feedbackFunction } from './function.js';
import { handleFeedback } from './recordFeedback.js';

export interface FeedbackDependencies {
  store: StoreContext;
}

export function createHandler(deps: FeedbackDependencies, metrics: Metrics = createMetrics('feedback')) {
  return middy(async (event: unknown, _context: Context) => {
    const handled = await handleFeedback(deps.store, event);
    if (handled.bounced) metrics.addMetric(PipelineMetric.mailsBounced, MetricUnit.Count, handled.bounced);
    if (handled.complained) metrics.addMetric(PipelineMetric.mailsComplained, MetricUnit.Count, handled.complained);
    return handled;
  })
    .use(injectLambdaContext(logger))
    .use(publishMetrics(metrics));
}

export function dependenciesFrom(settings: SettingsOf<typeof feedbackFunction>, clients: Pick<AwsClients, 'db'>): FeedbackDependencies {
  return { store: { db: clients.db, tableName: settings.TABLE_NAME } };
}
