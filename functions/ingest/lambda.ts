/** The ingest function's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { createS3Client } from '#shared/aws/s3.js';
import { createSqsClient } from '#shared/aws/sqs.js';
import { readEnvironment } from '#shared/config/environment.js';
import { ingestFunction } from './function.js';
import { createHandler, dependenciesFrom } from './handler.js';

const settings = readEnvironment(ingestFunction.environment);
export const handler = createHandler(
  dependenciesFrom(settings, { db: createDocumentClient(), s3: createS3Client(), sqs: createSqsClient() }),
);
