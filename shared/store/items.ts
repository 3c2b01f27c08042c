/**
 * The stored records, as zod schemas: what the repositories write and what they parse back.
 * Keys are not part of these shapes; `keys.ts` derives them.
 */
import * as z from 'zod';
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
/** An international, regional or subregional organization's fixed id: `IAEA`, `OPCW`, `BWC-ISU`. */
export const OrganizationId = z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/).max(20);
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

/** A report a state is known to have made: an accepted submission's report type and the day it was received. */
export const AcceptedReport = z.object({ reportType: ReportType, receivedOn: IsoDate });
export type AcceptedReport = z.infer<typeof AcceptedReport>;

export const SubmissionStatus = z.enum(['accepted', 'duplicate', 'rejected']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** An upload as received: written once, never changed (the envelope of the file and its reading). */
export const Submission = z.object({
  id: z.string(),
  /** The state whose place the file was uploaded into; null for committee or unattributed files. */
  state: Iso3.nullable(),
  receivedAt: Timestamp,
  objectKey: z.string(),
  /** The version of `objectKey` this submission is (absent where the bucket keeps no versions: the local stand-in). */
  objectVersionId: z.string().optional(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  declaredReportType: ReportType.optional(),
  /**
   * The uploading user's own address, from the upload grant: the receipt goes there as well as to
   * the state's active contacts. Personal data: answered to those who may read the submission,
   * never logged.
   */
  uploaderEmail: z.string().optional(),
  status: SubmissionStatus,
  duplicateOf: z.string().optional(),
  /**
   * `bad_location`: put outside every upload place; `later_version`: a second file posted to the
   * key of an upload (one grant, one file: the first version of a key is the submission).
   */
  rejection: z.object({ code: z.union([RejectionCode, z.enum(['bad_location', 'later_version'])]), message: z.string() }).optional(),
  /** Where a refused file now lies (the original moved out of `incoming/`), and the copy's version. */
  quarantineKey: z.string().optional(),
  quarantineVersionId: z.string().optional(),
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
  /** Who made this value the Committee's (a review decision), when, and on which proposal. */
  confirmedBy: z.string().optional(),
  confirmedAt: Timestamp.optional(),
  proposalId: z.string().optional(),
});
export type MatrixEntry = z.infer<typeof MatrixEntry>;

/**
 * `proposed`: an address a document names, waiting for a person to designate it; it gets no mail
 * and counts as no point of contact. `active`: designated by a person; only these are written to.
 * `bounced`, `complained`: suppressed after SES feedback. `removed`: withdrawn by a person; kept so
 * that no later document proposes it again.
 */
export const ContactStatus = z.enum(['proposed', 'active', 'bounced', 'complained', 'removed']);
export type ContactStatus = z.infer<typeof ContactStatus>;

/** A point of contact of a member state (`state`) or of an organization (`organization`): exactly one of the two. */
export const ContactPoint = z.object({
  state: Iso3.optional(),
  organization: OrganizationId.optional(),
  name: z.string(),
  email: z.string(),
  role: z.string().optional(),
  language: UnLanguage,
  status: ContactStatus,
  /** The submission that named this contact, or `manual` when the secretariat entered it. */
  source: z.string(),
  updatedAt: Timestamp,
  /** Who made the last change: a person's subject (designated, removed, language), `ses` (a bounce or complaint), or the naming submission. */
  updatedBy: z.string().optional(),
});
export type ContactPoint = z.infer<typeof ContactPoint>;

/**
 * An international, regional or subregional organization: a party the Committee asks to act (its
 * programme of work) and that offers assistance. Seeded from `organizations.data.json`; the
 * secretariat adds others.
 */
export const Organization = z.object({
  id: OrganizationId,
  name: z.string().min(1).max(300),
  scope: z.enum(['international', 'regional', 'subregional']),
  /** `seed` for the reference list, `manual` for one the secretariat added. */
  source: z.enum(['seed', 'manual']),
});
export type Organization = z.infer<typeof Organization>;

export const AssistanceKind = z.enum(['request', 'offer']);
export type AssistanceKind = z.infer<typeof AssistanceKind>;

/**
 * A request or offer of assistance for one matrix element. Requests come from states' reports;
 * offers are entered by the secretariat, from a state or from an international, regional or
 * subregional organization (then `state` is null and `organization` names it).
 */
export const AssistanceItem = z.object({
  state: Iso3.nullable(),
  organization: z.string().min(2).max(200).optional(),
  kind: AssistanceKind,
  element: MatrixElement,
  description: z.string().max(2000).optional(),
  /** The submission that said so, or `manual` when the secretariat entered it. */
  sourceSubmissionId: z.string(),
  recordedAt: Timestamp,
});
export type AssistanceItem = z.infer<typeof AssistanceItem>;

export const DeadlineStatus = z.enum(['proposed', 'active', 'retired']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/**
 * Who must act on a deadline. Member states: `all`, the `states` listed, or those matching a `rule`
 * on the day the planner runs: `no_national_report` (it has not yet submitted its first national
 * report) or `no_point_of_contact` (no contact point designated). `organizations`: every
 * organization, or those listed. `committee` (the Committee's own tasks: programme of work, annual
 * review) and `secretariat`: no state or organization is reminded of them; they go to the
 * secretariat's daily digest.
 */
export const DeadlineAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('states'), states: z.array(Iso3).min(1) }),
  z.object({ kind: z.literal('rule'), rule: z.enum(['no_national_report', 'no_point_of_contact']) }),
  z.object({ kind: z.literal('organizations'), organizations: z.array(OrganizationId).min(1).optional() }),
  z.object({ kind: z.literal('committee') }),
  z.object({ kind: z.literal('secretariat') }),
]);
export type DeadlineAudience = z.infer<typeof DeadlineAudience>;

