/**
 * `npm run bench:accuracy -- <dir> [<dir> …]`: scores the extractor against labelled corpora.
 *
 * - Several folders in one call (`test/corpus/tune test/corpus/held`), or part of one by file names
 *   (`../shared/fixtures/dev:dev17..dev26`): each scored on its own, then a table side by side.
 * - A directory with labels.json: per-field accuracy (language, state, type, date) and
 *   precision/recall/F1 (treaties, matrix, gaps, contacts, assistance, deadlines), time per document
 *   and pages per second, side by side with poppler's `pdftotext` on the PDFs.
 * - A directory with expected.json (hostile inputs): the refusal code, time and peak memory per file.
 * - Always: a generated 50-page and 200-page text PDF, timed against pdftotext: the PDFium reader
 *   beside pdf.js (the baseline it replaced, `extraction/pdfjsReader.ts`), and the `extract` command
 *   whole process, with peak RSS. Without pdftotext it says how to install it and prints its own figures. With
 *   `--rounds=N`, the command and pdftotext are taken in turns N times more, and their medians compared.
 * - `--from-reviews` (no directory): the running local portal's review decisions are the labels
 *   (`extraction/fromReviews.ts`), per kind: judged, right, wrong, missed, precision and recall.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { type Extraction, RejectedInputError } from '../../shared/extraction/contract.js';
import { extractDocument } from '../../shared/extraction/extractDocument.js';
import { IsolatedExtractor } from '../../shared/extraction/isolatedExtraction.js';
import { EXTRACTION_LIMITS, WorkBudget } from '../../shared/extraction/limits.js';
import { readPdf } from '../../shared/extraction/readers/pdfReader.js';
import { readPdfWithPdfJs } from './extraction/pdfjsReader.js';
import {
  type Counts, compareSets, concernsMatches, contactNameMatches, keysOf, type Label, prf, SCALAR_FIELDS, SET_FIELDS, type SetField,
} from './extraction/scoring.js';
import { syntheticReportPdf } from './extraction/syntheticReport.js';
import { median } from './statistics.js';
import { pdfInflatingTo } from '../unit/extraction/support/hostileDocuments.js';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f2 = (x: number) => x.toFixed(2);

function table(header: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).status === 0;
}

/** pdftotext's wall time on a file, best of three (process start included, as for a user). */
async function pdftotextMs(file: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function pageCount(bytes: Uint8Array, format: string): Promise<number> {
  if (format !== 'pdf') return 1;
  try {
    return (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    return 0;
  }
}

/**
 * The reading child the pipeline reads each document in (ingest's, run from the sources), at the
 * default ceilings: one child kept warm for the next document, as in a warm Lambda container.
 */
const isolated = new IsolatedExtractor({ entry: new URL('../../functions/ingest/extraction.ts', import.meta.url) });

type Reader = 'in process' | 'isolated';

async function timedExtract(bytes: Uint8Array, fileName: string, reader: Reader = 'in process'): Promise<{ ms: number; result?: Extraction; code?: string }> {
  const t = performance.now();
  try {
    const request = { bytes, fileName, ...stateAndTypeFromName(fileName) };
    const result = reader === 'isolated' ? await isolated.extract(request) : await extractDocument(request);
    return { ms: performance.now() - t, result };
  } catch (error) {
    const ms = performance.now() - t;
    if (error instanceof RejectedInputError) return { ms, code: error.code };
    return { ms, code: `BUG: ${(error as Error).message}` };
  }
}

/** Templates carry no state or type: the portal passes them from the upload, which the name mirrors. */
function stateAndTypeFromName(fileName: string): { state?: string; reportType?: Extraction['reportType'] } {
  const m = /_([A-Z]{3})_([a-z_]+)\.(?:csv|xlsx)$/u.exec(fileName);
  return m ? { state: m[1]!, reportType: m[2] as Extraction['reportType'] } : {};
}

/** Peak RSS of one extraction (or of one PDF reader alone) in a fresh process. */
function measureInChild(file: string, mode: 'extract' | 'pdfium' | 'pdfjs' = 'extract'): { outcome: string; ms: number; maxRssMb: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'extraction/measureOne.ts'), file, mode], { encoding: 'utf8', timeout: 60_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { outcome: string; ms: number; maxRssMb: number };
  } catch {
    return { outcome: `child failed (${child.status}): ${child.stderr.slice(0, 200)}`, ms: NaN, maxRssMb: NaN };
  }
}

