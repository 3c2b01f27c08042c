/**
 * `npm run bench -- xml`: the streaming DOCX/XLSX readers against the previous regular-expression
 * readers (regexXmlReaders.ts, the baseline), side by side:
 * - on the DOCX and XLSX files of the dev corpus (../shared/fixtures/dev, or BENCH_DEV_CORPUS):
 *   reader time (median of 15, both readers in turns), whether both read the same, and for scale
 *   the whole extraction of the file today (reader and detectors);
 * - on generated hostile parts: a 2 MB DOCX whose paragraphs open and never close, and a 5 MB
 *   XLSX sheet whose rows never close. The baseline is quadratic there and cannot be interrupted
 *   in-process, so it runs on growing prefixes of each (1/32, 1/16, … of the size) and stops after
 *   the first that takes longer than BASELINE_CAP_MS; the full-size time is extrapolated from it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { readDocx } from '../../../shared/extraction/readers/docxReader.js';
import { readXlsxTemplate } from '../../../shared/extraction/readers/xlsxTemplateReader.js';
import { ZipArchive } from '../../../shared/extraction/readers/zipArchive.js';
import { median } from '../statistics.js';
import { readDocxWithRegex, readXlsxTemplateWithRegex } from './regexXmlReaders.js';

const RUNS = 15;
const BASELINE_CAP_MS = Number(process.env.BENCH_BASELINE_CAP_MS ?? 3_000);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const devCorpus = resolve(process.env.BENCH_DEV_CORPUS ?? join(repoRoot, '../shared/fixtures/dev'));

type Format = 'docx' | 'xlsx';
type Reader = (bytes: Uint8Array) => string;

/** What a reader made of a file, as comparable text: its output, or its refusal. */
function outcomeOf(read: (archive: ZipArchive, budget: WorkBudget) => unknown): Reader {
  return (bytes) => {
    const budget = new WorkBudget();
    try {
      return JSON.stringify(read(new ZipArchive(bytes, budget), budget));
    } catch (error) {
      if (error instanceof RejectedInputError) return `refused ${error.code}: ${error.message}`;
      throw error;
    }
  };
}

const READERS: Record<Format, { baseline: Reader; streaming: Reader }> = {
  docx: {
    baseline: (bytes) => outcomeOf((archive, budget) => readDocxWithRegex(archive, bytes, budget))(bytes),
    streaming: outcomeOf(readDocx),
  },
  xlsx: {
    baseline: (bytes) => outcomeOf((archive, budget) => readXlsxTemplateWithRegex(archive, bytes, budget))(bytes),
    streaming: outcomeOf(readXlsxTemplate),
  },
};

function timeOnce(read: Reader, bytes: Uint8Array): { ms: number; outcome: string } {
  const started = performance.now();
  const outcome = read(bytes);
  return { ms: performance.now() - started, outcome };
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(9);
const ratio = (streaming: number, baseline: number) => `${(streaming / baseline).toFixed(2)}`.padStart(9);

async function benchDevCorpus(): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(devCorpus)).filter((n) => /\.(docx|xlsx)$/u.test(n)).sort();
  } catch {
    console.log(`dev corpus not found at ${devCorpus} (set BENCH_DEV_CORPUS): skipped`);
    return;
  }
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(devCorpus, name))) })));
  const readersOf = (name: string) => READERS[name.endsWith('.docx') ? 'docx' : 'xlsx'];
  // Warm: both readers compiled on every file before anything is timed.
  for (let i = 0; i < 5; i++) for (const { name, bytes } of files) Object.values(readersOf(name)).forEach((read) => read(bytes));
  console.log(`dev corpus ${devCorpus}: ${names.length} DOCX/XLSX files; reader only, warm, median of ${RUNS}`);
  console.log('file                                   baseline ms  streaming ms  × baseline  same output  whole extraction ms');
  let baselineTotal = 0;
  let streamingTotal = 0;
  let wholeTotal = 0;
  for (const { name, bytes } of files) {
    const readers = readersOf(name);
    const times = { baseline: [] as number[], streaming: [] as number[] };
    let same = true;
    for (let i = 0; i < RUNS; i++) {
      const baseline = timeOnce(readers.baseline, bytes);
      const streaming = timeOnce(readers.streaming, bytes);
      times.baseline.push(baseline.ms);
      times.streaming.push(streaming.ms);
      same &&= baseline.outcome === streaming.outcome;
    }
    const whole: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await extractDocument({ bytes, fileName: name }).catch(() => undefined);
      whole.push(performance.now() - started);
    }
    const [b, s, w] = [median(times.baseline), median(times.streaming), median(whole)];
    baselineTotal += b;
    streamingTotal += s;
    wholeTotal += w;
    console.log(`  ${name.padEnd(36)} ${ms(b)}     ${ms(s)}   ${ratio(s, b)}   ${(same ? 'yes' : 'NO').padEnd(11)} ${ms(w)}`);
  }
  console.log(`  ${'all (sum of medians)'.padEnd(36)} ${ms(baselineTotal)}     ${ms(streamingTotal)}   ${ratio(streamingTotal, baselineTotal)}               ${ms(wholeTotal)}`);
}

