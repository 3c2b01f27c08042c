/**
 * The entry of the process `extract` reads a document in, and of its page-reading thread (see
 * `#shared/extraction/readingProcess.ts`): built beside the CLI's entry as `dist/cli/extractionChild.mjs`
 * (see `build.mjs`).
 */
import { runReadingProcess } from '#shared/extraction/readingProcess.js';

await runReadingProcess(import.meta.url);
