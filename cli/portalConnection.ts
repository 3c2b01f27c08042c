/**
 * Where the CLI's commands go: the local portal running from PORTAL_HOME (found through its
 * `portal.json`), or, when none runs, the AWS deployment named by TABLE_NAME and BUCKET_NAME with
 * the usual AWS credentials.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { portalHome, readRunningPortal } from '../infra/local/localPortalInfo.js';
import type { StoreContext } from '#shared/store/table.js';
import { NoPortalError } from './io.js';

export interface PortalConnection {
  description: string;
  store: StoreContext;
  s3: S3Client;
  bucketName: string;
  close(): void;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function connectToPortal(env: NodeJS.ProcessEnv = process.env): PortalConnection {
  const home = portalHome(env);
  const local = readRunningPortal(home);
  if (local) {
    const config = { region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
    const dynamo = new DynamoDBClient({ ...config, endpoint: local.endpoints.dynamodb });
    const s3 = new S3Client({ ...config, endpoint: local.endpoints.s3, forcePathStyle: true });
    return {
      description: `local portal in ${home}`,
      store: { db: DynamoDBDocumentClient.from(dynamo), tableName: local.tableName },
      s3,
      bucketName: local.bucketName,
      close: () => (dynamo.destroy(), s3.destroy()),
    };
  }
  if (env.TABLE_NAME && env.BUCKET_NAME) {
    const dynamo = new DynamoDBClient({});
    const s3 = new S3Client({});
    return {
      description: `deployment (table ${env.TABLE_NAME})`,
      store: { db: DynamoDBDocumentClient.from(dynamo), tableName: env.TABLE_NAME },
      s3,
      bucketName: env.BUCKET_NAME,
      close: () => (dynamo.destroy(), s3.destroy()),
    };
  }
  throw new NoPortalError(
    `no portal is running from ${home}: start one with \`npm start\` (or set PORTAL_HOME), or set TABLE_NAME and BUCKET_NAME to use a deployment`,
  );
}
