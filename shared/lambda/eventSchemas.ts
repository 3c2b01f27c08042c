/**
 * The parts of the events AWS delivers to the functions that they read, as zod schemas, and the
 * one way an SQS message body is parsed.
 *
 * Why not Powertools' parser schemas: they import zod as `{ z }`, and that namespace import makes
 * esbuild keep all of zod in each bundle that used them, and start slower (`npm run bench --
 * bundles` shows both). These describe only the fields the functions use and let the
 * rest through (`loose`), so they refuse nothing a service may add to its events.
 */
import * as z from 'zod';
import { describeIssues } from '../validation/describeIssues.js';

/** One S3 event notification record (S3 → SQS), as far as ingest reads it. */
export const S3NotificationRecord = z
  .object({
    eventName: z.string(),
    eventTime: z.iso.datetime(),
    s3: z
      .object({
        bucket: z.object({ name: z.string().min(1) }).loose(),
        object: z
          .object({
            key: z.string().min(1),
            size: z.number().nonnegative().optional(),
            eTag: z.string().optional(),
            versionId: z.string().optional(),
            sequencer: z.string().optional(),
          })
          .loose(),
      })
      .loose(),
  })
  .loose();

export const S3Notification = z.object({ Records: z.array(S3NotificationRecord).min(1) }).loose();
export type S3Notification = z.infer<typeof S3Notification>;

/** An SNS event (SNS → Lambda): each record's message id and message text. */
export const SnsEvent = z
  .object({
    Records: z
      .array(z.object({ Sns: z.object({ MessageId: z.string(), Message: z.string() }).loose() }).loose())
      .min(1),
  })
  .loose();

/** An SQS message body that is not the JSON a function expects: the record fails alone. */
export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

/** Parses an SQS message body as JSON, then with `schema`; throws a message that names the problem. */
export function parseMessageBody<S extends z.ZodType>(schema: S, body: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new InvalidMessageError('The message body is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidMessageError(`The message body is not the expected shape: ${describeIssues(parsed.error, '(body)').join('; ')}`);
  }
  return parsed.data;
}
