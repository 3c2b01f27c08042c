/**
 * Reminders: those recorded (by deadline, one occurrence of it, or by state), the addresses they
 * cannot reach (bounced or complained, across every party), and a preview of what the planner
 * would send on a given day: its dry run, which reads the same and writes nothing.
 */
import * as z from 'zod';
import { IsoDate } from '#shared/extraction/contract.js';
import { parseReminderKey } from '#shared/store/keys.js';
import { listSuppressedContacts } from '#shared/store/contactPoints.js';
import { ContactPoint } from '#shared/store/items.js';
import { OutboundMail } from '#shared/store/outboundMail.js';
import { listRemindersByDeadline, listRemindersByState } from '#shared/store/reminders.js';
import { planReminders } from '#shared/deadlines/planReminders.js';
import { defineRoute } from '../route.js';
import { Iso3Param, OrganizationIdParam, PageQuery, pageOf } from '../schemas.js';

const ReminderQuery = PageQuery.extend({
  deadline: z.string().min(1).max(200).optional().meta({ description: 'A deadline id' }),
  occurrence: IsoDate.optional().meta({ description: "One occurrence of the deadline (its due date); needs `deadline`" }),
  state: Iso3Param.optional(),
  organization: OrganizationIdParam.optional().meta({ description: "An organization's reminders (instead of a state's)" }),
})
  .refine((q) => !(q.state && q.organization), { message: 'name a state or an organization, not both', path: ['organization'] })
  // A reminder's key and index hold the party it went to, a state's code or an organization's id alike.
  .transform(({ organization, ...q }) => ({ ...q, party: q.state ?? organization }))
  .refine((q) => q.deadline || q.party, { message: 'name a deadline, a state or organization, or both', path: ['deadline'] })
  .refine((q) => !q.occurrence || q.deadline, { message: 'an occurrence needs its deadline', path: ['occurrence'] });

const Reminder = OutboundMail.extend({ deadlineId: z.string(), occurrence: z.string() }).meta({ id: 'Reminder' });

export const listReminders = defineRoute({
  method: 'GET',
  path: '/reminders',
  summary: "Reminders recorded for a deadline (or one occurrence of it), for a state or an organization, or for one party's deadline",
  access: 'secretariat',
  request: { query: ReminderQuery },
  response: { status: 200, body: pageOf(Reminder), description: 'One page of reminders' },
  run: async ({ deps, query }) => {
    // Deadline (and occurrence): the deadline's partition. State alone: the state's index partition.
    // A deadline and a state without occurrence: the state's reminders (a few dozen) for that deadline.
    const page =
      query.deadline && (!query.party || query.occurrence)
        ? await listRemindersByDeadline(deps.store, query.deadline, { occurrence: query.occurrence, state: query.party, limit: query.limit, cursor: query.cursor })
        : await listRemindersByState(deps.store, query.party ?? '', { limit: query.limit, cursor: query.cursor });
    const items = page.items
      .map(({ PK, SK, ...mail }) => {
        const key = parseReminderKey({ PK, SK });
        return { ...mail, deadlineId: key.deadlineId, occurrence: mail.reminder?.occurrence ?? key.occurrence };
      })
      .filter((r) => !query.deadline || r.deadlineId === query.deadline);
    return { items, cursor: page.cursor };
  },
});

/**
 * Why the suppressed addresses and not "recent reminders across deadlines": reminders are keyed by
 * deadline and indexed by party, so the latest ones across all of them would read every deadline's
 * partition or every party's. A bounce or complaint is kept on the contact itself (every later
 * reminder to it is suppressed), and the contacts in that state are listed in a sparse index by
 * when it happened: one bounded query, newest first, whatever the number of deadlines and parties.
 */
export const listUnreachableAddresses = defineRoute({
  method: 'GET',
  path: '/reminders/unreachable',
  summary:
    "Contact points no reminder reaches any more: bounced or complained (SES feedback), every state's and organization's, the latest first",
  access: 'secretariat',
  request: { query: PageQuery },
  response: { status: 200, body: pageOf(ContactPoint), description: 'One page of suppressed contact points (`updatedAt`: when)' },
  run: async ({ deps, query }) => listSuppressedContacts(deps.store, query),
});

export const previewReminders = defineRoute({
  method: 'POST',
  path: '/reminders/preview',
  summary: "What the planner would send on a day (default today): its dry run, nothing is written or queued",
  access: 'secretariat',
  request: { query: z.object({ asOf: IsoDate.optional().meta({ description: 'The day to plan for (YYYY-MM-DD)' }) }) },
  response: { status: 200, description: 'The plan: reminders with recipient and reason, unreachable states' },
  run: async ({ deps, query }) =>
    planReminders(
      {
        store: deps.store,
        queue: { enqueue: async () => Promise.reject(new Error('a preview queues nothing')) },
        catchUpDays: deps.reminders.catchUpDays,
        requeueAfterMs: 0,
        now: deps.now,
      },
      { asOf: query.asOf ?? deps.now().toISOString().slice(0, 10), dryRun: true },
    ),
});

export const reminderRoutes = [listReminders, listUnreachableAddresses, previewReminders];
