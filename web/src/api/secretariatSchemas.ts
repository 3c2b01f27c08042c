/**
 * The admin API's answers that the secretariat's pages read, restated with the fields the pages use
 * (the route files hold the server's own schemas; the browser loads no server code). Stored shapes
 * that are pure zod come from `shared/store/items.ts`.
 */
import * as z from 'zod';
import { DeadlineConcerns, IsoDate, MatrixElement, UnLanguage } from '#shared/extraction/contract.js';
import { ContactPoint, Deadline, ReportingStatus, Visibility } from '#shared/store/items.js';
import { OpenDeadline, pageOf } from './schemas.js';

/** `GET /states/overview`: one row of the dashboard. */
export const StateListItem = z.object({
  iso3: z.string(),
  name: z.string(),
  names: z.partialRecord(UnLanguage, z.string()).default({}),
  reportingStatus: ReportingStatus,
  matrixVisibility: Visibility,
  lastSubmission: z.object({ id: z.string(), receivedAt: z.string() }).nullable(),
  openDeadlines: z.array(OpenDeadline),
});
export type StateListItem = z.infer<typeof StateListItem>;
/** Every member state in one answer. */
export const StatesOverview = z.object({ asOf: IsoDate, items: z.array(StateListItem) });

/** One heat-map cell: a confirmed measure, a confirmed gap, a proposal awaiting review, or nothing. */
export const CellStatus = z.enum(['measure', 'gap', 'review', 'none']);
export type CellStatus = z.infer<typeof CellStatus>;

/** `GET /matrix/overview`: per state, each element's cell (an element not named is `none`). */
export const MatrixOverview = z.object({
  elements: z.array(MatrixElement),
  states: z.array(z.object({ iso3: z.string(), cells: z.partialRecord(MatrixElement, CellStatus) })),
});
export type MatrixOverview = z.infer<typeof MatrixOverview>;

/** `GET /deadlines`: each deadline with the party that must act. */
export const DeadlineView = Deadline.extend({ concerns: DeadlineConcerns });
export type DeadlineView = z.infer<typeof DeadlineView>;
export const DeadlineList = z.object({ items: z.array(DeadlineView) });

/** `GET /quarantine`: a refused upload. */
export const RefusedUpload = z.object({
  id: z.string(),
  state: z.string().nullable(),
  receivedAt: z.string(),
  fileName: z.string(),
  quarantineKey: z.string().nullable(),
  rejection: z.object({ code: z.string(), message: z.string() }),
});
export type RefusedUpload = z.infer<typeof RefusedUpload>;
export const RefusedUploadPage = pageOf(RefusedUpload);

/** `GET /reminders?deadline=…`: a reminder as recorded, with what became of it. */
export const Reminder = z.object({
  kind: z.string(),
  state: z.string().optional(),
  organization: z.string().optional(),
  recipient: z.object({ name: z.string(), language: UnLanguage }),
  status: z.enum(['queued', 'sending', 'sent', 'suppressed', 'failed']),
  queuedAt: z.string(),
  sentAt: z.string().optional(),
  outcome: z.string().optional(),
  deadlineId: z.string(),
  occurrence: z.string(),
});
export type Reminder = z.infer<typeof Reminder>;
export const ReminderPage = pageOf(Reminder);

/** `GET /reminders/unreachable`: contacts suppressed after a bounce or complaint, the latest first (`updatedAt`: when). */
export const UnreachablePage = pageOf(ContactPoint);

export const EVENT_KINDS = ['workshop', 'conference', 'seminar', 'country_visit', 'briefing', 'training', 'meeting', 'side_event', 'other'] as const;
export const EVENT_REGIONS = ['african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'western_european_others', 'global'] as const;

/** A day (an all-day event) or a local time with its offset (a timed event). */
const EventTime = z.union([IsoDate, z.iso.datetime({ offset: true })]);

/** What the secretariat enters for an outreach event (`POST /events`, `PUT /events/{id}`). */
export const EventFields = z.object({
  title: z.string().trim().min(1).max(300),
  start: EventTime,
  end: EventTime.optional(),
  place: z.object({ city: z.string().trim().min(1).max(100), country: z.string().trim().min(1).max(100) }),
  organizer: z.string().trim().min(1).max(300),
  region: z.enum(EVENT_REGIONS),
  kind: z.enum(EVENT_KINDS),
  visibility: Visibility,
  publicNote: z.string().trim().max(2000),
  internalNote: z.string().trim().max(2000),
});
export type EventFields = z.infer<typeof EventFields>;

/** An outreach event as the API answers it. */
export const OutreachEvent = EventFields.extend({
  id: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  internalNote: z.string().optional(),
  updatedAt: z.string(),
});
export type OutreachEvent = z.infer<typeof OutreachEvent>;
export const EventList = z.object({ from: IsoDate, to: IsoDate, items: z.array(OutreachEvent) });
