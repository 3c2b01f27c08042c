import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UnLanguage } from '../extraction/contract.js';
import { InvalidRequestError } from '../errors.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { CONTACT_PREFIX, contactSortKey, emailKey, normaliseEmail, organizationKey, stateKey } from './keys.js';
import { ContactPoint, type ContactStatus } from './items.js';
import { getItem, ignoreConditionFailure, indexPartition, notFoundIfConditionFails, partitionPrefix, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

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
  await store.db.send(contactWrite(store, owner, contact, 'active'));
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: ownerKey(owner), SK: contactSortKey(normaliseEmail(contact.email)) },
        UpdateExpression: 'SET #status = :active',
        ConditionExpression: '#status IN (:proposed, :removed)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':active': 'active' satisfies ContactStatus,
          ':proposed': 'proposed' satisfies ContactStatus,
          ':removed': 'removed' satisfies ContactStatus,
        },
      }),
    )
    .catch(ignoreConditionFailure);
}

/**
 * A document names an address: it becomes a `proposed` contact, which gets no mail and counts for
 * no deadline until a person designates it. A later document refreshes a proposal; it never
 * touches a contact a person designated (active) or removed, nor one suppressed after a bounce or
 * complaint: the secretariat's edits stick.
 */
export async function proposeContact(store: StoreContext, contact: ContactDesignation): Promise<void> {
  await store.db
    .send(contactWrite(store, designationOwner(contact), contact, 'proposed', { onlyNewOrProposed: true }))
    .catch(ignoreConditionFailure);
}

function contactWrite(
  store: StoreContext,
  owner: ContactOwner,
  contact: ContactDesignation,
  initialStatus: ContactStatus,
  options: { onlyNewOrProposed?: boolean } = {},
): UpdateCommand {
  const email = normaliseEmail(contact.email);
  const [ownerAttribute, ownerValue] = Object.entries(ownerFields(owner))[0]!;
  return new UpdateCommand({
    TableName: store.tableName,
    Key: { PK: ownerKey(owner), SK: contactSortKey(email) },
    UpdateExpression:
      'SET entity = :entity, #owner = :owner, #name = :name, email = :email, #role = :role, #source = :source, updatedAt = :at, updatedBy = :by, ' +
      'GSI1PK = :gsipk, GSI1SK = :gsisk, #language = if_not_exists(#language, :language), #status = if_not_exists(#status, :initial)',
    ...(options.onlyNewOrProposed && { ConditionExpression: 'attribute_not_exists(PK) OR #status = :proposed' }),
    ExpressionAttributeNames: {
      '#owner': ownerAttribute, '#name': 'name', '#role': 'role', '#source': 'source', '#language': 'language', '#status': 'status',
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
      ':initial': initialStatus,
      ...(options.onlyNewOrProposed && { ':proposed': 'proposed' satisfies ContactStatus }),
    },
  });
}

const StoredContact = ContactPoint.extend({ role: ContactPoint.shape.role.nullable().transform((r) => r ?? undefined) });

/** Every contact point of a state or organization, whatever its status (removed ones included). */
export function listContacts(store: StoreContext, owner: ContactOwner): Promise<ContactPoint[]> {
  return queryAll(store, partitionPrefix(ownerKey(owner), CONTACT_PREFIX), StoredContact);
}

export function getContact(store: StoreContext, owner: ContactOwner, email: string): Promise<ContactPoint | undefined> {
  return getItem(store, { PK: ownerKey(owner), SK: contactSortKey(email) }, StoredContact);
}

/** Every contact item with this address, whichever state or organization designated it (bounce handling). */
export function contactsByEmail(store: StoreContext, email: string): Promise<ContactPoint[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, emailKey(email)), StoredContact);
}

/** `by`: who changes it (a person's subject, or `ses` for a bounce or complaint). */
export function setContactStatus(store: StoreContext, owner: ContactOwner, email: string, status: ContactStatus, at: string, by: string): Promise<ContactPoint> {
  return updateExistingContact(store, owner, email, 'status', status, { at, by });
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
): Promise<ContactPoint> {
  const { Attributes } = await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: ownerKey(owner), SK: contactSortKey(email) },
        UpdateExpression: 'SET #attribute = :value, updatedAt = :at, updatedBy = :by',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#attribute': attribute },
        ExpressionAttributeValues: { ':value': value, ':at': change.at, ':by': change.by },
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
