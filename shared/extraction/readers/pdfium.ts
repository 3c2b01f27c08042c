/**
 * PDFium (`@embedpdf/pdfium`, compiled to WebAssembly) for the PDF reader: the module compiled once
 * per process, a fresh instance for each document.
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

/** PDFium's exports called per character, straight (the wrapper's `cwrap` costs about as much as the reading). */
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

interface EmscriptenHeap {
  wasmExports: unknown;
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
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
type Instantiate = (imports: unknown, receive: (instance: WasmInstance, module: WasmModule) => void) => object;

const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: Promise<WasmModule> | undefined;

/** PDFium compiled in this process: compiled here once, or adopted from the thread that did (`adoptCompiledPdfium`). */
export function compiledPdfium(): Promise<WasmModule> {
  // The file is read at once (a few ms): read in chunks through fs/promises, it waited for the main
  // thread, which a reading process started ahead spends loading the extractor, so that the
  // compilation only started with the first document instead of overlapping that load.
  compiled ??= (async () => wasm.compile(readFileSync(pdfiumWasmPath())))();
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
  // The wrapper's JavaScript (300 KB) is loaded here, not with this module: a reading process starts
  // its page thread and the compilation first, and loads it meanwhile.
  const [module, { init }] = await Promise.all([compiledPdfium(), import('@embedpdf/pdfium')]);
  let failed: (error: unknown) => void = () => undefined;
  const instantiationFailed = new Promise<never>((_, reject) => (failed = reject));
  // Emscripten's hook for a module compiled elsewhere: it hands over the imports, we instantiate.
  // It has no way to report a failure, so a failure rejects beside it instead of leaving it waiting.
  const instantiateWasm: Instantiate = (imports, receive) => {
    wasm.instantiate(module, imports).then((instance) => receive(instance, module), failed);
    return {};
  };
  const pdfium = await Promise.race([
    init({ instantiateWasm } as Parameters<typeof init>[0]),
    instantiationFailed,
  ]);
  pdfium.PDFiumExt_Init();
  const runtime = pdfium.pdfium as unknown as EmscriptenHeap;
  return { exports: runtime.wasmExports as PdfiumExports, heap: () => ({ u8: runtime.HEAPU8, f32: runtime.HEAPF32, f64: runtime.HEAPF64 }) };
}
