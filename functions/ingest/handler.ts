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
import type { Extraction, ExtractionRequest } from '#shared/extraction/contract.js';
import { IsolatedExtractor, type ReadWithin } from '#shared/extraction/isolatedExtraction.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { parseMessageBody, S3Notification } from '#shared/lambda/eventSchemas.js';
import { PipelineMetric } from '#shared/lambda/metricNames.js';
import { createMetrics, MetricUnit, publishMetrics, type Metrics } from '#shared/lambda/metrics.js';
import { logger } from '#shared/lambda/powertools.js';
import { sqsMailQueue } from '#shared/mail/mailQueue.js';
import { receiptNotifier } from '#shared/mail/receipts.js';
import { decodeEventKey } from '#shared/portal/uploadLocation.js';
import { INVOCATION_MARGIN_MS, type ingestFunction } from './function.js';
import { ingestUpload, type IngestDependencies, type IngestOutcome } from './ingestUpload.js';

/** S3 sends this once when the notification is configured; it carries no object. */
const S3TestEvent = z.object({ Event: z.literal('s3:TestEvent') });
const IngestMessage = z.union([S3Notification, S3TestEvent]);

/**
 * Ingest's dependencies as the handler takes them: its extractor may be told by when the invocation
 * needs the answer (a plain `extract(request)` is one too).
 */
export type IngestHandlerDependencies = Omit<IngestDependencies, 'extract'> & {
  extract: (request: ExtractionRequest, within?: ReadWithin) => Promise<Extraction>;
};

/** What ingest counts of each upload it sees for the first time (a redelivery counts nothing). */
const COUNTED: Partial<Record<IngestOutcome['status'], string>> = {
  accepted: PipelineMetric.submissionsAccepted,
  duplicate: PipelineMetric.submissionsDuplicate,
  rejected: PipelineMetric.submissionsRefused,
};

export function createHandler(deps: IngestHandlerDependencies, metrics: Metrics = createMetrics('ingest')) {
  // One processor per handler: a processor holds one batch's state at a time.
  const processor = new BatchProcessor(EventType.SQS, { logger });
  async function ingestRecord(record: SQSRecord, context: Context): Promise<void> {
    const message = parseMessageBody(IngestMessage, record.body);
    if (!('Records' in message)) return;
    // Each read ends before the invocation does, with time left to record its outcome; its time is counted.
    const extract = async (request: ExtractionRequest) => {
      const started = performance.now();
      try {
        return await deps.extract(request, { deadline: Date.now() + context.getRemainingTimeInMillis() - INVOCATION_MARGIN_MS });
      } finally {
        metrics.addMetric(PipelineMetric.extractionTime, MetricUnit.Milliseconds, performance.now() - started);
      }
    };
    for (const notification of message.Records) {
      if (!notification.eventName.startsWith('ObjectCreated:')) continue;
      const object = notification.s3.object;
      const outcome = await ingestUpload({ ...deps, extract }, {
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

  return middy(async (event: SQSEvent, context: Context) =>
    processPartialResponse(event, (record: SQSRecord) => ingestRecord(record, context), processor, { context }),
  )
    .use(injectLambdaContext(logger))
    .use(publishMetrics(metrics));
}

/**
 * Ingest's dependencies from its settings (see `function.ts`) and clients. Documents are read in a
 * child process started from `extraction.ts` (from the sources through tsx, or from `extraction.mjs`
 * beside the bundle, which the asset's package.json maps the specifier to), under the settings' ceilings.
 */
export function dependenciesFrom(settings: SettingsOf<typeof ingestFunction>, clients: Pick<AwsClients, 'db' | 's3' | 'sqs'>): IngestHandlerDependencies {
  const store = { db: clients.db, tableName: settings.TABLE_NAME };
  const extractor = new IsolatedExtractor({
    entry: import.meta.resolve('#functions/ingest/extraction.js'),
    ceilings: { memoryMb: settings.EXTRACTION_MEMORY_MB, timeMs: settings.EXTRACTION_TIME_MS },
  });
  return {
    store,
    s3: clients.s3,
    extract: (request, within) => extractor.extract(request, within),
    maxUploadBytes: settings.MAX_UPLOAD_BYTES,
    notify: settings.MAIL_QUEUE_URL ? receiptNotifier(store, sqsMailQueue(clients.sqs, settings.MAIL_QUEUE_URL)) : undefined,
  };
}
