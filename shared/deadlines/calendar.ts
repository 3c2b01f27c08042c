/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC days: deadlines are calendar days in New
 * York practice, and the planner runs "as of" a date, never a time.
 */
import type { Deadline } from '../store/items.js';

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** The date `months` months later, the day clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total % 12;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function endOfMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return `${isoDate.slice(0, 7)}-${String(daysInMonth(year, month - 1)).padStart(2, '0')}`;
}

const PERIOD_MONTHS = { yearly: 12, monthly: 1 } as const;

/**
 * The due date of occurrence `n` (0 = the stored due date). A deadline known to the month ("by May
 * 2026") falls due on the month's last day.
 */
export function occurrenceDueDate(deadline: Pick<Deadline, 'dueDate' | 'precision' | 'recurrence'>, n: number): string {
  const shifted = deadline.recurrence ? addMonths(deadline.dueDate, n * PERIOD_MONTHS[deadline.recurrence]) : deadline.dueDate;
  return deadline.precision === 'month' ? endOfMonth(shifted) : shifted;
}
