/**
 * The portal bucket as the pipeline sees it: read an upload within a size bound, move a refused
 * file to quarantine with its reason beside it, place a file under a state's prefix.
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { quarantineReasonKey } from '../portal/uploadLocation.js';

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
export async function readObject(s3: S3Client, bucket: string, key: string, maxBytes: number): Promise<StoredObject | 'missing'> {
  let response;
  try {
    response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (error instanceof NoSuchKey) return 'missing';
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
 * Places a copy of a refused file in quarantine, with a sidecar `<key>.reason.json`. The caller
 * deletes the original only after recording the refusal: if anything fails midway the original is
 * still in place and a redelivery finishes the move. Nothing is ever lost.
 */
export async function copyToQuarantine(
  s3: S3Client,
  bucket: string,
  from: string,
  to: string,
  reason: QuarantineReason,
): Promise<void> {
  await s3.send(
    new CopyObjectCommand({ Bucket: bucket, Key: to, CopySource: `${bucket}/${encodeURIComponent(from).replace(/%2F/g, '/')}` }),
  );
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: quarantineReasonKey(to),
      Body: JSON.stringify({ originalKey: from, ...reason }, null, 2),
      ContentType: 'application/json',
    }),
  );
}

/** Deleting a key that is already gone succeeds: repeated deliveries may each try. */
export async function deleteObject(s3: S3Client, bucket: string, key: string): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
}
