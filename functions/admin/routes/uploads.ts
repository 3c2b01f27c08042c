/**
 * Upload grants: a presigned POST that lets one caller put one file into one fresh place of its
 * own state, `incoming/<ISO3>/<uploadId>/<fileName>`, within a size range, for a few minutes. On AWS
 * S3 enforces the signed policy and the bucket policy refuses anything outside the upload
 * prefixes; the local S3 stand-in enforces nothing, so the local portal's upload path checks the
 * same policy itself (`infra/local/localAdminApi.ts`).
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { InvalidRequestError } from '#shared/errors.js';
import { ReportType } from '#shared/extraction/contract.js';
import {
  committeeUploadKey,
  committeeUploadPrefix,
  metadataField,
  REPORT_TYPE_METADATA,
  stateUploadKey,
  stateUploadPrefix,
  UPLOADER_EMAIL_METADATA,
} from '#shared/portal/uploadLocation.js';
import { requireActsFor, requireSecretariat } from '../access.js';
import { defineRoute } from '../route.js';
import { Iso3Param } from '../schemas.js';

const UploadGrant = z
  .object({
    uploadId: z.string(),
    key: z.string(),
    url: z.string().meta({ description: 'POST a multipart form here: every field of `fields`, then `file` last' }),
    fields: z.record(z.string(), z.string()),
    minBytes: z.number().int(),
    maxBytes: z.number().int(),
    expiresAt: z.string(),
  })
  .meta({ id: 'UploadGrant' });

export const grantUpload = defineRoute({
  method: 'POST',
  path: '/uploads',
  summary: "A presigned POST for one file into the caller's own state's place",
  access: 'authenticated',
  // Each grant can bring a file of up to the upload limit for the ingest function to read.
  limit: { perMinute: 10 },
  request: {
    body: z.object({
      fileName: z.string().trim().min(1).max(200),
      state: Iso3Param.optional().meta({ description: "Defaults to the caller's state; the secretariat must name one" }),
      reportType: ReportType.optional(),
      committee: z
        .boolean()
        .optional()
        .meta({ description: 'A Committee document (programme of work, letter), uploaded by the secretariat under committee/' }),
    }),
  },
  response: { status: 201, body: UploadGrant, description: 'The grant' },
  run: async ({ deps, principal, body }) => {
    const uploadId = randomBytes(12).toString('base64url');
    let key: string;
    let prefix: string;
    if (body.committee) {
      // Committee documents propose deadlines: only the secretariat places them.
      requireSecretariat(principal);
      if (body.state) throw new InvalidRequestError('A Committee document belongs to no state: leave out "state".');
      key = committeeUploadKey(uploadId, body.fileName);
      prefix = committeeUploadPrefix(uploadId);
    } else {
      const state = body.state ?? (principal.states.length === 1 ? principal.states[0] : undefined);
      if (!state) throw new InvalidRequestError('Name the state to upload for (body field "state").');
      requireActsFor(principal, state);
      // Committee documents propose deadlines: they come from the secretariat's place only.
      if (body.reportType === 'committee_document') {
        throw new InvalidRequestError('A state\'s upload cannot be a Committee document: the secretariat uploads those with "committee": true.');
      }
      key = stateUploadKey(state, uploadId, body.fileName);
      prefix = stateUploadPrefix(state, uploadId);
    }
    const metadata: Record<string, string> = body.reportType && !body.committee ? { [metadataField(REPORT_TYPE_METADATA)]: body.reportType } : {};
    // The receipt also goes to the uploader's own address, from the verified token (Cognito ID
    // tokens carry it; with an access token, which does not, receipts go to the active contacts
    // only). S3 keeps metadata as headers: an address outside printable ASCII is left out.
    if (principal.email && /^[\x21-\x7e]{3,254}$/.test(principal.email)) metadata[metadataField(UPLOADER_EMAIL_METADATA)] = principal.email;
    const expiresAt = new Date(deps.now().getTime() + deps.uploads.grantSeconds * 1000);
    const post = await deps.signer.uploadForm({
      Bucket: deps.bucketName,
      Key: key,
      // As tight as a POST policy gets: this exact key (in this upload's own place), this bucket,
      // 1 byte to the upload limit, these metadata values and no other field, until expiry. What
      // S3 cannot enforce: a POST policy is not single-use (it may be posted again and again until
      // it expires), and a POST cannot be made conditional on the key being new (If-None-Match is
      // for PUT). A second POST therefore makes a later version of the key on AWS; ingest records
      // only a key's first version and quarantines later ones under their own keys, never touching
      // the first (`functions/ingest/ingestUpload.ts`). The local upload path takes one POST per grant.
      Conditions: [
        { key },
        ['starts-with', '$key', prefix],
        ['content-length-range', 1, deps.uploads.maxBytes],
        ...Object.entries(metadata).map(([field, value]) => ({ [field]: value })),
      ],
      Fields: metadata,
      Expires: deps.uploads.grantSeconds,
    });
    return Response.json(
      { uploadId, key, url: deps.uploads.postUrl ? `${deps.uploads.postUrl}/${deps.bucketName}` : post.url, fields: post.fields, minBytes: 1, maxBytes: deps.uploads.maxBytes, expiresAt: expiresAt.toISOString() },
      { status: 201 },
    );
  },
});

export const uploadRoutes = [grantUpload];
