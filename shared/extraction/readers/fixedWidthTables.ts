/**
 * Tables of a plain-text export laid out in fixed-width columns under a rule of dashes ("№   Задача   Исполнитель   Срок" /
 * "---  --------  ---------  ----"), whose cells wrap onto the lines below with the other columns in between. A PDF
 * reader gives such a row as cells apart (tabs); here the rule says where each column runs, so each row is put back
 * together cell by cell ("ежегодно до 15" … "марта" is one date cell) and given as one line of tab-separated cells.
 */

/** The rule under the header: two or more runs of dashes, apart by spaces. */
const RULE = /^\s*-{2,}(?:\s+-{2,})+\s*$/u;

/** Where each column's text may run: from the middle of the gap before it to the middle of the gap after it. */
function columnBounds(rule: string): number[] {
  const runs = [...rule.matchAll(/-+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return runs.slice(1).map((run, k) => Math.floor((runs[k]!.end + run.start) / 2));
}

/** Whether no word of the line runs across a column's edge: the line belongs to the table. */
const fits = (line: string, bounds: readonly number[]): boolean => bounds.every((b) => !(/\S/u.test(line[b - 1] ?? ' ') && /\S/u.test(line[b] ?? ' ')));

const cellsOf = (line: string, bounds: readonly number[]): string[] =>
  [0, ...bounds].map((from, k) => line.slice(from, bounds[k] ?? line.length).trim());

/** A cell's wrapped line goes on after a space, except in Chinese. */
const joinCell = (a: string, b: string): string => (!a || !b ? a || b : /[\u3000-\u9fff]$/u.test(a) ? `${a}${b}` : `${a} ${b}`);

/** Where each column of a header set out with wide gaps starts ("Elemento      Línea de base      Meta      ¿Asistencia?"). */
function columnStarts(header: string): number[] {
  return [...header.matchAll(/(?:^\s*|\s{2,})(\S)/gu)].map((m) => m.index + m[0].length - 1);
}

/** The line's cells that hold text, with the columns' edges where the header's columns start. */
const filledCells = (line: string, bounds: readonly number[]): number => cellsOf(line, bounds).filter(Boolean).length;

/**
 * A table with no rule, laid out as a PDF's layout export sets it: a header of three or more columns apart by wide gaps, then
 * rows apart by blank lines, each row's cells wrapping onto the lines below it in their own columns ("PO2 Armas   No existe
 * …   Sí: redacción" / "biológicas   Ley de Biodiversidad …   legislativa"). Each row is put together cell by cell, as under
 * a rule. It is a table only where its rows keep to the header's columns: two rows at least, each opening with two cells or
 * more, and no word across a column's edge.
 */
function tableWithoutRule(lines: readonly string[], i: number): { header: string; rows: string[][]; end: number } | null {
  const starts = columnStarts(lines[i]!);
  if (starts.length < 3 || starts[0]! > 0 && lines[i]!.slice(0, starts[0]).trim() !== '' || !(lines[i + 1] ?? '').trim() && !(lines[i + 2] ?? '').trim()) return null;
  const bounds = starts.slice(1);
  if (!fits(lines[i]!, bounds)) return null;
  const rows: string[][] = [];
  let k = i + 1;
  let current: string[] | null = null;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) {
      current = null;
      continue;
    }
    if (!fits(line, bounds)) break;
    if (current === null) {
      if (filledCells(line, bounds) < 2) break;
      current = cellsOf(line, bounds);
      rows.push(current);
    } else {
      const cells = cellsOf(line, bounds);
      current.forEach((cell, c) => (current![c] = joinCell(cell, cells[c]!)));
    }
  }
  // Blank lines before what ends the table are not the table's.
  while (k - 1 > i && !lines[k - 1]!.trim()) k--;
  return rows.length >= 2 ? { header: cellsOf(lines[i]!, bounds).join('\t'), rows, end: k } : null;
}

export function fixedWidthTablesAsRows(page: string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i - 1];
    if (!RULE.test(lines[i]!) || !header?.trim()) {
      const table = /\S\s{2,}\S/u.test(lines[i]!) && !RULE.test(lines[i + 1] ?? '') ? tableWithoutRule(lines, i) : null;
      if (table === null) {
        out.push(lines[i]!);
        continue;
      }
      out.push(table.header, '', ...table.rows.map((cells) => cells.join('\t')));
      i = table.end - 1;
      continue;
    }
    const bounds = columnBounds(lines[i]!);
    out.pop();
    out.push(cellsOf(header, bounds).join('\t'));
    const rows: string[][] = [];
    let k = i + 1;
    for (; k < lines.length && lines[k]!.trim() && !RULE.test(lines[k]!) && fits(lines[k]!, bounds); k++) {
      const cells = cellsOf(lines[k]!, bounds);
      // A line whose first cell is empty, or goes on in lower case, continues the row above: its cells wrapped.
      const continues = rows.length > 0 && (cells[0] === '' || /^\p{Ll}/u.test(cells[0]!));
      if (continues) rows.at(-1)!.forEach((cell, c) => (rows.at(-1)![c] = joinCell(cell, cells[c]!)));
      else rows.push(cells);
    }
    // A closing rule is the table's too.
    if (k < lines.length && RULE.test(lines[k]!)) k++;
    out.push(...rows.map((cells) => cells.join('\t')));
    i = k - 1;
  }
  return out.join('\n');
}
