/**
 * Whether a deadline concerns a state, and whether the state has discharged it: pure functions of
 * what the store knows about the state (`StateStanding`), so the planner and its tests agree.
 */
import type { AcceptedReport, ContactPoint, Deadline, ReportingStatus } from '../store/items.js';

export interface StateStanding {
  iso3: string;
  reportingStatus: ReportingStatus;
  /** Its contact points: at least every active one (only those count here, and only those are mailed). */
  contacts: ContactPoint[];
  /** Accepted submissions: their report type and the day they were received (in no particular order). */
  submissions: AcceptedReport[];
}

export const activeContacts = (standing: StateStanding) => standing.contacts.filter((c) => c.status === 'active');

export function concernsState(deadline: Deadline, standing: StateStanding): boolean {
  const audience = deadline.appliesTo;
  switch (audience.kind) {
    case 'all':
      return true;
    case 'states':
      return audience.states.includes(standing.iso3);
    case 'rule':
      return audience.rule === 'no_national_report'
        ? standing.reportingStatus === 'not_reported'
        : activeContacts(standing).length === 0;
    case 'organizations':
    case 'committee':
    case 'secretariat':
      return false;
  }
}

/**
 * True when, by the end of `asOf`, the state has done what the deadline asks for this occurrence
 * (whose window opened on `opensOn`).
 */
export function hasComplied(deadline: Deadline, standing: StateStanding, opensOn: string | null, asOf: string): boolean {
  const satisfaction = deadline.satisfiedBy;
  if (!satisfaction) return false;
  if (satisfaction.kind === 'contact_designated') return activeContacts(standing).length > 0;
  return standing.submissions.some(
    (s) => satisfaction.reportTypes.includes(s.reportType) && (opensOn === null || s.receivedOn >= opensOn) && s.receivedOn <= asOf,
  );
}
