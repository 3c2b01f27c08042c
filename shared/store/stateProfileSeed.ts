/**
 * The seed of the member states' profiles (see `referenceData.ts`), apart from `stateProfiles.ts`
 * so that the functions that only read and update profiles do not carry the states' names.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { commonNames } from '../reference/commonNames.js';
import { MEMBER_STATES } from '../reference/memberStates.js';
import { ReportingStatus, type StateProfile } from './items.js';
import { PROFILE_SORT_KEY, stateKey, statesByStatusKey } from './keys.js';
import { inChunks, indexPartition, putIfAbsent, type StoreContext } from './table.js';
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
 * Creates the profile of every member state that has none yet. Existing profiles are left as they
 * are (their reporting status and preferences belong to the data, not to the seed), so seeding
 * again on every start is safe.
 */
export async function seedStateProfiles(store: StoreContext): Promise<{ created: number }> {
  // Two counting queries spare 193 conditional writes on every start once the seed is complete.
  if ((await countStateProfiles(store)) >= MEMBER_STATES.length) return { created: 0 };
  let created = 0;
  // Modest parallelism: local stand-ins and on-demand tables both take this without throttling.
  for (const group of inChunks(MEMBER_STATES, 16)) {
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
  return { created };
}

async function countStateProfiles(store: StoreContext): Promise<number> {
  let count = 0;
  for (const status of ReportingStatus.options) {
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await store.db.send(
        new QueryCommand({ ...indexPartition(BY_LOOKUP, statesByStatusKey(status)), TableName: store.tableName, Select: 'COUNT', ExclusiveStartKey: cursor }),
      );
      count += page.Count ?? 0;
      cursor = page.LastEvaluatedKey;
    } while (cursor);
  }
  return count;
}
