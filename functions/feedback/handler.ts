/**
 * Feedback Lambda: SES bounce and complaint notifications, published to SNS, each record's message
 * parsed with zod. A message that is not JSON or not a bounce/complaint (a delivery notice, SNS's
 * subscription test, anything malformed) is ignored with one log line: it must never fail the
 * invocation, or SNS would retry it for nothing. Store errors do throw: SNS then retries.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { documentClient } from '#shared/aws/dynamoDb.js';
import { readEnvironment, TableEnvironment } from '#shared/config/environment.js';
import { logger } from '#shared/lambda/powertools.js';
import type { StoreContext } from '#shared/store/table.js';
import { handleFeedback } from './recordFeedback.js';

const environment = readEnvironment(TableEnvironment);
const store: StoreContext = { db: documentClient(), tableName: environment.TABLE_NAME };

export const handler = middy(async (event: unknown, _context: Context) => handleFeedback(store, event)).use(injectLambdaContext(logger));
