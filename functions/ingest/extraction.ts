/**
 * The extraction child's entry (see `#shared/extraction/isolatedExtraction.ts`): ingest reads each
 * document in a process started from this module, watched for memory and time, and the process's
 * page-reading thread runs it too (see `#shared/extraction/readingProcess.ts`). Bundled on its own
 * (`extraction.mjs` beside the handler's `index.mjs`, see `lazyModules` in the CDK function
 * construct): the PDF, DOCX and XLSX readers are most of ingest's code, and the handler never loads
 * them itself. Tests and the local portal run it from the sources, through tsx.
 */
import { runReadingProcess } from '#shared/extraction/readingProcess.js';

await runReadingProcess(import.meta.url);
