/**
 * Where the CLI's direct commands (the reminder run) go: the local portal running from PORTAL_HOME
 * (found through its `portal.json`), or, when none runs, the AWS deployment named by TABLE_NAME
 * (and MAIL_QUEUE_URL, to queue) with the usual AWS credentials. The clients come from the same
 * factories the functions use.
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { createSqsClient } from '#shared/aws/sqs.js';
import { LOCAL_SECRETARIAT_ADDRESS, portalHome, readRunningPortal } from '../infra/local/localPortalInfo.js';
import { standInClientOptions } from '../infra/local/standInClients.js';
import { NoPortalError, UsageError } from './io.js';

export interface PortalConnection {
  description: string;
  tableName: string;
  clients: { db: DynamoDBDocumentClient; sqs: SQSClient };
  /** The mail queue the mailer reads. */
  mailQueueUrl(): Promise<string>;
  /** Where the planner's daily digest goes: the local portal's, or SECRETARIAT_ADDRESS for a deployment. */
  secretariatAddress?: string;
  close(): void;
}

export function connectToPortal(env: NodeJS.ProcessEnv = process.env): PortalConnection {
  const home = portalHome(env);
  const local = readRunningPortal(home);
  if (local) {
    const clients = {
      db: createDocumentClient(standInClientOptions(local.endpoints.dynamodb)),
      sqs: createSqsClient(standInClientOptions(local.endpoints.sqs)),
    };
    return {
      description: `local portal in ${home}`,
      tableName: local.tableName,
      clients,
      mailQueueUrl: async () => local.mailQueueUrl,
      secretariatAddress: LOCAL_SECRETARIAT_ADDRESS,
      close: () => (clients.db.destroy(), clients.sqs.destroy()),
    };
  }
  if (env.TABLE_NAME) {
    const clients = { db: createDocumentClient(), sqs: createSqsClient() };
    const queueUrl = env.MAIL_QUEUE_URL;
    return {
      description: `deployment (table ${env.TABLE_NAME})`,
      tableName: env.TABLE_NAME,
      clients,
      mailQueueUrl: async () => {
        if (!queueUrl) throw new UsageError('set MAIL_QUEUE_URL to the deployment\'s mail queue, or use --dry-run');
        return queueUrl;
      },
      secretariatAddress: env.SECRETARIAT_ADDRESS,
      close: () => (clients.db.destroy(), clients.sqs.destroy()),
    };
  }
  throw new NoPortalError(
    `no portal is running from ${home}: start one with \`npm start\` (or set PORTAL_HOME), or set TABLE_NAME to use a deployment`,
  );
}
