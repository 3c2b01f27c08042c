/**
 * Which deadlines are open for a state, for the state lists and the state's file. One query reads
 * the active deadlines (a handful); each state is then judged from what is already at hand (its
 * profile; in the state's file also its submissions and contacts), with no read per state.
 */
import { z } from 'zod';
import type { ContactPoint, Deadline, StateProfile, Submission } from '#shared/store/items.js';
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

/** What is known of the state besides its profile (the state's file knows more than a list). */
export interface StateFacts {
  profile: StateProfile;
  submissions?: Submission[];
  contacts?: ContactPoint[];
}

/**
 * A deadline is open for a state it concerns (`appliesTo`) until something discharges it
 * (`satisfiedBy`). Where the facts at hand cannot tell (a rule about contact points, in a list),
 * the deadline is shown as open: the list errs towards a reminder, never towards silence.
 */
export function openDeadlinesOf(index: OpenDeadlineIndex, facts: StateFacts): OpenDeadline[] {
  return index.active
    .filter((d) => concerns(d, facts) && !discharged(d, facts))
    .map((d) => ({ id: d.id, title: d.title, dueDate: d.dueDate, overdue: d.dueDate < index.today }));
}

function concerns(deadline: Deadline, { profile, contacts }: StateFacts): boolean {
  const audience = deadline.appliesTo;
  switch (audience.kind) {
    case 'all':
      return true;
    case 'committee':
      return false;
    case 'states':
      return audience.states.includes(profile.iso3);
    case 'rule':
      return audience.rule === 'no_national_report' ? profile.reportingStatus !== 'reported' : !contacts || contacts.length === 0;
  }
}

function discharged(deadline: Deadline, { profile, submissions, contacts }: StateFacts): boolean {
  const satisfaction = deadline.satisfiedBy;
  if (!satisfaction) return false;
  if (satisfaction.kind === 'contact_designated') return (contacts?.length ?? 0) > 0;
  const since = satisfaction.opensOn ?? '';
  if (satisfaction.reportTypes.includes('national_report') && profile.firstReportAt && profile.firstReportAt >= since) return true;
  return (submissions ?? []).some(
    (s) => s.status === 'accepted' && s.receivedAt >= since && satisfaction.reportTypes.some((t) => t === (s.extraction?.reportType ?? s.declaredReportType)),
  );
}
