/**
 * Hostile findings replayed against the running local portal, from the upload grant to the mail:
 * a template cell of 450 KB, a form naming 3,000 addresses, a Committee-like text in a state's
 * place. Each ends with nothing lost and the state told: refused and quarantined with its reason,
 * or accepted; a found address proposed and never mailed; the receipt to the uploader and the
 * state's active contacts only.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_LIMITS } from '../../../shared/extraction/findingLimits.js';
import { localAddress } from '../../../infra/local/localAuth.js';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import { quarantineReasonKey } from '../../../shared/portal/uploadLocation.js';
import { listContacts } from '../../../shared/store/contactPoints.js';
import { listDeadlines } from '../../../shared/store/deadlines.js';
import { proposalsOfSubmissionKey, stateKey } from '../../../shared/store/keys.js';
import type { OutboundMail } from '../../../shared/store/outboundMail.js';
import { DYNAMODB_ITEM_LIMIT_BYTES, dynamoItemBytes } from '../../support/dynamoItemSize.js';
import { formAtCaps } from '../../unit/extraction/support/formAtCaps.js';
import { eventually, localPortalClient, type LocalPortalClient } from '../../support/localPortalClient.js';

let home: string;
let portal: LocalPortal;
let call: LocalPortalClient['call'];
let upload: LocalPortalClient['upload'];
let settledReceipts: LocalPortalClient['settledReceipts'];
const designated = { name: 'Jeanne Martin', email: 'j.martin@diplomatie.example', language: 'fr' };
const uploader = localAddress('local-fra');

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-findings-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
  ({ call, upload, settledReceipts } = localPortalClient(portal));
  const added = await call('/states/FRA/contacts', portal.adminApi.tokens.secretariat!, designated);
  expect(added.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

const recipientsOf = (mails: OutboundMail[]) => mails.map((m) => [m.recipient.email, m.recipient.addressedAs, m.status]).sort();
const TOLD = [[designated.email, 'contact', 'sent'], [uploader, 'uploader', 'sent']].sort();

describe('a CSV template with one cell of 450 KB', () => {
  it('is refused too_large naming the cap, quarantined with its reason, and the state told, without a retried write', async () => {
    const csv = `element,weapon,measure,legal_reference,notes\nop1,all,yes,"${'A'.repeat(450 * 1024)}",Penal Code\n`;

    const submission = await upload('matrix.csv', csv, { reportType: 'additional_information' });

    expect(submission).toMatchObject({ state: 'FRA', status: 'rejected', rejection: { code: 'too_large' } });
    expect(submission.rejection?.message).toContain(`limit of ${FINDING_LIMITS.maxTemplateCellChars.toLocaleString('en')} characters per cell`);
    const reason = await portal.s3.send(new GetObjectCommand({ Bucket: portal.bucketName, Key: quarantineReasonKey(submission.quarantineKey!) }));
    expect(JSON.parse((await reason.Body?.transformToString()) ?? '{}')).toMatchObject({ code: 'too_large', submissionId: submission.id });
    expect(recipientsOf(await settledReceipts(submission))).toEqual(TOLD);
    expect((await settledReceipts(submission)).every((m) => m.kind === 'refused')).toBe(true);
    expect(existsSync(join(home, 'ingest-dead-letters.jsonl'))).toBe(false);
  });
});

describe('a JSON form naming addresses', () => {
  const formOf = (contacts: Array<{ name: string; email: string }>) =>
    JSON.stringify({ state: 'FRA', reportType: 'point_of_contact', matrix: [{ element: 'op1', weapon: 'all', measure: 'yes', legalReference: 'Code pénal, art. 421-2-2' }], contacts });

  it('is refused too_large over the contacts cap when it names 3,000, and only the uploader and the active contacts are told', async () => {
    const many = Array.from({ length: 3_000 }, (_, i) => ({ name: 'Agent Public', email: `agent${i}@flood.example` }));

    const submission = await upload('contacts.json', formOf(many));

    expect(submission).toMatchObject({ status: 'rejected', rejection: { code: 'too_large' } });
    expect(submission.rejection?.message).toContain(`the number of contacts (3,000) is over the limit of ${FINDING_LIMITS.maxContacts}`);
    expect(recipientsOf(await settledReceipts(submission))).toEqual(TOLD);
    expect((await listContacts(portal.store, 'FRA')).some((c) => c.email.endsWith('@flood.example'))).toBe(false);
  });

  it('within the cap, makes its addresses proposed contacts, never downgrades the active one, and mails neither', async () => {
    const named = [
      { name: 'Paul Durand', email: 'p.durand@defense.example' },
      { name: 'Claire Petit', email: 'c.petit@douane.example' },
      { name: 'J. Martin', email: designated.email },
    ];

    const submission = await upload('contacts-2.json', formOf(named));

    expect(submission.status).toBe('accepted');
    // The receipts go out after the findings are recorded: once they are settled, so are the contacts.
    const receipts = await settledReceipts(submission);
    const contacts = Object.fromEntries((await listContacts(portal.store, 'FRA')).map((c) => [c.email, c]));
    expect(contacts['p.durand@defense.example']).toMatchObject({ status: 'proposed', source: submission.id });
    expect(contacts['c.petit@douane.example']).toMatchObject({ status: 'proposed', source: submission.id });
    expect(contacts[designated.email]).toMatchObject({ status: 'active', name: designated.name, source: 'manual' });
    expect(recipientsOf(receipts)).toEqual(TOLD);
  });
});

describe('a note designating contacts, one of them without an address', () => {
  it('proposes the contact with an address and no entry for the one without (there is no one to write to)', async () => {
    const note = ['Permanent Mission of France to the United Nations', 'New York, 3 March 2026', '',
      'The Permanent Mission of France presents its compliments to the Chair of the Committee and designates the following national points of contact for resolution 1540 (2004):', '',
      'Name\tPost\tE-mail\tTelephone',
      'Louise Bernard\tHead, Non-Proliferation Unit\tl.bernard@diplomatie.example\t+33 1 43 17 00 00',
      'Marc Lefèvre\tCustoms Directorate\t–\t+33 1 57 53 00 00', ''].join('\n');

    const submission = await upload('contacts-note.txt', note);

    expect(submission.status).toBe('accepted');
    await settledReceipts(submission);
    const contacts = await listContacts(portal.store, 'FRA');
    expect(contacts.find((c) => c.email === 'l.bernard@diplomatie.example')).toMatchObject({ status: 'proposed', source: submission.id });
    expect(contacts.filter((c) => c.email === '' || c.name === 'Marc Lefèvre')).toEqual([]);
  });
});

describe('the largest form that passes every cap', () => {
  it('is accepted, and every item written for it stays well under 400 KB (measured: the stand-in does not enforce it)', async () => {
    const submission = await upload('largest.json', JSON.stringify(formAtCaps({ state: 'FRA' })));
    expect(submission.status).toBe('accepted');
    await settledReceipts(submission);

    const { Items = [] } = await portal.store.db.send(
      new QueryCommand({ TableName: portal.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': stateKey('FRA') } }),
    );
    const proposals = await proposalItemsOf(submission.id);
    const written = [...Items.filter((item) => JSON.stringify(item).includes(submission.id)), ...proposals];
    const largest = Math.max(...written.map(dynamoItemBytes));

    expect(written.map((item) => item.entity)).toEqual(expect.arrayContaining(['submission', 'proposal', 'contact', 'mail']));
    expect(written.map((item) => item.entity)).not.toContain('matrix');
    expect(largest).toBeLessThan(DYNAMODB_ITEM_LIMIT_BYTES / 2);
  });
});

/** The items of a submission's proposals, as stored (its GSI2 partition). */
async function proposalItemsOf(submissionId: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await portal.store.db.send(
    new QueryCommand({
      TableName: portal.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': proposalsOfSubmissionKey(submissionId) },
    }),
  );
  return Items;
}

