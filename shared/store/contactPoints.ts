import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UnLanguage } from '../extraction/contract.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { CONTACT_PREFIX, contactSortKey, emailKey, normaliseEmail, stateKey } from './keys.js';
import { ContactPoint, type ContactStatus } from './items.js';
import { getItem, ignoreConditionFailure, indexPartition, notFoundIfConditionFails, partitionPrefix, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

export interface ContactDesignation {
  state: string;
  name: string;
  email: string;
  role?: string;
  language: UnLanguage;
  source: string;
  at: string;
}

/**
 * A person (the secretariat) designates a contact point: adds it, or refreshes its name and role,
 * and makes a `proposed` contact `active`. The language is set only when the contact is new (a
 * language the secretariat corrected stays), and a suppression after a bounce or a complaint is
 * never undone here.
 */
export async function designateContact(store: StoreContext, contact: ContactDesignation): Promise<void> {
  await store.db.send(contactWrite(store, contact, 'active'));
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(contact.state), SK: contactSortKey(normaliseEmail(contact.email)) },
        UpdateExpression: 'SET #status = :active',
        ConditionExpression: '#status = :proposed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':active': 'active' satisfies ContactStatus, ':proposed': 'proposed' satisfies ContactStatus },
      }),
    )
    .catch(ignoreConditionFailure);
}

/**
 * A document names an address: it becomes a `proposed` contact, which gets no mail and counts for
 * no deadline until a person designates it. A later document refreshes a proposal; it never
 * touches a contact a person designated (active), nor one suppressed after a bounce or complaint.
 */
export async function proposeContact(store: StoreContext, contact: ContactDesignation): Promise<void> {
  await store.db
    .send(contactWrite(store, contact, 'proposed', { onlyNewOrProposed: true }))
    .catch(ignoreConditionFailure);
}

function contactWrite(store: StoreContext, contact: ContactDesignation, initialStatus: ContactStatus, options: { onlyNewOrProposed?: boolean } = {}): UpdateCommand {
  const email = normaliseEmail(contact.email);
  return new UpdateCommand({
    TableName: store.tableName,
    Key: { PK: stateKey(contact.state), SK: contactSortKey(email) },
    UpdateExpression:
      'SET entity = :entity, #state = :state, #name = :name, email = :email, #role = :role, #source = :source, updatedAt = :at, ' +
      'GSI1PK = :gsipk, GSI1SK = :gsisk, #language = if_not_exists(#language, :language), #status = if_not_exists(#status, :initial)',
    ...(options.onlyNewOrProposed && { ConditionExpression: 'attribute_not_exists(PK) OR #status = :proposed' }),
    ExpressionAttributeNames: {
      '#state': 'state', '#name': 'name', '#role': 'role', '#source': 'source', '#language': 'language', '#status': 'status',
    },
    ExpressionAttributeValues: {
      ':entity': 'contact',
      ':state': contact.state,
      ':name': contact.name,
      ':email': email,
      ':role': contact.role ?? null,
      ':source': contact.source,
      ':at': contact.at,
      ':gsipk': emailKey(email),
      ':gsisk': stateKey(contact.state),
      ':language': contact.language,
      ':initial': initialStatus,
      ...(options.onlyNewOrProposed && { ':proposed': 'proposed' satisfies ContactStatus }),
    },
  });
}

const StoredContact = ContactPoint.extend({ role: ContactPoint.shape.role.nullable().transform((r) => r ?? undefined) });

export function listContacts(store: StoreContext, iso3: string): Promise<ContactPoint[]> {
  return queryAll(store, partitionPrefix(stateKey(iso3), CONTACT_PREFIX), StoredContact);
}

export function getContact(store: StoreContext, iso3: string, email: string): Promise<ContactPoint | undefined> {
  return getItem(store, { PK: stateKey(iso3), SK: contactSortKey(email) }, StoredContact);
}

/** Every contact item with this address, whichever state designated it (bounce handling). */
export function contactsByEmail(store: StoreContext, email: string): Promise<ContactPoint[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, emailKey(email)), StoredContact);
}

export function setContactStatus(store: StoreContext, iso3: string, email: string, status: ContactStatus, at: string): Promise<ContactPoint> {
  return updateExistingContact(store, iso3, email, 'status', status, at);
}

export function setContactLanguage(store: StoreContext, iso3: string, email: string, language: UnLanguage, at: string): Promise<ContactPoint> {
  return updateExistingContact(store, iso3, email, 'language', language, at);
}

/** The contact as now stored; a NotFoundError when the state has no such contact. */
async function updateExistingContact(
  store: StoreContext,
  iso3: string,
  email: string,
  attribute: 'status' | 'language',
  value: string,
  at: string,
): Promise<ContactPoint> {
  const { Attributes } = await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(iso3), SK: contactSortKey(email) },
        UpdateExpression: 'SET #attribute = :value, updatedAt = :at',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#attribute': attribute },
        ExpressionAttributeValues: { ':value': value, ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    )
    .catch(notFoundIfConditionFails(`This contact of ${iso3}`));
  return StoredContact.parse(Attributes);
}

export async function removeContact(store: StoreContext, iso3: string, email: string): Promise<void> {
  await store.db.send(
    new DeleteCommand({ TableName: store.tableName, Key: { PK: stateKey(iso3), SK: contactSortKey(email) } }),
  );
}
