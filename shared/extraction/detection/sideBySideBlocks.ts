/**
 * Persons set out side by side: a note may give two or three persons as columns of one block, each column a person's
 * name, post, body, telephone and address on lines of their own ("Ms. A⇥Mr. B" / "Director⇥Deputy Director" / … /
 * "E-mail: a@…⇥E-mail: b@…"). A PDF or a DOCX table reads such a block line by line across the columns, so that each line
 * holds one line of every person. Read as written there, each address would take the name of the person beside it, or
 * none; read column by column, each person is a row of their own, as the reader sees them.
 */
import { E_MAIL_ADDRESS } from './emailAddress.js';

const cellsOf = (line: string): string[] => line.replace(/\r$/u, '').split('\t');

/** A cell that gives an address after its label and colon ("E-mail: x@…", "البريد الإلكتروني: x@…"): a field of a person. */
const LABELLED_ADDRESS_CELL = new RegExp(`^[^\\S\\n]*[^\\s:：@][^:：@\\t]{0,40}[:：][^\\S\\n]*${E_MAIL_ADDRESS.source}`, 'u');

/** A cell's text after the label that opens it ("Contact person: Ms. A" gives "Ms. A"), or nothing. */
const afterLabel = (cell: string): string => /^[^\S\n]*[^\s:：@][^:：@\t]{0,40}[:：][^\S\n]*(.*)$/u.exec(cell)?.[1] ?? '';

/**
 * Whether lines of as many cells each are persons side by side: one line gives an address in every cell (each column's
 * own), and no line gives an address in some cells only, as a table whose rows are persons does (its address column
 * beside the name and post columns). A column may give none, a signatory's beside the contact's ("E-mail: x@…" beside
 * "(signature and seal)"), where each address is a field with its label under its person's name, and the lines that give
 * them name no one: a table's row gives its person on the address's line. The block's first line gives no address: it names the persons or
 * their roles, a label perhaps before the name ("Contact person: Ms. A").
 */
function isSideBySide(rows: readonly string[][], namesSomeone: (cell: string) => boolean): boolean {
  const withAddress = rows.filter((cells) => cells.some((c) => E_MAIL_ADDRESS.test(c)));
  const everyColumn = withAddress.every((cells) => cells.every((c) => E_MAIL_ADDRESS.test(c)));
  // Each address's column names its person above it, as a table's column of addresses (headed "Contact") does not.
  const personAbove = (line: number, column: number) => rows.slice(0, line).some((cells) => namesSomeone(cells[column]!) || namesSomeone(afterLabel(cells[column]!)));
  const asFields = rows.every((cells, line) => cells.every((c, column) => !E_MAIL_ADDRESS.test(c) || (LABELLED_ADDRESS_CELL.test(c) && personAbove(line, column))))
    && withAddress.every((cells) => cells.every((c) => E_MAIL_ADDRESS.test(c) || !namesSomeone(c)));
  return rows.length >= 2
    && !E_MAIL_ADDRESS.test(rows[0]!.join('\t'))
    && withAddress.length > 0
    && (everyColumn || asFields);
}

/** A form's label alone in its cell, closed by its colon ("Name:", "Courriel :", "Correo electrónico:"). */
const LABEL_CELL = /^[^\S\n]*[^\s:：@\d][^:：@\t]{0,40}[:：][^\S\n]*$/u;

/**
 * Whether lines of as many cells each are forms side by side, each a column of labels and a column of values ("Name:⇥Ms.
 * A⇥Name:⇥Mr. B" / "E-mail:⇥a@…⇥E-mail:⇥b@…"): the lines have two pairs of cells or more, each pair a label and its value,
 * and at least two lines label every pair; a line may leave a label empty (a value that wraps onto it).
 */
function isFormsSideBySide(rows: readonly string[][]): boolean {
  const width = rows[0]!.length;
  if (width < 4 || width % 2 !== 0) return false;
  const pairs = (cells: readonly string[]) => Array.from({ length: width / 2 }, (_, k) => [cells[2 * k]!.trim(), cells[2 * k + 1]!.trim()] as const);
  const labelled = rows.filter((cells) => pairs(cells).every(([label]) => LABEL_CELL.test(label)));
  return labelled.length >= 2 && rows.every((cells) => pairs(cells).every(([label]) => label === '' || LABEL_CELL.test(label)));
}

/** Each line of a block as its cells, the block running over the lines of as many cells as its first (`blockAt`). */
function blockAt(lines: readonly string[], i: number): { rows: string[][]; end: number } {
  const width = cellsOf(lines[i]!).length;
  let end = i + 1;
  while (width >= 2 && end < lines.length && cellsOf(lines[end]!).length === width) end++;
  return { rows: lines.slice(i, end).map(cellsOf), end };
}

/**
 * The text with each block of forms set side by side (`isFormsSideBySide`) given one form after the other, each form's
 * lines a label and its value, a blank line after each: read across, each label's line would hold every form's answer.
 */
export function withFormsSideBySideApart(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const { rows, end } = blockAt(lines, i);
    if (!isFormsSideBySide(rows)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    for (let pair = 0; pair < rows[0]!.length; pair += 2) {
      const filled = rows.filter((cells) => `${cells[pair]}${cells[pair + 1]}`.trim() !== '');
      out.push(...filled.map((cells) => `${cells[pair]!.trim()}\t${cells[pair + 1]!.trim()}`), '');
    }
    i = end;
  }
  return out.join('\n');
}

/**
 * The text with each block of persons set side by side given column by column, a person's lines as the cells of one row;
 * a column that gives no address (a signatory's) as a line of its words, no entry of a list of contacts.
 */
export function withSideBySideBlocksApart(text: string, namesSomeone: (cell: string) => boolean): string {
  const lines = withFormsSideBySideApart(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const { rows, end } = blockAt(lines, i);
    const width = rows[0]!.length;
    if (width < 2 || !isSideBySide(rows, namesSomeone)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // Each person's column becomes a row of cells, as a table whose rows are persons gives them: the row is its person's
    // whole entry, and its address takes the name that opens it.
    for (let column = 0; column < width; column++) {
      const cells = rows.map((row) => row[column]!.trim()).filter((cell) => cell !== '');
      out.push(cells.join(cells.some((cell) => E_MAIL_ADDRESS.test(cell)) ? '\t' : ' '));
    }
    i = end;
  }
  return out.join('\n');
}
