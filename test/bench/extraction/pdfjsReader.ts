/**
 * The former PDF reader, kept in the bench only as the baseline the PDFium reader is measured
 * against (`npm run bench:accuracy`): text layer through unpdf (pdf.js). Items are re-assembled into lines by position: pdf.js
 * returns right-to-left runs and loose punctuation glyphs as separate items (an Arabic PDF gives
 * "a abdelrahman@mfa example gov" plus two lone "." items), so a naive join loses e-mail
 * addresses and dates.
 */
import { getDocumentProxy } from 'unpdf';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import type { DocumentText } from '../../../shared/extraction/documentText.js';
import type { WorkBudget } from '../../../shared/extraction/limits.js';
import { assembleLines, RTL_CHAR, type TextRun } from '../../../shared/extraction/readers/pdfLines.js';

const PAGES_IN_FLIGHT = 8;

/** Structural checks before pdf.js, which recovers fragments from a cut file as if it were whole. */
export function checkStructure(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF') && !tail.includes('startxref')) {
    throw new RejectedInputError('corrupt', 'the PDF is truncated (no cross-reference table or %%EOF marker); upload the complete file');
  }
}

export async function readPdfWithPdfJs(bytes: Uint8Array, budget: WorkBudget): Promise<DocumentText> {
  checkStructure(bytes);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A plain Uint8Array copy: pdf.js transfers (detaches) the buffer it is given, and refuses a
    // Buffer (whose slice() would share memory anyway).
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new RejectedInputError('encrypted', 'the PDF is password-protected; send it without a password', { cause: error });
    }
    throw new RejectedInputError('corrupt', `the PDF cannot be read (${(error as Error)?.message ?? 'parse error'})`, { cause: error });
  }
  try {
    if (pdf.numPages > budget.limits.maxPdfPages) {
      throw new RejectedInputError('too_large', `the PDF has ${pdf.numPages} pages (limit ${budget.limits.maxPdfPages}); split it`);
    }
    const pages: string[] = [];
    let chars = 0;
    const readPage = async (n: number): Promise<string> => {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: TextRun[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        items.push({
          str: raw.str,
          x: raw.transform[4] as number,
          y: raw.transform[5] as number,
          width: raw.width,
          height: raw.height || Math.abs(raw.transform[3] as number) || 10,
          rtl: raw.dir === 'rtl' || RTL_CHAR.test(raw.str),
        });
      }
      page.cleanup();
      return assembleLines(items);
    };
    // Pages are asked for a few at a time: pdf.js answers through message round trips, and
    // several requests in flight keep it busy where one at a time leaves it waiting.
    for (let first = 1; first <= pdf.numPages && chars <= budget.limits.maxTextChars; first += PAGES_IN_FLIGHT) {
      budget.check(`page ${first}`);
      const last = Math.min(pdf.numPages, first + PAGES_IN_FLIGHT - 1);
      const texts = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => readPage(first + i)));
      for (const text of texts) {
        pages.push(text);
        chars += text.length;
      }
    }
    const letters = pages.join('').replace(/[\s\d\p{P}]/gu, '').length;
    if (letters < 20) {
      throw new RejectedInputError('no_text', `the PDF has no text layer (${pdf.numPages} page(s) of images); it needs OCR, or send the original document`);
    }
    return { pages, paged: true, warnings: [] };
  } catch (error) {
    if (error instanceof RejectedInputError) throw error;
    throw new RejectedInputError('corrupt', `the PDF cannot be read (${(error as Error)?.message ?? 'parse error'})`, { cause: error });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
