/**
 * Page furniture: the running header and footer lines a paged document repeats at the top or bottom of its pages (a page
 * number, "Página 2 de 3", the document's symbol, a running title). They belong to the page, not to the text: a table or a
 * paragraph that goes on over a page break goes on past them, as it goes on past the footnotes at a page's foot.
 */
import { escapeRegExp } from './textFolding.js';

/** How many lines at each end of a page a header or footer may take. */
const EDGE_LINES = 3;

/** A line's shape across pages: its numbers (the page's own) and its spacing set aside. */
const shapeOf = (line: string): string => line.trim().replace(/\s+/gu, ' ').replace(/[\d٠-٩]+/gu, '#').toLowerCase();

/** A document's symbol ("S/AC.44/2025/14", "A/80/123"). */
const SYMBOL = /^\s*[A-Z]+(?:\/[A-Z0-9.-]+){2,}\s*$/u;

/**
 * The UN's own page furniture, known by its form where a page's edge changes it (the first page's job number "26-01877 (E)",
 * the later ones' "26-01877"; the symbol alone, then with "— 3/3" after it): the document's symbol with or without its page
 * number, and the job number with or without its language letter. Neither is ever a line of a document's own text.
 */
const UN_PAGE_MARK = /^\s*(?:[A-Z]+(?:\/[A-Z0-9.-]+){2,}(?:\s*[—–-]?\s*\d+(?:\s*\/\s*\d+)?)?|\d+(?:\s*\/\s*\d+)?\s*[—–-]?\s*[A-Z]+(?:\/[A-Z0-9.-]+){2,}|\d{2}-\d{5}(?:\s*\([A-Z]\))?)\s*$/u;

/** A number alone on its line, perhaps between dashes or in brackets ("2", "- 2 -", "(2)"). */
const NUMBER_ALONE = /^[^\S\n]*[-–—(]?[^\S\n]*(\d{1,4})[^\S\n]*[-–—)]?[^\S\n]*$/u;

/**
 * Whether an edge line is the page's own number, alone on its line: a page that alone gives its number (the first page
 * unnumbered, "- 2 -" on the second) numbers it as its place in the document, whereas a number of the text would match it
 * only by chance at a page's edge.
 */
function ownPageNumber(line: string, page: number): boolean {
  const number = NUMBER_ALONE.exec(line)?.[1];
  return number !== undefined && Number(number) === page + 1;
}

