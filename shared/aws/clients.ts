/**
 * The AWS clients a function's dependencies are built from. Each function takes the ones it uses
 * (`Pick<AwsClients, 'db' | 'ses'>`): its Lambda entry makes just those with the factories of
 * `dynamoDb.ts`, `s3.ts`, `ses.ts` and `sqs.ts`; the local portal and the tests make them with the
 * same factories, pointed at the stand-ins.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import type { SQSClient } from '@aws-sdk/client-sqs';

export interface AwsClients {
  readonly db: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly ses: SESClient;
  readonly sqs: SQSClient;
}
