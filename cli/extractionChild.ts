/**
 * The entry of the process `extract` reads a document in (see `#shared/extraction/isolatedExtraction.ts`):
 * built beside the CLI's entry as `dist/cli/extractionChild.mjs` (see `build.mjs`).
 */
import { serveExtractions } from '#shared/extraction/extractionChild.js';

serveExtractions();
