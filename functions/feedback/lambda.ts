/** The feedback function's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { readEnvironment } from '#shared/config/environment.js';
import { feedbackFunction } from './function.js';
import { createHandler, dependenciesFrom } from './handler.js';

const settings = readEnvironment(feedbackFunction.environment);
export const handler = createHandler(dependenciesFrom(settings, { db: createDocumentClient() }));
