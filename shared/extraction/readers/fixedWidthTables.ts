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

/** What holds a wide character's second column in a line laid out in columns (see `asColumns`): no text of a cell. */
const FILLER = '\u0000';

const cellsOf = (line: string, bounds: readonly number[]): string[] =>
  [0, ...bounds].map((from, k) => line.slice(from, bounds[k] ?? line.length).replaceAll(FILLER, '').trim());

/**
 * The cells of a line of the table: by the columns' edges where no word runs across one; else, in a row that opens with its
 * first cell, by its runs of spaces, where they part as many cells as there are columns (a long cell pushed the rest of
 * the row to the right). Otherwise the line is none of the table's.
 */
function cellsOfRow(line: string, bounds: readonly number[]): string[] | undefined {
  if (fits(line, bounds)) return cellsOf(line, bounds);
  const cells = line.replaceAll(FILLER, '').trim().split(/ {2,}/u);
  return /^\S/u.test(line) && cells.length === bounds.length + 1 ? cells : undefined;
}

/**
 * A cell's wrapped lines joined: each goes on after a space, except after Chinese. Joined once, from its parts: a cell grown
 * line by line and asked for its last character each time would be copied whole at each line.
 */
const joinedCell = (parts: readonly string[]): string =>
  parts.filter((p) => p).map((p, k, all) => (k === 0 || /[\u3000-\u9fff]$/u.test(all[k - 1]!) ? p : ` ${p}`)).join('');

/**
 * The rows under a header whose columns run within `bounds`, each given as one line of tab-separated cells, and the index of
 * the first line after them.
 */
function rowsUnder(lines: readonly string[], start: number, bounds: readonly number[]): { rows: string[]; end: number } {
  /** Each row's cells, each cell as the pieces its lines give it. */
  const rows: string[][][] = [];
  let k = start;
  for (; k < lines.length && lines[k]!.trim() && !RULE.test(lines[k]!); k++) {
    const cells = cellsOfRow(lines[k]!, bounds);
    if (!cells) break;
    // A line whose first cell is empty, or goes on in lower case, continues the row above: its cells wrapped.
    const continues = rows.length > 0 && (cells[0] === '' || /^\p{Ll}/u.test(cells[0]!));
    if (continues) rows.at(-1)!.forEach((parts, c) => parts.push(cells[c]!));
    else rows.push(cells.map((cell) => [cell]));
  }
  return { rows: rows.map((cells) => cells.map(joinedCell).join('\t')), end: k };
}

/** A Chinese (or other full-width) character takes two columns of a fixed-width layout. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A line as its columns are laid out: each wide character followed by a filler that holds its second column. */
const asColumns = (line: string): string => [...line].map((c) => (WIDE.test(c) ? c + FILLER : c)).join('');

/** The lines under a header that say where the columns of a table set out by spaces run. */
const MAX_TABLE_LINES = 60;

/** Where each cell of a line set out in columns starts (after a run of two or more spaces, or at the line's start). */
const cellStarts = (line: string): number[] => [...line.trimEnd().matchAll(/(?:^|(?<= {2}))\S/gu)].map((m) => m.index);

/**
 * A header without a rule under it ("要素      法律依据      实施状况"): three or more cells apart by runs of spaces, over lines
 * (up to the next blank line) that leave a gutter of blank columns next to where each header cell starts, so that no word runs
 * from one column into the next. A writer's columns may be off by a place or two ("已实施" one column left of its header):
 * the gutter, not the header's start, is the edge. Gives the columns' edges, each in the middle of its gutter.
 * `lines` are laid out in columns (see `asColumns`).
 */
function alignedHeader(lines: readonly string[], at: number): number[] | undefined {
  const header = lines[at]!;
  if (header.length === 0 || header[0] === ' ' || header.includes('\t')) return undefined;
  const starts = cellStarts(header);
  if (starts.length < 3) return undefined;
  // The line under it is a row of its own: a label, then cells that start at (or a place or two off) the header's.
  const next = lines[at + 1] ?? '';
  const nextStarts = /^\S/u.test(next) && !next.includes('\t') ? cellStarts(next) : [];
  if (nextStarts.length < 2 || !nextStarts.every((c) => starts.some((s) => Math.abs(s - c) <= 3))) return undefined;
  // Read over a bounded run of lines: a page of lines with double spaces that make no table is not read again and again.
  let end = at + 1;
  while (end < lines.length && end <= at + MAX_TABLE_LINES && lines[end]!.trim() && !lines[end]!.includes('\t')) end++;
  return gutterEdges(lines.slice(at, end), starts) ?? gutterEdges(lines.slice(at, end).filter((line) => !pushedRight(line, starts)), starts);
}

/**
 * Whether the line is a row that a long cell pushed to the right: its cells, apart by runs of spaces, are as many as the
 * header's, but one starts more than two places off the header's (its first cell ran past the next column's edge, and
 * the layout moved the rest of the row on). Such a row keeps no gutter, and is read by its runs of spaces (`cellsOfRow`).
 */