/** One labelled set's scores, kept for the side-by-side table of several sets. */
interface SetScores {
  name: string;
  documents: number;
  scalar: Record<string, { right: number; total: number }>;
  sets: Record<SetField, Counts>;
  concerns: { right: number; total: number };
}

/**
 * `dir` or `dir:first..last`: the labelled documents of a folder, or those whose file names fall
 * between two names (`../shared/fixtures/dev:dev17..dev26`, the documents added later).
 */
function parseSetArgument(arg: string): { dir: string; range?: [string, string] } {
  const m = /^(.*):([^:/\\]+)\.\.([^:/\\]+)$/u.exec(arg);
  return m ? { dir: m[1]!, range: [m[2]!, m[3]!] } : { dir: arg };
}

const stem = (file: string) => file.replace(/\.[^.]+$/u, '');

async function benchLabelled(arg: string, poppler: boolean): Promise<SetScores> {
  const { dir: relative, range } = parseSetArgument(arg);
  const dir = resolve(relative);
  const all = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as Label[];
  const labels = range ? all.filter((l) => stem(l.file) >= range[0] && stem(l.file) <= range[1]) : all;
  if (labels.length === 0) throw new Error(`no labelled document in ${arg}`);
  const scalar = Object.fromEntries(SCALAR_FIELDS.map((f) => [f, { right: 0, total: 0 }]));
  const sets = Object.fromEntries(SET_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<SetField, Counts>;
  let names = { right: 0, total: 0 };
  let concerns = { right: 0, total: 0 };
  const perFile: Array<Array<string | number>> = [];
  const mistakes: string[] = [];
  let totalMs = 0;
  let isolatedMs = 0;
  let totalPages = 0;
  let pdfMs = 0;
  let popplerMs = 0;
  // Warm-up: the first call loads pdf.js and compiles patterns; the Lambda pays that once per container
  // (and the reading child once per child: its start is timed apart).
  const first = new Uint8Array(await readFile(join(dir, labels[0]!.file)));
  await timedExtract(first, labels[0]!.file);
  const childStart = await timedExtract(first, labels[0]!.file, 'isolated');
  for (const label of labels) {
    const path = join(dir, label.file);
    const bytes = new Uint8Array(await readFile(path));
    const inProcess = await timedExtract(bytes, label.file);
    // The pipeline's reading is scored: the document read in the child, as ingest and the CLI read it.
    const { ms: childMs, result, code } = await timedExtract(bytes, label.file, 'isolated');
    const ms = inProcess.ms;
    isolatedMs += childMs;
    const format = label.file.split('.').pop()!;
    const pages = await pageCount(bytes, format);
    totalMs += ms;
    totalPages += pages;
    let poppleRow = '';
    if (format === 'pdf' && poppler) {
      const p = await pdftotextMs(path);
      pdfMs += ms;
      popplerMs += p;
      poppleRow = `${p.toFixed(0)} ms (×${(ms / p).toFixed(1)})`;
    }
    if (!result) {
      mistakes.push(`${label.file}: refused (${code})`);
      perFile.push([label.file, pages, ms.toFixed(0), childMs.toFixed(0), poppleRow, `refused: ${code}`]);
      continue;
    }
    const wrong: string[] = [];
    for (const field of SCALAR_FIELDS) {
      scalar[field]!.total++;
      if ((result[field] ?? null) === (label[field] ?? null)) scalar[field]!.right++;
      else wrong.push(`${field}: got ${result[field]}, want ${label[field]}`);
    }
    for (const field of SET_FIELDS) {
      const c = compareSets(keysOf(field, label), keysOf(field, result));
      sets[field].tp += c.tp;
      sets[field].fp += c.fp;
      sets[field].fn += c.fn;
      if (c.missing.length || c.extra.length) wrong.push(`${field}: missing [${c.missing.join(', ')}] extra [${c.extra.join(', ')}]`);
    }
    const n = contactNameMatches(label, result);
    names = { right: names.right + n.right, total: names.total + n.total };
    const c = concernsMatches(label, result);
    concerns = { right: concerns.right + c.right, total: concerns.total + c.total };
    if (c.right < c.total) wrong.push(`deadline concerns: got ${JSON.stringify(result.deadlines.map((d) => `${d.date} ${d.concerns}`))}`);
    if (n.right < n.total) wrong.push(`contact names: got ${JSON.stringify(result.contacts.map((c) => c.name))}, want ${JSON.stringify(label.contacts.map((c) => c.name))}`);
    perFile.push([label.file, pages, ms.toFixed(0), childMs.toFixed(0), poppleRow, wrong.length === 0 ? 'all right' : `${wrong.length} field(s) off`]);
    for (const w of wrong) mistakes.push(`${label.file}: ${w}`);
  }
  console.log(`\n## Accuracy on ${dir}${range ? ` (${range[0]} to ${range[1]})` : ''} (${labels.length} documents)\n`);
  console.log(table(['field', 'accuracy'], SCALAR_FIELDS.map((f) => [f, `${pct(scalar[f]!.right / scalar[f]!.total)} (${scalar[f]!.right}/${scalar[f]!.total})`])));
  console.log('');
  console.log(table(['field', 'precision', 'recall', 'F1', 'tp / fp / fn'], SET_FIELDS.map((f) => {
    const s = prf(sets[f]);
    return [f, f2(s.precision), f2(s.recall), f2(s.f1), `${sets[f].tp} / ${sets[f].fp} / ${sets[f].fn}`];
  })));
  console.log(`\ncontact names written exactly as labelled: ${names.right}/${names.total}`);
  console.log(`deadlines found with the labelled concerns: ${concerns.right}/${concerns.total}${concerns.total ? ` (${pct(concerns.right / concerns.total)})` : ''}`);
  console.log(`\n### Time per document\n`);
  console.log(table(['file', 'pages', 'extract ms (warm, in process)', 'extract ms (warm child)', 'pdftotext ms (whole process, best of 3)', 'fields'], perFile));
  console.log(`\ntotal ${totalMs.toFixed(0)} ms for ${totalPages} pages: ${(totalPages / (totalMs / 1000)).toFixed(1)} pages/s in process`);
  console.log(`isolated: ${isolatedMs.toFixed(0)} ms for the same (${(isolatedMs / labels.length).toFixed(0)} ms per document, ${(totalMs / labels.length).toFixed(0)} in process); the child's start and first document: ${childStart.ms.toFixed(0)} ms`);
  if (poppler && popplerMs > 0) console.log(`PDFs: extractor ${pdfMs.toFixed(0)} ms vs pdftotext ${popplerMs.toFixed(0)} ms (×${(pdfMs / popplerMs).toFixed(1)})`);
  if (mistakes.length) {
    console.log(`\n### Differences from the labels\n`);
    for (const m of verbose ? mistakes : mistakes.slice(0, 80)) console.log(`- ${m}`);
  }
  return { name: arg, documents: labels.length, scalar, sets, concerns };
}

/** The sets' figures side by side: accuracy for single fields, F1 for sets, and the deadlines' parties. */
function printSideBySide(scores: readonly SetScores[]): void {
  console.log('\n## Side by side\n');
  const rows: Array<Array<string | number>> = [['documents', ...scores.map((s) => s.documents)]];
  for (const f of SCALAR_FIELDS) rows.push([`${f} (accuracy)`, ...scores.map((s) => f2(s.scalar[f]!.right / s.scalar[f]!.total))]);
  for (const f of SET_FIELDS) rows.push([`${f} (F1)`, ...scores.map((s) => `${f2(prf(s.sets[f]).f1)} (${s.sets[f].tp}/${s.sets[f].fp}/${s.sets[f].fn})`)]);
  rows.push(['deadlines with the labelled concerns', ...scores.map((s) => (s.concerns.total ? `${s.concerns.right}/${s.concerns.total}` : 'n/a'))]);
  console.log(table(['field', ...scores.map((s) => s.name)], rows));
  console.log('\nF1 cells: F1 (tp/fp/fn).');
}

interface Expected {
  file: string;
  code: string;
  alsoAccepted?: string[];
  expect: string;
}

async function benchHostile(dir: string): Promise<void> {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected[];
  const rows: Array<Array<string | number>> = [];
  let passed = 0;
  for (const e of expected) {
    const path = join(dir, e.file);
    const bytes = new Uint8Array(await readFile(path));
    const { ms } = await timedExtract(bytes, e.file);
    // The code that counts is the pipeline's: the document read in the child, under the ceilings.
    const { ms: childMs, code, result } = await timedExtract(bytes, e.file, 'isolated');
    const child = measureInChild(path);
    const accepted = [e.code, ...(e.alsoAccepted ?? [])];
    const ok = code !== undefined && accepted.includes(code) && childMs < 5_000 && !(child.maxRssMb > 512);
    if (ok) passed++;
    rows.push([e.file, e.code, result ? 'ACCEPTED' : code!, ms.toFixed(0), childMs.toFixed(0), child.maxRssMb.toFixed(0), ok ? 'pass' : 'FAIL']);
  }
  console.log(`\n## Hostile inputs in ${dir}: ${passed}/${expected.length} refused with the right code in < 5 s\n`);
  console.log(table(['file', 'expected', 'got (isolated)', 'ms (in process)', 'ms (child)', 'peak RSS MB (fresh process)', 'result'], rows));
  // A PDF decompression bomb, generated: PDFium does not bound what it inflates (alone it reaches
  // about 2 GB and 16 s on this one), so only the reading process's ceilings stop it. Read in the
  // child only: reading it in this process is what the ceilings exist to prevent.
  const bomb = pdfInflatingTo(1024);
  const { ms: bombMs, code: bombCode, result: bombResult } = await timedExtract(bomb, 'bomb.pdf', 'isolated');
  const bombOk = bombCode === 'too_large' && bombMs < isolated.ceilings.timeMs;
  console.log(`\nGenerated PDF bomb (${(bomb.length / 1024).toFixed(0)} KB inflating to 1 GiB), in the child at the default ceilings (${isolated.ceilings.memoryMb} MB, ${isolated.ceilings.timeMs / 1000} s): ${bombResult ? 'ACCEPTED' : bombCode} in ${bombMs.toFixed(0)} ms: ${bombOk ? 'pass' : 'FAIL'}`);
}

/** The wall times of `runs` calls of each job, the jobs taken in turns so that all see the same machine load. */
async function timesInTurns(jobs: Array<() => Promise<unknown>>, runs: number): Promise<number[][]> {
  const times = jobs.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, job] of jobs.entries()) {
      const t = performance.now();
      await job();
      times[i]!.push(performance.now() - t);
    }
  }
  return times;
}

