/**
 * Receipts: after the ingest step records a submission, each active contact point of the state is
 * sent an acknowledgement (accepted or duplicate file) or a refusal notice (with the reason).
 *
 * Idempotency: the receipt's key derives from the submission id and the contact
 * (`STATE#<iso3>` / `RECEIPT#<submissionId>#<email>`), so a redelivered upload event creates no
 * second receipt. A receipt still `queued` on a redelivery is queued again (its first delivery may
 * have died before queueing it); the mailer's claim sends it once.
 */
import { activeContacts } from '../deadlines/compliance.js';
import { listContacts } from '../store/contactPoints.js';
import type { Submission } from '../store/items.js';
import { getMail, receiptKey, recordMail, type MailKey, type SubmissionFacts } from '../store/outboundMail.js';
import type { StoreContext } from '../store/table.js';
import type { MailQueue } from './mailQueue.js';

export type SubmissionNotifier = (submission: Submission) => Promise<void>;

export function receiptNotifier(store: StoreContext, queue: MailQueue, now: () => Date = () => new Date()): SubmissionNotifier {
  return async (submission) => {
    if (!submission.state) return;
    const state = submission.state;
    const contacts = activeContacts({ iso3: state, reportingStatus: 'not_reported', contacts: await listContacts(store, state), submissions: [] });
    const toQueue: MailKey[] = [];
    for (const contact of contacts) {
      const key = receiptKey(state, submission.id, contact.email);
      const outcome = await recordMail(store, key, {
        kind: submission.status === 'rejected' ? 'refused' : 'receipt',
        state,
        recipient: { email: contact.email, name: contact.name, language: contact.language },
        status: 'queued',
        queuedAt: now().toISOString(),
        submission: submissionFacts(submission),
      });
      if (outcome === 'created' || (await getMail(store, key))?.status === 'queued') toQueue.push(key);
    }
    await queue.enqueue(toQueue);
  };
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
