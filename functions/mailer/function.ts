/**
 * The mailer: the mail queue (one message per e-mail) → SES, at the account's send rate.
 *
 * SES allows MAIL_SEND_RATE × copies e-mails per second in all: the mailer paces itself per
 * process, so at most `maxConcurrency` copies run (reserved concurrency and the event source's
 * bound, the least an SQS event source can be bounded to) and each is given its share of the
 * account's rate (the service stack divides it). The timeout covers a whole batch at the slowest
 * share SES allows (1 e-mail per second for the account, half of it per copy), plus room for SES
 * and the table; a claim on an e-mail outlives the invocation that took it (MAIL_LEASE_SECONDS),
 * after which a redelivery may take it over.
 */
import * as z from 'zod';
import { TableEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

const TIMEOUT_SECONDS = 60;
const COPIES = 2;

export const mailerFunction = describeFunction({
  name: 'mailer',
  summary: "Sends each queued e-mail through SES, in the contact point's UN language, at the SES send rate",
  environment: TableEnvironment.extend({
    MAIL_FROM: z.string().min(3),
    MAIL_REPLY_TO: z.string().optional(),
    MAIL_CONFIGURATION_SET: z.string().min(1),
    /** E-mails per second for this copy: its share of SES's MaxSendRate for the account. */
    MAIL_SEND_RATE: z.coerce.number().positive().default(1 / COPIES),
    MAIL_LEASE_SECONDS: z.coerce.number().int().positive().default(TIMEOUT_SECONDS * 2),
  }),
  memoryMb: 256,
  timeoutSeconds: TIMEOUT_SECONDS,
  reservedConcurrency: COPIES,
  invokedBy: {
    kind: 'queue',
    batchSize: 10,
    maxReceiveCount: 5,
    visibilityTimeoutSeconds: TIMEOUT_SECONDS * 6,
    maxConcurrency: COPIES,
  },
});
