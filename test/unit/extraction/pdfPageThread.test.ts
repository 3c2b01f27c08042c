/**
 * A long PDF read on two threads: the page-reading thread (started here from the ingest entry, as a
 * built reading process starts it) claims pages from the last one back while the main thread claims
 * them from the first, reads them exactly as the main thread does, refuses as the main thread
 * would, and once it is gone the main thread reads every page. The same thread reads a long text's
 * head while the main thread reads its units, and its contacts and treaties while the main thread
 * reads its matrix, as the main thread would read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsAside } from '../../../shared/extraction/asideFindings.js';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { withoutPageFurniture } from '../../../shared/extraction/detection/pageFurniture.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { readDocumentHead } from '../../../shared/extraction/documentHead.js';
import type { DocumentText } from '../../../shared/extraction/documentText.js';
import { EXTRACTION_LIMITS, WorkBudget } from '../../../shared/extraction/limits.js';
import {
  PageClaims, PAGES_FOR_A_SECOND_THREAD, pagesShared, readAside, readHeadAside, sharePdfPages, startPageThread, stopPageThread,
} from '../../../shared/extraction/readers/pdfPageThread.js';
import { readPdf, readPdfPages } from '../../../shared/extraction/readers/pdfReader.js';
import { pdfOf } from './support/documents.js';

const ENTRY = new URL('../../../functions/ingest/extraction.ts', import.meta.url).href;
const PAGES = PAGES_FOR_A_SECOND_THREAD + 4;

/** Pages that differ from each other, so that a page out of place, missing or read twice shows. */
const longReport = () =>
  pdfOf(Array.from({ length: PAGES }, (_, p) => [`Page ${p + 1} of the report`, `Section ${p + 1}: the Customs Act, ${1990 + p}, controls the export of listed goods.`]));

/** Every page read by this thread alone, as a process without the second thread reads them. */
const readAlone = (bytes: Uint8Array, budget = new WorkBudget()) => readPdfPages(bytes, 0, PAGES, budget);

describe('page claims', () => {
  it('give each page once, from either end, until the two ends meet', () => {
    const claims = new PageClaims();
    expect(claims.claim('first')).toBeUndefined();

    claims.open(5);
    claims.open(9);
    const taken = [claims.claim('first'), claims.claim('last'), claims.claim('last'), claims.claim('first'), claims.claim('first'), claims.claim('last')];

    expect(taken).toEqual([0, 4, 3, 1, 2, undefined]);
  });
});

