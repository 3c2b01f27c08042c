/**
 * Tables as their rows, read whole: a header row, then rows that may each run over several units (a
 * PDF wraps a cell's text onto lines of their own, between the rows). What a row says is read with
 * its wrapped lines: a treaty named on a wrapped line has its row's status, a need its row's answer.
 */
import { TABLE_ROW, type TextUnit } from './textUnits.js';

export interface TableRowText {
  /** The units the row spans: its own line and the wrapped lines of its cells. */
  units: TextUnit[];
  /** The cells of the row's own line. */
  cells: string[];
  /** The number the row opens with ("1", "2 Elaborar …"), or null. */
  number: number | null;
  /** Everything the row says, wrapped lines included. */
  text: string;
  /**
   * The row's cells with the lines that wrap them joined column by column, where a wrapped line keeps its columns (see
   * `wrapsCells`); null where none does. A line that is no row continues the first cell.
   */
  wholeCells: string[] | null;
}

export interface TableText {
  /** The header row's unit. */
  header: TextUnit;
  headerCells: string[];
  rows: TableRowText[];
}

const cellsOf = (text: string): string[] => text.replace(/^\s*\|\s*|\s*\|\s*$/gu, '').split(TABLE_ROW).map((c) => c.trim());
/** A markdown rule row ("--- | ---"): no content. */
const RULE_ROW = /^[\s|:\-–—]*$/u;
const CLOSED = /[.!?。！？؟]["»”)]?\s*$/u;
/** A section's own heading ("4. Asistencia", "II. Needs"): the table is over. */
const SECTION_HEADING = /^\s*(?:\d+(?:\.\d+)*[.)]|[IVX]+\.|[A-ZА-Я]\.|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、.])\s/u;
const ROW_NUMBER = /^\s*(\d{1,3})(?:[.)]?\s|$)/u;

/**
 * Whether a line with all its columns is the wrapped text of the row above rather than a row of its own: its inner columns are
 * blank and only the outer cells go on ("Nuclear-Weapon-Free\t\t\tthe Transitional National" under "African\t14 February 2022\t-\t
 * Ratification bill before"), as a PDF sets a cell's wrapped lines. A row of its own gives its inner columns a value or a dash.
 * One of its cells goes on in lower case, mid-sentence, or the line above was such a wrapped line already.
 */
function wrapsCells(cells: readonly string[], headerCells: readonly string[], last: TableRowText | undefined): boolean {
  if (!last || cells.length !== headerCells.length || cells.length < 3 || ROW_NUMBER.test(cells[0]!)) return false;
  if (cells.slice(1, -1).some((c) => c !== '') || (cells[0] === '' && cells.at(-1) === '')) return false;
  return last.wholeCells !== null || cells.some((c) => /^\p{Ll}/u.test(c));
}

/**
 * The tables of a document: a table row after anything that is not one opens a table and is its
 * header. A unit that is no row belongs to the table while it is a wrapped line (not closed by a full
 * stop, no section heading) and more rows follow it, or while it hangs from the last row unclosed.
 */
export function tablesOf(units: readonly TextUnit[]): TableText[] {
  const tables: TableText[] = [];
  let i = 0;
  while (i < units.length) {
    if (!TABLE_ROW.test(units[i]!.text) || RULE_ROW.test(units[i]!.text)) {
      i++;
      continue;
    }
    const headerCells = cellsOf(units[i]!.text);
    const rows: TableRowText[] = [];
    let j = i + 1;
    for (; j < units.length; j++) {
      const unit = units[j]!;
      if (RULE_ROW.test(unit.text)) continue;
      const cells = TABLE_ROW.test(unit.text) ? cellsOf(unit.text) : [unit.text];
      // A row of its own has (nearly) all the header's cells: a number cell may be glued to the next one ("1 Elaborar …").
      // A line one cell short that finishes the sentences the last row left open in every cell ("Control de | La Ley de
      // Control de | Ninguna por el | -" then "exportaciones | Precursores…, exige licencia previa… | momento.") is that
      // row's wrapped lines, read cell by cell: a row of its own closes its own cells.
      const last = rows.at(-1);
      const continues = last !== undefined && TABLE_ROW.test(unit.text) && cells.length < headerCells.length && ROW_NUMBER.exec(cells[0]!) === null
        && last.units.length === 1 && last.cells.every((c) => !CLOSED.test(c)) && cells.some((c) => CLOSED.test(c));
      const cellsWrapped = TABLE_ROW.test(unit.text) && wrapsCells(cells, headerCells, last);
      if (cells.length >= Math.max(2, headerCells.length - 1) && !continues && !cellsWrapped) {
        rows.push({ units: [unit], cells, number: Number(ROW_NUMBER.exec(cells[0]!)?.[1] ?? NaN) || null, text: unit.text.replace(/\t/gu, ' '), wholeCells: null });
        continue;
      }
      if (cellsWrapped && last) {
        last.wholeCells = (last.wholeCells ?? last.cells).map((c, k) => [c, cells[k]].filter((t) => t).join(' '));
        last.units.push(unit);
        last.text += ` ${unit.text.replace(/\t/gu, ' ')}`;
        continue;
      }
      // A line of several cells' ends ("entry under the Customs Act 2013, section 42.\tillicit trafficking.") closes its row's
      // cells with their stops, yet the table goes on where a full row follows it.
      const fullRowFollows = () => units.slice(j + 1, j + 6).some((u) => TABLE_ROW.test(u.text) && cellsOf(u.text).length >= Math.max(2, headerCells.length - 1));
      const cellEnds = rows.length > 0 && TABLE_ROW.test(unit.text) && fullRowFollows();
      const wrapped = cellEnds || (!CLOSED.test(unit.text) && !SECTION_HEADING.test(unit.text)
        && (TABLE_ROW.test(unit.text) || units.slice(j + 1, j + 6).some((u) => TABLE_ROW.test(u.text)) || (!unit.heading && rows.length > 0)));
      if (!wrapped && !continues) break;
      if (last) {
        last.units.push(unit);
        last.text += ` ${unit.text.replace(/\t/gu, ' ')}`;
        if (last.wholeCells && !TABLE_ROW.test(unit.text)) last.wholeCells[0] = `${last.wholeCells[0]} ${unit.text.trim()}`;
      }
    }
    tables.push({ header: units[i]!, headerCells, rows });
    i = j;
  }
  return tables;
}
