/**
 * Tables read as a whole for the help they ask: a header row, then rows that may each run over
 * several units (a PDF wraps a cell's text onto lines of its own, between the rows). Two layouts ask
 * for help through the table itself rather than through a sentence:
 * - a column whose header names the help asked ("Требуемое содействие", "Asistencia requerida",
 *   "Assistance needed"): each row asks or not by its own cell ("Sí", "No", "Помощь не требуется",
 *   or the help described);
 * - a request that names the rows it is for by their numbers ("asistencia técnica para las acciones
 *   1 y 3", "assistance for actions 2 and 5").
 */
import { NEGATIVE_MARK, POSITIVE_MARK } from './matrixTableRows.js';
import { REQUEST_CUE } from './statementCues.js';
import { anyOf, fold } from './textFolding.js';
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
}

export interface TableText {
  /** The header row's unit. */
  header: TextUnit;
  headerCells: string[];
  rows: TableRowText[];
}

const cellsOf = (text: string): string[] => text.replace(/^\s*\|\s*|\s*\|\s*$/gu, '').split(/\t| \| /u).map((c) => c.trim());
/** A markdown rule row ("--- | ---"): no content. */
const RULE_ROW = /^[\s|:\-–—]*$/u;
const CLOSED = /[.!?。！？؟]["»”)]?\s*$/u;
/** A section's own heading ("4. Asistencia", "II. Needs"): the table is over. */
const SECTION_HEADING = /^\s*(?:\d+(?:\.\d+)*[.)]|[IVX]+\.|[A-ZА-Я]\.|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、.])\s/u;
const ROW_NUMBER = /^\s*(\d{1,3})(?:[.)]?\s|$)/u;

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
      if (cells.length >= Math.max(2, headerCells.length - 1)) {
        rows.push({ units: [unit], cells, number: Number(ROW_NUMBER.exec(cells[0]!)?.[1] ?? NaN) || null, text: unit.text.replace(/\t/gu, ' ') });
        continue;
      }
      const wrapped = !CLOSED.test(unit.text) && !SECTION_HEADING.test(unit.text)
        && (TABLE_ROW.test(unit.text) || units.slice(j + 1, j + 6).some((u) => TABLE_ROW.test(u.text)) || (!unit.heading && rows.length > 0));
      if (!wrapped) break;
      const last = rows.at(-1);
      if (last) {
        last.units.push(unit);
        last.text += ` ${unit.text.replace(/\t/gu, ' ')}`;
      }
    }
    tables.push({ header: units[i]!, headerCells, rows });
    i = j;
  }
  return tables;
}

/** A header that is the help alone ("Asistencia" over "requerida" on the next line of a PDF cell). */
const HELP_ALONE = anyOf([
  '^(assistance|support|help|aide|appui|soutien|asistencia|apoyo|ayuda|помощь|содействие|поддержка|援助|协助|支持|المساعده|الدعم)$',
]);

/** The column, counted from the right (a glued number cell shifts the left), whose header names the help asked; or null. */
export function helpColumn(headerCells: readonly string[]): number | null {
  for (let k = headerCells.length - 1; k >= 1; k--) {
    const folded = fold(headerCells[k]!).trim();
    if (REQUEST_CUE.test(folded) || HELP_ALONE.test(folded)) return headerCells.length - 1 - k;
  }
  return null;
}

/** A cell that says no help is needed: "Not required", "Aucune", "No se requiere", "Помощь не требуется", "不需要", "لا حاجة". */
const NOT_NEEDED = anyOf([
  '<not (required|needed|requested|applicable)>', '<none>', '<n/a>', '^-+$',
  '<non (requise?|nécessaire|demandée?|applicable)>', '<aucune?>', '<sans objet>',
  '<no (se )?(requiere|necesita|solicita)>', '<ningun[oa]>', '<no aplica>',
  '<не (требуется|нужна|нужно|запрашивается|требуются)>', '<не применимо>',
  '不需要', '无需', '不适用',
  'لا (حاجه|يلزم|ينطبق)', 'غير (مطلوب|لازم)',
]);

/**
 * What one row of a table with a help column asks: null when nothing ("No", "Помощь не требуется"),
 * else the row's text to read as the request, as a row of needs is read: for a mark, the row without
 * the mark (its action or area); for help described, the whole row (area, need and help together).
 */
export function rowRequest(row: TableRowText, fromRight: number): string | null {
  const cell = row.cells[row.cells.length - 1 - fromRight];
  if (cell === undefined) return null;
  const folded = fold(cell).trim();
  // "Sí (OPAQ)": the mark with the partner named beside it.
  const mark = folded.replace(/\s*\(.*\)\s*$/u, '').trim();
  if (mark === '' || NEGATIVE_MARK.test(mark) || NOT_NEEDED.test(folded)) return null;
  return POSITIVE_MARK.test(mark) ? row.text.replace(cell, ' ') : row.text;
}

/**
 * The rows a sentence names by number as the ones help is asked for: "las acciones 1 y 3",
 * "actions 2 and 5", "les mesures 1 et 4", "мероприятий 1 и 3", "行动1和3", "الإجراءين 1 و3".
 */
const NUMBERED_ROWS = anyOf([
  '<(actions?|activities|activity|measures?|items?|rows?|acciones|acción|actividad(es)?|medidas?|mesures?|activités?|мероприяти[а-я]*|мер[аыу]?|действи[а-я]*)( (nos?\\.?|n°|núms?\\.?|№))? ?\\d{1,2}(( ?, ?| (and|y|e|et|и|or|ou|o|или) )\\d{1,2})*>',
  '(行动|措施|活动)第?\\d{1,2}(?!\\d)项?(([和、及与]|以及)第?\\d{1,2}(?!\\d)项?)*', '第\\d{1,2}项?(([和、及与]|以及)第?\\d{1,2}项?)*(行动|措施|活动)',
  '(الإجراء|التدابير|التدبير|الأنشطة|النشاط)[^ ]* \\d{1,2}(( ?، ?| ?, ?| و ?)\\d{1,2})*(?!\\d)',
], 'gu');

export function rowNumbersNamed(folded: string): number[] {
  const numbers = new Set<number>();
  for (const m of folded.matchAll(NUMBERED_ROWS)) for (const d of m[0].matchAll(/\d+/gu)) numbers.add(Number(d[0]));
  return [...numbers];
}
