/** One submission: what the pipeline read from it, and a short-lived link to the original file. */
import * as z from 'zod';
import { actsFor, type Principal } from '#shared/auth/principal.js';
import { NotFoundError } from '#shared/errors.js';
import { Submission, Visibility } from '#shared/store/items.js';
import { setSubmissionVisibility } from '#shared/store/publication.js';
import { COMMITTEE_PARTITION } from '#shared/store/keys.js';
import { getSubmission, listRefusedSubmissions, listSubmissions } from '#shared/store/submissions.js';
import { defineRoute, type AdminDependencies } from '../route.js';
import { PageQuery, pageOf } from '../schemas.js';
import { SubmissionSummary, summariseSubmission } from '../views.js';

export const SubmissionPath = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a submission id') });

export const DownloadLink = z
  .object({
    url: z.string().meta({ description: 'GET this URL to download the original (or its quarantined copy)' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'DownloadLink' });

const SubmissionFile = z
  .object({
    submission: Submission,
    download: DownloadLink,
  })
  .meta({ id: 'SubmissionFile' });

export const getSubmissionFile = defineRoute({
  method: 'GET',
  path: '/submissions/{id}',
  summary: "A submission's extraction and a short-lived download link to the original (secretariat, or the state's own users)",
  access: 'authenticated',
  request: { path: SubmissionPath },
  response: { status: 200, body: SubmissionFile, description: 'The submission' },
  run: async ({ deps, principal, path }) => {
    const submission = await getSubmission(deps.store, path.id);
    if (!submission || !mayRead(principal, submission)) throw new NotFoundError(`Submission ${path.id}`);
    return { submission, download: await downloadLink(deps, submission) };
  },
});

/** The secretariat reads every submission; a state's users their own state's. */
function mayRead(principal: Principal, submission: Submission): boolean {
  return principal.isSecretariat || (submission.state !== null && actsFor(principal, submission.state));
}

/** A link to the very version the submission came from, or to the version of its quarantined copy. */
export async function downloadLink(deps: AdminDependencies, submission: Submission) {
  const object = submission.quarantineKey
    ? { bucket: deps.bucketName, key: submission.quarantineKey, versionId: submission.quarantineVersionId }
    : { bucket: deps.bucketName, key: submission.objectKey, versionId: submission.objectVersionId };
  const url = await deps.signer.downloadUrl(object, deps.downloadLinkSeconds);
  return { url, expiresAt: new Date(deps.now().getTime() + deps.downloadLinkSeconds * 1000).toISOString() };
}

export const setSubmissionPublication = defineRoute({
  method: 'PUT',
  path: '/submissions/{id}/visibility',
  summary: "Record the submitting state's consent (or its withdrawal) to publish this submission: the secretariat, or the state's own users",
  access: 'authenticated',
  request: { path: SubmissionPath, body: z.object({ visibility: Visibility }) },
  response: { status: 200, body: z.object({ id: z.string(), visibility: Visibility }), description: 'The visibility now recorded' },
  run: async ({ deps, principal, path, body }) => {
    // As for the matrix (`PUT /states/{iso3}/publication`), the consent is the state's to give; another
    // state's submission is answered as absent.
    const submission = await getSubmission(deps.store, path.id);
    if (!submission || !mayRead(principal, submission)) throw new NotFoundError(`Submission ${path.id}`);
    await setSubmissionVisibility(deps.store, submission, body.visibility);
    return { id: submission.id, visibility: body.visibility };
  },
});

const RefusedUpload = z
  .object({
    id: z.string(),
    state: z.string().nullable().meta({ description: 'The state whose place it was put in; null when outside every state\'s place' }),
    receivedAt: z.string(),
    fileName: z.string(),
    objectKey: z.string(),
    quarantineKey: z.string().nullable(),
    rejection: z.object({ code: z.string(), message: z.string() }),
  })
  .meta({ id: 'RefusedUpload' });

export const listQuarantine = defineRoute({
  method: 'GET',
  path: '/quarantine',
  summary: 'Refused uploads of every state, newest first, each with its reason and where the file is kept',
  access: 'secretariat',
  request: { query: PageQuery },
  response: { status: 200, body: pageOf(RefusedUpload), description: 'One page of refused uploads' },
  run: async ({ deps, query }) => {
    const page = await listRefusedSubmissions(deps.store, query);
    return {
      items: page.items.map((s) => ({
        id: s.id,
        state: s.state,
        receivedAt: s.receivedAt,
        fileName: s.fileName,
        objectKey: s.objectKey,
        quarantineKey: s.quarantineKey ?? null,
        rejection: s.rejection ?? { code: 'unknown', message: '' },
      })),
      cursor: page.cursor,
    };
  },
});

export const listCommitteeDocuments = defineRoute({
  method: 'GET',
  path: '/committee/documents',
  summary: 'Committee documents uploaded by the secretariat (programmes of work, letters), newest first',
  access: 'secretariat',
  request: { query: PageQuery },
  response: { status: 200, body: pageOf(SubmissionSummary), description: 'One page of Committee documents' },
  run: async ({ deps, query }) => {
    const page = await listSubmissions(deps.store, COMMITTEE_PARTITION, query);
    return { items: page.items.map(summariseSubmission), cursor: page.cursor };
  },
});

export const submissionRoutes = [getSubmissionFile, setSubmissionPublication, listQuarantine, listCommitteeDocuments];
