/**
 * Mailer Lambda: SQS batch of mail-queue messages (each the key of an outbound-mail record) → one
 * `deliverMail` per message. A message that is not a key, or whose delivery throws (SES throttled
 * past its retries, another mailer holding the claim, a transient error), is a batch item failure:
 * SQS redelivers it after the visibility timeout, then the DLQ.
 *
 * Deployment notes: reserved concurrency 1 keeps the account within MAIL_SEND_RATE (the pace is per
 * process); the timeout must cover a batch at that rate, and MAIL_LEASE_SECONDS must exceed it.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { documentClient } from '#shared/aws/dynamoDb.js';
import { sesClient } from '#shared/aws/ses.js';
import { readEnvironment, TableEnvironment } from '#shared/config/environment.js';
import { parseMessageBody } from '#shared/lambda/eventSchemas.js';
import { logger } from '#shared/lambda/powertools.js';
import { sendPacing } from '#shared/mail/sendPacing.js';
import { MailKey } from '#shared/store/outboundMail.js';
import { deliverMail, type MailerDependencies } from './deliverMail.js';

export const MailerEnvironment = TableEnvironment.extend({
  MAIL_FROM: z.string().min(3),
  MAIL_REPLY_TO: z.string().optional(),
  MAIL_CONFIGURATION_SET: z.string().min(1),
  /** E-mails per second: SES's MaxSendRate for the account (sandbox: 1). */
  MAIL_SEND_RATE: z.coerce.number().positive().default(1),
  MAIL_LEASE_SECONDS: z.coerce.number().int().positive().default(900),
});

const environment = readEnvironment(MailerEnvironment);

const dependencies: MailerDependencies = {
  store: { db: documentClient(), tableName: environment.TABLE_NAME },
  ses: sesClient(),
  from: environment.MAIL_FROM,
  replyTo: environment.MAIL_REPLY_TO,
  configurationSet: environment.MAIL_CONFIGURATION_SET,
  pace: sendPacing(environment.MAIL_SEND_RATE),
  leaseMs: environment.MAIL_LEASE_SECONDS * 1000,
  now: () => new Date(),
};

/** The batch function over any dependencies (tests give it a fault-injecting SES client). */
export function mailBatch(deps: MailerDependencies) {
  // One processor per batch function: a processor holds one batch's state at a time.
  const processor = new BatchProcessor(EventType.SQS, { logger });
  const mailRecord = async (record: SQSRecord): Promise<void> => {
    const delivery = await deliverMail(deps, parseMessageBody(MailKey, record.body));
    // The key holds the address: log the delivery's kind, state and outcome only.
    logger.info('mail delivery', { messageId: record.messageId, ...delivery });
  };
  return (event: SQSEvent, context: Context) => processPartialResponse(event, mailRecord, processor, { context });
}

export const handler = middy(mailBatch(dependencies)).use(injectLambdaContext(logger));
