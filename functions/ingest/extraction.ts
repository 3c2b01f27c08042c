/**
 * The extraction child's entry (see `#shared/extraction/isolatedExtraction.ts`): ingest reads each
 * document in a process started from this module, watched for memory and time. Bundled on its own
 * (`extraction.mjs` beside the handler's `index.mjs`, see `lazyModules` in the CDK function
 * construct): the PDF, DOCX and XLSX readers are most of ingest's code, and the handler never loads
 * them itself. Tests and the local portal run it from the sources, through tsx. PDFium starts
 * compiling (off the main thread) before the extractor's modules load, so the two overlap.
 */
import { preparePdfium } from '#shared/extraction/readers/pdfium.js';

preparePdfium();
const { serveExtractions } = await import('#shared/extraction/extractionChild.js');
serveExtractions();
