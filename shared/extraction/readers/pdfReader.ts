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
import type { ExtractionLimits, WorkBudget } from '../limits.js';
import { type PageClaims, PAGES_FOR_A_SECOND_THREAD, pagesShared, type SharedPages } from './pdfPageThread.js';
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

/**
 * Words closer than this (in font sizes) are one phrase: wider than a justified line's spaces, and
 * narrow enough that a table's tight column gap starts a run of its own, which `pdfLines.ts` splits
 * off where the table's other lines have a cell starting at the same place.
 */
const PHRASE_GAP = 0.6;

/**
 * One page's characters, as arrays rather than an object each: a 200-page report has 700,000 of
 * them, and the garbage of one object a character costs more than the arrays.
 */
interface PageGlyphs {
  count: number;
  chars: string[];
  left: Float64Array;
  right: Float64Array;
  top: Float64Array;
  bottom: Float64Array;
  baseline: Float64Array;
  size: Float64Array;
  index: Int32Array;
  rtl: Uint8Array;
}

const glyphAt = (g: PageGlyphs, i: number): Glyph => ({
  char: g.chars[i]!, left: g.left[i]!, right: g.right[i]!, top: g.top[i]!, bottom: g.bottom[i]!,
  baseline: g.baseline[i]!, index: g.index[i]!, size: g.size[i]!, rtl: g.rtl[i] === 1,
});

/** A line with right-to-left letters: word by word, each put in reading order (rare enough for objects). */
function rightToLeftRuns(line: Glyph[]): TextRun[] {
  const runs: TextRun[] = [];
  const rightToLeftStream = writtenRightToLeft(line);
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
  return runs;
}

/**
 * A left-to-right line (glyph numbers, left to right) as phrases: letters closer than a word gap
 * are one word; words closer than a column's gap (`PHRASE_GAP`) one phrase, with a space between
 * them where the text has one or the gap is a space's, as the line rebuild would join them. A
 * character drawn over the text before it (`inVisualOrder`) starts a run: another cell's text.
 */
function leftToRightRuns(g: PageGlyphs, line: number[]): TextRun[] {
  const runs: TextRun[] = [];
  // Each run's characters are gathered and joined once: a string grown a character at a time is a
  // chain of 700,000 small strings over a 200-page report, each allocated and later flattened.
  const pieces: string[][] = [];
  let run: TextRun | undefined;
  let piece: string[] = [];
  /** The current run's length so far (where an unspaced word starts in it). */
  let length = 0;
  let right = 0;
  let previous: number | undefined;
  let spaced = false;
  for (const i of line) {
    if (g.chars[i] === ' ') {
      spaced = true;
      continue;
    }
    const size = g.size[i]!;
    const gap = g.left[i]! - right;
    if (run && previous !== undefined && drawnOver(g, previous, i)) run = undefined;
    if (run && !spaced && gap <= WORD_GAP * size) {
      piece.push(g.chars[i]!);
      length += g.chars[i]!.length;
    } else if (run && gap <= PHRASE_GAP * size) {
      const unspaced = !spaced && gap > Math.max(1, size * 0.15);
      if (spaced || unspaced) {
        piece.push(' ');
        length++;
      }
      if (unspaced) (run.unspacedStarts ??= []).push({ at: length, x: g.left[i]!, gap: gap / size });
      piece.push(g.chars[i]!);
      length += g.chars[i]!.length;
    } else {
      run = { str: '', x: g.left[i]!, y: g.baseline[i]!, width: 0, height: 0, rtl: false };
      length = g.chars[i]!.length;
      runs.push(run);
      piece = [g.chars[i]!];
      pieces.push(piece);
    }
    right = g.right[i]!;
    previous = i;
    run.width = right - run.x;
    run.height = Math.max(run.height, size);
    spaced = false;
  }
  runs.forEach((r, k) => (r.str = pieces[k]!.join('')));
  return runs;
}

/**
 * How far (in font sizes) a character may start before the one drawn before it and still be the
 * next letter of its word: an accent drawn over the letter before it starts a little before that
 * letter's end, never this far before its start.
 */
const DRAWN_BACK = 0.3;

/** Whether character `i` is drawn over the text before it (`previous`): another text, not the next letter. */
const drawnOver = (g: PageGlyphs, previous: number, i: number) => g.left[i]! < g.left[previous]! - DRAWN_BACK * g.size[i]!;

