import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UnLanguage } from '../extraction/contract.js';
import { InvalidRequestError } from '../errors.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import {
  ACTIVE_STATE_CONTACTS_KEY,
  activeStateContactSortKey,
  activeStateContactsPrefix,
  CONTACT_PREFIX,
  contactSortKey,
  emailKey,
  normaliseEmail,
  organizationKey,
  stateKey,
} from './keys.js';
import { ContactPoint, type ContactStatus } from './items.js';
import { getItem, ignoreConditionFailure, indexPartition, notFoundIfConditionFails, partitionPrefix, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP, SECOND_INDEX] = GLOBAL_INDEXES;

/** Whose contact point: a member state (its ISO3 code) or an organization (by id). */
export type ContactOwner = string | { organization: string };

const ownerKey = (owner: ContactOwner) => (typeof owner === 'string' ? stateKey(owner) : organizationKey(owner.organization));
const ownerFields = (owner: ContactOwner) => (typeof owner === 'string' ? { state: owner } : { organization: owner.organization });

/** The owner a stored contact belongs to. */
export const ownerOf = (contact: Pick<ContactPoint, 'state' | 'organization'>): ContactOwner =>
  contact.state ?? { organization: contact.organization ?? '' };

/** A designation names a `state` (ISO3) or, for an organization's contact point, an `organization` id. */
export interface ContactDesignation {
  state?: string;
  organization?: string;
  name: string;
  email: string;
  role?: string;
  language: UnLanguage;
  source: string;
  at: string;
  /** Who designates it (the token's subject); a document's proposal is by its submission (`source`). */
  by?: string;
}

function designationOwner(contact: ContactDesignation): ContactOwner {
  if ((contact.state === undefined) === (contact.organization === undefined)) {
    throw new InvalidRequestError('A contact point belongs to a state or to an organization: name exactly one.');
  }
  return contact.state ?? { organization: contact.organization! };
}

/**
 * A person (the secretariat, or a user of the state) designates a contact point: adds it, or
 * refreshes its name and role, and makes a `proposed` or `removed` contact `active`. The language
 * is set only when the contact is new (a language the secretariat corrected stays), and a
 * suppression after a bounce or a complaint is never undone here.
 */
export async function designateContact(store: StoreContext, contact: ContactDesignation): Promise<void> {
  const owner = designationOwner(contact);
  // One write makes it active together with its entry among the active contacts; only a contact
  // suppressed after a bounce or complaint fails the condition, and then keeps its status.
  const activated = await store.db.send(contactWrite(store, owner, contact, 'activate')).then(
    () => true,
    (error: unknown) => (ignoreConditionFailure(error), false),
  );
  if (!activated) await store.db.send(contactWrite(store, owner, contact, 'keep'));
}

/**
 * A document names an address: it becomes a `proposed` contact, which gets no mail and counts for
 * no deadline until a person designates it. A later document refreshes a proposal; it never
 * touches a contact a person designated (active) or removed, nor one suppressed after a bounce or
 * complaint: the secretariat's edits stick.
 */
export async function proposeContact(store: StoreContext, contact: ContactDesignation): Promise<void> {
  await store.db.send(contactWrite(store, designationOwner(contact), contact, 'propose')).catch(ignoreConditionFailure);
}

/**
 * `propose`: a new contact is `proposed`, a proposed one stays so, any other is left alone (the
 * condition fails). `activate`: a new, proposed, removed or active contact is (made) `active` and
 * listed among the active ones; a suppressed one fails the condition. `keep`: refresh the fields of
 * an existing contact, its status as it is.
 */
function contactWrite(store: StoreContext, owner: ContactOwner, contact: ContactDesignation, mode: 'propose' | 'activate' | 'keep'): UpdateCommand {
  const email = normaliseEmail(contact.email);
  const [ownerAttribute, ownerValue] = Object.entries(ownerFields(owner))[0]!;
  const status = {
    propose: {
      set: ', #status = if_not_exists(#status, :proposed)',
      condition: 'attribute_not_exists(PK) OR #status = :proposed',
      values: { ':proposed': 'proposed' satisfies ContactStatus },
    },
    activate: {
      set: `, #status = :active${activeIndex(owner, email, 'active').set}`,
      condition: 'attribute_not_exists(PK) OR #status IN (:proposed, :removed, :active)',
      values: {
        ':active': 'active' satisfies ContactStatus,
        ':proposed': 'proposed' satisfies ContactStatus,
        ':removed': 'removed' satisfies ContactStatus,
        ...activeIndex(owner, email, 'active').values,
      },
    },
    keep: { set: '', condition: 'attribute_exists(PK)', values: {} },
  }[mode];
  return new UpdateCommand({
    TableName: store.tableName,
    Key: { PK: ownerKey(owner), SK: contactSortKey(email) },
    UpdateExpression:
      'SET entity = :entity, #owner = :owner, #name = :name, email = :email, #role = :role, #source = :source, updatedAt = :at, updatedBy = :by, ' +
      `GSI1PK = :gsipk, GSI1SK = :gsisk, #language = if_not_exists(#language, :language)${status.set}`,
    ConditionExpression: status.condition,
    ExpressionAttributeNames: {
      '#owner': ownerAttribute, '#name': 'name', '#role': 'role', '#source': 'source', '#language': 'language', ...(mode !== 'keep' && { '#status': 'status' }),
    },
    ExpressionAttributeValues: {
      ':entity': 'contact',
      ':owner': ownerValue,
      ':name': contact.name,
      ':email': email,
      ':role': contact.role ?? null,
      ':source': contact.source,
      ':at': contact.at,
      ':by': contact.by ?? contact.source,
      ':gsipk': emailKey(email),
      ':gsisk': ownerKey(owner),
      ':language': contact.language,
      ...status.values,
    },
  });
}

