/**
 * The states' standings read the way they were before the profiles kept a summary: each state's
 * contact points and accepted submissions, one query each per state. Kept as the reference the new
 * reads are compared with (same answers, `statesOverviewReads.test.ts`) and as the bench's named
 * baseline (`npm run bench -- dashboard`).
 */
import { stateListItem } from '../../functions/admin/routes/states.js';
import { mayConcern, openDeadlineIndex } from '../../functions/admin/routes/deadlineStatus.js';
import type { StateStanding } from '../../shared/deadlines/compliance.js';
import { MEMBER_STATES } from '../../shared/reference/memberStates.js';
import { listContacts } from '../../shared/store/contactPoints.js';
import { ReportingStatus, type StateProfile } from '../../shared/store/items.js';
import { listStatesByReportingStatus } from '../../shared/store/stateProfiles.js';
import { readAcceptedReports } from '../../shared/store/submissions.js';
import { inChunks, type StoreContext } from '../../shared/store/table.js';

export async function perStateStandings(store: StoreContext, states: ReadonlyArray<Pick<StateStanding, 'iso3' | 'reportingStatus'>>): Promise<StateStanding[]> {
  const standings: StateStanding[] = [];
  for (const group of inChunks(states, 32)) {
    standings.push(
      ...(await Promise.all(
        group.map(async (state) => {
          const [contacts, submissions] = await Promise.all([listContacts(store, state.iso3), readAcceptedReports(store, state.iso3)]);
          return { iso3: state.iso3, reportingStatus: state.reportingStatus, contacts, submissions };
        }),
      )),
    );
  }
  return standings;
}

/** Every member state's standing, as the planner read them. */
export async function perStateLoadStateStandings(store: StoreContext): Promise<StateStanding[]> {
  const status = new Map((await allProfiles(store)).map((profile) => [profile.iso3, profile.reportingStatus]));
  return perStateStandings(store, MEMBER_STATES.map((state) => ({ iso3: state.iso3, reportingStatus: status.get(state.iso3) ?? 'not_reported' })));
}

type Overview = { asOf: string; items: Array<ReturnType<typeof stateListItem>> };

/** `GET /states/overview`'s answer composed as the route composed it, from the per-state reads. */
export async function perStateOverview(store: StoreContext, now: Date): Promise<Overview> {
  const [deadlines, profiles] = await Promise.all([openDeadlineIndex(store, now), allProfiles(store)]);
  const concerned = profiles.filter((profile) => deadlines.active.some((d) => mayConcern(d, profile)));
  const standings = new Map((await perStateStandings(store, concerned)).map((standing) => [standing.iso3, standing]));
  return { asOf: deadlines.today, items: profiles.map((profile) => stateListItem(profile, deadlines, standings.get(profile.iso3))) };
}

async function allProfiles(store: StoreContext): Promise<StateProfile[]> {
  const byStatus = await Promise.all(ReportingStatus.options.map((status) => listStatesByReportingStatus(store, status)));
  return byStatus.flat().sort((a, b) => a.iso3.localeCompare(b.iso3));
}
