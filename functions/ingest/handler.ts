/**
 * Ingest Lambda: SQS batch of S3 ObjectCreated notifications → one `ingestUpload` per object.
 * A record whose body is not an S3 notification, or whose processing throws, is reported as a
 * batch item failure: SQS retries it (then the DLQ); the rest of the batch goes on.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { documentClient } from '#shared/aws/dynamoDb.js';
import { s3Client } from '#shared/aws/s3.js';
import { sqsClient } from '#shared/aws/sqs.js';
import { readEnvironment, StoreEnvironment } from '#shared/config/environment.js';
import { RejectedInputError, type Extraction, type ExtractionRequest } from '#shared/extraction/contract.js';
import { parseMessageBody, S3Notification } from '#shared/lambda/eventSchemas.js';
import { logger } from '#shared/lambda/powertools.js';
import { sqsMailQueue } from '#shared/mail/mailQueue.js';
import { receiptNotifier } from '#shared/mail/receipts.js';
import { decodeEventKey } from '#shared/portal/uploadLocation.js';
import { ingestUpload, type IngestDependencies } from './ingestUpload.js';

const environment = readEnvironment(
  StoreEnvironment.extend({
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
    /** The mail queue for upload receipts; without it no receipts are sent. */
    MAIL_QUEUE_URL: z.url().optional(),
  }),
);

/** S3 sends this once when the notification is configured; it carries no object. */
const S3TestEvent = z.object({ Event: z.literal('s3:TestEvent') });
const IngestMessage = z.union([S3Notification, S3TestEvent]);

const processor = new BatchProcessor(EventType.SQS, { logger });

/**
 * The extractor, loaded on first use from its own bundle (see `extraction.ts`); its refusals are
 * thrown again as this bundle's RejectedInputError, which `ingestUpload` recognises.
 */
async function extract(request: ExtractionRequest): Promise<Extraction> {
  const { extractUpload } = await import('#functions/ingest/extraction.js');
  const outcome = await extractUpload(request);
  if ('refused' in outcome) throw new RejectedInputError(outcome.refused.code, outcome.refused.message);
  return outcome.extraction;
}

const dependencies: IngestDependencies = {
  store: { db: documentClient(), tableName: environment.TABLE_NAME },
  s3: s3Client(),
  extract,
  maxUploadBytes: environment.MAX_UPLOAD_BYTES,
};
if (environment.MAIL_QUEUE_URL) {
  dependencies.notify = receiptNotifier(dependencies.store, sqsMailQueue(sqsClient(), environment.MAIL_QUEUE_URL));
}

async function ingestRecord(record: SQSRecord): Promise<void> {
  const message = parseMessageBody(IngestMessage, record.body);
  if (!('Records' in message)) return;
  for (const notification of message.Records) {
    if (!notification.eventName.startsWith('ObjectCreated:')) continue;
    const object = notification.s3.object;
    const outcome = await ingestUpload(dependencies, {
      bucket: notification.s3.bucket.name,
      key: decodeEventKey(object.key),
      size: object.size ?? 0,
      eventTime: notification.eventTime,
      versionId: object.versionId ?? undefined,
      sequencer: object.sequencer,
      eTag: object.eTag,
    });
    logger.info('upload ingested', { ...outcome });
  }
}

export const handler = middy(async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, ingestRecord, processor, { context }),
).use(injectLambdaContext(logger));
