/**
 * Planner handler, run daily by EventBridge Scheduler (and on demand). The event may name the day
 * (`asOf`, YYYY-MM-DD; default: today in UTC) and ask for a dry run, which returns the plan and
 * queues nothing. Scheduler delivers at least once: the planner's conditional puts make a repeat
 * queue nothing new (see `planReminders`).
 *
 * The states and standing deadlines it plans over are seeded at deployment (see `functions/seeder`).
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import type { AwsClients } from '#shared/aws/clients.js';
import { IsoDate } from '#shared/extraction/contract.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { logger } from '#shared/lambda/powertools.js';
import { sqsMailQueue, type MailQueue } from '#shared/mail/mailQueue.js';
import { planReminders, type PlannerDependencies, type ReminderPlan } from '#shared/deadlines/planReminders.js';
import { PlanningSettings, type plannerFunction } from './function.js';

/** The Scheduler's input (its `Input` JSON), or a console test event; every field optional. */
export const PlannerEvent = z
  .object({ asOf: IsoDate.optional(), dryRun: z.boolean().optional() })
  .loose()
  .catch({});

export async function runPlanner(deps: PlannerDependencies, event: unknown): Promise<ReminderPlan> {
  const request = PlannerEvent.parse(event ?? {});
  const asOf = request.asOf ?? deps.now().toISOString().slice(0, 10);
  const plan = await planReminders(deps, { asOf, dryRun: request.dryRun ?? false });
  // Counts only: the plan names contact addresses, which never go to the logs.
  logger.info('reminders planned', {
    asOf,
    dryRun: plan.dryRun,
    deadlinesDue: plan.deadlinesDue,
    reminders: plan.reminders.length,
    queued: plan.queued,
    unreachableStates: plan.unreachable.length,
    digestEntries: plan.digest.length,
    ...(plan.calendar && { calendarMonthsAhead: plan.calendar.monthsAhead, calendarShort: plan.calendar.short }),
  });
  return plan;
}

export function createHandler(deps: PlannerDependencies) {
  return middy(async (event: unknown, _context: Context) => runPlanner(deps, event)).use(injectLambdaContext(logger));
}

/** The planner's dependencies from its settings (see `function.ts`) and clients. */
export function dependenciesFrom(settings: SettingsOf<typeof plannerFunction>, clients: Pick<AwsClients, 'db' | 'sqs'>): PlannerDependencies {
  return planningDependencies(settings, clients.db, sqsMailQueue(clients.sqs, settings.MAIL_QUEUE_URL));
}

/**
 * The same over any mail queue: the command line's dry run plans with the planner's settings and
 * queues nothing. Its settings: the planner's schema without the queue (`PlanningSettings`).
 */
export function planningDependencies(settings: z.infer<typeof PlanningSettings>, db: AwsClients['db'], queue: MailQueue): PlannerDependencies {
  return {
    store: { db, tableName: settings.TABLE_NAME },
    queue,
    catchUpDays: settings.REMINDER_CATCH_UP_DAYS,
    requeueAfterMs: settings.REMINDER_REQUEUE_AFTER_MINUTES * 60_000,
    secretariatAddress: settings.SECRETARIAT_ADDRESS,
    now: () => new Date(),
  };
}
