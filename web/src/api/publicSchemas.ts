/**
 * The public API's answers (no sign-in, `/public/…`): only what states consented to publish, and
 * the outreach calendar's public events. Restated from `functions/admin/routes/public.ts` and
 * `calendar.ts` with the fields the public pages show.
 */
import * as z from 'zod';
import { IsoDate, Language, MatrixElement, Measure, ReportType, UnLanguage, Weapon } from '#shared/extraction/contract.js';
import { Coverage } from '#shared/store/items.js';
import { EVENT_KINDS, EVENT_REGIONS } from './secretariatSchemas.js';

export const PublishingState = z.object({
  iso3: z.string(),
  names: z.record(UnLanguage, z.string()),
  matrixPublished: z.boolean(),
  publicReports: z.number().int(),
});
export type PublishingState = z.infer<typeof PublishingState>;
export const PublishingStates = z.object({ items: z.array(PublishingState) });

export const PublicMatrixEntry = z.object({
  state: z.string(),
  element: MatrixElement,
  weapon: Weapon,
  coverage: Coverage,
  measure: Measure.nullable(),
  legalReferences: z.array(z.string()),
  evidence: z.array(z.object({ text: z.string(), page: z.number().nullable() })),
  sourceSubmissionId: z.string().nullable(),
  reportReceivedOn: IsoDate,
  confirmedOn: IsoDate.nullable(),
});
export type PublicMatrixEntry = z.infer<typeof PublicMatrixEntry>;
export const PublicMatrix = z.object({ items: z.array(PublicMatrixEntry) });

export const PublicReport = z.object({
  id: z.string(),
  state: z.string(),
  reportType: ReportType.nullable(),
  date: IsoDate,
  receivedOn: IsoDate,
  language: Language.nullable(),
  title: z.string(),
});
export type PublicReport = z.infer<typeof PublicReport>;
export const PublicReports = z.object({ items: z.array(PublicReport) });

export const DownloadLink = z.object({ url: z.string(), expiresAt: z.string() });

export const PublicEvent = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string().optional(),
  place: z.object({ city: z.string(), country: z.string() }),
  organizer: z.string(),
  region: z.enum(EVENT_REGIONS),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(['scheduled', 'cancelled']),
  publicNote: z.string(),
});
export type PublicEvent = z.infer<typeof PublicEvent>;
export const PublicCalendar = z.object({ from: IsoDate, to: IsoDate, items: z.array(PublicEvent) });