/** The indexes of a page's first and last non-empty lines, where headers and footers stand. */
function edgeLines(lines: readonly string[]): number[] {
  const filled = lines.flatMap((l, k) => (l.trim() ? [k] : []));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/**
 * The pages without the lines repeated at their edges on two pages or more. A line is furniture by its shape: a page number
 * goes up with the page ("2", "- 3 -", "Page 2 of 5"), a symbol or a running title stays the same. A table row (its cells
 * apart) counts only where it numbers the page (a footer of a title and a page number): a table's header repeated over each
 * page is the table's own, as is a word or two at a page's edge (a cell "Yes", "In force"). The first page's top is left to
 * the UN header block, whose symbol the later pages repeat.
 */
export function withoutPageFurniture(pages: readonly string[]): string[] {
  if (pages.length < 2) return [...pages];
  const split = pages.map((p) => p.split('\n'));
  const seen = new Map<string, { page: number; text: string }[]>();
  split.forEach((lines, page) => {
    for (const k of edgeLines(lines)) {
      const shape = shapeOf(lines[k]!);
      const at = { page, text: lines[k]!.trim() };
      const seenAt = seen.get(shape);
      if (seenAt) seenAt.push(at);
      else seen.set(shape, [at]);
    }
  });
  // Decided once per shape: a long document repeats the same edge lines on hundreds of pages.
  const verdicts = new Map<string, boolean>();
  const furnitureShape = (shape: string): boolean => {
    const seenAt = seen.get(shape) ?? [];
    if (new Set(seenAt.map((s) => s.page)).size < 2) return false;
    if (pageNumbered(seenAt)) return true;
    // The same text on every page: the line is that text (its shape is what was seen).
    const texts = new Set(seenAt.map((s) => s.text));
    const [text] = texts;
    return texts.size === 1 && !text!.includes('\t') && (text!.replace(/[^\p{L}]/gu, '').length >= 12 || SYMBOL.test(text!));
  };
  const furniture = (line: string): boolean => {
    const shape = shapeOf(line);
    let verdict = verdicts.get(shape);
    if (verdict === undefined) verdicts.set(shape, (verdict = furnitureShape(shape)));
    return verdict;
  };
  return split.map((lines, page) => {
    // A page's number stands at its very edge: its first or last line.
    const outermost = [lines.findIndex((l) => l.trim() !== ''), lines.findLastIndex((l) => l.trim() !== '')];
    const numbered = (k: number) => outermost.includes(k) && ownPageNumber(lines[k]!, page);
    const edges = new Set(edgeLines(lines).filter((k) => (furniture(lines[k]!) || UN_PAGE_MARK.test(lines[k]!) || numbered(k)) && (page > 0 || k > lines.length / 2)));
    return lines.filter((_, k) => !edges.has(k)).join('\n');
  });
}

/** Whether one of the numbers of a line seen on several pages goes up with the page (a page number, whatever it starts at). */
function pageNumbered(seenAt: readonly { page: number; text: string }[]): boolean {
  const numbers = seenAt.map((s) => (s.text.match(/\d+/gu) ?? []).map(Number));
  return (numbers[0] ?? []).some((_, i) => new Set(numbers.map((n, k) => (n[i] ?? NaN) - seenAt[k]!.page)).size === 1);
}

/** The rule that sets a page's footnotes off from its text: a line of underscores or dashes and nothing else. */
const FOOTNOTE_RULE = /^[^\S\n]*[_\u2014\u2015-]{5,}[^\S\n]*$/u;
/**
 * A footnote opens with its mark: superscript figures, a figure in brackets, a figure or asterisks before the note's text, or
 * a circled figure ("①"), as Chinese and Japanese mark their notes.
 */
const FOOTNOTE_MARK = /^[^\S\n]*([\u00B9\u00B2\u00B3\u2070-\u2079]+|\(\d{1,2}\)|\d{1,2}(?=[^\S\n])|\*{1,3}|[\u2460-\u2473])[^\S\n]*/u;
/** A note marked by a circled figure ("① 电子邮件：…"), which may stand at a page's foot with no rule above it. */
const CIRCLED_NOTE = /^[^\S\n]*([\u2460-\u2473])/u;

/**
 * Where the notes marked by circled figures start at a page's foot, with no rule above them: its last lines, each opening
 * with such a figure that a word of the page above carries ("博士①"). A list numbered with circled figures opens its lines
 * with them, and no word carries them: it is the text's. -1 when the page's foot holds no such notes.
 */
function unruledNotesStart(lines: readonly string[]): number {
  let start = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (!lines[k]!.trim()) continue;
    const mark = CIRCLED_NOTE.exec(lines[k]!)?.[1];
    if (!mark) break;
    start = k;
  }
  if (start < 0) return -1;
  const body = lines.slice(0, start).join('\n');
  const marks = lines.slice(start).flatMap((line) => CIRCLED_NOTE.exec(line)?.[1] ?? []);
  return marks.every((mark) => new RegExp(`\\p{L}${mark}`, 'u').test(body)) ? start : -1;
}

type Footnote = { mark: string; text: string };

/** A page's footnotes, under the last rule in its lower half, and the page without them. */
function footnotesOf(page: string): { body: string; notes: Footnote[] } {
  const lines = page.split('\n');
  const ruled = lines.findLastIndex((l) => FOOTNOTE_RULE.test(l));
  const unruled = ruled < lines.length / 2 ? unruledNotesStart(lines) : -1;
  // Notes with no rule above them start where the rule would stand.
  const rule = unruled >= 0 ? unruled - 1 : ruled;
  const firstNote = lines.findIndex((l, k) => k > rule && l.trim() !== '');
  if ((unruled < 0 && rule < lines.length / 2) || firstNote < 0 || !FOOTNOTE_MARK.test(lines[firstNote]!)) return { body: page, notes: [] };
  const notes: Footnote[] = [];
  for (const line of lines.slice(firstNote)) {
    const mark = FOOTNOTE_MARK.exec(line);
    if (mark) notes.push({ mark: mark[1]!, text: line.slice(mark[0].length).trim() });
    else if (line.trim()) notes[notes.length - 1]!.text += ` ${line.trim()}`;
  }
  return { body: lines.slice(0, unruled >= 0 ? unruled : rule).join('\n'), notes };
}

/**
 * The pages with each page's footnotes (under the rule at its foot) taken from the foot to the word their mark is set on
 * ("Pavlović¹" gives "Pavlović (Uprava carina, …; n.pavlovic@…)"): a paragraph that goes on over the page break goes on past
 * them, and what a note says of a person (their address) stands beside the person's name. A note whose mark is found on no
 * word of its page is looked for on the next one (a sentence the break cut, its note kept at the foot where it started),
 * and given after the last page where it is not there either.
 */
