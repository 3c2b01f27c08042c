/**
 * A throwaway table and bucket on the shared stand-ins, for one test file. Sets the environment the
 * handlers read (endpoints, TABLE_NAME, BUCKET_NAME) before they are imported.
 */
import { randomBytes } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { ensureBucket } from '../../infra/local/provisionBucket.js';
import { ensureTable } from '../../infra/local/provisionTable.js';
import type { StoreContext } from '../../shared/store/table.js';

export interface TestPortal {
  store: StoreContext;
  dynamo: DynamoDBClient;
  s3: S3Client;
  tableName: string;
  bucketName: string;
  environment: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createTestPortal(): Promise<TestPortal> {
  const environment = inject('standInEnvironment');
  const suffix = randomBytes(5).toString('hex');
  const tableName = `portal-test-${suffix}`;
  const bucketName = `portal-test-${suffix}`;
  Object.assign(process.env, environment, { TABLE_NAME: tableName, BUCKET_NAME: bucketName });
  const config = {
    region: environment.AWS_REGION,
    credentials: { accessKeyId: environment.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: environment.AWS_SECRET_ACCESS_KEY ?? '' },
  };
  const dynamo = new DynamoDBClient({ ...config, endpoint: environment.AWS_ENDPOINT_URL_DYNAMODB });
  const s3 = new S3Client({ ...config, endpoint: environment.AWS_ENDPOINT_URL_S3, forcePathStyle: true });
  await ensureTable(dynamo, tableName);
  await ensureBucket(s3, bucketName);
  return {
    store: { db: DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } }), tableName },
    dynamo,
    s3,
    tableName,
    bucketName,
    environment: { ...environment, TABLE_NAME: tableName, BUCKET_NAME: bucketName },
    dispose: async () => {
      await dynamo.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      dynamo.destroy();
      s3.destroy();
    },
  };
}
