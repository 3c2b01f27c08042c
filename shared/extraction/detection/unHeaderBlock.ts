/**
 * The header block the UN puts on every document it issues (symbol, organ, "Distr.", the issue date,
 * language lines). It is the same for a state's report and a Committee letter, so it says nothing
 * about who wrote the document, what kind of document it is or when it was written: readers of
 * authorship, type and date start after it.
 */
import { type FoundDate, findDates } from './dates.js';
import { textWidth } from './textFolding.js';

/**
 * A UN document symbol ending its line: "S/2024/941", "S/AC.44/2023/7", "A/79/123", alone or after
 * "United Nations" (the header's two columns read as one line).
 */
const UN_SYMBOL_LINE = /(?:^|\s)[A-Z]{1,2}(?:\/[A-Z0-9.]+)+\s*$/u;
/**
 * "Distr.: General", alone or after "Security Council" on the header's line, in any column order, or written out in
 * the document's language ("分发：一般", "التوزيع: عام", "Распространение: общее").
 * The abbreviation ends its word: "Distrito Nacional" in a closing place line is no issue line.
 */
const ISSUE_LINE = /(?:^|\s)(?:Distr(?![\p{L}])\.?\s*[:：]?|(?:分发|التوزيع|Распространение)\s*[:：])/u;
const LANGUAGE_LINE = /(?:^|\s)(?:Original|Оригинал|原文|原件|الأصل|اللغة الأصلية)\s*[:：]/iu;
const HEADER_LINES = 15;
/**
 * Longer than any line the block holds alone after its issue date (a language's name, "Security Council"): the title
 * below it ("Security Council Committee established pursuant to resolution 1540 (2004)").
 */
const TITLE_LINE_LENGTH = 30;

/**
 * Where the UN header block ends (symbol, issue and language lines and what they enclose), or 0. The dates of the text's
 * opening (`dates`, found there unless given) are looked for only once an issue line is seen: most texts have none.
 */
export function unHeaderBlockEnd(text: string, dates?: readonly FoundDate[]): number {
  let found = dates;
  const datedLine = (start: number, end: number) => (found ??= findDates(text.slice(0, 3_000))).some((d) => d.start >= start && d.end <= end);
  let end = 0;
  let pos = 0;
  let issued = false;
  let issueDated = false;
  for (let i = 0; i < HEADER_LINES && pos < text.length; i++) {
    const next = text.indexOf('\n', pos);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(pos, lineEnd).trim();
    const issueLine = ISSUE_LINE.test(line);
    // Only the issue line and the lines after it are asked whether they are dated.
    const dated = (issued || issueLine) && datedLine(pos, lineEnd);
    // The block is one run of lines: once it has its issue date, the first long line of none of its kinds is the title,
    // and a mission's reference under it ("Ref. BZ/PM/0203/26") is no UN symbol.
    const ownKind = UN_SYMBOL_LINE.test(line) || LANGUAGE_LINE.test(line) || issueLine || dated;
    if (issueDated && !ownKind && textWidth(line) > TITLE_LINE_LENGTH) break;
    if (UN_SYMBOL_LINE.test(line) || LANGUAGE_LINE.test(line)) end = lineEnd;
    if (issueLine) issued = true;
    // The issue date stands on the "Distr." line or the first dated line after it.
    if (issued && (issueLine || dated)) {
      end = lineEnd;
      if (dated) {
        issued = false;
        issueDated = true;
      }
    }
    pos = lineEnd + 1;
  }
  return end;
}
