/**
 * A second thread for reading a long PDF: a reading process on a machine with a second core starts
 * one (`startPageThread`), and the two threads share a long document's pages out between them, the
 * main thread taking them from the first page on, this one from the last page back, each claiming
 * the next page from its end until they meet (`PageClaims`). PDFium's page analysis is most of the
 * time a long PDF takes, and it is single-threaded: two readers take about half as long as one
 * (`npm run bench` prints the `extract` command's time on a 200-page report).
 *
 * The share starts as soon as the document reaches the process (`sharePdfPages`, called by
 * `readingProcess.ts` for every document it is sent), so that this thread reads from the end while
 * the main thread is still loading the extractor or reading the document's format; the main thread
 * joins when its reader opens the PDF (`pagesShared`). Claiming page by page rather than halves
 * means neither waits for the other at the end, whichever started first.
 *
 * The thread runs the reading process's own entry module, which serves page reads when it finds
 * itself off the main thread (`readingProcess.ts`), and it is started when the process starts, so
 * that its start (about as long as a process's) overlaps the extractor's loading. It takes the
 * PDFium module its process compiled (a compiled module can be posted to a thread of the same
 * process) and reads with the same code and the same limits as the main thread, against a deadline
 * taken when the document arrived. It lives inside the reading process, so the process's ceilings
 * (memory, time) bound it too. Where anything goes wrong with the thread itself, the main thread
 * reads the pages it claimed instead: the text never depends on the thread, only the time does.
 *
 * Once the pages are read the thread would wait while the main thread reads the text's findings,
 * the matrix longest among them: it reads a long text's head meanwhile (who wrote it, what it is, its
 * date: `readHeadAside`, see `../documentHead.ts`) while the main thread reads the text's units, then
 * its contacts and treaties while the main thread reads the matrix (`readAside`, see
 * `../asideFindings.ts`), with the same code, from what the main thread hands it. Here too a thread
 * that fails or goes leaves them to the main thread.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { AsideFacts, AsideFindings, ReadBefore } from '../asideFindings.js';
import { RejectedInputError } from '../contractBasics.js';
import type { DocumentHead, HeadGiven } from '../documentHead.js';
import type { DocumentText } from '../documentText.js';
import { type ExtractionLimits, WorkBudget } from '../limits.js';
import { isPdf } from '../sniffFormat.js';
import { adoptCompiledPdfium, compiledPdfium, preparePdfium, type WasmModule } from './pdfium.js';

/** From this many pages a document's pages are shared out: below it, handing over costs more than it saves. */
export const PAGES_FOR_A_SECOND_THREAD = 16;

/** A claim word not yet opened: no reader has counted the pages yet. */
const UNOPENED = -1;

/**
 * The pages of one document still to be read, claimed from either end by the two threads: one
 * 32-bit word in shared memory holds the next page from the front and the end of the pages left
 * (page counts are far below 2^16: `maxPdfPages`), so one compare-and-swap claims a page whatever
 * the other thread does meanwhile.
 */
export class PageClaims {
  readonly word: Int32Array<SharedArrayBuffer>;

  constructor(word = new Int32Array(new SharedArrayBuffer(4)).fill(UNOPENED)) {
    this.word = word;
  }

  /** Sets the page count, by whichever reader opens the document first. */
  open(pageCount: number): void {
    Atomics.compareExchange(this.word, 0, UNOPENED, pageCount & 0xffff);
  }

  /** The next page from `end`, or undefined when none is left (or the document was never opened). */
  claim(end: 'first' | 'last'): number | undefined {
    for (;;) {
      const seen = Atomics.load(this.word, 0);
      if (seen === UNOPENED) return undefined;
      const front = seen >>> 16;
      const back = seen & 0xffff;
      if (front >= back) return undefined;
      const next = end === 'first' ? ((front + 1) << 16) | back : (front << 16) | (back - 1);
      if (Atomics.compareExchange(this.word, 0, seen, next) === seen) return end === 'first' ? front : back - 1;
    }
  }
}

/** Sent once the process has compiled PDFium: the thread makes its first instance ahead, as the main thread does. */
interface Prepare {
  module: WasmModule;
}

/** A document whose pages the thread claims from the last one back. */
interface ShareTask {
  id: number;
  bytes: Uint8Array;
  claims: Int32Array<SharedArrayBuffer>;
  limits: ExtractionLimits;
  deadline: number;
}

