/**
 * PDF text layer through PDFium (see `pdfium.ts`), with each character's box: characters are
 * grouped into lines by height on the page and into words by the gaps between them, in visual
 * order whatever order the content stream drew them in (a right-to-left word is turned back into
 * reading order), and the words go through the same line and column rebuild as any positioned run
 * (`pdfLines.ts`: tabs between a table's columns). PDFium's own generated spaces and line breaks
 * are left out: the positions decide.
 *
 * Chosen over pdf.js (`unpdf`, kept as the bench's baseline in `test/bench/extraction/pdfjsReader.ts`)
 * by measurement: on the bench's 200-page report PDFium reads text and boxes in about a third of
 * pdf.js's time at half its memory, and it refuses what pdf.js refused with the same codes
 * (password: `encrypted`; cut or broken: `corrupt`). PDFium does not bound what it inflates: the
 * reading process's ceilings do (`isolatedExtraction.ts`).
 */
import { RejectedInputError } from '../contract.js';
import type { DocumentText } from '../documentText.js';
import type { WorkBudget } from '../limits.js';
import { newPdfium, type Pdfium } from './pdfium.js';
import { layoutLine, pageText, RTL_CHAR, type TextRun } from './pdfLines.js';

/** FPDF_GetLastError's code for a document that needs a password. */
const FPDF_ERR_PASSWORD = 4;

/** Structural checks first: PDFium, like pdf.js, recovers fragments from a cut file as if it were whole. */
export function checkStructure(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF') && !tail.includes('startxref')) {
    throw new RejectedInputError('corrupt', 'the PDF is truncated (no cross-reference table or %%EOF marker); upload the complete file');
  }
}

interface Glyph {
  /** The character; a space where the text has one (it separates words whatever the gap). */
  char: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** Its baseline: what a line's characters share, whatever their fonts (boxes follow each font's design). */
  baseline: number;
  /** Its place in the content stream (the order the text was written in). */
  index: number;
  /** The font size, in points: the unit gaps are measured in (a glyph's box depends on its font's design). */
  size: number;
  /** A letter written right to left. */
  rtl: boolean;
}

/** Letters written right to left (Arabic-Indic digits, which read left to right, excepted): ranges, not a pattern, as it runs per character. */
const isRightToLeft = (code: number) =>
  (code >= 0x0590 && code <= 0x08ff && !(code >= 0x0660 && code <= 0x0669) && !(code >= 0x06f0 && code <= 0x06f9)) ||
  (code >= 0xfb1d && code <= 0xfdff) ||
  (code >= 0xfe70 && code <= 0xfeff);

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);

/** Arabic presentation forms and Latin ligatures, as some fonts map their glyphs: read as the letters they are. */
const isPresentationForm = (code: number) => (code >= 0xfb00 && code <= 0xfb06) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);

const LETTER = /\p{L}/u;

/** What keeps its left-to-right order inside a right-to-left word: Latin letters and digits. */
const LEFT_TO_RIGHT = /[\p{Script=Latin}\p{Nd}]/u;

/** PDFium's code for a hyphen that ends a line (a real hyphen: kept, as pdf.js kept it). */
const LINE_END_HYPHEN = 0x02;

/** A gap between two letters, in font sizes, from which they belong to different words (a space is about 0.25). */
const WORD_GAP = 0.12;

/** Brackets as a right-to-left word gives them: the glyph drawn "(" at its left end is its closing bracket. */
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<' };

/**
 * A word's glyphs, given left to right as drawn, in reading order: a word with right-to-left
 * letters is read from its right end (brackets mirrored), the Latin letters and digits inside it
 * still left to right, and the letters of one ligature (Arabic lam-alef: one glyph, two letters)
 * in the order the text gives them: PDFium shares the glyph's box out among its letters left to
 * right, so in a word written right to left they are the one pair that follows each other in the
 * content stream from left to right.
 */
