/**
 * One deadline model: which occurrence of a deadline is in force on a day, and, for a state, whether
 * it is open, due, overdue or complied with. The planner (through the reminder ladder), the admin
 * API's state lists and state file, and through them the CLI, all ask this module; none compares a
 * date of its own.
 *
 * An occurrence is named by its due date (a month-precision deadline falls due on the month's last
 * day). Its window opens on its opening date: the later of the deadline's own `opensOn` and the
 * previous occurrence's due date (null: any submission counts). It is in force from its opening
 * until the next occurrence falls due; a one-off deadline stays in force once open. So on any day a
 * recurring deadline has at most one occurrence in force that is past due (the last one), and a
 * submission that discharges a later occurrence also discharges every earlier one still in force
 * (its window is inside theirs): the occurrences a state must act on are the latest ones in force.
 */
import type { Deadline } from '../store/items.js';
import { dayNumber, occurrenceDueDate } from './calendar.js';
import { concernsState, hasComplied, type StateStanding } from './compliance.js';

export interface Occurrence {
  /** The occurrence's due date: its name in reminder keys. */
  occurrence: string;
  /** Submissions count for this occurrence from this day on (null: any submission counts). */
  opensOn: string | null;
}

export const OccurrenceStatus = {
  /** Not discharged, due later. */
  open: 'open',
  /** Not discharged, due today. */
  due: 'due',
  overdue: 'overdue',
  compliedWith: 'complied_with',
} as const;
export type OccurrenceStatus = (typeof OccurrenceStatus)[keyof typeof OccurrenceStatus];

const PERIOD_MONTHS = { yearly: 12, monthly: 1 } as const;

/** Occurrence n of a deadline (0 = the stored due date) with its opening date. */
export function occurrenceOf(deadline: Deadline, n: number): Occurrence {
  const own = deadline.satisfiedBy?.kind === 'submission' ? (deadline.satisfiedBy.opensOn ?? null) : null;
  const previous = deadline.recurrence && n > 0 ? occurrenceDueDate(deadline, n - 1) : null;
  const opensOn = own && previous ? (own > previous ? own : previous) : (own ?? previous);
  return { occurrence: occurrenceDueDate(deadline, n), opensOn };
}

/** The occurrences in force on `asOf`, earliest first: opened, and not yet followed by a due one. */
export function occurrencesInForce(deadline: Deadline, asOf: string): Occurrence[] {
  const opened = ({ opensOn }: Occurrence) => opensOn === null || opensOn <= asOf;
  if (!deadline.recurrence) return [occurrenceOf(deadline, 0)].filter(opened);
  const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const period = PERIOD_MONTHS[deadline.recurrence];
  // The occurrence falling due in asOf's period, give or take one (day clamping, month precision).
  const around = Math.floor((months(asOf) - months(deadline.dueDate)) / period);
  const today = dayNumber(asOf);
  const inForce: Occurrence[] = [];
  for (let n = Math.max(0, around - 2); n <= Math.max(0, around + 2); n++) {
    if (dayNumber(occurrenceDueDate(deadline, n + 1)) <= today) continue; // the next one has fallen due
    const occurrence = occurrenceOf(deadline, n);
    if (opened(occurrence)) inForce.push(occurrence);
  }
  return inForce;
}

/** Where a state stands on one occurrence on `asOf`, or null when the deadline does not concern it. */
export function occurrenceStatus(deadline: Deadline, standing: StateStanding, occurrence: Occurrence, asOf: string): OccurrenceStatus | null {
  if (!concernsState(deadline, standing)) return null;
  if (hasComplied(deadline, standing, occurrence.opensOn, asOf)) return OccurrenceStatus.compliedWith;
  if (occurrence.occurrence > asOf) return OccurrenceStatus.open;
  return occurrence.occurrence === asOf ? OccurrenceStatus.due : OccurrenceStatus.overdue;
}

/** Whether the state still has to act on this occurrence: it concerns the state, is open, and is not complied with. */
export function mustAct(deadline: Deadline, standing: StateStanding, occurrence: Occurrence, asOf: string): boolean {
  const opened = occurrence.opensOn === null || occurrence.opensOn <= asOf;
  const status = occurrenceStatus(deadline, standing, occurrence, asOf);
  return opened && status !== null && status !== OccurrenceStatus.compliedWith;
}

export interface OpenOccurrence extends Occurrence {
  status: Exclude<OccurrenceStatus, 'complied_with'>;
}

/**
 * The occurrence of `deadline` the state must act on first, on `asOf`: the earliest one in force it
 * has not complied with (an overdue one before the next), or null when there is none.
 */
export function firstOpenOccurrence(deadline: Deadline, standing: StateStanding, asOf: string): OpenOccurrence | null {
  for (const occurrence of occurrencesInForce(deadline, asOf)) {
    const status = occurrenceStatus(deadline, standing, occurrence, asOf);
    if (status === null) return null;
    if (status !== OccurrenceStatus.compliedWith) return { ...occurrence, status };
  }
  return null;
}