/**
 * A line's characters (glyph numbers, as drawn) left to right: each word as drawn (characters that
 * follow each other rightwards, no wider apart than a word's letters, a space a word of its own),
 * the words by where they start. A cell's text that runs on past its column (an e-mail address too
 * long for a narrow cell) is written over the start of the next cell's text: character by
 * character, the two would mix ("e.karamanli@mfa.exa+m3p0l e2.1g0o v"); word by word, each stays
 * whole, the one drawn over the other starting a run of its own (`leftToRightRuns`). Characters
 * drawn afterwards into the room left for them (the dots of an address) are words of their own.
 */
function inVisualOrder(g: PageGlyphs, line: number[]): number[] {
  const words: number[][] = [];
  let word: number[] = [];
  for (const i of line) {
    const previous = word[word.length - 1];
    const apart = previous !== undefined && (drawnOver(g, previous, i) || g.left[i]! - g.right[previous]! > WORD_GAP * g.size[i]!);
    if (previous !== undefined && (apart || g.chars[i] === ' ' || g.chars[previous] === ' ')) {
      words.push(word);
      word = [];
    }
    word.push(i);
  }
  words.push(word);
  return words.sort((a, b) => g.left[a[0]!]! - g.left[b[0]!]!).flat();
}

/**
 * One page's characters as lines (top to bottom) of runs for the line rebuild, in visual order
 * whatever order the content stream drew them in: a line is the characters whose baselines are
 * within 0.4 font sizes of its highest one. Most content streams draw line after line, left to
 * right: the characters are taken in stretches on one baseline as drawn, and only the stretches
 * are sorted, and a line's characters only where they are out of order (sorting every character
 * of a 200-page report by position costs more than reading it).
 */
function linesOf(g: PageGlyphs): TextRun[][] {
  const within = (a: number, b: number) => Math.abs(g.baseline[a]! - g.baseline[b]!) <= Math.max(2, 0.4 * g.size[a]!);
  const stretches: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < g.count; i++) {
    const current = stretches[stretches.length - 1];
    if (current && within(current.start, i)) current.end = i + 1;
    else stretches.push({ start: i, end: i + 1 });
  }
  stretches.sort((a, b) => g.baseline[b.start]! - g.baseline[a.start]!);
  const lines: TextRun[][] = [];
  for (let k = 0; k < stretches.length; ) {
    const first = stretches[k]!.start;
    const line: number[] = [];
    for (; k < stretches.length && within(first, stretches[k]!.start); k++) {
      for (let i = stretches[k]!.start; i < stretches[k]!.end; i++) line.push(i);
    }
    const outOfOrder = line.some((i, n) => n > 0 && g.left[i]! < g.left[line[n - 1]!]!);
    // A right-to-left line is drawn backwards letter by letter, narrow letters by less than `DRAWN_BACK`: it is sorted
    // letter by letter (its words are put back in reading order afterwards).
    const rightToLeft = line.some((i) => g.rtl[i] === 1);
    if (rightToLeft && outOfOrder) line.sort((a, b) => g.left[a]! - g.left[b]!);
    const runs = rightToLeft ? rightToLeftRuns(line.map((i) => glyphAt(g, i))) : leftToRightRuns(g, outOfOrder ? inVisualOrder(g, line) : line);
    if (runs.length > 0) lines.push(runs);
  }
  return lines;
}

/** Scratch memory for PDFium's answers: a rectangle of 4 floats, then a point of 2 doubles. */
const SCRATCH_BYTES = 32;
const ORIGIN_OFFSET = 16;

/** What PDFium's page text holds where a character has no Unicode of its own (a line-end hyphen, a glyph mapped to 0). */
const NO_UNICODE = 0xfffe;

/**
 * The page's characters as PDFium's page text gives them, in one call rather than one a character:
 * only where it has exactly one UTF-16 unit for each character, so that its units line up with the
 * characters' indices. PDFium leaves some out of that text (control codes, glyphs without a code)
 * and writes a character beyond the BMP as two units: such a page is read a character at a time.
 */
function pageUnits({ exports, heap }: Pdfium, textPage: number, total: number): Uint16Array | undefined {
  // Room for two units a character and the terminator: what PDFium writes whatever the text.
  const buffer = exports.malloc((2 * total + 2) * 2);
  try {
    if (exports.FPDFText_GetText(textPage, 0, total, buffer) !== total + 1) return undefined;
    const units = new Uint16Array(heap().u8.buffer, buffer, total).slice();
    for (const unit of units) if (unit >= 0xd800 && unit <= 0xdfff) return undefined;
    return units;
  } finally {
    exports.free(buffer);
  }
}

/**
 * The arrays one page's characters are read into, kept for the next page (read the same way, one
 * page at a time): a new set for every page of a 200-page report is 1,800 buffers to allocate,
 * zero and collect. Grown to the longest page read so far.
 */
