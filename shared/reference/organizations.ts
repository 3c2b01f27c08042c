/**
 * The organizations the Committee works with, as seeded (`organizations.data.json`): data, not
 * code, checked against the organization schema when first asked for.
 */
import * as z from 'zod';
import { once } from '../aws/once.js';
import { Organization } from '../store/items.js';
import data from './organizations.data.json' with { type: 'json' };

const OrganizationsFile = z.object({ organizations: z.array(Organization.omit({ source: true })) });

export const seededOrganizations = once(() => OrganizationsFile.parse(data).organizations.map((o): Organization => ({ ...o, source: 'seed' })));
