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
  SUPPRESSED_CONTACTS_KEY,
  suppressedContactSortKey,
} from './keys.js';
import { ContactPoint, type ContactStatus } from './items.js';
import {
  getItem,
  ignoreConditionFailure,
  indexPartition,
  notFoundIfConditionFails,
  partitionPrefix,
  queryAll,
  queryPage,
  type Page,
  type StoreContext,
} from './table.js';

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
      set: `, #status = :active${statusIndex(owner, email, 'active', contact.at).set}`,
      condition: 'attribute_not_exists(PK) OR #status IN (:proposed, :removed, :active)',
      values: {
        ':active': 'active' satisfies ContactStatus,
        ':proposed': 'proposed' satisfies ContactStatus,
        ':removed': 'removed' satisfies ContactStatus,
        ...statusIndex(owner, email, 'active', contact.at).values,
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
 * The clauses that keep a contact's entry in GSI2 as its status says, in the same write as the
 * status: a state's `active` contact is listed among the active ones (organizations' standings read
 * their own partitions, so theirs are not), a `bounced` or `complained` one (a state's or an
 * organization's) among the suppressed ones since `at`, and any other is unlisted.
 */
type StatusIndex = { set: string; remove: string; values: Record<string, string> };

function statusIndex(owner: ContactOwner, email: string, status: ContactStatus, at: string): StatusIndex {
  const listed = (pk: string, sk: string): StatusIndex => ({
    set: ', GSI2PK = :indexPk, GSI2SK = :indexSk',
    remove: '',
    values: { ':indexPk': pk, ':indexSk': sk },
  });
  if (status === 'active' && typeof owner === 'string') return listed(ACTIVE_STATE_CONTACTS_KEY, activeStateContactSortKey(owner, email));
  if (status === 'bounced' || status === 'complained') return listed(SUPPRESSED_CONTACTS_KEY, suppressedContactSortKey(at, ownerKey(owner), email));
  return { set: '', remove: ' REMOVE GSI2PK, GSI2SK', values: {} };
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
 * Puts a stored contact in (or out of) the indexes of active and suppressed contacts as its status
 * says (suppressed since its last change): the one-off backfill of contacts kept from before those
 * indexes. Conditional on the status read, so a change made meanwhile (which maintains the indexes
 * itself) is never undone.
 */
export async function indexContactStatus(store: StoreContext, contact: ContactPoint): Promise<void> {
  const owner = ownerOf(contact);
  const index = statusIndex(owner, contact.email, contact.status, contact.updatedAt);
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: ownerKey(owner), SK: contactSortKey(contact.email) },
        UpdateExpression: index.set ? `SET ${index.set.slice(2)}` : index.remove.trim(),
        ConditionExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': contact.status, ...index.values },
      }),
    )
    .catch(ignoreConditionFailure);
}

/**
 * The contact points suppressed after a bounce or a complaint, every state's and organization's,
 * the latest first: one page of a sparse index, so the secretariat sees what reminders cannot
 * reach without reading every party's contacts.
 */
export function listSuppressedContacts(store: StoreContext, page: { limit?: number; cursor?: string } = {}): Promise<Page<ContactPoint>> {
  return queryPage(store, { ...indexPartition(SECOND_INDEX, SUPPRESSED_CONTACTS_KEY), ScanIndexForward: false }, StoredContact, page);
}

/** Every contact item with this address, whichever state or organization designated it (bounce handling). */
export function contactsByEmail(store: StoreContext, email: string): Promise<ContactPoint[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, emailKey(email)), StoredContact);
}

/** `by`: who changes it (a person's subject, or `ses` for a bounce or complaint). */
export function setContactStatus(store: StoreContext, owner: ContactOwner, email: string, status: ContactStatus, at: string, by: string): Promise<ContactPoint> {
  return updateExistingContact(store, owner, email, 'status', status, { at, by }, statusIndex(owner, email, status, at));
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
  index: StatusIndex = { set: '', remove: '', values: {} },
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
