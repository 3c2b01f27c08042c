/**
 * A second thread for reading a long PDF: a reading process on a machine with a second core starts
 * one (`startPageThread`) and, while it reads a long document's first half itself, this thread reads
 * the second half with a PDFium instance of its own (`pagesReadAside`). PDFium's page analysis is
 * most of the time a long PDF takes, and it is single-threaded: the two halves take about half as
 * long as the whole (`npm run bench` prints the `extract` command's time on a 200-page report).
 *
 * The thread runs the reading process's own entry module, which serves page reads when it finds
 * itself off the main thread (`readingProcess.ts`), and it is started when the process starts, so
 * that its start (about as long as a process's) overlaps the extractor's loading. It takes the
 * PDFium module its process compiled (a compiled module can be posted to a thread of the same
 * process) and reads with the same code and the same budget as the main thread, against the same
 * deadline. It lives inside the reading process, so the process's ceilings (memory, time) bound it
 * too. Where anything goes wrong with the thread itself, the main thread reads the pages instead:
 * the text never depends on the thread, only the time does.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { RejectedInputError } from '../contractBasics.js';
import { type ExtractionLimits, WorkBudget } from '../limits.js';
import { adoptCompiledPdfium, compiledPdfium, preparePdfium, type WasmModule } from './pdfium.js';

/** From this many pages a document's second half is read aside: below it, handing over costs more than it saves. */
export const PAGES_FOR_A_SECOND_THREAD = 16;

/** Sent once the process has compiled PDFium: the thread makes its first instance ahead, as the main thread does. */
interface Prepare {
  module: WasmModule;
}

/** Pages to read; the thread reads them with the PDFium `Prepare` gave it, or compiles its own where none came yet. */
interface PageTask {
  id: number;
  bytes: Uint8Array;
  from: number;
  to: number;
  limits: ExtractionLimits;
  deadline: number;
}

type PageAnswer = { id: number } & ({ pages: string[] } | { refused: { code: RejectedInputError['code']; message: string } } | { failed: string });

let thread: Worker | undefined;
let lastTask = 0;

/**
 * How a thread runs the entry: built JavaScript as it is; a TypeScript source (tests, the local
 * portal) through tsx, registered in the thread first, as the process itself was started with it.
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
  // A waiting thread keeps no one alive; one at work is waited for (`pagesReadAside`).
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
 * Pages `from` to `to` of `bytes`, read in the page thread within `budget` (its limits, by its
 * deadline); a refusal there (the time ran out) is thrown as it would be here. Undefined where
 * there is no thread, or it failed: the caller reads them itself.
 */
export function pagesReadAside(bytes: Uint8Array, from: number, to: number, budget: WorkBudget): Promise<string[] | undefined> {
  const worker = thread;
  if (!worker) return Promise.resolve(undefined);
  const id = ++lastTask;
  const task: PageTask = { id, bytes, from, to, limits: budget.limits, deadline: budget.deadline };
  worker.ref();
  // Posted before this returns: the caller goes on reading its own pages at once, without yielding.
  const answered = new Promise<PageAnswer | undefined>((resolve) => {
    const onMessage = (reply: PageAnswer) => {
      if (reply.id === id) settle(reply);
    };
    const onGone = () => settle(undefined);
    const settle = (reply: PageAnswer | undefined) => {
      worker.off('message', onMessage);
      worker.off('error', onGone);
      worker.off('exit', onGone);
      worker.unref();
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.on('error', onGone);
    worker.on('exit', onGone);
    worker.postMessage(task);
  });
  return answered.then((answer) => {
    if (!answer || 'failed' in answer) return undefined;
    if ('refused' in answer) throw new RejectedInputError(answer.refused.code, answer.refused.message);
    return answer.pages;
  });
}

/** The thread's side: reads the pages it is sent, one task at a time, and answers each. */
export function servePageReads(): void {
  if (isMainThread || !parentPort) throw new Error('page reads are served by a worker thread (see startPageThread)');
  const port = parentPort;
  port.on('message', (message: Prepare | PageTask) => {
    if ('id' in message) void answer(message).then((reply) => port.postMessage(reply));
    else prepare(message);
  });
}

function prepare({ module }: Prepare): void {
  adoptCompiledPdfium(module);
  preparePdfium();
  import('./pdfReader.js').catch(() => undefined);
}

async function answer(task: PageTask): Promise<PageAnswer> {
  try {
    // Loaded here rather than at the top: the reader imports this module for `pagesReadAside`.
    const { readPdfPages } = await import('./pdfReader.js');
    return { id: task.id, pages: await readPdfPages(task.bytes, task.from, task.to, new WorkBudget(task.limits, task.deadline)) };
  } catch (error) {
    if (error instanceof RejectedInputError) return { id: task.id, refused: { code: error.code, message: error.message } };
    return { id: task.id, failed: error instanceof Error ? error.message : String(error) };
  }
}


