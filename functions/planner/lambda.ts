/** The planner's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { createSqsClient } from '#shared/aws/sqs.js';
import { readEnvironment } from '#shared/config/environment.js';
import { plannerFunction } from './function.js';
import { createHandler, dependenciesFrom } from './handler.js';

const settings = readEnvironment(plannerFunction.environment);
export const handler = createHandler(dependenciesFrom(settings, { db: createDocumentClient(), sqs: createSqsClient() }));
