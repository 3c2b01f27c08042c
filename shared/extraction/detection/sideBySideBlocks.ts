/**
 * Persons set out side by side: a note may give two or three persons as columns of one block, each column a person's
 * name, post, body, telephone and address on lines of their own ("Ms. A⇥Mr. B" / "Director⇥Deputy Director" / … /
 * "E-mail: a@…⇥E-mail: b@…"). A PDF or a DOCX table reads such a block line by line across the columns, so that each line
 * holds one line of every person. Read as written there, each address would take the name of the person beside it, or
 * none; read column by column, each person is a row of their own, as the reader sees them.
 */
import { E_MAIL_ADDRESS } from './emailAddress.js';

const cellsOf = (line: string): string[] => line.replace(/\r$/u, '').split('\t');

/**
 * Whether lines of as many cells each are persons side by side: one line gives an address in every cell (each column's
 * own), and no line gives an address in some cells only, as a table whose rows are persons does (its address column
 * beside the name and post columns). The block's first line gives no address: it names the persons or their roles.
 */
function isSideBySide(rows: readonly string[][]): boolean {
  const withAddress = rows.filter((cells) => cells.some((c) => E_MAIL_ADDRESS.test(c)));
  return rows.length >= 2
    && !E_MAIL_ADDRESS.test(rows[0]!.join('\t'))
    && withAddress.length > 0
    && withAddress.every((cells) => cells.every((c) => E_MAIL_ADDRESS.test(c)));
}

/** The text with each block of persons set side by side given column by column, a person's lines as the cells of one row. */
export function withSideBySideBlocksApart(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const width = cellsOf(lines[i]!).length;
    let end = i + 1;
    while (width >= 2 && end < lines.length && cellsOf(lines[end]!).length === width) end++;
    const rows = lines.slice(i, end).map(cellsOf);
    if (width < 2 || !isSideBySide(rows)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // Each person's column becomes a row of cells, as a table whose rows are persons gives them: the row is its person's
    // whole entry, and its address takes the name that opens it.
    for (let column = 0; column < width; column++) {
      out.push(rows.map((cells) => cells[column]!.trim()).filter((cell) => cell !== '').join('\t'));
    }
    i = end;
  }
  return out.join('\n');
}
