/**
 * Mail on one machine: the mail queue on the SQS stand-in (with its dead-letter queue), a poller
 * that feeds the mailer Lambda the way the SQS event source mapping does, and the planner on a timer.
 *
 * Why the local-aws-sqs stand-in and not the in-process delivery (`sqsDelivery.ts`) the ingest
 * queue uses: the mail queue is written to by handler code (the planner, the ingest step's
 * receipts) through the SQS API. With a real SQS-compatible server those handlers run unchanged,
 * given only a client of the stand-in; visibility timeouts, redelivery and the DLQ
 * redrive are the server's, as on AWS. The in-process delivery would need the handlers to be
 * handed a different queue locally. Every message "sent" lands in the local SES (its web page, or
 * `npm run cli -- outbox`).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createHandler as createMailerHandler, dependenciesFrom as mailerDependencies } from '#functions/mailer/handler.js';
import { mailerFunction } from '#functions/mailer/function.js';
import { dependenciesFrom as plannerDependencies, runPlanner } from '#functions/planner/handler.js';
import { plannerFunction } from '#functions/planner/function.js';
import type { AwsClients } from '#shared/aws/clients.js';
import { settingsFor, type QueueInvocation } from '#shared/lambda/functionDescription.js';
import { LOCAL_SECRETARIAT_ADDRESS } from './localPortalInfo.js';
import { lambdaContext } from './sqsDelivery.js';

/** Creates (or finds) a queue and its dead-letter queue, with the redrive of a function's queue; returns the queue's URL. */
export async function ensureQueue(sqs: SQSClient, name: string, redrive: Pick<QueueInvocation, 'maxReceiveCount'>): Promise<string> {
  const { maxReceiveCount } = redrive;
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn;
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }) },
    }),
  );
  if (!queue.QueueUrl) throw new Error(`the SQS stand-in returned no URL for ${name}`);
  return queue.QueueUrl;
}

export type MailerHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

/**
 * Receives from a queue and invokes a batch handler like Lambda's SQS event source mapping:
 * up to the function's batch size per invocation (SQS hands out at most 10 per receive), the
 * records the handler reports failed (or all, if it throws) are left to reappear after the
 * visibility timeout; the rest are deleted.
 */
export class QueuePoller {
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly handler: MailerHandler,
    private readonly options: { batchSize: number; visibilityTimeoutSeconds?: number; idleMs?: number; onError?: (error: unknown) => void },
  ) {}

  /** One receive-invoke-delete round; returns how many messages were received. */
  async pollOnce(): Promise<number> {
    const { Messages = [] } = await this.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.queueUrl,
        MaxNumberOfMessages: Math.min(10, this.options.batchSize),
        WaitTimeSeconds: 0,
        VisibilityTimeout: this.options.visibilityTimeoutSeconds ?? 30,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) return 0;
    const records: SQSRecord[] = Messages.map((m) => ({
      messageId: m.MessageId ?? randomUUID(),
      receiptHandle: m.ReceiptHandle ?? '',
      body: m.Body ?? '',
      attributes: {
        ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
        SentTimestamp: m.Attributes?.SentTimestamp ?? String(Date.now()),
        SenderId: m.Attributes?.SenderId ?? 'local',
        ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      },
      messageAttributes: {},
      md5OfBody: m.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${this.queueUrl.split('/').pop()}`,
      awsRegion: 'us-east-1',
    }));
    let failed: Set<string>;
    try {
      const response = await this.handler({ Records: records }, lambdaContext('mailer'));
      failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      this.options.onError?.(error);
      failed = new Set(records.map((r) => r.messageId));
    }
    const done = records.filter((r) => !failed.has(r.messageId));
    if (done.length > 0) {
      await this.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: done.map((r, i) => ({ Id: String(i), ReceiptHandle: r.receiptHandle })),
        }),
      );
    }
    return records.length;
  }

  /** Polls until the queue has stayed empty (visible and in flight) for a moment. */
  async drain(): Promise<void> {
    for (;;) {
      if ((await this.pollOnce()) > 0) continue;
      const { Attributes = {} } = await this.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: this.queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
      );
      if (Number(Attributes.ApproximateNumberOfMessages ?? 0) + Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0) === 0) return;
      await sleep(100);
    }
  }

  start(): void {
    this.loop ??= (async () => {
      while (!this.stopped) {
        const received = await this.pollOnce().catch((error: unknown) => (this.options.onError?.(error), 0));
        if (received === 0) await sleep(this.options.idleMs ?? 500);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

export interface LocalMailOptions {
  /** Clients of the stand-ins (see `standInClients.ts`). */
  clients: Pick<AwsClients, 'db' | 'ses' | 'sqs'>;
  tableName: string;
  log: (line: string) => void;
  /** How often the planner runs (on AWS: daily, by EventBridge Scheduler). */
  plannerIntervalMs?: number;
}

export interface LocalMail {
  queueUrl: string;
  /** The settings the queue and its poller follow: the mailer's description. */
  queue: Pick<QueueInvocation, 'batchSize' | 'maxReceiveCount'>;
  stop(): Promise<void>;
}

/**
 * The mail queue with the redrive of the mailer's description, the mailer on it in batches of the
 * same size, and the planner now and on a timer. The sender and configuration set are local
 * placeholders; the local SES records neither. A failed e-mail comes back after 30 s rather than
 * the deployed visibility timeout: someone trying the portal waits seconds, not minutes.
 */
export async function startLocalMail(options: LocalMailOptions): Promise<LocalMail> {
  const { clients, tableName } = options;
  const queue = mailerFunction.invokedBy;
  const queueUrl = await ensureQueue(clients.sqs, 'mail', queue);
  const mailer = createMailerHandler(
    mailerDependencies(
      settingsFor(mailerFunction, {
        TABLE_NAME: tableName,
        MAIL_FROM: 'Secretariat of the 1540 Committee <no-reply@portal1540.local>',
        MAIL_CONFIGURATION_SET: 'portal1540-local',
        MAIL_SEND_RATE: '10',
      }),
      clients,
    ),
  );
  const poller = new QueuePoller(clients.sqs, queueUrl, mailer as unknown as MailerHandler, {
    batchSize: queue.batchSize,
    onError: (error) => options.log(`mailer failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  poller.start();

  const planner = plannerDependencies(
    settingsFor(plannerFunction, { TABLE_NAME: tableName, MAIL_QUEUE_URL: queueUrl, SECRETARIAT_ADDRESS: LOCAL_SECRETARIAT_ADDRESS }),
    clients,
  );
  const plan = async () => {
    try {
      const result = await runPlanner(planner, {});
      if (result.queued > 0) options.log(`planner: ${result.queued} reminder(s) queued for ${result.asOf}`);
    } catch (error) {
      options.log(`planner failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void plan();
  const timer = setInterval(() => void plan(), options.plannerIntervalMs ?? 60 * 60_000);
  timer.unref();

  return {
    queueUrl,
    queue,
    stop: async () => {
      clearInterval(timer);
      await poller.stop();
    },
  };
}
