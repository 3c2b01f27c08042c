/**
 * International, regional and subregional organizations as parties: the reference list seeded on
 * every start (conditional puts: an organization is never overwritten), those the secretariat
 * adds, and the lookup that checks an id deadlines and assistance offers name.
 */
import { ConflictError, InvalidRequestError } from '../errors.js';
import { isMemberState } from '../reference/memberStates.js';
import { seededOrganizations } from '../reference/organizations.js';
import { listContacts } from './contactPoints.js';
import { Organization, type ContactPoint } from './items.js';
import { ORGANIZATIONS_KEY, organizationKey, PROFILE_SORT_KEY } from './keys.js';
import { getItem, indexPartition, inChunks, putIfAbsent, queryAll, type StoreContext } from './table.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

function organizationItem(organization: Organization) {
  const parsed = Organization.parse(organization);
  // Reminder keys and GSI1 partitions hold a state's code or an organization's id in one place.
  if (isMemberState(parsed.id)) throw new InvalidRequestError(`${parsed.id} is a member state's code; choose another id for the organization.`);
  return { PK: organizationKey(parsed.id), SK: PROFILE_SORT_KEY, GSI1PK: ORGANIZATIONS_KEY, GSI1SK: parsed.id, entity: 'organization', ...parsed };
}

/** Adds an organization; a ConflictError when one with its id exists. */
export async function addOrganization(store: StoreContext, organization: Organization): Promise<void> {
  if ((await putIfAbsent(store, organizationItem(organization))) === 'exists') {
    throw new ConflictError(`Organization ${organization.id} already exists.`);
  }
}

export function getOrganization(store: StoreContext, id: string): Promise<Organization | undefined> {
  return getItem(store, { PK: organizationKey(id), SK: PROFILE_SORT_KEY }, Organization);
}

/** Every organization, by id. */
export function listOrganizations(store: StoreContext): Promise<Organization[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, ORGANIZATIONS_KEY), Organization);
}

/** Throws an InvalidRequestError naming the ids no organization has. */
export async function requireOrganizations(store: StoreContext, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(ids.map((id) => getOrganization(store, id)));
  const unknown = ids.filter((_, i) => !found[i]);
  if (unknown.length > 0) throw new InvalidRequestError(`No organization has the id ${unknown.join(', ')} (GET /organizations lists them).`);
}

/** Creates the seeded organizations that do not exist yet; never touches an existing one. */
export async function seedOrganizations(store: StoreContext): Promise<{ created: number }> {
  let created = 0;
  for (const group of inChunks(seededOrganizations(), 16)) {
    const outcomes = await Promise.all(group.map((o) => putIfAbsent(store, organizationItem(o))));
    created += outcomes.filter((o) => o === 'created').length;
  }
  return { created };
}

/** An organization with its contact points: what the planner reads to remind organizations. */
export interface OrganizationStanding extends Organization {
  contacts: ContactPoint[];
}

export async function listOrganizationStandings(store: StoreContext): Promise<OrganizationStanding[]> {
  const organizations = await listOrganizations(store);
  const contacts = await Promise.all(organizations.map((o) => listContacts(store, { organization: o.id })));
  return organizations.map((o, i) => ({ ...o, contacts: contacts[i] ?? [] }));
}
