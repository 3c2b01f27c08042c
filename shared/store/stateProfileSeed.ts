/**
 * The seed of the member states' profiles (see `referenceData.ts`), apart from `stateProfiles.ts`
 * so that the functions that only read and update profiles do not carry the states' names.
 */
import * as z from 'zod';
import { commonNames } from '../reference/commonNames.js';
import { MEMBER_STATES } from '../reference/memberStates.js';
import { ReportingStatus, type StateProfile } from './items.js';
import { PROFILE_SORT_KEY, stateKey, statesByStatusKey } from './keys.js';
import { indexContactStatus, listContacts } from './contactPoints.js';
import { completeAcceptedReports } from './stateProfiles.js';
import { readAcceptedReports } from './submissions.js';
import { inChunks, indexPartition, putIfAbsent, queryAll, type StoreContext } from './table.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

function stateProfileItem(profile: StateProfile) {
  return {
    PK: stateKey(profile.iso3),
    SK: PROFILE_SORT_KEY,
    GSI1PK: statesByStatusKey(profile.reportingStatus),
    GSI1SK: profile.iso3,
    entity: 'state',
    ...profile,
  };
}

/**
 * Creates the profile of every member state that has none yet, and completes the summary of
 * accepted reports (and the index of active contacts) of every profile that lacks it: the one-off
 * backfill of data kept from before the summaries, and of the profiles just created (a state's
 * submissions may predate its profile). Existing profiles are otherwise left as they are (their
 * reporting status and preferences belong to the data, not to the seed), so seeding again on every
 * start is safe; once complete, it costs two small projected queries.
 */
export async function seedStateProfiles(store: StoreContext): Promise<{ created: number; summarised: number }> {
  const stored = await storedProfiles(store);
  const missing = MEMBER_STATES.filter((state) => !stored.has(state.iso3));
  let created = 0;
  // Modest parallelism: local stand-ins and on-demand tables both take this without throttling.
  for (const group of inChunks(missing, 16)) {
    const outcomes = await Promise.all(
      group.map((state) =>
        putIfAbsent(
          store,
          stateProfileItem({
            iso3: state.iso3,
            names: commonNames(state.iso3),
            preferredLanguage: 'en',
            reportingStatus: 'not_reported',
            matrixVisibility: 'committee',
          }),
        ),
      ),
    );
    created += outcomes.filter((o) => o === 'created').length;
  }
  const unsummarised = [...missing.map((state) => state.iso3), ...[...stored].filter(([, complete]) => !complete).map(([iso3]) => iso3)];
  for (const group of inChunks(unsummarised, 16)) await Promise.all(group.map((iso3) => summarise(store, iso3)));
  return { created, summarised: unsummarised.length };
}

/** Rebuilds what the summaries keep of one state from its own items: contacts first, so that "complete" covers both. */
async function summarise(store: StoreContext, iso3: string): Promise<void> {
  const [contacts, reports] = await Promise.all([listContacts(store, iso3), readAcceptedReports(store, iso3)]);
  await Promise.all(contacts.map((contact) => indexContactStatus(store, { ...contact, state: iso3 })));
  await completeAcceptedReports(store, iso3, reports);
}

const StoredProfile = z.object({ iso3: z.string(), acceptedReportsComplete: z.literal(true).optional() });

/** Each stored profile's ISO3 code and whether its summary is complete (projected: a few bytes each). */
async function storedProfiles(store: StoreContext): Promise<Map<string, boolean>> {
  const byStatus = await Promise.all(
    ReportingStatus.options.map((status) =>
      queryAll(store, { ...indexPartition(BY_LOOKUP, statesByStatusKey(status)), ProjectionExpression: 'iso3, acceptedReportsComplete' }, StoredProfile),
    ),
  );
  return new Map(byStatus.flat().map((profile) => [profile.iso3, profile.acceptedReportsComplete === true]));
}
