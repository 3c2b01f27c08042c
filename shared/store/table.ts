/**
 * Low-level access to the single table: conditional creation, queries with cursors. Repositories
 * build on these; nothing else talks to DynamoDB directly.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { InvalidRequestError, NotFoundError } from '../errors.js';
import { PARTITION_KEY, SORT_KEY } from './tableDefinition.js';

export interface StoreContext {
  db: DynamoDBDocumentClient;
  tableName: string;
}

export type Keyed = { PK: string; SK: string } & Record<string, unknown>;

/**
 * Writes an item only if no item has its key. The at-least-once steps (ingest, reminders) use this
 * as their exactly-once claim: the second delivery finds the item and does nothing.
 */
export async function putIfAbsent(store: StoreContext, item: Keyed): Promise<'created' | 'exists'> {
  try {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PARTITION_KEY },
      }),
    );
    return 'created';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'exists';
    throw error;
  }
}

/** For conditional updates whose failed condition means "already done" or "a newer value is there". */
export function ignoreConditionFailure(error: unknown): void {
  if (error instanceof ConditionalCheckFailedException) return;
  throw error;
}

/**
 * For updates of an item that must exist (`attribute_exists(PK)`): a failed condition means the
 * record is not there, which the caller learns as a NotFoundError naming `what`.
 */
export function notFoundIfConditionFails(what: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof ConditionalCheckFailedException) throw new NotFoundError(what, { cause: error });
    throw error;
  };
}

export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export async function getItem<S extends z.ZodType>(
  store: StoreContext,
  key: { PK: string; SK: string },
  schema: S,
): Promise<z.infer<S> | undefined> {
  const { Item } = await store.db.send(
    new GetCommand({ TableName: store.tableName, Key: { [PARTITION_KEY]: key.PK, [SORT_KEY]: key.SK } }),
  );
  return Item ? schema.parse(Item) : undefined;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; absent on the last page. */
  cursor?: string;
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export const NOT_A_CURSOR = 'The cursor is not one this API returned; start again without it.';

/** The key a cursor stands for, or undefined when the text is not a cursor `encodeCursor` made. */
function cursorKey(cursor: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** For validating a cursor where a request arrives, before any read. */
export const isCursor = (cursor: string) => cursorKey(cursor) !== undefined;

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const key = cursorKey(cursor);
  if (!key) throw new InvalidRequestError(NOT_A_CURSOR);
  return key;
}

type QueryShape = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>;

/** One page of a query, parsed item by item. */
export async function queryPage<S extends z.ZodType>(
  store: StoreContext,
  query: QueryShape,
  schema: S,
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<z.infer<S>>> {
  const result = await store.db.send(
    new QueryCommand({
      ...query,
      TableName: store.tableName,
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor),
    }),
  );
  return { items: (result.Items ?? []).map((item) => schema.parse(item)), cursor: encodeCursor(result.LastEvaluatedKey) };
}

/**
 * A page of the items that pass `keep`, filled up to `limit` where the store has more: reads ask
 * only for the items still missing, so the page never overshoots and its cursor stays exact. For
 * bounded partitions (a page of few kept items may take several small reads).
 */
export async function filledPage<T>(
  read: (page: { limit: number; cursor?: string }) => Promise<Page<T>>,
  keep: (item: T) => boolean,
  page: { limit: number; cursor?: string },
): Promise<Page<T>> {
  const items: T[] = [];
  let cursor = page.cursor;
  do {
    const next = await read({ limit: page.limit - items.length, cursor });
    items.push(...next.items.filter(keep));
    cursor = next.cursor;
  } while (cursor && items.length < page.limit);
  return { items, cursor };
}

/** Every item a query matches, following pages (for bounded partitions such as one state's items). */
export async function queryAll<S extends z.ZodType>(store: StoreContext, query: QueryShape, schema: S): Promise<z.infer<S>[]> {
  const items: z.infer<S>[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage(store, query, schema, { cursor });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

/** Key condition "PK = :pk" on an index: every item of one index partition. */
export function indexPartition(index: { indexName: string; partitionKey: string }, partition: string): QueryShape {
  return {
    IndexName: index.indexName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index.partitionKey },
    ExpressionAttributeValues: { ':pk': partition },
  };
}

/** Key condition "PK = :pk AND begins_with(SK, :prefix)" on the table or an index. */
export function partitionPrefix(
  partition: string,
  prefix: string,
  index?: { indexName: string; partitionKey: string; sortKey: string },
): QueryShape {
  return {
    IndexName: index?.indexName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': index?.partitionKey ?? PARTITION_KEY, '#sk': index?.sortKey ?? SORT_KEY },
    ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
  };
}
