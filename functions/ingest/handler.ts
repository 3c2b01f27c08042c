/**
 * Ingest handler: SQS batch of S3 ObjectCreated notifications → one `ingestUpload` per object.
 * A record whose body is not an S3 notification, or whose processing throws, is reported as a
 * batch item failure: SQS retries it (then the DLQ); the rest of the batch goes on.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { AwsClients } from '#shared/aws/clients.js';
import { RejectedInputError, type Extraction, type ExtractionRequest } from '#shared/extraction/contract.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { parseMessageBody, S3Notification } from '#shared/lambda/eventSchemas.js';
import { PipelineMetric } from '#shared/lambda/metricNames.js';
import { createMetrics, MetricUnit, publishMetrics, type Metrics } from '#shared/lambda/metrics.js';
import { logger } from '#shared/lambda/powertools.js';
import { sqsMailQueue } from '#shared/mail/mailQueue.js';
import { receiptNotifier } from '#shared/mail/receipts.js';
import { decodeEventKey } from '#shared/portal/uploadLocation.js';
import type { ingestFunction } from './function.js';
import { ingestUpload, type IngestDependencies, type IngestOutcome } from './ingestUpload.js';

/** S3 sends this once when the notification is configured; it carries no object. */
const S3TestEvent = z.object({ Event: z.literal('s3:TestEvent') });
const IngestMessage = z.union([S3Notification, S3TestEvent]);

/**
 * The extractor, loaded on first use from its own bundle (see `extraction.ts`); its refusals are
 * thrown again as this bundle's RejectedInputError, which `ingestUpload` recognises.
 */
async function extractInItsOwnModule(request: ExtractionRequest): Promise<Extraction> {
  const { extractUpload } = await import('#functions/ingest/extraction.js');
  const outcome = await extractUpload(request);
  if ('refused' in outcome) throw new RejectedInputError(outcome.refused.code, outcome.refused.message);
  return outcome.extraction;
}

/** What ingest counts of each upload it sees for the first time (a redelivery counts nothing). */
const COUNTED: Partial<Record<IngestOutcome['status'], string>> = {
  accepted: PipelineMetric.submissionsAccepted,
  duplicate: PipelineMetric.submissionsDuplicate,
  rejected: PipelineMetric.submissionsRefused,
};

export function createHandler(deps: IngestDependencies, metrics: Metrics = createMetrics('ingest')) {
  // One processor per handler: a processor holds one batch's state at a time.
  const processor = new BatchProcessor(EventType.SQS, { logger });
  const timed: IngestDependencies = {
    ...deps,
    extract: async (request) => {
      const started = performance.now();
      try {
        return await deps.extract(request);
      } finally {
        metrics.addMetric(PipelineMetric.extractionTime, MetricUnit.Milliseconds, performance.now() - started);
      }
    },
  };

  async function ingestRecord(record: SQSRecord): Promise<void> {
    const message = parseMessageBody(IngestMessage, record.body);
    if (!('Records' in message)) return;
    for (const notification of message.Records) {
      if (!notification.eventName.startsWith('ObjectCreated:')) continue;
      const object = notification.s3.object;
      const outcome = await ingestUpload(timed, {
        bucket: notification.s3.bucket.name,
        key: decodeEventKey(object.key),
        size: object.size ?? 0,
        eventTime: notification.eventTime,
        versionId: object.versionId ?? undefined,
        sequencer: object.sequencer,
        eTag: object.eTag,
      });
      logger.info('upload ingested', { ...outcome });
      const metric = COUNTED[outcome.status];
      if (metric && !outcome.repeated) metrics.addMetric(metric, MetricUnit.Count, 1);
    }
  }

  return middy(async (event: SQSEvent, context: Context) => processPartialResponse(event, ingestRecord, processor, { context }))
    .use(injectLambdaContext(logger))
    .use(publishMetrics(metrics));
}

/** Ingest's dependencies from its settings (see `function.ts`) and clients. */
export function dependenciesFrom(settings: SettingsOf<typeof ingestFunction>, clients: Pick<AwsClients, 'db' | 's3' | 'sqs'>): IngestDependencies {
  const store = { db: clients.db, tableName: settings.TABLE_NAME };
  return {
    store,
    s3: clients.s3,
    extract: extractInItsOwnModule,
    maxUploadBytes: settings.MAX_UPLOAD_BYTES,
    notify: settings.MAIL_QUEUE_URL ? receiptNotifier(store, sqsMailQueue(clients.sqs, settings.MAIL_QUEUE_URL)) : undefined,
  };
}
