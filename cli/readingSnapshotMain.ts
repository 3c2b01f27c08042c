/**
 * What the `extract` command's reading process is snapshotted from (see `readingSnapshot.ts`): the
 * extractor's modules are loaded while the snapshot is built; each process restored from it then runs
 * the reading process from the script it was started with, the entry `extractionChild.mjs`, which its
 * page-reading thread starts from.
 */
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
// Loaded here, into the snapshot: the reading process imports it only once it runs.
import '#shared/extraction/extractionChild.js';
import { runReadingProcess } from '#shared/extraction/readingProcess.js';

startupSnapshot.setDeserializeMainFunction(() => {
  void runReadingProcess(pathToFileURL(process.argv[1]!).href);
});