function pushedRight(line: string, starts: readonly number[]): boolean {
  const cells = cellStarts(line);
  return /^\S/u.test(line) && cells.length === starts.length && cells.some((c, k) => Math.abs(c - starts[k]!) > 2);
}

/** The edges of the columns whose cells start at `starts`, in the gutters that the block's lines leave blank, if they do. */
function gutterEdges(block: readonly string[], starts: readonly number[]): number[] | undefined {
  const width = Math.max(...block.map((l) => l.length));
  const blank = new Array<boolean>(width + 1).fill(true);
  for (const line of block) for (let c = 0; c < line.length; c++) if (line.charCodeAt(c) !== 32) blank[c] = false;
  const edges: number[] = [];
  for (const [k, start] of starts.slice(1).entries()) {
    // The gutter nearest the header's cell, on either side by up to two places and after the cell before it.
    const near = [start, start - 1, start + 1, start - 2, start + 2, start - 3].find((c) => c > starts[k]! && blank[c - 1] && !blank[c]);
    if (near === undefined) return undefined;
    let from = near - 1;
    while (from > starts[k]! && blank[from - 1]) from--;
    edges.push(Math.ceil((from + near) / 2));
  }
  return edges;
}

/** Where each column of a header set out with wide gaps starts ("Elemento      Línea de base      Meta      ¿Asistencia?"). */
function columnStarts(header: string): number[] {
  return [...header.matchAll(/(?:^\s*|\s{2,})(\S)/gu)].map((m) => m.index + m[0].length - 1);
}

/**
 * A table with no rule, laid out as a PDF's layout export sets it: a header of three or more columns apart by wide gaps, then
 * rows apart by blank lines, each row's cells wrapping onto the lines below it in their own columns ("PO2 Armas   No existe
 * …   Sí: redacción" / "biológicas   Ley de Biodiversidad …   legislativa"). Each row is put together cell by cell, as under
 * a rule. It is a table only where its rows keep to the header's columns: two rows at least, each opening with two cells or
 * more, and no word across a column's edge. `lines` are laid out in columns (see `asColumns`).
 */
function rowsApartByBlankLines(lines: readonly string[], i: number): { header: string; rows: string[]; end: number } | undefined {
  const starts = columnStarts(lines[i]!);
  if (starts.length < 3 || (starts[0]! > 0 && lines[i]!.slice(0, starts[0]).trim() !== '') || (!(lines[i + 1] ?? '').trim() && !(lines[i + 2] ?? '').trim())) return undefined;
  const bounds = starts.slice(1);
  if (!fits(lines[i]!, bounds)) return undefined;
  /** Each row's cells, each cell as the pieces its lines give it. */
  const rows: string[][][] = [];
  let current: string[][] | undefined;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim()) {
      current = undefined;
      continue;
    }
    if (!fits(line, bounds)) break;
    const cells = cellsOf(line, bounds);
    if (current === undefined) {
      if (cells.filter(Boolean).length < 2) break;
      rows.push((current = cells.map((cell) => [cell])));
    } else current.forEach((parts, c) => parts.push(cells[c]!));
  }
  // Blank lines before what ends the table are not the table's.
  while (k - 1 > i && !lines[k - 1]!.trim()) k--;
  if (rows.length < 2) return undefined;
  return { header: cellsOf(lines[i]!, bounds).join('\t'), rows: rows.map((cells) => cells.map(joinedCell).join('\t')), end: k };
}

export function fixedWidthTablesAsRows(page: string): string {
  const lines = page.split('\n');
  const out: string[] = [];
  /** The page's lines laid out in columns, made when a line could open a table set out by spaces. */
  let laidOut: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i - 1];
    if (RULE.test(lines[i]!) && header?.trim()) {
      const bounds = columnBounds(lines[i]!);
      out.pop();
      out.push(cellsOf(header, bounds).join('\t'));
      const { rows, end } = rowsUnder(lines, i + 1, bounds);
      // A closing rule is the table's too.
      const k = end < lines.length && RULE.test(lines[end]!) ? end + 1 : end;
      out.push(...rows);
      i = k - 1;
      continue;
    }
    // A table set out by spaces alone, with no rule: its columns are where the header's cells start, counted as the layout
    // counts them (a Chinese character takes two).
    laidOut ??= lines.map(asColumns);
    const columns = RULE.test(lines[i + 1] ?? '') ? undefined : alignedHeader(laidOut, i);
    if (columns === undefined) {
      // Or one whose rows stand apart by blank lines, each wrapping in its own columns.
      const table = /\S\s{2,}\S/u.test(lines[i]!) && !RULE.test(lines[i + 1] ?? '') ? rowsApartByBlankLines(laidOut, i) : undefined;
      if (table === undefined) out.push(lines[i]!);
      else {
        out.push(table.header, '', ...table.rows);
        i = table.end - 1;
      }
      continue;
    }
    const { rows, end } = rowsUnder(laidOut, i + 1, columns);
    out.push(cellsOf(laidOut[i]!, columns).join('\t'), ...rows);
    i = end - 1;
  }
  return out.join('\n');
}
