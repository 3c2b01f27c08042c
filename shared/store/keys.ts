/**
 * Key builders for every item type: the only place that knows how keys are spelled.
 *
 * | item              | PK                      | SK                                          | GSI1 (PK / SK)                    | GSI2 (PK / SK)                        |
 * |-------------------|-------------------------|---------------------------------------------|-----------------------------------|---------------------------------------|
 * | state profile     | STATE#<iso3>            | PROFILE                                     | STATES#<reportingStatus> / <iso3> | public matrix only: PUBLICATION#public / <iso3> |
 * | submission        | STATE#<iso3> | COMMITTEE | UNATTRIBUTED | SUB#<receivedAt>#<id> | SUBMISSION#<id> / SUBMISSION     | refused only: SUBMISSIONS#rejected / <receivedAt>#<id> |
 * | content claim     | STATE#<iso3>            | CONTENT#<sha256>                            |                                   |                                       |
 * | first version     | UPLOAD#<object key>     | FIRST_VERSION                               |                                   |                                       |
 * | matrix (current)  | STATE#<iso3>            | MATRIX#<element>#<weapon>                   |                                   | ELEMENT#<element> / <coverage>#<iso3>#<weapon> |
 * | matrix (history)  | STATE#<iso3>            | MATRIXLOG#<element>#<weapon>#<receivedAt>#<submissionId> |                      |                                       |
 * | contact point     | STATE#<iso3>            | CONTACT#<email>                             | EMAIL#<email> / STATE#<iso3>      | active only: CONTACTS#active / <iso3>#<email>; bounced or complained only: CONTACTS#suppressed / <at>#STATE#<iso3>#<email> |
 * | assistance        | STATE#<iso3> | ORGANIZATION#<name> | ASSIST#<kind>#<element>   |                                   | ASSIST#<element> / <kind>#<provider> |
 * | organization      | ORGANIZATION#<id>       | PROFILE                                     | ORGANIZATIONS / <id>              |                                       |
 * | its contact point | ORGANIZATION#<id>       | CONTACT#<email>                             | EMAIL#<email> / ORGANIZATION#<id> | bounced or complained only: CONTACTS#suppressed / <at>#ORGANIZATION#<id>#<email> |
 * | digest (mail)     | DIGEST#<asOf>           | SECRETARIAT                                 |                                   |                                       |
 * | deadline          | DEADLINE#<id>           | META                                        | DEADLINES#<status> / <due>#<id>   |                                       |
 * | reminder (mail)   | DEADLINE#<id>           | REMINDER#<occurrence>#<iso3>#<step>#<email> | REMINDERS#<iso3> / <occurrence>#<id>#<step>#<email> |                     |
 * | receipt (mail)    | STATE#<iso3>            | RECEIPT#<submissionId>#<email>              |                                   |                                       |
 * | caller's requests | CALLER#<subject>        | REQUESTS#<route>                            |                                   |                                       |
 * | consent decision  | STATE#<iso3>            | CONSENT#<at>#<unique>                       |                                   |                                       |
 * | proposal          | PROPOSAL#<id>           | PROPOSAL                                    | PROPOSALS#<status> / <iso3 or COMMITTEE>#<kind>#<receivedAt>#<id> | SUBPROPOSALS#<submissionId> / <kind>#<id> |
 * | review decision   | PROPOSAL#<id>           | DECISION#<at>#<status>                      |                                   |                                       |
 * | outreach event    | EVENT#<id>              | EVENT                                       | EVENTS / <startDay>#<id>          | public only: EVENTS#public / <startDay>#<id> |
 * | calendar reminder (mail) | CALENDAR_REMINDER#<yyyy-mm> | SECRETARIAT                         |                                   |                                       |
 * | public submission | (the submission above)  |                                             |                                   | public accepted only: REPORTS#public / <iso3>#<receivedAt>#<id> |
 * | backfill done     | BACKFILL#<name>         | DONE                                        |                                   |                                       |
 *
 * A reminder lives in its deadline's partition (the admin lists a deadline's reminders, or one
 * occurrence's, with a prefix query) and is indexed by state in GSI1 (a state's reminders, by
 * occurrence). Its key is the exactly-once claim of one e-mail: deadline × occurrence × state ×
 * ladder step × contact.
 */
import type { MatrixElement, Weapon } from '../extraction/contract.js';
import type { AssistanceKind, Coverage, DeadlineStatus, ReportingStatus, Visibility } from './items.js';

export const stateKey = (iso3: string) => `STATE#${iso3}`;
/** Committee documents and files dropped outside any state's place have partitions of their own. */
export const COMMITTEE_PARTITION = 'COMMITTEE';
export const UNATTRIBUTED_PARTITION = 'UNATTRIBUTED';

