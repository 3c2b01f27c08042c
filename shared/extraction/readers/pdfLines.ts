/**
 * A page's text rebuilt from positioned runs of text, as the PDF readers give them: lines by
 * their height on the page, runs within a line in reading order (right to left where most of the
 * line is), a tab where the gap between runs is a table's column gap, and lone punctuation glyphs
 * put back where a run left room for them. Then tables: lines whose cells line up under the same
 * columns are one table, and the lines of one row (a cell written over several lines, a cell
 * centred beside it) become one line, each cell's lines joined, so that a row's name, position
 * and e-mail stay together and apart from the next row's.
 */

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rtl: boolean;
  /**
   * Where a word inside the run starts with no space written before it, only a gap (the offset in `str` and its x): a
   * cell's edge that a neighbouring cell runs up to ("Ms. Marisol Andrea Chun" / "Senior Foreign Service").
   */
  unspacedStarts?: Array<{ at: number; x: number; gap: number }>;
}

export const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Puts lone punctuation glyphs back into the gap the run left for them (". " in e-mails, "/" in dates). */
function absorbLoosePunctuation(items: TextRun[]): TextRun[] {
  const loose = items.filter((i) => /^[./@\-_:]$/.test(i.str));
  if (loose.length === 0) return items;
  const absorbed = new Set<TextRun>();
  for (const run of items) {
    if (run.str.length < 3 || !run.str.includes(' ') || run.width <= 0) continue;
    for (const glyph of loose) {
      if (absorbed.has(glyph) || Math.abs(glyph.y - run.y) > 2) continue;
      const centre = glyph.x + glyph.width / 2;
      if (centre <= run.x || centre >= run.x + run.width) continue;
      const fraction = (centre - run.x) / run.width;
      const estimate = (run.rtl ? 1 - fraction : fraction) * run.str.length;
      let best = -1;
      for (let i = 0; i < run.str.length; i++) {
        if (run.str[i] === ' ' && (best < 0 || Math.abs(i - estimate) < Math.abs(best - estimate))) best = i;
      }
      if (best >= 0 && Math.abs(best - estimate) < 3) {
        run.str = run.str.slice(0, best) + glyph.str + run.str.slice(best + 1);
        absorbed.add(glyph);
      }
    }
  }
  return items.filter((i) => !absorbed.has(i));
}

/**
 * A gap (in font heights) that separates table columns, kept as a tab so that a row's cells
 * ("task | who | 31 March 2025 | status") stay apart for the detectors. Two heights always are;
 * from 1.2 unless the line has several gaps of the same width: justified prose read word by
 * word has wide gaps too, but all alike. A run that starts well before the one before it ends
 * is written over it: a cell's text running on past its column's edge into the next cell's.
 * Not in right-to-left lines: mirrored brackets sit there with gaps that are not columns.
 */
function isColumnGap(gap: number, lineGaps: readonly number[]): boolean {
  if (gap > 2 || gap < -OVERLAP) return true;
  if (gap <= 1.2) return false;
  const alike = lineGaps.filter((other) => Math.abs(other - gap) <= gap * 0.2).length - 1;
  return alike < 3;
}

/** How far (in font heights) a run may start before the end of the one before it, as glyph boxes overlap, and still run on from it. */
const OVERLAP = 0.3;

/** A line's text between two column gaps, with where it lies across the page. */
export interface Cell {
  text: string;
  left: number;
  right: number;
  /**
   * Where a run after a gap too narrow for a column starts: the offset in `text`, its x and the gap before it, in font
   * sizes (a table's tight column, perhaps).
   */
  starts?: Array<{ at: number; x: number; gap: number }>;
}

/** One line of a page: its cells left to right (one cell for a right-to-left line), its baseline and font size. */
export interface PageLine {
  cells: Cell[];
  y: number;
  height: number;
}

