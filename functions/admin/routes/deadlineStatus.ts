/**
 * Which deadlines are open for a state, for the state lists. One query reads the active deadlines
 * (a handful); each state is then judged from its profile, with no read per state.
 */
import { z } from 'zod';
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
 * An active deadline is open for a state that has not yet submitted its first national report
 * (the one obligation the profile records); it is overdue once its due date has passed.
 */
export function openDeadlinesOf(index: OpenDeadlineIndex, profile: StateProfile): OpenDeadline[] {
  if (profile.reportingStatus === 'reported') return [];
  return index.active.map((d) => ({ id: d.id, title: d.title, dueDate: d.dueDate, overdue: d.dueDate < index.today }));
}
