/**
 * The ingest Lambda's handler, driven by SQS events carrying S3 notifications exactly as AWS
 * shapes them, against the S3 and DynamoDB stand-ins.
 */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateKey } from '../../../shared/store/keys.js';
import { getSubmission, listSubmissions } from '../../../shared/store/submissions.js';
import { currentMatrix } from '../../../shared/store/matrixEntries.js';
import { proposalsOfSubmission } from '../../../shared/store/proposals.js';
import { listContacts } from '../../../shared/store/contactPoints.js';
import { getStateProfile } from '../../../shared/store/stateProfiles.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { ingestFunction } from '../../../functions/ingest/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/ingest/handler.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';
import { s3Notification, sqsEvent } from '../../support/s3Events.js';
import { docxOf, pdfOf } from '../../unit/extraction/support/documents.js';

let portal: TestPortal;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

beforeAll(async () => {
  portal = await createTestPortal();
  await seedStateProfiles(portal.store);
  // The handler as the local portal makes it: its own factory, its settings parsed by its schema.
  const settings = settingsFor(ingestFunction, { TABLE_NAME: portal.tableName, BUCKET_NAME: portal.bucketName });
  handler = createHandler(dependenciesFrom(settings, portal.clients)) as unknown as typeof handler;
});
afterAll(() => portal.dispose());

const NATIONAL_REPORT = `Permanent Mission of the Republic of Kenya to the United Nations

Note verbale, New York, 14 March 2024

National report of the Republic of Kenya on the implementation of Security Council resolution 1540 (2004).

Kenya is a State party to the Treaty on the Non-Proliferation of Nuclear Weapons and to the Chemical Weapons Convention.
The Penal Code, section 12, prohibits any person from manufacturing, acquiring or possessing nuclear weapons.
The Kenya Revenue Authority customs officers control the borders against illicit trafficking under the East African Community Customs Management Act, section 210.

Point of contact: Ms. Wanjiru Kamau, Director, Ministry of Foreign Affairs, w.kamau@mfa.example.gov
`;

