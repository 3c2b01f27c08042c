/**
 * The local SES stand-in's outbox (aws-ses-v2-local keeps every message it was given): read by
 * `npm run cli -- outbox` and by the tests. There is no such thing on AWS: SES keeps nothing.
 */
import * as z from 'zod';

export const OutboxMessage = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: z.array(z.string()) }).loose(),
  subject: z.string(),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
  at: z.number(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export async function readLocalOutbox(sesEndpoint: string): Promise<OutboxMessage[]> {
  const response = await fetch(new URL('/store', sesEndpoint));
  if (!response.ok) throw new Error(`the local SES answered ${response.status} for its outbox`);
  return z.object({ emails: z.array(OutboxMessage) }).parse(await response.json()).emails;
}