export const PROFILE_SORT_KEY = 'PROFILE';
export const statesByStatusKey = (status: ReportingStatus) => `STATES#${status}`;
/** GSI2 partition of the state profiles whose matrix may be published (sparse: see `publication.ts`). */
export const publicationKey = (visibility: Visibility) => `PUBLICATION#${visibility}`;

export const SUBMISSION_PREFIX = 'SUB#';
export const submissionSortKey = (receivedAt: string, id: string) => `${SUBMISSION_PREFIX}${receivedAt}#${id}`;
export const submissionLookupKey = (id: string) => `SUBMISSION#${id}`;
export const SUBMISSION_LOOKUP_SORT_KEY = 'SUBMISSION';
/** Refused uploads, across all states and the unattributed ones: the quarantine, newest first. */
export const REFUSED_SUBMISSIONS_KEY = 'SUBMISSIONS#rejected';
export const refusedSubmissionSortKey = (receivedAt: string, id: string) => `${receivedAt}#${id}`;

export const contentClaimSortKey = (sha256: string) => `CONTENT#${sha256}`;

/** The claim of an upload's key by the submission of its first version (`claimFirstVersion`). */
export const uploadKey = (objectKey: string) => `UPLOAD#${objectKey}`;
export const FIRST_VERSION_SORT_KEY = 'FIRST_VERSION';

export const MATRIX_PREFIX = 'MATRIX#';
export const matrixSortKey = (element: MatrixElement, weapon: Weapon) => `${MATRIX_PREFIX}${element}#${weapon}`;
export const matrixHistorySortKey = (element: MatrixElement, weapon: Weapon, receivedAt: string, submissionId: string) =>
  `MATRIXLOG#${element}#${weapon}#${receivedAt}#${submissionId}`;
export const elementKey = (element: MatrixElement) => `ELEMENT#${element}`;
export const elementCoverageSortKey = (coverage: Coverage, iso3: string, weapon: Weapon) => `${coverage}#${iso3}#${weapon}`;

export const CONTACT_PREFIX = 'CONTACT#';
export const contactSortKey = (email: string) => `${CONTACT_PREFIX}${normaliseEmail(email)}`;
export const emailKey = (email: string) => `EMAIL#${normaliseEmail(email)}`;
/**
 * GSI2 partition of the member states' active contact points (sparse: a contact is in it exactly
 * while its status is `active`), so that every state's standing reads them in one query.
 */
export const ACTIVE_STATE_CONTACTS_KEY = 'CONTACTS#active';
export const activeStateContactsPrefix = (iso3: string) => `${iso3}#`;
export const activeStateContactSortKey = (iso3: string, email: string) => `${activeStateContactsPrefix(iso3)}${normaliseEmail(email)}`;
/**
 * GSI2 partition of the contact points suppressed after a bounce or a complaint, the states' and
 * the organizations' alike (sparse: a contact is in it exactly while `bounced` or `complained`),
 * by when that happened: what reminders cannot reach, across every party, in one query.
 */
export const SUPPRESSED_CONTACTS_KEY = 'CONTACTS#suppressed';
/** `owner`: the contact's partition key (`STATE#<iso3>` or `ORGANIZATION#<id>`). */
export const suppressedContactSortKey = (at: string, owner: string, email: string) => `${at}#${owner}#${normaliseEmail(email)}`;

export const ASSISTANCE_PREFIX = 'ASSIST#';
export const assistanceSortKey = (kind: string, element: MatrixElement) => `${ASSISTANCE_PREFIX}${kind}#${element}`;
export const assistanceByElementKey = (element: MatrixElement) => `ASSIST#${element}`;
/** `provider`: the partition key of whoever requests or offers (a state's or an organization's). */
export const assistanceByElementSortKey = (kind: AssistanceKind, provider: string) => `${kind}#${provider}`;
/** An organization offering assistance (IAEA, OPCW, UNODC, …): its name, case and spacing folded. */
export const organizationKey = (name: string) => `ORGANIZATION#${name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
/** GSI1 partition of every organization, by id. */
export const ORGANIZATIONS_KEY = 'ORGANIZATIONS';

/** The secretariat's daily digest of the Committee's and the Secretariat's tasks: one per day. */
export const digestKey = (asOf: string) => `DIGEST#${asOf}`;
export const DIGEST_SORT_KEY = 'SECRETARIAT';

export const DEADLINE_PREFIX = 'DEADLINE#';
export const deadlineKey = (id: string) => `${DEADLINE_PREFIX}${id}`;
export const DEADLINE_SORT_KEY = 'META';
export const deadlinesByStatusKey = (status: DeadlineStatus) => `DEADLINES#${status}`;
export const deadlinesByStatusSortKey = (dueDate: string, id: string) => `${dueDate}#${id}`;

export const REMINDER_PREFIX = 'REMINDER#';
export const reminderSortKey = (occurrence: string, iso3: string, step: string, email: string) =>
  `${REMINDER_PREFIX}${occurrence}#${iso3}#${step}#${normaliseEmail(email)}`;
