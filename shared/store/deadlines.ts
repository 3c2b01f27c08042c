import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { DEADLINE_SORT_KEY, deadlineKey, deadlinesByStatusKey, deadlinesByStatusSortKey } from './keys.js';
import { Deadline, type DeadlineInput, type DeadlineStatus } from './items.js';
import { getItem, indexPartition, notFoundIfConditionFails, putIfAbsent, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

export function deadlineItem(deadline: DeadlineInput) {
  const parsed = Deadline.parse(deadline);
  return {
    PK: deadlineKey(parsed.id),
    SK: DEADLINE_SORT_KEY,
    GSI1PK: deadlinesByStatusKey(parsed.status),
    GSI1SK: deadlinesByStatusSortKey(parsed.dueDate, parsed.id),
    entity: 'deadline',
    ...parsed,
  };
}

/** Adds a deadline unless one with its id exists (ids are deterministic: seeds and extractions repeat). */
export function recordDeadline(store: StoreContext, deadline: DeadlineInput): Promise<'created' | 'exists'> {
  return putIfAbsent(store, deadlineItem(deadline));
}

export function getDeadline(store: StoreContext, id: string): Promise<Deadline | undefined> {
  return getItem(store, { PK: deadlineKey(id), SK: DEADLINE_SORT_KEY }, Deadline);
}

/** Deadlines with a status, by due date. */
export function listDeadlines(store: StoreContext, status: DeadlineStatus): Promise<Deadline[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, deadlinesByStatusKey(status)), Deadline);
}

/**
 * Moves a deadline to another status (the secretariat confirms a proposed one, or retires one).
 * The GSI1 key moves with it, so the by-status lists stay right. A NotFoundError when there is no
 * such deadline.
 */
export async function setDeadlineStatus(store: StoreContext, id: string, status: DeadlineStatus): Promise<void> {
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: deadlineKey(id), SK: DEADLINE_SORT_KEY },
        UpdateExpression: 'SET #status = :status, GSI1PK = :gsi',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status, ':gsi': deadlinesByStatusKey(status) },
      }),
    )
    .catch(notFoundIfConditionFails(`Deadline ${id}`));
}
