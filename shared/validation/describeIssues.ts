/**
 * zod's issues as "path: message", one per issue: how every refusal of the project (a setting, an
 * event body, a JSON form) names what is wrong, in one line a person can act on.
 */
import type * as z from 'zod';

export function describeIssues(error: z.ZodError, root = '(root)'): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : root}: ${issue.message}`);
}
