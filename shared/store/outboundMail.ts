/**
 * Outbound e-mail records: one item per e-mail the pipeline means to send (a reminder, a receipt),
 * created with a conditional put whose key is the e-mail's identity, then moved through
 * queued → sending → sent (or suppressed / failed) by the mailer.
 *
 * Why a claim with a lease, and not only "put if absent, then send": the queue delivers at least
 * once and a mailer can die between SES accepting a message and the record saying so. The mailer
 * therefore claims the record (`queued` → `sending`, with a token and a lease) before it calls SES,
 * and only the holder of the token may mark it `sent` or put it back to `queued` (SES throttling).
 * A redelivery that finds the record `sending` under a live lease is retried later; one that finds
 * it `sending` under an expired lease (the holder died) takes it over. SES has no idempotency key,
 * so that last case may send twice: the lease (longer than the mailer's timeout) makes it rare.
 */
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { IsoDate, ReportType, UnLanguage } from '../extraction/contract.js';
import { OrganizationId } from './items.js';
import { receiptSortKey, stateKey } from './keys.js';
import { getItem, ignoreConditionFailure, putIfAbsent, type StoreContext } from './table.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

export const MailKind = z.enum(['receipt', 'refused', 'upcoming', 'overdue', 'digest', 'calendar']);
export type MailKind = z.infer<typeof MailKind>;

export const MailStatus = z.enum(['queued', 'sending', 'sent', 'suppressed', 'failed']);
export type MailStatus = z.infer<typeof MailStatus>;

export const MailRecipient = z.object({
  email: z.string(),
  name: z.string(),
  language: UnLanguage,
  /**
   * A contact point of the state or organization, the user who uploaded the file (its receipt
   * only), or the secretariat's own address (its daily digest).
   */
  addressedAs: z.enum(['contact', 'uploader', 'secretariat']).default('contact'),
});
export type MailRecipient = z.infer<typeof MailRecipient>;

/** What a reminder says: the deadline as it was when the reminder was planned. */
export const ReminderFacts = z.object({
  deadlineId: z.string(),
  occurrence: IsoDate,
  step: z.string(),
  offsetDays: z.number().int(),
  title: z.string(),
  titles: z.partialRecord(UnLanguage, z.string()),
  precision: z.enum(['day', 'month']),
});
export type ReminderFacts = z.infer<typeof ReminderFacts>;

/** What the secretariat's daily digest lists: the Committee's and the Secretariat's tasks due or overdue that day. */
export const DigestFacts = z.object({
  asOf: IsoDate,
  entries: z.array(
    z.object({
      deadlineId: z.string(),
      title: z.string(),
      concerns: z.enum(['committee', 'secretariat']),
      occurrence: IsoDate,
      precision: z.enum(['day', 'month']),
      step: z.string(),
      offsetDays: z.number().int(),
    }),
  ),
});
export type DigestFacts = z.infer<typeof DigestFacts>;

/**
 * The secretariat's monthly reminder to keep the outreach calendar at least `monthsWanted` months
 * ahead: how far it reaches on the first of the month, and whether that is short of it.
 */
export const CalendarFacts = z.object({
  asOf: IsoDate,
  /** The last day of the scheduled event that starts last; null for an empty calendar. */
  reachesUntil: IsoDate.nullable(),
  /** Whole months from `asOf` to `reachesUntil` (0 for an empty calendar). */
  monthsAhead: z.number().int().nonnegative(),
  monthsWanted: z.number().int().positive(),
  short: z.boolean(),
});
export type CalendarFacts = z.infer<typeof CalendarFacts>;

