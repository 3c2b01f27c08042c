import { createHash } from 'node:crypto';

/** The identity of one uploaded object version, as S3 notifications and listings describe it. */
export interface ObjectVersion {
  bucket: string;
  key: string;
  versionId?: string;
  sequencer?: string;
  eTag?: string;
}

/**
 * The submission id of an uploaded object. Every delivery of the same S3 event yields the same id
 * (the version id on a versioned bucket; the ETag where there are no versions, as on the local
 * stand-in), which is what makes ingest idempotent. Upload keys carry a fresh upload id, so two
 * uploads never share a key.
 */
export function submissionIdFor(object: ObjectVersion): string {
  const version = object.versionId ?? object.sequencer ?? object.eTag ?? '';
  return createHash('sha256').update(`${object.bucket}\n${object.key}\n${version}`).digest('hex').slice(0, 24);
}
