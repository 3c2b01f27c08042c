import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AwsClientOptions } from './clientOptions.js';

/**
 * The one marshalling setting: attributes left undefined are omitted (optional fields of the
 * store's records), and class instances are refused rather than flattened into maps.
 */
const MARSHALLING = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/** The low-level client: for table administration (provisioning), which the document client does not model. */
export function createDynamoDbClient(options: AwsClientOptions = {}): DynamoDBClient {
  return new DynamoDBClient({ ...options });
}

/** The document client every store function takes, over a client of its own or the one given. */
export function createDocumentClient(from: AwsClientOptions | DynamoDBClient = {}): DynamoDBDocumentClient {
  const client = from instanceof DynamoDBClient ? from : createDynamoDbClient(from);
  return DynamoDBDocumentClient.from(client, { marshallOptions: MARSHALLING });
}
