/**
 * Where uploads go in the portal bucket, what a key says about its upload, and the metadata an
 * upload may carry.
 *
 *   incoming/<ISO3>/<uploadId>/<fileName>   a state's upload (only that state's grants write here)
 *   committee/<uploadId>/<fileName>         a Committee document uploaded by the secretariat
 *   quarantine/<original key>               refused files, each with `<key>.reason.json`
 *   quarantine/<folder>/version-<v>/<file>  a later version of an upload's key, refused (see below)
 *
 * Anything else that reaches the ingest step is refused as `bad_location`.
 */
import { isMemberState } from '../reference/memberStates.js';

export const INCOMING_PREFIX = 'incoming/';
export const COMMITTEE_PREFIX = 'committee/';
export const QUARANTINE_PREFIX = 'quarantine/';
/** Prefixes whose new objects are delivered to the ingest step. */
export const INGEST_PREFIXES = [INCOMING_PREFIX, COMMITTEE_PREFIX] as const;

const UPLOAD_ID = /^[A-Za-z0-9_-]{6,64}$/;

export type UploadLocation =
  | { kind: 'state'; state: string; uploadId: string; fileName: string }
  | { kind: 'committee'; uploadId: string; fileName: string }
  /** `fileName`: the key's last segment, what the refusal calls the file. */
  | { kind: 'invalid'; reason: string; fileName: string };

export function parseUploadKey(key: string): UploadLocation {
  const location = parseValidUploadKey(key);
  return location.kind === 'invalid' ? { ...location, fileName: key.split('/').pop() ?? key } : location;
}

function parseValidUploadKey(key: string): Exclude<UploadLocation, { kind: 'invalid' }> | { kind: 'invalid'; reason: string } {
  const parts = key.split('/');
  if (key.startsWith(INCOMING_PREFIX)) {
    const [, state = '', uploadId = '', ...rest] = parts;
    const fileName = rest.join('/');
    if (!/^[A-Z]{3}$/.test(state) || !isMemberState(state)) {
      return { kind: 'invalid', reason: `"${state}" in ${key} is not the ISO 3166-1 alpha-3 code of a UN member state` };
    }
    if (!UPLOAD_ID.test(uploadId) || rest.length !== 1 || !fileName) {
      return { kind: 'invalid', reason: `${key} is not of the form incoming/<ISO3>/<uploadId>/<fileName>` };
    }
    return { kind: 'state', state, uploadId, fileName };
  }
  if (key.startsWith(COMMITTEE_PREFIX)) {
    const [, uploadId = '', ...rest] = parts;
    const fileName = rest.join('/');
    if (!UPLOAD_ID.test(uploadId) || rest.length !== 1 || !fileName) {
      return { kind: 'invalid', reason: `${key} is not of the form committee/<uploadId>/<fileName>` };
    }
    return { kind: 'committee', uploadId, fileName };
  }
  return { kind: 'invalid', reason: `${key} is outside the upload prefixes (${INGEST_PREFIXES.join(', ')})` };
}

/** One upload's place: an upload grant lets its holder write under this prefix only. */
export function stateUploadPrefix(state: string, uploadId: string): string {
  return `${INCOMING_PREFIX}${state}/${uploadId}/`;
}

export function committeeUploadPrefix(uploadId: string): string {
  return `${COMMITTEE_PREFIX}${uploadId}/`;
}

export function stateUploadKey(state: string, uploadId: string, fileName: string): string {
  return `${stateUploadPrefix(state, uploadId)}${safeFileName(fileName)}`;
}

export function committeeUploadKey(uploadId: string, fileName: string): string {
  return `${committeeUploadPrefix(uploadId)}${safeFileName(fileName)}`;
}

/**
 * Where a refused file is kept. The first version of an upload's key goes to `quarantine/<key>`; a
 * later version of the same key (a second POST with one grant) to a key of its own, named after its
 * version, so that it never lands on the first one's copy: `incoming/FRA/u1/r.pdf` version `v2` to
 * `quarantine/incoming/FRA/u1/version-v2/r.pdf`. Upload keys end in a file name, so this depth is
 * never an upload's own quarantine key.
 */
export function quarantineKeyFor(objectKey: string, laterVersion?: string): string {
  if (laterVersion === undefined) return `${QUARANTINE_PREFIX}${objectKey}`;
  const cut = objectKey.lastIndexOf('/') + 1;
  const version = laterVersion.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${QUARANTINE_PREFIX}${objectKey.slice(0, cut)}version-${version}/${objectKey.slice(cut)}`;
}

/** Why a file was refused, beside it in quarantine. */
export function quarantineReasonKey(quarantineKey: string): string {
  return `${quarantineKey}.reason.json`;
}

/**
 * Object metadata, by name: S3 keeps a form field (or header) `x-amz-meta-<name>` of an upload as
 * metadata `<name>`. A state's upload may declare its report type; every upload carries the
 * uploading user's own address when the grant's token had one (for the receipt: personal data,
 * never logged). The grant's POST policy binds both to their values.
 */
export const METADATA_FIELD_PREFIX = 'x-amz-meta-';
export const REPORT_TYPE_METADATA = 'report-type';
export const UPLOADER_EMAIL_METADATA = 'uploader-email';
export const metadataField = (name: string) => `${METADATA_FIELD_PREFIX}${name}`;

/** File names keep letters of any script, digits, dot, dash, underscore; the rest becomes `_`. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_').slice(0, 200);
  return cleaned || 'upload';
}

/** S3 event notifications carry keys URL-encoded, with spaces as '+'. */
export function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