function readingOrder(glyphs: Glyph[], writtenRightToLeft: boolean): { text: string; rtl: boolean } {
  if (!glyphs.some((g) => g.rtl)) {
    let text = '';
    for (const g of glyphs) text += g.char;
    return { text, rtl: false };
  }
  const segments: Glyph[][] = [];
  for (const glyph of glyphs) {
    const last = segments[segments.length - 1];
    const lastGlyph = last?.[last.length - 1];
    const ligature = lastGlyph !== undefined && writtenRightToLeft && glyph.index === lastGlyph.index + 1 && LETTER.test(glyph.char) && LETTER.test(lastGlyph.char);
    const leftToRight = lastGlyph !== undefined && LEFT_TO_RIGHT.test(glyph.char) && LEFT_TO_RIGHT.test(lastGlyph.char);
    if (last && (ligature || leftToRight)) last.push(glyph);
    else segments.push([glyph]);
  }
  const text = segments
    .reverse()
    .map((segment) => segment.map((g) => (segment.length === 1 ? (MIRRORED[g.char] ?? g.char) : g.char)).join(''))
    .join('');
  return { text, rtl: true };
}

/** Whether the content stream gives a line's right-to-left letters from the right, as most producers write them. */
function writtenRightToLeft(line: Glyph[]): boolean {
  let backwards = 0;
  let forwards = 0;
  for (let i = 1; i < line.length; i++) {
    if (!line[i]!.rtl || !line[i - 1]!.rtl) continue;
    if (line[i]!.index < line[i - 1]!.index) backwards++;
    else forwards++;
  }
  return backwards > forwards;
}

function runOf(glyphs: Glyph[], rightToLeftStream = false): TextRun {
  const { text, rtl } = readingOrder(glyphs, rightToLeftStream);
  const first = glyphs[0]!;
  const last = glyphs[glyphs.length - 1]!;
  return {
    str: text,
    x: first.left,
    y: first.baseline,
    width: last.right - first.left,
    height: glyphs.reduce((most, g) => Math.max(most, g.size), 0),
    rtl: rtl || RTL_CHAR.test(text),
  };
}

/** Where two words are never in different columns (`pdfLines.ts` counts a column's gap from 1.2 font sizes). */
const PHRASE_GAP = 1.2;

/**
 * A left-to-right line's words joined into phrases where the gap between them can only be a space
 * (as the line rebuild would join them): a line of a few runs costs the rebuild far less than one
 * of every word and space, and it reads 700,000 characters in a 200-page report.
 */
function phrasesOf(runs: TextRun[]): TextRun[] {
  const phrases: TextRun[] = [];
  let spaced = false;
  for (const run of runs) {
    if (run.str === ' ') {
      spaced = true;
      continue;
    }
    const last = phrases[phrases.length - 1];
    const gap = last ? run.x - (last.x + last.width) : 0;
    if (last && gap <= PHRASE_GAP * run.height) {
      last.str += (spaced || gap > Math.max(1, run.height * 0.15) ? ' ' : '') + run.str;
      last.width = run.x + run.width - last.x;
      last.height = Math.max(last.height, run.height);
    } else phrases.push({ ...run });
    spaced = false;
  }
  return phrases;
}

/**
 * One page's characters as lines (top to bottom) of runs for the line rebuild: each word, and each
 * space between words (the rebuild turns it into one space, or a tab where the gap is a column's),
 * in visual order whatever order the content stream drew them in.
 */
function linesOf(glyphs: Glyph[]): TextRun[][] {
  const lines: TextRun[][] = [];
  const byHeight = [...glyphs].sort((a, b) => b.baseline - a.baseline);
  let line: Glyph[] = [];
  const flushLine = () => {
    const runs: TextRun[] = [];
    line.sort((a, b) => a.left - b.left);
    const rightToLeftStream = line.some((g) => g.rtl) && writtenRightToLeft(line);
    let word: Glyph[] = [];
    for (const glyph of line) {
      const previous = word[word.length - 1];
      if (glyph.char === ' ' || (previous && glyph.left - previous.right > WORD_GAP * glyph.size)) {
        if (word.length > 0) runs.push(runOf(word, rightToLeftStream));
        word = [];
      }
      if (glyph.char === ' ') runs.push(runOf([glyph]));
      else word.push(glyph);
    }
    if (word.length > 0) runs.push(runOf(word, rightToLeftStream));
    if (runs.length > 0) lines.push(line.some((g) => g.rtl) ? runs : phrasesOf(runs));
    line = [];
  };
  for (const glyph of byHeight) {
    const first = line[0];
    if (first && Math.abs(first.baseline - glyph.baseline) > Math.max(2, 0.4 * first.size)) flushLine();
    line.push(glyph);
  }
  flushLine();
  return lines;
}

