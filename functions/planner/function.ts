/**
 * The reminder planner, run daily by EventBridge Scheduler (and on demand): deadlines × states
 * that have not complied × reminder ladder, one queued e-mail per reminder key. Its reads and
 * conditional puts over 193 states and a handful of open deadlines take seconds
 * (`npm run bench -- mail`); the timeout leaves wide room for a slow table.
 */
import * as z from 'zod';
import { MailQueueUrl, ReminderCatchUpDays, TableEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

/** What planning reads of the planner's settings: all but the queue it puts reminders on. */
export const PlanningSettings = TableEnvironment.extend({
  REMINDER_CATCH_UP_DAYS: ReminderCatchUpDays,
  /** A reminder queued this long ago and still not sent is queued again. */
  REMINDER_REQUEUE_AFTER_MINUTES: z.coerce.number().positive().default(30),
  /** The secretariat's address: the daily digest of the Committee's and the Secretariat's tasks goes there (none without it). */
  SECRETARIAT_ADDRESS: z.email().optional(),
});

export const plannerFunction = describeFunction({
  name: 'planner',
  summary: "Daily: queues the reminders due today (deadlines × states or organizations that have not complied × reminder ladder) and the secretariat's digest",
  environment: PlanningSettings.extend({ MAIL_QUEUE_URL: MailQueueUrl }),
  memoryMb: 512,
  timeoutSeconds: 300,
  invokedBy: { kind: 'async' },
});
