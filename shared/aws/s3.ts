import { S3Client } from '@aws-sdk/client-s3';
import type { AwsClientOptions } from './clientOptions.js';

/** An S3-compatible server on localhost answers only path-style requests (`host/bucket/key`). */
export function createS3Client(options: AwsClientOptions = {}): S3Client {
  return new S3Client({ ...options, forcePathStyle: options.endpoint !== undefined });
}
