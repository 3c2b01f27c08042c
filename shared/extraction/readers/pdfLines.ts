/**
 * A page's text rebuilt from positioned runs of text, as the PDF readers give them: lines by
 * their height on the page, runs within a line in reading order (right to left where most of the
 * line is), a tab where the gap between runs is a table's column gap, and lone punctuation glyphs
 * put back where a run left room for them.
 */

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rtl: boolean;
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
 * from 1.2 unless the line has several gaps of the same width: justified prose that pdf.js
 * returns word by word has wide gaps too, but all alike. Not in right-to-left lines: pdf.js
 * places mirrored brackets there with gaps that are not columns.
 */
function isColumnGap(gap: number, lineGaps: readonly number[]): boolean {
  if (gap > 2) return true;
  if (gap <= 1.2) return false;
  const alike = lineGaps.filter((other) => Math.abs(other - gap) <= gap * 0.2).length - 1;
  return alike < 3;
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
  return lines
    .map((line) => {
      const rtlChars = line.reduce((n, i) => n + (i.rtl ? i.str.length : 0), 0);
      const total = line.reduce((n, i) => n + i.str.length, 0);
      const rtl = rtlChars > total / 2;
      line.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
      const inked = line.filter((item) => item.str.trim() !== '');
      const gaps = inked.slice(1).map((item, i) => (rtl ? inked[i]!.x - (item.x + item.width) : item.x - (inked[i]!.x + inked[i]!.width)) / item.height);
      let text = '';
      let previous: TextRun | undefined;
      let g = 0;
      for (const item of line) {
        if (item.str.trim() === '') {
          if (text && !/\s$/.test(text)) text += ' ';
          continue;
        }
        if (previous) {
          const gap = gaps[g++]! * item.height;
          if (!rtl && isColumnGap(gaps[g - 1]!, gaps)) text = `${text.trimEnd()}\t`;
          else if (!/\s$/.test(text) && !/^\s/.test(item.str) && gap > Math.max(1, item.height * 0.15)) text += ' ';
        }
        text += item.str;
        previous = item;
      }
      return text.replace(/[^\S\t]+/gu, ' ').replace(/ ?\t[\s]*/gu, '\t').trim();
    })
    .filter((l) => l.length > 0)
    .join('\n');
}
