/** The shapes the admin API answers with, derived from the stored records. */
import * as z from 'zod';
import { ReportType, Language, IsoDate } from '#shared/extraction/contract.js';
import { Submission, SubmissionStatus, Visibility, type StateProfile } from '#shared/store/items.js';

export const SubmissionSummary = z
  .object({
    id: z.string(),
    state: z.string().nullable(),
    receivedAt: z.string(),
    fileName: z.string(),
    objectKey: z.string().meta({ description: 'Where the file was uploaded (the upload grant\'s `key`)' }),
    size: z.number().int(),
    status: SubmissionStatus,
    reportType: ReportType.nullable(),
    language: Language.nullable(),
    documentDate: IsoDate.nullable(),
    visibility: Visibility,
  })
  .meta({ id: 'SubmissionSummary' });
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export function summariseSubmission(s: Submission): SubmissionSummary {
  return {
    id: s.id,
    state: s.state,
    receivedAt: s.receivedAt,
    fileName: s.fileName,
    objectKey: s.objectKey,
    size: s.size,
    status: s.status,
    reportType: s.extraction?.reportType ?? s.declaredReportType ?? null,
    language: s.extraction?.language ?? null,
    documentDate: s.extraction?.documentDate ?? null,
    visibility: s.visibility,
  };
}

export const LastSubmission = z.object({ id: z.string(), receivedAt: z.string() }).nullable();

export function lastSubmissionOf(profile: StateProfile): z.infer<typeof LastSubmission> {
  return profile.lastSubmissionId && profile.lastSubmissionAt ? { id: profile.lastSubmissionId, receivedAt: profile.lastSubmissionAt } : null;
}

export { Submission };
