/**
 * The single table's shape: the one definition that both the CDK stack and the local runner use.
 *
 * Keys are overloaded (single-table design). Item types and their keys live in `keys.ts`; each
 * global secondary index serves named admin queries (see `keys.ts` for which item writes which):
 *
 * - GSI1 "lookup and lists": a submission by id, states by reporting status, deadlines by status and
 *   due date, contacts by e-mail address (for bounce handling).
 * - GSI2 "by element" and sparse lists: current matrix entries and assistance items by matrix
 *   element (coverage, assistance matching), states whose matrix may be published, refused uploads,
 *   the member states' active contact points (every state's standing in one query), the contact
 *   points suppressed after a bounce or complaint (what reminders cannot reach, newest first).
 *
 * Both indexes project all attributes: the items are small and every query reads whole items.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const PARTITION_KEY = 'PK';
export const SORT_KEY = 'SK';

export const GLOBAL_INDEXES = [
  { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
] as const;
export type IndexName = (typeof GLOBAL_INDEXES)[number]['indexName'];

/** The CreateTable request the local runner and the tests send to a DynamoDB-compatible server. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [PARTITION_KEY, SORT_KEY, ...GLOBAL_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