let pageArrays: PageGlyphs | undefined;

function emptyPageGlyphs(total: number): PageGlyphs {
  if (pageArrays && pageArrays.left.length >= total) {
    pageArrays.count = 0;
    pageArrays.chars.length = 0;
    return pageArrays;
  }
  const room = Math.max(total, 2 * (pageArrays?.left.length ?? 0));
  pageArrays = {
    count: 0, chars: [], left: new Float64Array(room), right: new Float64Array(room), top: new Float64Array(room), bottom: new Float64Array(room),
    baseline: new Float64Array(room), size: new Float64Array(room), index: new Int32Array(room), rtl: new Uint8Array(room),
  };
  return pageArrays;
}

function pageGlyphs(pdfium: Pdfium, textPage: number, scratch: number): PageGlyphs {
  const { exports, heap } = pdfium;
  const total = exports.FPDFText_CountChars(textPage);
  const g = emptyPageGlyphs(total);
  const units = total > 0 ? pageUnits(pdfium, textPage, total) : undefined;
  let { f32, f64 } = heap();
  for (let i = 0; i < total; i++) {
    let code = units ? units[i]! : exports.FPDFText_GetUnicode(textPage, i);
    if (code === NO_UNICODE) code = exports.FPDFText_GetUnicode(textPage, i);
    // PDFium's own spaces and line breaks, added where it guesses them, are left out (the positions
    // decide instead): its line breaks are control codes, and its spaces have no width (below).
    if (code < 0x20 && code !== LINE_END_HYPHEN) continue;
    if (!exports.FPDFText_GetLooseCharBox(textPage, i, scratch)) continue;
    if (!exports.FPDFText_GetCharOrigin(textPage, i, scratch + ORIGIN_OFFSET, scratch + ORIGIN_OFFSET + 8)) continue;
    // FS_RECTF: left, top, right, bottom; then x, y. Memory that grew leaves the old views empty.
    if (f32.length === 0) ({ f32, f64 } = heap());
    const r = scratch >> 2;
    const left = f32[r]!;
    const right = f32[r + 2]!;
    const space = isSpace(code);
    // A space without width says nothing the gap does not: PDFium's generated spaces (a point at
    // the previous character's end), and some it reports inside numbers of right-to-left lines.
    if (space && right - left <= 0) continue;
    const n = g.count++;
    g.chars.push(code === LINE_END_HYPHEN ? '-' : space ? ' ' : isPresentationForm(code) ? String.fromCodePoint(code).normalize('NFKC') : String.fromCodePoint(code));
    g.left[n] = left;
    g.right[n] = right;
    g.top[n] = f32[r + 1]!;
    g.bottom[n] = f32[r + 3]!;
    g.baseline[n] = f64[((scratch + ORIGIN_OFFSET) >> 3) + 1]!;
    g.size[n] = exports.FPDFText_GetFontSize(textPage, i) || g.top[n]! - g.bottom[n]!;
    g.index[n] = i;
    g.rtl[n] = isRightToLeft(code) ? 1 : 0;
  }
  return g;
}

/** A document open in a PDFium instance, with the scratch memory its characters are read through. */
interface OpenPdf {
  pdfium: Pdfium;
  document: number;
  scratch: number;
  pageCount: number;
}

/**
 * Opens `bytes` in a new PDFium instance for `read`, and closes it afterwards whatever happens:
 * refused here if it needs a password or cannot be opened, or has more pages than the limits allow.
 */
async function withOpenPdf<T>(bytes: Uint8Array, limits: ExtractionLimits, read: (pdf: OpenPdf) => Promise<T>): Promise<T> {
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
    if (pageCount > limits.maxPdfPages) {
      throw new RejectedInputError('too_large', `the PDF has ${pageCount} pages (limit ${limits.maxPdfPages}); split it`);
    }
    return await read({ pdfium, document, scratch, pageCount });
  } finally {
    if (document) exports.FPDF_CloseDocument(document);
    exports.free(scratch);
    exports.free(data);
  }
}

/** One page's text; a page PDFium cannot load is read as empty, as pdf.js's lenient mode did: the rest still counts. */
function pageTextAt({ pdfium, document, scratch }: OpenPdf, index: number): string {
  const { exports } = pdfium;
  const page = exports.FPDF_LoadPage(document, index);
  const textPage = page ? exports.FPDFText_LoadPage(page) : 0;
  const text = textPage ? pageText(linesOf(pageGlyphs(pdfium, textPage, scratch)).map(layoutLine).filter((l) => l !== undefined)) : '';
  if (textPage) exports.FPDFText_ClosePage(textPage);
  if (page) exports.FPDF_ClosePage(page);
  return text;
}