describe('the page-reading thread', () => {
  beforeAll(() => startPageThread(ENTRY, 2));
  afterAll(() => stopPageThread());

  it('reads a long document with the main thread, the same pages in the same order as one thread alone', async () => {
    const bytes = await longReport();
    const alone = await readAlone(bytes);

    const document = await readPdf(bytes, new WorkBudget());

    expect(document.pages).toEqual(alone);
    expect(alone[PAGES - 1]).toContain(`Page ${PAGES} of the report`);
  });

  it('starts on a document when it arrives, before the reader opens it, with the same text', async () => {
    const bytes = await longReport();
    const alone = await readAlone(bytes);

    sharePdfPages(bytes, EXTRACTION_LIMITS, Date.now() + 20_000);
    // The thread is given time to claim pages before the main thread joins.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const document = await readPdf(bytes, new WorkBudget());

    expect(document.pages).toEqual(alone);
  });

  it('reads every page of a document on its own when the main thread never joins', async () => {
    const bytes = await longReport();
    const alone = await readAlone(bytes);

    sharePdfPages(bytes, EXTRACTION_LIMITS, Date.now() + 20_000);
    const share = pagesShared(bytes, EXTRACTION_LIMITS, Date.now() + 20_000);
    const aside = await share?.aside;

    expect([...(aside ?? new Map<number, string>()).entries()].sort(([a], [b]) => a - b).map(([, text]) => text)).toEqual(alone);
  });

  it('keeps the pages up to the one that passes the character limit, as one thread reading alone stops there', async () => {
    const bytes = await longReport();
    const limits = { ...EXTRACTION_LIMITS, maxTextChars: 250 };
    const alone = await readAlone(bytes, new WorkBudget(limits));

    const document = await readPdf(bytes, new WorkBudget(limits));

    expect(alone.length).toBeLessThan(PAGES / 2);
    expect(document.pages).toEqual(alone);
  });

  it('refuses in the thread as the main thread would when the reading time has run out', async () => {
    const bytes = await longReport();

    sharePdfPages(bytes, EXTRACTION_LIMITS, Date.now() - 1);
    const refusal = await readPdf(bytes, new WorkBudget()).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RejectedInputError);
    expect((refusal as RejectedInputError).code).toBe('too_large');
  });

  it('reads a text\'s contacts and treaties aside as the main thread reads them, from what the main thread read before', async () => {
    const doc: DocumentText = {
      pages: [
        'Report of the Republic of Kiribati\n1. Kiribati acceded to the Chemical Weapons Convention in 2000 and to the Biological Weapons Convention in 2019.',
        'National point of contact\nMs. Teaiti Bwebwe, Director of Border Control, Ministry of Justice, t.bwebwe@justice.gov.ki\nPage 2',
      ],
      paged: true,
      warnings: [],
    };
    const facts = { documentDate: '2024-05-02', committee: false, reportsMeasures: true };
    const furnitureFree = withoutPageFurniture(doc.pages);
    const before = { furnitureFree, units: textUnits(doc, furnitureFree) };
    const here = findingsAside(doc, facts, before);

    const aside = await readAside(doc, facts, before);

    expect(aside).toEqual(here);
    expect(here.treaties).toEqual(expect.arrayContaining(['cwc', 'bwc']));
    expect(here.contacts.map((c) => c.email)).toEqual(['t.bwebwe@justice.gov.ki']);
    // What the main thread hands over is what the thread would read itself.
    expect(findingsAside(doc, facts)).toEqual(here);
  });

  it('reads a text\'s head aside as the main thread reads it: its author, type and date, and what was declared', async () => {
    const text = 'PERMANENT MISSION OF THE REPUBLIC OF KIRIBATI\nNew York, 2 May 2024\nNational report on the implementation of resolution 1540 (2004)\n1. Kiribati acceded to the Chemical Weapons Convention in 2000.';
    const committeeText = 'Security Council Committee established pursuant to resolution 1540 (2004)\nProgramme of work for 2025\nThe Committee will hold its meetings in March.';

    for (const [body, given] of [[text, {}], [text, { reportType: 'action_plan' as const }], [committeeText, {}], [committeeText, { declaredState: 'KIR' }]] as const) {
      const here = readDocumentHead(body, 'en', given);
      expect(await readHeadAside(body, 'en', given)).toEqual(here);
    }
    expect(readDocumentHead(text, 'en', {})).toMatchObject({ detectedState: 'KIR', authorship: 'none', reportType: 'national_report', documentDate: '2024-05-02' });
    expect(readDocumentHead(committeeText, 'en', { declaredState: 'KIR' }).committeeTextFromState).toBe(true);
  });

  it('leaves a text\'s head to the main thread where the thread goes before it answers', async () => {
    // Long enough that the thread is still reading it when it is stopped.
    const asked = readHeadAside('Report of the Republic of Kiribati on its export controls. '.repeat(40_000), 'en', {});
    await stopPageThread();

    expect(asked).toBeDefined();
    expect(await asked).toBeUndefined();
    expect(readHeadAside('Report of the Republic of Kiribati', 'en', {})).toBeUndefined();
    startPageThread(ENTRY, 2);
  });

  it('leaves a text\'s contacts and treaties to the main thread where the thread goes before it answers', async () => {
    const doc: DocumentText = { pages: ['Contact: Ms. A. Tebano, a.tebano@mfa.gov.ki'], paged: false, warnings: [] };
    const asked = readAside(doc, { documentDate: null, committee: false, reportsMeasures: true }, {});
    await stopPageThread();

    expect(asked).toBeDefined();
    expect(await asked).toBeUndefined();
    expect(readAside(doc, { documentDate: null, committee: false, reportsMeasures: true }, {})).toBeUndefined();
    startPageThread(ENTRY, 2);
  });

  it('leaves every page to the main thread once it is gone', async () => {
    const bytes = await longReport();
    await stopPageThread();

    const document = await readPdf(bytes, new WorkBudget());

    expect(document.pages).toEqual(await readAlone(bytes));
  });
});
