/**
 * PDFium's host functions are ours (`PdfiumRuntime`), not the package's Emscripten JavaScript: every
 * function its WebAssembly imports is provided, an instance reads a document, and the heap views
 * follow the memory when PDFium grows it.
 */
import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { compiledPdfium, newPdfium, PdfiumRuntime } from '../../../shared/extraction/readers/pdfium.js';
import { readPdf } from '../../../shared/extraction/readers/pdfReader.js';
import { pdfOf } from './support/documents.js';

interface ModuleImport { module: string; name: string }
const moduleImports = (module: unknown): ModuleImport[] =>
  (globalThis as unknown as { WebAssembly: { Module: { imports(m: unknown): ModuleImport[] } } }).WebAssembly.Module.imports(module);

describe('PDFium runtime', () => {
  it('provides every function the WebAssembly imports, and nothing it does not', async () => {
    const wanted = moduleImports(await compiledPdfium()).map(({ module, name }) => `${module}.${name}`).sort();
    const provided = Object.entries(new PdfiumRuntime().imports).flatMap(([module, functions]) => Object.keys(functions).map((name) => `${module}.${name}`)).sort();
    expect(provided).toEqual(wanted);
  });

  it('reads a document through an instance of its own', async () => {
    const doc = await readPdf(await pdfOf([['The Export Control Act 2019 requires a licence for listed goods.']]), new WorkBudget());
    expect(doc.pages.join('\n')).toContain('Export Control Act 2019');
  });

  it('gives views over the memory as it is after PDFium grows it', async () => {
    const pdfium = await newPdfium();
    const before = pdfium.heap().u8.length;
    // More than the initial heap: PDFium's allocator asks the runtime to grow the memory.
    const block = pdfium.exports.malloc(before + 1024 * 1024);
    expect(block).toBeGreaterThan(0);
    const { u8 } = pdfium.heap();
    expect(u8.length).toBeGreaterThan(before);
    u8[block + before] = 7;
    expect(pdfium.heap().u8[block + before]).toBe(7);
    pdfium.exports.free(block);
  });
});
