/**
 * A state's national points of contact, as the secretariat keeps them: add, change the language of
 * the e-mails, remove. Addresses are personal data: they appear in answers, never in log lines.
 */
import * as z from 'zod';
import { UnLanguage } from '#shared/extraction/contract.js';
import { designateContact, getContact, removeContact, setContactLanguage } from '#shared/store/contactPoints.js';
import { ContactPoint } from '#shared/store/items.js';
import { defineRoute } from '../route.js';
import { Iso3Param, StatePath } from '../schemas.js';

const Email = z.email().max(254);
const ContactPath = z.object({ iso3: Iso3Param, email: Email.meta({ description: 'The address, URL-encoded' }) });

export const addContact = defineRoute({
  method: 'POST',
  path: '/states/{iso3}/contacts',
  summary: 'Designate a point of contact: add one, make a proposed one (found in a document) active, or refresh the name and role of an existing one',
  access: 'secretariat',
  request: {
    path: StatePath,
    body: z.object({ name: z.string().trim().min(1).max(200), email: Email, role: z.string().trim().max(200).optional(), language: UnLanguage }),
  },
  response: { status: 201, body: ContactPoint, description: 'The contact as stored' },
  run: async ({ deps, path, body }) => {
    await designateContact(deps.store, { state: path.iso3, ...body, source: 'manual', at: deps.now().toISOString() });
    const stored = await getContact(deps.store, path.iso3, body.email);
    return Response.json(stored, { status: 201 });
  },
});

export const changeContactLanguage = defineRoute({
  method: 'PATCH',
  path: '/states/{iso3}/contacts/{email}',
  summary: 'Change the UN language in which a contact receives e-mails',
  access: 'secretariat',
  request: { path: ContactPath, body: z.object({ language: UnLanguage }) },
  response: { status: 200, body: ContactPoint, description: 'The contact as stored' },
  run: async ({ deps, path, body }) => setContactLanguage(deps.store, path.iso3, path.email, body.language, deps.now().toISOString()),
});

export const deleteContact = defineRoute({
  method: 'DELETE',
  path: '/states/{iso3}/contacts/{email}',
  summary: 'Remove a point of contact',
  access: 'secretariat',
  request: { path: ContactPath },
  response: { status: 204, description: 'Removed (or already absent)' },
  run: async ({ deps, path }) => {
    await removeContact(deps.store, path.iso3, path.email);
    return new Response(null, { status: 204 });
  },
});

export const contactRoutes = [addContact, changeContactLanguage, deleteContact];
