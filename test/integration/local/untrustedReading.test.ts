/**
 * Files that cost far more to read than their size, replayed against the running local portal with
 * its real ceilings (512 MB of resident memory and 20 s a document), from the upload grant to the
 * mail: a PDF whose one content stream inflates to 1 GiB, a DOCX of 2 MB whose paragraphs open and
 * never close, an XLSX of 5 MB whose rows never close. Each ends with nothing lost and the state
 * told: refused within the limit and quarantined with its reason, or accepted; never a hang, a
 * dead letter or a portal that stops taking uploads.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAddress } from '../../../infra/local/localAuth.js';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import { quarantineReasonKey } from '../../../shared/portal/uploadLocation.js';
import type { Submission } from '../../../shared/store/items.js';
import { localPortalClient, type LocalPortalClient } from '../../support/localPortalClient.js';
import { docxFromXml, ooxmlPackage, OOXML, wordDocument, worksheet } from '../../unit/extraction/support/documents.js';
import { pdfInflatingTo } from '../../unit/extraction/support/hostileDocuments.js';

let home: string;
let portal: LocalPortal;
let client: LocalPortalClient;
const contact = { name: 'Jeanne Martin', email: 'j.martin@diplomatie.example', language: 'fr' };

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-reading-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
  client = localPortalClient(portal);
  expect((await client.call('/states/FRA/contacts', portal.adminApi.tokens.secretariat!, contact)).status).toBe(201);
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

/** The state is told: a settled mail to its active contact and to the uploader, of the kind given. */
async function expectTold(submission: Submission, kind: 'receipt' | 'refused') {
  const mails = await client.settledReceipts(submission);
  expect(mails.map((m) => [m.recipient.email, m.kind, m.status]).sort()).toEqual(
    [[contact.email, kind, 'sent'], [localAddress('local-fra'), kind, 'sent']].sort(),
  );
}

async function expectQuarantinedWithReason(submission: Submission, code: string) {
  expect(submission).toMatchObject({ state: 'FRA', status: 'rejected', rejection: { code } });
  const reason = await portal.s3.send(new GetObjectCommand({ Bucket: portal.bucketName, Key: quarantineReasonKey(submission.quarantineKey!) }));
  expect(JSON.parse((await reason.Body?.transformToString()) ?? '{}')).toMatchObject({ code, submissionId: submission.id });
  expect(existsSync(join(home, 'ingest-dead-letters.jsonl'))).toBe(false);
}

describe('a PDF whose single content stream inflates to 1 GiB', () => {
  it('is refused too_large at the memory ceiling, within the time limit, quarantined with its reason, and the state told', async () => {
    const bomb = pdfInflatingTo(1024);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);

    const started = Date.now();
    const submission = await client.upload('annex.pdf', bomb, { reportType: 'additional_information' });

    expect(Date.now() - started).toBeLessThan(20_000 + 10_000);
    await expectQuarantinedWithReason(submission, 'too_large');
    expect(submission.rejection?.message).toMatch(/512 MB/);
    await expectTold(submission, 'refused');
  });
});

describe('a DOCX of 2 MB whose paragraphs open and never close', () => {
  it('is read (what Word would recover) and accepted, and the state receives its receipt', async () => {
    const sentence = 'The Customs Code of the French Republic controls the export of dual-use goods. ';
    const unclosed = `<w:p><w:r><w:t>${sentence}`.repeat(23_000);
    const docx = docxFromXml(wordDocument(`<w:p><w:r><w:t>National report of France on resolution 1540 (2004)</w:t></w:r></w:p>${unclosed}`), {}, { stored: true });
    expect(docx.length).toBeGreaterThan(2 * 1024 * 1024);

    const submission = await client.upload('report.docx', docx, { reportType: 'additional_information' });

    expect(submission).toMatchObject({ state: 'FRA', status: 'accepted', format: 'docx' });
    await expectTold(submission, 'receipt');
  });
});

describe('an XLSX of 5 MB whose rows never close', () => {
  it('is refused as corrupt, quarantined with its reason, and the state told', async () => {
    const header = ['element', 'weapon', 'measure', 'legal_reference', 'notes'].map((h, i) => `<c r="${'ABCDE'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
    const unclosed = Array.from({ length: 85_000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>op1</t></is></c>`).join('');
    const xlsx = ooxmlPackage(
      {
        '[Content_Types].xml': '<Types/>',
        'xl/workbook.xml': `<workbook xmlns="${OOXML.spreadsheet}"/>`,
        'xl/worksheets/sheet1.xml': worksheet(`<row r="1">${header}</row>${unclosed}`),
      },
      { stored: true },
    );
    expect(xlsx.length).toBeGreaterThan(5 * 1024 * 1024);

    const submission = await client.upload('matrix.xlsx', xlsx, { reportType: 'additional_information' });

    await expectQuarantinedWithReason(submission, 'corrupt');
    await expectTold(submission, 'refused');
  });
});
