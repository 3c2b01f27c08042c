/**
 * The reminder planner: for every active deadline whose ladder has a step due on `asOf`, every
 * party it concerns that has not complied (member states for a deadline that concerns states,
 * organizations for one that concerns organizations), and every active contact point of that
 * party, one reminder e-mail, queued once. The Committee's and the Secretariat's own tasks remind
 * no one: those due or overdue that day go to one daily digest to the secretariat's address.
 *
 * Idempotency: each reminder's key is deadline × occurrence × state × step × contact. The planner
 * creates the reminder's record with a conditional put and queues only what it created, so two
 * planners running at once for the same day (or a rerun, or a Scheduler retry) queue each e-mail
 * once. A record left `queued` by a planner that died before queueing it is queued again by a
 * later run once it is older than `requeueAfterMs`; the mailer's claim makes a repeat harmless.
 *
 * On the first of each month it also reminds the secretariat's address to keep the outreach
 * calendar at least six months ahead, saying how far it reaches: one mail per month, its record's
 * key the month (`CALENDAR_REMINDER#<yyyy-mm>`), created and requeued like the digest; a planner
 * that missed the first sends it within the catch-up days that follow.
 *
 * A dry run reads the same and writes nothing: the plan says who would be written to, and why.
 */
import { type ReminderKind, dueSteps } from '#shared/deadlines/reminderLadder.js';
import { activeContacts, type StateStanding } from '#shared/deadlines/compliance.js';
import { mustAct } from '#shared/deadlines/deadlineModel.js';
import { loadStateStandings } from '#shared/deadlines/stateStandings.js';
import type { UnLanguage } from '#shared/extraction/contract.js';
import type { MailQueue } from '#shared/mail/mailQueue.js';
import { concernsOf, listDeadlines } from '#shared/store/deadlines.js';
import type { ContactPoint, Deadline } from '#shared/store/items.js';
import { calendarReminderKey, DIGEST_SORT_KEY, digestKey } from '#shared/store/keys.js';
import { getMail, recordMail, type CalendarFacts, type DigestFacts, type MailKey, type MailStatus, type OutboundMailInput } from '#shared/store/outboundMail.js';
import { calendarReach } from '#shared/store/outreachEvents.js';
import { addMonths } from './calendar.js';
import { listOrganizationStandings, type OrganizationStanding } from '#shared/store/organizations.js';
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
  /** Where the daily digest of the Committee's and the Secretariat's tasks goes; none is sent without it. */
  secretariatAddress?: string;
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
  /** Exactly one of `state` (a member state's contact) and `organization` (an organization's). */
  state?: string;
  organization?: string;
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
  /** Exactly one of `state` and `organization`. */
  state?: string;
  organization?: string;
  why: string;
}

/** A Committee or Secretariat task due (offset 0) or overdue on the plan's day. */
export type DigestEntry = DigestFacts['entries'][number];

export interface ReminderPlan {
  asOf: string;
  dryRun: boolean;
  deadlinesDue: number;
  reminders: PlannedReminder[];
  /** States and organizations that should be reminded but have no active contact point (write by note verbale). */
  unreachable: UnreachableState[];
  /** The secretariat's digest of the day: the Committee's and the Secretariat's tasks due or overdue. */
  digest: DigestEntry[];
  /** On the first of a month (or within the catch-up days after it): how far the outreach calendar reaches (the secretariat is reminded to keep it ahead). */
  calendar: CalendarFacts | null;
  /** E-mails this run put on the mail queue (0 on a dry run), the digest included. */
  queued: number;
}

const WRITE_PARALLELISM = 16;

