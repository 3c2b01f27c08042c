/**
 * Mailer handler: SQS batch of mail-queue messages (each the key of an outbound-mail record) → one
 * `deliverMail` per message. A message that is not a key, or whose delivery throws (SES throttled
 * past its retries, another mailer holding the claim, a transient error), is a batch item failure:
 * SQS redelivers it after the visibility timeout, then the DLQ.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import type { AwsClients } from '#shared/aws/clients.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { parseMessageBody } from '#shared/lambda/eventSchemas.js';
import { PipelineMetric } from '#shared/lambda/metricNames.js';
import { createMetrics, MetricUnit, publishMetrics, type Metrics } from '#shared/lambda/metrics.js';
import { logger } from '#shared/lambda/powertools.js';
import { sendPacing } from '#shared/mail/sendPacing.js';
import { MailKey } from '#shared/store/outboundMail.js';
import { deliverMail, type Delivery, type MailerDependencies } from './deliverMail.js';
import type { mailerFunction } from './function.js';

/** What the mailer counts of each delivery's outcome. */
const COUNTED: Partial<Record<Delivery['outcome'], string>> = { sent: PipelineMetric.mailsSent, failed: PipelineMetric.mailsFailed };

export function createHandler(deps: MailerDependencies, metrics: Metrics = createMetrics('mailer')) {
  // One processor per handler: a processor holds one batch's state at a time.
  const processor = new BatchProcessor(EventType.SQS, { logger });
  const mailRecord = async (record: SQSRecord): Promise<void> => {
    const delivery = await deliverMail(deps, parseMessageBody(MailKey, record.body));
    // The key holds the address: log the delivery's kind, state and outcome only.
    logger.info('mail delivery', { messageId: record.messageId, ...delivery });
    const metric = COUNTED[delivery.outcome];
    if (metric) metrics.addMetric(metric, MetricUnit.Count, 1);
  };
  return middy(async (event: SQSEvent, context: Context) => processPartialResponse(event, mailRecord, processor, { context }))
    .use(injectLambdaContext(logger))
    .use(publishMetrics(metrics));
}

/** The mailer's dependencies from its settings (see `function.ts`) and clients. */
export function dependenciesFrom(settings: SettingsOf<typeof mailerFunction>, clients: Pick<AwsClients, 'db' | 'ses'>): MailerDependencies {
  return {
    store: { db: clients.db, tableName: settings.TABLE_NAME },
    ses: clients.ses,
    from: settings.MAIL_FROM,
    replyTo: settings.MAIL_REPLY_TO,
    configurationSet: settings.MAIL_CONFIGURATION_SET,
    pace: sendPacing(settings.MAIL_SEND_RATE),
    leaseMs: settings.MAIL_LEASE_SECONDS * 1000,
    now: () => new Date(),
  };
}
