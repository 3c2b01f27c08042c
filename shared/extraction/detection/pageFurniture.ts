/**
 * Page furniture: the running header and footer lines a paged document repeats at the top or bottom of its pages (a page
 * number, "Página 2 de 3", the document's symbol, a running title). They belong to the page, not to the text: a table or a
 * paragraph that goes on over a page break goes on past them.
 */

/** How many lines at each end of a page a header or footer may take. */
const EDGE_LINES = 3;

/** A line's shape across pages: its numbers (the page's own) and its spacing set aside. */
const shapeOf = (line: string): string => line.trim().replace(/\s+/gu, ' ').replace(/[\d٠-٩]+/gu, '#').toLowerCase();

/** A document's symbol ("S/AC.44/2025/14", "A/80/123"). */
const SYMBOL = /^\s*[A-Z]+(?:\/[A-Z0-9.-]+){2,}\s*$/u;

/** The indexes of a page's first and last non-empty lines, where headers and footers stand. */
function edgeLines(lines: readonly string[]): number[] {
  const filled = lines.flatMap((l, k) => (l.trim() ? [k] : []));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/**
 * The pages without the lines repeated at their edges on two pages or more. A line is furniture by its shape: a page number
 * goes up with the page ("2", "- 3 -", "Page 2 of 5"), a symbol or a running title stays the same. A table row (its cells
 * apart) counts only where it numbers the page (a footer of a title and a page number): a table's header repeated over each
 * page is the table's own, as is a word or two at a page's edge (a cell "Yes", "In force"). The first page's top is left to
 * the UN header block, whose symbol the later pages repeat.
 */
export function withoutPageFurniture(pages: readonly string[]): string[] {
  if (pages.length < 2) return [...pages];
  const split = pages.map((p) => p.split('\n'));
  const seen = new Map<string, { page: number; text: string }[]>();
  split.forEach((lines, page) => {
    for (const k of edgeLines(lines)) {
      const shape = shapeOf(lines[k]!);
      const at = { page, text: lines[k]!.trim() };
      const seenAt = seen.get(shape);
      if (seenAt) seenAt.push(at);
      else seen.set(shape, [at]);
    }
  });
  // Decided once per shape: a long document repeats the same edge lines on hundreds of pages.
  const verdicts = new Map<string, boolean>();
  const furnitureShape = (shape: string): boolean => {
    const seenAt = seen.get(shape) ?? [];
    if (new Set(seenAt.map((s) => s.page)).size < 2) return false;
    if (pageNumbered(seenAt)) return true;
    // The same text on every page: the line is that text (its shape is what was seen).
    const texts = new Set(seenAt.map((s) => s.text));
    const [text] = texts;
    return texts.size === 1 && !text!.includes('\t') && (text!.replace(/[^\p{L}]/gu, '').length >= 12 || SYMBOL.test(text!));
  };
  const furniture = (line: string): boolean => {
    const shape = shapeOf(line);
    let verdict = verdicts.get(shape);
    if (verdict === undefined) verdicts.set(shape, (verdict = furnitureShape(shape)));
    return verdict;
  };
  return split.map((lines, page) => {
    const edges = new Set(edgeLines(lines).filter((k) => furniture(lines[k]!) && (page > 0 || k > lines.length / 2)));
    return lines.filter((_, k) => !edges.has(k)).join('\n');
  });
}

/** Whether one of the numbers of a line seen on several pages goes up with the page (a page number, whatever it starts at). */
function pageNumbered(seenAt: readonly { page: number; text: string }[]): boolean {
  const numbers = seenAt.map((s) => (s.text.match(/\d+/gu) ?? []).map(Number));
  return (numbers[0] ?? []).some((_, i) => new Set(numbers.map((n, k) => (n[i] ?? NaN) - seenAt[k]!.page)).size === 1);
}
