/**
 * The ingest function: S3 notifications of new uploads, through the uploads queue, in small
 * batches with partial batch failures (a bad record is retried alone, the rest of the batch done).
 *
 * Sizing follows from the extractor's own bounds (`shared/extraction/limits.ts`): one document
 * costs at most its wall-time budget of CPU. Extraction is CPU-bound, so the memory buys CPU:
 * 1769 MB is one full vCPU, so the budget means on Lambda what it means on a laptop core. The
 * timeout leaves room for a whole batch of documents at their budget, plus the reads and writes
 * around them. Measured peaks and times: `npm run bench:accuracy`, `npm run bench -- bundles`.
 *
 * Each document is read in a child process under two ceilings (`shared/extraction/isolatedExtraction.ts`),
 * settings below: its resident memory, and its time (on Lambda, also what the invocation has left,
 * less `INVOCATION_MARGIN_MS` to record the outcome). The memory leaves room for the handler's own
 * and for twice the child's ceiling: between two reads of the child's memory (every 20 ms) one
 * allocation may double a buffer (pdf.js grows an inflated stream that way) before it is killed.
 */
import * as z from 'zod';
import { MailQueueUrl, MaxUploadBytes, StoreEnvironment } from '#shared/config/environment.js';
import { DEFAULT_CEILINGS } from '#shared/extraction/isolatedExtraction.js';
import { PDFIUM_WASM_PACKAGE_FILE } from '#shared/extraction/readers/pdfiumFile.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

const TIMEOUT_SECONDS = 90;

/** Time an invocation keeps, after a document is read, to record it or quarantine it. */
export const INVOCATION_MARGIN_MS = 10_000;

/** The handler's own resident memory (SDK clients, one batch's files) beside the reading child. */
export const HANDLER_MEMORY_MB = 256;

export const ingestFunction = describeFunction({
  name: 'ingest',
  summary: 'Reads each new upload, extracts what it says, records the submission; quarantines refused files',
  environment: StoreEnvironment.extend({
    MAX_UPLOAD_BYTES: MaxUploadBytes,
    /** The mail queue for upload receipts; without it no receipts are sent. */
    MAIL_QUEUE_URL: MailQueueUrl.optional(),
    /** Resident memory (MB) the process reading one document may reach before the document is refused. */
    EXTRACTION_MEMORY_MB: z.coerce.number().int().min(64).default(DEFAULT_CEILINGS.memoryMb),
    /** Wall-clock time (ms) one document may take to read, the reading process's start included. */
    EXTRACTION_TIME_MS: z.coerce.number().int().min(1_000).default(DEFAULT_CEILINGS.timeMs),
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
  // The extractor (PDF, DOCX, XLSX readers: most of the code) is the reading child's entry, bundled apart.
  lazyModules: ['#functions/ingest/extraction.js'],
  // The PDF reader's PDFium, compiled in the reading process from the file beside it (see `readers/pdfium.ts`).
  packageFiles: [PDFIUM_WASM_PACKAGE_FILE],
});
