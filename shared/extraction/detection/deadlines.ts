/**
 * Deadlines in Committee documents: a date by which something must be done, with its task.
 * Not deadlines: years in a resolution's name ("resolution 1673 (2006)", "第1267(1999)号决议"),
 * the period the document covers ("from 1 February 2025 to 31 January 2026"), the end of a
 * mandate ("until 30 November 2032"), past dates, and relative periods ("within four weeks").
 */
import type { DeadlineFinding } from '../contract.js';
import { findDates, isoDate, lastDayOfMonth } from './dates.js';
import { anyOf, fold } from './textFolding.js';
import type { TextUnit } from './textUnits.js';

const DEADLINE_BEFORE = anyOf([
  '<by>', '<by the end of>', '<no later than>', '<not later than>', '<before>', '<before the end of>', '<due (on|by)>', '<deadline>', '<in>', '<during>', '<at the latest>',
  "<d'ici (le|la fin)>", '<au plus tard (le)?>', '<avant (le|la fin)>', '<fin>', '<en>', "<jusqu'au>",
  '<a más tardar (el)?>', '<antes (del?|de finales de)>', '<para (el)?>', '<a finales de>', '<en>',
  '<не позднее>', '<до>', '<к>', '<в>', '<конц[а-я]*>',
  '以前', '之前', '前', '截至', '于',
  'قبل', 'بحلول', 'في موعد أقصاه', 'في',
]);
const NOT_A_DEADLINE = anyOf([
  '<until>', '<for the period>', '<period from>', '<from>', '<covers the period>', '<extended the mandate>', '<adopted on>', '<of \\d+ \\w+ \\d{4}>',
  '<pour la période>', '<du>', '<période allant>', '<prorogé>', '<período comprendido>', '<desde>', '<prorrogó>', '<период[а-я]* с>', '<продлил', '期间', '延长', 'الفترة من', 'مدد',
]);
/** "Adopted by the Committee on 14 February 2025": the document's own date, not a deadline. */
const ADOPTION = anyOf(['<adopted>', '<adopté', '<aprobad', '<adoptad', '<принят', '通过', 'اعتمد']);
const YEARLY = anyOf(['<each year>', '<every year>', '<annually>', '<yearly>', '<chaque année>', '<tous les ans>', '<annuellement>', '<cada año>', '<anualmente>', '<todos los años>', '<ежегодно>', '<каждый год>', '每年', 'كل عام', 'سنويا']);
const MONTHLY = anyOf(['<each month>', '<every month>', '<monthly>', '<chaque mois>', '<mensuellement>', '<cada mes>', '<mensualmente>', '<ежемесячно>', '<каждый месяц>', '每月', 'كل شهر', 'شهريا']);
const TASK_WORD = anyOf([
  '<submit', '<transmit', '<complete', '<prepare', '<review', '<report', '<send', '<provide', '<adopt', '<present', '<finali',
  '<soumet', '<transmet', '<achève', '<prépar', '<examen', '<présent', '<adopt', '<presenta', '<transmit', '<complet', '<prepar', '<examen', '<remit',
  '<представ', '<направ', '<заверш', '<подготов', '<рассмотр', '提交', '完成', '审议', '编写', '送交', 'تقديم', 'تقدم', 'إحالة', 'استكمال', 'إعداد',
]);

export function detectDeadlines(units: readonly TextUnit[], documentDate: string | null): DeadlineFinding[] {
  const deadlines: DeadlineFinding[] = [];
  const reference = documentDate ?? '0000-00-00';
  const refYear = Number(reference.slice(0, 4)) || new Date().getUTCFullYear();
  for (const unit of units) {
    if (unit.heading) continue;
    for (const d of findDates(unit.text)) {
      const before = fold(unit.text.slice(Math.max(0, d.start - 30), d.start));
      const after = unit.text.slice(d.end, d.end + 3);
      if (/^\s*[)）]/u.test(after) && /[(（]\s*$/u.test(unit.text.slice(0, d.start))) continue;
      // A table row "task | responsible | date" ends with its date and has no "by" before it.
      const endsRow = /^[\s.;:)]*$/u.test(unit.text.slice(d.end));
      if (!endsRow && !DEADLINE_BEFORE.test(before.split(/\s+/u).slice(-5).join(' '))) continue;
      if (ADOPTION.test(before)) continue;
      if (NOT_A_DEADLINE.test(before.split(/\s+/u).slice(-4).join(' '))) continue;
      // A date followed by "to <date>" is a period bound.
      if (/^\s*(?:to|au|al|по|至|إلى)\s/iu.test(unit.text.slice(d.end, d.end + 6))) continue;
      if (!TASK_WORD.test(unit.folded)) continue;
      const recurrence = YEARLY.test(unit.folded) ? 'yearly' : MONTHLY.test(unit.folded) ? 'monthly' : null;
      let year = d.year;
      if (year === null) {
        // "by the end of May each year": the next May on or after the document's date.
        year = refYear;
        if (isoDate(year, d.month, d.day ?? lastDayOfMonth(year, d.month)) < reference) year += 1;
      }
      const precision = d.day === null ? 'month' : 'day';
      const date = isoDate(year, d.month, d.day ?? lastDayOfMonth(year, d.month));
      if (documentDate && date <= documentDate) continue;
      if (deadlines.some((x) => x.date === date)) continue;
      deadlines.push({
        date,
        precision,
        recurrence,
        task: unit.text.replace(/^\s*[\d.()a-z]+\s+/iu, '').slice(0, 200),
        evidence: unit.text.slice(0, 300),
      });
    }
  }
  return deadlines;
}
