/**
 * A versioned S3 bucket in memory, answering the commands the pipeline sends, on an S3 client of
 * its own (aws-sdk-client-mock). The S3 stand-in keeps no versions: a second object at a key
 * replaces the first, its notifications carry no version id, and it ignores (or fails on) a version
 * named in a request. A test of what happens to the versions of one key needs versions, so it uses
 * this; everything else (the table, the extractor, the handlers) is the real thing.
 *
 * As S3 does: a put makes a new current version with an id that says nothing of its order; a
 * delete naming a version removes that version for good (the one before becomes current again),
 * a delete without one adds a delete marker; ListObjectVersions lists each key's versions newest
 * first. Every command is kept in `calls`, so a test can assert the version each one named.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  NoSuchKey,
  PutObjectCommand,
  S3ServiceException,
  type S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';

interface Version {
  versionId: string;
  bytes: Buffer;
  metadata: Record<string, string>;
  deleteMarker?: true;
}

export interface BucketCall {
  command: 'GetObject' | 'PutObject' | 'CopyObject' | 'DeleteObject' | 'ListObjectVersions';
  key: string;
  /** The version the request named (for a copy, the source's). */
  versionId?: string;
}

export class VersionedBucket {
  readonly calls: BucketCall[] = [];
  /** Each key's versions, oldest first. */
  private readonly keys = new Map<string, Version[]>();

  constructor(
    readonly name: string,
    readonly client: S3Client,
  ) {
    const mock = mockClient(client);
    mock.on(PutObjectCommand).callsFake((input) => {
      this.calls.push({ command: 'PutObject', key: input.Key });
      return { VersionId: this.put(input.Key, Buffer.from(input.Body), input.Metadata) };
    });
    mock.on(GetObjectCommand).callsFake((input) => {
      this.calls.push({ command: 'GetObject', key: input.Key, versionId: input.VersionId });
      const version = this.version(input.Key, input.VersionId);
      const body = Object.assign(Readable.from([version.bytes]), { transformToWebStream: () => Readable.toWeb(Readable.from([version.bytes])) });
      return { Body: body, ContentLength: version.bytes.byteLength, Metadata: version.metadata, VersionId: version.versionId };
    });
    mock.on(CopyObjectCommand).callsFake((input) => {
      const [source = '', query = ''] = String(input.CopySource).split('?');
      const key = decodeURIComponent(source.slice(source.indexOf('/') + 1));
      const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
      this.calls.push({ command: 'CopyObject', key, versionId });
      const version = this.version(key, versionId);
      return { VersionId: this.put(input.Key, version.bytes, version.metadata) };
    });
    mock.on(DeleteObjectCommand).callsFake((input) => {
      this.calls.push({ command: 'DeleteObject', key: input.Key, versionId: input.VersionId });
      const versions = this.keys.get(input.Key) ?? [];
      if (input.VersionId === undefined) versions.push({ versionId: newVersionId(), bytes: Buffer.alloc(0), metadata: {}, deleteMarker: true });
      else this.keys.set(input.Key, versions.filter((v) => v.versionId !== input.VersionId));
      return {};
    });
    mock.on(ListObjectVersionsCommand).callsFake((input) => {
      this.calls.push({ command: 'ListObjectVersions', key: input.Prefix ?? '' });
      const keys = [...this.keys.keys()].filter((key) => key.startsWith(input.Prefix ?? '')).sort();
      const versions = keys.flatMap((key) =>
        (this.keys.get(key) ?? [])
          .filter((v) => !v.deleteMarker)
          .reverse()
          .map((v) => ({ Key: key, VersionId: v.versionId, Size: v.bytes.byteLength })),
      );
      return { Versions: versions, IsTruncated: false };
    });
  }

  /** Puts a new current version of the key, as a POST of an upload form does; returns its id. */
  put(key: string, bytes: Buffer | string, metadata: Record<string, string> = {}): string {
    const versionId = newVersionId();
    const versions = this.keys.get(key) ?? [];
    versions.push({ versionId, bytes: Buffer.from(bytes), metadata });
    this.keys.set(key, versions);
    return versionId;
  }

  /** The key's versions that are not delete markers, oldest first. */
  versionsOf(key: string): { versionId: string; text: string }[] {
    return (this.keys.get(key) ?? []).filter((v) => !v.deleteMarker).map((v) => ({ versionId: v.versionId, text: v.bytes.toString('utf8') }));
  }

  private version(key: string, versionId: string | undefined): Version {
    const versions = this.keys.get(key) ?? [];
    const found = versionId === undefined ? versions.at(-1) : versions.find((v) => v.versionId === versionId);
    if (found && !found.deleteMarker) return found;
    if (versionId === undefined || versions.length === 0) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
    throw new S3ServiceException({ name: 'NoSuchVersion', $fault: 'client', message: 'The specified version does not exist.', $metadata: { httpStatusCode: 404 } });
  }
}

/** S3's version ids are opaque: nothing in them tells which came first. */
function newVersionId(): string {
  return randomBytes(16).toString('base64url');
}
