/**
 * Review of what extraction proposes: the queue, decisions one by one or in bulk, notes of a
 * state's users, and the statistics of the decisions. The secretariat reviews everything; a
 * state's users see their own state's proposals only (another state's are answered as absent),
 * decide its contact proposals (they designate their own points of contact), and leave notes.
 */
import * as z from 'zod';
import type { Principal } from '#shared/auth/principal.js';
import { ForbiddenError, NotFoundError, PortalError } from '#shared/errors.js';
import { decideProposal, maySee, requireFieldsOf, type Reviewer, type ReviewAction } from '#shared/store/proposalDecisions.js';
import { addReviewNote, Decision, decisionsOf, getProposal, Proposal, proposalQueuePage, proposalsOfSubmission, ProposalKind, ProposalStatus } from '#shared/store/proposals.js';
import { reviewStatistics, ReviewStatisticsRow } from '#shared/store/proposalStatistics.js';
import { defineRoute } from '../route.js';
import { Iso3Param, PageQuery, pageOf } from '../schemas.js';

const ProposalId = z.string().min(1).max(200);
const Reason = z.string().trim().min(1).max(2000).optional();

export function reviewerOf(principal: Principal): Reviewer {
  return { by: principal.subject, isSecretariat: principal.isSecretariat, states: principal.states };
}

export const reviewQueue = defineRoute({
  method: 'GET',
  path: '/review',
  summary: "Proposals by status (pending by default), state and kind; a state's users see their own state's only",
  access: 'authenticated',
  request: {
    query: PageQuery.extend({
      status: ProposalStatus.default('pending'),
      state: Iso3Param.optional().meta({ description: "A state's proposals (a state's users: their own, the default)" }),
      committee: z.stringbool().optional().meta({ description: 'The Committee documents\' proposals (deadlines) only' }),
      kind: ProposalKind.optional(),
    }),
  },
  response: { status: 200, body: pageOf(Proposal), description: 'One page of proposals' },
  run: async ({ deps, principal, query }) => {
    const state = query.committee ? null : (query.state ?? (principal.isSecretariat ? undefined : principal.states[0]));
    if (!principal.isSecretariat && (state === null || state === undefined || !principal.states.includes(state))) {
      throw new ForbiddenError(`This token may review ${principal.states.join(', ') || 'no state'}'s proposals only.`);
    }
    return proposalQueuePage(deps.store, { status: query.status, state, kind: query.kind }, query);
  },
});

const ProposalFile = z.object({ proposal: Proposal, decisions: z.array(Decision) }).meta({ id: 'ProposalFile' });

export const getProposalRoute = defineRoute({
  method: 'GET',
  path: '/review/{id}',
  summary: 'One proposal, with the notes beside it and every decision taken on it',
  access: 'authenticated',
  request: { path: z.object({ id: ProposalId }) },
  response: { status: 200, body: ProposalFile, description: 'The proposal and its decisions' },
  run: async ({ deps, principal, path }) => {
    const proposal = await getProposal(deps.store, path.id);
    if (!proposal || !maySee(reviewerOf(principal), proposal)) throw new NotFoundError(`Proposal ${path.id}`);
    return { proposal, decisions: await decisionsOf(deps.store, path.id) };
  },
});

const Decisions = z.union([
  z.object({ action: z.enum(['accept', 'reject']), ids: z.array(ProposalId).min(1).max(200), reason: Reason }),
  z.object({
    action: z.literal('accept'),
    submissionId: z.string().min(1).max(200).meta({ description: 'Every pending proposal of this submission…' }),
    minConfidence: z.number().min(0).max(1).optional().meta({ description: '…whose confidence is at least this' }),
    kind: ProposalKind.optional().meta({ description: '…of this kind only' }),
    reason: Reason,
  }),
]);

const DecisionOutcome = z.object({
  items: z.array(Proposal).meta({ description: 'The proposals decided, as now stored' }),
  errors: z.array(z.object({ id: z.string(), error: z.string(), message: z.string() })).meta({ description: 'The ids not decided, and why' }),
});

