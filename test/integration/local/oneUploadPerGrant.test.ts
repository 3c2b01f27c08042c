/**
 * One grant, one file, replayed against the local portal (in process, its own stand-ins): a state
 * gets an upload grant, posts a good report (accepted), then posts garbage with the same grant. On
 * AWS S3 would store the second POST as a later version of the key, which ingest quarantines
 * (`test/integration/ingest/objectVersions.test.ts`); the local S3 stand-in keeps no versions and
 * would replace the report, so the local upload path refuses the second POST, and keeps refusing it
 * after a restart. The accepted submission and its download stay as they were.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import type { Submission } from '../../../shared/store/items.js';
import { stateKey } from '../../../shared/store/keys.js';
import { listSubmissions } from '../../../shared/store/submissions.js';

let home: string;
let portal: LocalPortal;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-grant-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

const REPORT = `National report of the French Republic on the implementation of Security Council resolution 1540 (2004).

France is a State party to the Treaty on the Non-Proliferation of Nuclear Weapons and to the Chemical Weapons Convention.
The Defence Code, article L2341-1, prohibits the development, production and stockpiling of chemical weapons.
`;

interface Grant {
  key: string;
  url: string;
  fields: Record<string, string>;
}

/** The grant's form, posted to the local portal's upload path (wherever it listens now). */
function post(grant: Grant, file: string): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(grant.fields)) form.set(name, value);
  form.set('file', new Blob([file]), 'report.txt');
  const url = new URL(grant.url);
  return fetch(new URL(url.pathname, portal.adminApi.url), { method: 'POST', body: form });
}

const asFrance = () => ({ authorization: `Bearer ${portal.adminApi.tokens['state-FRA']}` });

async function submissionsAt(key: string): Promise<Submission[]> {
  const { items } = await listSubmissions(portal.store, stateKey('FRA'), { limit: 100 });
  return items.filter((s) => s.objectKey === key);
}

describe('an upload grant of the local portal', () => {
  it('takes one file: a second POST with it is refused, and the accepted report and its download stay', async () => {
    const granted = await fetch(`${portal.adminApi.url}/uploads`, {
      method: 'POST',
      headers: { ...asFrance(), 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'report.txt', reportType: 'national_report' }),
    });
    expect(granted.status).toBe(201);
    const grant = (await granted.json()) as Grant;

    expect((await post(grant, REPORT)).status).toBe(204);
    await portal.settled();
    const [accepted, ...others] = await submissionsAt(grant.key);
    expect(others).toEqual([]);
    expect(accepted).toMatchObject({ state: 'FRA', status: 'accepted' });

    const again = await post(grant, 'garbage \u0000\u0001\u0002');
    expect(again.status).toBe(403);
    expect(await again.text()).toMatch(/<Code>AccessDenied<\/Code>.*already used/);
    await portal.settled();
    expect(await submissionsAt(grant.key)).toEqual([accepted]);
    const stored = await portal.s3.send(new GetObjectCommand({ Bucket: portal.bucketName, Key: grant.key }));
    expect(await stored.Body?.transformToString()).toBe(REPORT);

    const file = await fetch(`${portal.adminApi.url}/submissions/${accepted!.id}`, { headers: asFrance() });
    expect(file.status).toBe(200);
    const download = await fetch(((await file.json()) as { download: { url: string } }).download.url);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(REPORT);

    // A restart does not reopen the grant: the used grants are kept in the portal's home.
    await portal.stop();
    portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
    const afterRestart = await post(grant, 'garbage again');
    expect(afterRestart.status).toBe(403);
    await portal.settled();
    expect(await submissionsAt(grant.key)).toEqual([accepted]);
  }, 120_000);
});
