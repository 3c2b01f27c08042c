/** The mailer's Lambda entry: its dependencies, built once from the environment. */
import { createDocumentClient } from '#shared/aws/dynamoDb.js';
import { createSesClient } from '#shared/aws/ses.js';
import { readEnvironment } from '#shared/config/environment.js';
import { mailerFunction } from './function.js';
import { createHandler, dependenciesFrom } from './handler.js';

const settings = readEnvironment(mailerFunction.environment);
export const handler = createHandler(dependenciesFrom(settings, { db: createDocumentClient(), ses: createSesClient() }));