export const decideProposals = defineRoute({
  method: 'POST',
  path: '/review/decisions',
  summary: 'Accept or reject proposals: by id, or every pending proposal of a submission above a confidence',
  access: 'authenticated',
  request: { body: Decisions },
  response: { status: 200, body: DecisionOutcome, description: 'What was decided, and what was not' },
  run: async ({ deps, principal, body }) => {
    const reviewer = reviewerOf(principal);
    const ids = 'ids' in body ? body.ids : await bulkSelection(deps.store, reviewer, body);
    const at = deps.now().toISOString();
    const outcome: z.infer<typeof DecisionOutcome> = { items: [], errors: [] };
    for (const id of ids) {
      try {
        outcome.items.push(await decideProposal(deps.store, id, { action: body.action }, { reviewer, at, reason: body.reason }));
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        outcome.errors.push({ id, error: error.code, message: error.message });
      }
    }
    return outcome;
  },
});

async function bulkSelection(
  store: Parameters<typeof proposalsOfSubmission>[0],
  reviewer: Reviewer,
  selection: { submissionId: string; minConfidence?: number; kind?: ProposalKind },
): Promise<string[]> {
  if (!reviewer.isSecretariat) throw new ForbiddenError('Only the secretariat accepts proposals in bulk.');
  const proposals = await proposalsOfSubmission(store, selection.submissionId);
  return proposals
    .filter((p) => p.status === 'pending')
    .filter((p) => !selection.kind || p.kind === selection.kind)
    .filter((p) => selection.minConfidence === undefined || (p.confidence ?? 0) >= selection.minConfidence)
    .map((p) => p.id);
}

export const correctProposal = defineRoute({
  method: 'POST',
  path: '/review/{id}/correct',
  summary: 'Accept a proposal with corrected fields (of its `value`)',
  access: 'authenticated',
  request: {
    path: z.object({ id: ProposalId }),
    body: z.object({ set: z.record(z.string(), z.unknown()).refine((s) => Object.keys(s).length > 0, 'name at least one field'), reason: Reason }),
  },
  response: { status: 200, body: Proposal, description: 'The proposal, decided' },
  run: async ({ deps, principal, path, body }) => {
    const action: ReviewAction = { action: 'correct', set: body.set };
    return decideProposal(deps.store, path.id, action, { reviewer: reviewerOf(principal), at: deps.now().toISOString(), reason: body.reason });
  },
});

export const addNote = defineRoute({
  method: 'POST',
  path: '/review/{id}/notes',
  summary: "Confirm, comment or propose a correction beside a proposal (a state's users, on their own state's); shown to the secretariat",
  access: 'authenticated',
  request: {
    path: z.object({ id: ProposalId }),
    body: z
      .object({ kind: z.enum(['confirm', 'comment', 'correction']), text: z.string().trim().max(2000).optional(), set: z.record(z.string(), z.unknown()).optional() })
      .refine((n) => n.kind !== 'correction' || n.set !== undefined, 'a correction names the fields it sets'),
  },
  response: { status: 200, body: Proposal, description: 'The proposal with the note' },
  run: async ({ deps, principal, path, body }) => {
    const proposal = await getProposal(deps.store, path.id);
    if (!proposal || !maySee(reviewerOf(principal), proposal)) throw new NotFoundError(`Proposal ${path.id}`);
    if (body.set) requireFieldsOf(proposal, body.set);
    return addReviewNote(deps.store, path.id, {
      by: principal.subject,
      at: deps.now().toISOString(),
      kind: body.kind,
      text: body.text ?? null,
      set: body.set ?? null,
    });
  },
});

export const reviewStats = defineRoute({
  method: 'GET',
  path: '/review/stats',
  summary: "How often the extractor's proposals were accepted, corrected or rejected, per kind, element and field",
  access: 'secretariat',
  request: {},
  response: { status: 200, body: z.object({ items: z.array(ReviewStatisticsRow) }), description: 'One row per kind, element and field' },
  run: async ({ deps }) => ({ items: await reviewStatistics(deps.store) }),
});

// `/review/stats` and `/review/decisions` before `/review/{id}`, so no id shadows them.
export const reviewRoutes = [reviewQueue, reviewStats, decideProposals, getProposalRoute, correctProposal, addNote];
