import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { PROFILE_SORT_KEY, stateKey, statesByStatusKey } from './keys.js';
import { ReportingStatus, StateProfile } from './items.js';
import { getItem, ignoreConditionFailure, indexPartition, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

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
