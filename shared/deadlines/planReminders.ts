/**
 * The reminder planner: for every active deadline whose ladder has a step due on `asOf`, every
 * state it concerns that has not complied, and every active contact point of that state, one
 * reminder e-mail, queued once.
 *
 * Idempotency: each reminder's key is deadline × occurrence × state × step × contact. The planner
 * creates the reminder's record with a conditional put and queues only what it created, so two
 * planners running at once for the same day (or a rerun, or a Scheduler retry) queue each e-mail
 * once. A record left `queued` by a planner that died before queueing it is queued again by a
 * later run once it is older than `requeueAfterMs`; the mailer's claim makes a repeat harmless.
 *
 * A dry run reads the same and writes nothing: the plan says who would be written to, and why.
 */
import { type ReminderKind, dueSteps } from '#shared/deadlines/reminderLadder.js';
import { activeContacts, type StateStanding } from '#shared/deadlines/compliance.js';
import { mustAct } from '#shared/deadlines/deadlineModel.js';
import { loadStateStandings } from '#shared/deadlines/stateStandings.js';
import type { UnLanguage } from '#shared/extraction/contract.js';
import type { MailQueue } from '#shared/mail/mailQueue.js';
import { listDeadlines } from '#shared/store/deadlines.js';
import type { Deadline } from '#shared/store/items.js';
import type { MailKey, MailStatus } from '#shared/store/outboundMail.js';
import { recordReminder, reminderKey, remindersOfOccurrence } from '#shared/store/reminders.js';
import { inChunks, type StoreContext } from '#shared/store/table.js';

export interface PlannerDependencies {
  store: StoreContext;
  queue: MailQueue;
  /** How many days a missed step may still be sent late. */
  catchUpDays: number;
  /** A record still `queued` after this long is queued again (its planner died before queueing it). */
  requeueAfterMs: number;
  now: () => Date;
  /** Preloaded standings (benchmarks, tests); read from the store when absent. */
  standings?: () => Promise<StateStanding[]>;
}

export interface PlanRequest {
  asOf: string;
  dryRun: boolean;
}

export interface PlannedReminder {
  deadlineId: string;
  title: string;
  occurrence: string;
  step: string;
  kind: ReminderKind;
  state: string;
  email: string;
  name: string;
  language: UnLanguage;
  /** Why this state is reminded, in the secretariat's words. */
  why: string;
  /** `new` when no record exists yet; otherwise the existing record's status. */
  status: 'new' | MailStatus;
}

export interface UnreachableState {
  deadlineId: string;
  occurrence: string;
  step: string;
  state: string;
  why: string;
}

export interface ReminderPlan {
  asOf: string;
  dryRun: boolean;
  deadlinesDue: number;
  reminders: PlannedReminder[];
  /** States that should be reminded but have no active contact point (write by note verbale). */
  unreachable: UnreachableState[];
  /** E-mails this run put on the mail queue (0 on a dry run). */
  queued: number;
}

const WRITE_PARALLELISM = 16;

export async function planReminders(deps: PlannerDependencies, request: PlanRequest): Promise<ReminderPlan> {
  const { asOf } = request;
  const due = (await listDeadlines(deps.store, 'active'))
    .filter((deadline) => deadline.appliesTo.kind !== 'committee')
    .flatMap((deadline) => dueSteps(deadline, asOf, deps.catchUpDays).map((step) => ({ deadline, step })));
  const plan: ReminderPlan = { asOf, dryRun: request.dryRun, deadlinesDue: due.length, reminders: [], unreachable: [], queued: 0 };
  if (due.length === 0) return plan;

  const [standings, existing] = await Promise.all([
    (deps.standings ?? (() => loadStateStandings(deps.store)))(),
    Promise.all(due.map(({ deadline, step }) => remindersOfOccurrence(deps.store, deadline.id, step.occurrence))),
  ]);
  const statusByKey = new Map(existing.flat().map((r) => [r.SK, r]));

  for (const { deadline, step } of due) {
    for (const standing of standings) {
      if (!mustAct(deadline, standing, step, asOf)) continue;
      const why = reason(deadline, step.opensOn);
      const contacts = activeContacts(standing);
      if (contacts.length === 0) {
        plan.unreachable.push({ deadlineId: deadline.id, occurrence: step.occurrence, step: step.step, state: standing.iso3, why });
        continue;
      }
      for (const contact of contacts) {
        const key = reminderKey({ deadlineId: deadline.id, occurrence: step.occurrence, state: standing.iso3, step: step.step, email: contact.email });
        plan.reminders.push({
          deadlineId: deadline.id,
          title: deadline.title,
          occurrence: step.occurrence,
          step: step.step,
          kind: step.kind,
          state: standing.iso3,
          email: contact.email,
          name: contact.name,
          language: contact.language,
          why,
          status: statusByKey.get(key.SK)?.status ?? 'new',
        });
      }
    }
  }
  if (request.dryRun) return plan;

  const now = deps.now();
  const toQueue: MailKey[] = [];
  const stale = now.getTime() - deps.requeueAfterMs;
  for (const r of plan.reminders) {
    const record = statusByKey.get(reminderKey({ ...r }).SK);
    if (record?.status === 'queued' && Date.parse(record.queuedAt) < stale) toQueue.push({ PK: record.PK, SK: record.SK });
  }
  const deadlines = new Map(due.map(({ deadline }) => [deadline.id, deadline]));
  const fresh = plan.reminders.filter((r) => r.status === 'new');
  for (const chunk of inChunks(fresh, WRITE_PARALLELISM)) {
    const outcomes = await Promise.all(chunk.map((r) => createReminder(deps.store, deadlines.get(r.deadlineId)!, r, now)));
    chunk.forEach((r, i) => {
      if (outcomes[i] === 'created') toQueue.push(reminderKey({ ...r }));
      else r.status = 'queued'; // another planner created it a moment ago; it queues it
    });
  }
  await deps.queue.enqueue(toQueue);
  plan.queued = toQueue.length;
  return plan;
}

function createReminder(store: StoreContext, deadline: Deadline, r: PlannedReminder, now: Date) {
  const offsetDays = Number(r.step.slice(1));
  return recordReminder(store, { ...r }, {
    kind: r.kind,
    state: r.state,
    recipient: { email: r.email, name: r.name, language: r.language },
    status: 'queued',
    queuedAt: now.toISOString(),
    reminder: {
      deadlineId: deadline.id,
      occurrence: r.occurrence,
      step: r.step,
      offsetDays,
      title: deadline.title,
      titles: deadline.titles,
      precision: deadline.precision,
    },
  });
}

function reason(deadline: Deadline, opensOn: string | null): string {
  const audience = deadline.appliesTo.kind === 'rule' ? `${deadline.appliesTo.rule.replaceAll('_', ' ')}; ` : '';
  const satisfaction = deadline.satisfiedBy;
  if (!satisfaction) return `${audience}deadline applies (nothing discharges it automatically)`;
  if (satisfaction.kind === 'contact_designated') return `${audience}no active point of contact`;
  return `${audience}no ${satisfaction.reportTypes.join(' or ')} received${opensOn ? ` since ${opensOn}` : ''}`;
}
