/** zod pieces the admin routes share: path parameters, pagination, error bodies. */
import * as z from 'zod';
import { isMemberState } from '#shared/reference/memberStates.js';
import { OrganizationId } from '#shared/store/items.js';
import { isCursor, NOT_A_CURSOR } from '#shared/store/table.js';

export const Iso3Param = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{3}$/.test(s) && isMemberState(s), { message: 'not the ISO 3166-1 alpha-3 code of a UN member state' })
  .meta({ description: 'ISO 3166-1 alpha-3 code of a UN member state', example: 'FRA' });

export const StatePath = z.object({ iso3: Iso3Param });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Items per page (1–200)' }),
  cursor: z.string().min(1).max(2048).refine(isCursor, NOT_A_CURSOR).optional().meta({ description: 'The `cursor` of the previous page' }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    cursor: z.string().optional().meta({ description: 'Pass as `cursor` for the next page; absent on the last page' }),
  });
}

export const ErrorBody = z
  .object({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string(),
    details: z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() }).optional(),
  })
  .meta({ id: 'Error' });

export const OrganizationIdParam = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(OrganizationId)
  .meta({ description: "An organization's fixed id (GET /organizations lists them)", example: 'IAEA' });

export const OrganizationPath = z.object({ id: OrganizationIdParam });
