import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { MEMBER_STATES } from '../reference/memberStates.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { PROFILE_SORT_KEY, stateKey, statesByStatusKey } from './keys.js';
import { ReportingStatus, StateProfile } from './items.js';
import { getItem, ignoreConditionFailure, inChunks, indexPartition, putIfAbsent, queryAll, type StoreContext } from './table.js';

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
            names: state.names,
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

export function getStateProfile(store: StoreContext, iso3: string): Promise<StateProfile | undefined> {
  return getItem(store, { PK: stateKey(iso3), SK: PROFILE_SORT_KEY }, StateProfile);
}

export function listStatesByReportingStatus(store: StoreContext, status: ReportingStatus): Promise<StateProfile[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, statesByStatusKey(status)), StateProfile);
}

/**
 * Records that the state submitted something. Only a newer submission moves `lastSubmission*`
 * forward, so a redelivered or late event never rolls it back; the first national report marks
 * the state as reported.
 */
export async function recordStateSubmission(
  store: StoreContext,
  iso3: string,
  submission: { id: string; receivedAt: string; isNationalReport: boolean },
): Promise<void> {
  await updateProfileWhen(store, iso3, {
    UpdateExpression: 'SET lastSubmissionAt = :at, lastSubmissionId = :id',
    ConditionExpression: 'attribute_not_exists(lastSubmissionAt) OR lastSubmissionAt < :at',
    ExpressionAttributeValues: { ':at': submission.receivedAt, ':id': submission.id },
  });
  if (!submission.isNationalReport) return;
  await updateProfileWhen(store, iso3, {
    UpdateExpression: 'SET reportingStatus = :reported, GSI1PK = :gsi, firstReportAt = :at',
    ConditionExpression: 'attribute_not_exists(firstReportAt) OR firstReportAt > :at',
    ExpressionAttributeValues: {
      ':reported': 'reported' satisfies ReportingStatus,
      ':gsi': statesByStatusKey('reported'),
      ':at': submission.receivedAt,
    },
  });
}

/** Updates an existing profile when the condition holds; a failed condition means "a newer value is there". */
async function updateProfileWhen(
  store: StoreContext,
  iso3: string,
  update: { UpdateExpression: string; ConditionExpression: string; ExpressionAttributeValues: Record<string, unknown> },
): Promise<void> {
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(iso3), SK: PROFILE_SORT_KEY },
        ...update,
        ConditionExpression: `attribute_exists(PK) AND (${update.ConditionExpression})`,
      }),
    )
    .catch(ignoreConditionFailure);
}
