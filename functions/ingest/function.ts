/**
 * The ingest function: S3 notifications of new uploads, through the uploads queue, in small
 * batches with partial batch failures (a bad record is retried alone, the rest of the batch done).
 *
 * Sizing follows from the extractor's own bounds (`shared/extraction/limits.ts`): one document
 * costs at most its wall-time budget of CPU. Extraction is CPU-bound, so the memory buys CPU:
 * 1769 MB is one full vCPU, so the budget means on Lambda what it means on a laptop core. The
 * timeout leaves room for a whole batch of documents at their budget, plus the reads and writes
 * around them. Measured peaks and times: `npm run bench:accuracy`, `npm run bench -- bundles`.
 */
import * as z from 'zod';
import { MailQueueUrl, MaxUploadBytes, StoreEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

const TIMEOUT_SECONDS = 90;

export const ingestFunction = describeFunction({
  name: 'ingest',
  summary: 'Reads each new upload, extracts what it says, records the submission; quarantines refused files',
  environment: StoreEnvironment.extend({
    MAX_UPLOAD_BYTES: MaxUploadBytes,
    /** The mail queue for upload receipts; without it no receipts are sent. */
    MAIL_QUEUE_URL: MailQueueUrl.optional(),
  }),
  memoryMb: 1769,
  timeoutSeconds: TIMEOUT_SECONDS,
  invokedBy: {
    kind: 'queue',
    batchSize: 2,
    maxReceiveCount: 5,
    visibilityTimeoutSeconds: TIMEOUT_SECONDS * 6,
    maxConcurrency: 5,
  },
  // The extractor (PDF, DOCX, XLSX readers: most of the code) loads with the first upload.
  lazyModules: ['#functions/ingest/extraction.js'],
});
