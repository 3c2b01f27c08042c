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
 * A step is sent only for an occurrence in force (`deadlineModel.ts`): opened, and not rolled over
 * (once the next occurrence falls due, the previous one's ladder stops).
 */
import type { Deadline, ReminderLadder } from '../store/items.js';
import { dayNumber, isoDay } from './calendar.js';
import { type Occurrence, occurrencesInForce } from './deadlineModel.js';

/** How many days late a missed step is still sent, unless the deployment says otherwise. */
export const DEFAULT_CATCH_UP_DAYS = 7;

export const ReminderKind = { upcoming: 'upcoming', overdue: 'overdue' } as const;
export type ReminderKind = (typeof ReminderKind)[keyof typeof ReminderKind];

export interface DueStep extends Occurrence {
  /** The step's name: offset in days from the due date, `D-30`, `D+1`. */
  step: string;
  offsetDays: number;
  stepDate: string;
  kind: ReminderKind;
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

/** The reminder steps of `deadline` that are due on `asOf`: at most one per occurrence in force. */
export function dueSteps(deadline: Deadline, asOf: string, catchUpDays: number): DueStep[] {
  const today = dayNumber(asOf);
  const steps: DueStep[] = [];
  for (const { occurrence, opensOn } of occurrencesInForce(deadline, asOf)) {
    const offset = today - dayNumber(occurrence);
    const stepOffset = latestStepOffset(deadline.ladder, offset);
    if (stepOffset === undefined || offset - stepOffset > catchUpDays) continue;
    steps.push({
      occurrence,
      step: stepName(stepOffset),
      offsetDays: stepOffset,
      stepDate: isoDay(dayNumber(occurrence) + stepOffset),
      kind: stepOffset <= 0 ? ReminderKind.upcoming : ReminderKind.overdue,
      opensOn,
    });
  }
  return steps;
}