/** One line's runs (any order) as text, split into cells at column gaps. */
export function layoutLine(runs: TextRun[]): PageLine | undefined {
  const line = runs.filter((i) => i.str.length > 0);
  if (line.length === 0) return undefined;
  const rtlChars = line.reduce((n, i) => n + (i.rtl ? i.str.length : 0), 0);
  const total = line.reduce((n, i) => n + i.str.length, 0);
  const rtl = rtlChars > total / 2;
  line.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
  const inked = line.filter((item) => item.str.trim() !== '');
  const gaps = inked.slice(1).map((item, i) => (rtl ? inked[i]!.x - (item.x + item.width) : item.x - (inked[i]!.x + inked[i]!.width)) / item.height);
  const cells: Cell[] = [];
  let cell: Cell | undefined;
  const collapsed = (text: string) => text.replace(/\s+/gu, ' ').replace(/^ /u, '');
  const close = () => {
    const text = cell && collapsed(cell.text).trimEnd();
    // Starts were counted in the text as built: count them again in the collapsed text.
    if (cell && text) cells.push({ ...cell, text, ...(cell.starts ? { starts: cell.starts.map((s) => ({ at: collapsed(cell!.text.slice(0, s.at)).length, x: s.x, gap: s.gap })) } : {}) });
    cell = undefined;
  };
  let g = 0;
  for (const item of line) {
    if (item.str.trim() === '') {
      if (cell && !/\s$/.test(cell.text)) cell.text += ' ';
      continue;
    }
    if (cell) {
      const gap = gaps[g++]! * item.height;
      if (!rtl && isColumnGap(gaps[g - 1]!, gaps)) close();
      else {
        if (!/\s$/.test(cell.text) && !/^\s/.test(item.str) && gap > Math.max(1, item.height * 0.15)) cell.text += ' ';
        if (!rtl && gaps[g - 1]! > NARROW_COLUMN_GAP) (cell.starts ??= []).push({ at: cell.text.length, x: item.x, gap: gaps[g - 1]! });
      }
    }
    if (!cell) cell = { text: '', left: item.x, right: item.x + item.width };
    // A word set against the previous one without a written space may open a table's column, like a run after a narrow gap.
    for (const start of item.unspacedStarts ?? []) (cell.starts ??= []).push({ at: cell.text.length + start.at, x: start.x, gap: start.gap });
    cell.text += item.str;
    cell.left = Math.min(cell.left, item.x);
    cell.right = Math.max(cell.right, item.x + item.width);
  }
  close();
  if (cells.length === 0) return undefined;

  return { cells, y: Math.max(...line.map((i) => i.y)), height: Math.max(...line.map((i) => i.height)) };
}

const lineText = (line: PageLine) => line.cells.map((c) => c.text).join('\t');

/** A gap (in font sizes) too narrow to be a column's by itself, but a column's where the table's other lines start a cell there. */
const NARROW_COLUMN_GAP = 0.6;
/** How far (in font sizes) a table's lines of several cells may be from its lines of one: a row written over five lines. */
const TABLE_REACH = 4;
/** How far apart (in points) two cells may start and still be in one column. */
const COLUMN_ALIGN = 2;
/**
 * A gap (in font sizes) about a space's or wider (a glyph's box may run a little past the letter, so the gap measured is
 * narrower than the one set): a column's edge where the table's lines share it at one place (`sharedColumnStart`).
 */
const SHARED_START_GAP = 0.25;
/** How far apart (in points) the words of lines set tight against one column edge start: a table's cells start at one x. */
const SHARED_START_ALIGN = 0.5;

/**
 * Lines of a table whose cells ran together over a narrow gap ("Nuclear Regulatory Authority Act,
 * Operational" under "Instrument" and "Stage"): split where a line with more cells (the header), or
 * another line of the table close by, starts a cell at the same place. A line of one cell (a row's
 * cells all run together: "Teodora Nchama Mangue Obiang Directora General…") is split only inside
 * a table, or by a line close to it that starts a column where it starts too, so prose stays whole.
 */
