/**
 * International, regional and subregional organizations: the parties deadlines and assistance
 * offers name by id. The reference list is seeded; the secretariat adds others.
 */
import * as z from 'zod';
import { addOrganization, getOrganization, listOrganizations } from '#shared/store/organizations.js';
import { Organization } from '#shared/store/items.js';
import { defineRoute } from '../route.js';
import { OrganizationIdParam } from '../schemas.js';

export const listOrganizationsRoute = defineRoute({
  method: 'GET',
  path: '/organizations',
  summary: 'Every organization, by id',
  access: 'authenticated',
  request: {},
  response: { status: 200, body: z.object({ items: z.array(Organization), next: z.string().nullable() }), description: 'The organizations' },
  run: async ({ deps }) => ({ items: await listOrganizations(deps.store), next: null }),
});

export const addOrganizationRoute = defineRoute({
  method: 'POST',
  path: '/organizations',
  summary: 'Add an organization to the parties (409 when its id is taken)',
  access: 'secretariat',
  request: {
    body: z.object({
      id: OrganizationIdParam,
      name: z.string().trim().min(1).max(300),
      scope: Organization.shape.scope,
    }),
  },
  response: { status: 201, body: Organization, description: 'The organization as stored' },
  run: async ({ deps, body }) => {
    await addOrganization(deps.store, { ...body, source: 'manual' });
    return Response.json(await getOrganization(deps.store, body.id), { status: 201 });
  },
});

export const organizationRoutes = [listOrganizationsRoute, addOrganizationRoute];
