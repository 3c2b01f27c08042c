/**
 * The XLSX matrix template, streamed from the bounded unzip: shared strings and the first sheet
 * whose header is the template's. A formula cell is reported as its formula text (never its cached
 * value, never evaluated), so the template check refuses it and names the cell.
 *
 * Unlike a DOCX, a damaged workbook is refused (`corrupt`), never read in part: its cells become
 * the state's matrix, and a sheet whose rows or cells are cut could put a measure in the wrong row
 * without anyone seeing it. Saving the file again from a spreadsheet application repairs it.
 */
import { RejectedInputError } from '../contract.js';
import type { WorkBudget } from '../limits.js';
import { rowsFromTable } from './csvTemplateReader.js';
import { headerProblems, spreadsheetSubmission, type TemplateSubmission } from './templateRows.js';
import { localNameIn, readXmlPart, type XmlElement, type XmlPartHandler } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

/** Excel's last column, XFD: a reference beyond it is no spreadsheet's. */
const MAX_COLUMNS = 16_384;

function refuseDamage(problem: string): never {
  throw new RejectedInputError('corrupt', `the XLSX is damaged (${problem}); open it in Excel or LibreOffice, save it again and send the new file`);
}

/**
 * The text of rich text (shared strings, inline strings): every t, in its runs or not, except the
 * phonetic guide (rPh), which Excel shows above the text, not in it.
 */
class RichText {
  #texts = 0;
  #phonetic = 0;
  value = '';

  open(name: string | undefined): void {
    if (name === 't') this.#texts++;
    else if (name === 'rPh') this.#phonetic++;
  }

  close(name: string | undefined): void {
    if (name === 't') this.#texts--;
    else if (name === 'rPh') this.#phonetic--;
  }

  text(text: string): void {
    if (this.#texts > 0 && this.#phonetic === 0) this.value += text;
  }
}

class SharedStrings implements XmlPartHandler {
  readonly strings: string[] = [];
  #item: RichText | undefined;

  open(tag: XmlElement): void {
    const name = localNameIn(tag, 'spreadsheet');
    if (name === 'si') this.#item = new RichText();
    else this.#item?.open(name);
  }

  close(tag: XmlElement): void {
    const name = localNameIn(tag, 'spreadsheet');
    if (name === 'si' && this.#item) {
      this.strings.push(this.#item.value);
      this.#item = undefined;
    } else this.#item?.close(name);
  }

  text(text: string): void {
    this.#item?.text(text);
  }

  damaged = refuseDamage;
}

function columnIndex(ref: string | undefined): number | undefined {
  const letters = ref === undefined ? undefined : /^([A-Z]+)\d+$/u.exec(ref)?.[1];
  if (letters === undefined) return undefined;
  let n = 0;
  for (const c of letters) {
    n = n * 26 + (c.charCodeAt(0) - 64);
    if (n > MAX_COLUMNS) {
      throw new RejectedInputError('corrupt', `the XLSX names a cell ${ref!.slice(0, 20)} beyond the last column XFD; save it again from a spreadsheet application`);
    }
  }
  return n - 1;
}

interface Cell {
  ref: number | undefined;
  type: string | undefined;
  formula: string | undefined;
  value: string | undefined;
  inline: RichText | undefined;
  /** The element whose text is being read: the formula, the value or the inline string. */
  reading: 'f' | 'v' | 'is' | undefined;
}

/**
 * The rows of a sheet that have any text, each as its cells by column. Only the first such row is
 * needed to know whether this is the template's sheet; past it, a sheet that is not the template
 * is only checked for damage, and the template's rows are held up to the row limit.
 */
class SheetRows implements XmlPartHandler {
  readonly table: string[][] = [];
  #row: string[] = [];
  #cell: Cell | undefined;
  #isTemplate: boolean | undefined;

  constructor(private readonly strings: readonly string[], private readonly maxRows: number) {}

