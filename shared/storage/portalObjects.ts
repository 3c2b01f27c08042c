/**
 * The portal bucket as the pipeline sees it: read an upload within a size bound, move a refused
 * file to quarantine with its reason beside it, find the first version of a key.
 *
 * Every read, copy and delete names one version of an object (`ObjectVersionRef`): the bucket is
 * versioned, and a key may hold more than one version (S3 cannot make an upload grant single-use),
 * so "the object at this key" would be whichever version is current, not the one the event is about.
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { quarantineReasonKey } from '../portal/uploadLocation.js';

/**
 * One version of an object. `versionId` is undefined only where the bucket keeps no versions (the
 * local S3 stand-in, whose notifications carry none): there a key holds one object, and a request
 * without a version names it.
 */
export interface ObjectVersionRef {
  bucket: string;
  key: string;
  versionId: string | undefined;
}

export class ObjectTooLargeError extends Error {
  override readonly name = 'ObjectTooLargeError';
}

export interface StoredObject {
  bytes: Uint8Array;
  metadata: Record<string, string>;
}

/**
 * Reads an object, refusing to hold more than `maxBytes` in memory even when the object is larger
 * than its event said. Returns 'missing' when the object is gone (e.g. already quarantined by an
 * earlier delivery of the same event).
 */
export async function readObject(s3: S3Client, object: ObjectVersionRef, maxBytes: number): Promise<StoredObject | 'missing'> {
  const { key } = object;
  let response;
  try {
    response = await s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: key, VersionId: object.versionId }));
  } catch (error) {
    // NoSuchVersion has no class of its own in the SDK.
    if (error instanceof NoSuchKey || (error instanceof Error && error.name === 'NoSuchVersion')) return 'missing';
    throw error;
  }
  if ((response.ContentLength ?? 0) > maxBytes) {
    response.Body?.transformToWebStream().cancel().catch(() => undefined);
    throw new ObjectTooLargeError(`${key} holds ${response.ContentLength} bytes, more than the ${maxBytes} allowed`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.Body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new ObjectTooLargeError(`${key} holds more than the ${maxBytes} bytes allowed`);
    chunks.push(chunk);
  }
  // A plain Uint8Array, not a Buffer: pdf.js refuses Buffers.
  return { bytes: new Uint8Array(Buffer.concat(chunks, total)), metadata: response.Metadata ?? {} };
}

export interface QuarantineReason {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * Places a copy of one version of a refused file in quarantine, with a sidecar `<key>.reason.json`,
 * and returns the copy's own version. The caller deletes the original version only after recording
 * the refusal: if anything fails midway the original is still in place and a redelivery finishes
 * the move. Nothing is ever lost.
 */
export async function copyToQuarantine(s3: S3Client, from: ObjectVersionRef, to: string, reason: QuarantineReason): Promise<ObjectVersionRef> {
  const source = `${from.bucket}/${encodeURIComponent(from.key).replace(/%2F/g, '/')}`;
  const copy = await s3.send(
    new CopyObjectCommand({
      Bucket: from.bucket,
      Key: to,
      CopySource: from.versionId === undefined ? source : `${source}?versionId=${encodeURIComponent(from.versionId)}`,
    }),
  );
  await s3.send(
    new PutObjectCommand({
      Bucket: from.bucket,
      Key: quarantineReasonKey(to),
      Body: JSON.stringify({ originalKey: from.key, originalVersionId: from.versionId, ...reason }, null, 2),
      ContentType: 'application/json',
    }),
  );
  return { bucket: from.bucket, key: to, versionId: copy.VersionId };
}

/**
 * Deletes one version for good, never the key: the key's other versions (the accepted first one,
 * when this is a later one) stay as they are. Deleting a version that is already gone succeeds:
 * repeated deliveries may each try.
 */
export async function deleteObjectVersion(s3: S3Client, object: ObjectVersionRef): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }));
}

/**
 * The oldest version S3 holds of a key (undefined when it holds none). S3 lists a key's versions
 * newest first, and the listing is strongly consistent: once any version's event is seen, every
 * older version that still exists is listed. Keys that merely start with `key` sort after it.
 */
export async function oldestVersionOf(s3: S3Client, bucket: string, key: string): Promise<string | undefined> {
  let oldest: string | undefined;
  let marker: { KeyMarker?: string; VersionIdMarker?: string } = {};
  for (;;) {
    const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key, ...marker }));
    const versions = page.Versions ?? [];
    for (const version of versions) {
      if (version.Key !== key) return oldest;
      oldest = version.VersionId ?? oldest;
    }
    if (!page.IsTruncated) return oldest;
    marker = { KeyMarker: page.NextKeyMarker, VersionIdMarker: page.NextVersionIdMarker };
  }
}
