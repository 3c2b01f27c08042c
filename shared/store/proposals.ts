/**
 * Proposals: what extraction found (a contact, a matrix entry, a Committee deadline), tied to its
 * submission, with its evidence and the extractor's confidence. A proposal does nothing by itself
 * (no mail, no coverage, no reminder); a person's decision (`proposalDecisions.ts`) is what makes
 * its value the Committee's.
 *
 * One item per proposal (`PROPOSAL#<id>`), in the review queue by status on GSI1 and listed by
 * submission on GSI2; each decision is kept beside it (`DECISION#…`: who, when, before, after,
 * reason). Ids derive from the submission and what was found, so a redelivered event proposes
 * nothing twice and never resets a decision.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { ConflictError, NotFoundError } from '../errors.js';
import { IsoDate, MatrixElement, Measure, UnLanguage, Weapon } from '../extraction/contract.js';
import { FINDING_LIMITS } from '../extraction/findingLimits.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import {
  DECISION_PREFIX,
  decisionSortKey,
  normaliseEmail,
  PROPOSAL_SORT_KEY,
  proposalKey,
  proposalsByStatusKey,
  proposalsByStatusSortKey,
  proposalsOfSubmissionKey,
  proposalsOfSubmissionSortKey,
  proposalsQueuePrefix,
} from './keys.js';
import { filledPage, getItem, indexPartition, notFoundIfConditionFails, partitionPrefix, putIfAbsent, queryAll, queryPage, type Page, type StoreContext } from './table.js';

const [BY_LOOKUP, BY_ELEMENT] = GLOBAL_INDEXES;

export const ProposalKind = z.enum(['contact', 'matrix', 'deadline']);
export type ProposalKind = z.infer<typeof ProposalKind>;

export const ProposalStatus = z.enum(['pending', 'accepted', 'corrected', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;
export const DECIDED_STATUSES = ['accepted', 'corrected', 'rejected'] as const satisfies readonly ProposalStatus[];

export const MatrixProposalValue = z.object({
  element: MatrixElement,
  weapon: Weapon,
  /** `no`: the state says the measure is missing (a gap). */
  measure: Measure,
  legalReferences: z.array(z.string().max(FINDING_LIMITS.maxLegalReferenceChars)).max(FINDING_LIMITS.maxLegalReferences),
});
export const ContactProposalValue = z.object({
  name: z.string().max(200),
  /** As the document spells it (extraction found it as an address); a correction may fix it. */
  email: z.string().min(3).max(FINDING_LIMITS.maxContactEmailChars),
  role: z.string().max(200).nullable(),
  language: UnLanguage,
});
export const DeadlineProposalValue = z.object({
  date: IsoDate,
  precision: z.enum(['day', 'month']),
  recurrence: z.enum(['yearly', 'monthly']).nullable(),
  concerns: z.enum(['states', 'organizations', 'committee', 'secretariat']).nullable(),
  title: z.string().max(300).nullable(),
  task: z.string().max(2000),
});
export const PROPOSAL_VALUES = { contact: ContactProposalValue, matrix: MatrixProposalValue, deadline: DeadlineProposalValue } as const;
export type ProposalValue<K extends ProposalKind = ProposalKind> = z.infer<(typeof PROPOSAL_VALUES)[K]>;

export const ProposalEvidence = z.object({ text: z.string(), page: z.number().int().positive().nullable() });

/** A note a state's user (or the secretariat) leaves beside a proposal: it confirms, comments or proposes a correction. */
export const ReviewNote = z.object({
  by: z.string(),
  at: z.iso.datetime({ offset: true }),
  kind: z.enum(['confirm', 'comment', 'correction']),
  text: z.string().max(2000).nullable(),
  set: z.record(z.string(), z.unknown()).nullable(),
});
export type ReviewNote = z.infer<typeof ReviewNote>;

