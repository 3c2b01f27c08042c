/**
 * One upload, one object version: the first version of an upload's key is the submission; a later
 * one (a second POST with the same grant, which S3 cannot refuse) is quarantined under a key of its
 * own, and the first, its submission and its download link stay as they were.
 *
 * The S3 stand-in keeps no versions, so the bucket here is `VersionedBucket`: a mocked S3 client
 * that keeps versions in memory and records the version every request names (the property the
 * stand-in cannot show). The table, the ingest handler, the extractor and the admin API are real.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestFunction } from '../../../functions/ingest/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/ingest/handler.js';
import { startLocalAdminApi, type LocalAdminApi } from '../../../infra/local/localAdminApi.js';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { standInClients, type StandInClients } from '../../../infra/local/standInClients.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { quarantineKeyFor, quarantineReasonKey } from '../../../shared/portal/uploadLocation.js';
import type { Submission } from '../../../shared/store/items.js';
import { stateKey } from '../../../shared/store/keys.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { listSubmissions } from '../../../shared/store/submissions.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';
import { s3Notification, sqsEvent } from '../../support/s3Events.js';
import { VersionedBucket } from '../../support/versionedBucket.js';

let portal: TestPortal;
let s3: StandInClients;
let bucket: VersionedBucket;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
let home: string;
let adminApi: LocalAdminApi;

beforeAll(async () => {
  portal = await createTestPortal();
  await seedStateProfiles(portal.store);
  s3 = standInClients(portal.endpoints);
  bucket = new VersionedBucket(portal.bucketName, s3.s3);
  const clients = { ...portal.clients, s3: bucket.client };
  const settings = settingsFor(ingestFunction, { TABLE_NAME: portal.tableName, BUCKET_NAME: portal.bucketName });
  handler = createHandler(dependenciesFrom(settings, clients)) as unknown as typeof handler;
  home = mkdtempSync(join(tmpdir(), 'portal1540-versions-'));
  adminApi = await startLocalAdminApi({ home, clients, tableName: portal.tableName, bucketName: portal.bucketName });
});
afterAll(async () => {
  await adminApi?.stop();
  s3?.destroy();
  await portal?.dispose();
  rmSync(home, { recursive: true, force: true });
});

const REPORT_TEXT = `National report of the Republic of Kenya on the implementation of Security Council resolution 1540 (2004).

Kenya is a State party to the Treaty on the Non-Proliferation of Nuclear Weapons and to the Chemical Weapons Convention.
The Penal Code, section 12, prohibits any person from manufacturing, acquiring or possessing nuclear weapons.
`;
const GARBAGE = '%PDF-1.7\n\u0000\u0001 not a PDF at all';

let uploads = 0;
/** A fresh upload place of Kenya's, as a grant makes one. */
const uploadKey = (fileName: string) => `incoming/KEN/versions-${++uploads}/${fileName}`;
/** Each test's report differs from the others' (the same bytes again would be a duplicate). */
let REPORT = '';
beforeEach(() => {
  REPORT = `${REPORT_TEXT}\nReference ${uploads + 1}.\n`;
});

/** The S3 event of one version, delivered through the ingest queue. */
async function deliver(key: string, versionId: string) {
  const size = bucket.versionsOf(key).find((v) => v.versionId === versionId)?.text.length ?? 0;
  const response = await handler(sqsEvent(JSON.stringify(s3Notification([{ bucket: bucket.name, key, size, versionId }]))), lambdaContext('ingest'));
  expect(response.batchItemFailures).toEqual([]);
}

async function submissionsAt(key: string): Promise<Submission[]> {
  const { items } = await listSubmissions(portal.store, stateKey('KEN'), { limit: 100 });
  return items.filter((s) => s.objectKey === key);
}

const callsFor = (key: string) => bucket.calls.filter((c) => c.key === key);

