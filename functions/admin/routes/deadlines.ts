/**
 * Deadlines: the lists by status, a new one entered by the secretariat, confirming a proposed one
 * with who must act corrected. Each deadline is answered with `concerns`, the party its audience
 * (`appliesTo`) names.
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { DeadlineConcerns, IsoDate, UnLanguage } from '#shared/extraction/contract.js';
import { concernsOf, confirmDeadline, getDeadline, listDeadlines, recordDeadline } from '#shared/store/deadlines.js';
import { decideProposal, type ReviewAction } from '#shared/store/proposalDecisions.js';
import { getProposal } from '#shared/store/proposals.js';
import { Deadline, DeadlineAudience, DeadlineSatisfaction, DeadlineStatus, ReminderLadder } from '#shared/store/items.js';
import { requireOrganizations } from '#shared/store/organizations.js';
import { concernsState } from '#shared/deadlines/compliance.js';
import { firstOpenOccurrence, occurrencesInForce } from '#shared/deadlines/deadlineModel.js';
import { standingsOf } from '#shared/deadlines/stateStandings.js';
import { InvalidRequestError, NotFoundError } from '#shared/errors.js';
import { getStateRecord } from '#shared/store/stateProfiles.js';
import { requireActsFor, requireSecretariat } from '../access.js';
import { defineRoute } from '../route.js';
import { Iso3Param } from '../schemas.js';
import { reviewerOf } from './review.js';

const DeadlineView = Deadline.extend({
  concerns: DeadlineConcerns.meta({ description: 'Who must act: the party `appliesTo` names' }),
}).meta({ id: 'Deadline' });
const view = (deadline: Deadline) => ({ ...deadline, concerns: concernsOf(deadline.appliesTo) });

const StateStatus = z
  .object({
    dueDate: z.string().meta({ description: 'The occurrence the state must act on (a recurring deadline\'s current one)' }),
    status: z.enum(['open', 'due', 'overdue', 'complied_with']),
  })
  .meta({ description: 'Only with `state`: where that state stands on the deadline today' });

export const listDeadlinesRoute = defineRoute({
  method: 'GET',
  path: '/deadlines',
  summary:
    "Deadlines with a status (active by default), by due date; with `state`, the active deadlines that concern that state and where it stands " +
    "(a state's users: their own state only, and only so)",
  access: 'authenticated',
  request: {
    query: z.object({
      status: DeadlineStatus.default('active'),
      state: Iso3Param.optional().meta({ description: 'The active deadlines that concern this state, each with where it stands' }),
    }),
  },
  response: {
    status: 200,
    body: z.object({ items: z.array(DeadlineView.extend({ forState: StateStatus.optional() })), next: z.string().nullable() }),
    description: 'The deadlines',
  },
  run: async ({ deps, principal, query }) => {
    if (!query.state) {
      requireSecretariat(principal);
      return { items: (await listDeadlines(deps.store, query.status)).map(view), next: null };
    }
    requireActsFor(principal, query.state);
    if (query.status !== 'active') throw new InvalidRequestError("A state's deadlines are the active ones: leave out \"status\" with \"state\".");
    const profile = await getStateRecord(deps.store, query.state);
    if (!profile) throw new NotFoundError(`State ${query.state}`);
    const today = deps.now().toISOString().slice(0, 10);
    const [deadlines, [standing]] = await Promise.all([listDeadlines(deps.store, 'active'), standingsOf(deps.store, [profile])]);
    const items = deadlines.flatMap((deadline) => {
      if (!standing || !concernsState(deadline, standing)) return [];
      const open = firstOpenOccurrence(deadline, standing, today);
      const forState = open
        ? { dueDate: open.occurrence, status: open.status }
        : { dueDate: occurrencesInForce(deadline, today).at(-1)?.occurrence ?? deadline.dueDate, status: 'complied_with' as const };
      return [{ ...view(deadline), forState }];
    });
    return { items, next: null };
  },
});

const NewDeadline = z.object({
  title: z.string().trim().min(1).max(300),
  dueDate: IsoDate,
  precision: z.enum(['day', 'month']).default('day'),
  recurrence: z.enum(['yearly', 'monthly']).nullable().default(null),
  appliesTo: DeadlineAudience.optional(),
  satisfiedBy: DeadlineSatisfaction.nullable().optional(),
  ladder: ReminderLadder.optional(),
  titles: z.partialRecord(UnLanguage, z.string().max(300)).optional(),
  evidence: z.string().max(2000).optional(),
});

export const createDeadline = defineRoute({
  method: 'POST',
  path: '/deadlines',
  summary: 'Enter a deadline; entered by the secretariat, it is active at once',
  access: 'secretariat',
  request: { body: NewDeadline },
  response: { status: 201, body: DeadlineView, description: 'The deadline as stored' },
  run: async ({ deps, body }) => {
    if (body.appliesTo?.kind === 'organizations' && body.appliesTo.organizations) await requireOrganizations(deps.store, body.appliesTo.organizations);
    const id = `manual-${randomUUID()}`;
    await recordDeadline(deps.store, { ...body, id, status: 'active', source: 'manual', createdAt: deps.now().toISOString() });
    return Response.json(view((await getDeadline(deps.store, id))!), { status: 201 });
  },
});

export const confirmDeadlineRoute = defineRoute({
  method: 'POST',
  path: '/deadlines/{id}/confirm',
  summary:
    'Confirm a proposed deadline (read from a Committee document): proposed → active, correcting its title and who must act ' +
    '(`concerns`, or a narrower `appliesTo`); an active one may be corrected the same way',
  access: 'secretariat',
  request: {
    path: z.object({ id: z.string().min(1).max(200) }),
    // No body at all (the router hands it over as '') corrects nothing.
    body: z.preprocess(
      (body) => (body === '' || body === undefined ? {} : body),
      z.object({
        title: z.string().trim().min(1).max(300).optional(),
        concerns: DeadlineConcerns.optional(),
        appliesTo: DeadlineAudience.optional(),
      }),
    ),
  },
  response: { status: 200, body: DeadlineView, description: 'The deadline, now active' },
  run: async ({ deps, principal, path, body }) => {
    // A deadline read from a Committee document is also a proposal in the review queue: confirming
    // it here is accepting (or correcting) that proposal, recorded as a decision like any other.
    const proposal = await getProposal(deps.store, path.id);
    if (proposal?.status === 'pending') {
      const set = Object.fromEntries(Object.entries({ title: body.title, concerns: body.concerns }).filter(([, v]) => v !== undefined));
      const action: ReviewAction = Object.keys(set).length > 0 ? { action: 'correct', set } : { action: 'accept' };
      await decideProposal(deps.store, path.id, action, { reviewer: reviewerOf(principal), at: deps.now().toISOString() });
      if (!body.appliesTo) return view((await getDeadline(deps.store, path.id))!);
    }
    return view(await confirmDeadline(deps.store, path.id, body));
  },
});

export const deadlineRoutes = [listDeadlinesRoute, createDeadline, confirmDeadlineRoute];
