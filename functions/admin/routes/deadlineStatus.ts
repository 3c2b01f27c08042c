/**
 * Which deadlines are open for a state, for the state lists and the state's file. One query reads
 * the active deadlines (a handful); each state is then judged by the planner's own model from its
 * standing: its active contacts and accepted reports (`standingsOf`: a few queries for any number
 * of states).
 */
import * as z from 'zod';
import { concernsState, type StateStanding } from '#shared/deadlines/compliance.js';
import { firstOpenOccurrence } from '#shared/deadlines/deadlineModel.js';
import type { Deadline, StateProfile } from '#shared/store/items.js';
import { listDeadlines } from '#shared/store/deadlines.js';
import type { StoreContext } from '#shared/store/table.js';

export const OpenDeadline = z
  .object({ id: z.string(), title: z.string(), dueDate: z.string(), overdue: z.boolean() })
  .meta({ id: 'OpenDeadline' });
export type OpenDeadline = z.infer<typeof OpenDeadline>;

export interface OpenDeadlineIndex {
  active: Deadline[];
  today: string;
}

export async function openDeadlineIndex(store: StoreContext, now: Date): Promise<OpenDeadlineIndex> {
  return { active: await listDeadlines(store, 'active'), today: now.toISOString().slice(0, 10) };
}

/**
 * A deadline is open for a state it concerns until the state has complied with the occurrence in
 * force: the planner's own model (`shared/deadlines/deadlineModel.ts`) applied to the state's
 * standing (`standingsOf`: its active contacts and accepted reports), the one way every list, the
 * state's file and the planner judge it. `dueDate` is that occurrence's (a recurring deadline's
 * current one, a month's last day for a deadline known to the month).
 */
export function openDeadlinesFor(index: OpenDeadlineIndex, standing: StateStanding): OpenDeadline[] {
  return index.active.flatMap((d) => {
    const open = firstOpenOccurrence(d, standing, index.today);
    return open ? [{ id: d.id, title: d.title, dueDate: open.occurrence, overdue: open.status === 'overdue' }] : [];
  });
}

/**
 * Whether a deadline may concern a state, from its profile alone: the planner's own rule
 * (`concernsState`) for the state as if it had no contact point, the only thing a profile does not
 * tell that can make a deadline concern a state (the rule "no point of contact"). Where false, the
 * state's standing need not be read to judge that deadline: nothing would be open.
 */
export function mayConcern(deadline: Deadline, profile: Pick<StateProfile, 'iso3' | 'reportingStatus'>): boolean {
  return concernsState(deadline, { iso3: profile.iso3, reportingStatus: profile.reportingStatus, contacts: [], submissions: [] });
}
