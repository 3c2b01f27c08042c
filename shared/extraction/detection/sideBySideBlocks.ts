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
 * The lines of one run of lines of as many cells each (`runAt`), with what its cells give read once: a block may start at
 * any of the run's lines and always ends with the run, so each of its lines is asked about again for each start (a table
 * of a thousand persons' rows is a thousand blocks to try). Here each start's answer is read off arrays made once for the
 * run, from its end back, so that trying them all costs about as much as reading the run once.
 */
class Run {
  readonly rows: readonly string[][];
  /** Whether each cell gives an address. */
  readonly #addresses: readonly boolean[][];
  /** Whether each line gives an address in some cell. */
  readonly #anyAddress: readonly boolean[];
  /** From each line to the run's end: whether some line gives an address; whether each line that does gives one in every cell. */
  readonly #addressFrom: boolean[] = [];
  readonly #everyColumnFrom: boolean[] = [];
  /** From each line to the run's end: whether the lines are persons' forms, each address a labelled field (`#readFields`). */
  #fieldsFrom: boolean[] | undefined;
  readonly #namesSomeone: (cell: string) => boolean;
  readonly #named = new Map<string, boolean>();

  constructor(rows: readonly string[][], namesSomeone: (cell: string) => boolean) {
    this.rows = rows;
    this.#namesSomeone = namesSomeone;
    this.#addresses = rows.map((cells) => cells.map((c) => E_MAIL_ADDRESS.test(c)));
    this.#anyAddress = this.#addresses.map((cells) => cells.some(Boolean));
    for (let line = rows.length - 1; line >= 0; line--) {
      this.#addressFrom[line] = this.#anyAddress[line]! || (this.#addressFrom[line + 1] ?? false);
      this.#everyColumnFrom[line] = (!this.#anyAddress[line] || this.#addresses[line]!.every(Boolean)) && (this.#everyColumnFrom[line + 1] ?? true);
    }
  }

