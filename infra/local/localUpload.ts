/**
 * The local portal's own upload path: a browser-style POST upload (the form of an upload grant)
 * that is checked the way S3 checks it before the file is stored in the local S3 stand-in, which
 * itself checks nothing. It verifies the SigV4 signature of the policy (with the stand-ins'
 * credentials), the policy's expiry, and every condition: exact fields, `starts-with` prefixes and
 * the `content-length-range`; and, as S3 does, that every form field is covered by a condition.
 *
 * One rule is the local stand-in's own: a grant takes one POST (`UsedUploadGrants`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { dirname } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { METADATA_FIELD_PREFIX } from '#shared/portal/uploadLocation.js';
import { LOCAL_CREDENTIALS } from './standInClients.js';

export const LOCAL_UPLOAD_PATH = '/local-upload';

type Condition = Record<string, string> | [string, string, string | number] | ['content-length-range', number, number];

export interface UploadOutcome {
  status: number;
  body: string;
  /** As S3 answers a POST upload: the new object's ETag (its version id too, on a versioned bucket). */
  headers?: Record<string, string>;
}

/** Fields S3 does not require a condition for. */
const UNCONDITIONED = new Set(['policy', 'x-amz-signature', 'file']);

/**
 * Upload grants already used, by their policy's signature: the local stand-in's rule that a grant
 * takes one file. S3 cannot enforce it (a POST policy may be posted until it expires; the versioned
 * bucket keeps each POST as a version of the key, and ingest keeps only the first). The S3 stand-in
 * keeps no versions, so a second POST would replace the first file: here it is refused as S3 refuses
 * a policy it no longer honours (403 AccessDenied, "Invalid according to Policy").
 *
 * Kept in a file of the portal's home (one line per used grant), so a restart does not reopen them;
 * only grants not yet expired are loaded, since an expired one is refused anyway.
 */
export class UsedUploadGrants {
  private readonly used = new Map<string, string>();

  constructor(private readonly file?: string) {
    if (!file) return;
    let lines: string[] = [];
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of lines) {
      const [signature, expiration] = line.split(' ');
      if (signature && expiration && Date.parse(expiration) > Date.now()) this.used.set(signature, expiration);
    }
  }

  /** Marks a grant used; false when it already was. Synchronous: two racing POSTs cannot both claim it. */
  claim(signature: string, expiration: string): boolean {
    if (this.used.has(signature)) return false;
    this.used.set(signature, expiration);
    return true;
  }

  /** The POST was stored: the grant stays used across restarts. */
  keep(signature: string): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${signature} ${this.used.get(signature) ?? ''}\n`);
  }

  /** The POST could not be stored: the grant may be tried again. */
  release(signature: string): void {
    this.used.delete(signature);
  }
}

export async function acceptLocalUpload(
  s3: S3Client,
  target: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
  usedGrants: UsedUploadGrants,
): Promise<UploadOutcome> {
  const bucket = decodeURIComponent(target.pathname.slice(LOCAL_UPLOAD_PATH.length).replace(/^\/+|\/+$/g, ''));
  let form: FormData;
  try {
    form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': headers['content-type'] ?? '' }, body }).formData();
  } catch {
    return refuse(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
  }
  const fields = new Map<string, string>();
  let file: File | undefined;
  for (const [name, value] of form) {
    if (typeof value === 'string') fields.set(name.toLowerCase(), value);
    else if (name === 'file') file = value;
  }
  fields.set('bucket', bucket);
  const policy = fields.get('policy');
  if (!file || !policy) return refuse(400, 'InvalidArgument', 'A POST upload needs a policy and a file.');
  if (!signatureValid(policy, fields)) return refuse(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');

  const document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as { expiration: string; conditions: Condition[] };
  if (!(Date.parse(document.expiration) > Date.now())) return refuse(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
  const covered = new Set<string>();
  for (const condition of document.conditions) {
    const failure = checkCondition(condition, fields, file.size, covered);
    if (failure) return failure;
  }
  for (const name of fields.keys()) {
    if (!UNCONDITIONED.has(name) && !name.startsWith('x-ignore-') && !covered.has(name)) {
      return refuse(403, 'AccessDenied', `Invalid according to Policy: Extra input fields: ${name}`);
    }
  }
  const key = fields.get('key') ?? '';
  const metadata = Object.fromEntries(
    [...fields].filter(([name]) => name.startsWith(METADATA_FIELD_PREFIX)).map(([name, value]) => [name.slice(METADATA_FIELD_PREFIX.length), value]),
  );
  const signature = fields.get('x-amz-signature') ?? '';
  if (!usedGrants.claim(signature, document.expiration)) {
    return refuse(403, 'AccessDenied', 'Invalid according to Policy: this upload grant was already used (the local portal takes one POST per grant; ask for a new grant).');
  }
  let put;
  try {
    put = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: Buffer.from(await file.arrayBuffer()), Metadata: metadata }));
  } catch (error) {
    usedGrants.release(signature);
    throw error;
  }
  usedGrants.keep(signature);
  return { status: 204, body: '', headers: { ...(put.ETag && { etag: put.ETag }), ...(put.VersionId && { 'x-amz-version-id': put.VersionId }) } };
}

function checkCondition(condition: Condition, fields: Map<string, string>, size: number, covered: Set<string>): UploadOutcome | undefined {
  if (!Array.isArray(condition)) {
    for (const [name, expected] of Object.entries(condition)) {
      covered.add(name.toLowerCase());
      if (fields.get(name.toLowerCase()) !== expected) return policyFailure(`["eq", "$${name}", "${expected}"]`);
    }
    return undefined;
  }
  const [operator, subject, value] = condition;
  if (operator === 'content-length-range') {
    const [, min, max] = condition as ['content-length-range', number, number];
    return size >= min && size <= max
      ? undefined
      : refuse(400, size > max ? 'EntityTooLarge' : 'EntityTooSmall', `Your proposed upload is outside ${min}–${max} bytes.`);
  }
  const name = String(subject).replace(/^\$/, '').toLowerCase();
  covered.add(name);
  const actual = fields.get(name) ?? '';
  if (operator === 'eq' && actual !== value) return policyFailure(`["eq", "${subject}", "${value}"]`);
  if (operator === 'starts-with' && !actual.startsWith(String(value))) return policyFailure(`["starts-with", "${subject}", "${value}"]`);
  if (operator !== 'eq' && operator !== 'starts-with') return policyFailure(`unknown operator ${operator}`);
  return undefined;
}

/** SigV4 for POST policies: the policy (base64) signed with the scope's derived key. */
function signatureValid(policy: string, fields: Map<string, string>): boolean {
  const [accessKeyId, date, region, service] = (fields.get('x-amz-credential') ?? '').split('/');
  if (accessKeyId !== LOCAL_CREDENTIALS.accessKeyId || !date || !region || !service) return false;
  const key = [date, region, service, 'aws4_request'].reduce<Buffer>(
    (k, part) => createHmac('sha256', k).update(part).digest(),
    Buffer.from(`AWS4${LOCAL_CREDENTIALS.secretAccessKey}`),
  );
  const expected = createHmac('sha256', key).update(policy).digest();
  const given = Buffer.from(fields.get('x-amz-signature') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function policyFailure(condition: string): UploadOutcome {
  return refuse(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ${condition}`);
}

function refuse(status: number, code: string, message: string): UploadOutcome {
  return { status, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>` };
}
