/**
 * The data a deployment cannot work without: a profile for each of the 193 member states (the
 * "who has not reported" lists and the reminder standings read them), the organizations the
 * Committee works with (parties to deadlines, with contact points of their own) and the
 * Committee's standing deadlines (the reminders' calendar). Seeded on AWS by the seeder function during deployment,
 * and by the local portal when it starts.
 *
 * It also backfills the indexes added after data was kept (`indexBackfills.ts`), once.
 *
 * The seeds write only what is missing, with conditional puts: seeding again is harmless and
 * never undoes the secretariat's edits, a state's status or a retired deadline.
 */
import { seedStandingDeadlines } from '../deadlines/standingDeadlines.js';
import { backfillIndexes, type IndexesBackfilled } from './indexBackfills.js';
import { seedOrganizations } from './organizations.js';
import { seedStateProfiles } from './stateProfileSeed.js';
import type { StoreContext } from './table.js';

export interface ReferenceDataSeeded {
  /** Member state profiles created by this run (0 once all 193 exist). */
  states: number;
  /** Organizations of the reference list created by this run. */
  organizations: number;
  /** Standing deadlines created by this run. */
  deadlines: number;
  /** What the one-off backfills of the newer indexes found missing (`indexBackfills.ts`). */
  backfilled: IndexesBackfilled;
}

export async function seedReferenceData(store: StoreContext, at: string): Promise<ReferenceDataSeeded> {
  const states = await seedStateProfiles(store);
  const organizations = await seedOrganizations(store);
  const deadlines = await seedStandingDeadlines(store, at);
  // After the organizations: the backfill reads their contacts.
  const backfilled = await backfillIndexes(store, at);
  return { states: states.created, organizations: organizations.created, deadlines: deadlines.created, backfilled };
}
