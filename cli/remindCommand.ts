import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { planReminders } from '#shared/deadlines/planReminders.js';
import { IsoDate } from '#shared/extraction/contract.js';
import { sqsMailQueue, type MailQueue } from '#shared/mail/mailQueue.js';
import { portalHome } from '../infra/local/localPortalInfo.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';
import { connectToPortal } from './portalConnection.js';

export const REMIND_USAGE = 'remind --as-of YYYY-MM-DD [--dry-run] [--json]';

/**
 * Runs the reminder planner as of a day: with --dry-run, who would be written to and why (nothing
 * is queued); without, the reminders are queued for the mailer like the daily run does, and a
 * second run for the same day queues nothing new.
 */
export async function runRemindCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const asOf = IsoDate.safeParse(values['as-of']);
  if (!asOf.success) throw new UsageError(`usage: ${REMIND_USAGE} (a calendar date, e.g. 2026-01-02)`);
  const dryRun = values['dry-run'] ?? false;
  const portal = connectToPortal();
  const sqs = dryRun ? undefined : mailQueueClient();
  try {
    const queue: MailQueue = sqs ? sqsMailQueue(sqs.client, await sqs.queueUrl()) : { enqueue: async () => undefined };
    const plan = await planReminders(
      { store: portal.store, queue, catchUpDays: 7, requeueAfterMs: 30 * 60_000, now: () => new Date() },
      { asOf: asOf.data, dryRun },
    );
    if (values.json) {
      printJson(io, plan);
      return 0;
    }
    if (plan.reminders.length > 0) {
      printTable(
        io,
        ['STATE', 'DEADLINE', 'OCCURRENCE', 'STEP', 'KIND', 'LANG', 'CONTACT', 'STATUS', 'WHY'],
        plan.reminders.map((r) => [r.state, r.deadlineId, r.occurrence, r.step, r.kind, r.language, r.email, r.status, r.why]),
      );
    }
    const fresh = plan.reminders.filter((r) => r.status === 'new').length;
    io.stdout(
      `${plan.reminders.length} reminder(s) due as of ${plan.asOf}, ${fresh} not yet sent; ` +
        `${dryRun ? 'dry run: nothing queued' : `${plan.queued} queued for sending`}; ` +
        `${plan.unreachable.length} state reminder(s) without an active point of contact\n`,
    );
    return 0;
  } finally {
    portal.close();
    sqs?.client.destroy();
  }
}

/** The mail queue: the local portal's (from its portal.json), or MAIL_QUEUE_URL for a deployment. */
function mailQueueClient(env: NodeJS.ProcessEnv = process.env) {
  if (env.MAIL_QUEUE_URL) {
    const queueUrl = env.MAIL_QUEUE_URL;
    return { client: new SQSClient({}), queueUrl: async () => queueUrl };
  }
  const info = z
    .object({ endpoints: z.object({ sqs: z.string() }) })
    .safeParse(JSON.parse(readFileSync(join(portalHome(env), 'portal.json'), 'utf8')));
  if (!info.success) throw new UsageError('the running portal has no mail queue (restart it with this version), or set MAIL_QUEUE_URL');
  const client = new SQSClient({
    endpoint: info.data.endpoints.sqs,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    client,
    queueUrl: async () => (await client.send(new GetQueueUrlCommand({ QueueName: 'mail' }))).QueueUrl ?? '',
  };
}
