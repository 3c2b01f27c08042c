/**
 * A mail world for one test: its own table (test portal), its own mail queue on the SQS stand-in,
 * recipients on a domain of its own (the SES stand-in's outbox is shared by the whole run), the
 * planner's and the mailer's dependencies, and mailers fed from the queue like Lambda's pollers.
 */
import { randomBytes } from 'node:crypto';
import { SESClient } from '@aws-sdk/client-ses';
import { SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import { ensureMailQueue, QueuePoller } from '../../../infra/local/localMail.js';
import type { MailerDependencies } from '../../../functions/mailer/deliverMail.js';
import type { PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { readLocalOutbox } from '../../../infra/local/localOutbox.js';
import { sqsMailQueue } from '../../../shared/mail/mailQueue.js';
import { sendPacing } from '../../../shared/mail/sendPacing.js';
import { designateContact } from '../../../shared/store/contactPoints.js';
import type { UnLanguage } from '../../../shared/extraction/contract.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

export interface MailWorld {
  portal: TestPortal;
  domain: string;
  queueUrl: string;
  sqs: SQSClient;
  ses: SESClient;
  planner: PlannerDependencies;
  mailer: (overrides?: Partial<MailerDependencies>) => MailerDependencies;
  /** Runs `copies` mailers side by side until the queue is empty. */
  drain: (deps: MailerDependencies, copies?: number) => Promise<void>;
  outbox: () => ReturnType<typeof readLocalOutbox>;
  contact: (state: string, local: string, language?: UnLanguage) => Promise<string>;
  dispose: () => Promise<void>;
}

export async function createMailWorld(): Promise<MailWorld> {
  const portal = await createTestPortal();
  const env = inject('standInEnvironment');
  process.env.MAIL_FROM = 'Secretariat of the 1540 Committee <no-reply@portal1540.test>';
  process.env.MAIL_CONFIGURATION_SET = 'portal1540-test';
  const { mailBatch } = await import('../../../functions/mailer/handler.js');
  const suffix = randomBytes(4).toString('hex');
  const config = {
    region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '' },
  };
  const sqs = new SQSClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_SQS });
  const ses = new SESClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_SES });
  const queueUrl = await ensureMailQueue(sqs, `mail-${suffix}`, 50);
  const domain = `mfa-${suffix}.example.org`;
  const mailer = (overrides: Partial<MailerDependencies> = {}): MailerDependencies => ({
    store: portal.store,
    ses,
    from: process.env.MAIL_FROM!,
    configurationSet: 'portal1540-test',
    pace: sendPacing(5000),
    leaseMs: 60_000,
    now: () => new Date(),
    ...overrides,
  });
  return {
    portal,
    domain,
    queueUrl,
    sqs,
    ses,
    planner: { store: portal.store, queue: sqsMailQueue(sqs, queueUrl), catchUpDays: 7, requeueAfterMs: 30 * 60_000, now: () => new Date() },
    mailer,
    drain: async (deps, copies = 1) => {
      const batch = () => mailBatch(deps);
      await Promise.all(Array.from({ length: copies }, () => new QueuePoller(sqs, queueUrl, batch(), { visibilityTimeoutSeconds: 1 }).drain()));
    },
    outbox: async () => (await readLocalOutbox(env.AWS_ENDPOINT_URL_SES!)).filter((m) => m.destination.to.some((to) => to.endsWith(`@${domain}`))),
    contact: async (state, local, language = 'en') => {
      const email = `${local}@${domain}`;
      await designateContact(portal.store, { state, name: `POC ${state}`, email, language, source: 'manual', at: '2026-01-01T00:00:00.000Z' });
      return email;
    },
    dispose: async () => {
      sqs.destroy();
      ses.destroy();
      await portal.dispose();
    },
  };
}