/** Best wall time of `runs` calls of each job, taken in turns (`timesInTurns`). */
async function bestInTurns(jobs: Array<() => Promise<unknown>>, runs: number): Promise<number[]> {
  return (await timesInTurns(jobs, runs)).map((times) => Math.min(...times));
}

/**
 * `--rounds=N`: the `extract` command and pdftotext taken in turns N times more on each generated PDF, their medians and
 * the ratio of the medians: on a machine whose wall clock moves by tens of milliseconds from one batch to the next, a
 * best of three cannot tell a change of that size, a median of 20 rounds or more can.
 */
const commandRounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 0);

/** The `extract` command as a user runs it: the built CLI, its reading child included, spawn to exit. */
const CLI = fileURLToPath(new URL('../../bin/portal1540.mjs', import.meta.url));
const extractCommand = (file: string) => run(process.execPath, [CLI, 'extract', file], { maxBuffer: 64 * 1024 * 1024 });
const pdftotext = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });

/**
 * Generated text PDFs timed against pdftotext on the same file, the two PDF readers side by side.
 * Warm: in a process that has already read the file twice (a warm Lambda container), best of five,
 * each job and pdftotext's whole process taken in turns so that all see the same machine load.
 * Fresh: a new process each, spawn to exit: the `extract` command (the built CLI, Node's start, the
 * reading child and PDFium's compilation included) and pdftotext, best of three in turns; each
 * reader alone in a new process (Node, tsx, imports, the first read), with its peak RSS.
 */