describe("a text that reads like a Committee document, in a state's place", () => {
  const programme = [
    'Security Council Committee established pursuant to resolution 1540 (2004)',
    '10 February 2027',
    'Programme of work of the Committee for the period from 1 February 2027 to 31 January 2028',
    'The working groups will submit their workplans to the Committee by 15 March 2027.',
    'The Committee will submit its annual review to the Security Council before 31 December 2027.',
  ].join('\n\n');

  it('cannot be granted as a Committee document to a state', async () => {
    const refused = await call('/uploads', portal.adminApi.tokens['state-FRA']!, { fileName: 'pow.txt', reportType: 'committee_document' });
    expect(refused.status).toBe(400);
  });

  it("is recorded as the state's, not as a Committee document, and proposes no deadline", async () => {
    const submission = await upload('programme.txt', programme);

    expect(submission).toMatchObject({ state: 'FRA', status: 'accepted' });
    expect(submission.extraction?.reportType).not.toBe('committee_document');
    expect(submission.extraction?.warnings).toContain('committee_text_from_state');
    await settledReceipts(submission);
    expect((await listDeadlines(portal.store, 'proposed')).filter((d) => d.source === submission.id)).toEqual([]);
  });

  it("proposes its deadlines when the secretariat uploads it to the Committee's place", async () => {
    const submission = await upload('programme-committee.txt', programme, { committee: true }, portal.adminApi.tokens.secretariat);

    expect(submission).toMatchObject({ state: null, status: 'accepted', declaredReportType: 'committee_document' });
    // The submission is recorded before what it proposes: the deadlines follow it.
    const proposed = await eventually('the deadlines it proposes', async () => {
      const dates = (await listDeadlines(portal.store, 'proposed')).filter((d) => d.source === submission.id).map((d) => d.dueDate);
      return dates.length === 2 ? dates : undefined;
    }, 20_000);
    expect(proposed).toContain('2027-03-15');
  });
});
