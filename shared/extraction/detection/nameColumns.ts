/**
 * Tables that give a person's name in two or three columns: the family name in one and the given name in the next
 * ("Surname | Given name", "Nom | Prénom", "Apellidos | Nombre", "Фамилия | Имя | Отчество", "姓 | 名", "اللقب | الاسم").
 * The contact reader takes a person's name from one cell; here each row's name cells are joined into one, in the order
 * the columns give them (the name is kept as written), so that the row names its person as a one-column table does.
 */

/** A family name's column label. */
const SURNAME_LABEL = '(?:surnames?|family names?|last names?|noms? de famille|(?:primer |segundo )?apellidos?|фамилия|姓氏?|اسم العائلة|اللقب|الكنية)';
/** A given name's (or a patronymic's) column label. */
const GIVEN_NAME_LABEL = '(?:given names?|first names?|forenames?|pr[ée]noms?|nombres?|имя|отчество|名字?|الاسم الأول)';
/** A name's label that says no more than "name": the family name beside a given name, or the given name beside a family name. */
const PLAIN_NAME_LABEL = '(?:names?|noms?|الاسم)';
/** The label alone in its cell, with the "(s)" or the colon or star a form may set after it. */
const whole = (label: string) => new RegExp(`^${label}(?:[^\\S\\t]*\\(s\\))?[^\\S\\t]*[:：*]?$`, 'iu');
const NAME_PART = [SURNAME_LABEL, GIVEN_NAME_LABEL, PLAIN_NAME_LABEL].map(whole);
const PLAIN_NAME = whole(PLAIN_NAME_LABEL);

/**
 * The columns (first and last, inclusive) of a header's name parts, if it has them: two or three cells side by side,
 * each a name's label, one at least saying which part it holds (two cells of "Name" are two persons' columns).
 */
function nameColumnsOf(header: readonly string[]): { from: number; to: number } | undefined {
  const isPart = (cell: string | undefined) => cell !== undefined && NAME_PART.some((label) => label.test(cell.trim()));
  const from = header.findIndex(isPart);
  if (from < 0) return undefined;
  let to = from;
  while (to + 1 < header.length && to - from < 2 && isPart(header[to + 1])) to++;
  if (to === from || header.slice(from, to + 1).every((cell) => PLAIN_NAME.test(cell.trim()))) return undefined;
  return { from, to };
}

/**
 * The row with its cells from `from` to `to` joined into one, where they hold words only (no address, no number): a
 * row's by a space, into the name; the header's by a slash, so that its labels never read as a person's name.
 */
function withNameCellsJoined(row: string, { from, to }: { from: number; to: number }, isHeader: boolean): string {
  const cells = row.split('\t');
  const parts = cells.slice(from, to + 1);
  if (cells.length <= to || parts.some((cell) => /[@\d]/u.test(cell))) return row;
  const joined = parts.map((cell) => cell.trim()).filter(Boolean).join(isHeader ? ' / ' : ' ');
  return [...cells.slice(0, from), joined, ...cells.slice(to + 1)].join('\t');
}

/**
 * The text with each table whose header gives the name in parts (see `nameColumnsOf`) written with one name column: the
 * header's labels and each row's name cells joined, up to the table's end (a line with no cells).
 */
export function withNameColumnsJoined(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  let columns: { from: number; to: number } | undefined;
  return lines
    .map((line) => {
      if (!line.includes('\t')) {
        columns = undefined;
        return line;
      }
      const header = nameColumnsOf(line.split('\t'));
      if (header) columns = header;
      return columns ? withNameCellsJoined(line, columns, header !== undefined) : line;
    })
    .join('\n');
}