/**
 * What discharges a deadline for a state: a submission of one of the report types received on or
 * after the opening date (for a recurring deadline, on or after the previous occurrence's due date
 * if that is later), or a contact point designated.
 */
export const DeadlineSatisfaction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('submission'), reportTypes: z.array(ReportType).min(1), opensOn: IsoDate.optional() }),
  z.object({ kind: z.literal('contact_designated') }),
]);
export type DeadlineSatisfaction = z.infer<typeof DeadlineSatisfaction>;

/**
 * When reminders go out, in days relative to an occurrence's due date: each of `daysBefore`, each of
 * `daysAfter`, then every `repeatEveryDays` after the last of those while the state has not
 * complied, at most `maxRepeats` times (null: until it complies).
 */
export const ReminderLadder = z.object({
  daysBefore: z.array(z.number().int().positive()),
  daysAfter: z.array(z.number().int().nonnegative()),
  repeatEveryDays: z.number().int().positive().nullable(),
  maxRepeats: z.number().int().nonnegative().nullable(),
});
export type ReminderLadder = z.infer<typeof ReminderLadder>;

export const DEFAULT_REMINDER_LADDER: ReminderLadder = { daysBefore: [30, 7], daysAfter: [1], repeatEveryDays: 30, maxRepeats: 6 };

/**
 * A deadline. The fields after `createdAt` arrived with reminders; they have defaults, so deadlines
 * stored before them (and those `recordFindings` proposes from Committee documents) still parse:
 * such a deadline concerns every state, is discharged by nothing automatically, and uses the
 * default ladder once the secretariat activates it.
 */
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
  appliesTo: DeadlineAudience.default({ kind: 'all' }),
  satisfiedBy: DeadlineSatisfaction.nullable().default(null),
  ladder: ReminderLadder.default(DEFAULT_REMINDER_LADDER),
  /** The title in other UN languages, for the reminder's subject and body (English is `title`). */
  titles: z.partialRecord(UnLanguage, z.string()).default({}),
});
export type Deadline = z.infer<typeof Deadline>;
/** What callers write: the fields with defaults may be left out. */
export type DeadlineInput = z.input<typeof Deadline>;
