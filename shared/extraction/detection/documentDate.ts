/**
 * The document's own date (note verbale, letter, signature, adoption), not the date of a law it
 * cites. The own date usually stands alone on its line or after a place ("New York, 14 March
 * 2024", "г. Астана, «12» апреля 2023 г.", "نيويورك في ٢٥ …") near the top or the end; cited
 * dates sit inside sentences after words like "Act of", "adopted on", "от", "de fecha".
 */
import { findDates, isoDate } from './dates.js';
import { anyOf, fold } from './textFolding.js';

const CITATION_BEFORE = anyOf([
  '<of>', '<dated>', '<since>', '<from>', '<until>', '<adopted on>', '<entered into force>', '<in force since>', '<signed on>', '<act>', '<law>', '<no\\.>', '<until>', '<by>',
  '<du>', '<depuis>', '<loi>', '<décret>', '<jusqu.au>', '<de fecha>', '<desde>', '<ley>', '<decreto>', '<hasta>', '<от>', '<с>', '<до>', '<закон', '<указ', 'الصادر', 'المؤرخ', 'منذ', 'حتى', '自', '于',
]);
const OWN_DATE_BEFORE = anyOf([
  '<adopted by the committee on>', '<issued on>', '<done at>', '<fait à>', '<hecho en>', '<le>$', 'في$', '<date:?>$', '<fecha:?>$', '<дата:?>$', '日期[:：]?$', 'التاريخ:?$', '<approved on>', '<approuvé le>', '<aprobado el>',
]);

export function detectDocumentDate(text: string): string | null {
  const head = text.slice(0, 200_000);
  const dates = findDates(head).filter((d) => d.day !== null && d.year !== null);
  if (dates.length === 0) return null;
  let best: { score: number; iso: string } | undefined;
  for (const d of dates) {
    const lineStart = head.lastIndexOf('\n', d.start - 1) + 1;
    const nextBreak = head.indexOf('\n', d.end);
    const lineEnd = nextBreak < 0 ? head.length : nextBreak;
    const before = head.slice(lineStart, d.start);
    const after = head.slice(d.end, lineEnd);
    const foldedBefore = fold(before.slice(-30));
    let score = 0;
    // Alone on its line, or after a place name: "Wellington, 9 September 2022".
    if (before.trim().length <= 40 && after.trim().length <= 6 && !/[.;]\s*$/u.test(before)) score += 6;
    if (/^[\p{L} .'’-]{2,30},\s*(?:le\s+|el\s+)?$/u.test(before.trim() + ' ') || /(?:^|\s)(?:г\.\s*)?[\p{L}-]+,\s*$/u.test(before)) score += 2;
    if (OWN_DATE_BEFORE.test(foldedBefore)) score += 3;
    if (CITATION_BEFORE.test(fold(before.slice(-14)))) score -= 4;
    if (d.year === 2004 && d.month === 4 && d.day === 28) score -= 10;
    // Early in the document is where letterheads and title pages are.
    if (d.start < 3_000) score += 2;
    else if (d.start > head.length - 1_500) score += 1;
    // Later dates beat earlier ones at equal standing: the document postdates what it cites.
    score += (d.year! - 1990) / 100;
    const iso = isoDate(d.year!, d.month, d.day!);
    if (!best || score > best.score) best = { score, iso };
  }
  return best && best.score >= 2 ? best.iso : null;
}
