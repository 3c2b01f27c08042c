/**
 * Delivers S3 notifications to a handler the way S3 → SQS → Lambda does on AWS: each notification
 * becomes the body of an SQS record, records go in batches of the function's batch size, a record
 * the handler reports in `batchItemFailures` (or every record, if the handler throws) comes back
 * after a delay, and after the queue's receive count it is set aside as a dead letter, like the
 * deployed queue's redrive policy. Both numbers come from the function's description.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { QueueInvocation } from '#shared/lambda/functionDescription.js';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>;

export interface DeliveryOptions {
  handler: SqsHandler;
  queueName: string;
  /** The deployed queue's settings (the function's `invokedBy`). */
  queue: Pick<QueueInvocation, 'batchSize' | 'maxReceiveCount'>;
  /** Stands for the visibility timeout: locally a failed record comes back after a second, not minutes. */
  retryDelayMs?: number;
  onDeadLetter?: (record: SQSRecord) => void;
  onError?: (error: unknown) => void;
}

interface Pending {
  record: SQSRecord;
  receives: number;
  notBefore: number;
}

export class LocalSqsDelivery {
  private readonly pending: Pending[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: DeliveryOptions) {}

  get queue(): DeliveryOptions['queue'] {
    return this.options.queue;
  }

  send(body: string): void {
    if (this.stopped) return;
    this.pending.push({ record: sqsRecord(body, this.options.queueName), receives: 0, notBefore: 0 });
    this.kick();
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.pending.length > 0 && !this.stopped) this.kick();
      else this.idleWaiters.splice(0).forEach((resolve) => resolve());
    });
  }

  /** Resolves when every message sent so far has been handled or dead-lettered. */
  async idle(): Promise<void> {
    if (!this.running) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking new messages and waits for the batch in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    const { batchSize, maxReceiveCount } = this.options.queue;
    const retryDelayMs = this.options.retryDelayMs ?? 1_000;
    while (this.pending.length > 0 && !this.stopped) {
      const now = Date.now();
      const ready = this.pending.filter((p) => p.notBefore <= now).slice(0, batchSize);
      if (ready.length === 0) {
        await sleep(Math.max(10, Math.min(...this.pending.map((p) => p.notBefore)) - now));
        continue;
      }
      for (const p of ready) this.pending.splice(this.pending.indexOf(p), 1);
      ready.forEach((p) => (p.receives += 1));
      const failed = await this.invoke(ready.map((p) => withReceiveCount(p.record, p.receives)));
      for (const p of ready.filter((p) => failed.has(p.record.messageId))) {
        if (p.receives >= maxReceiveCount) this.options.onDeadLetter?.(p.record);
        else this.pending.push({ ...p, notBefore: Date.now() + retryDelayMs });
      }
    }
  }

  private async invoke(records: SQSRecord[]): Promise<Set<string>> {
    try {
      const response = await this.options.handler({ Records: records }, lambdaContext(this.options.queueName));
      return new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      this.options.onError?.(error);
      return new Set(records.map((r) => r.messageId));
    }
  }
}

function withReceiveCount(record: SQSRecord, receives: number): SQSRecord {
  return { ...record, attributes: { ...record.attributes, ApproximateReceiveCount: String(receives) } };
}

function sqsRecord(body: string, queueName: string): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '0',
      SentTimestamp: now,
      SenderId: 'AIDAPORTAL1540LOCAL',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${queueName}`,
    awsRegion: 'us-east-1',
  };
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
