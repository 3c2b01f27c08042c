/**
 * The entry of the process `extract` reads a document in (see `#shared/extraction/isolatedExtraction.ts`):
 * built beside the CLI's entry as `dist/cli/extractionChild.mjs` (see `build.mjs`). PDFium starts
 * compiling (off the main thread) before the extractor's modules load, so the two overlap.
 */
import { preparePdfium } from '#shared/extraction/readers/pdfium.js';

preparePdfium();
const { serveExtractions } = await import('#shared/extraction/extractionChild.js');
serveExtractions();