export async function planReminders(deps: PlannerDependencies, request: PlanRequest): Promise<ReminderPlan> {
  const { asOf } = request;
  const allDue = (await listDeadlines(deps.store, 'active')).flatMap((deadline) =>
    dueSteps(deadline, asOf, deps.catchUpDays).map((step) => ({ deadline, step, concerns: concernsOf(deadline.appliesTo) })),
  );
  const due = allDue.filter((d) => d.concerns === 'states' || d.concerns === 'organizations');
  const digest = allDue.flatMap(({ deadline, step, concerns }): DigestEntry[] =>
    (concerns === 'committee' || concerns === 'secretariat') && step.offsetDays >= 0
      ? [{ deadlineId: deadline.id, title: deadline.title, concerns, occurrence: step.occurrence, precision: deadline.precision, step: step.step, offsetDays: step.offsetDays }]
      : [],
  );
  // The first of the month, or a day within the catch-up window after it when the planner missed
  // the first (the month's key makes it one mail whichever day sends it).
  const calendar = Number(asOf.slice(8, 10)) <= 1 + deps.catchUpDays ? await calendarFacts(deps.store, asOf) : null;
  const plan: ReminderPlan = { asOf, dryRun: request.dryRun, deadlinesDue: due.length, reminders: [], unreachable: [], digest, calendar, queued: 0 };
  if (due.length === 0 && digest.length === 0 && !calendar) return plan;

  const [standings, organizations, existing] = await Promise.all([
    due.some((d) => d.concerns === 'states') ? (deps.standings ?? (() => loadStateStandings(deps.store)))() : [],
    due.some((d) => d.concerns === 'organizations') ? listOrganizationStandings(deps.store) : [],
    Promise.all(due.map(({ deadline, step }) => remindersOfOccurrence(deps.store, deadline.id, step.occurrence))),
  ]);
  const statusByKey = new Map(existing.flat().map((r) => [r.SK, r]));

  /** One reminder per active contact of a party, or the party unreachable. */
  const remind = (deadline: Deadline, step: (typeof due)[number]['step'], party: { state: string } | { organization: string }, contacts: ContactPoint[], why: string) => {
    const code = 'state' in party ? party.state : party.organization;
    if (contacts.length === 0) {
      plan.unreachable.push({ deadlineId: deadline.id, occurrence: step.occurrence, step: step.step, ...party, why });
      return;
    }
    for (const contact of contacts) {
      const key = reminderKey({ deadlineId: deadline.id, occurrence: step.occurrence, state: code, step: step.step, email: contact.email });
      plan.reminders.push({
        deadlineId: deadline.id,
        title: deadline.title,
        occurrence: step.occurrence,
        step: step.step,
        kind: step.kind,
        ...party,
        email: contact.email,
        name: contact.name,
        language: contact.language,
        why,
        status: statusByKey.get(key.SK)?.status ?? 'new',
      });
    }
  };

  for (const { deadline, step, concerns } of due) {
    if (concerns === 'organizations') {
      for (const organization of organizations) {
        if (!concernsOrganization(deadline, organization) || organizationHasComplied(deadline, organization)) continue;
        remind(deadline, step, { organization: organization.id }, organization.contacts.filter((c) => c.status === 'active'), reason(deadline, step.opensOn));
      }
      continue;
    }
    for (const standing of standings) {
      if (!mustAct(deadline, standing, step, asOf)) continue;
      remind(deadline, step, { state: standing.iso3 }, activeContacts(standing), reason(deadline, step.opensOn));
    }
  }
  if (request.dryRun) return plan;

  const now = deps.now();
  const toQueue: MailKey[] = [];
  const stale = now.getTime() - deps.requeueAfterMs;
  for (const r of plan.reminders) {
    const record = statusByKey.get(plannedReminderKey(r).SK);
    if (record?.status === 'queued' && Date.parse(record.queuedAt) < stale) toQueue.push({ PK: record.PK, SK: record.SK });
  }
  const deadlines = new Map(due.map(({ deadline }) => [deadline.id, deadline]));
  const fresh = plan.reminders.filter((r) => r.status === 'new');
  for (const chunk of inChunks(fresh, WRITE_PARALLELISM)) {
    const outcomes = await Promise.all(chunk.map((r) => createReminder(deps.store, deadlines.get(r.deadlineId)!, r, now)));
    chunk.forEach((r, i) => {
      if (outcomes[i] === 'created') toQueue.push(plannedReminderKey(r));
      else r.status = 'queued'; // another planner created it a moment ago; it queues it
    });
  }
  for (const secretariatMail of [await digestMail(deps, plan, now), await calendarReminderMail(deps, plan, now)]) {
    if (secretariatMail) toQueue.push(secretariatMail);
  }
  await deps.queue.enqueue(toQueue);
  plan.queued = toQueue.length;
  return plan;
}

