/** The admin function's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { readEnvironment } from '#shared/config/environment.js';
import { adminFunction } from './function.js';
import { createHandler, dependenciesFrom, lazyObjectSigner } from './handler.js';

const settings = readEnvironment(adminFunction.environment);
export const handler = createHandler(dependenciesFrom(settings, { db: createDocumentClient() }, lazyObjectSigner()));
