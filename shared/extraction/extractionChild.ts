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

/**
 * Serves the parent's documents until it goes away. The entry module of the child calls this; a
 * test's child may give another reader (one that never returns, to stand for a reader stuck in work
 * it cannot interrupt).
 */
export function serveExtractions(read: Reader = readDocument): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('the extraction child reads documents sent by its parent over IPC (see isolatedExtraction.ts)');
  process.on('message', (task: ExtractionTask) => {
    void answer(read, task).then((reply) => send(reply));
  });
  process.on('disconnect', () => process.exit(0));
}
