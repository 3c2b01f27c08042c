/**
 * PDF text layer through unpdf (pdf.js). Items are re-assembled into lines by position: pdf.js
 * returns right-to-left runs and loose punctuation glyphs as separate items (an Arabic PDF gives
 * "a abdelrahman@mfa example gov" plus two lone "." items), so a naive join loses e-mail
 * addresses and dates.
 */
import { getDocumentProxy } from 'unpdf';
import { RejectedInputError } from '../contract.js';
import type { DocumentText } from '../documentText.js';
import type { WorkBudget } from '../limits.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rtl: boolean;
}

const PAGES_IN_FLIGHT = 8;

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Structural checks before pdf.js, which recovers fragments from a cut file as if it were whole. */
function checkStructure(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF') && !tail.includes('startxref')) {
    throw new RejectedInputError('corrupt', 'the PDF is truncated (no cross-reference table or %%EOF marker); upload the complete file');
  }
}

/** Puts lone punctuation glyphs back into the gap the run left for them (". " in e-mails, "/" in dates). */
function absorbLoosePunctuation(items: Item[]): Item[] {
  const loose = items.filter((i) => /^[./@\-_:]$/.test(i.str));
  if (loose.length === 0) return items;
  const absorbed = new Set<Item>();
  for (const run of items) {
    if (run.str.length < 3 || !run.str.includes(' ') || run.width <= 0) continue;
    for (const glyph of loose) {
      if (absorbed.has(glyph) || Math.abs(glyph.y - run.y) > 2) continue;
      const centre = glyph.x + glyph.width / 2;
      if (centre <= run.x || centre >= run.x + run.width) continue;
      const fraction = (centre - run.x) / run.width;
      const estimate = (run.rtl ? 1 - fraction : fraction) * run.str.length;
      let best = -1;
      for (let i = 0; i < run.str.length; i++) {
        if (run.str[i] === ' ' && (best < 0 || Math.abs(i - estimate) < Math.abs(best - estimate))) best = i;
      }
      if (best >= 0 && Math.abs(best - estimate) < 3) {
        run.str = run.str.slice(0, best) + glyph.str + run.str.slice(best + 1);
        absorbed.add(glyph);
      }
    }
  }
  return items.filter((i) => !absorbed.has(i));
}

/**
 * A gap (in font heights) that separates table columns, kept as a tab so that a row's cells
 * ("task | who | 31 March 2025 | status") stay apart for the detectors. Two heights always are;
 * from 1.2 unless the line has several gaps of the same width: justified prose that pdf.js
 * returns word by word has wide gaps too, but all alike. Not in right-to-left lines: pdf.js
 * places mirrored brackets there with gaps that are not columns.
 */
function isColumnGap(gap: number, lineGaps: readonly number[]): boolean {
  if (gap > 2) return true;
  if (gap <= 1.2) return false;
  const alike = lineGaps.filter((other) => Math.abs(other - gap) <= gap * 0.2).length - 1;
  return alike < 3;
}

function assembleLines(items: Item[]): string {
  const visible = absorbLoosePunctuation(items.filter((i) => i.str.length > 0));
  const lines: Item[][] = [];
  const sorted = [...visible].sort((a, b) => b.y - a.y);
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.y - item.y) <= Math.max(2, item.height * 0.4));
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((a, b) => b[0]!.y - a[0]!.y);
  return lines
    .map((line) => {
      const rtlChars = line.reduce((n, i) => n + (i.rtl ? i.str.length : 0), 0);
      const total = line.reduce((n, i) => n + i.str.length, 0);
      const rtl = rtlChars > total / 2;
      line.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
      const inked = line.filter((item) => item.str.trim() !== '');
      const gaps = inked.slice(1).map((item, i) => (rtl ? inked[i]!.x - (item.x + item.width) : item.x - (inked[i]!.x + inked[i]!.width)) / item.height);
      let text = '';
      let previous: Item | undefined;
      let g = 0;
      for (const item of line) {
        if (item.str.trim() === '') {
          if (text && !/\s$/.test(text)) text += ' ';
          continue;
        }
        if (previous) {
          const gap = gaps[g++]! * item.height;
          if (!rtl && isColumnGap(gaps[g - 1]!, gaps)) text = `${text.trimEnd()}\t`;
          else if (!/\s$/.test(text) && !/^\s/.test(item.str) && gap > Math.max(1, item.height * 0.15)) text += ' ';
        }
        text += item.str;
        previous = item;
      }
      return text.replace(/[^\S\t]+/gu, ' ').replace(/ ?\t[\s]*/gu, '\t').trim();
    })
    .filter((l) => l.length > 0)
    .join('\n');
}

export async function readPdf(bytes: Uint8Array, budget: WorkBudget): Promise<DocumentText> {
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
      const items: Item[] = [];
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