type ShareAnswer = { id: number } & ({ pages: Array<[number, string]> } | { refused: { code: RejectedInputError['code']; message: string } } | { failed: string });

/** A document's text whose findings aside (`asideFindings.ts`) the thread reads while the main thread reads its matrix. */
interface AsideTask {
  id: number;
  doc: DocumentText;
  facts: AsideFacts;
  before: ReadBefore;
}

/** A document's text whose head (`documentHead.ts`) the thread reads while the main thread reads its units. */
interface HeadTask {
  id: number;
  text: string;
  language: string;
  given: HeadGiven;
}

/** What the thread answers a task it reads for the main thread: the reading, or why it failed (the main thread then reads it). */
type ReadingAnswer = { id: number } & ({ reading: unknown } | { failed: string });

/** The main thread's side of a shared document: the claims, and the pages the thread read (undefined where it failed). */
export interface SharedPages {
  claims: PageClaims;
  aside: Promise<Map<number, string> | undefined>;
}

let thread: Worker | undefined;
let lastTask = 0;
/** Documents shared out, by their bytes: the reader finds the share its document's arrival started. */
const shares = new WeakMap<Uint8Array, SharedPages>();

/**
 * How a thread runs the entry: built JavaScript as it is; a TypeScript source (tests) through tsx,
 * registered in the thread first, as the process itself was started with it.
 */
function threadOf(entry: string): Worker {
  if (!entry.endsWith('.ts')) return new Worker(new URL(entry));
  const boot = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true });
}

/**
 * Starts the page-reading thread from `entry` (the reading process's entry module's URL), where the
 * machine has a core for it. A thread that fails or ends is not replaced: the main thread reads alone.
 */
export function startPageThread(entry: string, cores = availableParallelism()): void {
  if (thread || cores < 2) return;
  const started = threadOf(entry);
  const forget = () => {
    if (thread === started) thread = undefined;
  };
  started.on('error', forget);
  started.on('exit', forget);
  // A waiting thread keeps no one alive; one at work is waited for (`sharePdfPages`).
  started.unref();
  thread = started;
  compiledPdfium().then((module) => started.postMessage({ module } satisfies Prepare), () => undefined);
}

/** Ends the page-reading thread, if any: the main thread reads every page from then on. */
export async function stopPageThread(): Promise<void> {
  const stopping = thread;
  thread = undefined;
  await stopping?.terminate();
}

/**
 * Starts sharing out the pages of `bytes`, a document that has just arrived, if it is a PDF and
 * there is a thread: the thread opens it and, if it is long, reads from its last page back, within
 * `limits` by `deadline`. The reader joins later (`pagesShared`).
 */
export function sharePdfPages(bytes: Uint8Array, limits: ExtractionLimits, deadline: number): void {
  const worker = thread;
  if (!worker || shares.has(bytes) || !isPdf(bytes)) return;
  const id = ++lastTask;
  const claims = new PageClaims();
  const answered = answerTo<ShareAnswer>(worker, id);
  const task: ShareTask = { id, bytes, claims: claims.word, limits, deadline };
  // Posted once PDFium is compiled, after the module it is compiled into (`startPageThread`): the
  // thread would otherwise compile its own meanwhile. A failed compile is the reader's to report.
  const post = () => worker.postMessage(task);
  compiledPdfium().then(post, post);
  const aside = answered.then((answer) => {
    if (!answer || 'failed' in answer) return undefined;
    if ('refused' in answer) throw new RejectedInputError(answer.refused.code, answer.refused.message);
    return new Map(answer.pages);
  });
  // Where the reader is refused first (or never opens the document), the thread's outcome is not waited for.
  aside.catch(() => undefined);
  shares.set(bytes, { claims, aside });
}

/**
 * Has the thread read the findings aside of `doc` (`asideFindings.ts`), given the `facts` the main thread read before its
 * matrix and what it read `before` (handed over rather than read twice): undefined where there is no thread, and a promise
 * of undefined where the thread fails or goes (the caller then reads them itself). Only worth it for a long text
 * (`CHARACTERS_FOR_READING_ASIDE`).
 */
export function readAside(doc: DocumentText, facts: AsideFacts, before: ReadBefore): Promise<AsideFindings | undefined> | undefined {
  return askThread<AsideFindings>((id) => ({ id, doc, facts, before }) satisfies AsideTask);
}

