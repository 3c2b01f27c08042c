import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ReportType } from '#shared/extraction/contract.js';
import type { Submission } from '#shared/store/items.js';
import { isMemberState } from '#shared/reference/memberStates.js';
import { submissionIdFor } from '#shared/portal/submissionIdentity.js';
import { connectToAdminApi, type AdminApiClient } from './adminApiClient.js';
import { AdminApiError, printJson, UsageError, type CliIo } from './io.js';

export const UPLOAD_USAGE = 'upload (--state ISO3 [--type REPORT_TYPE] | --committee) [--no-wait] [--json] FILE';
const MAX_WAIT_MS = 120_000;

interface UploadGrant {
  key: string;
  url: string;
  fields: Record<string, string>;
  maxBytes: number;
}

/**
 * Uploads a file the way a state does: asks the admin API for an upload grant (a presigned POST
 * bound to the state's own place), posts the file with it, then waits until the pipeline has
 * recorded the submission. With a state user's token it can only upload for that state. With
 * `--committee` (secretariat only) the file is a Committee document: its deadlines are proposed.
 */
export async function runUploadCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      state: { type: 'string' },
      type: { type: 'string' },
      committee: { type: 'boolean' },
      'no-wait': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const state = values.state?.toUpperCase();
  const committee = values.committee ?? false;
  const [file] = positionals;
  if (!file || positionals.length > 1 || committee === (state !== undefined)) throw new UsageError(`usage: ${UPLOAD_USAGE}`);
  if (state && !isMemberState(state)) throw new UsageError(`${state} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  const reportType = values.type === undefined ? undefined : ReportType.safeParse(values.type);
  if (reportType && !reportType.success) throw new UsageError(`--type must be one of ${ReportType.options.join(', ')}`);
  const size = (await stat(file).catch(() => undefined))?.size;
  if (size === undefined) throw new UsageError(`cannot read ${file}`);

  const api = connectToAdminApi();
  const fileName = basename(file);
  const grant = await api.postJson<UploadGrant>('/uploads', committee ? { fileName, committee } : { state, fileName, reportType: reportType?.data });
  if (size > grant.maxBytes) throw new UsageError(`${file} is ${size} bytes; uploads are limited to ${grant.maxBytes} bytes`);
  const form = new FormData();
  for (const [field, value] of Object.entries(grant.fields)) form.append(field, value);
  form.append('file', new Blob([await readFile(file)]), fileName);
  const posted = await fetch(grant.url, { method: 'POST', body: form });
  if (!posted.ok) {
    io.stderr(`the upload was refused (${posted.status}): ${(await posted.text()).slice(0, 500)}\n`);
    return 1;
  }
  if (values['no-wait']) {
    io.stdout(`uploaded ${grant.key} through the ${api.description}\n`);
    return 0;
  }
  // The submission id is the one the ingest step derives from the new object (see submissionIdentity).
  const id = submissionIdFor({
    bucket: grant.fields.bucket ?? '',
    key: grant.key,
    versionId: posted.headers.get('x-amz-version-id') ?? undefined,
    eTag: posted.headers.get('etag')?.replace(/"/g, ''),
  });
  const submission = await waitForSubmission(api, id);
  if (!submission) {
    io.stderr(`uploaded ${grant.key}, but no submission was recorded within ${MAX_WAIT_MS / 1000} s; check the portal's log\n`);
    return 1;
  }
  if (values.json) printJson(io, submission);
  else io.stdout(`${describeSubmission(submission)}\n`);
  return submission.status === 'rejected' ? 2 : 0;
}

async function waitForSubmission(api: AdminApiClient, id: string): Promise<Submission | undefined> {
  const deadline = Date.now() + MAX_WAIT_MS;
  while (Date.now() < deadline) {
    const found = await api.get(`/submissions/${id}`);
    if (found.ok) return ((await found.json()) as { submission: Submission }).submission;
    if (found.status !== 404) throw new AdminApiError(`${found.status} from /submissions/${id}: ${(await found.text()).slice(0, 300)}`);
    await sleep(300);
  }
  return undefined;
}

export function describeSubmission(s: Submission): string {
  const head = `${s.id}  ${s.status}  ${s.fileName}`;
  if (s.status === 'rejected') return `${head}\n  refused (${s.rejection?.code}): ${s.rejection?.message}\n  kept at ${s.quarantineKey}`;
  if (s.status === 'duplicate') return `${head}\n  same bytes as submission ${s.duplicateOf}`;
  const e = s.extraction;
  if (!e) return head;
  if (e.reportType === 'committee_document') {
    return `${head}\n  Committee document dated ${e.documentDate ?? 'unknown'}; ${e.deadlines.length} deadlines proposed (see: deadlines --status proposed)`;
  }
  return `${head}\n  ${e.reportType}, ${e.language}, dated ${e.documentDate ?? 'unknown'}; ${e.matrix.length} matrix elements, ${e.gaps.length} gaps, ${e.treaties.length} treaties, ${e.contacts.length} contacts`;
}