/** A reminder's key names its party in one place: a state's code or an organization's id (never a state's code: see `organizations.ts`). */
const identityOf = (r: PlannedReminder) => ({ ...r, state: r.state ?? r.organization ?? '' });

/** The key of a planned reminder's record. */
export const plannedReminderKey = (r: PlannedReminder): MailKey => reminderKey(identityOf(r));

export function concernsOrganization(deadline: Deadline, organization: OrganizationStanding): boolean {
  const audience = deadline.appliesTo;
  return audience.kind === 'organizations' && (!audience.organizations || audience.organizations.includes(organization.id));
}

/** Organizations submit no reports: only a designated contact point discharges a deadline for one. */
function organizationHasComplied(deadline: Deadline, organization: OrganizationStanding): boolean {
  return deadline.satisfiedBy?.kind === 'contact_designated' && organization.contacts.some((c) => c.status === 'active');
}

/** The programme of work asks for the outreach calendar to be kept this far ahead. */
export const CALENDAR_MONTHS_WANTED = 6;

/** How far the outreach calendar reaches on `asOf`, in whole months. */
export async function calendarFacts(store: StoreContext, asOf: string): Promise<CalendarFacts> {
  const reachesUntil = await calendarReach(store);
  let monthsAhead = 0;
  while (reachesUntil && addMonths(asOf, monthsAhead + 1) <= reachesUntil) monthsAhead += 1;
  return { asOf, reachesUntil, monthsAhead, monthsWanted: CALENDAR_MONTHS_WANTED, short: monthsAhead < CALENDAR_MONTHS_WANTED };
}

/**
 * The day's digest, once: its record's key is the day (`DIGEST#<asOf>`), created with a
 * conditional put like a reminder's, and queued again when a planner died before queueing it.
 * Nothing without entries or without the secretariat's address.
 */
function digestMail(deps: PlannerDependencies, plan: ReminderPlan, now: Date): Promise<MailKey | undefined> {
  if (plan.digest.length === 0) return Promise.resolve(undefined);
  return secretariatMail(deps, { PK: digestKey(plan.asOf), SK: DIGEST_SORT_KEY }, { kind: 'digest', digest: { asOf: plan.asOf, entries: plan.digest } }, now);
}

/** The month's calendar reminder, once: its record's key is the month, whichever day of it the planner ran first. */
function calendarReminderMail(deps: PlannerDependencies, plan: ReminderPlan, now: Date): Promise<MailKey | undefined> {
  if (!plan.calendar) return Promise.resolve(undefined);
  return secretariatMail(deps, { PK: calendarReminderKey(plan.asOf.slice(0, 7)), SK: DIGEST_SORT_KEY }, { kind: 'calendar', calendar: plan.calendar }, now);
}

/**
 * A mail to the secretariat's own address, created once under `key` (a conditional put) and queued
 * by whoever created it, or again when its planner died before queueing it. None without the address.
 */
async function secretariatMail(
  deps: PlannerDependencies,
  key: MailKey,
  content: Pick<OutboundMailInput, 'kind' | 'digest' | 'calendar'>,
  now: Date,
): Promise<MailKey | undefined> {
  if (!deps.secretariatAddress) return undefined;
  const created = await recordMail(deps.store, key, {
    ...content,
    recipient: { email: deps.secretariatAddress, name: 'Secretariat of the 1540 Committee', language: 'en', addressedAs: 'secretariat' },
    status: 'queued',
    queuedAt: now.toISOString(),
  });
  if (created === 'created') return key;
  const existing = await getMail(deps.store, key);
  return existing?.status === 'queued' && Date.parse(existing.queuedAt) < now.getTime() - deps.requeueAfterMs ? key : undefined;
}

function createReminder(store: StoreContext, deadline: Deadline, r: PlannedReminder, now: Date) {
  const offsetDays = Number(r.step.slice(1));
  return recordReminder(store, identityOf(r), {
    kind: r.kind,
    ...(r.state ? { state: r.state } : { organization: r.organization }),
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
