/**
 * The stored records, as zod schemas: what the repositories write and what they parse back.
 * Keys are not part of these shapes; `keys.ts` derives them.
 */
import { z } from 'zod';
import {
  DocumentFormat,
  Evidence,
  Extraction,
  IsoDate,
  MatrixElement,
  Measure,
  RejectionCode,
  ReportType,
  UnLanguage,
  Weapon,
} from '../extraction/contract.js';

const Iso3 = z.string().regex(/^[A-Z]{3}$/);
const Timestamp = z.iso.datetime({ offset: true });

export const Visibility = z.enum(['public', 'committee']);
export type Visibility = z.infer<typeof Visibility>;

export const ReportingStatus = z.enum(['not_reported', 'reported']);
export type ReportingStatus = z.infer<typeof ReportingStatus>;

export const StateProfile = z.object({
  iso3: Iso3,
  names: z.record(UnLanguage, z.string()),
  preferredLanguage: UnLanguage,
  reportingStatus: ReportingStatus,
  firstReportAt: Timestamp.optional(),
  lastSubmissionAt: Timestamp.optional(),
  lastSubmissionId: z.string().optional(),
  /** Publication consent for the state's matrix: `committee` until the state agrees to publish. */
  matrixVisibility: Visibility,
});
export type StateProfile = z.infer<typeof StateProfile>;

export const SubmissionStatus = z.enum(['accepted', 'duplicate', 'rejected']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** An upload as received: written once, never changed (the envelope of the file and its reading). */
export const Submission = z.object({
  id: z.string(),
  /** The state whose place the file was uploaded into; null for committee or unattributed files. */
  state: Iso3.nullable(),
  receivedAt: Timestamp,
  objectKey: z.string(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  declaredReportType: ReportType.optional(),
  status: SubmissionStatus,
  duplicateOf: z.string().optional(),
  rejection: z.object({ code: z.union([RejectionCode, z.literal('bad_location')]), message: z.string() }).optional(),
  /** Where a refused file now lies (the original moved out of `incoming/`). */
  quarantineKey: z.string().optional(),
  format: DocumentFormat.optional(),
  extraction: Extraction.optional(),
  visibility: Visibility,
});
export type Submission = z.infer<typeof Submission>;

export const Coverage = z.enum(['measure', 'gap']);
export type Coverage = z.infer<typeof Coverage>;

/** One cell of a state's matrix, as a submission described it. */
export const MatrixEntry = z.object({
  state: Iso3,
  element: MatrixElement,
  weapon: Weapon,
  /** `measure`: the state describes a national measure; `gap`: it says none exists yet, or only planned. */
  coverage: Coverage,
  measure: Measure.optional(),
  legalReferences: z.array(z.string()),
  evidence: z.array(Evidence),
  sourceSubmissionId: z.string(),
  sourceReceivedAt: Timestamp,
});
export type MatrixEntry = z.infer<typeof MatrixEntry>;

export const ContactStatus = z.enum(['active', 'bounced', 'complained']);
export type ContactStatus = z.infer<typeof ContactStatus>;

export const ContactPoint = z.object({
  state: Iso3,
  name: z.string(),
  email: z.string(),
  role: z.string().optional(),
  language: UnLanguage,
  status: ContactStatus,
  /** The submission that named this contact, or `manual` when the secretariat entered it. */
  source: z.string(),
  updatedAt: Timestamp,
});
export type ContactPoint = z.infer<typeof ContactPoint>;

export const AssistanceKind = z.enum(['request', 'offer']);
export type AssistanceKind = z.infer<typeof AssistanceKind>;

export const AssistanceItem = z.object({
  state: Iso3,
  kind: AssistanceKind,
  element: MatrixElement,
  sourceSubmissionId: z.string(),
  recordedAt: Timestamp,
});
export type AssistanceItem = z.infer<typeof AssistanceItem>;

export const DeadlineStatus = z.enum(['proposed', 'active', 'retired']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

export const Deadline = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: IsoDate,
  precision: z.enum(['day', 'month']),
  recurrence: z.enum(['yearly', 'monthly']).nullable(),
  status: DeadlineStatus,
  /** Where the deadline came from: a committee submission id, or `seed` / `manual`. */
  source: z.string(),
  evidence: z.string().optional(),
  createdAt: Timestamp,
});
export type Deadline = z.infer<typeof Deadline>;
