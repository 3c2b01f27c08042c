/**
 * Data for the browser tests, written straight into the running portal's table through the store's
 * own functions (the pipeline that would produce it is tested elsewhere): submissions, proposals
 * awaiting review, a deadline read from a Committee document, a refused upload, an address that
 * bounced, and what states published.
 */
import type { Submission } from '../../../shared/store/items.js';
import type { MatrixElement } from '../../../shared/extraction/contract.js';
import { designateContact, setContactStatus } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { recordMatrixEntry } from '../../../shared/store/matrixEntries.js';
import { proposalId, recordProposal } from '../../../shared/store/proposals.js';
import { setMatrixVisibility, setSubmissionVisibility } from '../../../shared/store/publication.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import type { StoreContext } from '../../../shared/store/table.js';
import { standInClients } from '../../../infra/local/standInClients.js';
import type { PortalInfo } from '../../../infra/local/localPortalInfo.js';

/** Runs `seed` against the portal's table, then closes the clients. */
export async function seedPortal<T>(info: PortalInfo, seed: (store: StoreContext) => Promise<T>): Promise<T> {
  const clients = standInClients(info.endpoints);
  try {
    return await seed({ db: clients.db, tableName: info.tableName });
  } finally {
    clients.destroy();
  }
}

export function acceptedSubmission(iso3: string, id: string, receivedAt: string, fileName = 'national-report.pdf'): Submission {
  return {
    id,
    state: iso3,
    receivedAt,
    objectKey: `incoming/${iso3}/up${id}/${fileName}`,
    fileName,
    size: 52_000,
    status: 'accepted',
    format: 'pdf',
    declaredReportType: 'national_report',
    visibility: 'committee',
  };
}

/** A pending matrix proposal of an accepted submission: the heat-map shows its cell as awaiting review. */
export async function seedMatrixProposal(store: StoreContext, iso3: string, element: MatrixElement, evidence: string, confidence: number): Promise<string> {
  const submission = acceptedSubmission(iso3, `${iso3.toLowerCase()}browser${element.replace(/\W/g, '')}`, '2026-03-02T10:00:00.000Z');
  await recordSubmission(store, submission);
  const value = { element, weapon: 'all' as const, measure: 'yes' as const, legalReferences: ['Act 12 of 2019, art. 4'] };
  const id = proposalId(submission.id, 'matrix', `${element}#all`);
  await recordProposal(store, {
    id,
    kind: 'matrix',
    state: iso3,
    submissionId: submission.id,
    submissionReceivedAt: submission.receivedAt,
    evidence: [{ text: evidence, page: 4 }],
    confidence,
    status: 'pending',
    createdAt: submission.receivedAt,
    value,
  });
  return id;
}

/** A pending contact proposal: an address a report named, for the secretariat to designate. */
export async function seedContactProposal(store: StoreContext, iso3: string, contact: { name: string; email: string; role: string }): Promise<string> {
  const submission = acceptedSubmission(iso3, `${iso3.toLowerCase()}browsercontact`, '2026-03-04T10:00:00.000Z');
  await recordSubmission(store, submission);
  const id = proposalId(submission.id, 'contact', contact.email);
  await recordProposal(store, {
    id,
    kind: 'contact',
    state: iso3,
    submissionId: submission.id,
    submissionReceivedAt: submission.receivedAt,
    evidence: [{ text: `Point of contact: ${contact.name}, ${contact.role}.`, page: 1 }],
    confidence: 0.8,
    status: 'pending',
    createdAt: submission.receivedAt,
    value: { ...contact, language: 'en' },
  });
  return id;
}

/** A deadline read from a Committee document, waiting for the secretariat to confirm it. */
export function seedProposedDeadline(store: StoreContext, id: string, title: string, evidence: string) {
  return recordDeadline(store, {
    id,
    title,
    dueDate: '2027-06-30',
    precision: 'day',
    recurrence: null,
    status: 'proposed',
    source: 'committee-programme-of-work',
    evidence,
    createdAt: '2026-03-01T09:00:00.000Z',
    appliesTo: { kind: 'all' },
  });
}

export function seedRefusedUpload(store: StoreContext, iso3: string, fileName: string) {
  return recordSubmission(store, {
    ...acceptedSubmission(iso3, `${iso3.toLowerCase()}browserrefused`, '2026-03-03T08:00:00.000Z', fileName),
    status: 'rejected',
    rejection: { code: 'encrypted', message: 'The PDF is encrypted.' },
    quarantineKey: `quarantine/${iso3}/${fileName}`,
  });
}

/** A state that published its matrix (one confirmed entry) and one report, and kept another report unpublished. */
export async function seedPublishedState(
  store: StoreContext,
  iso3: string,
  entry: { element: MatrixElement; evidence: string },
): Promise<{ published: Submission; unpublished: Submission }> {
  const published = acceptedSubmission(iso3, `${iso3.toLowerCase()}browserpublic`, '2026-02-10T09:00:00.000Z', 'report-2026.pdf');
  const unpublished = acceptedSubmission(iso3, `${iso3.toLowerCase()}browserprivate`, '2026-02-11T09:00:00.000Z', 'internal-note.pdf');
  await recordSubmission(store, published);
  await recordSubmission(store, unpublished);
  await setSubmissionVisibility(store, published, 'public');
  await recordMatrixEntry(store, {
    state: iso3,
    element: entry.element,
    weapon: 'all',
    coverage: 'measure',
    measure: 'yes',
    legalReferences: ['Export Control Act 2018'],
    evidence: [{ text: entry.evidence, page: 2 }],
    sourceSubmissionId: published.id,
    sourceReceivedAt: published.receivedAt,
    confirmedBy: 'secretariat',
    confirmedAt: '2026-02-20T09:00:00.000Z',
  });
  await setMatrixVisibility(store, iso3, 'public');
  return { published, unpublished };
}

/** A designated contact point whose address then bounced (as SES feedback marks it). */
export async function seedBouncedContact(store: StoreContext, iso3: string, contact: { name: string; email: string }, bouncedAt: string): Promise<void> {
  await designateContact(store, { state: iso3, ...contact, language: 'en', source: 'manual', at: '2026-01-05T10:00:00.000Z' });
  await setContactStatus(store, iso3, contact.email, 'bounced', bouncedAt, 'ses');
}