function splitAtAlignedStarts(lines: readonly PageLine[]): PageLine[] {
  if (!lines.some((l) => l.cells.some((c) => c.starts))) return [...lines];
  const multi = lines.filter((l) => l.cells.length > 1);
  const startsAt = (other: PageLine, x: number) => other.cells.some((c) => Math.abs(c.left - x) <= COLUMN_ALIGN);
  return lines.map((line) => {
    if (!line.cells.some((c) => c.starts)) return line;
    // A line with more cells than this one (a table's header, set apart by wider gaps) shows where its columns start; so
    // does a line of the same table close to it, where this one has several cells (the rows of a page of the table without
    // its header each run some of their cells together, and not the same ones).
    // A line of one cell is split only inside a table (lines of several cells close above and below it), or by a line
    // close to it that starts a column where it starts (the row's other lines may be all of one column: a position
    // written over four lines).
    const near = (other: PageLine) => Math.abs(other.y - line.y) <= TABLE_REACH * line.height;
    const inside = multi.some((o) => o.y > line.y && near(o)) && multi.some((o) => o.y < line.y && near(o));
    const shows = (other: PageLine) =>
      other.cells.length > line.cells.length
        ? line.cells.length > 1 || inside || (near(other) && startsAt(other, line.cells[0]!.left))
        : other !== line && line.cells.length > 1 && near(other);
    const donors = multi.filter((other) => shows(other) && line.cells.some((cell) => (cell.starts ?? []).some((start) => startsAt(other, start.x))));
    if (donors.length === 0) return line.cells.length > 1 ? cutAt(line, (start) => sharedColumnStart(line, start, multi.filter((o) => o !== line && near(o)))) : line;
    // Cut where those lines start a cell and this one starts none.
    const columns = donors.flatMap((other) => other.cells.map((c) => c.left)).filter((x) => !startsAt(line, x));
    return cutAt(line, (start) => columns.some((x) => Math.abs(x - start.x) <= COLUMN_ALIGN));
  });
}

/** A cell's word before one of its starts. */
const wordBefore = (cell: Cell, at: number): string => cell.text.slice(0, at).trim().split(/\s+/u).pop() ?? '';

/**
 * Whether a line's start is a column's edge that the table's lines all set as tight: two lines of several cells close
 * to it start a word at the very same place, with no space written before it, after a gap of a space or wider (a column
 * of names set flush right against the next column's left edge: "Ms. Ann Lee Director" over "Mr. Bo Ray Adviser"), and
 * after words that are not all the same (the same word opening each line's cell sets its next word at one place:
 * "Ministry of …"). Words of prose start at one place on three lines only by chance, and rarely to half a point.
 */
function sharedColumnStart(line: PageLine, start: { at: number; x: number; gap: number }, others: readonly PageLine[]): boolean {
  if (start.gap < SHARED_START_GAP) return false;
  const cell = line.cells.find((c) => (c.starts ?? []).includes(start))!;
  const before = new Set([wordBefore(cell, start.at)]);
  let lines = 0;
  for (const other of others) {
    for (const c of other.cells) {
      const same = (c.starts ?? []).find((s) => s.gap >= SHARED_START_GAP && Math.abs(s.x - start.x) <= SHARED_START_ALIGN);
      if (!same) continue;
      before.add(wordBefore(c, same.at));
      lines++;
      break;
    }
  }
  return lines >= 2 && before.size > 1;
}

/** The line with its cells cut at the starts that `isCut` takes (asked of each start in order, left to right). */
function cutAt(line: PageLine, isCut: (start: { at: number; x: number; gap: number }) => boolean): PageLine {
  const cells = line.cells.flatMap((cell) => {
    const cuts = (cell.starts ?? []).filter(isCut);
    if (cuts.length === 0) return [cell];
    const pieces: Cell[] = [];
    let from = 0;
    let left = cell.left;
    for (const cut of cuts) {
      pieces.push({ text: cell.text.slice(from, cut.at).trim(), left, right: cut.x - 0.1 });
      from = cut.at;
      left = cut.x;
    }
    pieces.push({ text: cell.text.slice(from).trim(), left, right: cell.right });
    return pieces.filter((p) => p.text);
  });
  return cells.length === line.cells.length ? line : { ...line, cells };
}

interface Column {
  left: number;
  right: number;
}

/**
 * A table's columns: the spans across the page of the cells of its lines of several cells, spans
 * that overlap being one column (a header centred over its column, cells of unequal width), but
 * for two cells of one line: a cell whose text runs on past its column's edge, over the start of
 * the next cell, ends its column where the next one starts.
 */
