import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parseArgs } from 'node:util';
import { ReportType } from '../extraction/contract.js';
import { isMemberState } from '../reference/memberStates.js';
import { submissionIdFor } from '../portal/submissionIdentity.js';
import { stateUploadKey } from '../portal/uploadLocation.js';
import { getSubmission } from '../store/submissions.js';
import type { Submission } from '../store/items.js';
import { printJson, UsageError, type CliIo } from './io.js';
import { connectToPortal } from './portalConnection.js';

export const UPLOAD_USAGE = 'upload --state ISO3 [--type REPORT_TYPE] [--no-wait] [--json] FILE';
const MAX_WAIT_MS = 120_000;

/** Puts a file where the state's upload grant would, then waits for the pipeline to record it. */
export async function runUploadCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { state: { type: 'string' }, type: { type: 'string' }, 'no-wait': { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const state = values.state?.toUpperCase();
  const [file] = positionals;
  if (!state || !file || positionals.length > 1) throw new UsageError(`usage: ${UPLOAD_USAGE}`);
  if (!isMemberState(state)) throw new UsageError(`${state} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  const reportType = values.type === undefined ? undefined : ReportType.safeParse(values.type);
  if (reportType && !reportType.success) throw new UsageError(`--type must be one of ${ReportType.options.join(', ')}`);
  const size = (await stat(file).catch(() => undefined))?.size;
  if (size === undefined) throw new UsageError(`cannot read ${file}`);

  const portal = connectToPortal();
  try {
    const key = stateUploadKey(state, randomBytes(9).toString('base64url'), basename(file));
    const put = await portal.s3.send(
      new PutObjectCommand({
        Bucket: portal.bucketName,
        Key: key,
        Body: await readFile(file),
        Metadata: reportType?.success ? { 'report-type': reportType.data } : undefined,
      }),
    );
    const id = submissionIdFor({ bucket: portal.bucketName, key, versionId: put.VersionId, eTag: put.ETag?.replace(/"/g, '') });
    if (values['no-wait']) {
      io.stdout(`uploaded ${key} to the ${portal.description}; submission id ${id}\n`);
      return 0;
    }
    const submission = await waitForSubmission(() => getSubmission(portal.store, id));
    if (!submission) {
      io.stderr(`uploaded ${key}, but no submission was recorded within ${MAX_WAIT_MS / 1000} s; check the portal's log\n`);
      return 1;
    }
    if (values.json) printJson(io, submission);
    else io.stdout(`${describeSubmission(submission)}\n`);
    return submission.status === 'rejected' ? 2 : 0;
  } finally {
    portal.close();
  }
}

async function waitForSubmission(find: () => Promise<Submission | undefined>): Promise<Submission | undefined> {
  const deadline = Date.now() + MAX_WAIT_MS;
  while (Date.now() < deadline) {
    const found = await find();
    if (found) return found;
    await sleep(250);
  }
  return undefined;
}

export function describeSubmission(s: Submission): string {
  const head = `${s.id}  ${s.status}  ${s.fileName}`;
  if (s.status === 'rejected') return `${head}\n  refused (${s.rejection?.code}): ${s.rejection?.message}\n  kept at ${s.quarantineKey}`;
  if (s.status === 'duplicate') return `${head}\n  same bytes as submission ${s.duplicateOf}`;
  const e = s.extraction;
  if (!e) return head;
  return `${head}\n  ${e.reportType}, ${e.language}, dated ${e.documentDate ?? 'unknown'}; ${e.matrix.length} matrix elements, ${e.gaps.length} gaps, ${e.treaties.length} treaties, ${e.contacts.length} contacts`;
}
