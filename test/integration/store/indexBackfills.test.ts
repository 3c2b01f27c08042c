/**
 * The seeder backfills, once, the indexes added after data was kept: a submission made public
 * before the public reports' index, and an organization's contact suppressed before the index of
 * unreachable addresses, are stored here as they were then (no GSI2 entry), directly.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { seederFunction } from '../../../functions/seeder/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/seeder/handler.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { listSuppressedContacts } from '../../../shared/store/contactPoints.js';
import { contactSortKey, emailKey, organizationKey, stateKey, submissionLookupKey, SUBMISSION_LOOKUP_SORT_KEY, submissionSortKey } from '../../../shared/store/keys.js';
import { publicSubmissions } from '../../../shared/store/publication.js';
import type { Submission } from '../../../shared/store/items.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

let portal: TestPortal;
let seeder: (event: unknown, context: Context) => Promise<{ backfilled: unknown }>;

const put = (item: Record<string, unknown>) => portal.clients.db.send(new PutCommand({ TableName: portal.tableName, Item: item }));

/** A submission of Kenya as stored before the public reports' index: its visibility, no GSI2 entry. */
function oldSubmission(id: string, receivedAt: string, visibility: Submission['visibility']) {
  const submission: Submission = {
    id, state: 'KEN', receivedAt, objectKey: `incoming/KEN/${id}.pdf`, fileName: `${id}.pdf`, size: 10,
    declaredReportType: 'national_report', status: 'accepted', visibility,
  };
  return put({
    PK: stateKey('KEN'), SK: submissionSortKey(submission.receivedAt, id), GSI1PK: submissionLookupKey(id), GSI1SK: SUBMISSION_LOOKUP_SORT_KEY,
    entity: 'submission', ...submission,
  });
}

beforeAll(async () => {
  portal = await createTestPortal();
  seeder = createHandler(dependenciesFrom(settingsFor(seederFunction, { TABLE_NAME: portal.tableName }), portal.clients)) as unknown as typeof seeder;
  await oldSubmission('published', '2025-06-02T10:00:00.000Z', 'public');
  await oldSubmission('kept', '2025-06-03T10:00:00.000Z', 'committee');
  // An IAEA contact that bounced before the index of unreachable addresses existed.
  await put({
    PK: organizationKey('IAEA'), SK: contactSortKey('desk@iaea.example.org'), GSI1PK: emailKey('desk@iaea.example.org'), GSI1SK: organizationKey('IAEA'),
    entity: 'contact', organization: 'IAEA', name: 'Desk', email: 'desk@iaea.example.org', role: null, language: 'en', source: 'manual',
    status: 'bounced', updatedAt: '2025-07-01T08:00:00.000Z', updatedBy: 'ses',
  });
});
afterAll(() => portal.dispose());

describe("the seeder's backfill of the newer indexes", () => {
  it('indexes an old public submission and an old suppressed contact of an organization once; run again, it reads only its markers', async () => {
    expect(await publicSubmissions(portal.store)).toEqual([]);
    expect((await listSuppressedContacts(portal.store)).items).toEqual([]);

    expect((await seeder({}, lambdaContext('seeder'))).backfilled).toEqual({ publicReports: 1, organizationContacts: 1 });
    expect((await seeder({}, lambdaContext('seeder'))).backfilled).toEqual({ publicReports: 0, organizationContacts: 0 });

    expect((await publicSubmissions(portal.store)).map((s) => s.id)).toEqual(['published']);
    expect((await publicSubmissions(portal.store, 'KEN')).map((s) => s.id)).toEqual(['published']);
    expect((await listSuppressedContacts(portal.store)).items).toEqual([
      expect.objectContaining({ organization: 'IAEA', email: 'desk@iaea.example.org', status: 'bounced', updatedAt: '2025-07-01T08:00:00.000Z' }),
    ]);
  });
});
