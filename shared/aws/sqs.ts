import { SQSClient } from '@aws-sdk/client-sqs';
import type { AwsClientOptions } from './clientOptions.js';

export function createSqsClient(options: AwsClientOptions = {}): SQSClient {
  return new SQSClient({ ...options });
}
