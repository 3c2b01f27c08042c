import { parseArgs } from 'node:util';
import { PlanningSettings } from '#functions/planner/function.js';
import { planningDependencies } from '#functions/planner/handler.js';
import { readEnvironment } from '#shared/config/environment.js';
import { planReminders } from '#shared/deadlines/planReminders.js';
import { IsoDate } from '#shared/extraction/contract.js';
import { sqsMailQueue, type MailQueue } from '#shared/mail/mailQueue.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';
import { connectToPortal } from './portalConnection.js';

export const REMIND_USAGE = 'remind [--as-of YYYY-MM-DD] [--dry-run] [--json]';

/**
 * Runs the reminder planner as of a day (today, UTC, unless --as-of names one): with --dry-run,
 * who would be written to and why, and the secretariat's digest (nothing is queued); without, the
 * reminders are queued for the mailer like the daily run does, and a second run for the same day
 * queues nothing new. --json prints the plan: `reminders[]` (each with `deadlineId` and exactly one
 * of `state` or `organization`), `unreachable[]` and `digest[]`.
 */
export async function runRemindCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const asOf = IsoDate.safeParse(values['as-of'] ?? new Date().toISOString().slice(0, 10));
  if (!asOf.success) throw new UsageError(`usage: ${REMIND_USAGE} (a calendar date, e.g. 2026-01-02)`);
  const dryRun = values['dry-run'] ?? false;
  const portal = connectToPortal();
  try {
    // The planner's own settings and dependencies, its schema's defaults included; a dry run queues nothing.
    const settings = readEnvironment(PlanningSettings, { TABLE_NAME: portal.tableName, SECRETARIAT_ADDRESS: portal.secretariatAddress });
    const queue: MailQueue = dryRun ? { enqueue: async () => undefined } : sqsMailQueue(portal.clients.sqs, await portal.mailQueueUrl());
    const plan = await planReminders(planningDependencies(settings, portal.clients.db, queue), { asOf: asOf.data, dryRun });
    if (values.json) {
      printJson(io, plan);
      return 0;
    }
    if (plan.reminders.length > 0) {
      printTable(
        io,
        ['PARTY', 'DEADLINE', 'OCCURRENCE', 'STEP', 'KIND', 'LANG', 'CONTACT', 'STATUS', 'WHY'],
        plan.reminders.map((r) => [r.state ?? r.organization ?? '', r.deadlineId, r.occurrence, r.step, r.kind, r.language, r.email, r.status, r.why]),
      );
    }
    if (plan.digest.length > 0) {
      io.stdout("The secretariat's digest (the Committee's and the Secretariat's tasks due or overdue):\n");
      printTable(
        io,
        ['WHO', 'DEADLINE', 'OCCURRENCE', 'STEP', 'TITLE'],
        plan.digest.map((e) => [e.concerns, e.deadlineId, e.occurrence, e.step, e.title]),
      );
    }
    if (plan.calendar) {
      const { reachesUntil, monthsAhead, monthsWanted, short } = plan.calendar;
      io.stdout(
        `The secretariat's monthly calendar reminder: the outreach calendar reaches ${reachesUntil ?? 'no scheduled event'}` +
          ` (${monthsAhead} month(s) ahead${short ? `, under the ${monthsWanted} wanted` : ''})\n`,
      );
    }
    const fresh = plan.reminders.filter((r) => r.status === 'new').length;
    io.stdout(
      `${plan.reminders.length} reminder(s) due as of ${plan.asOf}, ${fresh} not yet sent; ` +
        `${dryRun ? 'dry run: nothing queued' : `${plan.queued} queued for sending`}; ` +
        `${plan.unreachable.length} reminder(s) to a state or organization without an active point of contact; ` +
        `${plan.digest.length} task(s) in the secretariat's digest\n`,
    );
    return 0;
  } finally {
    portal.close();
  }
}
