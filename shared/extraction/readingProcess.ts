/**
 * What a reading process's entry runs (`functions/ingest/extraction.ts` for ingest, `cli/extractionChild.ts`
 * for the `extract` command; see `isolatedExtraction.ts`), given the entry's own URL.
 *
 * On the process's main thread: PDFium starts compiling (off the main thread) and the page-reading
 * thread starts (`pdfPageThread.ts`, from the same entry) before the extractor's modules load, so
 * that the three overlap; then it serves the documents its parent sends. In the page-reading
 * thread, the same entry serves page reads instead.
 *
 * Only a built entry (the ingest bundle, the CLI build) starts the thread. Run from the sources
 * (tests, the local portal), a thread would load tsx again: about 350 ms and 60 MB, more than the
 * test ceilings leave a reading process; there one thread reads every page.
 */
import { isMainThread } from 'node:worker_threads';
import { startPageThread } from './readers/pdfPageThread.js';
import { preparePdfium } from './readers/pdfium.js';

export async function runReadingProcess(entry: string): Promise<void> {
  if (!isMainThread) {
    const { servePageReads } = await import('./readers/pdfPageThread.js');
    servePageReads();
    return;
  }
  preparePdfium();
  if (!entry.endsWith('.ts')) startPageThread(entry);
  const { serveExtractions } = await import('./extractionChild.js');
  serveExtractions();
}