/** What a receipt (or a refusal notice) says about the upload. */
export const SubmissionFacts = z.object({
  submissionId: z.string(),
  fileName: z.string(),
  sha256: z.string().optional(),
  receivedAt: z.string(),
  duplicateOf: z.string().optional(),
  extracted: z
    .object({
      reportType: ReportType,
      language: z.string(),
      matrixElements: z.number().int().nonnegative(),
      treaties: z.number().int().nonnegative(),
      contacts: z.number().int().nonnegative(),
    })
    .optional(),
  rejection: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type SubmissionFacts = z.infer<typeof SubmissionFacts>;

/** To whom: a state's (`state`) or an organization's (`organization`) contacts; neither for the secretariat's digest. */
export const OutboundMail = z.object({
  kind: MailKind,
  state: z.string().regex(/^[A-Z]{3}$/).optional(),
  organization: OrganizationId.optional(),
  recipient: MailRecipient,
  status: MailStatus,
  queuedAt: z.string(),
  attempts: z.number().int().nonnegative().default(0),
  claimToken: z.string().optional(),
  claimedUntil: z.string().optional(),
  sentAt: z.string().optional(),
  sesMessageId: z.string().optional(),
  /** Why the mail was not sent (suppressed or failed), for the secretariat. */
  outcome: z.string().optional(),
  reminder: ReminderFacts.optional(),
  submission: SubmissionFacts.optional(),
  digest: DigestFacts.optional(),
  calendar: CalendarFacts.optional(),
});
export type OutboundMail = z.infer<typeof OutboundMail>;

/** Who a mail is about, in words for logs and tags: the state's code, the organization's id, or the secretariat. */
export const mailParty = (mail: Pick<OutboundMail, 'state' | 'organization'>) => mail.state ?? mail.organization ?? 'secretariat';
export type OutboundMailInput = z.input<typeof OutboundMail>;

/** The queue message: the key of the record to send; everything else is read from the record. */
export const MailKey = z.object({ PK: z.string(), SK: z.string() });
export type MailKey = z.infer<typeof MailKey>;

export function receiptKey(iso3: string, submissionId: string, email: string): MailKey {
  return { PK: stateKey(iso3), SK: receiptSortKey(submissionId, email) };
}

/** Creates the record unless it exists: the exactly-once creation of one e-mail. */
export function recordMail(store: StoreContext, key: MailKey, mail: OutboundMailInput, indexKeys: Record<string, string> = {}) {
  return putIfAbsent(store, { ...key, ...indexKeys, entity: 'mail', ...OutboundMail.parse(mail) });
}

export function getMail(store: StoreContext, key: MailKey): Promise<OutboundMail | undefined> {
  return getItem(store, key, OutboundMail);
}

export class MailInProgressError extends Error {
  override readonly name = 'MailInProgressError';
}

export type Claim = { mail: OutboundMail; token: string } | { settled: MailStatus } | { missing: true };

/**
 * Claims the record for sending: `queued` (or `sending` under an expired lease) → `sending`.
 * Throws `MailInProgressError` when another mailer holds a live lease (retry later).
 */
export async function claimMail(store: StoreContext, key: MailKey, now: Date, leaseMs: number): Promise<Claim> {
  const token = randomUUID();
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: 'SET #status = :sending, claimToken = :token, claimedUntil = :until, attempts = if_not_exists(attempts, :zero) + :one',
        ConditionExpression: 'attribute_exists(PK) AND (#status = :queued OR (#status = :sending AND claimedUntil < :now))',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':sending': 'sending' satisfies MailStatus,
          ':queued': 'queued' satisfies MailStatus,
          ':token': token,
          ':until': new Date(now.getTime() + leaseMs).toISOString(),
          ':now': now.toISOString(),
          ':zero': 0,
          ':one': 1,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { mail: OutboundMail.parse(Attributes), token };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const current = await getMail(store, key);
  if (!current) return { missing: true };
  if (current.status === 'sending' || current.status === 'queued') {
    // The key holds the address: the message names the state and kind only.
    throw new MailInProgressError(`a ${current.kind} mail to ${mailParty(current)} is being sent by another mailer (lease until ${current.claimedUntil})`);
  }
  return { settled: current.status };
}

/** Only the claim's holder may settle it; a lost lease makes these a no-op. */
function settle(store: StoreContext, key: MailKey, token: string, update: string, values: Record<string, unknown>, remove = '') {
  return store.db
    .send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: `${update}${remove}`,
        ConditionExpression: 'claimToken = :token',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ...values, ':token': token },
      }),
    )
    .then(() => undefined, ignoreConditionFailure);
}

export function markMailSent(store: StoreContext, key: MailKey, token: string, sesMessageId: string, at: string) {
  return settle(store, key, token, 'SET #status = :sent, sesMessageId = :id, sentAt = :at', {
    ':sent': 'sent' satisfies MailStatus, ':id': sesMessageId, ':at': at,
  });
}

export function markMailUnsent(store: StoreContext, key: MailKey, token: string, status: 'suppressed' | 'failed', outcome: string) {
  return settle(store, key, token, 'SET #status = :status, outcome = :outcome', { ':status': status, ':outcome': outcome });
}

/** Gives the record back to the queue (SES throttled or failed transiently): a later delivery sends it. */
export function releaseMail(store: StoreContext, key: MailKey, token: string) {
  return settle(store, key, token, 'SET #status = :queued', { ':queued': 'queued' satisfies MailStatus }, ' REMOVE claimToken, claimedUntil');
}
