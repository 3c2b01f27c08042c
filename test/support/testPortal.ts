/**
 * A throwaway table and bucket on the shared stand-ins, for one test file, with clients made by
 * the same factories Lambda uses (`infra/local/standInClients.ts`). Tests build each handler's
 * dependencies from these, as the local portal does; nothing is read from `process.env`.
 */
import { randomBytes } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { ensureBucket } from '../../infra/local/provisionBucket.js';
import { ensureTable } from '../../infra/local/provisionTable.js';
import type { StoreContext } from '../../shared/store/table.js';
import { standInClients, type StandInClients, type StandInEndpoints } from '../../infra/local/standInClients.js';

export interface TestPortal {
  store: StoreContext;
  clients: StandInClients;
  endpoints: StandInEndpoints;
  tableName: string;
  bucketName: string;
  dispose(): Promise<void>;
}

export async function createTestPortal(): Promise<TestPortal> {
  const endpoints = inject('standInEndpoints');
  const suffix = randomBytes(5).toString('hex');
  const tableName = `portal-test-${suffix}`;
  const bucketName = `portal-test-${suffix}`;
  const clients = standInClients(endpoints);
  await ensureTable(clients.dynamo, tableName);
  await ensureBucket(clients.s3, bucketName);
  return {
    store: { db: clients.db, tableName },
    clients,
    endpoints,
    tableName,
    bucketName,
    dispose: async () => {
      await clients.dynamo.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      clients.destroy();
    },
  };
}
