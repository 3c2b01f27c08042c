/**
 * Review decisions: a person accepts, corrects or rejects a proposal, and only then does its value
 * act. Accepting (or correcting) a matrix proposal makes the cell the Committee's; a contact
 * proposal designates the contact; a deadline proposal confirms the deadline, the same act as
 * confirming it from the deadlines list.
 *
 * Order of effects, for a decision repeated after a failure: the effect first (each is idempotent:
 * the matrix cell and its history are keyed by the cell and submission, a designation of an active
 * contact changes nothing, a confirmed deadline stays confirmed), then the proposal's status, whose
 * condition (`pending`) makes the decision itself happen once.
 */
import * as z from 'zod';
import { ForbiddenError, InvalidRequestError, NotFoundError } from '../errors.js';
import { designateContact } from './contactPoints.js';
import { confirmDeadline, getDeadline, setDeadlineStatus } from './deadlines.js';
import { confirmMatrixEntry } from './matrixEntries.js';
import { getProposal, PROPOSAL_VALUES, recordDecision, type Proposal, type ProposalValue } from './proposals.js';
import type { StoreContext } from './table.js';

export interface Reviewer {
  /** Who decides, as the decision log names them (the token's subject). */
  by: string;
  isSecretariat: boolean;
  /** The states whose users the reviewer is one of. */
  states: readonly string[];
}

export type ReviewAction = { action: 'accept' } | { action: 'reject' } | { action: 'correct'; set: Record<string, unknown> };

/**
 * Who may decide what: the secretariat everything (its acceptance makes an entry the Committee's);
 * a state's users only the contact proposals of their own state (a state designates its own
 * points of contact). Anything else of another state is answered as absent.
 */
export function requireMayDecide(reviewer: Reviewer, proposal: Proposal): void {
  if (reviewer.isSecretariat) return;
  if (proposal.state === null || !reviewer.states.includes(proposal.state)) throw new NotFoundError(`Proposal ${proposal.id}`);
  if (proposal.kind !== 'contact') {
    throw new ForbiddenError(`Only the secretariat decides ${proposal.kind} proposals; a state's users confirm, comment or propose a correction.`);
  }
}

/** May this reviewer see (and leave a note on) this proposal? */
export function maySee(reviewer: Reviewer, proposal: Pick<Proposal, 'state'>): boolean {
  return reviewer.isSecretariat || (proposal.state !== null && reviewer.states.includes(proposal.state));
}

/** The proposal's value with the fields `set` names replaced; an InvalidRequestError names a field that is not one, or a value that does not fit. */
export function correctedValue(proposal: Proposal, set: Record<string, unknown>): ProposalValue {
  requireFieldsOf(proposal, set);
  const schema = PROPOSAL_VALUES[proposal.kind];
  const value = { ...proposal.value, ...Object.fromEntries(Object.entries(set).map(([field, v]) => [field, fieldValue(field, v)])) };
  const parsed = (schema as z.ZodType<ProposalValue>).safeParse(value);
  if (!parsed.success) {
    throw new InvalidRequestError(`The corrected ${proposal.kind}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** An InvalidRequestError when `set` names a field the proposal's value does not have. */
export function requireFieldsOf(proposal: Pick<Proposal, 'kind'>, set: Record<string, unknown>): void {
  const fields = Object.keys(PROPOSAL_VALUES[proposal.kind].shape);
  const unknown = Object.keys(set).filter((f) => !fields.includes(f));
  if (unknown.length > 0) throw new InvalidRequestError(`${unknown.join(', ')}: not a field of a ${proposal.kind} proposal (${fields.join(', ')}).`);
}

/** A value as the command line gives it (text) made the field's type: lists split on `;`, `null` or empty for none. */
function fieldValue(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'legalReferences') return value.split(';').map((s) => s.trim()).filter(Boolean);
  if (value === '' || value === 'null') return null;
  return value;
}

/** Decides one proposal by id, as `reviewer` may. */
export async function decideProposal(
  store: StoreContext,
  id: string,
  action: ReviewAction,
  context: { reviewer: Reviewer; at: string; reason?: string },
): Promise<Proposal> {
  const proposal = await getProposal(store, id);
  if (!proposal || !maySee(context.reviewer, proposal)) throw new NotFoundError(`Proposal ${id}`);
  requireMayDecide(context.reviewer, proposal);
  const after = action.action === 'reject' ? null : action.action === 'correct' ? correctedValue(proposal, action.set) : proposal.value;
  const status = action.action === 'reject' ? 'rejected' : action.action === 'correct' && !sameValue(after, proposal.value) ? 'corrected' : 'accepted';
  if (proposal.status === 'pending') {
    if (after) await applyDecision(store, proposal, after, context);
    else await applyRejection(store, proposal);
  }
  return recordDecision(store, proposal, {
    proposalId: id,
    status,
    by: context.reviewer.by,
    at: context.at,
    before: proposal.value,
    after,
    reason: context.reason ?? null,
  });
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function applyDecision(store: StoreContext, proposal: Proposal, value: ProposalValue, context: { reviewer: Reviewer; at: string }) {
  switch (proposal.kind) {
    case 'matrix': {
      const cell = value as ProposalValue<'matrix'>;
      await confirmMatrixEntry(store, {
        state: proposal.state!,
        element: cell.element,
        weapon: cell.weapon,
        // A row that says "no" is the state telling us the measure is missing: a gap.
        coverage: cell.measure === 'no' ? 'gap' : 'measure',
        measure: cell.measure,
        legalReferences: cell.legalReferences,
        evidence: proposal.evidence.map((e) => ({ text: e.text, ...(e.page !== null && { page: e.page }) })),
        sourceSubmissionId: proposal.submissionId,
        sourceReceivedAt: proposal.submissionReceivedAt,
        confirmedBy: context.reviewer.by,
        confirmedAt: context.at,
        proposalId: proposal.id,
      });
      return;
    }
    case 'contact':
      return designateProposedContact(store, proposal.state!, value as ProposalValue<'contact'>, { source: proposal.submissionId, at: context.at, by: context.reviewer.by });
    case 'deadline':
      return confirmProposedDeadline(store, proposal.id, value as ProposalValue<'deadline'>);
  }
}

async function applyRejection(store: StoreContext, proposal: Proposal) {
  // A rejected deadline proposal leaves the proposed list; matrix and contact proposals had no effect to undo.
  if (proposal.kind === 'deadline') await retireProposedDeadline(store, proposal.id);
}

/*
 * Adapters to the contacts and deadlines stores, kept small so that their owners may change them:
 * a contact is designated as the contacts routes designate one; a deadline is confirmed as
 * `POST /deadlines/{id}/confirm` confirms one, with the title and party as decided.
 */

function designateProposedContact(store: StoreContext, state: string, contact: ProposalValue<'contact'>, origin: { source: string; at: string; by: string }) {
  return designateContact(store, {
    state,
    name: contact.name,
    email: contact.email,
    ...(contact.role !== null && { role: contact.role }),
    language: contact.language,
    ...origin,
  });
}

/** Confirms the deadline with the proposal's title and party, as accepted or corrected (a narrower audience of that party is kept). */
async function confirmProposedDeadline(store: StoreContext, id: string, value: ProposalValue<'deadline'>): Promise<void> {
  await confirmDeadline(store, id, { title: value.title ?? undefined, concerns: value.concerns ?? undefined });
}

async function retireProposedDeadline(store: StoreContext, id: string): Promise<void> {
  const deadline = await getDeadline(store, id);
  if (deadline?.status === 'proposed') await setDeadlineStatus(store, id, 'retired');
}
