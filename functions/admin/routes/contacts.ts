/**
 * Points of contact of a member state or of an organization: list, designate (add one, or make a
 * proposed one active), change the language of the e-mails, remove. A state's own users keep their
 * state's contacts; the secretariat keeps every state's (recording a note verbale) and the
 * organizations'. Addresses are personal data: they appear in answers, never in log lines.
 */
import * as z from 'zod';
import { UnLanguage } from '#shared/extraction/contract.js';
import type { Principal } from '#shared/auth/principal.js';
import { designateContact, getContact, listContacts, removeContact, setContactLanguage, type ContactOwner } from '#shared/store/contactPoints.js';
import { ContactPoint } from '#shared/store/items.js';
import { getOrganization } from '#shared/store/organizations.js';
import type { StoreContext } from '#shared/store/table.js';
import { requireActsFor, requireSecretariat } from '../access.js';
import { NotFoundError } from '#shared/errors.js';
import { defineRoute } from '../route.js';
import { OrganizationPath, StatePath } from '../schemas.js';

const Email = z.email().max(254);
const EmailParam = Email.meta({ description: 'The address, URL-encoded' });
const Designation = z.object({
  name: z.string().trim().min(1).max(200),
  email: Email,
  role: z.string().trim().max(200).optional(),
  language: UnLanguage,
});
const ContactList = z.object({ items: z.array(ContactPoint), next: z.string().nullable() });

/**
 * The contact routes of one kind of party. `mayKeep` says whether the caller may keep the party's
 * contacts (and throws when not); the paths differ, the acts are the same.
 */
type PartyPath = Record<string, string>;

function contactRoutesOf(party: {
  base: '/states/{iso3}' | '/organizations/{id}';
  path: z.ZodObject;
  owner: (path: PartyPath) => ContactOwner;
  mayKeep: (principal: Principal, path: PartyPath, store: StoreContext) => Promise<void>;
  who: string;
}) {
  const withEmail = party.path.extend({ email: EmailParam });
  /** The party the path names, once the caller may keep its contacts. */
  const ownerFor = async (principal: Principal, path: unknown, store: StoreContext) => {
    await party.mayKeep(principal, path as PartyPath, store);
    return party.owner(path as PartyPath);
  };
  return [
    defineRoute({
      method: 'GET',
      path: `${party.base}/contacts`,
      summary: `The points of contact of ${party.who}, with their status (proposed, active, bounced, complained, removed)`,
      access: 'authenticated',
      request: { path: party.path },
      response: { status: 200, body: ContactList, description: 'Every contact point, by address' },
      run: async ({ deps, principal, path }) => {
        return { items: await listContacts(deps.store, await ownerFor(principal, path, deps.store)), next: null };
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${party.base}/contacts`,
      summary: `Designate a point of contact of ${party.who}: add one, make a proposed or removed one active, or refresh the name and role of an existing one`,
      access: 'authenticated',
      request: { path: party.path, body: Designation },
      response: { status: 201, body: ContactPoint, description: 'The contact as stored' },
      run: async ({ deps, principal, path, body }) => {
        const owner = await ownerFor(principal, path, deps.store);
        const ownerFields = typeof owner === 'string' ? { state: owner } : owner;
        await designateContact(deps.store, { ...ownerFields, ...body, source: 'manual', at: deps.now().toISOString(), by: principal.subject });
        return Response.json(await getContact(deps.store, owner, body.email), { status: 201 });
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: `${party.base}/contacts/{email}`,
      summary: 'Change the UN language in which a contact receives e-mails',
      access: 'authenticated',
      request: { path: withEmail, body: z.object({ language: UnLanguage }) },
      response: { status: 200, body: ContactPoint, description: 'The contact as stored' },
      run: async ({ deps, principal, path, body }) => {
        return setContactLanguage(deps.store, await ownerFor(principal, path, deps.store), (path as PartyPath).email!, body.language, deps.now().toISOString(), principal.subject);
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: `${party.base}/contacts/{email}`,
      summary: 'Remove a point of contact: it is kept as `removed`, gets no mail, and no later document proposes it again',
      access: 'authenticated',
      request: { path: withEmail },
      response: { status: 200, body: ContactPoint, description: 'The contact, now removed' },
      run: async ({ deps, principal, path }) => {
        return removeContact(deps.store, await ownerFor(principal, path, deps.store), (path as PartyPath).email!, deps.now().toISOString(), principal.subject);
      },
    }),
  ];
}

export const stateContactRoutes = contactRoutesOf({
  base: '/states/{iso3}',
  path: StatePath,
  owner: (path) => path.iso3!,
  mayKeep: async (principal, path) => requireActsFor(principal, path.iso3!),
  who: 'a member state (the secretariat, or the state its own users)',
});

export const organizationContactRoutes = contactRoutesOf({
  base: '/organizations/{id}',
  path: OrganizationPath,
  owner: (path) => ({ organization: path.id! }),
  mayKeep: async (principal, path, store) => {
    requireSecretariat(principal);
    // An organization named in the path is a record that exists or not: 404, as for a state.
    if (!(await getOrganization(store, path.id!))) throw new NotFoundError(`Organization ${path.id}`);
  },
  who: 'an organization (the secretariat)',
});

export const contactRoutes = [...stateContactRoutes, ...organizationContactRoutes];
