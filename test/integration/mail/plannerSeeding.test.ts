/**
 * The planner Lambda's handler seeds a new deployment's reference data: the 193 member state
 * profiles and the standing deadlines, on `{ "seedOnly": true }` (sent by the stack at each
 * deployment) and before every real run; never on a dry run, never over an edit.
 */
import { randomBytes } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMailQueue } from '../../../infra/local/localMail.js';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { standingDeadlines } from '../../../shared/deadlines/standingDeadlines.js';
import { getDeadline, listDeadlines, setDeadlineStatus } from '../../../shared/store/deadlines.js';
import { listStatesByReportingStatus } from '../../../shared/store/stateProfiles.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

let portal: TestPortal;
let handler: (event: unknown, context: Context) => Promise<unknown>;

beforeAll(async () => {
  portal = await createTestPortal();
  const env = portal.environment;
  const sqs = new SQSClient({
    region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID ?? '', secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '' },
    endpoint: env.AWS_ENDPOINT_URL_SQS,
  });
  process.env.MAIL_QUEUE_URL = await ensureMailQueue(sqs, `mail-${randomBytes(4).toString('hex')}`);
  ({ handler } = (await import('../../../functions/planner/handler.js')) as unknown as { handler: typeof handler });
});
afterAll(() => portal.dispose());

const seededDeadlines = async () => (await Promise.all(standingDeadlines().map((d) => getDeadline(portal.store, d.id)))).filter(Boolean);

describe('the planner seeds reference data', () => {
  it('not on a dry run: a dry run writes nothing', async () => {
    await handler({ dryRun: true }, lambdaContext('planner'));
    expect(await listStatesByReportingStatus(portal.store, 'not_reported')).toHaveLength(0);
    expect(await seededDeadlines()).toHaveLength(0);
  });

  it('on { seedOnly: true }: every member state, not reported, and the standing deadlines; again, nothing', async () => {
    expect(await handler({ seedOnly: true }, lambdaContext('planner'))).toEqual({ seeded: { states: 193, deadlines: standingDeadlines().length } });
    expect(await listStatesByReportingStatus(portal.store, 'not_reported')).toHaveLength(193);
    expect(await seededDeadlines()).toHaveLength(standingDeadlines().length);
    expect(await handler({ seedOnly: true }, lambdaContext('planner'))).toEqual({ seeded: { states: 0, deadlines: 0 } });
  });

  it("before a real run, without undoing the secretariat's edits", async () => {
    const retired = standingDeadlines()[0]!.id;
    await setDeadlineStatus(portal.store, retired, 'retired');
    const plan = (await handler({ asOf: '2026-11-27' }, lambdaContext('planner'))) as { asOf: string };
    expect(plan.asOf).toBe('2026-11-27');
    expect((await getDeadline(portal.store, retired))?.status).toBe('retired');
    expect(await listDeadlines(portal.store, 'retired')).toEqual([expect.objectContaining({ id: retired })]);
  });
});
