/**
 * Extraction in a child process, watched from outside (handbook: extraction-contract.md).
 *
 * The readers bound their own work (zip parts, pages, time between pages), but a bound the reading
 * code keeps is one it can forget: PDFium inflates a PDF's streams itself, into one growing buffer
 * (alone it reaches about 2 GB and 16 s on a 1 MB bomb), and a synchronous stretch of parsing never
 * comes back to check the clock. So each document is
 * read in a child process, and this module watches that process's whole resident memory (Buffers,
 * ArrayBuffers and WebAssembly memory count, which a V8 heap flag does not cap) and a wall-clock
 * deadline. Past either ceiling the child is killed (SIGKILL: nothing it runs can delay it) and the
 * document refused with `too_large`, the message naming the ceiling. What the readers refuse
 * themselves keeps its code (a zip part inflating past its bound stays `archive_bomb`).
 *
 * Documents and answers cross the boundary as data, over the IPC channel: the request with its bytes
 * (no temporary file), then the extraction, the refusal or the failure. One child is kept warm for
 * the next document (starting Node and loading the readers costs more than reading most reports); a
 * child that was killed, failed, or ended a document holding much memory is replaced.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Extraction, ExtractionRequest } from './contract.js';
import { type RejectionCode, RejectedInputError } from './contractBasics.js';
import { EXTRACTION_LIMITS } from './limits.js';

/** The ceilings one document is read under. */
export interface ExtractionCeilings {
  /** Resident memory of the reading process, in MB. */
  memoryMb: number;
  /** Wall-clock time from the start of the read (the child's start included, unless it was started ahead), in ms. */
  timeMs: number;
}

export const DEFAULT_CEILINGS: ExtractionCeilings = { memoryMb: 512, timeMs: EXTRACTION_LIMITS.wallTimeMs };

/** What the parent sends the child: one document. */
export interface ExtractionTask {
  request: ExtractionRequest;
  /** The child's own, cooperative time budget (checked between pages); the parent's deadline is the hard one. */
  wallTimeMs: number;
}

/** What the child answers. */
export type ExtractionAnswer =
  | { extraction: Extraction }
  | { refused: { code: RejectionCode; message: string } }
  | { failed: { message: string } };

/** V8's flags for a reading process that reads one document (see `oneDocument`). */
const ONE_DOCUMENT_FLAGS = ['--liftoff-only', '--wasm-lazy-validation', '--no-regexp-tier-up', '--interrupt-budget=540672', '--single-threaded-gc'];

/** The V8 flags a reading process runs under: its heap ceiling, and those of a process that reads one document. */
export function readingProcessFlags({ memoryMb, oneDocument }: { memoryMb: number; oneDocument: boolean }): string[] {
  return [`--max-old-space-size=${memoryMb}`, ...(oneDocument ? ONE_DOCUMENT_FLAGS : [])];
}

/** How often the child's resident memory is read. */
const MEMORY_POLL_MS = 20;
/** A child that ends a document above this share of the memory ceiling is not kept for the next one. */
const RETIRE_ABOVE_SHARE = 0.75;
/** Below this much time left, a read is not started (it could only be refused unfairly). */
const LEAST_USEFUL_MS = 1_000;

/**
 * The invocation ran out of time before the document was read: not the document's fault, so not a
 * refusal. Thrown, so that the queue delivers the upload again.
 */
export class ExtractionInterruptedError extends Error {
  override readonly name = 'ExtractionInterruptedError';
}

export interface IsolatedExtractorOptions {
  /**
   * The child's entry module, which calls `serveExtractions()`: built JavaScript (the Lambda asset,
   * the CLI build), or, where only the TypeScript sources exist (tests, the local portal), a `.js`
   * URL whose `.ts` sibling is run through tsx.
   */
  entry: URL | string;
  ceilings?: Partial<ExtractionCeilings>;
  /**
   * The caller reads one document and closes the child (the `extract` command). Its PDFium then runs
   * on V8's baseline WebAssembly code alone (`--liftoff-only`): optimizing PDFium's hot functions
   * costs a process that reads one document more processor time than it wins back (the bench's
   * 200-page report: about 100 ms of the child's 1.9 s, on two cores). A child that reads document
   * after document (ingest's) keeps the optimizing tier, which pays from its second document on.
   * Nor does it validate all of PDFium's 4.6 MB at compile time (`--wasm-lazy-validation`): each
   * function is validated when it is first compiled, as it is first called, so only the few
   * thousand a text layer needs are (about 25 ms off the command). The module is the one the build
   * ships, not input: validation is V8's own check of its code, not a check of the document.
   * And its regular expressions are compiled to machine code when first used (`--no-regexp-tier-up`),
   * not first interpreted: V8 interprets a pattern's first run to spare compiling one that runs
   * once, but the detectors run each of their patterns over every sentence of the document, and a
   * cue of many alternatives interpreted over a long text's first sentences cost more than
   * compiling it (about 30 ms off the command on the 200-page report, 11 runs in turns).
   * Its JavaScript is optimized only where it runs eight times longer than V8 waits by default
   * (`--interrupt-budget=540672`, V8's being 67,584): TurboFan compiles on background threads, and
   * in a process that reads one document on both cores (two threads) that compiling takes a core
   * from the reading. On the 200-page report, the V8 threads besides the two readers used about
   * 200 ms of processor time, nearly all of it compiling (about 20 ms without the optimizing tier
   * at all, which runs the rules too slowly: the command took 50 ms longer); optimizing only the
   * longest-running code took about 55 ms off the command (31 runs in turns). For the same reason
   * its garbage is collected on the thread that made it (`--single-threaded-gc`), not by helper
   * threads that compete with the other reader for the two cores (about 10 ms more).
   */
  oneDocument?: boolean;
  /**
   * A startup snapshot of the reading process with the extractor already loaded (the `extract`
   * command's, see `cli/readingSnapshot.ts`): a process restored from it skips loading the
   * extractor's modules. Used only for a built entry and where it was built with the very V8 flags
   * these options give the process (`readingProcessFlags`): V8 refuses a snapshot made under other
   * flags or by another Node. A process restored from it that dies without an answer has the
   * snapshot dropped, and the document is read by a process started from the entry.
   */
  snapshot?: ReadingSnapshot;
}

