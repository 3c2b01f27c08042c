/**
 * Turns an accepted submission's extraction into records: proposals for review (matrix entries and
 * contacts of the state, deadlines of a Committee document), each with its evidence and the
 * extractor's confidence, the proposed contact items, assistance requests and the state's
 * reporting status. Nothing here makes a value the Committee's: a person's decision does
 * (`proposalDecisions.ts`), so a later report never overwrites a confirmed value; it adds proposals.
 * Every write is idempotent (keys derive from the submission), so a redelivered event repeats them
 * harmlessly.
 */
import { createHash } from 'node:crypto';
import { UnLanguage, type Evidence, type Extraction } from '#shared/extraction/contract.js';
import { recordAssistance } from '#shared/store/assistance.js';
import { proposeContact } from '#shared/store/contactPoints.js';
import { audienceFor, recordDeadline } from '#shared/store/deadlines.js';
import type { Submission } from '#shared/store/items.js';
import { contactIdentity, matrixIdentity, proposalId, recordProposal, type ProposalInput } from '#shared/store/proposals.js';
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
  const proposal = proposalOf(submission, state);
  for (const finding of extraction.matrix) {
    const value = { element: finding.element, weapon: finding.weapon, measure: finding.measure, legalReferences: finding.legalReferences };
    await recordProposal(store, proposal('matrix', matrixIdentity(value), value, finding.evidence, finding.confidence));
  }
  const described = new Set(extraction.matrix.map((f) => f.element));
  for (const element of extraction.gaps.filter((e) => !described.has(e))) {
    // A gap the document states: the element with measure "no", for every weapon.
    const value = { element, weapon: 'all' as const, measure: 'no' as const, legalReferences: [] };
    await recordProposal(store, proposal('matrix', matrixIdentity(value), value, [], undefined));
  }
  const language = UnLanguage.safeParse(extraction.language);
  // Addresses a document names are proposals: no one is written to until a person designates them. A contact listed
  // without an address (empty `email`) is for the reader of the extraction: there is no one to write to.
  for (const contact of extraction.contacts.filter((c) => c.email !== '')) {
    const value = { name: contact.name, email: contact.email, role: contact.role ?? null, language: language.success ? language.data : 'en' as const };
    await proposeContact(store, { state, ...value, role: contact.role, source: submission.id, at: submission.receivedAt });
    await recordProposal(store, proposal('contact', contactIdentity(value), value, contact.evidence ?? [], contact.confidence));
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

/**
 * Deadlines read from a Committee document wait for the secretariat's confirmation before they
 * remind anyone: the proposed deadline, and its proposal in the review queue under the same id
 * (accepting the one confirms the other).
 */
async function proposeDeadlines(store: StoreContext, submission: Submission, extraction: Extraction) {
  const proposal = proposalOf(submission, null);
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
    const value = {
      date: found.date,
      precision: found.precision,
      recurrence: found.recurrence,
      concerns: found.concerns,
      title: found.title || null,
      task: found.task.slice(0, 2000),
    };
    await recordProposal(store, { ...proposal('deadline', id, value, [{ text: found.evidence }], found.confidence), id });
  }
}

/** The proposals of one submission: ids from the submission and the finding, evidence with its page or null. */
function proposalOf(submission: Submission, state: string | null) {
  return <K extends ProposalInput['kind']>(
    kind: K,
    identity: string,
    value: Extract<ProposalInput, { kind: K }>['value'],
    evidence: readonly Evidence[],
    confidence: number | undefined,
  ) =>
    ({
      id: proposalId(submission.id, kind, identity),
      kind,
      state,
      submissionId: submission.id,
      submissionReceivedAt: submission.receivedAt,
      value,
      evidence: evidence.map((e) => ({ text: e.text.slice(0, 2000), page: e.page ?? null })),
      confidence: confidence ?? null,
      status: 'pending',
      createdAt: submission.receivedAt,
    }) as ProposalInput;
}