describe('one upload, one object version', () => {
  it('keeps the first version of a key and quarantines a later one under its own key, never touching the first', async () => {
    const key = uploadKey('report.txt');
    const first = bucket.put(key, REPORT);
    await deliver(key, first);
    const [accepted] = await submissionsAt(key);
    expect(accepted).toMatchObject({ status: 'accepted', objectVersionId: first });

    const later = bucket.put(key, GARBAGE);
    await deliver(key, later);

    // The first version is the key's only version again, as it was; the later one lies in quarantine.
    expect(bucket.versionsOf(key)).toEqual([{ versionId: first, text: REPORT }]);
    const quarantineKey = quarantineKeyFor(key, later);
    expect(quarantineKey).toBe(`quarantine/${key.replace('report.txt', `version-${later}/report.txt`)}`);
    expect(bucket.versionsOf(quarantineKey).map((v) => v.text)).toEqual([GARBAGE]);
    expect(JSON.parse(bucket.versionsOf(quarantineReasonKey(quarantineKey))[0]!.text)).toMatchObject({
      code: 'later_version',
      originalKey: key,
      originalVersionId: later,
    });

    // The accepted submission is unchanged; the later version is recorded as refused, beside it.
    const submissions = await submissionsAt(key);
    expect(submissions.find((s) => s.id === accepted!.id)).toEqual(accepted);
    const refused = submissions.find((s) => s.id !== accepted!.id);
    expect(refused).toMatchObject({ status: 'rejected', objectVersionId: later, quarantineKey, rejection: { code: 'later_version' } });
    expect(refused?.rejection?.message).toContain(accepted!.id);

    // Every read, copy and delete named a version; none but the read named the first one.
    const objectCalls = callsFor(key).filter((c) => c.command !== 'ListObjectVersions');
    expect(objectCalls.every((c) => c.versionId !== undefined)).toBe(true);
    expect(objectCalls.filter((c) => c.versionId === first)).toEqual([{ command: 'GetObject', key, versionId: first }]);
    expect(objectCalls.filter((c) => c.versionId === later).map((c) => c.command)).toEqual(['CopyObject', 'DeleteObject']);

    // The accepted submission's download link names its version, which the bucket still holds.
    const response = await fetch(`${adminApi.url}/submissions/${accepted!.id}`, { headers: { authorization: `Bearer ${adminApi.tokens.secretariat}` } });
    expect(response.status).toBe(200);
    const link = new URL(((await response.json()) as { download: { url: string } }).download.url);
    expect(decodeURIComponent(link.pathname)).toBe(`/${bucket.name}/${key}`);
    expect(link.searchParams.get('versionId')).toBe(first);
    expect(bucket.versionsOf(key).find((v) => v.versionId === link.searchParams.get('versionId'))?.text).toBe(REPORT);
  });

  it("decides by S3's order of versions, not by the order their events arrive", async () => {
    const key = uploadKey('report.txt');
    const first = bucket.put(key, REPORT);
    const later = bucket.put(key, GARBAGE);
    await deliver(key, later);
    await deliver(key, first);

    const submissions = await submissionsAt(key);
    expect(submissions.map((s) => [s.objectVersionId, s.status, s.rejection?.code]).sort()).toEqual(
      [
        [first, 'accepted', undefined],
        [later, 'rejected', 'later_version'],
      ].sort(),
    );
    expect(bucket.versionsOf(key)).toEqual([{ versionId: first, text: REPORT }]);
  });

  it('still refuses a later version once the refused first one has gone to quarantine', async () => {
    const key = uploadKey('report.pdf');
    const first = bucket.put(key, GARBAGE);
    await deliver(key, first);
    expect(bucket.versionsOf(key)).toEqual([]);
    expect(bucket.versionsOf(quarantineKeyFor(key)).map((v) => v.text)).toEqual([GARBAGE]);

    // The report posted afterwards with the same grant is not taken for the first version.
    const later = bucket.put(key, REPORT);
    await deliver(key, later);
    const submissions = await submissionsAt(key);
    expect(submissions.map((s) => [s.objectVersionId, s.rejection?.code]).sort()).toEqual(
      [
        [first, 'corrupt'],
        [later, 'later_version'],
      ].sort(),
    );
    expect(bucket.versionsOf(quarantineKeyFor(key)).map((v) => v.text)).toEqual([GARBAGE]);
    expect(bucket.versionsOf(quarantineKeyFor(key, later)).map((v) => v.text)).toEqual([REPORT]);
  });

  it("records a later version's repeated event once, and lists the key's versions only until its first is claimed", async () => {
    const key = uploadKey('report.txt');
    const first = bucket.put(key, REPORT);
    await deliver(key, first);
    const later = bucket.put(key, GARBAGE);
    await deliver(key, later);
    await deliver(key, later);
    await deliver(key, first);

    expect(await submissionsAt(key)).toHaveLength(2);
    expect(callsFor(key).filter((c) => c.command === 'CopyObject')).toHaveLength(1);
    expect(callsFor(key).filter((c) => c.command === 'ListObjectVersions')).toHaveLength(1);
    expect(bucket.versionsOf(quarantineKeyFor(key, later))).toHaveLength(1);
    expect(bucket.versionsOf(key)).toEqual([{ versionId: first, text: REPORT }]);
  });
});
