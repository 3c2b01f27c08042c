/**
 * What the planner needs to know about each member state, read from the store: reporting status
 * (two GSI1 queries for all states), contact points and accepted submissions (one small query each
 * per state, submissions projected to type and date). Bounded parallelism, like the state seed.
 */
import * as z from 'zod';
import { ReportType } from '../extraction/contract.js';
import { MEMBER_STATES } from '../reference/memberStates.js';
import { listContacts } from '../store/contactPoints.js';
import { ReportingStatus } from '../store/items.js';
import { stateKey, SUBMISSION_PREFIX } from '../store/keys.js';
import { listStatesByReportingStatus } from '../store/stateProfiles.js';
import { inChunks, partitionPrefix, queryAll, type StoreContext } from '../store/table.js';
import type { StateStanding } from './compliance.js';

const SubmissionOutline = z.object({
  status: z.string(),
  receivedAt: z.string(),
  declaredReportType: ReportType.optional(),
  extraction: z.object({ reportType: ReportType }).optional(),
});

async function acceptedSubmissions(store: StoreContext, iso3: string): Promise<StateStanding['submissions']> {
  const submissions = partitionPrefix(stateKey(iso3), SUBMISSION_PREFIX);
  const outlines = await queryAll(
    store,
    {
      ...submissions,
      ProjectionExpression: '#status, receivedAt, declaredReportType, extraction.reportType',
      ExpressionAttributeNames: { ...submissions.ExpressionAttributeNames, '#status': 'status' },
    },
    SubmissionOutline,
  );
  return reportsReceived(outlines);
}

/** The reports a state is known to have made: its accepted submissions, by report type (read, else declared) and day received. */
export function reportsReceived(submissions: Array<z.infer<typeof SubmissionOutline>>): StateStanding['submissions'] {
  return submissions.flatMap((s) => {
    const reportType = s.extraction?.reportType ?? s.declaredReportType;
    return s.status === 'accepted' && reportType ? [{ reportType, receivedOn: s.receivedAt.slice(0, 10) }] : [];
  });
}

export async function loadStateStandings(store: StoreContext, parallelism = 32): Promise<StateStanding[]> {
  const status = new Map<string, ReportingStatus>();
  const byStatus = await Promise.all(ReportingStatus.options.map((reporting) => listStatesByReportingStatus(store, reporting)));
  for (const profile of byStatus.flat()) status.set(profile.iso3, profile.reportingStatus);
  return standingsOf(
    store,
    MEMBER_STATES.map((state) => ({ iso3: state.iso3, reportingStatus: status.get(state.iso3) ?? 'not_reported' })),
    parallelism,
  );
}

/** The standings of the states given (their contacts and accepted submissions read), in their order. */
export async function standingsOf(
  store: StoreContext,
  states: ReadonlyArray<Pick<StateStanding, 'iso3' | 'reportingStatus'>>,
  parallelism = 32,
): Promise<StateStanding[]> {
  const standings: StateStanding[] = [];
  for (const group of inChunks(states, parallelism)) {
    standings.push(
      ...(await Promise.all(
        group.map(async (state) => {
          const [contacts, submissions] = await Promise.all([listContacts(store, state.iso3), acceptedSubmissions(store, state.iso3)]);
          return { iso3: state.iso3, reportingStatus: state.reportingStatus, contacts, submissions };
        }),
      )),
    );
  }
  return standings;
}
