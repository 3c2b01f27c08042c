/**
 * Turns an accepted submission's extraction into the state's records: matrix cells (current value
 * and history), contact points, assistance requests, the state's reporting status, and, for a
 * Committee document, proposed deadlines. Every write is idempotent (keys derive from the
 * submission), so a redelivered event repeats them harmlessly.
 */
import { createHash } from 'node:crypto';
import { UnLanguage, type Extraction } from '#shared/extraction/contract.js';
import { recordAssistance } from '#shared/store/assistance.js';
import { proposeContact } from '#shared/store/contactPoints.js';
import { audienceFor, recordDeadline } from '#shared/store/deadlines.js';
import type { Submission } from '#shared/store/items.js';
import { recordMatrixEntry } from '#shared/store/matrixEntries.js';
import { recordStateSubmission } from '#shared/store/stateProfiles.js';
import type { StoreContext } from '#shared/store/table.js';

export async function recordFindings(store: StoreContext, submission: Submission, extraction: Extraction): Promise<void> {
  if (submission.state) await recordStateFindings(store, submission.state, submission, extraction);
  else if (isCommitteeDocument(submission, extraction)) await proposeDeadlines(store, submission, extraction);
}

/**
 * Only the secretariat's place (`committee/`, no state) holds Committee documents: a file in a
 * state's place is that state's, whatever it reads like, and proposes no deadline.
 */
function isCommitteeDocument(submission: Pick<Submission, 'state' | 'declaredReportType'>, extraction: Pick<Extraction, 'reportType'>): boolean {
  return submission.state === null && submission.declaredReportType === 'committee_document' && extraction.reportType === 'committee_document';
}

async function recordStateFindings(store: StoreContext, state: string, submission: Submission, extraction: Extraction) {
  const source = { sourceSubmissionId: submission.id, sourceReceivedAt: submission.receivedAt };
  for (const finding of extraction.matrix) {
    await recordMatrixEntry(store, {
      state,
      element: finding.element,
      weapon: finding.weapon,
      // A template row that says "no" is the state telling us the measure is missing: a gap.
      coverage: finding.measure === 'no' ? 'gap' : 'measure',
      measure: finding.measure,
      legalReferences: finding.legalReferences,
      evidence: finding.evidence,
      ...source,
    });
  }
  const described = new Set(extraction.matrix.map((f) => f.element));
  for (const element of extraction.gaps.filter((e) => !described.has(e))) {
    await recordMatrixEntry(store, { state, element, weapon: 'all', coverage: 'gap', legalReferences: [], evidence: [], ...source });
  }
  const language = UnLanguage.safeParse(extraction.language);
  // Addresses a document names are proposals: no one is written to until a person designates them.
  for (const contact of extraction.contacts) {
    await proposeContact(store, {
      state,
      name: contact.name,
      email: contact.email,
      role: contact.role,
      language: language.success ? language.data : 'en',
      source: submission.id,
      at: submission.receivedAt,
    });
  }
  for (const element of extraction.assistanceRequested) {
    await recordAssistance(store, { state, kind: 'request', element, sourceSubmissionId: submission.id, recordedAt: submission.receivedAt });
  }
  await recordStateSubmission(store, state, {
    id: submission.id,
    receivedAt: submission.receivedAt,
    isNationalReport: extraction.reportType === 'national_report',
  });
}

/** Deadlines read from a Committee document wait for the secretariat's confirmation before they remind anyone. */
async function proposeDeadlines(store: StoreContext, submission: Submission, extraction: Extraction) {
  for (const found of extraction.deadlines) {
    const id = `dl_${createHash('sha256').update(`${submission.id}|${found.date}|${found.task}`).digest('hex').slice(0, 16)}`;
    await recordDeadline(store, {
      id,
      title: found.title || found.task,
      appliesTo: audienceFor(found.concerns),
      dueDate: found.date,
      precision: found.precision,
      recurrence: found.recurrence,
      status: 'proposed',
      source: submission.id,
      evidence: found.evidence,
      createdAt: submission.receivedAt,
    });
  }
}
