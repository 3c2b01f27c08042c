/**
 * Receipts: after the ingest step records a submission, each active contact point of the state, and
 * the user who uploaded the file (the address the upload grant recorded, when there is one), is sent
 * an acknowledgement (accepted or duplicate file) or a refusal notice (with the reason). Addresses a
 * document names are only proposed contacts: they get nothing until a person designates them.
 *
 * Idempotency: the receipt's key derives from the submission id and the contact
 * (`STATE#<iso3>` / `RECEIPT#<submissionId>#<email>`), so a redelivered upload event creates no
 * second receipt. A receipt still `queued` on a redelivery is queued again (its first delivery may
 * have died before queueing it); the mailer's claim sends it once.
 */
import { activeContacts } from '../deadlines/compliance.js';
import { listContacts } from '../store/contactPoints.js';
import type { Submission } from '../store/items.js';
import { normaliseEmail } from '../store/keys.js';
import { getMail, receiptKey, recordMail, type MailKey, type MailRecipient, type SubmissionFacts } from '../store/outboundMail.js';
import { getStateProfile } from '../store/stateProfiles.js';
import type { StoreContext } from '../store/table.js';
import type { MailQueue } from './mailQueue.js';

export type SubmissionNotifier = (submission: Submission) => Promise<void>;

export function receiptNotifier(store: StoreContext, queue: MailQueue, now: () => Date = () => new Date()): SubmissionNotifier {
  return async (submission) => {
    if (!submission.state) return;
    const state = submission.state;
    const toQueue: MailKey[] = [];
    for (const recipient of await recipientsOf(store, state, submission)) {
      const key = receiptKey(state, submission.id, recipient.email);
      const outcome = await recordMail(store, key, {
        kind: submission.status === 'rejected' ? 'refused' : 'receipt',
        state,
        recipient,
        status: 'queued',
        queuedAt: now().toISOString(),
        submission: submissionFacts(submission),
      });
      if (outcome === 'created' || (await getMail(store, key))?.status === 'queued') toQueue.push(key);
    }
    await queue.enqueue(toQueue);
  };
}

/** The state's active contacts, and the uploader unless one of them (one receipt per address). */
async function recipientsOf(store: StoreContext, state: string, submission: Submission): Promise<MailRecipient[]> {
  const contacts = activeContacts({ iso3: state, reportingStatus: 'not_reported', contacts: await listContacts(store, state), submissions: [] });
  const recipients: MailRecipient[] = contacts.map((c) => ({ email: c.email, name: c.name, language: c.language, addressedAs: 'contact' }));
  const uploader = submission.uploaderEmail;
  if (uploader && !recipients.some((r) => normaliseEmail(r.email) === normaliseEmail(uploader))) {
    const language = (await getStateProfile(store, state))?.preferredLanguage ?? 'en';
    recipients.push({ email: uploader, name: uploader, language, addressedAs: 'uploader' });
  }
  return recipients;
}

function submissionFacts(submission: Submission): SubmissionFacts {
  const extraction = submission.extraction;
  return {
    submissionId: submission.id,
    fileName: submission.fileName,
    sha256: submission.sha256,
    receivedAt: submission.receivedAt,
    duplicateOf: submission.duplicateOf,
    extracted: extraction && {
      reportType: extraction.reportType,
      language: extraction.language,
      matrixElements: new Set(extraction.matrix.map((m) => m.element)).size,
      treaties: extraction.treaties.length,
      contacts: extraction.contacts.length,
    },
    rejection: submission.rejection,
  };
}
