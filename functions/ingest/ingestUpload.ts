/**
 * The ingest step for one uploaded object: check where it was put, read it within bounds, extract,
 * and record an immutable submission; refused files go to quarantine with their reason.
 *
 * Idempotency: the submission id is derived from the object's identity (bucket, key and version,
 * or the event's sequencer), so every redelivery of the same S3 event computes the same id. If the
 * envelope exists, the step only repeats the (idempotent) recording of its findings and returns.
 * Duplicates by content are a different thing: new bytes-identical uploads get their own envelope
 * with status `duplicate`, pointing at the first submission (claimed by sha256 per state).
 *
 * One upload, one version: only the first version of a key is read and recorded (see
 * `firstVersionOf`). A later version (a second POST with the same grant, which S3 cannot refuse) is
 * refused unread as `later_version`, copied to a quarantine key of its own and that version alone
 * deleted. Every read, copy and delete names the version of the event, so nothing done for a later
 * version touches the first, and an accepted original is never deleted or replaced.
 */
import { createHash } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  RejectedInputError,
  type Extraction,
  type ExtractionRequest,
} from '#shared/extraction/contract.js';
import { submissionIdFor } from '#shared/portal/submissionIdentity.js';
import { parseUploadKey, quarantineKeyFor } from '#shared/portal/uploadLocation.js';
import {
  copyToQuarantine,
  deleteObjectVersion,
  ObjectTooLargeError,
  oldestVersionOf,
  readObject,
  type ObjectVersionRef,
} from '#shared/storage/portalObjects.js';
import type { Submission } from '#shared/store/items.js';
import { claimContent, claimFirstVersion, firstVersionHolder, getSubmission, recordSubmission } from '#shared/store/submissions.js';
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
  const version: ObjectVersionRef = { bucket: object.bucket, key: object.key, versionId: object.versionId };
  const existing = await getSubmission(deps.store, id);
  if (existing) {
    // Finish whatever the earlier delivery may not have: its findings, or the quarantine move.
    if (existing.status === 'accepted' && existing.extraction) await recordFindings(deps.store, existing, existing.extraction);
    if (existing.status === 'rejected' && existing.quarantineKey) await deleteObjectVersion(deps.s3, version);
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
    objectVersionId: object.versionId,
    fileName,
    size: object.size,
    visibility: 'committee' as const,
  };
  const outcome = (status: Submission['status']): IngestOutcome => ({ submissionId: id, status, state: base.state, repeated: false });

  const first = await firstVersionOf(deps, object, id);
  if (first === undefined) return { submissionId: id, status: 'gone', state: base.state, repeated: false };
  if (first !== id) {
    const message =
      `${fileName} was posted again to an upload that already holds a file (submission ${first}), which is kept as it was. ` +
      'An upload grant takes one file: this one was set aside; ask for a new grant to send another.';
    await refuse(deps, object, base, 'later_version', message, quarantineKeyFor(object.key, object.versionId ?? id));
    return outcome('rejected');
  }

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
    stored = await readObject(deps.s3, version, deps.maxUploadBytes);
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
 * The submission id of the first version of the object's key, or undefined when S3 holds no
 * version of it any more (nothing left to do).
 *
 * Why S3's version listing, claimed once in the table. S3 events come out of order and more than
 * once (the first version's event may be retried after the second's), so "the first version ingest
 * sees" is not "the first version". Comparing sequencers orders two events only once both have been
 * seen, and the first may be late. S3 itself orders a key's versions: ListObjectVersions lists them
 * newest first and is strongly consistent, so when any version's event is handled, every older
 * version is listed; the oldest one listed is the first. The pipeline deletes a version only after
 * this claim exists, so while there is no claim the first version is still listed. Concurrent
 * deliveries list the same oldest version and make the same claim (a conditional put keyed by the
 * object key). Once made, the claim is the answer: it outlives the first version's own deletion when
 * that one is refused, so a later version never becomes "first" because the first went to
 * quarantine.
 *
 * Without a version id the bucket keeps no versions (the local S3 stand-in): the key holds one
 * object and the first delivery's claim decides (the local upload path takes one POST per grant, so
 * a second object does not arrive there).
 */
async function firstVersionOf(deps: IngestDependencies, object: UploadedObject, id: string): Promise<string | undefined> {
  const holder = await firstVersionHolder(deps.store, object.key);
  if (holder) return holder;
  let candidate = id;
  if (object.versionId !== undefined) {
    const oldest = await oldestVersionOf(deps.s3, object.bucket, object.key);
    if (oldest === undefined) return undefined;
    candidate = submissionIdFor({ bucket: object.bucket, key: object.key, versionId: oldest });
  }
  return claimFirstVersion(deps.store, object.key, candidate);
}

/**
 * Quarantines this version of the file and records the refusal. The envelope is written before the
 * version is deleted from `incoming/`, so a crash in between leaves either the file in place (a
 * redelivery redoes the move) or the envelope that says where it went (a redelivery finishes the
 * delete). Only the event's version is copied and deleted, never the key.
 */
async function refuse(
  deps: IngestDependencies,
  object: UploadedObject,
  envelope: Omit<Submission, 'status' | 'rejection' | 'quarantineKey'>,
  code: NonNullable<Submission['rejection']>['code'],
  message: string,
  quarantineKey = quarantineKeyFor(envelope.objectKey),
): Promise<void> {
  const version: ObjectVersionRef = { bucket: object.bucket, key: envelope.objectKey, versionId: object.versionId };
  const copy = await copyToQuarantine(deps.s3, version, quarantineKey, {
    code,
    message,
    submissionId: envelope.id,
    state: envelope.state,
    receivedAt: envelope.receivedAt,
    sha256: envelope.sha256,
  });
  const refused: Submission = {
    ...envelope,
    status: 'rejected',
    rejection: { code, message },
    quarantineKey,
    quarantineVersionId: copy.versionId,
  };
  await recordSubmission(deps.store, refused);
  await deleteObjectVersion(deps.s3, version);
  await deps.notify?.(refused);
}
