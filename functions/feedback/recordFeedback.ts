/**
 * SES feedback (bounces and complaints, delivered through SNS): what they mean for contact points.
 * A permanent bounce marks every contact item with the address `bounced`, a complaint marks it
 * `complained`; the planner and the mailer write only to `active` contacts, so both stop all mail
 * to the address. Transient and undetermined bounces change nothing (the mailbox may recover).
 *
 * Idempotent: setting a status it already has changes nothing, so SNS's repeats are harmless.
 */
import * as z from 'zod';
import { NotFoundError } from '#shared/errors.js';
import { SnsEvent } from '#shared/lambda/eventSchemas.js';
import { logger } from '#shared/lambda/powertools.js';
import { contactsByEmail, ownerOf, setContactStatus } from '#shared/store/contactPoints.js';
import type { ContactStatus } from '#shared/store/items.js';
import type { StoreContext } from '#shared/store/table.js';

const Recipients = z.array(z.object({ emailAddress: z.string().min(3) }).loose()).min(1);

/**
 * An SES notification: identity notifications name their type in `notificationType`, event
 * publishing through a configuration set in `eventType`; both carry the same `bounce`/`complaint`.
 */
export const SesFeedback = z.preprocess(
  (value) =>
    value && typeof value === 'object' && !('notificationType' in value) && 'eventType' in value
      ? { ...value, notificationType: (value as { eventType: unknown }).eventType }
      : value,
  z.discriminatedUnion('notificationType', [
    z.object({
      notificationType: z.literal('Bounce'),
      bounce: z.object({ bounceType: z.string(), bouncedRecipients: Recipients }).loose(),
      mail: z.object({ messageId: z.string() }).loose(),
    }).loose(),
    z.object({
      notificationType: z.literal('Complaint'),
      complaint: z.object({ complainedRecipients: Recipients }).loose(),
      mail: z.object({ messageId: z.string() }).loose(),
    }).loose(),
  ]),
);
export type SesFeedback = z.infer<typeof SesFeedback>;

export interface FeedbackOutcome {
  action: 'bounced' | 'complained' | 'ignored';
  /** Contact items whose status changed (one address may be a contact of several states). */
  contactsUpdated: number;
  sesMessageId: string;
  detail?: string;
}

export async function recordFeedback(store: StoreContext, feedback: SesFeedback, at: string): Promise<FeedbackOutcome> {
  const sesMessageId = feedback.mail.messageId;
  let status: ContactStatus;
  let recipients: string[];
  if (feedback.notificationType === 'Bounce') {
    if (feedback.bounce.bounceType !== 'Permanent') {
      return { action: 'ignored', contactsUpdated: 0, sesMessageId, detail: `${feedback.bounce.bounceType} bounce` };
    }
    status = 'bounced';
    recipients = feedback.bounce.bouncedRecipients.map((r) => r.emailAddress);
  } else {
    status = 'complained';
    recipients = feedback.complaint.complainedRecipients.map((r) => r.emailAddress);
  }
  let contactsUpdated = 0;
  for (const email of recipients) {
    for (const contact of await contactsByEmail(store, email)) {
      // A complaint is the stronger signal: a later bounce does not overwrite it.
      if (contact.status === status || contact.status === 'complained') continue;
      // A contact removed since the query has no status left to change.
      await setContactStatus(store, ownerOf(contact), contact.email, status, at, 'ses').catch(ignoreNotFound);
      contactsUpdated += 1;
    }
  }
  return { action: status, contactsUpdated, sesMessageId };
}

function ignoreNotFound(error: unknown): void {
  if (!(error instanceof NotFoundError)) throw error;
}

function parseMessage(message: string): SesFeedback | string {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return 'message is not JSON';
  }
  const parsed = SesFeedback.safeParse(json);
  if (parsed.success) return parsed.data;
  const type = json && typeof json === 'object' ? ((json as Record<string, unknown>).notificationType ?? (json as Record<string, unknown>).eventType) : undefined;
  return typeof type === 'string' && !['Bounce', 'Complaint'].includes(type) ? `not a bounce or complaint (${type.slice(0, 40)})` : 'not an SES bounce or complaint';
}

/** Every record of an SNS event; never throws for a bad message, only for store errors. */
export interface FeedbackHandled {
  processed: number;
  ignored: number;
  /** Notices of each kind among the processed. */
  bounced: number;
  complained: number;
}

export async function handleFeedback(store: StoreContext, event: unknown, at = new Date().toISOString()): Promise<FeedbackHandled> {
  const envelope = SnsEvent.safeParse(event);
  if (!envelope.success) {
    logger.warn('feedback ignored: the event is not an SNS notification');
    return { processed: 0, ignored: 1, bounced: 0, complained: 0 };
  }
  let processed = 0;
  let ignored = 0;
  let bounced = 0;
  let complained = 0;
  for (const record of envelope.data.Records) {
    const feedback = parseMessage(record.Sns.Message);
    if (typeof feedback === 'string') {
      // Never the message itself: it may carry addresses.
      logger.warn('feedback ignored', { snsMessageId: record.Sns.MessageId, reason: feedback });
      ignored += 1;
      continue;
    }
    const outcome = await recordFeedback(store, feedback, at);
    logger.info('feedback recorded', { snsMessageId: record.Sns.MessageId, ...outcome });
    if (outcome.action === 'ignored') ignored += 1;
    else processed += 1;
    if (outcome.action === 'bounced') bounced += 1;
    if (outcome.action === 'complained') complained += 1;
  }
  return { processed, ignored, bounced, complained };
}
