/**
 * AWS SDK clients pointed at the stand-ins: the same factories Lambda uses (`shared/aws/`), given
 * each stand-in's endpoint, the local region and the stand-ins' fixed credentials. The local
 * portal, the command line and the tests build the handlers' dependencies from these.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AwsClientOptions } from '#shared/aws/clientOptions.js';
import type { AwsClients } from '#shared/aws/clients.js';
import { createDocumentClient, createDynamoDbClient } from '#shared/aws/dynamoDb.js';
import { createS3Client } from '#shared/aws/s3.js';
import { createSesClient } from '#shared/aws/ses.js';
import { createSqsClient } from '#shared/aws/sqs.js';

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

export interface StandInEndpoints {
  dynamodb: string;
  s3: string;
  ses: string;
  sqs: string;
}

export function standInClientOptions(endpoint: string): AwsClientOptions {
  return { endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
}

/** Every client, plus the low-level DynamoDB client that table provisioning needs. */
export interface StandInClients extends AwsClients {
  readonly dynamo: DynamoDBClient;
  destroy(): void;
}

export function standInClients(endpoints: StandInEndpoints): StandInClients {
  const dynamo = createDynamoDbClient(standInClientOptions(endpoints.dynamodb));
  const clients = {
    dynamo,
    db: createDocumentClient(dynamo),
    s3: createS3Client(standInClientOptions(endpoints.s3)),
    ses: createSesClient(standInClientOptions(endpoints.ses)),
    sqs: createSqsClient(standInClientOptions(endpoints.sqs)),
  };
  return { ...clients, destroy: () => [clients.dynamo, clients.s3, clients.ses, clients.sqs].forEach((client) => client.destroy()) };
}
