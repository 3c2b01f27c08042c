import { AccountSendingPausedException, SESServiceException } from '@aws-sdk/client-ses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverMail, MailRetryLaterError } from '../../../functions/mailer/deliverMail.js';
import { handleFeedback as handleFeedbackIn } from '../../../functions/feedback/recordFeedback.js';
import { plannedReminderKey, planReminders } from '../../../shared/deadlines/planReminders.js';
import { receiptNotifier } from '../../../shared/mail/receipts.js';
import { getContact } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { getMail, receiptKey } from '../../../shared/store/outboundMail.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import type { Submission } from '../../../shared/store/items.js';
import { createMailWorld, type MailWorld } from './mailHarness.js';

const AS_OF = '2026-05-24';

let world: MailWorld;
beforeEach(async () => {
  world = await createMailWorld();
  await seedStateProfiles(world.portal.store);
  await recordDeadline(world.portal.store, {
    id: 'dl_update', title: 'Update on national implementation', dueDate: '2026-05-31', precision: 'day', recurrence: null,
    status: 'active', source: 'manual', createdAt: '2026-01-01T00:00:00.000Z',
    titles: { zh: '国家执行情况最新资料', fr: 'Mise à jour sur la mise en œuvre nationale' },
    satisfiedBy: { kind: 'submission', reportTypes: ['additional_information', 'national_report'], opensOn: '2026-01-01' },
  });
}, 60_000);
afterEach(() => world.dispose());

const accepted = (state: string, id: string, receivedAt: string, type: Submission['declaredReportType']): Submission => ({
  id, state, receivedAt, objectKey: `incoming/${state}/${id}/report.pdf`, fileName: 'report.pdf', size: 10,
  sha256: 'a'.repeat(64), declaredReportType: type, status: 'accepted', visibility: 'committee',
});

describe('reminders', () => {
  it('go to nobody in a state that submitted the satisfying report before the reminder date', async () => {
    await world.contact('FRA', 'poc.fra', 'fr');
    await world.contact('DEU', 'poc.deu');
    await recordSubmission(world.portal.store, accepted('FRA', 'sub-fra', '2026-03-02T10:00:00.000Z', 'additional_information'));
    // A report from before the opening date does not count.
    await recordSubmission(world.portal.store, accepted('DEU', 'sub-deu', '2025-11-02T10:00:00.000Z', 'additional_information'));

    const plan = await planReminders(world.planner, { asOf: AS_OF, dryRun: true });
    expect(plan.reminders.map((r) => r.state)).toEqual(['DEU']);
    expect(plan.reminders[0]).toMatchObject({ step: 'D-7', kind: 'upcoming', status: 'new', why: 'no additional_information or national_report received since 2026-01-01' });
    expect(plan.queued).toBe(0);
    expect(plan.unreachable.length).toBe(191); // every other state: no contact point to write to
  });

  it('in Chinese to a contact whose language is zh, with the title in Chinese', async () => {
    await world.contact('CHN', 'poc.chn', 'zh');
    await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    await world.drain(world.mailer());
    const [message] = await world.outbox();
    expect(message?.subject).toBe('提醒：国家执行情况最新资料，截止日期为2026年5月31日');
    expect(message?.body.text).toContain('尊敬的POC CHN：');
    expect(message?.body.text).toContain('中国');
    expect(message?.body.html).toContain('<html lang="zh" dir="ltr">');
  });

  it('stop for an address after a permanent bounce, even one already queued', async () => {
    const email = await world.contact('KEN', 'poc.ken');
    await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    await handleFeedback(snsEvent({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: email.toUpperCase() }] }, mail: { messageId: 'ses-1' } }));
    expect((await getContact(world.portal.store, 'KEN', email))?.status).toBe('bounced');

    await world.drain(world.mailer());
    expect(await world.outbox()).toEqual([]);
    const later = await planReminders(world.planner, { asOf: '2026-06-01', dryRun: true });
    expect(later.reminders).toEqual([]);
    expect(later.unreachable.map((u) => u.state)).toContain('KEN');
  });

  it('are all sent once when SES throttles, through the SDK backoff and queue redelivery', async () => {
    for (const state of ['ARG', 'BRA', 'CHL', 'COL', 'PER', 'URY']) await world.contact(state, `poc.${state.toLowerCase()}`);
    // The SES stand-in never throttles: this middleware injects SES's "Maximum sending rate
    // exceeded" (code Throttling) into the real client, below the retry layer: the first 12 tries
    // fail (more than the SDK's retries can absorb, so messages go back to the queue), then every other.
    let attempts = 0;
    world.ses.middlewareStack.add(
      (next) => async (args) => {
        attempts += 1;
        if (attempts <= 12 || attempts % 2 === 0) {
          throw new SESServiceException({ name: 'Throttling', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: 'Maximum sending rate exceeded.' });
        }
        return next(args);
      },
      { step: 'deserialize', name: 'injectThrottling' },
    );
    const plan = await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    expect(plan.queued).toBe(6);
    await world.drain(world.mailer());
    const sent = await world.outbox();
    expect(sent.map((m) => m.destination.to[0]).sort()).toEqual(plan.reminders.map((r) => r.email).sort());
    expect(attempts).toBeGreaterThan(18);
  }, 60_000);
});