  open(tag: XmlElement): void {
    const name = localNameIn(tag, 'spreadsheet');
    const cell = this.#cell;
    if (name === 'row') this.#row = [];
    else if (name === 'c') {
      const attribute = (key: string) => tag.attributes[key];
      this.#cell = { ref: columnIndex(attribute('r')), type: attribute('t'), formula: undefined, value: undefined, inline: undefined, reading: undefined };
    } else if (!cell) return;
    else if (name === 'f') {
      cell.formula ??= '';
      cell.reading = 'f';
    } else if (name === 'v') cell.reading = 'v';
    else if (name === 'is') {
      cell.inline ??= new RichText();
      cell.reading = 'is';
    } else if (cell.reading === 'is') cell.inline!.open(name);
  }

  close(tag: XmlElement): void {
    const name = localNameIn(tag, 'spreadsheet');
    const cell = this.#cell;
    if (name === 'row') this.#endRow();
    else if (!cell) return;
    else if (name === 'c') {
      this.#row[cell.ref ?? this.#row.length] = this.#cellText(cell);
      this.#cell = undefined;
    } else if (name === 'f' || name === 'v' || name === 'is') cell.reading = undefined;
    else if (cell.reading === 'is') cell.inline!.close(name);
  }

  text(text: string): void {
    const cell = this.#cell;
    if (cell?.reading === 'f') cell.formula += text;
    else if (cell?.reading === 'v') cell.value = (cell.value ?? '') + text;
    else if (cell?.reading === 'is') cell.inline!.text(text);
  }

  damaged = refuseDamage;

  #cellText(cell: Cell): string {
    if (cell.formula !== undefined) return `=${cell.formula}`;
    if (cell.type === 's') return this.strings[Number(cell.value)] ?? '';
    if (cell.type === 'inlineStr') return cell.inline?.value ?? '';
    return cell.value ?? '';
  }

  #endRow(): void {
    const row = Array.from(this.#row, (c) => c ?? '');
    this.#row = [];
    if (!row.some((c) => c.trim() !== '') || this.#isTemplate === false) return;
    this.#isTemplate ??= headerProblems(row).length === 0;
    this.table.push(row);
    // Stop at the limit rather than hold the whole sheet: its rows can be 16,384 cells wide.
    if (this.table.length > this.maxRows + 1) {
      throw new RejectedInputError('too_large', `the template has more than ${this.maxRows} rows (limit ${this.maxRows})`);
    }
  }
}

/**
 * The template from the first worksheet whose header is the template's, the sheets taken in order
 * and read by `tableOf` (the rows that have any text); refused with the first sheet's header
 * problems when none has it.
 */
export function templateFromSheets(archive: ZipArchive, budget: WorkBudget, tableOf: (name: string) => string[][]): TemplateSubmission {
  const sheets = archive.entries
    .map((e) => e.name)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  if (sheets.length === 0) throw new RejectedInputError('corrupt', 'the XLSX has no worksheet');
  let fallback: string[][] | undefined;
  for (const name of sheets) {
    budget.check(`reading ${name}`);
    const table = tableOf(name);
    fallback ??= table;
    if (table[0] && headerProblems(table[0]).length === 0) {
      const rows = rowsFromTable(table, budget, (i) => `row ${i + 2} of ${name.replace(/^xl\/worksheets\//u, '')}`);
      return spreadsheetSubmission(rows);
    }
  }
  rowsFromTable(fallback ?? [], budget, (i) => `row ${i + 2}`);
  throw new RejectedInputError('invalid_structure', 'no worksheet has the template header');
}

export function readXlsxTemplate(archive: ZipArchive, budget: WorkBudget): TemplateSubmission {
  const shared = new SharedStrings();
  readXmlPart(archive, 'xl/sharedStrings.xml', shared);
  return templateFromSheets(archive, budget, (name) => {
    const sheet = new SheetRows(shared.strings, budget.limits.maxTemplateRows);
    readXmlPart(archive, name, sheet);
    return sheet.table;
  });
}