/** Scratch memory for PDFium's answers: a rectangle of 4 floats, then a point of 2 doubles. */
const SCRATCH_BYTES = 32;
const ORIGIN_OFFSET = 16;

function pageGlyphs({ exports, heap }: Pdfium, textPage: number, scratch: number): Glyph[] {
  const glyphs: Glyph[] = [];
  const count = exports.FPDFText_CountChars(textPage);
  let { f32, f64 } = heap();
  for (let i = 0; i < count; i++) {
    // PDFium's own spaces and line breaks, added where it guesses them: the positions decide instead.
    if (exports.FPDFText_IsGenerated(textPage, i)) continue;
    const code = exports.FPDFText_GetUnicode(textPage, i);
    if (code < 0x20 && code !== LINE_END_HYPHEN) continue;
    if (!exports.FPDFText_GetLooseCharBox(textPage, i, scratch)) continue;
    if (!exports.FPDFText_GetCharOrigin(textPage, i, scratch + ORIGIN_OFFSET, scratch + ORIGIN_OFFSET + 8)) continue;
    // FS_RECTF: left, top, right, bottom; then x, y. Memory that grew leaves the old views empty.
    if (f32.length === 0) ({ f32, f64 } = heap());
    const r = scratch >> 2;
    const left = f32[r]!;
    const top = f32[r + 1]!;
    const right = f32[r + 2]!;
    const bottom = f32[r + 3]!;
    const baseline = f64[((scratch + ORIGIN_OFFSET) >> 3) + 1]!;
    const space = isSpace(code);
    // A space without width says nothing the gap does not (PDFium reports some inside numbers of right-to-left lines).
    if (space && right - left <= 0) continue;
    const char = code === LINE_END_HYPHEN ? '-' : space ? ' ' : isPresentationForm(code) ? String.fromCodePoint(code).normalize('NFKC') : String.fromCodePoint(code);
    const size = exports.FPDFText_GetFontSize(textPage, i) || top - bottom;
    glyphs.push({ char, left, top, right, bottom, baseline, index: i, size, rtl: isRightToLeft(code) });
  }
  return glyphs;
}

export async function readPdf(bytes: Uint8Array, budget: WorkBudget): Promise<DocumentText> {
  checkStructure(bytes);
  const pdfium = await newPdfium();
  const { exports } = pdfium;
  const data = exports.malloc(Math.max(1, bytes.length));
  pdfium.heap().u8.set(bytes, data);
  const scratch = exports.malloc(SCRATCH_BYTES);
  let document = 0;
  try {
    document = exports.FPDF_LoadMemDocument(data, bytes.length, 0);
    if (!document) {
      if (exports.FPDF_GetLastError() === FPDF_ERR_PASSWORD) {
        throw new RejectedInputError('encrypted', 'the PDF is password-protected; send it without a password');
      }
      throw new RejectedInputError('corrupt', 'the PDF cannot be read (its structure is broken); save it again from its original application');
    }
    const pageCount = exports.FPDF_GetPageCount(document);
    if (pageCount > budget.limits.maxPdfPages) {
      throw new RejectedInputError('too_large', `the PDF has ${pageCount} pages (limit ${budget.limits.maxPdfPages}); split it`);
    }
    const pages: string[] = [];
    let chars = 0;
    for (let index = 0; index < pageCount && chars <= budget.limits.maxTextChars; index++) {
      budget.check(`page ${index + 1}`);
      const page = exports.FPDF_LoadPage(document, index);
      // A page PDFium cannot load is read as empty, as pdf.js's lenient mode did: the rest still counts.
      const textPage = page ? exports.FPDFText_LoadPage(page) : 0;
      const text = textPage ? pageText(linesOf(pageGlyphs(pdfium, textPage, scratch)).map(layoutLine).filter((l) => l !== undefined)) : '';
      if (textPage) exports.FPDFText_ClosePage(textPage);
      if (page) exports.FPDF_ClosePage(page);
      pages.push(text);
      chars += text.length;
    }
    const letters = pages.join('').replace(/[\s\d\p{P}]/gu, '').length;
    if (letters < 20) {
      throw new RejectedInputError('no_text', `the PDF has no text layer (${pageCount} page(s) of images); it needs OCR, or send the original document`);
    }
    return { pages, paged: true, warnings: [] };
  } finally {
    if (document) exports.FPDF_CloseDocument(document);
    exports.free(scratch);
    exports.free(data);
  }
}