async function benchSpeed(poppler: boolean): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  const ratio = (a: number, b: number | undefined) => (poppler && b ? `×${(a / b).toFixed(2)}` : 'n/a');
  const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(0));
  const readers: Array<Array<string | number>> = [];
  const commands: Array<Array<string | number>> = [];
  const paired: Array<Array<string | number>> = [];
  const cases = [
    { name: '50 pages, Committee text', pages: 50, letterhead: false },
    { name: '50 pages, national report', pages: 50, letterhead: true },
    { name: '200 pages, national report', pages: 200, letterhead: true },
  ];
  await extractCommand(join(here, '../../README.md')).catch(() => undefined); // builds the CLI if a source changed
  for (const { name, pages, letterhead } of cases) {
    const file = join(dir, `synthetic-${pages}-${letterhead ? 'report' : 'committee'}.pdf`);
    const bytes = await syntheticReportPdf(pages, { letterhead });
    await writeFile(file, bytes);
    // Two rounds before timing: the first loads the readers and compiles the patterns, the second lets the JIT settle.
    for (let i = 0; i < 2; i++) {
      await timedExtract(bytes, file);
      await readPdfWithPdfJs(bytes, new WorkBudget(EXTRACTION_LIMITS));
    }
    const jobs: Array<() => Promise<unknown>> = [
      () => extractDocument({ bytes, fileName: file }),
      () => readPdf(bytes, new WorkBudget(EXTRACTION_LIMITS)),
      () => readPdfWithPdfJs(bytes, new WorkBudget(EXTRACTION_LIMITS)),
      ...(poppler ? [() => pdftotext(file)] : []),
    ];
    const [warmExtract, warmPdfium, warmPdfJs, warmPoppler] = await bestInTurns(jobs, 5);
    const commandJobs = [() => extractCommand(file), ...(poppler ? [() => pdftotext(file)] : [])];
    const [command, commandPoppler] = await bestInTurns(commandJobs, 3);
    if (commandRounds > 0) {
      const [extractTimes, popplerTimes] = await timesInTurns(commandJobs, commandRounds);
      const [extractMedian, popplerMedian] = [median(extractTimes!), popplerTimes && median(popplerTimes)];
      paired.push([name, `${ms(extractMedian)} (${ms(Math.min(...extractTimes!))})`, popplerTimes ? `${ms(popplerMedian)} (${ms(Math.min(...popplerTimes))})` : 'n/a', ratio(extractMedian, popplerMedian)]);
    }
    const spawned = performance.now();
    const freshExtract = measureInChild(file);
    const freshExtractMs = performance.now() - spawned;
    const fresh = { extract: freshExtract, pdfium: measureInChild(file, 'pdfium'), pdfjs: measureInChild(file, 'pdfjs') };
    for (const [reader, warm, one] of [['PDFium', warmPdfium, fresh.pdfium], ['pdf.js (baseline)', warmPdfJs, fresh.pdfjs]] as const) {
      readers.push([name, reader, ms(warm), ms(warmPoppler), ratio(warm!, warmPoppler), ms(one.ms), ms(one.maxRssMb)]);
    }
    commands.push([
      name, ms(warmExtract), ratio(warmExtract!, warmPoppler), ms(command), ms(commandPoppler), ratio(command!, commandPoppler),
      ms(freshExtractMs), ratio(freshExtractMs, commandPoppler), (pages / (warmExtract! / 1000)).toFixed(0), ms(fresh.extract.maxRssMb),
    ]);
  }
  const missing = poppler ? '' : ' (pdftotext not found: `apt-get install poppler-utils` for the comparison)';
  console.log(`\n## PDF readers side by side on generated text PDFs${missing}\n`);
  console.log(table(['document', 'reader', 'warm: reader ms', 'warm: pdftotext ms (process)', 'warm ratio', 'fresh process: first read ms', 'peak RSS MB (fresh process)'], readers));
  console.log(`\n## The extract command on generated text PDFs${missing}\n`);
  console.log(table([
    'document', 'warm: extract ms (in process)', 'warm ratio', '`extract` command ms (spawn to exit)', 'pdftotext ms (spawn to exit)', 'command ratio',
    'fresh process, extraction in it (tsx) ms', 'its ratio', 'pages/s (warm)', 'peak RSS MB (fresh process)',
  ], commands));
  if (paired.length > 0) {
    console.log(`\n## The extract command and pdftotext, ${commandRounds} rounds in turns${missing}\n`);
    console.log(table(['document', '`extract` command ms: median (best)', 'pdftotext ms: median (best)', 'ratio of the medians'], paired));
  }
  console.log('\nwarm: best of 5 in turns with pdftotext; command: the built CLI with its reading child, best of 3 in turns with pdftotext;');
  console.log('fresh process: a new Node process (tsx, imports, the first read) per reader or extraction, spawn to exit, its peak resident memory (the measure the bench used before the command row).');
  if (process.env.NODE_EXTRA_CA_CERTS) console.log(await extraCaCertsCost());
}

