/**
 * Where uploads go in the portal bucket, and what a key says about its upload.
 *
 *   incoming/<ISO3>/<uploadId>/<fileName>   a state's upload (only that state's grants write here)
 *   committee/<uploadId>/<fileName>         a Committee document uploaded by the secretariat
 *   quarantine/<original key>               refused files, each with `<key>.reason.json`
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
  | { kind: 'invalid'; reason: string };

export function parseUploadKey(key: string): UploadLocation {
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

export function stateUploadKey(state: string, uploadId: string, fileName: string): string {
  return `${INCOMING_PREFIX}${state}/${uploadId}/${safeFileName(fileName)}`;
}

export function committeeUploadKey(uploadId: string, fileName: string): string {
  return `${COMMITTEE_PREFIX}${uploadId}/${safeFileName(fileName)}`;
}

export function quarantineKeyFor(objectKey: string): string {
  return `${QUARANTINE_PREFIX}${objectKey}`;
}

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
