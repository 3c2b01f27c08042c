/**
 * PDFium (`@embedpdf/pdfium`, compiled to WebAssembly) for the PDF reader: the module compiled once
 * per process, a fresh instance for each document, its host functions ours (`PdfiumRuntime` below):
 * only the package's `.wasm` is used, not its JavaScript.
 *
 * Where the `.wasm` is: beside this module once bundled (the ingest asset ships `pdfium.wasm` next
 * to `extraction.mjs`, see `infra/constructs/pipelineFunction.ts`), else in the package (sources
 * run through tsx, the CLI build, which leaves npm packages in `node_modules`).
 *
 * Why compile here and not in the parent: a compiled `WebAssembly.Module` cannot cross a process
 * boundary, and the reading process is the one watched for memory and time. Measured here (4.6 MB
 * `.wasm`, `npm run bench:accuracy` prints the figures): compiling takes about 20 ms (V8 compiles
 * the functions lazily, as they are first called) and instantiating about 15 ms, against about
 * 100 ms to start the reading process; the process is kept warm between documents, so its compiled
 * (and by then optimised) code serves every document after the first.
 *
 * Why an instance per document: WebAssembly memory only grows, so one instance would keep the
 * largest document's memory for good (and the parent retires a process that holds much), and a
 * hostile document cannot leave PDFium's state behind for the next one. A process started ahead
 * makes its first document's instance while it loads the extractor, the next ones as they come.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PDFIUM_WASM_FILE, PDFIUM_WASM_PACKAGE_FILE } from './pdfiumFile.js';

/** PDFium's exports called per character, straight (a JavaScript wrapper around each call cost about as much as the reading). */
export interface PdfiumExports {
  malloc(size: number): number;
  free(pointer: number): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(document: number): number;
  FPDF_LoadPage(document: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDF_CloseDocument(document: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  /** UTF-16 units for `count` characters from `start`, and a terminator, into `result`; answers how many units it wrote. */
  FPDFText_GetText(textPage: number, start: number, count: number, result: number): number;
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
}

/** One PDFium instance: its exports, and its memory as it is now (growing memory replaces the views). */
export interface Pdfium {
  exports: PdfiumExports;
  heap(): { u8: Uint8Array; f32: Float32Array; f64: Float64Array };
}

export function pdfiumWasmPath(): string {
  const beside = fileURLToPath(new URL(`./${PDFIUM_WASM_FILE}`, import.meta.url));
  return existsSync(beside) ? beside : createRequire(import.meta.url).resolve(PDFIUM_WASM_PACKAGE_FILE);
}

/** The WebAssembly calls used here, typed (the project's `lib` has no DOM, where they are declared). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: unknown): Promise<WasmInstance>;
}
/** A compiled `WebAssembly.Module`: it can be posted to a worker thread of the same process, not beyond. */
export type WasmModule = { readonly wasmModule: unique symbol };
type WasmInstance = { readonly exports: unknown };

/**
 * Looked up when used, not when this module loads: a reading process restored from a startup snapshot
 * (`cli/readingSnapshot.ts`) loaded its modules while the snapshot was built, where Node offers no WebAssembly.
 */
const wasm = (): WasmApi => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: Promise<WasmModule> | undefined;

/** PDFium compiled in this process: compiled here once, or adopted from the thread that did (`adoptCompiledPdfium`). */
export function compiledPdfium(): Promise<WasmModule> {
  // The file is read at once (a few ms): read in chunks through fs/promises, it waited for the main
  // thread, which a reading process started ahead spends loading the extractor, so that the
  // compilation only started with the first document instead of overlapping that load.
  compiled ??= (async () => wasm().compile(readFileSync(pdfiumWasmPath())))();
  // A failed compile (a missing file) is not kept: the next document tries again and says why.
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

/** A page-reading thread takes the module its process compiled instead of compiling its own (see `pdfPageThread.ts`). */
export function adoptCompiledPdfium(module: WasmModule): void {
  compiled = Promise.resolve(module);
}

/** The instance made ahead for the first document of a reading process started before it. */
let prepared: Promise<Pdfium> | undefined;

/**
 * Starts compiling PDFium (V8 compiles WebAssembly off the main thread) and making an instance of
 * it, so that a reading process started ahead of its first document has one ready for it (unused:
 * still an instance of its own); a failure is left for the first PDF to report.
 */
export function preparePdfium(): void {
  compiledPdfium().catch(() => undefined);
  prepared ??= instantiatePdfium();
  prepared.catch(() => undefined);
}

/** A new PDFium instance over the process's compiled module (the one made ahead, if any and not yet taken). */
export async function newPdfium(): Promise<Pdfium> {
  const ahead = prepared;
  prepared = undefined;
  // One that failed ahead is made again here, and its failure reported.
  return (await ahead?.catch(() => undefined)) ?? instantiatePdfium();
}

async function instantiatePdfium(): Promise<Pdfium> {
  const runtime = new PdfiumRuntime();
  const instance = await wasm().instantiate(await compiledPdfium(), runtime.imports);
  return runtime.start(instance.exports as PdfiumModuleExports);
}

/** What the runtime below needs of the module besides the calls the reader makes. */
interface PdfiumModuleExports extends PdfiumExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  __indirect_function_table: { get(index: number): (...args: number[]) => number };
  __wasm_call_ctors(): void;
  emscripten_stack_init(): void;
  emscripten_stack_get_current(): number;
  _emscripten_stack_restore(pointer: number): void;
  setThrew(threw: number, value: number): void;
  PDFiumExt_Init(): void;
}

/** Emscripten's errno values (not the host's): a file that is not there, a descriptor that is not open. */
const ENOENT = 44;
const EBADF = 8;
/** The heap grows as Emscripten's runtime grows it: by a fifth more than asked, up to 96 MB more, in 64 KB pages. */
const WASM_PAGE = 65_536;
const MAX_OVERGROWTH = 96 * 1024 * 1024;
const MAX_HEAP = 2 ** 31;

/**
 * The host functions PDFium's WebAssembly imports, in place of the package's Emscripten JavaScript:
 * that file (300 KB, built with Emscripten's assertions) took about 45 ms of a thread's CPU to load
 * and initialise, in each of the reading process's two threads, for the dozen calls a text reader
 * makes. PDFium only reads documents from memory here, so it has no files: the file-system calls
 * answer as Emscripten's empty file system does (no such file, no such descriptor), and what it
 * prints is dropped. The rest is Emscripten's own behaviour: `setjmp`/`longjmp` through the
 * `invoke_*` trampolines (a longjmp is thrown as `Infinity`, caught at the trampoline that set the
 * jump), heap growth, time and time zone from JavaScript's Date. A release of the package that
 * imports anything else fails at instantiation with a LinkError naming it (and the test that lists
 * the imports says so first).
 */
export class PdfiumRuntime {
  #exports!: PdfiumModuleExports;
  #u8 = new Uint8Array(0);
  #i32 = new Int32Array(0);
  #f32 = new Float32Array(0);
  #f64 = new Float64Array(0);
  #functions: ((...args: number[]) => number)[] = [];

  /** Emscripten's `invoke_*`: calls a table function where C code set a jump, and lands a longjmp there. */
  // Declared before `imports`, which takes it.
  #invoke = (index: number, ...args: number[]): number | undefined => {
    const stack = this.#exports.emscripten_stack_get_current();
    try {
      const target = (this.#functions[index] ??= this.#exports.__indirect_function_table.get(index));
      return target(...args);
    } catch (error) {
      this.#exports._emscripten_stack_restore(stack);
      if (error !== Infinity) throw error;
      this.#exports.setThrew(1, 0);
      return undefined;
    }
  };

  readonly imports = {
    env: {
      ...Object.fromEntries(INVOKE_IMPORTS.map((name) => [name, this.#invoke])),
      _emscripten_throw_longjmp: () => {
        throw Infinity;
      },
      _emscripten_memcpy_js: (dest: number, src: number, count: number) => this.#heap8().copyWithin(dest, src, src + count),
      emscripten_resize_heap: (requested: number) => this.#grow(requested >>> 0),
      emscripten_date_now: () => Date.now(),
      _tzset_js: (timezone: number, daylight: number, standardName: number, summerName: number) => this.#tzset(timezone, daylight, standardName, summerName),
      _localtime_js: (low: number, high: number, tm: number) => this.#writeTime(new Date(seconds(low, high) * 1000), tm, false),
      _gmtime_js: (low: number, high: number, tm: number) => this.#writeTime(new Date(seconds(low, high) * 1000), tm, true),
      _abort_js: () => {
        throw new Error('PDFium aborted');
      },
      __assert_fail: () => {
        throw new Error('PDFium failed an internal assertion');
      },
      ...Object.fromEntries(PATH_SYSCALLS.map((name) => [name, () => -ENOENT])),
      ...Object.fromEntries(DESCRIPTOR_SYSCALLS.map((name) => [name, () => -EBADF])),
    },
    wasi_snapshot_preview1: {
      // Standard output and error are written to and dropped; no other descriptor is open.
      fd_write: (fd: number, iov: number, iovCount: number, written: number) => this.#dropWrite(fd, iov, iovCount, written),
      fd_read: () => EBADF,
      fd_seek: () => EBADF,
      fd_close: () => EBADF,
      fd_sync: () => EBADF,
      // No environment variables: PDFium reads none.
      environ_sizes_get: (count: number, size: number) => {
        this.#heap32()[count >> 2] = 0;
        this.#heap32()[size >> 2] = 0;
        return 0;
      },
      environ_get: () => 0,
    },
  };

  /** Runs the module's constructors and PDFium's own initialisation, and hands out the instance. */
  start(exports: PdfiumModuleExports): Pdfium {
    this.#exports = exports;
    exports.emscripten_stack_init();
    exports.__wasm_call_ctors();
    exports.PDFiumExt_Init();
    return { exports, heap: () => this.#views() };
  }

  /** The views over the memory as it is now: growing it detaches the old buffer, and the views are made anew. */
  #views(): { u8: Uint8Array; f32: Float32Array; f64: Float64Array } {
    const buffer = this.#exports.memory.buffer;
    if (this.#u8.buffer !== buffer) {
      this.#u8 = new Uint8Array(buffer);
      this.#i32 = new Int32Array(buffer);
      this.#f32 = new Float32Array(buffer);
      this.#f64 = new Float64Array(buffer);
    }
    return { u8: this.#u8, f32: this.#f32, f64: this.#f64 };
  }

  #heap8(): Uint8Array {
    return this.#views().u8;
  }

  #heap32(): Int32Array {
    this.#views();
    return this.#i32;
  }

  #grow(requested: number): boolean {
    const memory = this.#exports.memory;
    const size = memory.buffer.byteLength;
    if (requested > MAX_HEAP) return false;
    // As Emscripten does: a fifth more than the heap holds, halved on failure, and at least what was asked.
    for (let cutDown = 1; cutDown <= 4; cutDown *= 2) {
      const wanted = Math.min(MAX_HEAP, Math.max(requested, Math.min(size * (1 + 0.2 / cutDown), requested + MAX_OVERGROWTH)));
      const target = Math.ceil(wanted / WASM_PAGE) * WASM_PAGE;
      try {
        memory.grow((target - size) / WASM_PAGE);
        return true;
      } catch {
        // A smaller step is tried.
      }
    }
    return false;
  }

  #dropWrite(fd: number, iov: number, iovCount: number, written: number): number {
    if (fd !== 1 && fd !== 2) return EBADF;
    const heap = this.#heap32();
    let total = 0;
    for (let i = 0; i < iovCount; i++) total += heap[(iov + 8 * i + 4) >> 2]! >>> 0;
    heap[written >> 2] = total;
    return 0;
  }

  #writeTime(date: Date, tm: number, utc: boolean): void {
    const heap = this.#heap32();
    const at = tm >> 2;
    const year = utc ? date.getUTCFullYear() : date.getFullYear();
    heap[at] = utc ? date.getUTCSeconds() : date.getSeconds();
    heap[at + 1] = utc ? date.getUTCMinutes() : date.getMinutes();
    heap[at + 2] = utc ? date.getUTCHours() : date.getHours();
    heap[at + 3] = utc ? date.getUTCDate() : date.getDate();
    heap[at + 4] = utc ? date.getUTCMonth() : date.getMonth();
    heap[at + 5] = year - 1900;
    heap[at + 6] = utc ? date.getUTCDay() : date.getDay();
    const startOfYear = utc ? Date.UTC(year, 0, 1) : new Date(year, 0, 1).getTime();
    heap[at + 7] = Math.floor((date.getTime() - startOfYear) / 86_400_000);
    if (utc) return;
    heap[at + 9] = -date.getTimezoneOffset() * 60;
    const winter = new Date(year, 0, 1).getTimezoneOffset();
    const summer = new Date(year, 6, 1).getTimezoneOffset();
    heap[at + 8] = Number(winter !== summer && date.getTimezoneOffset() === Math.min(winter, summer));
  }

  #tzset(timezone: number, daylight: number, standardName: number, summerName: number): void {
    const year = new Date().getFullYear();
    const winter = new Date(year, 0, 1).getTimezoneOffset();
    const summer = new Date(year, 6, 1).getTimezoneOffset();
    const heap = this.#heap32();
    heap[timezone >> 2] = Math.max(winter, summer) * 60;
    heap[daylight >> 2] = Number(winter !== summer);
    const zone = (offset: number) => `UTC${offset >= 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    const [standard, daylightName] = summer < winter ? [winter, summer] : [summer, winter];
    this.#writeString(zone(standard), standardName);
    this.#writeString(zone(daylightName), summerName);
  }

  #writeString(text: string, at: number): void {
    const heap = this.#heap8();
    for (let i = 0; i < text.length; i++) heap[at + i] = text.charCodeAt(i);
    heap[at + text.length] = 0;
  }
}

/** An i64 time in seconds, passed as two i32 halves. */
const seconds = (low: number, high: number): number => (low >>> 0) + high * 4_294_967_296;

const INVOKE_IMPORTS = ['invoke_v', 'invoke_vi', 'invoke_vii', 'invoke_viii', 'invoke_viiii', 'invoke_viiiiiiiii', 'invoke_ii', 'invoke_iii', 'invoke_iiii', 'invoke_iiiii'];
const PATH_SYSCALLS = ['__syscall_openat', '__syscall_stat64', '__syscall_lstat64', '__syscall_newfstatat', '__syscall_unlinkat', '__syscall_rmdir'];
const DESCRIPTOR_SYSCALLS = ['__syscall_fcntl64', '__syscall_ioctl', '__syscall_fstat64', '__syscall_getdents64', '__syscall_ftruncate64'];
