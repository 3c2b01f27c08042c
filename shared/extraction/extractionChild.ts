/**
 * The reading side of isolated extraction (see `isolatedExtraction.ts`): a child process that reads
 * the documents its parent sends over the IPC channel, one at a time, and answers each as data (the
 * extraction, the refusal, or the failure). It sets no ceiling of its own beyond the readers' budget:
 * the parent watches its memory and time, and ends it.
 */
import { RejectedInputError, type Extraction } from './contract.js';
import { extractDocument } from './extractDocument.js';
import type { ExtractionAnswer, ExtractionTask } from './isolatedExtraction.js';

type Reader = (task: ExtractionTask) => Promise<Extraction>;

const readDocument: Reader = (task) => extractDocument(task.request, { wallTimeMs: task.wallTimeMs });

async function answer(read: Reader, task: ExtractionTask): Promise<ExtractionAnswer> {
  try {
    return { extraction: await read(task) };
  } catch (error) {
    if (error instanceof RejectedInputError) return { refused: { code: error.code, message: error.message } };
    return { failed: { message: error instanceof Error ? (error.stack ?? error.message) : String(error) } };
  }
}

/** Reads `task` and answers the parent: the extraction, the refusal or the failure. */
export function serveExtraction(task: ExtractionTask, read: Reader = readDocument): void {
  void answer(read, task).then((reply) => process.send?.(reply));
}

/**
 * Serves the parent's documents until it goes away. A reading process serves them through
 * `readingProcess.ts`, which receives them before this module has loaded; a test's child may call
 * this with another reader (one that never returns, to stand for a reader stuck in work it cannot
 * interrupt).
 */
export function serveExtractions(read: Reader = readDocument): void {
  if (!process.send) throw new Error('the extraction child reads documents sent by its parent over IPC (see isolatedExtraction.ts)');
  process.on('message', (task: ExtractionTask) => serveExtraction(task, read));
  process.on('disconnect', () => process.exit(0));
}
