/**
 * Runs one extraction in a fresh process and prints its time and peak memory as JSON, so that the
 * benchmark can measure RSS per file (a bomb must not push the process past its bound).
 */
import { readFile } from 'node:fs/promises';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';

const file = process.argv[2]!;
const bytes = new Uint8Array(await readFile(file));
const started = performance.now();
let outcome: string;
try {
  await extractDocument({ bytes, fileName: file });
  outcome = 'ok';
} catch (error) {
  outcome = error instanceof RejectedInputError ? error.code : `bug: ${(error as Error).message}`;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ outcome, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
