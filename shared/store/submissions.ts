import { GLOBAL_INDEXES } from './tableDefinition.js';
import {
  COMMITTEE_PARTITION,
  contentClaimSortKey,
  FIRST_VERSION_SORT_KEY,
  REFUSED_SUBMISSIONS_KEY,
  refusedSubmissionSortKey,
  stateKey,
  SUBMISSION_LOOKUP_SORT_KEY,
  SUBMISSION_PREFIX,
  submissionLookupKey,
  submissionSortKey,
  UNATTRIBUTED_PARTITION,
  uploadKey,
} from './keys.js';
import { ReportType } from '../extraction/contract.js';
import { type AcceptedReport, Submission } from './items.js';
import { recordAcceptedReport } from './stateProfiles.js';
import { getItem, indexPartition, partitionPrefix, putIfAbsent, queryAll, queryPage, type Page, type StoreContext } from './table.js';
import * as z from 'zod';

const [BY_LOOKUP, SECOND_INDEX] = GLOBAL_INDEXES;

/** Where a submission lives: its state's partition, or the committee's, or the unattributed one. */
export function submissionPartition(submission: Pick<Submission, 'state' | 'declaredReportType' | 'status'>): string {
  if (submission.state) return stateKey(submission.state);
  return submission.declaredReportType === 'committee_document' ? COMMITTEE_PARTITION : UNATTRIBUTED_PARTITION;
}

/**
 * Records the immutable envelope of an upload. The id is derived from the S3 object version, so a
 * redelivered event finds its own envelope and changes nothing ('exists').
 */
export async function recordSubmission(store: StoreContext, submission: Submission): Promise<'created' | 'exists'> {
  const parsed = Submission.parse(submission);
  // The state's summary of accepted reports first (`stateProfiles.ts`): an envelope that exists is in it.
  const [report] = parsed.state ? reportsReceived([parsed]) : [];
  if (parsed.state && report) await recordAcceptedReport(store, parsed.state, report);
  return putIfAbsent(store, {
    PK: submissionPartition(parsed),
    SK: submissionSortKey(parsed.receivedAt, parsed.id),
    GSI1PK: submissionLookupKey(parsed.id),
    GSI1SK: SUBMISSION_LOOKUP_SORT_KEY,
    // A sparse index entry: only refused uploads are listed together (the secretariat's quarantine view).
    ...(parsed.status === 'rejected' && { GSI2PK: REFUSED_SUBMISSIONS_KEY, GSI2SK: refusedSubmissionSortKey(parsed.receivedAt, parsed.id) }),
    entity: 'submission',
    ...parsed,
  });
}

export async function getSubmission(store: StoreContext, id: string): Promise<Submission | undefined> {
  const page = await queryPage(
    store,
    {
      IndexName: BY_LOOKUP.indexName,
      KeyConditionExpression: '#pk = :pk AND #sk = :sk',
      ExpressionAttributeNames: { '#pk': BY_LOOKUP.partitionKey, '#sk': BY_LOOKUP.sortKey },
      ExpressionAttributeValues: { ':pk': submissionLookupKey(id), ':sk': SUBMISSION_LOOKUP_SORT_KEY },
    },
    Submission,
  );
  return page.items[0];
}

/** A partition's submissions, newest first. */
export function listSubmissions(
  store: StoreContext,
  partition: string,
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<Submission>> {
  return queryPage(
    store,
    { ...partitionPrefix(partition, SUBMISSION_PREFIX), ScanIndexForward: false },
    Submission,
    page,
  );
}

const SubmissionOutline = z.object({
  status: z.string(),
  receivedAt: z.string(),
  declaredReportType: ReportType.optional(),
  extraction: z.object({ reportType: ReportType }).optional(),
});

/**
 * The reports a state made, read from its submissions (one query, projected to type and date):
 * what the state's profile keeps as its summary (`acceptedReportsOf`), read where that summary is
 * not complete yet and to rebuild it.
 */
export async function readAcceptedReports(store: StoreContext, iso3: string): Promise<AcceptedReport[]> {
  const submissions = partitionPrefix(stateKey(iso3), SUBMISSION_PREFIX);
  const outlines = await queryAll(
    store,
    {
      ...submissions,
      ProjectionExpression: '#status, receivedAt, declaredReportType, extraction.reportType',
      ExpressionAttributeNames: { ...submissions.ExpressionAttributeNames, '#status': 'status' },
    },
    SubmissionOutline,
  );
  return reportsReceived(outlines);
}

/** The reports a state is known to have made: its accepted submissions, by report type (read, else declared) and day received. */
export function reportsReceived(submissions: Array<z.infer<typeof SubmissionOutline>>): AcceptedReport[] {
  return submissions.flatMap((s) => {
    const reportType = s.extraction?.reportType ?? s.declaredReportType;
    return s.status === 'accepted' && reportType ? [{ reportType, receivedOn: s.receivedAt.slice(0, 10) }] : [];
  });
}

/** Refused uploads of every state (and those put outside any state's place), newest first. */
export function listRefusedSubmissions(store: StoreContext, page: { limit?: number; cursor?: string } = {}): Promise<Page<Submission>> {
  return queryPage(store, { ...indexPartition(SECOND_INDEX, REFUSED_SUBMISSIONS_KEY), ScanIndexForward: false }, Submission, page);
}

const SubmissionClaim = z.object({ submissionId: z.string() });

/**
 * Claims a file's content (sha256) for a submission of the state. Returns the submission that
 * holds the claim: this one the first time (or on a redelivery), an earlier one when the same bytes
 * were already submitted.
 */
export function claimContent(store: StoreContext, iso3: string, sha256: string, submissionId: string): Promise<string> {
  return claimFor(store, { PK: stateKey(iso3), SK: contentClaimSortKey(sha256) }, 'contentClaim', submissionId);
}

/**
 * Claims an upload's key for the submission of the version the caller found to be its first.
 * Returns the submission that holds the key: the one given, unless another delivery claimed first.
 * Written once and never removed, the claim outlives the first version itself (a refused one is
 * deleted after its move to quarantine), so a later version never takes its place.
 */
export function claimFirstVersion(store: StoreContext, objectKey: string, submissionId: string): Promise<string> {
  return claimFor(store, { PK: uploadKey(objectKey), SK: FIRST_VERSION_SORT_KEY }, 'firstVersionClaim', submissionId);
}

/** The holder of a claim, if any. */
export async function firstVersionHolder(store: StoreContext, objectKey: string): Promise<string | undefined> {
  return (await getItem(store, { PK: uploadKey(objectKey), SK: FIRST_VERSION_SORT_KEY }, SubmissionClaim))?.submissionId;
}

/** A conditional put: the first submission to claim the key holds it; everyone learns who holds it. */
async function claimFor(store: StoreContext, key: { PK: string; SK: string }, entity: string, submissionId: string): Promise<string> {
  const outcome = await putIfAbsent(store, { ...key, entity, submissionId });
  if (outcome === 'created') return submissionId;
  const claim = await getItem(store, key, SubmissionClaim);
  if (!claim) throw new Error(`Claim ${key.PK} / ${key.SK} vanished`);
  return claim.submissionId;
}