/** A startup snapshot of the reading process (a `--snapshot-blob` file) and the V8 flags it was built with. */
export interface ReadingSnapshot {
  blob: string;
  flags: readonly string[];
}

export interface ReadWithin {
  /** Epoch ms by which the caller needs the answer (a Lambda invocation's end less a margin). */
  deadline?: number;
}

interface Runnable {
  file: string;
  execArgv: string[];
}

function runnable(entry: URL | string): Runnable {
  const file = fileURLToPath(entry);
  const source = file.replace(/\.m?js$/u, '.ts');
  const typescript = /\.ts$/u.test(file) ? file : !existsSync(file) && existsSync(source) ? source : undefined;
  if (typescript) return { file: typescript, execArgv: ['--import', import.meta.resolve('tsx')] };
  if (existsSync(file)) return { file, execArgv: [] };
  throw new Error(`the extraction child's entry ${file} does not exist`);
}

/** Resident memory of a process in bytes, as the kernel counts it; undefined once it is gone. */
function residentBytes(pid: number): number | undefined {
  try {
    if (process.platform === 'linux') {
      const match = /^VmRSS:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
      return match ? Number(match[1]) * 1024 : undefined;
    }
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'latin1' }).trim()) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * What the reading process is given of this process's environment: where to find programs and
 * temporary files, the time zone and the locale. Nothing else: it reads untrusted files, so it is
 * not handed the credentials a Lambda function's environment holds (AWS_ACCESS_KEY_ID, its secret
 * and session token), nor settings it has no use for, such as NODE_EXTRA_CA_CERTS, whose loading
 * costs each start about 40 ms and serves no connection (the reading process opens none).
 */
const READING_ENVIRONMENT = ['PATH', 'TMPDIR', 'TZ', 'LANG', 'LC_ALL'] as const;

function readingEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(READING_ENVIRONMENT.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
}