export const Decision = z.object({
  proposalId: z.string(),
  status: z.enum(DECIDED_STATUSES),
  by: z.string(),
  at: z.iso.datetime({ offset: true }),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().max(2000).nullable(),
});
export type Decision = z.infer<typeof Decision>;

const common = {
  id: z.string(),
  /** The state the proposal is about; null for a Committee deadline. */
  state: z.string().regex(/^[A-Z]{3}$/).nullable(),
  submissionId: z.string(),
  submissionReceivedAt: z.iso.datetime({ offset: true }),
  evidence: z.array(ProposalEvidence),
  /** The extractor's own estimate (0–1); null when it gave none. */
  confidence: z.number().min(0).max(1).nullable(),
  status: ProposalStatus,
  createdAt: z.iso.datetime({ offset: true }),
  /** The value a decision made the Committee's (the proposed one, or as corrected); null while pending or rejected. */
  decided: z.record(z.string(), z.unknown()).nullable().default(null),
  decidedBy: z.string().nullable().default(null),
  decidedAt: z.string().nullable().default(null),
  reason: z.string().nullable().default(null),
  notes: z.array(ReviewNote).default([]),
};
export const Proposal = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('contact'), value: ContactProposalValue }),
  z.object({ ...common, kind: z.literal('matrix'), value: MatrixProposalValue }),
  z.object({ ...common, kind: z.literal('deadline'), value: DeadlineProposalValue }),
]);
export type Proposal = z.infer<typeof Proposal>;
export type ProposalInput = z.input<typeof Proposal>;

/** A proposal's id: from its submission and what identifies the finding in it (a cell, an address). */
export function proposalId(submissionId: string, kind: ProposalKind, identity: string): string {
  return `pr_${createHash('sha256').update(`${submissionId}|${kind}|${identity}`).digest('hex').slice(0, 20)}`;
}

export const matrixIdentity = (value: Pick<ProposalValue<'matrix'>, 'element' | 'weapon'>) => `${value.element}#${value.weapon}`;
export const contactIdentity = (value: Pick<ProposalValue<'contact'>, 'email'>) => normaliseEmail(value.email);

function queueKeys(p: Pick<Proposal, 'status' | 'state' | 'kind' | 'submissionReceivedAt' | 'id'>) {
  return { GSI1PK: proposalsByStatusKey(p.status), GSI1SK: proposalsByStatusSortKey(p.state, p.kind, p.submissionReceivedAt, p.id) };
}

/** Records a proposal unless one with its id exists: a redelivery changes nothing, a decision stays. */
export function recordProposal(store: StoreContext, proposal: ProposalInput): Promise<'created' | 'exists'> {
  const parsed = Proposal.parse(proposal);
  return putIfAbsent(store, {
    PK: proposalKey(parsed.id),
    SK: PROPOSAL_SORT_KEY,
    ...queueKeys(parsed),
    GSI2PK: proposalsOfSubmissionKey(parsed.submissionId),
    GSI2SK: proposalsOfSubmissionSortKey(parsed.kind, parsed.id),
    entity: 'proposal',
    ...parsed,
  });
}

export function getProposal(store: StoreContext, id: string): Promise<Proposal | undefined> {
  return getItem(store, { PK: proposalKey(id), SK: PROPOSAL_SORT_KEY }, Proposal);
}

export interface QueueFilter {
  status: ProposalStatus;
  /** A state's proposals, or `null` for the Committee's (deadlines); absent: everyone's. */
  state?: string | null;
  kind?: ProposalKind;
}

/** One page of the review queue: by state, kind and submission. */
export function proposalQueuePage(store: StoreContext, filter: QueueFilter, page: { limit: number; cursor?: string }): Promise<Page<Proposal>> {
  const partition = proposalsByStatusKey(filter.status);
  const query =
    filter.state === undefined ? indexPartition(BY_LOOKUP, partition) : partitionPrefix(partition, proposalsQueuePrefix(filter.state, filter.kind), BY_LOOKUP);
  // Without a state, a kind is a filter over the queue (every state's part of it is read).
  const kind = filter.state === undefined ? filter.kind : undefined;
  return filledPage((next) => queryPage(store, query, Proposal, next), (p) => !kind || p.kind === kind, page);
}