/**
 * The clauses that keep a state's contact in the sparse index of active contacts in the same write
 * as its status: listed while `active`, unlisted otherwise. An organization's contacts are not
 * listed there (organizations' standings read their own partitions).
 */
function activeIndex(owner: ContactOwner, email: string, status: ContactStatus): { set: string; remove: string; values: Record<string, string> } {
  if (typeof owner !== 'string') return { set: '', remove: '', values: {} };
  if (status !== 'active') return { set: '', remove: ' REMOVE GSI2PK, GSI2SK', values: {} };
  return {
    set: ', GSI2PK = :activePk, GSI2SK = :activeSk',
    remove: '',
    values: { ':activePk': ACTIVE_STATE_CONTACTS_KEY, ':activeSk': activeStateContactSortKey(owner, email) },
  };
}

const StoredContact = ContactPoint.extend({ role: ContactPoint.shape.role.nullable().transform((r) => r ?? undefined) });

/** Every contact point of a state or organization, whatever its status (removed ones included). */
export function listContacts(store: StoreContext, owner: ContactOwner): Promise<ContactPoint[]> {
  return queryAll(store, partitionPrefix(ownerKey(owner), CONTACT_PREFIX), StoredContact);
}

export function getContact(store: StoreContext, owner: ContactOwner, email: string): Promise<ContactPoint | undefined> {
  return getItem(store, { PK: ownerKey(owner), SK: contactSortKey(email) }, StoredContact);
}

/**
 * The active contact points of every member state (one query of the sparse index), or of one
 * state: what the deadlines need of a state's contacts (`StateStanding`).
 */
export function listActiveStateContacts(store: StoreContext, iso3?: string): Promise<ContactPoint[]> {
  return queryAll(
    store,
    iso3 === undefined
      ? indexPartition(SECOND_INDEX, ACTIVE_STATE_CONTACTS_KEY)
      : partitionPrefix(ACTIVE_STATE_CONTACTS_KEY, activeStateContactsPrefix(iso3), SECOND_INDEX),
    StoredContact,
  );
}

/**
 * Puts a state's stored contact in (or out of) the index of active contacts as its status says:
 * the one-off backfill of contacts kept from before that index. Conditional on the status read, so
 * a change made meanwhile (which maintains the index itself) is never undone.
 */
export async function indexContactStatus(store: StoreContext, contact: ContactPoint & { state: string }): Promise<void> {
  const index = activeIndex(contact.state, contact.email, contact.status);
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(contact.state), SK: contactSortKey(contact.email) },
        UpdateExpression: index.set ? `SET ${index.set.slice(2)}` : index.remove.trim(),
        ConditionExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': contact.status, ...index.values },
      }),
    )
    .catch(ignoreConditionFailure);
}

/** Every contact item with this address, whichever state or organization designated it (bounce handling). */
export function contactsByEmail(store: StoreContext, email: string): Promise<ContactPoint[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, emailKey(email)), StoredContact);
}

/** `by`: who changes it (a person's subject, or `ses` for a bounce or complaint). */
export function setContactStatus(store: StoreContext, owner: ContactOwner, email: string, status: ContactStatus, at: string, by: string): Promise<ContactPoint> {
  return updateExistingContact(store, owner, email, 'status', status, { at, by }, activeIndex(owner, email, status));
}

export function setContactLanguage(store: StoreContext, owner: ContactOwner, email: string, language: UnLanguage, at: string, by: string): Promise<ContactPoint> {
  return updateExistingContact(store, owner, email, 'language', language, { at, by });
}

/** The contact as now stored; a NotFoundError when the state or organization has no such contact. */
async function updateExistingContact(
  store: StoreContext,
  owner: ContactOwner,
  email: string,
  attribute: 'status' | 'language',
  value: string,
  change: { at: string; by: string },
  index: { set: string; remove: string; values: Record<string, string> } = { set: '', remove: '', values: {} },
): Promise<ContactPoint> {
  const { Attributes } = await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: ownerKey(owner), SK: contactSortKey(email) },
        UpdateExpression: `SET #attribute = :value, updatedAt = :at, updatedBy = :by${index.set}${index.remove}`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#attribute': attribute },
        ExpressionAttributeValues: { ':value': value, ':at': change.at, ':by': change.by, ...index.values },
        ReturnValues: 'ALL_NEW',
      }),
    )
    .catch(notFoundIfConditionFails(`This contact of ${typeof owner === 'string' ? owner : owner.organization}`));
  return StoredContact.parse(Attributes);
}

/**
 * A person removes a contact point: it is kept as `removed` (not deleted), so it gets no mail and
 * no later document proposes it again; only a person designating it again makes it active. A
 * NotFoundError when there is no such contact.
 */
export function removeContact(store: StoreContext, owner: ContactOwner, email: string, at: string, by: string): Promise<ContactPoint> {
  return setContactStatus(store, owner, email, 'removed', at, by);
}
