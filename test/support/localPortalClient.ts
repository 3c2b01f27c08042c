/**
 * A state's user and the secretariat using an in-process local portal the way people do: admin API
 * calls with the portal's tokens, uploads through a grant and the form POST, then waiting for the
 * pipeline (the submission recorded, its receipts settled by the mailer).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import type { LocalPortal } from '../../infra/local/localPortal.js';
import { submissionIdFor } from '../../shared/portal/submissionIdentity.js';
import type { Submission } from '../../shared/store/items.js';
import { RECEIPT_PREFIX, stateKey } from '../../shared/store/keys.js';
import { OutboundMail } from '../../shared/store/outboundMail.js';
import { getSubmission } from '../../shared/store/submissions.js';
import { partitionPrefix, queryAll } from '../../shared/store/table.js';

export async function eventually<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

export function localPortalClient(portal: LocalPortal) {
  const call = (path: string, token: string, body: unknown) =>
    fetch(`${portal.adminApi.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** Uploads as a state's user does (grant, then the form POST) and waits for the recorded submission. */
  async function upload(
    fileName: string,
    content: string | Uint8Array,
    grantBody: Record<string, unknown> = {},
    token = portal.adminApi.tokens['state-FRA']!,
  ): Promise<Submission> {
    const granted = await call('/uploads', token, { fileName, ...grantBody });
    expect(granted.status).toBe(201);
    const grant = (await granted.json()) as { key: string; url: string; fields: Record<string, string> };
    const form = new FormData();
    for (const [field, value] of Object.entries(grant.fields)) form.append(field, value);
    form.append('file', new Blob([content]), fileName);
    const posted = await fetch(grant.url, { method: 'POST', body: form });
    expect(posted.status).toBe(204);
    const id = submissionIdFor({
      bucket: grant.fields.bucket ?? '',
      key: grant.key,
      versionId: posted.headers.get('x-amz-version-id') ?? undefined,
      eTag: posted.headers.get('etag')?.replace(/"/g, ''),
    });
    return eventually(`the submission of ${fileName}`, () => getSubmission(portal.store, id));
  }

  /** The receipts of a state's submission once the mailer has settled each of them. */
  const settledReceipts = (submission: Submission) =>
    eventually(`the receipts of ${submission.fileName}`, async () => {
      const mails = await queryAll(portal.store, partitionPrefix(stateKey(submission.state!), `${RECEIPT_PREFIX}${submission.id}#`), OutboundMail);
      return mails.length > 0 && mails.every((m) => m.status !== 'queued' && m.status !== 'sending') ? mails : undefined;
    });

  return { call, upload, settledReceipts };
}

export type LocalPortalClient = ReturnType<typeof localPortalClient>;
