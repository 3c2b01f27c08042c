/**
 * What the deadlines need to know about each member state, read from the store in a few queries
 * whatever the number of states: reporting status and accepted reports from the profiles (one GSI1
 * query per reporting status; the summary `stateProfiles.ts` keeps), active contact points from
 * their sparse index (one GSI2 query). The planner, the states overview and lists use this.
 */
import { MEMBER_STATES } from '../reference/memberStates.js';
import { listActiveStateContacts, listContacts } from '../store/contactPoints.js';
import type { ContactPoint } from '../store/items.js';
import { acceptedReportsOf, listStateRecords, type StateRecord } from '../store/stateProfiles.js';
import { readAcceptedReports } from '../store/submissions.js';
import { inChunks, type StoreContext } from '../store/table.js';
import type { StateStanding } from './compliance.js';

/** Every member state's standing, by the reference list's order (a state without a profile has not reported). */
export async function loadStateStandings(store: StoreContext): Promise<StateStanding[]> {
  const records = new Map((await listStateRecords(store)).map((record) => [record.iso3, record]));
  return standingsOf(
    store,
    MEMBER_STATES.map((state) => records.get(state.iso3) ?? { iso3: state.iso3, reportingStatus: 'not_reported' }),
  );
}

type StandingSource = Pick<StateRecord, 'iso3' | 'reportingStatus' | 'acceptedReports' | 'acceptedReportsComplete'>;

/**
 * The standings of the states given (their stored profiles), in their order: one query of the
 * active contacts (of the one state when only one is asked). A profile whose summary is not complete
 * yet (kept from before it, until the seeder's backfill) is judged from its own submissions and
 * contacts, as it always was, so the answer never depends on whether the backfill has run.
 */
export async function standingsOf(store: StoreContext, states: readonly StandingSource[]): Promise<StateStanding[]> {
  if (states.length === 0) return [];
  const active = new Map<string, ContactPoint[]>();
  for (const contact of await listActiveStateContacts(store, states.length === 1 ? states[0]!.iso3 : undefined)) {
    const state = contact.state ?? '';
    active.set(state, [...(active.get(state) ?? []), contact]);
  }
  const standings: StateStanding[] = [];
  for (const group of inChunks(states, 32)) {
    standings.push(
      ...(await Promise.all(
        group.map(async (state) => {
          const reports = acceptedReportsOf(state);
          if (reports) return { iso3: state.iso3, reportingStatus: state.reportingStatus, contacts: active.get(state.iso3) ?? [], submissions: reports };
          const [contacts, submissions] = await Promise.all([listContacts(store, state.iso3), readAcceptedReports(store, state.iso3)]);
          return { iso3: state.iso3, reportingStatus: state.reportingStatus, contacts, submissions };
        }),
      )),
    );
  }
  return standings;
}
