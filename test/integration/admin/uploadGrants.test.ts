/**
 * Upload grants: the presigned POST policy itself (S3 enforces it on AWS; the local S3 stand-in does
 * not), and the local portal's upload path, which enforces the same policy.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAddress } from '../../../infra/local/localAuth.js';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
let fraToken: string;
beforeAll(async () => {
  h = await startAdminHarness();
  fraToken = h.api.tokens['state-FRA'] ?? '';
});
afterAll(() => h.dispose());

interface Grant {
  uploadId: string;
  key: string;
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
  expiresAt: string;
}

async function grant(body: Record<string, unknown>, token = fraToken): Promise<Grant> {
  const response = await h.call('/uploads', { token, method: 'POST', body });
  expect(response.status).toBe(201);
  return (await response.json()) as Grant;
}

function policyOf(g: Grant): { expiration: string; conditions: unknown[] } {
  return JSON.parse(Buffer.from(g.fields.Policy ?? '', 'base64').toString('utf8'));
}

function post(g: Grant, file: Buffer, change: (form: FormData) => void = () => undefined) {
  const form = new FormData();
  for (const [name, value] of Object.entries(g.fields)) form.set(name, value);
  change(form);
  form.set('file', new Blob([file]), 'report.txt');
  return fetch(g.url, { method: 'POST', body: form });
}

describe('POST /uploads', () => {
  it("binds the policy to a fresh place of the caller's own state, a size range and a short expiry", async () => {
    const before = Date.now();
    const g = await grant({ fileName: 'Rapport national (FR).pdf', reportType: 'national_report' });
    const prefix = `incoming/FRA/${g.uploadId}/`;
    expect(g.key).toBe(`${prefix}Rapport_national_FR_.pdf`);
    const policy = policyOf(g);
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['starts-with', '$key', prefix],
        ['content-length-range', 1, 25 * 1024 * 1024],
        { key: g.key },
        { bucket: h.portal.bucketName },
        { 'x-amz-meta-report-type': 'national_report' },
      ]),
    );
    const lifetime = Date.parse(policy.expiration) - before;
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000 + 1_000);
    expect(g.maxBytes).toBe(25 * 1024 * 1024);
  });

  it('gives every grant a new upload id', async () => {
    const [a, b] = await Promise.all([grant({ fileName: 'a.pdf' }), grant({ fileName: 'a.pdf' })]);
    expect(a.uploadId).not.toBe(b.uploadId);
  });

  it('lets the secretariat grant for a state it names, and asks it to name one', async () => {
    const g = await grant({ fileName: 'r.pdf', state: 'KEN' }, h.api.tokens.secretariat);
    expect(g.key.startsWith('incoming/KEN/')).toBe(true);
    const unnamed = await h.call('/uploads', { method: 'POST', body: { fileName: 'r.pdf' } });
    expect(unnamed.status).toBe(400);
  });

  it('grants the secretariat a place for a Committee document under committee/, and no state user', async () => {
    const g = await grant({ fileName: 'Programme of work 2026.pdf', committee: true }, h.api.tokens.secretariat);
    expect(g.key).toBe(`committee/${g.uploadId}/Programme_of_work_2026.pdf`);
    expect(policyOf(g).conditions).toEqual(expect.arrayContaining([['starts-with', '$key', `committee/${g.uploadId}/`], { key: g.key }]));
    const asState = await h.call('/uploads', { token: fraToken, method: 'POST', body: { fileName: 'p.pdf', committee: true } });
    expect(asState.status).toBe(403);
    const withState = await h.call('/uploads', { method: 'POST', body: { fileName: 'p.pdf', committee: true, state: 'KEN' } });
    expect(withState.status).toBe(400);
  });

  it("never grants a state's place for a Committee document, whoever asks", async () => {
    for (const token of [fraToken, h.api.tokens.secretariat]) {
      const response = await h.call('/uploads', { token, method: 'POST', body: { fileName: 'p.pdf', state: 'FRA', reportType: 'committee_document' } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain('cannot be a Committee document');
    }
  });

  it("binds the uploader's own address, from the verified token, into the object's metadata", async () => {
    const g = await grant({ fileName: 'r.pdf' });
    expect(g.fields['x-amz-meta-uploader-email']).toBe(localAddress('local-fra'));
    expect(policyOf(g).conditions).toContainEqual({ 'x-amz-meta-uploader-email': localAddress('local-fra') });
    const forged = await post(g, Buffer.from('x'), (form) => form.set('x-amz-meta-uploader-email', 'someone@else.example'));
    expect(forged.status).toBe(403);
  });

  it('answers 422 naming the field for a missing file name', async () => {
    const response = await h.call('/uploads', { token: fraToken, method: 'POST', body: {} });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).toContain('body.fileName');
  });
});

describe("the local portal's upload path", () => {
  it('stores a file posted with the grant', async () => {
    const g = await grant({ fileName: 'report.txt' });
    const response = await post(g, Buffer.from('National report'));
    expect(response.status).toBe(204);
    const head = await h.portal.clients.s3.send(new HeadObjectCommand({ Bucket: h.portal.bucketName, Key: g.key }));
    expect(head.ContentLength).toBe(15);
  });

  it('refuses a key outside the granted place, an empty or oversized file, and a tampered policy', async () => {
    const g = await grant({ fileName: 'report.txt' });
    const elsewhere = await post(g, Buffer.from('x'), (form) => form.set('key', 'incoming/DEU/other123/report.txt'));
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.text()).toContain('Policy Condition failed');
    expect((await post(g, Buffer.alloc(0))).status).toBe(400);
    expect((await post(g, Buffer.alloc(25 * 1024 * 1024 + 1))).status).toBe(400);
    const widened = Buffer.from(JSON.stringify({ ...policyOf(g), conditions: [['starts-with', '$key', 'incoming/']] })).toString('base64');
    expect((await post(g, Buffer.from('x'), (form) => form.set('Policy', widened))).status).toBe(403);
    const extra = await post(g, Buffer.from('x'), (form) => form.set('x-amz-meta-report-type', 'committee_document'));
    expect(extra.status).toBe(403);
  });
});
