/**
 * An upload in three steps: a grant from the API (a presigned POST bound to one key of the state's
 * place), the file posted straight to the grant's URL (the bucket on AWS, the local checking upload
 * path under `npm start`) with XMLHttpRequest, whose upload events give the progress bar, and the
 * submission followed until the pipeline has read it.
 */
import type { ReportType } from '#shared/extraction/contract.js';
import { ApiError, ApiErrorKind, segment, type ApiClient } from '../../../api/client.js';
import { pageOf, SubmissionFile, SubmissionSummary, UploadGrant } from '../../../api/schemas.js';

export function requestGrant(api: ApiClient, iso3: string, fileName: string, reportType: ReportType | undefined): Promise<UploadGrant> {
  return api.post('/uploads', { fileName, state: iso3, ...(reportType && { reportType }) }, UploadGrant);
}

/** Posts the form: every field of the grant, then the file last (S3 ignores fields after it). */
export function postToGrant(grant: UploadGrant, file: File, onProgress: (fraction: number) => void): Promise<void> {
  const form = new FormData();
  // The grant's fields include the key itself.
  for (const [name, value] of Object.entries(grant.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', grant.url);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else {
        reject(new ApiError(request.status === 403 ? ApiErrorKind.forbidden : ApiErrorKind.invalid, storageMessage(request.responseText), request.status));
      }
    });
    request.addEventListener('error', () => reject(new ApiError(ApiErrorKind.unreachable, `POST ${grant.url}`)));
    request.send(form);
  });
}

/** S3 answers a refused POST with XML: `<Error><Code>…</Code><Message>…</Message></Error>`. */
function storageMessage(xml: string): string {
  const message = new DOMParser().parseFromString(xml, 'application/xml').querySelector('Message')?.textContent;
  return message?.trim() || 'The storage refused the file.';
}

export type Outcome = { submission: SubmissionSummary; refusalCode?: string } | { stillReading: true };

const POLL_MS = 1000;
const POLL_LIMIT_MS = 120_000;

/**
 * Waits for the submission of the upload's key: the state's newest submissions are read each second
 * (the pipeline records one per upload key) for up to two minutes; a refused one is then read whole
 * for the refusal's code.
 */
export async function followSubmission(api: ApiClient, iso3: string, key: string, cancelled: () => boolean): Promise<Outcome | undefined> {
  const until = Date.now() + POLL_LIMIT_MS;
  while (Date.now() < until) {
    if (cancelled()) return undefined;
    const page = await api.get(`/states/${segment(iso3)}/submissions?limit=20`, pageOf(SubmissionSummary));
    const submission = page.items.find((s) => s.objectKey === key);
    if (submission) {
      if (submission.status !== 'rejected') return { submission };
      const file = await api.get(`/submissions/${segment(submission.id)}`, SubmissionFile);
      return { submission, refusalCode: file.submission.rejection?.code };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { stillReading: true };
}
