/**
 * Seeder handler: writes what is missing of a deployment's reference data (the 193 member state
 * profiles, the Committee's standing deadlines; see `referenceData.ts`) and returns the counts.
 *
 * The stack runs it during each deployment whose seeder changed (a CDK trigger; the data is bundled
 * into the function, so a change to it is a change to the seeder). Any event does the same thing,
 * and a failure throws: the trigger then fails the deployment, so a deployment never reports
 * success over an empty table. Seeding again is harmless: conditional puts, never over an edit.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { AwsClients } from '#shared/aws/clients.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { logger } from '#shared/lambda/powertools.js';
import { seedReferenceData, type ReferenceDataSeeded } from '#shared/store/referenceData.js';
import type { StoreContext } from '#shared/store/table.js';
import type { seederFunction } from './function.js';

export interface SeederDependencies {
  store: StoreContext;
  now: () => Date;
}

export function createHandler(deps: SeederDependencies) {
  return middy(async (_event: unknown, _context: Context): Promise<ReferenceDataSeeded> => {
    const seeded = await seedReferenceData(deps.store, deps.now().toISOString());
    logger.info('reference data seeded', { ...seeded });
    return seeded;
  }).use(injectLambdaContext(logger));
}

export function dependenciesFrom(settings: SettingsOf<typeof seederFunction>, clients: Pick<AwsClients, 'db'>): SeederDependencies {
  return { store: { db: clients.db, tableName: settings.TABLE_NAME }, now: () => new Date() };
}
