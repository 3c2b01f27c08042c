/**
 * An extraction child whose reader reports the names of the environment variables it was given and
 * the flags its Node was started with, as a failure's message (the one thing a reader can send back
 * that is not an extraction).
 */
import { serveExtractions } from '../../../../shared/extraction/extractionChild.js';

serveExtractions(async () => {
  throw new Error(`environment: ${Object.keys(process.env).sort().join(' ')}; flags: ${process.execArgv.join(' ')}`);
});
