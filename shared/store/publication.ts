/**
 * Publication consent (1540 Committee practice: a state's matrix, and what it submitted, are
 * published only once the state agrees). The state profile carries `matrixVisibility`, each
 * submission its own `visibility`; both start as `committee`.
 *
 * A profile whose matrix is public is also indexed on GSI2 under `PUBLICATION#public / <iso3>`
 * (sparse: withdrawing consent removes the key), so the public export reads exactly the consenting
 * states without scanning the 193 profiles.
 */
import { randomUUID } from 'node:crypto';
import { BatchGetCommand, type BatchGetCommandOutput, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { CONSENT_PREFIX, consentSortKey, PROFILE_SORT_KEY, publicationKey, stateKey, submissionSortKey } from './keys.js';
import { Visibility, type Submission } from './items.js';
import { inChunks, indexPartition, notFoundIfConditionFails, partitionPrefix, queryAll, type StoreContext } from './table.js';
import { submissionPartition } from './submissions.js';

const [, BY_ELEMENT] = GLOBAL_INDEXES;

/** Who gave or withdrew a state's consent, when, and the visibility before and after. */
export const ConsentDecision = z.object({
  by: z.string(),
  at: z.string(),
  before: Visibility.nullable(),
  after: Visibility,
});
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/** Records the state's consent (or its withdrawal), and the decision beside the profile. */
export async function setMatrixVisibility(
  store: StoreContext,
  iso3: string,
  visibility: Visibility,
  decision: { by: string; at: string } = { by: 'system', at: new Date().toISOString() },
): Promise<ConsentDecision> {
  const indexed = visibility === 'public';
  const { Attributes } = await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(iso3), SK: PROFILE_SORT_KEY },
        UpdateExpression: indexed
          ? 'SET matrixVisibility = :v, GSI2PK = :gsipk, GSI2SK = :iso3'
          : 'SET matrixVisibility = :v REMOVE GSI2PK, GSI2SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: indexed ? { ':v': visibility, ':gsipk': publicationKey('public'), ':iso3': iso3 } : { ':v': visibility },
        ReturnValues: 'UPDATED_OLD',
      }),
    )
    .catch(notFoundIfConditionFails(`State ${iso3}`));
  const recorded: ConsentDecision = { ...decision, before: Visibility.nullable().catch(null).parse(Attributes?.matrixVisibility ?? null), after: visibility };
  await store.db.send(
    new PutCommand({ TableName: store.tableName, Item: { PK: stateKey(iso3), SK: consentSortKey(decision.at, randomUUID().slice(0, 8)), entity: 'consentDecision', ...recorded } }),
  );
  return recorded;
}

/** The state's consent decisions, oldest first. */
export function consentDecisions(store: StoreContext, iso3: string): Promise<ConsentDecision[]> {
  return queryAll(store, partitionPrefix(stateKey(iso3), CONSENT_PREFIX), ConsentDecision);
}

export async function setSubmissionVisibility(
  store: StoreContext,
  submission: Pick<Submission, 'id' | 'state' | 'receivedAt' | 'declaredReportType' | 'status'>,
  visibility: Visibility,
): Promise<void> {
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: submissionPartition(submission), SK: submissionSortKey(submission.receivedAt, submission.id) },
        UpdateExpression: 'SET visibility = :v',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':v': visibility },
      }),
    )
    .catch(notFoundIfConditionFails(`Submission ${submission.id}`));
}

/** The states whose matrix may be published, by ISO3 code. */
export async function publicMatrixStates(store: StoreContext): Promise<string[]> {
  const rows = await queryAll(store, indexPartition(BY_ELEMENT, publicationKey('public')), z.object({ iso3: z.string() }));
  return rows.map((r) => r.iso3);
}

/**
 * The visibility of submissions whose key is known (a matrix entry names its source submission's
 * state, time and id): one BatchGetItem per 100, projecting the one attribute.
 */
export async function submissionVisibilities(
  store: StoreContext,
  refs: ReadonlyArray<{ state: string; receivedAt: string; id: string }>,
): Promise<Map<string, Visibility>> {
  const unique = [...new Map(refs.map((r) => [r.id, r])).values()];
  const visibilities = new Map<string, Visibility>();
  for (const chunk of inChunks(unique, 100)) {
    let keys: Record<string, unknown>[] | undefined = chunk.map((r) => ({ PK: stateKey(r.state), SK: submissionSortKey(r.receivedAt, r.id) }));
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await store.db.send(
        new BatchGetCommand({
          RequestItems: { [store.tableName]: { Keys: keys, ProjectionExpression: 'id, visibility' } },
        }),
      );
      for (const item of result.Responses?.[store.tableName] ?? []) {
        const parsed = z.object({ id: z.string(), visibility: Visibility }).parse(item);
        visibilities.set(parsed.id, parsed.visibility);
      }
      keys = result.UnprocessedKeys?.[store.tableName]?.Keys;
    }
  }
  return visibilities;
}
