/**
 * Which rung of a deadline's reminder ladder falls on a given day, for which occurrence.
 *
 * A step is named by its offset from the occurrence's due date (`D-30`, `D+1`, `D+31`): the name is
 * part of the reminder's key, so the same step of the same occurrence is the same e-mail however
 * often, and by however many planners, it is planned.
 *
 * The planner runs daily, but a day can be missed (a failed run, a portal that was off). A step
 * therefore stays due for `catchUpDays` after its date, as long as no later step has come; the
 * reminder's key makes the repeats harmless. Steps older than that are not sent late.
 *
 * Recurring deadlines roll over: once the next occurrence falls due, the previous one's ladder stops.
 */
import type { Deadline, ReminderLadder } from '../store/items.js';
import { dayNumber, isoDay, occurrenceDueDate } from './calendar.js';

/** How many days late a missed step is still sent, unless the deployment says otherwise. */
export const DEFAULT_CATCH_UP_DAYS = 7;

export const ReminderKind = { upcoming: 'upcoming', overdue: 'overdue' } as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];

export interface DueStep {
  /** The occurrence's due date: the occurrence's name in keys. */
  occurrence: string;
  /** The step's name: offset in days from the due date, `D-30`, `D+1`. */
  step: string;
  offsetDays: number;
  stepDate: string;
  kind: ReminderKind;
  /** Submissions count for this occurrence from this day on (null: any submission counts). */
  opensOn: string | null;
}

export const stepName = (offsetDays: number) => `D${offsetDays < 0 ? '-' : '+'}${Math.abs(offsetDays)}`;

/** The latest step of the ladder at or before `offset` days from the due date, if any. */
export function latestStepOffset(ladder: ReminderLadder, offset: number): number | undefined {
  const fixed = [...ladder.daysBefore.map((d) => -d), ...ladder.daysAfter].filter((o) => o <= offset);
  let best = fixed.length > 0 ? Math.max(...fixed) : undefined;
  if (ladder.repeatEveryDays !== null) {
    const base = ladder.daysAfter.length > 0 ? Math.max(...ladder.daysAfter) : 0;
    let repeats = Math.floor((offset - base) / ladder.repeatEveryDays);
    if (ladder.maxRepeats !== null) repeats = Math.min(repeats, ladder.maxRepeats);
    if (repeats >= 1) best = Math.max(best ?? -Infinity, base + repeats * ladder.repeatEveryDays);
  }
  return best;
}

const PERIOD_MONTHS = { yearly: 12, monthly: 1 } as const;

/** The occurrences whose ladder may be running on `asOf`: the one due around it and its neighbours. */
function candidateOccurrences(deadline: Deadline, asOf: string): number[] {
  if (!deadline.recurrence) return [0];
  const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const period = PERIOD_MONTHS[deadline.recurrence];
  const current = Math.floor((months(asOf) - months(deadline.dueDate)) / period);
  // Enough occurrences ahead to cover the longest "days before" of the ladder.
  const ahead = Math.ceil(Math.max(0, ...deadline.ladder.daysBefore) / (period * 28)) + 1;
  const candidates: number[] = [];
  for (let n = Math.max(0, current - 1); n <= current + ahead; n++) candidates.push(n);
  return candidates;
}

/** The reminder steps of `deadline` that are due on `asOf`: at most one per occurrence. */
export function dueSteps(deadline: Deadline, asOf: string, catchUpDays: number): DueStep[] {
  const today = dayNumber(asOf);
  const steps: DueStep[] = [];
  for (const n of candidateOccurrences(deadline, asOf)) {
    const due = occurrenceDueDate(deadline, n);
    if (deadline.recurrence && dayNumber(occurrenceDueDate(deadline, n + 1)) <= today) continue; // rolled over
    const offset = today - dayNumber(due);
    const stepOffset = latestStepOffset(deadline.ladder, offset);
    if (stepOffset === undefined || offset - stepOffset > catchUpDays) continue;
    steps.push({
      occurrence: due,
      step: stepName(stepOffset),
      offsetDays: stepOffset,
      stepDate: isoDay(dayNumber(due) + stepOffset),
      kind: stepOffset <= 0 ? ReminderKind.upcoming : ReminderKind.overdue,
      opensOn: opensOn(deadline, n),
    });
  }
  return steps;
}

/** The opening of occurrence n: the later of the deadline's own opening and the previous occurrence's due date. */
function opensOn(deadline: Deadline, n: number): string | null {
  const own = deadline.satisfiedBy?.kind === 'submission' ? (deadline.satisfiedBy.opensOn ?? null) : null;
  const previous = deadline.recurrence && n > 0 ? occurrenceDueDate(deadline, n - 1) : null;
  if (own && previous) return own > previous ? own : previous;
  return own ?? previous;
}
