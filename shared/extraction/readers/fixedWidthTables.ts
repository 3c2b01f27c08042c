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

export function fixedWidthTablesAsRows(page: string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i - 1];
    if (!RULE.test(lines[i]!) || !header?.trim()) {
      out.push(lines[i]!);
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
