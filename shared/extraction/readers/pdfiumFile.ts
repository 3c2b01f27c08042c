/**
 * Where PDFium's WebAssembly comes from and what it is called beside a bundle: apart from
 * `pdfium.ts` so that the ingest function's description can name it without its handler bundling
 * PDFium (the handler never reads a document itself).
 */
export const PDFIUM_WASM_PACKAGE_FILE = '@embedpdf/pdfium/pdfium.wasm';

/** The file name it is shipped under, beside the module that reads it. */
export const PDFIUM_WASM_FILE = 'pdfium.wasm';
