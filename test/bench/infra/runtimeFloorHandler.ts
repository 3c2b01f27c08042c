/**
 * A second reference for the bundle benchmark: a handler that only loads what every function of
 * the pipeline carries whatever its own code (the DynamoDB document client, the Powertools logger,
 * middy), so the table shows how much of a function's start-up is its own.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import { createDocumentClient } from '../../../shared/aws/dynamoDb.js';

const logger = new Logger({ serviceName: 'runtime floor' });
const db = createDocumentClient();

export const handler = middy(async () => {
  logger.debug('floor', { client: typeof db.send });
  return {};
});
