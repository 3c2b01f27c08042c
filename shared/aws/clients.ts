/**
 * The one place where AWS SDK clients are built. Each is created once per module instance (per
 * Lambda execution environment) and reused across invocations.
 *
 * Handlers never branch on "local or AWS": the SDK itself reads the standard endpoint variables
 * (`AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_SES`, …), which the local
 * runner and the tests set to the stand-ins. The only extra switch is S3 path-style addressing,
 * which an S3-compatible server on localhost needs.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export const dynamoDbClient = once(() => new DynamoDBClient({}));

export const documentClient = once(() =>
  DynamoDBDocumentClient.from(dynamoDbClient(), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  }),
);

export const s3Client = once(
  () => new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
);

/**
 * Adaptive retries: on SES throttling ("Maximum sending rate exceeded") the SDK backs off and also
 * slows this client's own sending; what still fails goes back to the mail queue (see the mailer).
 */
export const sesClient = once(() => new SESClient({ retryMode: 'adaptive', maxAttempts: 4 }));

export const sqsClient = once(() => new SQSClient({}));
