import { GLOBAL_INDEXES } from './tableDefinition.js';
import { DEADLINE_SORT_KEY, deadlineKey, deadlinesByStatusKey } from './keys.js';
import { Deadline, type DeadlineStatus } from './items.js';
import { getItem, putIfAbsent, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

export function deadlineItem(deadline: Deadline) {
  const parsed = Deadline.parse(deadline);
  return {
    PK: deadlineKey(parsed.id),
    SK: DEADLINE_SORT_KEY,
    GSI1PK: deadlinesByStatusKey(parsed.status),
    GSI1SK: `${parsed.dueDate}#${parsed.id}`,
    entity: 'deadline',
    ...parsed,
  };
}

/** Adds a deadline unless one with its id exists (ids are deterministic: seeds and extractions repeat). */
export function recordDeadline(store: StoreContext, deadline: Deadline): Promise<'created' | 'exists'> {
  return putIfAbsent(store, deadlineItem(deadline));
}

export function getDeadline(store: StoreContext, id: string): Promise<Deadline | undefined> {
  return getItem(store, { PK: deadlineKey(id), SK: DEADLINE_SORT_KEY }, Deadline);
}

/** Deadlines with a status, by due date. */
export function listDeadlines(store: StoreContext, status: DeadlineStatus): Promise<Deadline[]> {
  return queryAll(
    store,
    {
      IndexName: BY_LOOKUP.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': BY_LOOKUP.partitionKey },
      ExpressionAttributeValues: { ':pk': deadlinesByStatusKey(status) },
    },
    Deadline,
  );
}
