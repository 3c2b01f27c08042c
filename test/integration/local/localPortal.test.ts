/**
 * The local portal runs each function the way its description says the deployment runs it: the
 * ingest delivery and the mail queue take the batch size and receive count of the very objects the
 * CDK stacks are built from (`test/infra/functionDescriptions.test.ts` checks the stacks), and the
 * handlers' settings come from the same schemas, with the same defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFunction } from '../../../functions/admin/function.js';
import { ingestFunction } from '../../../functions/ingest/function.js';
import { mailerFunction } from '../../../functions/mailer/function.js';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import { standInClients } from '../../../infra/local/standInClients.js';

let home: string;
let portal: LocalPortal;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-local-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('the local portal', () => {
  it("delivers uploads and mail with the functions' own queue settings", () => {
    expect(portal.queues.ingest).toBe(ingestFunction.invokedBy);
    expect(portal.queues.mail).toBe(mailerFunction.invokedBy);
  });

  it("gives the mail queue the mailer's receive count before its dead-letter queue, on the SQS stand-in", async () => {
    const { sqs, destroy } = standInClients(portal.standIns.endpoints);
    try {
      const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: portal.mailQueueUrl, AttributeNames: ['RedrivePolicy'] }));
      expect(JSON.parse(Attributes.RedrivePolicy ?? '{}')).toMatchObject({ maxReceiveCount: mailerFunction.invokedBy.maxReceiveCount });
    } finally {
      destroy();
    }
  });

  it("grants uploads up to the admin function's default limit, which its schema gives", async () => {
    const defaults = adminFunction.environment.parse({ TABLE_NAME: 'any', BUCKET_NAME: 'any' });
    const response = await fetch(`${portal.adminApi.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.adminApi.tokens['state-FRA']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'report.pdf', reportType: 'national_report' }),
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { maxBytes: number }).maxBytes).toBe(defaults.MAX_UPLOAD_BYTES);
  });

  it("lets the web portal's origin, and no other, call the admin API from a browser (CORS)", async () => {
    const preflight = (origin: string) =>
      fetch(`${portal.adminApi.url}/states/FRA/submissions`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight(portal.web.url);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(portal.web.url);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('http://127.0.0.1:1');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the web portal with its configuration and a strict content security policy', async () => {
    const config = (await (await fetch(`${portal.web.url}/config.json`)).json()) as { apiUrl: string; auth: { kind: string; redirectUri: string } };
    expect(config).toMatchObject({ apiUrl: portal.adminApi.url, auth: { kind: 'local', redirectUri: `${portal.web.url}/signed-in` } });
    const page = await fetch(`${portal.web.url}/states/FRA/upload`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'; style-src 'self'");
  });
});
