/**
 * Sends one outbound e-mail: claim its record, check that the contact may still be written to,
 * render it in the contact's language, send it through SES with the configuration set, and record
 * the SES message id. See `outboundMail.ts` for why the claim has a lease.
 *
 * Failures: SES throttling that outlasts the SDK's adaptive retries, and any transient error, give
 * the record back (`queued`) and rethrow, so the queue redelivers the message later (no loss, and
 * the claim makes the retry send it once). A message SES refuses for good (a malformed address, a
 * sender or configuration set SES does not know: see `sesFailures.ts`) is `failed` with the
 * error's kind and not retried.
 */
import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Pace } from '#shared/mail/sendPacing.js';
import { mayBeMailed } from '#shared/mail/recipients.js';
import { renderMail, UnrenderableMailError } from '#shared/mail/renderMail.js';
import { getContact } from '#shared/store/contactPoints.js';
import { claimMail, mailParty, markMailSent, markMailUnsent, releaseMail, type MailKey, type MailKind } from '#shared/store/outboundMail.js';
import type { StoreContext } from '#shared/store/table.js';
import { classifySesFailure } from './sesFailures.js';

export class MailRetryLaterError extends Error {
  override readonly name = 'MailRetryLaterError';
}

export interface MailerDependencies {
  store: StoreContext;
  ses: SESClient;
  /** The sender, e.g. `Secretariat of the 1540 Committee <no-reply@…>` (a verified identity). */
  from: string;
  replyTo?: string;
  configurationSet: string;
  pace: Pace;
  /** Longer than the mailer's timeout: a claim older than this belongs to a mailer that died. */
  leaseMs: number;
  now: () => Date;
}

export interface Delivery {
  outcome: 'sent' | 'suppressed' | 'failed' | 'already_settled' | 'missing';
  kind?: MailKind;
  state?: string;
  sesMessageId?: string;
  /** The kind of SES error that ended a `failed` delivery. */
  sesError?: string;
}

export async function deliverMail(deps: MailerDependencies, key: MailKey): Promise<Delivery> {
  const claim = await claimMail(deps.store, key, deps.now(), deps.leaseMs);
  if ('missing' in claim) return { outcome: 'missing' };
  if ('settled' in claim) return { outcome: 'already_settled' };
  const { mail, token } = claim;
  const about = { kind: mail.kind, state: mailParty(mail) };

  // The secretariat's own address (its digest) is no contact point of any party.
  const contact = mail.state || mail.organization
    ? await getContact(deps.store, mail.state ?? { organization: mail.organization! }, mail.recipient.email)
    : undefined;
  if (!mayBeMailed(mail.recipient, contact)) {
    await markMailUnsent(deps.store, key, token, 'suppressed', contact ? `contact ${contact.status}` : 'contact no longer designated');
    return { outcome: 'suppressed', ...about };
  }

  let rendered;
  try {
    rendered = renderMail(mail);
  } catch (error) {
    if (!(error instanceof UnrenderableMailError)) throw error;
    await markMailUnsent(deps.store, key, token, 'failed', error.message);
    return { outcome: 'failed', ...about };
  }

  let sesMessageId: string | undefined;
  try {
    const sent = await deps.pace(() =>
      deps.ses.send(
        new SendEmailCommand({
          Source: deps.from,
          Destination: { ToAddresses: [mail.recipient.email] },
          ReplyToAddresses: deps.replyTo ? [deps.replyTo] : undefined,
          ConfigurationSetName: deps.configurationSet,
          Tags: [{ Name: 'kind', Value: mail.kind }, { Name: 'state', Value: mailParty(mail) }],
          Message: {
            Subject: { Data: rendered.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: rendered.text, Charset: 'UTF-8' }, Html: { Data: rendered.html, Charset: 'UTF-8' } },
          },
        }),
      ),
    );
    sesMessageId = sent.MessageId;
  } catch (error) {
    // SES error messages may quote the address: records and logs name only the error's kind.
    const name = error instanceof Error ? error.name : 'unknown';
    if (classifySesFailure(error) === 'permanent') {
      await markMailUnsent(deps.store, key, token, 'failed', `SES refused the message for good (${name})`);
      return { outcome: 'failed', sesError: name, ...about };
    }
    await releaseMail(deps.store, key, token);
    throw new MailRetryLaterError(`SES did not take the ${mail.kind} mail to ${mailParty(mail)} (${name}); the queue will retry it`);
  }
  await markMailSent(deps.store, key, token, sesMessageId ?? 'unknown', deps.now().toISOString());
  return { outcome: 'sent', sesMessageId, ...about };
}
