/**
 * Runs one extraction in a fresh process and prints its time and peak memory as JSON, so that the
 * benchmark can measure RSS per file (a bomb must not push the process past its bound).
 * `measureOne.ts <file> [extract | pdfium | pdfjs]`: the whole extraction (default), or a PDF
 * reader alone: PDFium (the extractor's) or pdf.js (the baseline it replaced).
 */
import { readFile } from 'node:fs/promises';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { readPdf } from '../../../shared/extraction/readers/pdfReader.js';
import { readPdfWithPdfJs } from './pdfjsReader.js';

const file = process.argv[2]!;
const mode = process.argv[3] ?? 'extract';
const bytes = new Uint8Array(await readFile(file));
const started = performance.now();
let outcome: string;
try {
  if (mode === 'pdfium') await readPdf(bytes, new WorkBudget());
  else if (mode === 'pdfjs') await readPdfWithPdfJs(bytes, new WorkBudget());
  else await extractDocument({ bytes, fileName: file });
  outcome = 'ok';
} catch (error) {
  outcome = error instanceof RejectedInputError ? error.code : `bug: ${(error as Error).message}`;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ outcome, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
