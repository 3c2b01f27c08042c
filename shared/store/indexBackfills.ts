/**
 * One-off backfills of the sparse indexes added after data was kept: each index is otherwise
 * filled in the same write as the change it follows, so only items stored before it lack their
 * entry. The seeder runs these on every deployment and local start.
 *
 * Each backfill leaves a marker item when it has run to its end, and later runs read only that
 * marker (one GetItem). A bounded query cannot tell what is missing here: an unindexed public
 * submission is found only by reading every state's submissions (193 queries), and an unindexed
 * suppressed contact of an organization only by reading every organization's contacts; the marker
 * makes that a first-run cost only. A run that fails before the end leaves no marker, and the next
 * one does it again: every write is conditional on the state read, so repeating it is harmless.
 */
import * as z from 'zod';
import { MEMBER_STATES } from '../reference/memberStates.js';
import { indexContactStatus, listContacts } from './contactPoints.js';
import { BACKFILL_SORT_KEY, backfillKey } from './keys.js';
import { listOrganizations } from './organizations.js';
import { indexPublicSubmissions } from './publication.js';
import { getItem, inChunks, putIfAbsent, type StoreContext } from './table.js';

export interface IndexesBackfilled {
  /** Public submissions added to the public reports' index by this run (once: 0 afterwards). */
  publicReports: number;
  /** Organizations' bounced or complained contacts put in the unreachable addresses by this run (once: 0 afterwards). */
  organizationContacts: number;
}

export async function backfillIndexes(store: StoreContext, at: string): Promise<IndexesBackfilled> {
  return {
    publicReports: await once(store, 'public-reports', at, backfillPublicReports),
    organizationContacts: await once(store, 'suppressed-organization-contacts', at, backfillSuppressedOrganizationContacts),
  };
}

/** Runs `backfill` unless its marker says it ran to its end; then leaves the marker. Returns what it indexed (0 when skipped). */
async function once(store: StoreContext, name: string, at: string, backfill: (store: StoreContext) => Promise<number>): Promise<number> {
  const key = { PK: backfillKey(name), SK: BACKFILL_SORT_KEY };
  if (await getItem(store, key, z.object({ PK: z.string() }))) return 0;
  const indexed = await backfill(store);
  await putIfAbsent(store, { ...key, entity: 'backfill', at, indexed });
  return indexed;
}

async function backfillPublicReports(store: StoreContext): Promise<number> {
  let indexed = 0;
  // Only an accepted submission of a state is published, so the member states' partitions hold them all.
  for (const group of inChunks(MEMBER_STATES, 16)) {
    const counts = await Promise.all(group.map((state) => indexPublicSubmissions(store, state.iso3)));
    indexed += counts.reduce((sum, n) => sum + n, 0);
  }
  return indexed;
}

/** The member states' contacts are backfilled with their profile's summary (`stateProfileSeed.ts`); these are the organizations'. */
async function backfillSuppressedOrganizationContacts(store: StoreContext): Promise<number> {
  const organizations = await listOrganizations(store);
  const contacts = (await Promise.all(organizations.map((o) => listContacts(store, { organization: o.id })))).flat();
  const suppressed = contacts.filter((c) => (c.status === 'bounced' || c.status === 'complained'));
  await Promise.all(suppressed.map((contact) => indexContactStatus(store, contact)));
  return suppressed.length;
}
