/**
 * A mail world for one test: its own table (test portal), its own mail queue on the SQS stand-in,
 * recipients on a domain of its own (the SES stand-in's outbox is shared by the whole run), the
 * planner's and the mailer's dependencies, and mailers fed from the queue like Lambda's pollers.
 */
import { randomBytes } from 'node:crypto';
import type { SESClient } from '@aws-sdk/client-ses';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { ensureQueue, QueuePoller } from '../../../infra/local/localMail.js';
import type { MailerDependencies } from '../../../functions/mailer/deliverMail.js';
import { mailerFunction } from '../../../functions/mailer/function.js';
import { createHandler as createMailer, dependenciesFrom as mailerDependencies } from '../../../functions/mailer/handler.js';
import { plannerFunction } from '../../../functions/planner/function.js';
import { dependenciesFrom as plannerDependencies } from '../../../functions/planner/handler.js';
import type { PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { readLocalOutbox } from '../../../infra/local/localOutbox.js';
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
  const { sqs, ses } = portal.clients;
  const suffix = randomBytes(4).toString('hex');
  // Many receives before the dead-letter queue: tests that inject SES faults retry a message often.
  const queueUrl = await ensureQueue(sqs, `mail-${suffix}`, { maxReceiveCount: 50 });
  const domain = `mfa-${suffix}.example.org`;
  // The mailer's and the planner's own dependencies, from settings their schemas parse; the send
  // rate is the stand-in's, far above SES's.
  const mailerSettings = settingsFor(mailerFunction, {
    TABLE_NAME: portal.tableName,
    MAIL_FROM: 'Secretariat of the 1540 Committee <no-reply@portal1540.test>',
    MAIL_CONFIGURATION_SET: 'portal1540-test',
    MAIL_SEND_RATE: '5000',
    MAIL_LEASE_SECONDS: '60',
  });
  const mailer = (overrides: Partial<MailerDependencies> = {}): MailerDependencies => ({
    ...mailerDependencies(mailerSettings, portal.clients),
    ...overrides,
  });
  return {
    portal,
    domain,
    queueUrl,
    sqs,
    ses,
    planner: plannerDependencies(settingsFor(plannerFunction, { TABLE_NAME: portal.tableName, MAIL_QUEUE_URL: queueUrl }), portal.clients),
    mailer,
    drain: async (deps, copies = 1) => {
      const poller = () =>
        new QueuePoller(sqs, queueUrl, createMailer(deps) as never, { batchSize: mailerFunction.invokedBy.batchSize, visibilityTimeoutSeconds: 1 });
      await Promise.all(Array.from({ length: copies }, () => poller().drain()));
    },
    outbox: async () => (await readLocalOutbox(portal.endpoints.ses)).filter((m) => m.destination.to.some((to) => to.endsWith(`@${domain}`))),
    contact: async (state, local, language = 'en') => {
      const email = `${local}@${domain}`;
      await designateContact(portal.store, { state, name: `POC ${state}`, email, language, source: 'manual', at: '2026-01-01T00:00:00.000Z' });
      return email;
    },
    dispose: () => portal.dispose(),
  };
}
