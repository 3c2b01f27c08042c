import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ConflictError, InvalidRequestError, NotFoundError } from '../errors.js';
import type { DeadlineConcerns } from '../extraction/contract.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { DEADLINE_SORT_KEY, deadlineKey, deadlinesByStatusKey, deadlinesByStatusSortKey } from './keys.js';
import { Deadline, DeadlineAudience, type DeadlineInput, type DeadlineStatus } from './items.js';
import { requireOrganizations } from './organizations.js';
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
 * Moves a deadline to another status (the secretariat retires one; confirming is `confirmDeadline`).
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

/** Who must act on a deadline, in the extraction contract's words, from its stored audience. */
export function concernsOf(audience: DeadlineAudience): DeadlineConcerns {
  switch (audience.kind) {
    case 'all':
    case 'states':
    case 'rule':
      return 'states';
    case 'organizations':
    case 'committee':
    case 'secretariat':
      return audience.kind;
  }
}

/** The widest audience of a party: every state, every organization, the Committee, the Secretariat. */
export function audienceFor(concerns: DeadlineConcerns): DeadlineAudience {
  return concerns === 'states' ? { kind: 'all' } : { kind: concerns };
}

/** What the secretariat may correct when it confirms a deadline. */
export interface DeadlineCorrections {
  title?: string;
  /** Who must act; a narrower `appliesTo` of the same party may come with it. */
  concerns?: DeadlineConcerns;
  appliesTo?: DeadlineAudience;
}

/**
 * The secretariat confirms a deadline (a proposed one, read from a Committee document, becomes
 * active; an active one may be corrected again), correcting its title and who must act. A
 * correction of `concerns` alone keeps a narrower audience of the same party (a list of states
 * stays a list) and otherwise widens to the whole party. A NotFoundError when there is no such
 * deadline, a ConflictError when it is retired (or retired meanwhile: the write is conditional).
 */
export async function confirmDeadline(store: StoreContext, id: string, corrections: DeadlineCorrections = {}): Promise<Deadline> {
  const deadline = await getDeadline(store, id);
  if (!deadline) throw new NotFoundError(`Deadline ${id}`);
  if (deadline.status === 'retired') throw new ConflictError(`Deadline ${id} is retired; only a proposed or active deadline can be confirmed.`);
  const appliesTo = correctedAudience(deadline.appliesTo, corrections);
  if (appliesTo.kind === 'organizations' && appliesTo.organizations) await requireOrganizations(store, appliesTo.organizations);
  const title = corrections.title ?? deadline.title;
  try {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: deadlineKey(id), SK: DEADLINE_SORT_KEY },
        UpdateExpression: 'SET #status = :active, GSI1PK = :gsi, title = :title, appliesTo = :appliesTo',
        ConditionExpression: '#status IN (:proposed, :active)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':active': 'active' satisfies DeadlineStatus,
          ':proposed': 'proposed' satisfies DeadlineStatus,
          ':gsi': deadlinesByStatusKey('active'),
          ':title': title,
          ':appliesTo': appliesTo,
        },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new ConflictError(`Deadline ${id} was retired meanwhile.`, { cause: error });
    throw error;
  }
  return { ...deadline, status: 'active', title, appliesTo };
}

function correctedAudience(current: DeadlineAudience, corrections: DeadlineCorrections): DeadlineAudience {
  const { concerns, appliesTo } = corrections;
  if (appliesTo) {
    const parsed = DeadlineAudience.parse(appliesTo);
    if (concerns && concernsOf(parsed) !== concerns) {
      throw new InvalidRequestError(`appliesTo ${parsed.kind} concerns ${concernsOf(parsed)}, not ${concerns}: correct one to match the other.`);
    }
    return parsed;
  }
  if (!concerns || concernsOf(current) === concerns) return current;
  return audienceFor(concerns);
}
