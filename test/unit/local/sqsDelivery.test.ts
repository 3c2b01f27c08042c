import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ingestFunction } from '../../../functions/ingest/function.js';
import { LocalSqsDelivery } from '../../../infra/local/sqsDelivery.js';

describe('local SQS delivery', () => {
  it('redelivers the records a batch reports as failed, then sets them aside as dead letters', async () => {
    const seen: string[] = [];
    const dead: string[] = [];
    const delivery = new LocalSqsDelivery({
      queueName: 'test',
      retryDelayMs: 1,
      queue: { batchSize: 10, maxReceiveCount: 3 },
      handler: async (event: SQSEvent) => {
        seen.push(...event.Records.map((r) => r.body));
        return { batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })) };
      },
      onDeadLetter: (record) => dead.push(record.body),
    });
    delivery.send('good');
    delivery.send('bad');
    await delivery.idle();
    expect(seen.filter((b) => b === 'good')).toHaveLength(1);
    expect(seen.filter((b) => b === 'bad')).toHaveLength(3);
    expect(dead).toEqual(['bad']);
  });

  it('retries a whole batch when the handler throws', async () => {
    let calls = 0;
    const delivery = new LocalSqsDelivery({
      queueName: 'test',
      retryDelayMs: 1,
      queue: { batchSize: 10, maxReceiveCount: 3 },
      handler: async () => {
        calls += 1;
        if (calls === 1) throw new Error('stand-in unavailable');
        return { batchItemFailures: [] };
      },
    });
    delivery.send('one');
    await delivery.idle();
    expect(calls).toBe(2);
  });

  it("delivers in batches of the ingest function's size and gives up after its queue's receive count, as deployed", async () => {
    const { batchSize, maxReceiveCount } = ingestFunction.invokedBy;
    const sizes: number[] = [];
    const receives = new Map<string, number>();
    const dead: string[] = [];
    const delivery = new LocalSqsDelivery({
      queueName: 'ingest',
      retryDelayMs: 1,
      queue: ingestFunction.invokedBy,
      handler: async (e: SQSEvent) => {
        sizes.push(e.Records.length);
        for (const r of e.Records) receives.set(r.body, (receives.get(r.body) ?? 0) + 1);
        return { batchItemFailures: e.Records.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })) };
      },
      onDeadLetter: (record) => dead.push(record.body),
    });
    for (let i = 0; i < 9; i += 1) delivery.send(String(i));
    delivery.send('bad');
    await delivery.idle();
    expect(Math.max(...sizes)).toBe(batchSize);
    expect(receives.get('bad')).toBe(maxReceiveCount);
    expect(dead).toEqual(['bad']);
  });
});
