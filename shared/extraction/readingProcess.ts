/**
 * What a reading process's entry runs (`functions/ingest/extraction.ts` for ingest, `cli/extractionChild.ts`
 * for the `extract` command; see `isolatedExtraction.ts`), given the entry's own URL.
 *
 * On the process's main thread: PDFium starts compiling (off the main thread) and the page-reading
 * thread starts (`pdfPageThread.ts`, from the same entry) before the extractor's modules load, so
 * that the three overlap; the documents the parent sends are received from then on, and a PDF's
 * pages start being read by the page thread as soon as it arrives (`sharePdfPages`), while the
 * extractor may still be loading; each document is then read once the extractor is there. In the
 * page-reading thread, the same entry serves page reads instead.
 *
 * Only a built entry (the ingest bundle, the CLI build) starts the thread. Run from the sources
 * (tests, the local portal), a thread would load tsx again: about 350 ms and 60 MB, more than the
 * test ceilings leave a reading process; there one thread reads every page.
 */
import { isMainThread } from 'node:worker_threads';
import type { ExtractionTask } from './isolatedExtraction.js';
import { EXTRACTION_LIMITS } from './limits.js';
import { sharePdfPages, startPageThread } from './readers/pdfPageThread.js';
import { preparePdfium } from './readers/pdfium.js';

export async function runReadingProcess(entry: string): Promise<void> {
  if (!isMainThread) {
    const { servePageReads } = await import('./readers/pdfPageThread.js');
    servePageReads();
    return;
  }
  if (!process.send) throw new Error('a reading process reads documents sent by its parent over IPC (see isolatedExtraction.ts)');
  // The thread first: its start (a Node realm and the entry) is the longest of the three.
  if (!entry.endsWith('.ts')) startPageThread(entry);
  preparePdfium();
  const arrived: ExtractionTask[] = [];
  let serve = (task: ExtractionTask): void => {
    arrived.push(task);
  };
  process.on('message', (task: ExtractionTask) => {
    // The reader's own deadline starts later, when it starts: the thread's is the earlier of the two.
    sharePdfPages(task.request.bytes, { ...EXTRACTION_LIMITS, wallTimeMs: task.wallTimeMs }, Date.now() + task.wallTimeMs);
    serve(task);
  });
  process.on('disconnect', () => process.exit(0));
  const { serveExtraction } = await import('./extractionChild.js');
  serve = (task) => serveExtraction(task);
  for (const task of arrived.splice(0)) serve(task);
}
