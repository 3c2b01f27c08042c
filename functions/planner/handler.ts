/**
 * Planner Lambda, run daily by EventBridge Scheduler (and on demand). The event may name the day
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
import { documentClient } from '#shared/aws/dynamoDb.js';
import { sqsClient } from '#shared/aws/sqs.js';
import { readEnvironment, TableEnvironment } from '#shared/config/environment.js';
import { IsoDate } from '#shared/extraction/contract.js';
import { logger } from '#shared/lambda/powertools.js';
import { sqsMailQueue } from '#shared/mail/mailQueue.js';
import { planReminders, type PlannerDependencies, type ReminderPlan } from '#shared/deadlines/planReminders.js';

export const PlannerEnvironment = TableEnvironment.extend({
  MAIL_QUEUE_URL: z.url(),
  REMINDER_CATCH_UP_DAYS: z.coerce.number().int().nonnegative().default(7),
  REMINDER_REQUEUE_AFTER_MINUTES: z.coerce.number().positive().default(30),
});

/** The Scheduler's input (its `Input` JSON), or a console test event; every field optional. */
export const PlannerEvent = z
  .object({ asOf: IsoDate.optional(), dryRun: z.boolean().optional() })
  .loose()
  .catch({});

const environment = readEnvironment(PlannerEnvironment);
const dependencies: PlannerDependencies = {
  store: { db: documentClient(), tableName: environment.TABLE_NAME },
  queue: sqsMailQueue(sqsClient(), environment.MAIL_QUEUE_URL),
  catchUpDays: environment.REMINDER_CATCH_UP_DAYS,
  requeueAfterMs: environment.REMINDER_REQUEUE_AFTER_MINUTES * 60_000,
  now: () => new Date(),
};

export async function runPlanner(event: unknown): Promise<ReminderPlan> {
  const request = PlannerEvent.parse(event ?? {});
  const asOf = request.asOf ?? new Date().toISOString().slice(0, 10);
  const plan = await planReminders(dependencies, { asOf, dryRun: request.dryRun ?? false });
  // Counts only: the plan names contact addresses, which never go to the logs.
  logger.info('reminders planned', {
    asOf,
    dryRun: plan.dryRun,
    deadlinesDue: plan.deadlinesDue,
    reminders: plan.reminders.length,
    queued: plan.queued,
    unreachableStates: plan.unreachable.length,
  });
  return plan;
}

export const handler = middy(async (event: unknown, _context: Context) => runPlanner(event)).use(injectLambdaContext(logger));