function tableColumns(lines: readonly PageLine[]): Column[] {
  const spans = lines
    .filter((l) => l.cells.length > 1)
    .flatMap((line) => line.cells.map((c) => ({ left: c.left, right: c.right, line })))
    .sort((a, b) => a.left - b.left);
  const columns: Array<Column & { lines: Set<PageLine> }> = [];
  for (const { left, right, line } of spans) {
    const last = columns[columns.length - 1];
    if (last && left < last.right && !last.lines.has(line)) {
      last.right = Math.max(last.right, right);
      last.lines.add(line);
    } else {
      if (last) last.right = Math.min(last.right, left);
      columns.push({ left, right, lines: new Set([line]) });
    }
  }
  return columns.map(({ left, right }) => ({ left, right }));
}

/** The column a cell lies in: the one its span overlaps most. */
function columnOf(columns: readonly Column[], cell: Cell): number {
  let best = 0;
  let most = -Infinity;
  columns.forEach((column, i) => {
    const overlap = Math.min(column.right, cell.right) - Math.max(column.left, cell.left);
    if (overlap > most) {
      most = overlap;
      best = i;
    }
  });
  return best;
}

/**
 * Whether a line of one cell belongs to the table beside it: it lies between the neighbours of the
 * one column it touches (a line of prose runs across the columns).
 */
function fitsColumns(line: PageLine, columns: readonly Column[]): boolean {
  if (line.cells.length !== 1 || columns.length < 2) return false;
  const cell = line.cells[0]!;
  const touched = columns.findIndex((c) => cell.left < c.right && cell.right > c.left);
  if (touched < 0 || columns.some((c, i) => i !== touched && cell.left < c.right && cell.right > c.left)) return false;
  const before = columns[touched - 1];
  const after = columns[touched + 1];
  return (!before || cell.left >= before.right) && (!after || cell.right <= after.left);
}

/**
 * The space between two lines of one cell is at most this many font sizes: single line spacing is
 * 1.15 to 1.25; rows are further apart (cell padding, borders).
 */
const CELL_LINE_SPACING = 1.3;

/**
 * The spacing (in font sizes) up to which two lines of a column are one cell, for this table. Its
 * line spacings (half-line offsets of centred cells and gaps to headings left out) may fall in two
 * groups: lines of a wrapped cell, then rows set further apart by their padding, a spacing that
 * recurs from row to row. The middle of the widest such step, where the closer group is a line
 * spacing (single to one and a half); otherwise the usual single spacing. Word processors differ:
 * 1.15 within a cell and 1.4 between rows in one, 1.4 and 1.8 in another.
 */
function cellLineSpacing(lines: readonly PageLine[]): number {
  const spacings = lines.slice(1)
    .map((line, i) => (lines[i]!.y - line.y) / Math.max(line.height, lines[i]!.height))
    .filter((spacing) => spacing >= 1 && spacing < 2.5)
    .sort((a, b) => a - b);
  let best = { ratio: 1.15, at: CELL_LINE_SPACING };
  for (let i = 1; i < spacings.length; i++) {
    const [within, between] = [spacings[i - 1]!, spacings[i]!];
    const recurs = spacings.filter((s) => Math.abs(s - between) <= between * 0.1).length >= 2;
    if (between / within >= best.ratio && within <= 1.6 && recurs) best = { ratio: between / within, at: (within + between) / 2 };
  }
  return Math.max(CELL_LINE_SPACING, best.at);
}

/** The widest spacing (in font sizes) of a cell's lines: one and a half lines. */
const WRAPPED_LINE_SPACING = 1.6;

/**
 * Whether a cell's line is the next line of the text above it in its column (the line above's
 * span): it starts where that line starts, and its first word would not have fitted after it,
 * before the column's edge (its widest line). A word is up to a space, a character in scripts
 * written without spaces. A header centred over its column starts elsewhere than its rows.
 */
function wraps(above: { left: number; right: number }, cell: Cell, edge: number, height: number): boolean {
  if (Math.abs(above.left - cell.left) > COLUMN_ALIGN) return false;
  const word = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(cell.text) ? 1 : cell.text.search(/\s|$/u);
  const wordWidth = ((cell.right - cell.left) * word) / cell.text.length;
  return above.right + SPACE_WIDTH * height + wordWidth > edge;
}

