import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { elementCoverageSortKey, elementKey, MATRIX_PREFIX, matrixHistorySortKey, matrixSortKey, stateKey } from './keys.js';
import { MatrixEntry } from './items.js';
import { ignoreConditionFailure, partitionPrefix, putIfAbsent, queryAll, type StoreContext } from './table.js';

/**
 * Records what one submission says about one matrix cell: always in the history (immutable, one
 * item per submission), and as the current value unless a newer submission already set it. A
 * redelivered or out-of-order event therefore never overwrites newer information.
 */
export async function recordMatrixEntry(store: StoreContext, entry: MatrixEntry): Promise<void> {
  const parsed = MatrixEntry.parse(entry);
  await recordHistory(store, parsed);
  await store.db
    .send(
      new PutCommand({
        TableName: store.tableName,
        Item: currentMatrixItem(parsed),
        // Same submission again (redelivery) rewrites identical values; an older one is refused.
        ConditionExpression: 'attribute_not_exists(PK) OR sourceReceivedAt <= :at',
        ExpressionAttributeValues: { ':at': parsed.sourceReceivedAt },
      }),
    )
    .catch(ignoreConditionFailure);
}

/**
 * A person's decision makes a value the Committee's: it becomes the current value whatever the
 * submission's date (the latest decision wins, not the latest report), and joins the history.
 * Reports never call this; they propose (`proposals.ts`).
 */
export async function confirmMatrixEntry(store: StoreContext, entry: MatrixEntry): Promise<void> {
  const parsed = MatrixEntry.parse(entry);
  await recordHistory(store, parsed);
  await store.db.send(new PutCommand({ TableName: store.tableName, Item: currentMatrixItem(parsed) }));
}

/** The history keeps one immutable item per cell and submission. */
function recordHistory(store: StoreContext, entry: MatrixEntry) {
  return putIfAbsent(store, {
    PK: stateKey(entry.state),
    SK: matrixHistorySortKey(entry.element, entry.weapon, entry.sourceReceivedAt, entry.sourceSubmissionId),
    entity: 'matrixHistory',
    ...entry,
  });
}

function currentMatrixItem(entry: MatrixEntry) {
  return {
    PK: stateKey(entry.state),
    SK: matrixSortKey(entry.element, entry.weapon),
    GSI2PK: elementKey(entry.element),
    GSI2SK: elementCoverageSortKey(entry.coverage, entry.state, entry.weapon),
    entity: 'matrix',
    ...entry,
  };
}

/** The state's current matrix (one item per element and weapon). */
export function currentMatrix(store: StoreContext, iso3: string): Promise<MatrixEntry[]> {
  return queryAll(store, partitionPrefix(stateKey(iso3), MATRIX_PREFIX), MatrixEntry);
}