  /**
   * Whether the lines from `start` on are persons side by side: one line gives an address in every cell (each column's
   * own), and no line gives an address in some cells only, as a table whose rows are persons does (its address column
   * beside the name and post columns). A column may give none, a signatory's beside the contact's ("E-mail: x@…" beside
   * "(signature and seal)"), where each address is a field with its label under its person's name, and the lines that
   * give them name no one: a table's row gives its person on the address's line. The block's first line gives no
   * address: it names the persons or their roles, a label perhaps before the name ("Contact person: Ms. A").
   */
  isSideBySide(start: number): boolean {
    if (this.rows.length - start < 2 || this.#anyAddress[start] || !this.#addressFrom[start]) return false;
    if (this.#everyColumnFrom[start]) return true;
    this.#fieldsFrom ??= this.#readFields();
    return this.#fieldsFrom[start]!;
  }

  /** Whether a cell's text names someone (asked once for each text). */
  #names(text: string): boolean {
    let named = this.#named.get(text);
    if (named === undefined) this.#named.set(text, (named = this.#namesSomeone(text)));
    return named;
  }

  /**
   * For each start, whether every address from it on is a labelled field whose column names its person on a line above
   * (from the start on), and the lines that give addresses name no one in their other cells. A line whose address is not
   * a labelled field rules out every start up to it; one whose labelled addresses have their persons above from line k on
   * rules out the starts after k.
   */
  #readFields(): boolean[] {
    const { rows } = this;
    const nearestAbove = new Map<number, number[]>();
    // For a column, the nearest line above each line that names someone in that column, or -1.
    const namedAbove = (column: number): number[] => {
      let nearest = nearestAbove.get(column);
      if (!nearest) {
        nearest = [];
        let last = -1;
        for (const [line, cells] of rows.entries()) {
          nearest[line] = last;
          if (this.#names(cells[column]!) || this.#names(afterLabel(cells[column]!))) last = line;
        }
        nearestAbove.set(column, nearest);
      }
      return nearest;
    };
    // From the end back: the latest start each line's addresses allow (a start after it loses the person above).
    const labelledFrom: boolean[] = [];
    let latestStart = Infinity;
    for (let line = rows.length - 1; line >= 0; line--) {
      for (const [column, cell] of rows[line]!.entries()) {
        if (this.#addresses[line]![column] && latestStart >= 0) latestStart = Math.min(latestStart, LABELLED_ADDRESS_CELL.test(cell) ? namedAbove(column)[line]! : -1);
      }
      labelledFrom[line] = line <= latestStart;
    }
    if (!labelledFrom.includes(true)) return labelledFrom;
    const fieldsFrom: boolean[] = [];
    let namesNoOneBeside = true;
    for (let line = rows.length - 1; line >= 0; line--) {
      const cells = rows[line]!;
      if (this.#anyAddress[line]) namesNoOneBeside &&= cells.every((cell, column) => this.#addresses[line]![column] || !this.#names(cell));
      fieldsFrom[line] = labelledFrom[line]! && namesNoOneBeside;
    }
    return fieldsFrom;
  }
}

/** A form's label alone in its cell, closed by its colon ("Name:", "Courriel :", "Correo electrónico:"). */
const LABEL_CELL = /^[^\S\n]*[^\s:：@\d][^:：@\t]{0,40}[:：][^\S\n]*$/u;

/**
 * The first line of the run from which its lines are forms side by side, each a column of labels and a column of values
 * ("Name:⇥Ms. A⇥Name:⇥Mr. B" / "E-mail:⇥a@…⇥E-mail:⇥b@…"), or -1: the lines have two pairs of cells or more, each pair
 * a label and its value, and at least two lines label every pair; a line may leave a label empty (a value that wraps
 * onto it).
 */
function formsSideBySideFrom(rows: readonly string[][]): number {
  const width = rows[0]!.length;
  if (width < 4 || width % 2 !== 0) return -1;
  const labels = (cells: readonly string[]) => Array.from({ length: width / 2 }, (_, k) => cells[2 * k]!.trim());
  const labelsEvery = rows.map((cells) => labels(cells).every((label) => LABEL_CELL.test(label)));
  const labelsOrNone = rows.map((cells, line) => labelsEvery[line]! || labels(cells).every((label) => label === '' || LABEL_CELL.test(label)));
  // From the run's end back: how many lines label every pair, and whether every line labels or leaves empty.
  let labelled = 0;
  let allLabelledOrEmpty = true;
  const from: boolean[] = [];
  for (let line = rows.length - 1; line >= 0; line--) {
    if (labelsEvery[line]) labelled++;
    allLabelledOrEmpty &&= labelsOrNone[line]!;
    from[line] = labelled >= 2 && allLabelledOrEmpty;
  }
  return from.indexOf(true);
}

/** The run of lines from line `i` that hold as many cells each as it does (two or more), as its lines' cells. */
function runAt(lines: readonly string[], i: number): { rows: string[][]; end: number } {
  const width = cellsOf(lines[i]!).length;
  let end = i + 1;
  while (width >= 2 && end < lines.length && cellsOf(lines[end]!).length === width) end++;
  return { rows: lines.slice(i, end).map(cellsOf), end };
}

/**
 * The text with each block of forms set side by side (`formsSideBySideFrom`) given one form after the other, each form's
 * lines a label and its value, a blank line after each: read across, each label's line would hold every form's answer.
 */
export function withFormsSideBySideApart(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const { rows, end } = runAt(lines, i);
    const start = formsSideBySideFrom(rows);
    if (start < 0) {
      out.push(...lines.slice(i, end));
      i = end;
      continue;
    }
    out.push(...lines.slice(i, i + start));
    const block = rows.slice(start);
    for (let pair = 0; pair < block[0]!.length; pair += 2) {
      const filled = block.filter((cells) => `${cells[pair]}${cells[pair + 1]}`.trim() !== '');
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
    const { rows, end } = runAt(lines, i);
    const width = rows[0]!.length;
    const run = width >= 2 ? new Run(rows, namesSomeone) : undefined;
    let start = 0;
    while (run && start < rows.length && !run.isSideBySide(start)) start++;
    out.push(...lines.slice(i, i + (run ? start : end - i)));
    if (run && start < rows.length) {
      // Each person's column becomes a row of cells, as a table whose rows are persons gives them: the row is its person's
      // whole entry, and its address takes the name that opens it.
      for (let column = 0; column < width; column++) {
        const cells = rows.slice(start).map((row) => row[column]!.trim()).filter((cell) => cell !== '');
        out.push(cells.join(cells.some((cell) => E_MAIL_ADDRESS.test(cell)) ? '\t' : ' '));
      }
    }
    i = end;
  }
  return out.join('\n');
}
