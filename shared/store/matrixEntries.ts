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
  await putIfAbsent(store, {
    PK: stateKey(parsed.state),
    SK: matrixHistorySortKey(parsed.element, parsed.weapon, parsed.sourceReceivedAt, parsed.sourceSubmissionId),
    entity: 'matrixHistory',
    ...parsed,
  });
  await store.db
    .send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          PK: stateKey(parsed.state),
          SK: matrixSortKey(parsed.element, parsed.weapon),
          GSI2PK: elementKey(parsed.element),
          GSI2SK: elementCoverageSortKey(parsed.coverage, parsed.state, parsed.weapon),
          entity: 'matrix',
          ...parsed,
        },
        // Same submission again (redelivery) rewrites identical values; an older one is refused.
        ConditionExpression: 'attribute_not_exists(PK) OR sourceReceivedAt <= :at',
        ExpressionAttributeValues: { ':at': parsed.sourceReceivedAt },
      }),
    )
    .catch(ignoreConditionFailure);
}

/** The state's current matrix (one item per element and weapon). */
export function currentMatrix(store: StoreContext, iso3: string): Promise<MatrixEntry[]> {
  return queryAll(store, partitionPrefix(stateKey(iso3), MATRIX_PREFIX), MatrixEntry);
}