/**
 * What this machine's NODE_EXTRA_CA_CERTS costs each Node start (Node loads the file and its root certificates before the
 * first line of a script): the command's own process pays it, pdftotext and the reading process (started without it) do not.
 */
async function extraCaCertsCost(): Promise<string> {
  const { NODE_EXTRA_CA_CERTS: file, ...without } = process.env;
  const start = (env: NodeJS.ProcessEnv) => () => run(process.execPath, ['-e', '0'], { env });
  const [withIt, withoutIt] = (await timesInTurns([start(process.env), start(without)], 9)).map(median);
  return `NODE_EXTRA_CA_CERTS is set here (${file}): Node starts in ${withIt!.toFixed(0)} ms with it, ${withoutIt!.toFixed(0)} ms without (\`node -e 0\`, medians of 9 in turns); the command's process pays the difference before its first line.`;
}

async function benchReviews(): Promise<void> {
  const { portalHome, readRunningPortal } = await import('../../infra/local/localPortalInfo.js');
  const { standInClients } = await import('../../infra/local/standInClients.js');
  const { benchFromReviews } = await import('./extraction/fromReviews.js');
  const local = readRunningPortal(portalHome());
  if (!local) {
    console.error(`--from-reviews reads a running local portal's store: start one with \`npm start\` (PORTAL_HOME=${portalHome()})`);
    process.exit(1);
  }
  const clients = standInClients(local.endpoints);
  try {
    const scores = await benchFromReviews({ db: clients.db, tableName: local.tableName }, { s3: clients.s3, bucket: local.bucketName });
    console.log('\n## The current extractor against the review decisions\n');
    console.log(table(['kind', 'judged', 'right', 'wrong', 'missed', 'precision', 'recall'], scores.map((s) => {
      const { precision, recall } = prf({ tp: s.right, fp: s.wrong, fn: s.missed });
      return [s.kind, s.judged, s.right, s.wrong, s.missed, pct(precision), pct(recall)];
    })));
  } finally {
    clients.destroy();
  }
}

if (process.argv.includes('--from-reviews')) {
  await benchReviews();
  isolated.close();
  process.exit(0);
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run bench:accuracy -- <fixtures dir>[:first..last] [<fixtures dir> …] [--verbose] [--no-speed] [--rounds=N] | --from-reviews');
  process.exit(1);
}
const poppler = hasPdftotext();
if (!poppler) console.log("pdftotext not found: the comparisons with it are left out (install it with `apt-get install poppler-utils`); the extractor's own figures follow.");
const scored: SetScores[] = [];
for (const arg of dirs) {
  const { dir, range } = parseSetArgument(arg);
  const files = readdirSync(resolve(dir));
  if (files.includes('labels.json')) scored.push(await benchLabelled(arg, poppler));
  if (files.includes('expected.json') && !range) await benchHostile(resolve(dir));
}
if (scored.length > 1) printSideBySide(scored);
if (!process.argv.includes('--no-speed')) await benchSpeed(poppler);
isolated.close();