/** A DOCX of about `bytes` whose paragraphs open and never close. */
function unclosedParagraphsDocx(bytes: number): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const paragraph = `<w:p><w:r><w:t>Paragraph ${i}: export licences for dual-use items are issued by the ministry.</w:t></w:r>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(`${parts.join('')}</w:body></w:document>`) });
}

/** An XLSX of about `bytes` whose sheet rows never close. */
function unclosedRowsXlsx(bytes: number): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>`;
  const parts = [head];
  let size = head.length;
  for (let r = 1; size < bytes; r++) {
    const cells = ['op1', 'all', 'yes', `Act ${r}`, 'note'].map((v, c) => `<c r="${'ABCDE'[c]}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join('');
    const row = `<row r="${r}">${cells}`;
    parts.push(row);
    size += row.length;
  }
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${ns}"/>`),
    'xl/worksheets/sheet1.xml': strToU8(`${parts.join('')}</sheetData></worksheet>`),
  });
}

function summary(outcome: string): string {
  if (outcome.startsWith('refused')) return outcome.slice(0, 70);
  const text = (JSON.parse(outcome) as { pages?: string[] }).pages?.[0];
  return text === undefined ? 'read' : `read, ${text.split('\n').length} lines`;
}

function benchHostile(what: string, format: Format, make: (bytes: number) => Uint8Array, fullBytes: number): void {
  const readers = READERS[format];
  const full = make(fullBytes);
  const streaming = timeOnce(readers.streaming, full);
  console.log(`${what}, ${(fullBytes / 1048576).toFixed(0)} MB of XML (${(full.length / 1024).toFixed(0)} KB zipped)`);
  console.log('  XML size       baseline ms   streaming ms   × baseline   outcome (streaming)');
  let last: { bytes: number; ms: number } | undefined;
  for (let size = fullBytes / 32; size <= fullBytes; size *= 2) {
    const bytes = make(size);
    const baseline = timeOnce(readers.baseline, bytes);
    const mine = size === fullBytes ? streaming : timeOnce(readers.streaming, bytes);
    last = { bytes: size, ms: baseline.ms };
    console.log(`  ${`${(size / 1048576).toFixed(2)} MB`.padEnd(12)} ${ms(baseline.ms)}      ${ms(mine.ms)}    ${ratio(mine.ms, baseline.ms)}   ${summary(mine.outcome)}`);
    if (baseline.ms > BASELINE_CAP_MS) break;
  }
  if (last && last.bytes < fullBytes) {
    // Quadratic: time grows with the square of the size.
    const estimate = last.ms * (fullBytes / last.bytes) ** 2;
    console.log(`  baseline stopped at ${(last.bytes / 1048576).toFixed(2)} MB (over the ${BASELINE_CAP_MS} ms cap); at full size, quadratic: about ${(estimate / 1000).toFixed(0)} s`);
    console.log(`  ${`${(fullBytes / 1048576).toFixed(2)} MB`.padEnd(12)} ${`~${(estimate / 1000).toFixed(0)} s`.padStart(9)}      ${ms(streaming.ms)}    ${ratio(streaming.ms, estimate)}   ${summary(streaming.outcome)}`);
  }
}

export async function benchXmlReaders(): Promise<void> {
  await benchDevCorpus();
  console.log();
  benchHostile('DOCX whose paragraphs never close', 'docx', unclosedParagraphsDocx, 2 * 1048576);
  console.log();
  benchHostile('XLSX whose sheet rows never close', 'xlsx', unclosedRowsXlsx, 5 * 1048576);
}
