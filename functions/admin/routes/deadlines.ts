/** Deadlines: the lists by status, a new one entered by the secretariat, confirming a proposed one. */
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { ConflictError, NotFoundError } from '#shared/errors.js';
import { IsoDate, UnLanguage } from '#shared/extraction/contract.js';
import { getDeadline, listDeadlines, recordDeadline, setDeadlineStatus } from '#shared/store/deadlines.js';
import { Deadline, DeadlineAudience, DeadlineSatisfaction, DeadlineStatus, ReminderLadder } from '#shared/store/items.js';
import { defineRoute } from '../route.js';

export const listDeadlinesRoute = defineRoute({
  method: 'GET',
  path: '/deadlines',
  summary: 'Deadlines with a status (active by default), by due date',
  access: 'secretariat',
  request: { query: z.object({ status: DeadlineStatus.default('active') }) },
  response: { status: 200, body: z.object({ items: z.array(Deadline) }), description: 'The deadlines' },
  run: async ({ deps, query }) => ({ items: await listDeadlines(deps.store, query.status) }),
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
  response: { status: 201, body: Deadline, description: 'The deadline as stored' },
  run: async ({ deps, body }) => {
    const id = `manual-${randomUUID()}`;
    await recordDeadline(deps.store, { ...body, id, status: 'active', source: 'manual', createdAt: deps.now().toISOString() });
    return Response.json(await getDeadline(deps.store, id), { status: 201 });
  },
});

export const confirmDeadline = defineRoute({
  method: 'POST',
  path: '/deadlines/{id}/confirm',
  summary: 'Confirm a proposed deadline (read from a Committee document): proposed → active',
  access: 'secretariat',
  request: { path: z.object({ id: z.string().min(1).max(200) }) },
  response: { status: 200, body: Deadline, description: 'The deadline, now active' },
  run: async ({ deps, path }) => {
    const deadline = await getDeadline(deps.store, path.id);
    if (!deadline) throw new NotFoundError(`Deadline ${path.id}`);
    if (deadline.status === 'active') return deadline;
    if (deadline.status !== 'proposed') throw new ConflictError(`Deadline ${path.id} is ${deadline.status}; only a proposed deadline can be confirmed.`);
    await setDeadlineStatus(deps.store, path.id, 'active');
    return { ...deadline, status: 'active' };
  },
});

export const deadlineRoutes = [listDeadlinesRoute, createDeadline, confirmDeadline];
