/**
 * Every function reads its settings from the environment once, through the zod schema of its
 * description (`functions/<name>/function.ts`), so that a missing or malformed setting fails at
 * start with a message naming the variable. The settings several functions share are defined here,
 * once, with their defaults.
 */
import * as z from 'zod';
import { DEFAULT_CATCH_UP_DAYS } from '../deadlines/reminderLadder.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../portal/uploadLimits.js';
import { describeIssues } from '../validation/describeIssues.js';

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readEnvironment<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigurationError(`Invalid environment: ${describeIssues(parsed.error).join('; ')}`);
  }
  return parsed.data;
}

/** The table every function reads or writes. */
export const TableEnvironment = z.object({ TABLE_NAME: z.string().min(3) });

/** Settings shared by every function that touches the table and the portal bucket. */
export const StoreEnvironment = TableEnvironment.extend({ BUCKET_NAME: z.string().min(3) });

/** Largest upload (bytes): the upload grant's bound, and the ingest step's own check. */
export const MaxUploadBytes = z.coerce.number().int().positive().default(DEFAULT_MAX_UPLOAD_BYTES);

/** Days a missed reminder step stays due (the planner sends it; the admin API's preview shows it). */
export const ReminderCatchUpDays = z.coerce.number().int().nonnegative().default(DEFAULT_CATCH_UP_DAYS);

/** The mail queue (receipts, reminders). */
export const MailQueueUrl = z.url();
