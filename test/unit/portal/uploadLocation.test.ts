import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEventKey, parseUploadKey, quarantineKeyFor, safeFileName, stateUploadKey } from '../../../shared/portal/uploadLocation.js';
import { submissionIdFor } from '../../../shared/portal/submissionIdentity.js';

describe('upload keys', () => {
  it('name the state, the upload and the file', () => {
    expect(parseUploadKey('incoming/FRA/abc123/rapport.pdf')).toEqual({ kind: 'state', state: 'FRA', uploadId: 'abc123', fileName: 'rapport.pdf' });
    expect(parseUploadKey('committee/abc123/programme.pdf')).toEqual({ kind: 'committee', uploadId: 'abc123', fileName: 'programme.pdf' });
  });

  it('are invalid for codes that are not UN member states, lower case, deeper paths or other prefixes', () => {
    for (const key of ['incoming/ATL/abc123/a.pdf', 'incoming/VAT/abc123/a.pdf', 'incoming/fra/abc123/a.pdf', 'incoming/FRA/abc123/x/a.pdf', 'incoming/FRA/a.pdf', 'other/FRA/abc123/a.pdf', 'incoming/FRA/abc123/']) {
      expect(parseUploadKey(key).kind, key).toBe('invalid');
    }
    expect(parseUploadKey('other/FRA/abc123/a.pdf')).toMatchObject({ kind: 'invalid', fileName: 'a.pdf' });
  });

  it('built for any file name parse back to the same state and a single safe file name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const key = stateUploadKey('CHN', 'upload-1', name);
        const parsed = parseUploadKey(key);
        expect(parsed).toMatchObject({ kind: 'state', state: 'CHN', uploadId: 'upload-1' });
        expect(safeFileName(name)).not.toMatch(/[/\\]/);
        expect(safeFileName(name)).not.toMatch(/^\./);
      }),
    );
  });

  it('keep letters of every UN script in file names', () => {
    expect(safeFileName('تقرير وطني.pdf')).toBe('تقرير_وطني.pdf');
    expect(safeFileName('国家报告 2025.docx')).toBe('国家报告_2025.docx');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('arrive URL-encoded in S3 notifications, with spaces as plus signs', () => {
    expect(decodeEventKey('incoming/FRA/u1/rapport+national%C3%A9.pdf')).toBe('incoming/FRA/u1/rapport nationalé.pdf');
  });
});

describe('submission ids', () => {
  it('are the same for every delivery of one object version and differ between versions', () => {
    const object = { bucket: 'b', key: 'incoming/FRA/u1/a.pdf', versionId: 'v1' };
    expect(submissionIdFor(object)).toBe(submissionIdFor({ ...object }));
    expect(submissionIdFor(object)).not.toBe(submissionIdFor({ ...object, versionId: 'v2' }));
    expect(submissionIdFor({ bucket: 'b', key: 'k', eTag: 'e1' })).not.toBe(submissionIdFor({ bucket: 'b', key: 'k', eTag: 'e2' }));
  });
});

describe('quarantine keys', () => {
  it("keep a key's first version at the key's own place, and each later version at a place of its own", () => {
    const key = 'incoming/FRA/u1/rapport.pdf';
    expect(quarantineKeyFor(key)).toBe('quarantine/incoming/FRA/u1/rapport.pdf');
    expect(quarantineKeyFor(key, 'v2.Abc_9')).toBe('quarantine/incoming/FRA/u1/version-v2.Abc_9/rapport.pdf');
    expect(quarantineKeyFor(key, 'a/../b')).toBe('quarantine/incoming/FRA/u1/version-a_.._b/rapport.pdf');
  });

  it('of later versions never meet the quarantine key of any upload', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (fileName, version) => {
        const key = stateUploadKey('FRA', 'u1abcdef', fileName);
        const later = quarantineKeyFor(key, version).slice('quarantine/'.length);
        expect(parseUploadKey(later).kind).toBe('invalid');
      }),
    );
  });
});
