/**
 * The admin API's answers as the pages read them. Records shared with the server come from the
 * store's own schemas (`shared/store/items.ts`: pure zod); the answer shapes that live in the API's
 * route files are restated here with the fields the pages use (unknown fields are dropped), since
 * the browser does not load server code.
 */
import * as z from 'zod';
import { IsoDate, Language, MatrixElement, Measure, ReportType, UnLanguage, Weapon } from '#shared/extraction/contract.js';
import { ContactPoint, MatrixEntry, StateProfile, Submission, SubmissionStatus, Visibility } from '#shared/store/items.js';

export { ContactPoint, MatrixEntry, StateProfile, Visibility };

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().nullable().optional() });

export const SubmissionSummary = z.object({
  id: z.string(),
  state: z.string().nullable(),
  receivedAt: z.string(),
  fileName: z.string(),
  /** Where the file was uploaded: the upload grant's `key`. */
  objectKey: z.string(),
  size: z.number(),
  status: SubmissionStatus,
  reportType: ReportType.nullable(),
  language: Language.nullable(),
  documentDate: IsoDate.nullable(),
  visibility: Visibility,
});
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

/** `GET /submissions/{id}`: the stored submission whole (with what extraction read), and a download link. */
export const SubmissionFile = z.object({
  submission: Submission,
  download: z.object({ url: z.string(), expiresAt: z.string() }),
});
export type SubmissionFile = z.infer<typeof SubmissionFile>;

export const UploadGrant = z.object({
  uploadId: z.string(),
  key: z.string(),
  url: z.url(),
  fields: z.record(z.string(), z.string()),
  maxBytes: z.number().int(),
  expiresAt: z.string(),
});
export type UploadGrant = z.infer<typeof UploadGrant>;

const ReviewNote = z.object({ by: z.string(), at: z.string(), kind: z.enum(['confirm', 'comment', 'correction']), text: z.string().nullable(), set: z.record(z.string(), z.unknown()).nullable() });

const proposalCommon = {
  id: z.string(),
  state: z.string().nullable(),
  submissionId: z.string(),
  submissionReceivedAt: z.string(),
  evidence: z.array(z.object({ text: z.string(), page: z.number().nullable() })),
  confidence: z.number().nullable(),
  status: z.enum(['pending', 'accepted', 'corrected', 'rejected']),
  notes: z.array(ReviewNote).default([]),
};
export const Proposal = z.discriminatedUnion('kind', [
  z.object({ ...proposalCommon, kind: z.literal('contact'), value: z.object({ name: z.string(), email: z.string(), role: z.string().nullable(), language: UnLanguage }) }),
  z.object({ ...proposalCommon, kind: z.literal('matrix'), value: z.object({ element: MatrixElement, weapon: Weapon, measure: Measure, legalReferences: z.array(z.string()) }) }),
  z.object({ ...proposalCommon, kind: z.literal('deadline'), value: z.object({ date: IsoDate, title: z.string().nullable(), task: z.string() }) }),
]);
export type Proposal = z.infer<typeof Proposal>;

export const DecisionOutcome = z.object({
  items: z.array(Proposal),
  errors: z.array(z.object({ id: z.string(), error: z.string(), message: z.string() })),
});

export const OpenDeadline = z.object({ id: z.string(), title: z.string(), dueDate: z.string(), overdue: z.boolean() });
export type OpenDeadline = z.infer<typeof OpenDeadline>;

export const ConsentDecision = z.object({ by: z.string(), at: z.string(), before: Visibility.nullable(), after: Visibility });
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/** `GET /states/{iso3}`: a state's whole file. */
export const StateFile = z.object({
  profile: StateProfile,
  contacts: z.array(ContactPoint),
  submissions: pageOf(SubmissionSummary),
  matrix: z.array(MatrixEntry),
  awaitingReview: z.array(Proposal),
  consent: z.array(ConsentDecision),
  openDeadlines: z.array(OpenDeadline),
});
export type StateFile = z.infer<typeof StateFile>;