/**
 * A row whose first cell goes on in lower case ("pénales ou civiles" under "PO 3 d) - Sanctions") is the rest of the row
 * above, whose cells wrapped further apart than its lines: its cells are joined to that row's, column by column, as the
 * plain-text tables' reader joins them. An item's letter ("a) …") or a code with a number ("op 3 (b)") opens a row of its own.
 */
export function withWrappedLabelsJoined(rows: readonly string[][]): string[][] {
  const out: string[][] = [];
  for (const cells of rows) {
    const above = out.at(-1);
    const first = cells[0] ?? '';
    if (above !== undefined && /^\p{Ll}[\p{Ll}'’-]{2,}/u.test(first) && !/\p{N}/u.test(first)) {
      cells.forEach((cell, c) => (above[c] = [above[c], cell].filter((t) => t).join(' ')));
    } else out.push([...cells]);
  }
  return out;
}

/** A space's width, in font sizes (0.25 to 0.28 in common fonts). */
const SPACE_WIDTH = 0.25;

/**
 * A table's lines (top to bottom) as its rows. In each column, lines no further apart than a
 * cell's line spacing are one cell; cells of different columns whose heights overlap are one row
 * (a name centred beside a position written over three lines). Where rows are no further apart
 * than a cell's lines, a line up to one and a half lines down still continues the cell above it
 * where it wraps that cell's text (`wraps`). Where rows have no padding, that
 * joins them all; a row is then split before each of its lines that fills the row's columns (cells
 * at the top of their rows: each row's first line has them all, its other lines only the cells
 * that run on). Each row is one line: its cells in column order, separated by tabs, each cell's
 * lines joined.
 */
function tableRows(lines: readonly PageLine[], columns: readonly Column[]): string[] {
  interface Entry { column: number; y: number; text: string }
  interface TableCell { top: number; bottom: number; left: number; right: number; entries: Entry[] }
  const cells: TableCell[] = [];
  const open: Array<TableCell | undefined> = columns.map(() => undefined);
  const spacing = cellLineSpacing(lines);
  // Where rows are no further apart than a cell's lines, a line a little further down without the table's first
  // cell (where each row starts) still continues the cells above it where it wraps each of them, as far below them
  // as the closest lines of a column are (closer lines in a column are a cell's: rows are further apart).
  const edges = columns.map(() => -Infinity);
  const lastIn = columns.map((): PageLine | undefined => undefined);
  let closest = WRAPPED_LINE_SPACING;
  for (const line of lines) {
    for (const cell of line.cells) {
      const column = columnOf(columns, cell);
      edges[column] = Math.max(edges[column]!, cell.right);
      const above = lastIn[column];
      const apart = above ? (above.y - line.y) / line.height : 0;
      if (apart >= 1) closest = Math.min(closest, apart);
      lastIn[column] = line;
    }
  }
  const continues = (line: PageLine) =>
    spacing <= CELL_LINE_SPACING &&
    line.cells.every((cell) => {
      const column = columnOf(columns, cell);
      const above = open[column];
      return column > 0 && above !== undefined && above.bottom - line.y <= 1.1 * closest * line.height && wraps(above, cell, edges[column]!, line.height);
    });
  for (const line of lines) {
    const continued = continues(line);
    for (const cell of line.cells) {
      const entry = { column: columnOf(columns, cell), y: line.y, text: cell.text };
      const current = open[entry.column];
      if (current && (current.bottom - line.y <= spacing * line.height || continued)) {
        current.bottom = line.y;
        current.left = cell.left;
        current.right = cell.right;
        current.entries.push(entry);
      } else {
        const started: TableCell = { top: line.y, bottom: line.y, left: cell.left, right: cell.right, entries: [entry] };
        cells.push(started);
        open[entry.column] = started;
      }
    }
  }
  cells.sort((a, b) => b.top - a.top);
  const rows: Array<{ bottom: number; entries: Entry[] }> = [];
  for (const cell of cells) {
    const row = rows[rows.length - 1];
    if (row && cell.top >= row.bottom) {
      row.entries.push(...cell.entries);
      row.bottom = Math.min(row.bottom, cell.bottom);
    } else rows.push({ bottom: cell.bottom, entries: [...cell.entries] });
  }
  // Rows told apart by their spacing need no other cut: a cell's lines beside another cell's lines are one row.
  const rowCells = rows.flatMap(({ entries }) => (spacing > CELL_LINE_SPACING ? [entries] : splitAtFullLines(entries))).map((entries) =>
    columns.map((_, i) => entries.filter((e) => e.column === i).map((e) => e.text).join(' ')));
  return withWrappedLabelsJoined(rowCells).map((cells) => cells.join('\t').replace(/\t+$/u, ''));

  /** A row's entries, split before each line that has a cell in every column the row uses, if it has two or more. */
  function splitAtFullLines(rowEntries: Entry[]): Entry[][] {
    const used = new Set(rowEntries.map((e) => e.column)).size;
    const heights = [...new Set(rowEntries.map((e) => e.y))].sort((x, y) => y - x);
    const full = heights.filter((y) => new Set(rowEntries.filter((e) => e.y === y).map((e) => e.column)).size === used);
    if (used < 2 || full.length < 2) return [rowEntries];
    return full.map((top, k) => rowEntries.filter((e) => (k === 0 || e.y <= top) && (k + 1 >= full.length || e.y > full[k + 1]!)));
  }
}

/**
 * A page's lines (top to bottom) as text, tables rebuilt row by row. A table is a stretch of lines
 * of several cells, with the lines of one cell beside them that fit its columns, no wider apart
 * than two lines' spacing.
 */
export function pageText(laidOut: readonly PageLine[]): string {
  const lines = splitAtAlignedStarts(laidOut);
  const out: string[] = [];
  /** Lines before this one belong to a table already written. */
  let tableEnd = 0;
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.cells.length < 2) {
      out.push(lineText(lines[i]!));
      i++;
      continue;
    }
    // A table around this line: lines of several cells, and lines of one that fit their columns,
    // below and above, close to each other, and no line whose cells would run across two columns
    // (that is where the table ends: the next one's columns are not its own).
    let first = i;
    let last = i;
    let columns = tableColumns([lines[i]!]);
    const close = (a: PageLine, b: PageLine) => a.y - b.y <= 2.5 * Math.max(a.height, b.height);
    // A line of one cell more than two lines below the table is its own only where the table's lines are as far
    // apart: a date set under the last row ("Malabo, 2 de febrero de 2026") is further down than the rows are apart.
    const spaced = (a: PageLine, b: PageLine) => (a.y - b.y) / Math.max(a.height, b.height);
    const asCloseAsRows = (below: PageLine) =>
      spaced(lines[last]!, below) <= Math.max(2, 1.1 * Math.max(0, ...lines.slice(first + 1, last + 1).map((line, k) => spaced(lines[first + k]!, line))));
    const keepsColumns = (from: number, to: number) => {
      const grown = tableColumns(lines.slice(from, to + 1));
      return grown.length >= columns.length ? grown : undefined;
    };
    for (let grown = true; grown; ) {
      grown = false;
      const below = lines[last + 1];
      if (below && close(lines[last]!, below) && (below.cells.length > 1 || (fitsColumns(below, columns) && asCloseAsRows(below)))) {
        const wider = keepsColumns(first, last + 1);
        if (wider) {
          last++;
          columns = wider;
          grown = true;
        }
      }
      const above = lines[first - 1];
      if (first - 1 >= tableEnd && above && close(above, lines[first]!) && fitsColumns(above, columns)) {
        first--;
        grown = true;
      }
    }
    // One line of several cells is not yet a table (a date beside a reference, a page footer).
    const table = lines.slice(first, last + 1);
    if (table.filter((l) => l.cells.length > 1).length < 2) {
      out.push(lineText(lines[i]!));
      i++;
      continue;
    }
    // Lines taken back from above were already written as prose: take them back out.
    out.splice(out.length - (i - first), i - first);
    out.push(...tableRows(table, columns));
    i = tableEnd = last + 1;
  }
  return out.join('\n');
}

export function assembleLines(items: TextRun[]): string {
  const visible = absorbLoosePunctuation(items.filter((i) => i.str.length > 0));
  const lines: TextRun[][] = [];
  const sorted = [...visible].sort((a, b) => b.y - a.y);
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.y - item.y) <= Math.max(2, item.height * 0.4));
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((a, b) => b[0]!.y - a[0]!.y);
  return pageText(lines.map(layoutLine).filter((l) => l !== undefined));
}