export function withFootnotesAtTheirMarks(pages: readonly string[]): string[] {
  const unplaced: string[] = [];
  const read = pages.map(footnotesOf);
  const bodies = read.map(({ body }) => body);
  read.forEach(({ notes }, page) => {
    for (const note of notes) {
      // The mark follows its word, at once or after a space where it is a figure in brackets ("Keïta (1)"). A circled figure
      // is a mark wherever it stands, and Chinese goes on with its sentence right after it ("博士①协调").
      const after = CIRCLED_NOTE.test(note.mark) ? '' : '(?![\\d\\p{L}])';
      const onWord = new RegExp(`(?<=\\p{L}\\p{M}*)${note.mark.startsWith('(') ? '[^\\S\\n]?' : ''}${escapeRegExp(note.mark)}${after}`, 'u');
      // Not on a next page whose own notes have this mark (numbered again from each page's first).
      const next = page + 1 < bodies.length && !read[page + 1]!.notes.some((other) => other.mark === note.mark) ? [page + 1] : [];
      const on = [page, ...next].find((k) => onWord.test(bodies[k]!));
      if (on === undefined) {
        unplaced.push(note.text);
        continue;
      }
      const at = onWord.exec(bodies[on]!)!;
      bodies[on] = `${bodies[on]!.slice(0, at.index)} (${note.text})${bodies[on]!.slice(at.index + at[0].length)}`;
    }
  });
  return unplaced.length ? [...bodies, unplaced.join('\n\n')] : bodies;
}

/** Text that leaves its sentence open: it ends with a word (no stop after it) or a comma. */
const LEAVES_SENTENCE_OPEN = /[\p{L},][^\S\n]*$/u;
/** Text that goes on with a sentence: it opens with a word in lower case. */
const GOES_ON_WITH_SENTENCE = /^[^\S\n]*\p{Ll}/u;

/**
 * Whether a page break cut one sentence, `before` ending one page and `after` opening the next: the first leaves its sentence
 * open and the second carries it on ("… tampoco se han establecido" / "sanciones por infracciones …"). Read whole, as a line
 * broken inside a page is.
 */
export function sentenceRunsOnAcrossBreak(before: string, after: string): boolean {
  return LEAVES_SENTENCE_OPEN.test(before) && GOES_ON_WITH_SENTENCE.test(after);
}

/**
 * A line that leaves a sentence open in a script with no capitals, Arabic or Chinese, its last letter or a comma at its end,
 * and a line that opens with a letter of such a script: with no lower case to tell a sentence's going on from a heading's
 * start, a page break between them is read as one that cut the sentence ("… العقيد/ سالم بن حمد" / "البوسعيدي، مدير …").
 */
const LEAVES_CASELESS_SENTENCE_OPEN = /[\p{Script=Arabic}\p{Script=Han}][^\S\n]*[،，,]?[^\S\n]*$/u;
const OPENS_WITH_CASELESS_LETTER = /^[^\S\n]*[\p{Script=Arabic}\p{Script=Han}]/u;

/** The page's lines without the blank ones at its end. */
function withoutBlankEnd(lines: readonly string[]): string[] {
  const end = lines.findLastIndex((line) => line.trim() !== '');
  return lines.slice(0, end + 1);
}

/**
 * The pages with what a page break cuts going on across it, the blank lines of the pages' margins between its parts dropped:
 * a table's line at a page's foot goes on with the table's line at the next page's top, past a running header that page
 * alone gives (one line with no cells between two lines of cells: furniture by its place, where it is seen once), and a
 * page's last line that leaves its sentence open goes on with the next page's first line that carries it on ("… начальник
 * отдела Государственной" / "таможенной службы" / "- 2 -" / "тел.: …"). A row or a sentence cut so is read whole; the
 * blank lines would part it as two paragraphs.
 */
export function withBreaksRunningOn(pages: readonly string[]): string[] {
  const out = [...pages];
  for (let k = 1; k < out.length; k++) {
    const above = withoutBlankEnd(out[k - 1]!.split('\n'));
    const last = above.at(-1);
    const lines = out[k]!.split('\n');
    const filled = lines.flatMap((line, at) => (line.trim() ? [at] : []));
    if (last === undefined || filled.length === 0) continue;
    let first = filled[0]!;
    if (last.includes('\t')) {
      if (!lines[first]!.includes('\t')) {
        const second = filled[1];
        if (second === undefined || !lines[second]!.includes('\t')) continue;
        first = second;
      }
    } else if (!sentenceRunsOnAcrossBreak(last, lines[first]!) && !(LEAVES_CASELESS_SENTENCE_OPEN.test(last) && OPENS_WITH_CASELESS_LETTER.test(lines[first]!))) continue;
    out[k - 1] = above.join('\n');
    out[k] = lines.slice(first).join('\n');
  }
  return out;
}
