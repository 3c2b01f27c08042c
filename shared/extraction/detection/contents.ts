/**
 * A table of contents: its entries name the document's sections and describe nothing, neither a
 * measure ("VI. Export controls") nor what the document is ("VII. Contact for further information").
 */
import { anyOf, fold } from './textFolding.js';

const HEADING_WORD = '(table of contents|contents|table des matières|sommaire|índice|contenido|содержание|оглавление|目\\s*录|المحتويات|الفهرس)';

/** The heading of a table of contents, alone on its line. */
export const CONTENTS_HEADING = anyOf([`^[\\s\\d.:#*-]*${HEADING_WORD}[\\s.:：]*$`]);

/**
 * A table of contents written inline, its entries after the heading word and a colon ("Contents: I. Introduction; II.
 * Operative paragraph 1; …", "Sommaire : …", "Índice: …", "Содержание: …", "目录：…", "المحتويات: …"): the sentence splitter
 * cuts it at its entry numbers, so the whole paragraph is skipped.
 */
export const INLINE_CONTENTS = anyOf([`^[\\s\\d.#*-]*${HEADING_WORD}\\s*[:：]\\s*[^\\s]`]);

/** An entry as the body repeats it as a heading: without its page number or dot leaders. */
const entryKey = (line: string) => fold(line).trim().replace(/[\s.…·_-]*\d*$/u, '');

/**
 * The text without the entries of its tables of contents. A list of entries ends where the body
 * begins, with the first entry's heading again ("I. Introduction"); a list whose first entry does
 * not come back within 60 lines is kept, for nothing says where it ends.
 */
export function withoutContentsEntries(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const folded = fold(lines[i]!).trim();
    if (INLINE_CONTENTS.test(folded)) continue;
    kept.push(lines[i]!);
    if (!CONTENTS_HEADING.test(folded)) continue;
    let first = i + 1;
    while (first < lines.length && lines[first]!.trim() === '') first++;
    const key = entryKey(lines[first] ?? '');
    if (key === '') continue;
    for (let j = first + 1; j < lines.length && j <= first + 60; j++) {
      if (entryKey(lines[j]!) === key) {
        i = j - 1;
        break;
      }
    }
  }
  return kept.join('\n');
}
