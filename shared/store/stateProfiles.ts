import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { PROFILE_SORT_KEY, stateKey, statesByStatusKey } from './keys.js';
import { AcceptedReport, ReportingStatus, StateProfile } from './items.js';
import { getItem, ignoreConditionFailure, indexPartition, queryAll, type StoreContext } from './table.js';

const [BY_LOOKUP] = GLOBAL_INDEXES;

/**
 * The profile item as stored: the profile, and the summary of the state's accepted submissions that
 * the deadlines need (`StateStanding.submissions`), so that judging every state's deadlines reads
 * the profiles, not each state's submissions.
 *
 * Why a summary on the profile (measured with `npm run bench -- dashboard`, 193 states × 40
 * submissions): reading each state's submissions took two queries per state (389 queries, 2 s for
 * the dashboard once a deadline concerned every state); one query over a new index of every
 * accepted submission would read thousands of items and grow with the years, and BatchGetItem
 * cannot read by prefix. What the deadlines ask is only "which report types, on which days": a
 * set of `<reportType>#<day>` entries, bounded by the days a state reports on, that a set union
 * (`ADD`) keeps idempotent under redelivery without a transaction (which dynalite, the embedded
 * default's store, does not offer). `recordSubmission` adds the entry before it writes an accepted
 * envelope, so an envelope that exists is in the summary: a crash in between leaves no envelope,
 * and the redelivered event records both.
 *
 * - `acceptedReports`: the entries (absent while empty: DynamoDB stores no empty set);
 * - `acceptedReportsComplete`: true once the entries hold every accepted submission of the state
 *   (the seeder's backfill sets it, `rebuildAcceptedReports`); until then readers read the
 *   submissions themselves.
 */
export const StateRecord = StateProfile.extend({
  acceptedReports: z.set(z.string()).optional(),
  acceptedReportsComplete: z.literal(true).optional(),
});
export type StateRecord = z.infer<typeof StateRecord>;

export function getStateProfile(store: StoreContext, iso3: string): Promise<StateProfile | undefined> {
  return getItem(store, { PK: stateKey(iso3), SK: PROFILE_SORT_KEY }, StateProfile);
}

export function getStateRecord(store: StoreContext, iso3: string): Promise<StateRecord | undefined> {
  return getItem(store, { PK: stateKey(iso3), SK: PROFILE_SORT_KEY }, StateRecord);
}

export function listStatesByReportingStatus(store: StoreContext, status: ReportingStatus): Promise<StateProfile[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, statesByStatusKey(status)), StateProfile);
}

/** Every state's stored profile with its summary, by ISO3 code (one query per reporting status). */
export async function listStateRecords(store: StoreContext): Promise<StateRecord[]> {
  const byStatus = await Promise.all(
    ReportingStatus.options.map((status) => queryAll(store, indexPartition(BY_LOOKUP, statesByStatusKey(status)), StateRecord)),
  );
  return byStatus.flat().sort((a, b) => a.iso3.localeCompare(b.iso3));
}

const reportEntry = (report: AcceptedReport) => `${report.reportType}#${report.receivedOn}`;

/** The state's accepted reports as its profile keeps them, or undefined while that summary is not complete. */
export function acceptedReportsOf(record: Pick<StateRecord, 'acceptedReports' | 'acceptedReportsComplete'>): AcceptedReport[] | undefined {
  if (!record.acceptedReportsComplete) return undefined;
  return [...(record.acceptedReports ?? [])].map((entry) => {
    const [reportType, receivedOn] = entry.split('#');
    return AcceptedReport.parse({ reportType, receivedOn });
  });
}

/**
 * Adds an accepted submission's report to the state's summary (`recordSubmission` does, before it
 * writes the envelope). A set: a redelivered event adds nothing twice.
 */
export async function recordAcceptedReport(store: StoreContext, iso3: string, report: AcceptedReport): Promise<void> {
  await updateProfileWhen(store, iso3, { UpdateExpression: 'ADD acceptedReports :report', ExpressionAttributeValues: { ':report': new Set([reportEntry(report)]) } });
}

/**
 * Records that the state submitted something. Only a newer submission moves `lastSubmission*`
 * forward, so a redelivered or late event never rolls it back; the first national report marks
 * the state as reported.
 */
export async function recordStateSubmission(
  store: StoreContext,
  iso3: string,
  submission: { id: string; receivedAt: string; isNationalReport: boolean },
): Promise<void> {
  await updateProfileWhen(store, iso3, {
    UpdateExpression: 'SET lastSubmissionAt = :at, lastSubmissionId = :id',
    ConditionExpression: 'attribute_not_exists(lastSubmissionAt) OR lastSubmissionAt < :at',
    ExpressionAttributeValues: { ':at': submission.receivedAt, ':id': submission.id },
  });
  if (!submission.isNationalReport) return;
  await updateProfileWhen(store, iso3, {
    UpdateExpression: 'SET reportingStatus = :reported, GSI1PK = :gsi, firstReportAt = :at',
    ConditionExpression: 'attribute_not_exists(firstReportAt) OR firstReportAt > :at',
    ExpressionAttributeValues: {
      ':reported': 'reported' satisfies ReportingStatus,
      ':gsi': statesByStatusKey('reported'),
      ':at': submission.receivedAt,
    },
  });
}

/**
 * Completes the profile's summary with the reports read from the state's submissions
 * (`readAcceptedReports`) and marks it complete: the one-off backfill of a profile kept from before
 * the summary. A union, so an acceptance recorded meanwhile is kept.
 */
export async function completeAcceptedReports(store: StoreContext, iso3: string, reports: AcceptedReport[]): Promise<void> {
  const entries = new Set(reports.map(reportEntry));
  await updateProfileWhen(store, iso3, {
    UpdateExpression: `SET acceptedReportsComplete = :complete${entries.size > 0 ? ' ADD acceptedReports :reports' : ''}`,
    ExpressionAttributeValues: { ':complete': true, ...(entries.size > 0 && { ':reports': entries }) },
  });
}

/** Updates an existing profile when the condition holds; a failed condition means "a newer value is there" (or no profile). */
async function updateProfileWhen(
  store: StoreContext,
  iso3: string,
  update: { UpdateExpression: string; ConditionExpression?: string; ExpressionAttributeValues: Record<string, unknown> },
): Promise<void> {
  await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: stateKey(iso3), SK: PROFILE_SORT_KEY },
        ...update,
        ConditionExpression: update.ConditionExpression ? `attribute_exists(PK) AND (${update.ConditionExpression})` : 'attribute_exists(PK)',
      }),
    )
    .catch(ignoreConditionFailure);
}