describe('a permanent SES error', () => {
  /** The SES stand-in accepts everything: this middleware answers as SES does, below the retry layer. */
  const answerEveryAttemptWith = (error: () => Error) => {
    let attempts = 0;
    world.ses.middlewareStack.add(
      () => async () => {
        attempts += 1;
        throw error();
      },
      { step: 'deserialize', name: 'injectSesError' },
    );
    return () => attempts;
  };

  it('ends the message as failed, naming the error, and neither the queue nor the next planner run brings it back', async () => {
    const email = await world.contact('NOR', 'poc.nor');
    const attempts = answerEveryAttemptWith(
      () => new SESServiceException({ name: 'InvalidParameterValue', $fault: 'client', $metadata: { httpStatusCode: 400 }, message: `Illegal address ${email}` }),
    );
    const plan = await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    expect(plan.queued).toBe(1);
    await world.drain(world.mailer());
    expect(attempts()).toBe(1);
    const mail = await getMail(world.portal.store, plannedReminderKey(plan.reminders[0]!));
    expect(mail).toMatchObject({ status: 'failed', outcome: 'SES refused the message for good (InvalidParameterValue)' });
    expect(JSON.stringify(mail?.outcome)).not.toContain(email);
    const again = await planReminders(world.planner, { asOf: '2026-05-25', dryRun: false });
    expect(again.queued).toBe(0);
  });

  it('leaves the message to be sent later when sending is paused, which operators resume', async () => {
    await world.contact('SWE', 'poc.swe');
    answerEveryAttemptWith(() => new AccountSendingPausedException({ $metadata: { httpStatusCode: 400 }, message: 'Sending paused' }));
    const plan = await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    const key = plannedReminderKey(plan.reminders[0]!);
    await expect(deliverMail(world.mailer(), key)).rejects.toBeInstanceOf(MailRetryLaterError);
    expect(await getMail(world.portal.store, key)).toMatchObject({ status: 'queued' });
  });
});

describe('receipts', () => {
  it('acknowledge an upload once to each active contact, naming the file, its sha256 and what was extracted', async () => {
    const email = await world.contact('SEN', 'poc.sen', 'fr');
    const submission: Submission = {
      ...accepted('SEN', 'sub-sen-1', '2026-05-20T09:00:00.000Z', undefined),
      extraction: {
        file: 'report.pdf', sha256: 'a'.repeat(64), format: 'pdf', state: 'SEN', language: 'fr', reportType: 'national_report',
        documentDate: null, treaties: ['npt', 'cwc'], matrix: [], gaps: [], contacts: [], assistanceRequested: [], deadlines: [], warnings: [],
      },
    };
    const notify = receiptNotifier(world.portal.store, world.planner.queue);
    await notify(submission);
    await notify(submission); // a redelivered upload event
    await world.drain(world.mailer());
    const sent = await world.outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toBe('Accusé de réception : report.pdf');
    expect(sent[0]?.body.text).toContain(`SHA-256 : ${'a'.repeat(64)}`);
    expect(sent[0]?.body.text).toContain('Contenu relevé : rapport national, en français ; éléments de la matrice : 0 ; traités : 2 ; points de contact : 0');
    expect(await getMail(world.portal.store, receiptKey('SEN', 'sub-sen-1', email))).toMatchObject({ status: 'sent', sesMessageId: sent[0]?.messageId });
  });

  it('tell the state why an upload was refused', async () => {
    await world.contact('PER', 'poc.per', 'es');
    await receiptNotifier(world.portal.store, world.planner.queue)({
      ...accepted('PER', 'sub-per-1', '2026-05-20T09:00:00.000Z', undefined),
      status: 'rejected', rejection: { code: 'encrypted', message: 'The PDF is password-protected; upload it without a password.' },
    });
    await world.drain(world.mailer());
    const [message] = await world.outbox();
    expect(message?.subject).toBe('Documento no aceptado: report.pdf');
    expect(message?.body.text).toContain('Motivo: The PDF is password-protected; upload it without a password.');
  });
});

describe('SES feedback', () => {
  it('marks complaints, ignores transient bounces, and survives malformed notifications', async () => {
    const email = await world.contact('NOR', 'poc.nor');
    const transient = await handleFeedback(snsEvent({ notificationType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: email }] }, mail: { messageId: 'm' } }));
    expect(transient).toEqual({ processed: 0, ignored: 1, bounced: 0, complained: 0 });
    expect((await getContact(world.portal.store, 'NOR', email))?.status).toBe('active');

    expect(await handleFeedback(snsEvent('not json'))).toEqual({ processed: 0, ignored: 1, bounced: 0, complained: 0 });
    expect(await handleFeedback(snsEvent({ notificationType: 'Delivery', mail: { messageId: 'm' } }))).toEqual({ processed: 0, ignored: 1, bounced: 0, complained: 0 });
    expect(await handleFeedback({ unrelated: true })).toEqual({ processed: 0, ignored: 1, bounced: 0, complained: 0 });

    const complaint = await handleFeedback(snsEvent({ eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: email }] }, mail: { messageId: 'm' } }));
    expect(complaint).toEqual({ processed: 1, ignored: 0, bounced: 0, complained: 1 });
    expect((await getContact(world.portal.store, 'NOR', email))?.status).toBe('complained');
  });
});

function snsEvent(message: unknown) {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:us-east-1:000000000000:feedback:1',
        Sns: {
          Type: 'Notification',
          MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
          TopicArn: 'arn:aws:sns:us-east-1:000000000000:feedback',
          Subject: null,
          Message: typeof message === 'string' ? message : JSON.stringify(message),
          Timestamp: '2026-05-24T00:00:00.000Z',
          SignatureVersion: '1',
          Signature: 'EXAMPLE',
          SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/cert.pem',
          UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
          MessageAttributes: {},
        },
      },
    ],
  };
}

const handleFeedback = (event: unknown) => handleFeedbackIn(world.portal.store, event);
