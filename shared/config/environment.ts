/**
 * Every function reads its settings from the environment once, through a zod schema, so that a
 * missing or malformed setting fails at start with a message naming the variable.
 */
import * as z from 'zod';
import { describeIssues } from '../validation/describeIssues.js';

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readEnvironment<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
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
export type StoreEnvironment = z.infer<typeof StoreEnvironment>;
