/** The seeder's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { readEnvironment } from '#shared/config/environment.js';
import { seederFunction } from './function.js';
import { createHandler, dependenciesFrom } from './handler.js';

const settings = readEnvironment(seederFunction.environment);
export const handler = createHandler(dependenciesFrom(settings, { db: createDocumentClient() }));
