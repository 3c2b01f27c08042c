import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalSqsDelivery } from '../../../infra/local/sqsDelivery.js';

describe('local SQS delivery', () => {
  it('redelivers the records a batch reports as failed, then sets them aside as dead letters', async () => {
    const seen: string[] = [];
    const dead: string[] = [];
    const delivery = new LocalSqsDelivery({
      queueName: 'test',
      retryDelayMs: 1,
      maxReceives: 3,
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

  it('delivers in batches of at most the batch size', async () => {
    const sizes: number[] = [];
    const delivery = new LocalSqsDelivery({ queueName: 'test', batchSize: 10, handler: async (e: SQSEvent) => void sizes.push(e.Records.length) });
    for (let i = 0; i < 25; i += 1) delivery.send(String(i));
    await delivery.idle();
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(25);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
  });
});
