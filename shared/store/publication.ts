/**
 * Publication consent (1540 Committee practice: a state's matrix, and what it submitted, are
 * published only once the state agrees). The state profile carries `matrixVisibility`, each
 * submission its own `visibility`; both start as `committee`.
 *
 * A profile whose matrix is public is also indexed on GSI2 under `PUBLICATION#public / <iso3>`
 * (sparse: withdrawing consent removes the key), so the public export reads exactly the consenting
 * states without scanning the 193 profiles. A public submission likewise, under
 * `REPORTS#public / <iso3>#<receivedAt>#<id>`: the public pages read exactly those. Only an accepted
 * submission of a state is published (never a refused file, nor a duplicate of one already kept).
 */
import { randomUUID } from 'node:crypto';
import { BatchGetCommand, type BatchGetCommandOutput, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { ConflictError } from '../errors.js';
import {
  CONSENT_PREFIX,
  consentSortKey,
  PROFILE_SORT_KEY,
  publicationKey,
  publicReportSortKey,
  publicReportsKey,
  stateKey,
  SUBMISSION_PREFIX,
  submissionSortKey,
} from './keys.js';
import type { MatrixElement } from '../extraction/contract.js';
import { matrixForElement } from './adminQueries.js';
import { Submission, Visibility, type MatrixEntry, type SubmissionStatus } from './items.js';
import { currentMatrix } from './matrixEntries.js';
import { ignoreConditionFailure, inChunks, indexPartition, notFoundIfConditionFails, partitionPrefix, queryAll, type StoreContext } from './table.js';
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

/**
 * Records a state's consent (or its withdrawal) to publish one submission. Published, an accepted
 * submission of a state joins the public reports' index; withdrawn, it leaves it (a refused
 * submission keeps its own GSI2 entry, the quarantine's: it was never published).
 */
export async function setSubmissionVisibility(
  store: StoreContext,
  submission: Pick<Submission, 'id' | 'state' | 'receivedAt' | 'declaredReportType' | 'status'>,
  visibility: Visibility,
): Promise<void> {
  const { state } = submission;
  if (visibility === 'public' && (submission.status !== 'accepted' || state === null)) {
    throw new ConflictError(
      `Submission ${submission.id} cannot be published: ${state === null ? 'it belongs to no state' : `it was not accepted (${submission.status})`}.`,
    );
  }
  const update =
    visibility === 'public' && state !== null
      ? {
          UpdateExpression: 'SET visibility = :v, GSI2PK = :gsipk, GSI2SK = :gsisk',
          // Accepted when read, accepted when written: a submission's status never changes, but the check costs nothing.
          ConditionExpression: 'attribute_exists(PK) AND #status = :accepted',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':v': visibility, ...publicReportIndex({ ...submission, state }) },
        }
      : {
          UpdateExpression: submission.status === 'rejected' ? 'SET visibility = :v' : 'SET visibility = :v REMOVE GSI2PK, GSI2SK',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':v': visibility },
        };
  await store.db
    .send(new UpdateCommand({ TableName: store.tableName, Key: { PK: submissionPartition(submission), SK: submissionSortKey(submission.receivedAt, submission.id) }, ...update }))
    .catch(notFoundIfConditionFails(`Submission ${submission.id}`));
}

/** The public reports' index entry of an accepted submission, and the status the write checks. */
function publicReportIndex(submission: Pick<Submission, 'id' | 'receivedAt'> & { state: string }) {
  return {
    ':gsipk': publicReportsKey('public'),
    ':gsisk': publicReportSortKey(submission.state, submission.receivedAt, submission.id),
    ':accepted': 'accepted' satisfies SubmissionStatus,
  };
}

const UnindexedSubmission = Submission.pick({ id: true, receivedAt: true });

/**
 * Indexes among the public reports a state's accepted submissions that are public but not indexed
 * (made public before the index existed) and returns how many: the one-off backfill. Conditional on
 * being still public and accepted, so a withdrawal made meanwhile is never undone.
 */
export async function indexPublicSubmissions(store: StoreContext, iso3: string): Promise<number> {
  const submissions = partitionPrefix(stateKey(iso3), SUBMISSION_PREFIX);
  const unindexed = await queryAll(
    store,
    {
      ...submissions,
      ProjectionExpression: 'id, receivedAt',
      FilterExpression: 'visibility = :public AND #status = :accepted AND attribute_not_exists(GSI2PK)',
      ExpressionAttributeNames: { ...submissions.ExpressionAttributeNames, '#status': 'status' },
      ExpressionAttributeValues: { ...submissions.ExpressionAttributeValues, ':public': 'public' satisfies Visibility, ':accepted': 'accepted' satisfies SubmissionStatus },
    },
    UnindexedSubmission,
  );
  await Promise.all(
    unindexed.map((submission) =>
      store.db
        .send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: { PK: stateKey(iso3), SK: submissionSortKey(submission.receivedAt, submission.id) },
            UpdateExpression: 'SET GSI2PK = :gsipk, GSI2SK = :gsisk',
            ConditionExpression: 'visibility = :public AND #status = :accepted',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':public': 'public' satisfies Visibility, ...publicReportIndex({ ...submission, state: iso3 }) },
          }),
        )
        .catch(ignoreConditionFailure),
    ),
  );
  return unindexed.length;
}

/** The submissions states consented to publish (all, or one state's), by state and time received. */
export function publicSubmissions(store: StoreContext, iso3?: string): Promise<Submission[]> {
  const partition = publicReportsKey('public');
  return queryAll(store, iso3 ? partitionPrefix(partition, `${iso3}#`, BY_ELEMENT) : indexPartition(BY_ELEMENT, partition), Submission);
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

/** A cell of a published matrix; its evidence is published only with its source submission. */
export interface PublishedMatrixEntry extends MatrixEntry {
  /** False when the source submission is not public: the cell is published, its evidence and source are not. */
  evidencePublic: boolean;
}

/**
 * The matrix cells that may be published: the current (confirmed) cells of the states that
 * consented to publish their matrix, optionally one state's or one element's, each marked with
 * whether its source submission is public too. The public pages and the public export read this.
 */
export async function publishedMatrix(store: StoreContext, filter: { state?: string; element?: MatrixElement } = {}): Promise<PublishedMatrixEntry[]> {
  const published = new Set(await publicMatrixStates(store));
  let entries: MatrixEntry[];
  if (filter.state) entries = published.has(filter.state) ? await currentMatrix(store, filter.state) : [];
  else if (filter.element) entries = (await matrixForElement(store, filter.element)).filter((e) => published.has(e.state));
  else entries = (await Promise.all([...published].map((iso3) => currentMatrix(store, iso3)))).flat();
  if (filter.element) entries = entries.filter((e) => e.element === filter.element);
  const visibility = await submissionVisibilities(
    store,
    entries.map((e) => ({ state: e.state, receivedAt: e.sourceReceivedAt, id: e.sourceSubmissionId })),
  );
  return entries.map((e) => ({ ...e, evidencePublic: visibility.get(e.sourceSubmissionId) === 'public' }));
}