/** What awaits review for a state (its profile shows them beside the confirmed matrix). */
export function proposalsAwaitingReview(store: StoreContext, iso3: string): Promise<Proposal[]> {
  return queryAll(store, partitionPrefix(proposalsByStatusKey('pending'), proposalsQueuePrefix(iso3), BY_LOOKUP), Proposal);
}

/** Every proposal awaiting review, of every state and kind (the matrix heat-map: one index partition). */
export function pendingProposals(store: StoreContext): Promise<Proposal[]> {
  return queryAll(store, indexPartition(BY_LOOKUP, proposalsByStatusKey('pending')), Proposal);
}

/** Every proposal a submission gave rise to (bulk decisions). */
export function proposalsOfSubmission(store: StoreContext, submissionId: string): Promise<Proposal[]> {
  return queryAll(store, indexPartition(BY_ELEMENT, proposalsOfSubmissionKey(submissionId)), Proposal);
}

/** Every decided proposal (the labelled set the review statistics and the accuracy bench read). */
export async function decidedProposals(store: StoreContext): Promise<Proposal[]> {
  const perStatus = await Promise.all(DECIDED_STATUSES.map((status) => queryAll(store, indexPartition(BY_LOOKUP, proposalsByStatusKey(status)), Proposal)));
  return perStatus.flat();
}

export function decisionsOf(store: StoreContext, id: string): Promise<Decision[]> {
  return queryAll(store, partitionPrefix(proposalKey(id), DECISION_PREFIX), Decision);
}

/**
 * Records a decision on a pending proposal: the proposal moves to its new status (and queue), and
 * the decision is kept beside it. The status condition makes a decision happen once: a second one
 * (a repeated request, two reviewers at once) is a ConflictError naming the decision already taken.
 */
export async function recordDecision(store: StoreContext, proposal: Proposal, decision: Decision): Promise<Proposal> {
  const parsed = Decision.parse(decision);
  const moved = { ...proposal, status: parsed.status };
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: proposalKey(proposal.id), SK: PROPOSAL_SORT_KEY },
        UpdateExpression: 'SET #status = :status, GSI1PK = :gsipk, GSI1SK = :gsisk, decided = :decided, decidedBy = :by, decidedAt = :at, reason = :reason',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': parsed.status,
          ':gsipk': queueKeys(moved).GSI1PK,
          ':gsisk': queueKeys(moved).GSI1SK,
          ':decided': parsed.after,
          ':by': parsed.by,
          ':at': parsed.at,
          ':reason': parsed.reason,
          ':pending': 'pending' satisfies ProposalStatus,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await putIfAbsent(store, { PK: proposalKey(proposal.id), SK: decisionSortKey(parsed.at, parsed.status), entity: 'decision', ...parsed });
    return Proposal.parse(Attributes);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      const now = await getProposal(store, proposal.id);
      if (!now) throw new NotFoundError(`Proposal ${proposal.id}`, { cause: error });
      throw new ConflictError(`Proposal ${proposal.id} is already ${now.status}${now.decidedBy ? ` (by ${now.decidedBy} at ${now.decidedAt})` : ''}.`, { cause: error });
    }
    throw error;
  }
}

/** Keeps a note beside a proposal (a state confirms, comments, or proposes a correction), whatever its status. */
export async function addReviewNote(store: StoreContext, id: string, note: ReviewNote): Promise<Proposal> {
  const { Attributes } = await store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: proposalKey(id), SK: PROPOSAL_SORT_KEY },
        UpdateExpression: 'SET notes = list_append(if_not_exists(notes, :empty), :note)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':empty': [], ':note': [ReviewNote.parse(note)] },
        ReturnValues: 'ALL_NEW',
      }),
    )
    .catch(notFoundIfConditionFails(`Proposal ${id}`));
  return Proposal.parse(Attributes);
}
