/**
 * The ingest step for one uploaded object: check where it was put, read it within bounds, extract,
 * and record an immutable submission; refused files go to quarantine with their reason.
 *
 * Idempotency: the submission id is derived from the object's identity (bucket, key and version,
 * or the event's sequencer), so every redelivery of the same S3 event computes the same id. If the
 * envelope exists, the step only repeats the (idempotent) recording of its findings and returns.
 * Duplicates by content are a different thing: new bytes-identical uploads get their own envelope
 * with status `duplicate`, pointing at the first submission (claimed by sha256 per state).
 */
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  RejectedInputError,
  type Extraction,
  type ExtractionRequest,
  type RejectionCode,
} from '#shared/extraction/contract.js';
import { submissionIdFor } from '#shared/portal/submissionIdentity.js';
import { parseUploadKey, quarantineKeyFor } from '#shared/portal/uploadLocation.js';
import { copyToQuarantine, deleteObject, ObjectTooLargeError, readObject } from '#shared/storage/portalObjects.js';
import type { Submission } from '#shared/store/items.js';
import { claimContent, getSubmission, recordSubmission } from '#shared/store/submissions.js';
import type { StoreContext } from '#shared/store/table.js';
import { recordFindings } from './recordFindings.js';
import { uploadDeclarations } from './uploadDeclarations.js';

/** What an S3 ObjectCreated notification tells us about the new object. */
export interface UploadedObject {
  bucket: string;
  key: string;
  size: number;
  eventTime: string;
  versionId?: string;
  sequencer?: string;
  eTag?: string;
}

export interface IngestDependencies {
  store: StoreContext;
  s3: S3Client;
  extract: (request: ExtractionRequest) => Promise<Extraction>;
  /** Uploads larger than this are refused unread (the upload grant allows no more). */
  maxUploadBytes: number;
  /**
   * Told of every recorded state submission (accepted, duplicate or refused), and again on a
   * redelivery: the receipt mail to the state's contacts, keyed by the submission id.
   */
  notify?: (submission: Submission) => Promise<void>;
}

export interface IngestOutcome {
  submissionId: string;
  status: Submission['status'] | 'gone';
  state: string | null;
  /** True when this delivery found the submission already recorded (a repeated event). */
  repeated: boolean;
}

export async function ingestUpload(deps: IngestDependencies, object: UploadedObject): Promise<IngestOutcome> {
  const id = submissionIdFor(object);
  const existing = await getSubmission(deps.store, id);
  if (existing) {
    // Finish whatever the earlier delivery may not have: its findings, or the quarantine move.
    if (existing.status === 'accepted' && existing.extraction) await recordFindings(deps.store, existing, existing.extraction);
    if (existing.status === 'rejected' && existing.quarantineKey) await deleteObject(deps.s3, object.bucket, object.key);
    await deps.notify?.(existing);
    return { submissionId: id, status: existing.status, state: existing.state, repeated: true };
  }

  const location = parseUploadKey(object.key);
  const fileName = location.fileName;
  const base = {
    id,
    state: location.kind === 'state' ? location.state : null,
    receivedAt: new Date(object.eventTime).toISOString(),
    objectKey: object.key,
    fileName,
    size: object.size,
    visibility: 'committee' as const,
  };
  const outcome = (status: Submission['status']): IngestOutcome => ({ submissionId: id, status, state: base.state, repeated: false });

  if (location.kind === 'invalid') {
    await refuse(deps, object, base, 'bad_location', location.reason);
    return outcome('rejected');
  }
  if (object.size > deps.maxUploadBytes) {
    await refuse(deps, object, base, 'too_large', `The file is ${object.size} bytes; uploads are limited to ${deps.maxUploadBytes} bytes.`);
    return outcome('rejected');
  }

  let stored;
  try {
    stored = await readObject(deps.s3, object.bucket, object.key, deps.maxUploadBytes);
  } catch (error) {
    if (!(error instanceof ObjectTooLargeError)) throw error;
    await refuse(deps, object, base, 'too_large', `The file is larger than the ${deps.maxUploadBytes} bytes uploads are limited to.`);
    return outcome('rejected');
  }
  if (stored === 'missing') return { submissionId: id, status: 'gone', state: base.state, repeated: false };

  const sha256 = createHash('sha256').update(stored.bytes).digest('hex');
  const envelope = { ...base, sha256, ...uploadDeclarations(location, stored.metadata) };

  let extraction: Extraction;
  try {
    extraction = await deps.extract({
      bytes: stored.bytes,
      fileName,
      state: base.state ?? undefined,
      reportType: envelope.declaredReportType,
    });
  } catch (error) {
    if (!(error instanceof RejectedInputError)) throw error;
    await refuse(deps, object, envelope, error.code, error.message);
    return outcome('rejected');
  }

  const firstHolder = base.state ? await claimContent(deps.store, base.state, sha256, id) : id;
  const submission: Submission = {
    ...envelope,
    format: extraction.format,
    extraction,
    status: firstHolder === id ? 'accepted' : 'duplicate',
    duplicateOf: firstHolder === id ? undefined : firstHolder,
  };
  await recordSubmission(deps.store, submission);
  if (submission.status === 'accepted') await recordFindings(deps.store, submission, extraction);
  await deps.notify?.(submission);
  return outcome(submission.status);
}

/**
 * Quarantines the file and records the refusal. The envelope is written before the original is
 * deleted from `incoming/`, so a crash in between leaves either the file in place (a redelivery
 * redoes the move) or the envelope that says where it went (a redelivery finishes the delete).
 */
async function refuse(
  deps: IngestDependencies,
  object: UploadedObject,
  envelope: Omit<Submission, 'status' | 'rejection' | 'quarantineKey'>,
  code: RejectionCode | 'bad_location',
  message: string,
): Promise<void> {
  const quarantineKey = quarantineKeyFor(envelope.objectKey);
  await copyToQuarantine(deps.s3, object.bucket, envelope.objectKey, quarantineKey, {
    code,
    message,
    submissionId: envelope.id,
    state: envelope.state,
    receivedAt: envelope.receivedAt,
    sha256: envelope.sha256,
  });
  const refused: Submission = { ...envelope, status: 'rejected', rejection: { code, message }, quarantineKey };
  await recordSubmission(deps.store, refused);
  await deleteObject(deps.s3, object.bucket, envelope.objectKey);
  await deps.notify?.(refused);
}
