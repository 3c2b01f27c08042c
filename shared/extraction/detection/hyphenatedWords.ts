/**
 * Words a hard wrap cuts with a hyphen at a line's end ("Ngira-" / "ked", "Gutiérrez-" / "Solano"). The line's next word
 * says which hyphen it was: in lower case it goes on with the same word, so the hyphen is the wrap's and goes; in capitals it
 * is the next part of a double name, so the hyphen is the name's and stays. Either way the two parts are one word again.
 */

/**
 * A word of two letters or more, its hyphen at the end of its line, and the next line opening with a letter. Spaces around
 * the break are taken, tabs not: a line that opens with tabs goes on in a later column of a table's row (an address cut at
 * its own hyphen in the e-mail column), which the table readers join cell by cell.
 */
const HYPHEN_AT_LINE_END = /(?<=\p{L}\p{M}*\p{L}\p{M}*)-[^\S\n\t]*\n[^\S\n\t]*(?=(\p{L}))/gu;

export function withHyphenatedWordsJoined(text: string): string {
  return text.replace(HYPHEN_AT_LINE_END, (_, next: string) => (next === next.toLowerCase() && next !== next.toUpperCase() ? '' : '-'));
}