/** A deadline's reminders: all of them, one occurrence's, or one occurrence's for one state (a state alone narrows nothing). */
export const reminderSortKeyPrefix = (occurrence?: string, iso3?: string) =>
  occurrence ? `${REMINDER_PREFIX}${occurrence}#${iso3 ? `${iso3}#` : ''}` : REMINDER_PREFIX;
export const remindersByStateKey = (iso3: string) => `REMINDERS#${iso3}`;
export const reminderByStateSortKey = (occurrence: string, deadlineId: string, step: string, email: string) =>
  `${occurrence}#${deadlineId}#${step}#${normaliseEmail(email)}`;

export const RECEIPT_PREFIX = 'RECEIPT#';
export const receiptSortKey = (submissionId: string, email: string) => `${RECEIPT_PREFIX}${submissionId}#${normaliseEmail(email)}`;

export interface ReminderKeyParts {
  deadlineId: string;
  occurrence: string;
  state: string;
  step: string;
  /** As the key spells it (normalised). */
  email: string;
}

/** A reminder's key taken apart: the inverse of `deadlineKey` and `reminderSortKey`. */
export function parseReminderKey(key: { PK: string; SK: string }): ReminderKeyParts {
  if (!key.PK.startsWith(DEADLINE_PREFIX) || !key.SK.startsWith(REMINDER_PREFIX)) {
    throw new Error(`${key.PK} / ${key.SK} is not the key of a reminder`);
  }
  // The address comes last and may itself hold a '#'.
  const [occurrence = '', state = '', step = '', ...email] = key.SK.slice(REMINDER_PREFIX.length).split('#');
  return { deadlineId: key.PK.slice(DEADLINE_PREFIX.length), occurrence, state, step, email: email.join('#') };
}

/** E-mail addresses compare case-insensitively in practice; keys use one spelling. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** One caller's requests to one rate-limited route of the admin API (`callerRequests.ts`). */
export const callerKey = (subject: string) => `CALLER#${subject}`;
export const callerRequestsSortKey = (route: string) => `REQUESTS#${route}`;

/** What extraction proposes, waiting for a person's decision (`proposals.ts`). */
export const proposalKey = (id: string) => `PROPOSAL#${id}`;
export const PROPOSAL_SORT_KEY = 'PROPOSAL';
export const proposalsByStatusKey = (status: string) => `PROPOSALS#${status}`;
/** The queue's order: a state's (or the Committee's) proposals together, by kind, then by submission. */
export const proposalsByStatusSortKey = (state: string | null, kind: string, receivedAt: string, id: string) =>
  `${proposalsQueuePrefix(state, kind)}${receivedAt}#${id}`;
export const proposalsQueuePrefix = (state: string | null, kind?: string) => `${state ?? COMMITTEE_PARTITION}#${kind ? `${kind}#` : ''}`;
export const proposalsOfSubmissionKey = (submissionId: string) => `SUBPROPOSALS#${submissionId}`;
export const proposalsOfSubmissionSortKey = (kind: string, id: string) => `${kind}#${id}`;
export const DECISION_PREFIX = 'DECISION#';
export const decisionSortKey = (at: string, status: string) => `${DECISION_PREFIX}${at}#${status}`;

/** One decision on a state's publication consent, in the state's partition, oldest first. */
export const CONSENT_PREFIX = 'CONSENT#';
/** `unique` tells apart two decisions of the same millisecond. */
export const consentSortKey = (at: string, unique: string) => `${CONSENT_PREFIX}${at}#${unique}`;

/**
 * An outreach event of the Committee's calendar (`outreachEvents.ts`): every event by start day on
 * GSI1, the public ones also on GSI2 (sparse: made committee-only, an event leaves it).
 */
export const eventKey = (id: string) => `EVENT#${id}`;
export const EVENT_SORT_KEY = 'EVENT';
export const EVENTS_KEY = 'EVENTS';
export const publicEventsKey = (visibility: Visibility) => `EVENTS#${visibility}`;
export const eventsByStartSortKey = (startDay: string, id: string) => `${startDay}#${id}`;

/** The secretariat's monthly reminder to keep the outreach calendar six months ahead: one per month. */
export const calendarReminderKey = (month: string) => `CALENDAR_REMINDER#${month}`;

/** Submissions a state consented to publish (sparse GSI2 entry; accepted submissions only, never a refused one). */
export const publicReportsKey = (visibility: Visibility) => `REPORTS#${visibility}`;
export const publicReportSortKey = (iso3: string, receivedAt: string, id: string) => `${iso3}#${receivedAt}#${id}`;

/** The mark that a one-off backfill of an index (`indexBackfills.ts`) has run to its end. */
export const backfillKey = (name: string) => `BACKFILL#${name}`;
export const BACKFILL_SORT_KEY = 'DONE';
