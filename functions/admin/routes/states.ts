/** The member states: lists by reporting status, one state's whole file, publication consent. */
import * as z from 'zod';
import type { StateStanding } from '#shared/deadlines/compliance.js';
import { standingsOf } from '#shared/deadlines/stateStandings.js';
import { NotFoundError } from '#shared/errors.js';
import { listContacts } from '#shared/store/contactPoints.js';
import { assistanceOfState } from '#shared/store/assistance.js';
import { statesByStatusPage } from '#shared/store/adminQueries.js';
import { AssistanceItem, ContactPoint, MatrixEntry, ReportingStatus, StateProfile, Visibility } from '#shared/store/items.js';
import { stateKey } from '#shared/store/keys.js';
import { filledPage } from '#shared/store/table.js';
import { currentMatrix } from '#shared/store/matrixEntries.js';
import { getStateRecord, listStateRecords } from '#shared/store/stateProfiles.js';
import { listSubmissions } from '#shared/store/submissions.js';
import { ConsentDecision, consentDecisions, setMatrixVisibility } from '#shared/store/publication.js';
import { Proposal, proposalsAwaitingReview } from '#shared/store/proposals.js';
import { requireActsFor } from '../access.js';
import { defineRoute } from '../route.js';
import { PageQuery, pageOf, StatePath } from '../schemas.js';
import { lastSubmissionOf, LastSubmission, SubmissionSummary, summariseSubmission } from '../views.js';
import { mayConcern, OpenDeadline, openDeadlinesFor, openDeadlineIndex, type OpenDeadlineIndex } from './deadlineStatus.js';

const StateListStatus = z.enum(['not-reported', 'overdue', 'reported']).meta({
  description: '`not-reported`: no national report yet; `overdue`: not reported and past an open deadline; `reported`',
});
const STORED_STATUS: Record<z.infer<typeof StateListStatus>, ReportingStatus> = {
  'not-reported': 'not_reported',
  overdue: 'not_reported',
  reported: 'reported',
};

const StateListItem = z
  .object({
    iso3: z.string(),
    name: z.string(),
    names: StateProfile.shape.names.meta({ description: "The state's name in the UN languages (for searching in any of them)" }),
    reportingStatus: StateProfile.shape.reportingStatus,
    matrixVisibility: Visibility,
    lastSubmission: LastSubmission,
    openDeadlines: z.array(OpenDeadline),
  })
  .meta({ id: 'StateListItem' });

export const listStates = defineRoute({
  method: 'GET',
  path: '/states',
  summary: 'Member states by reporting status, each with its last submission and open deadlines',
  access: 'secretariat',
  request: { query: PageQuery.extend({ status: StateListStatus }) },
  response: { status: 200, body: pageOf(StateListItem), description: 'One page of states, by ISO3 code' },
  run: async ({ deps, query }) => {
    const deadlines = await openDeadlineIndex(deps.store, deps.now());
    // Overdue is not stored: not-reported states are read until the page holds `limit` overdue ones.
    // Each listed state is judged from its standing (`standingsOf`: one more query per page), as the
    // planner judges it; with no active deadline, nothing more is read.
    return filledPage(
      async (next) => {
        const page = await statesByStatusPage(deps.store, STORED_STATUS[query.status], next);
        const standings = deadlines.active.length > 0 ? await standingsOf(deps.store, page.items) : [];
        return { ...page, items: page.items.map((profile, i) => stateListItem(profile, deadlines, standings[i])) };
      },
      (state) => query.status !== 'overdue' || state.openDeadlines.some((d) => d.overdue),
      query,
    );
  },
});

export function stateListItem(profile: StateProfile, deadlines: OpenDeadlineIndex, standing: StateStanding | undefined): z.infer<typeof StateListItem> {
  return {
    iso3: profile.iso3,
    name: profile.names.en ?? profile.iso3,
    names: profile.names,
    reportingStatus: profile.reportingStatus,
    matrixVisibility: profile.matrixVisibility,
    lastSubmission: lastSubmissionOf(profile),
    openDeadlines: standing ? openDeadlinesFor(deadlines, standing) : [],
  };
}

export const statesOverview = defineRoute({
  method: 'GET',
  path: '/states/overview',
  summary:
    "Every member state in one answer, for the secretariat's dashboard: reporting status, last submission, open and overdue deadlines " +
    '(sort, filter and search it in the browser)',
  access: 'secretariat',
  request: {},
  response: {
    status: 200,
    body: z.object({
      asOf: z.string().meta({ description: 'The day the deadlines were judged on' }),
      items: z.array(StateListItem).meta({ description: 'The 193 member states, by ISO3 code' }),
    }),
    description: 'The states',
  },
  run: async ({ deps }) => {
    // Bounded whatever the deadlines: the profiles (with their summary of accepted reports), the
    // active deadlines, and the active contacts when a deadline may concern some state (`mayConcern`).
    const [deadlines, profiles] = await Promise.all([openDeadlineIndex(deps.store, deps.now()), listStateRecords(deps.store)]);
    const concerned = profiles.filter((profile) => deadlines.active.some((d) => mayConcern(d, profile)));
    const standings = new Map((await standingsOf(deps.store, concerned)).map((standing) => [standing.iso3, standing]));
    return { asOf: deadlines.today, items: profiles.map((profile) => stateListItem(profile, deadlines, standings.get(profile.iso3))) };
  },
});