async function upload(key: string, body: string | Uint8Array) {
  const put = await portal.clients.s3.send(new PutObjectCommand({ Bucket: portal.bucketName, Key: key, Body: body }));
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return { bucket: portal.bucketName, key, size, eTag: put.ETag?.replace(/"/g, '') };
}

async function deliver(...notifications: object[]) {
  return handler(sqsEvent(...notifications.map((n) => JSON.stringify(n))), lambdaContext('ingest'));
}

async function exists(key: string) {
  return portal.clients.s3.send(new HeadObjectCommand({ Bucket: portal.bucketName, Key: key })).then(
    () => true,
    () => false,
  );
}

describe('the ingest handler', () => {
  it('records the same S3 event delivered twice as one submission', async () => {
    const object = await upload('incoming/KEN/upload-0001/report.txt', NATIONAL_REPORT);
    const notification = s3Notification([object]);
    const first = await deliver(notification);
    const second = await deliver(notification);
    expect(first.batchItemFailures).toEqual([]);
    expect(second.batchItemFailures).toEqual([]);
    const { items } = await listSubmissions(portal.store, stateKey('KEN'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'KEN', status: 'accepted', format: 'txt', fileName: 'report.txt', size: object.size });
    expect(items[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(items[0]?.extraction?.language).toBe('en');
  });

  it('records what the report says as proposals of its submission, with proposed contacts and the profile; the matrix waits for review', async () => {
    const [submission] = (await listSubmissions(portal.store, stateKey('KEN'))).items;
    const proposals = await proposalsOfSubmission(portal.store, submission!.id);
    expect(proposals.filter((p) => p.kind === 'matrix').length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.status === 'pending' && p.state === 'KEN')).toBe(true);
    expect(proposals.find((p) => p.kind === 'contact')?.value).toMatchObject({ email: 'w.kamau@mfa.example.gov' });
    expect(await currentMatrix(portal.store, 'KEN')).toEqual([]);
    const contacts = await listContacts(portal.store, 'KEN');
    expect(contacts.map((c) => c.email)).toContain('w.kamau@mfa.example.gov');
    expect((await getStateProfile(portal.store, 'KEN'))?.lastSubmissionId).toBeDefined();
  });

  it('records bytes the state already submitted as a duplicate of the first submission', async () => {
    const [first] = (await listSubmissions(portal.store, stateKey('KEN'))).items;
    const again = await upload('incoming/KEN/upload-0002/report-again.txt', NATIONAL_REPORT);
    await deliver(s3Notification([{ ...again, eventTime: '2026-11-27T10:00:00.000Z' }]));
    const { items } = await listSubmissions(portal.store, stateKey('KEN'));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ status: 'duplicate', duplicateOf: first?.id, fileName: 'report-again.txt' });
  });

  it('quarantines a file under an unknown state prefix, with its reason, and loses nothing', async () => {
    const object = await upload('incoming/ATL/upload-0003/report.txt', NATIONAL_REPORT);
    const response = await deliver(s3Notification([object]));
    expect(response.batchItemFailures).toEqual([]);
    expect(await exists('incoming/ATL/upload-0003/report.txt')).toBe(false);
    const kept = await portal.clients.s3.send(new GetObjectCommand({ Bucket: portal.bucketName, Key: 'quarantine/incoming/ATL/upload-0003/report.txt' }));
    expect(await kept.Body?.transformToString()).toBe(NATIONAL_REPORT);
    const reason = await portal.clients.s3.send(
      new GetObjectCommand({ Bucket: portal.bucketName, Key: 'quarantine/incoming/ATL/upload-0003/report.txt.reason.json' }),
    );
    expect(JSON.parse((await reason.Body?.transformToString()) ?? '{}')).toMatchObject({
      code: 'bad_location',
      originalKey: 'incoming/ATL/upload-0003/report.txt',
      message: expect.stringContaining('ATL'),
    });
  });

  it('quarantines a file outside the upload layout (a state writing into a deeper path)', async () => {
    const object = await upload('incoming/FRA/upload-0004/nested/report.txt', NATIONAL_REPORT);
    await deliver(s3Notification([object]));
    expect(await exists('quarantine/incoming/FRA/upload-0004/nested/report.txt.reason.json')).toBe(true);
    expect((await listSubmissions(portal.store, stateKey('FRA'))).items).toEqual([]);
  });

  it('refuses an unreadable file with the extractor\'s code, keeps it in quarantine and records the refusal', async () => {
    const object = await upload('incoming/SEN/upload-0005/rapport.pdf', new Uint8Array());
    await deliver(s3Notification([object]));
    const { items } = await listSubmissions(portal.store, stateKey('SEN'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      status: 'rejected',
      rejection: { code: 'empty' },
      quarantineKey: 'quarantine/incoming/SEN/upload-0005/rapport.pdf',
    });
    expect(items[0]?.extraction).toBeUndefined();
    expect(await exists('incoming/SEN/upload-0005/rapport.pdf')).toBe(false);
    expect(await exists('quarantine/incoming/SEN/upload-0005/rapport.pdf')).toBe(true);
  });

  it('fails only the malformed record of a batch; the others are recorded', async () => {
    const good = await upload('incoming/CHL/upload-0006/report.txt', NATIONAL_REPORT.replace(/Kenya/g, 'Chile'));
    const event = sqsEvent('{"this is": "not an S3 notification"', JSON.stringify(s3Notification([good])));
    const response = await handler(event, lambdaContext('ingest'));
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]?.messageId }]);
    expect((await listSubmissions(portal.store, stateKey('CHL'))).items).toHaveLength(1);
  });

  it('ignores the test event S3 sends when a notification is configured', async () => {
    const response = await deliver({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-11-27T09:00:00.000Z', Bucket: 'b' });
    expect(response.batchItemFailures).toEqual([]);
  });

  it('reads PDF and DOCX reports the way the extractor reads them from disk', async () => {
    const lines = NATIONAL_REPORT.replace(/Kenya/g, 'Ghana').split('\n').filter((line) => line.trim());
    const pdf = await upload('incoming/GHA/upload-0007/report.pdf', await pdfOf([lines]));
    const docx = await upload('incoming/GHA/upload-0008/report.docx', await docxOf(lines.map((l) => l.replace('14 March', '15 March'))));
    const response = await deliver(s3Notification([pdf]), s3Notification([docx]));
    expect(response.batchItemFailures).toEqual([]);
    const { items } = await listSubmissions(portal.store, stateKey('GHA'));
    expect(items.map((s) => [s.format, s.status, s.rejection?.message])).toEqual(
      expect.arrayContaining([['pdf', 'accepted', undefined], ['docx', 'accepted', undefined]]),
    );
    expect(items.every((s) => s.extraction?.state === 'GHA' && s.extraction.language === 'en')).toBe(true);
  });

  it('takes an event whose object is already gone as done, and records nothing', async () => {
    const gone = { bucket: portal.bucketName, key: 'incoming/NZL/upload-gone/report.txt', size: 10, eTag: 'f'.repeat(32) };
    expect((await deliver(s3Notification([gone]))).batchItemFailures).toEqual([]);
    expect((await listSubmissions(portal.store, stateKey('NZL'))).items).toEqual([]);
  });

  it('finds a submission by its id', async () => {
    const [latest] = (await listSubmissions(portal.store, stateKey('CHL'))).items;
    expect(await getSubmission(portal.store, latest?.id ?? '')).toEqual(latest);
  });
});
