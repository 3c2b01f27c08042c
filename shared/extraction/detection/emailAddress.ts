/**
 * An e-mail address as a contact's details give it: the local part, "@", and a domain of two labels at least. One pattern
 * for every reader of contacts (the contact reader, its form and side-by-side readers), so that they find the same
 * addresses.
 */
export const E_MAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/u;
/** Every address of a text, for `match`, `matchAll` and `replace` (a global pattern: never for `test`). */
export const E_MAIL_ADDRESSES = new RegExp(E_MAIL_ADDRESS.source, 'gu');

/** "at" written out in brackets, in the six languages' usual words for it ("[at]", "(arroba)", "{arobase}", "[собака]"). */
const AT_IN_BRACKETS = String.raw`[[({][^\S\n]*(?:at|arroba|arobase|собака)[^\S\n]*[\])}]`;
const WRITTEN_AT = String.raw`[^\S\n]*${AT_IN_BRACKETS}[^\S\n]*`;
/** "dot" written out in brackets ("(dot)", "[punto]", "(point)", "[точка]"). */
const WRITTEN_DOT = String.raw`[^\S\n]*[[({][^\S\n]*(?:dot|punto|point|точка)[^\S\n]*[\])}][^\S\n]*`;
/** An address with its "@" (and perhaps its dots) written out in brackets: the local part, then a domain of two labels at least. */
const WRITTEN_OUT_ADDRESS = new RegExp(String.raw`([A-Za-z0-9._%+-]+)${WRITTEN_AT}([A-Za-z0-9-]+(?:(?:\.|${WRITTEN_DOT})[A-Za-z0-9-]+)+)`, 'giu');
const WRITTEN_OUT_DOT = new RegExp(WRITTEN_DOT, 'giu');
/** What every written-out address holds: its "at" in brackets. Looked for first, as it is found far faster than the address. */
const WRITTEN_AT_ALONE = new RegExp(AT_IN_BRACKETS, 'iu');

/**
 * The text with each address whose "@" a text put on the web writes out in brackets, to keep it from address harvesters
 * ("j.doe[at]mfa.example.gov", "r.alder (at) energy (dot) example (dot) gov"), written as the address it stands for: a
 * contact's address is one to write to. "at" in brackets between words that make no address is left as it is.
 */
export function withWrittenOutAddresses(text: string): string {
  if (!WRITTEN_AT_ALONE.test(text)) return text;
  return text.replace(WRITTEN_OUT_ADDRESS, (_, local: string, domain: string) => `${local}@${domain.replace(WRITTEN_OUT_DOT, '.')}`);
}

/** An address's characters, and the marks between its parts. */
const ADDRESS_CHARACTER = '[A-Za-z0-9._%+-]';
/** An address typed with a full-width "＠" (and perhaps full-width full stops), as a CJK input method types them. */
const FULL_WIDTH_ADDRESS = new RegExp(String.raw`${ADDRESS_CHARACTER}+＠[A-Za-z0-9-]+(?:[.．][A-Za-z0-9-]+)+`, 'gu');
/** A space typed before a dot of an address's domain ("r.alder@energy .example.gov"): no sentence puts one there. */
const SPACE_BEFORE_DOMAIN_DOT = /(?<=@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)[^\S\n]+(?=\.[A-Za-z0-9-]+(?![^\s.,;:)>»”"'’]))/gu;

/**
 * A space typed (or a layout's word gap read) on either side of an address's "@" ("j.doe @ mfa.example.gov",
 * "j.doe@ mfa.example.gov"): no sentence puts an address's parts on either side of an "@" but an address. One space: a
 * tab or a run of spaces parts a table's cells (an address that a cell's wrap cut before its "@" is the table readers'
 * to join). The domain ends in a label of letters.
 */
const SPACED_AT = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]*[A-Za-z0-9])(?: @ ?|@ )([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])/gu;

/** A line's end and the spaces around it. */
const LINE_END = String.raw`[^\S\t\n]*\r?\n[^\S\t\n]*`;
/**
 * An address that a line's end cuts, in the running text of lines with no table cells: the part before the end holds the
 * "@", the part after opens the next line. Or only the local part stands before the end, cut at one of its marks, after
 * a label's colon or an opening bracket (a list's letter alone on its line, "a.", opens no address) or at a hyphen.
 */
const ADDRESS_CUT_AT_LINE_END = new RegExp(
  String.raw`(?<![^\s:：(<«“"'])(?<before>${ADDRESS_CHARACTER}+@[A-Za-z0-9.-]*)${LINE_END}(?<after>[A-Za-z0-9.-]*[A-Za-z0-9])`
    + String.raw`|(?<lead>(?:[:：(<«“"]|mailto:)[^\S\t\n]*)(?<local>[a-z0-9][a-z0-9._%+-]*[._-])${LINE_END}(?<rest>${ADDRESS_CHARACTER}+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`
    + String.raw`|(?<=[^\S\t\n])(?<hyphened>[a-z0-9][a-z0-9._%+-]*-)${LINE_END}(?<end>[a-z0-9][a-z0-9._%+]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`,
  'gmu',
);
const WHOLE_ADDRESS = new RegExp(`^${E_MAIL_ADDRESS.source}$`, 'u');

/** Whether the lines from `at` to `at + length` hold a table's cells (apart by tabs). */
function inTableRow(text: string, at: number, length: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at + length);
  return text.slice(start, end < 0 ? undefined : end).includes('\t');
}

/**
 * Whether the parts of an address cut after its "@" make one address again: the part before the cut is no address yet (it
 * stops at the "@", at a hyphen or inside its first label), or it stops at a dot that the next line's lower-case letter
 * shows to be the address's and not a full stop ("…@justice.gov." / "kl, …"). A line that goes on with a capital or a
 * digit after a whole address ("… a.lima@mfa.gov.kl." / "The …", "1. …") opens a new sentence or item.
 */
function joinsCutAddress(before: string, after: string): boolean {
  if (!WHOLE_ADDRESS.test(`${before}${after}`)) return false;
  if (before.endsWith('.')) return !WHOLE_ADDRESS.test(before.slice(0, -1)) || /^[a-z]/u.test(after);
  return !WHOLE_ADDRESS.test(before) || after.startsWith('.');
}

/**
 * The text with each address written as one: typed with a full-width "＠" or full stops, with spaces around its "@" or
 * before a dot of its domain, or cut by a line's end in running text (after its "@", at a dot, hyphen or underscore, or inside a label), so that
 * the address read is the one to write to, not a part of it. A hyphen at the line's end inside an address is the
 * address's own: a layout breaks a line after the hyphens an address has, and adds none to it. Table rows are left to
 * the table readers, which join a cell's lines.
 */
export function withAddressesWrittenWhole(text: string): string {
  // Every repair starts from an at sign: a text without one (most of a long report's pages) is passed at once.
  if (!text.includes('@') && !text.includes('＠')) return text;
  return text
    .replace(FULL_WIDTH_ADDRESS, (address) => address.replace('＠', '@').replace(/．/gu, '.'))
    .replace(SPACED_AT, '$1@$2')
    .replace(SPACE_BEFORE_DOMAIN_DOT, '')
    .replace(ADDRESS_CUT_AT_LINE_END, (whole, ...args) => {
      const { before, after, lead, local, rest, hyphened, end } = args.at(-1) as Record<string, string | undefined>;
      if (inTableRow(text, args.at(-3) as number, whole.length)) return whole;
      if (before !== undefined) return joinsCutAddress(before, after!) ? `${before}${after}` : whole;
      if (local !== undefined) return `${lead}${local}${rest}`;
      return `${hyphened}${end}`;
    });
}