const StateFile = z
  .object({
    profile: StateProfile,
    contacts: z.array(ContactPoint),
    submissions: pageOf(SubmissionSummary),
    matrix: z.array(MatrixEntry).meta({ description: "The Committee's matrix: each cell's confirmed value, with its evidence, source submission and who confirmed it" }),
    awaitingReview: z.array(Proposal).meta({ description: 'Proposals of this state waiting for a decision (matrix entries, contacts), beside the confirmed values' }),
    consent: z.array(ConsentDecision).meta({ description: 'Every decision on publication consent: who, when, before and after' }),
    assistance: z.array(AssistanceItem),
    openDeadlines: z.array(OpenDeadline),
  })
  .meta({ id: 'StateFile' });

export const getState = defineRoute({
  method: 'GET',
  path: '/states/{iso3}',
  summary: "A state's profile, contact points, latest submissions, confirmed matrix with what awaits review, and assistance (the secretariat, or the state's own users)",
  access: 'authenticated',
  request: { path: StatePath },
  response: { status: 200, body: StateFile, description: "The state's file" },
  run: async ({ deps, principal, path }) => {
    // A state's users read their own state's file: the web portal's pages for them are built on it.
    requireActsFor(principal, path.iso3);
    const [record, contacts, submissions, matrix, awaitingReview, assistance, deadlines, consent] = await Promise.all([
      getStateRecord(deps.store, path.iso3),
      listContacts(deps.store, path.iso3),
      listSubmissions(deps.store, stateKey(path.iso3), { limit: 20 }),
      currentMatrix(deps.store, path.iso3),
      proposalsAwaitingReview(deps.store, path.iso3),
      assistanceOfState(deps.store, path.iso3),
      openDeadlineIndex(deps.store, deps.now()),
      consentDecisions(deps.store, path.iso3),
    ]);
    if (!record) throw new NotFoundError(`State ${path.iso3}`);
    // Judged from the state's standing (`standingsOf`), as the overview, the lists and the planner
    // judge it: all its accepted reports and its active contacts, not the page of submissions shown.
    const [standing] = deadlines.active.length > 0 ? await standingsOf(deps.store, [record]) : [];
    const { acceptedReports: _reports, acceptedReportsComplete: _complete, ...profile } = record;
    return {
      profile,
      contacts,
      submissions: { items: submissions.items.map(summariseSubmission), cursor: submissions.cursor },
      matrix,
      awaitingReview,
      consent,
      assistance,
      openDeadlines: standing ? openDeadlinesFor(deadlines, standing) : [],
    };
  },
});

export const listStateSubmissions = defineRoute({
  method: 'GET',
  path: '/states/{iso3}/submissions',
  summary: "A state's submissions, newest first (the secretariat, or the state's own users)",
  access: 'authenticated',
  request: { path: StatePath, query: PageQuery },
  response: { status: 200, body: pageOf(SubmissionSummary), description: 'One page of submissions' },
  run: async ({ deps, principal, path, query }) => {
    requireActsFor(principal, path.iso3);
    const page = await listSubmissions(deps.store, stateKey(path.iso3), query);
    return { items: page.items.map(summariseSubmission), cursor: page.cursor };
  },
});

export const setStatePublication = defineRoute({
  method: 'PUT',
  path: '/states/{iso3}/publication',
  summary: "Record the state's consent (or its withdrawal) to publish its matrix: the secretariat, or the state's own users",
  access: 'authenticated',
  request: { path: StatePath, body: z.object({ matrixVisibility: Visibility }) },
  response: {
    status: 200,
    body: z.object({ iso3: z.string(), matrixVisibility: Visibility, decision: ConsentDecision }),
    description: 'The visibility now recorded, and the decision as logged',
  },
  run: async ({ deps, principal, path, body }) => {
    requireActsFor(principal, path.iso3);
    const decision = await setMatrixVisibility(deps.store, path.iso3, body.matrixVisibility, { by: principal.subject, at: deps.now().toISOString() });
    return { iso3: path.iso3, matrixVisibility: body.matrixVisibility, decision };
  },
});

export const stateRoutes = [listStates, statesOverview, getState, listStateSubmissions, setStatePublication];
