/**
 * How many requests one caller has made to one costly route of the admin API in the current
 * minute: a fixed window per caller and route, one item each (so the table holds one per user and
 * route, whatever the traffic), counted with conditional updates so that every copy of the admin
 * function, on any instance, sees the same count.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { callerKey, callerRequestsSortKey } from './keys.js';
import type { StoreContext } from './table.js';

const WINDOW_MS = 60_000;

export type RequestTaken = { taken: true } | { taken: false; retryAfterSeconds: number };

/** Counts one request of `subject` to `route`, unless it already made `perMinute` in this window. */
export async function takeRequest(store: StoreContext, subject: string, route: string, perMinute: number, now: Date): Promise<RequestTaken> {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const Key = { PK: callerKey(subject), SK: callerRequestsSortKey(route) };
  const update = (UpdateExpression: string, ConditionExpression: string) =>
    store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key,
        UpdateExpression,
        ConditionExpression,
        ExpressionAttributeNames: { '#window': 'window', '#requests': 'requests' },
        ExpressionAttributeValues: { ':window': window, ':one': 1, ...(ConditionExpression.includes(':limit') && { ':limit': perMinute }) },
      }),
    );
  const countInWindow = () => update('ADD #requests :one', '#window = :window AND #requests < :limit');
  const openWindow = () => update('SET #window = :window, #requests = :one', 'attribute_not_exists(#window) OR #window < :window');
  // In the window: count. A new window: open it. Both refused: another request opened it a moment
  // ago, so count in it once more; refused again, the window is full.
  for (const attempt of [countInWindow, openWindow, countInWindow]) {
    try {
      await attempt();
      return { taken: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return { taken: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now.getTime()) / 1000)) };
}