/**
 * The text of pages `from` to `to` (not included), page by page within the budget, until they hold
 * more than the limit's characters (the pages after that are not read: the text is cut there anyway);
 * pages in `readAlready` (read by the two threads sharing a document) are taken from there.
 */
function pagesIn(pdf: OpenPdf, from: number, to: number, budget: WorkBudget, readAlready: ReadonlyMap<number, string> = new Map()): string[] {
  const pages: string[] = [];
  let chars = 0;
  for (let index = from; index < to && chars <= budget.limits.maxTextChars; index++) {
    let text = readAlready.get(index);
    if (text === undefined) {
      budget.check(`page ${index + 1}`);
      text = pageTextAt(pdf, index);
    }
    pages.push(text);
    chars += text.length;
  }
  return pages;
}

/** Pages `from` to `to` of `bytes`, read in this thread alone (the text a shared reading must equal). */
export function readPdfPages(bytes: Uint8Array, from: number, to: number, budget: WorkBudget): Promise<string[]> {
  return withOpenPdf(bytes, budget.limits, async (pdf) => pagesIn(pdf, from, Math.min(to, pdf.pageCount), budget));
}

/**
 * Pages claimed one at a time from `end` of a shared document and read, until none is left or the
 * pages read here hold more than the limit's characters (the text is cut before what is left).
 */
function claimedPages(pdf: OpenPdf, claims: PageClaims, end: 'first' | 'last', budget: WorkBudget): Map<number, string> {
  const pages = new Map<number, string>();
  claims.open(pdf.pageCount);
  const claimNext = () => {
    budget.check(`${pages.size} of its ${pdf.pageCount} pages`);
    return claims.claim(end);
  };
  let chars = 0;
  // The time is checked before each claim: a reader out of time refuses even where the other has taken the pages left.
  for (let index = claimNext(); index !== undefined; index = chars <= budget.limits.maxTextChars ? claimNext() : undefined) {
    const text = pageTextAt(pdf, index);
    pages.set(index, text);
    chars += text.length;
  }
  return pages;
}

/** The page-reading thread's share of a long document: its pages from the last one back (see pdfPageThread.ts). */
export function readSharePages(bytes: Uint8Array, claims: PageClaims, budget: WorkBudget): Promise<Map<number, string>> {
  return withOpenPdf(bytes, budget.limits, async (pdf) => (pdf.pageCount >= PAGES_FOR_A_SECOND_THREAD ? claimedPages(pdf, claims, 'last', budget) : new Map()));
}

/**
 * A long document's pages read with the page-reading thread, this thread from the first page on:
 * in order, up to the page that passes the characters' limit, as one thread reading alone would
 * stop there. A page the thread claimed but could not deliver (it stopped) is read here.
 */
async function sharedReading(pdf: OpenPdf, share: SharedPages, budget: WorkBudget): Promise<string[]> {
  const mine = claimedPages(pdf, share.claims, 'first', budget);
  const theirs = await share.aside;
  return pagesIn(pdf, 0, pdf.pageCount, budget, new Map([...(theirs ?? []), ...mine]));
}

/** What is neither space, digit nor punctuation: a letter or a symbol of the text. */
const TEXT_CHARACTER = /[^\s\d\p{P}]/gu;

/**
 * Whether `pages` hold at least `count` letters (counted in UTF-16 units, as a string's length counts): looked for one
 * by one until there are enough, rather than counted over the whole text (a text layer has them on its first line).
 */
function hasLetters(pages: readonly string[], count: number): boolean {
  let found = 0;
  for (const page of pages) {
    TEXT_CHARACTER.lastIndex = 0;
    for (let m = TEXT_CHARACTER.exec(page); m && found < count; m = TEXT_CHARACTER.exec(page)) found += m[0].length;
    if (found >= count) return true;
  }
  return false;
}

export async function readPdf(bytes: Uint8Array, budget: WorkBudget): Promise<DocumentText> {
  return withOpenPdf(bytes, budget.limits, async (pdf) => {
    const share = pdf.pageCount >= PAGES_FOR_A_SECOND_THREAD ? pagesShared(bytes, budget.limits, budget.deadline) : undefined;
    const pages = share ? await sharedReading(pdf, share, budget) : pagesIn(pdf, 0, pdf.pageCount, budget);
    if (!hasLetters(pages, 20)) {
      throw new RejectedInputError('no_text', `the PDF has no text layer (${pdf.pageCount} page(s) of images); it needs OCR, or send the original document`);
    }
    return { pages, paged: true, warnings: [] };
  });
}