/** A waiting child keeps no one alive: the process that owns it may end (the child then exits on `disconnect`). */
function idle(child: ChildProcess): void {
  child.unref();
  child.channel?.unref();
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export class IsolatedExtractor {
  readonly ceilings: ExtractionCeilings;
  readonly #runnable: Runnable;
  readonly #flags: string[];
  /** The snapshot blob processes start from, while V8 takes it (see `snapshot`). */
  #snapshot: string | undefined;
  readonly #fromSnapshot = new WeakSet<ChildProcess>();
  #warm: ChildProcess | undefined;
  /** Documents are read one after the other: one child, one document at a time. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: IsolatedExtractorOptions) {
    this.ceilings = { ...DEFAULT_CEILINGS, ...options.ceilings };
    this.#runnable = runnable(options.entry);
    this.#flags = readingProcessFlags({ memoryMb: this.ceilings.memoryMb, oneDocument: options.oneDocument ?? false });
    const { snapshot } = options;
    const fits = snapshot !== undefined && this.#runnable.execArgv.length === 0 && snapshot.flags.join(' ') === this.#flags.join(' ');
    this.#snapshot = fits ? snapshot.blob : undefined;
  }

  /** Reads one document in the child; refusals (the child's, and the ceilings') throw RejectedInputError. */
  extract(request: ExtractionRequest, within: ReadWithin = {}): Promise<Extraction> {
    const turn = this.#queue.then(() => this.#read(request, within));
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Starts the reading process now, before there is a document for it, so that its start (Node, the
   * extractor's modules, PDFium's compilation) overlaps the caller's own work; the next document is
   * read in it. A one-shot caller (the `extract` command) starts it first and closes it after that
   * document, so it still reads exactly one.
   */
  start(): void {
    if (!this.#warm?.connected) this.#warm = this.#spawn();
  }

  /** Ends the warm child, if any. */
  close(): void {
    this.#warm?.kill('SIGKILL');
    this.#warm = undefined;
  }

  #spawn(): ChildProcess {
    // Restored from the snapshot, the process still takes the entry as its script: its page-reading thread starts from it.
    const start = this.#snapshot !== undefined ? ['--snapshot-blob', this.#snapshot] : this.#runnable.execArgv;
    const child = fork(this.#runnable.file, [], {
      execArgv: [...start, ...this.#flags],
      env: readingEnvironment(),
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    if (this.#snapshot !== undefined) this.#fromSnapshot.add(child);
    child.on('error', () => undefined);
    // Its stderr is read only for a failure's message; it never keeps the owner alive.
    (child.stderr as Socket | null)?.unref();
    idle(child);
    return child;
  }

  async #read(request: ExtractionRequest, within: ReadWithin): Promise<Extraction> {
    const started = Date.now();
    const left = within.deadline !== undefined ? within.deadline - started : Infinity;
    if (left < LEAST_USEFUL_MS) throw new ExtractionInterruptedError(`only ${left} ms were left to read ${request.fileName}; it is read again later`);
    const timeMs = Math.min(this.ceilings.timeMs, left);
    const callerBound = timeMs < this.ceilings.timeMs;
    const warm = this.#warm?.connected ? this.#warm : undefined;
    const child = warm ?? this.#spawn();
    this.#warm = undefined;
    const memoryBytes = this.ceilings.memoryMb * 1024 * 1024;
    let stderr = '';
    let peak = 0;
    const onStderr = (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4096));
    child.stderr?.on('data', onStderr);
    child.ref();
    child.channel?.ref();

    const outcome = await new Promise<{ answer: ExtractionAnswer } | { breach: 'memory' | 'time' } | { died: string }>((resolve) => {
      const settle = (value: Parameters<typeof resolve>[0]) => {
        clearInterval(watch);
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('close', onClose);
        resolve(value);
      };
      const onMessage = (answer: ExtractionAnswer) => settle({ answer });
      // `close`, not `exit`: by then its stderr is read to the end.
      const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
        // V8 aborts when the heap reaches --max-old-space-size: the memory ceiling, met inside the heap.
        if (/heap out of memory|Reached heap limit/u.test(stderr)) settle({ breach: 'memory' });
        else settle({ died: `the extraction process ended without an answer (${signal ?? `exit ${code}`}): ${stderr.trim().slice(-600)}` });
      };
      const watch = setInterval(() => {
        const rss = residentBytes(child.pid!);
        if (rss !== undefined) peak = Math.max(peak, rss);
        if (rss !== undefined && rss > memoryBytes) settle({ breach: 'memory' });
      }, MEMORY_POLL_MS);
      const timer = setTimeout(() => settle({ breach: 'time' }), Math.max(0, started + timeMs - Date.now()));
      child.on('message', onMessage);
      child.on('close', onClose);
      if (child.pid === undefined) {
        settle({ died: 'the extraction process could not be started' });
        return;
      }
      // The child's own budget is the ceiling's, never the caller's deadline: a refusal must say
      // what the document costs, not how little time this invocation had (that is the timer's).
      const task: ExtractionTask = { request, wallTimeMs: Math.max(0, started + this.ceilings.timeMs - Date.now()) };
      child.send(task, (error) => {
        if (error) settle({ died: `the document could not be handed to the extraction process: ${error.message}` });
      });
    });
    child.stderr?.off('data', onStderr);

    if (!('answer' in outcome) || 'failed' in outcome.answer || peak > memoryBytes * RETIRE_ABOVE_SHARE) child.kill('SIGKILL');
    else {
      idle(child);
      this.#warm = child;
    }

    // A process restored from the snapshot that died without an answer may have died of the snapshot (V8 refuses
    // one made by another Node or under other flags, and aborts on a damaged one): it is dropped, and the document
    // read again by a process started from the entry. Had the document killed it, that one meets it too, and says so.
    if ('died' in outcome && this.#fromSnapshot.has(child)) {
      this.#snapshot = undefined;
      return this.#read(request, within);
    }
    if ('died' in outcome) throw new Error(outcome.died);
    if ('breach' in outcome) {
      if (outcome.breach === 'time' && callerBound) {
        throw new ExtractionInterruptedError(`the invocation's time ran out after ${seconds(timeMs)} while reading ${request.fileName}; it is read again later`);
      }
      throw new RejectedInputError('too_large', this.#breachMessage(outcome.breach));
    }
    const { answer } = outcome;
    if ('refused' in answer) throw new RejectedInputError(answer.refused.code, answer.refused.message);
    if ('failed' in answer) throw new Error(`extraction failed: ${answer.failed.message}`);
    return answer.extraction;
  }

  #breachMessage(ceiling: 'memory' | 'time'): string {
    return ceiling === 'memory'
      ? `reading the document needs more than ${this.ceilings.memoryMb} MB of memory (a compressed part may expand far beyond the file's size); save it again from its original application, or split it into smaller files`
      : `reading the document takes more than ${seconds(this.ceilings.timeMs)}; save it again from its original application (as PDF with a text layer, or DOCX), or split it into smaller files`;
  }
}