/**
 * Has the thread read the head of `text` (`documentHead.ts`): undefined where there is no thread, and a promise of undefined
 * where the thread fails or goes (the caller then reads it itself). Only worth it for a long text (`CHARACTERS_FOR_READING_ASIDE`).
 */
export function readHeadAside(text: string, language: string, given: HeadGiven): Promise<DocumentHead | undefined> | undefined {
  return askThread<DocumentHead>((id) => ({ id, text, language, given }) satisfies HeadTask);
}

/** Posts the thread the task made with a new id; its reading, or undefined where it fails or goes. */
function askThread<Reading>(task: (id: number) => AsideTask | HeadTask): Promise<Reading | undefined> | undefined {
  const worker = thread;
  if (!worker) return undefined;
  const id = ++lastTask;
  const answered = answerTo<ReadingAnswer>(worker, id);
  worker.postMessage(task(id));
  return answered.then((answer) => (answer && 'reading' in answer ? (answer.reading as Reading) : undefined));
}

/** The thread's answer to task `id`, or undefined if the thread errs or ends first; the thread keeps the process alive meanwhile. */
function answerTo<Answer extends { id: number }>(worker: Worker, id: number): Promise<Answer | undefined> {
  worker.ref();
  return new Promise<Answer | undefined>((resolve) => {
    const onMessage = (reply: Answer) => {
      if (reply.id === id) settle(reply);
    };
    const onGone = () => settle(undefined);
    const settle = (reply: Answer | undefined) => {
      worker.off('message', onMessage);
      worker.off('error', onGone);
      worker.off('exit', onGone);
      worker.unref();
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.on('error', onGone);
    worker.on('exit', onGone);
  });
}

/**
 * The share of `bytes` that its arrival started, or one started now (a process whose reader was
 * called directly); undefined where there is no thread: the caller reads every page.
 */
export function pagesShared(bytes: Uint8Array, limits: ExtractionLimits, deadline: number): SharedPages | undefined {
  if (!shares.has(bytes)) sharePdfPages(bytes, limits, deadline);
  const share = shares.get(bytes);
  shares.delete(bytes);
  return share;
}

/** The thread's side: reads its share of each document it is sent, one at a time, and the findings aside of a document's text. */
export function servePageReads(): void {
  if (isMainThread || !parentPort) throw new Error('page reads are served by a worker thread (see startPageThread)');
  const port = parentPort;
  port.on('message', (message: Prepare | ShareTask | AsideTask | HeadTask) => {
    if ('bytes' in message) {
      void answer(message).then((reply) => {
        port.postMessage(reply);
        // The document's head comes next: its detectors load while the main thread joins the pages.
        import('../documentHead.js').catch(() => undefined);
      });
    } else if ('doc' in message) {
      const { id, doc, facts, before } = message;
      void readFor(id, async () => (await import('../asideFindings.js')).findingsAside(doc, facts, before)).then((reply) => port.postMessage(reply));
    } else if ('text' in message) {
      const { id, text, language, given } = message;
      void readFor(id, async () => (await import('../documentHead.js')).readDocumentHead(text, language, given)).then((reply) => {
        port.postMessage(reply);
        // The findings aside come next: their detectors load while the main thread reads the text's units.
        import('../asideFindings.js').catch(() => undefined);
      });
    } else {
      prepare(message);
    }
  });
}

function prepare({ module }: Prepare): void {
  adoptCompiledPdfium(module);
  preparePdfium();
  import('./pdfReader.js').catch(() => undefined);
}

async function answer(task: ShareTask): Promise<ShareAnswer> {
  try {
    // Loaded here rather than at the top: the reader imports this module for `pagesShared`.
    const { readSharePages } = await import('./pdfReader.js');
    const pages = await readSharePages(task.bytes, new PageClaims(task.claims), new WorkBudget(task.limits, task.deadline));
    return { id: task.id, pages: [...pages] };
  } catch (error) {
    if (error instanceof RejectedInputError) return { id: task.id, refused: { code: error.code, message: error.message } };
    return { id: task.id, failed: error instanceof Error ? error.message : String(error) };
  }
}

/** Task `id`'s reading for the main thread, or why it failed. */
async function readFor(id: number, read: () => Promise<unknown>): Promise<ReadingAnswer> {
  try {
    return { id, reading: await read() };
  } catch (error) {
    return { id, failed: error instanceof Error ? error.message : String(error) };
  }
}
