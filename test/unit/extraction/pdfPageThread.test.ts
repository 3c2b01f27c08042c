/**
 * A long PDF read on two threads: the page-reading thread (started here from the ingest entry, as a
 * built reading process starts it) reads the pages it is asked for exactly as the main thread
 * does, refuses as the main thread would, and once it is gone the main thread reads every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { EXTRACTION_LIMITS, WorkBudget } from '../../../shared/extraction/limits.js';
import { pagesReadAside, PAGES_FOR_A_SECOND_THREAD, startPageThread, stopPageThread } from '../../../shared/extraction/readers/pdfPageThread.js';
import { readPdf, readPdfPages } from '../../../shared/extraction/readers/pdfReader.js';
import { pdfOf } from './support/documents.js';

const ENTRY = new URL('../../../functions/ingest/extraction.ts', import.meta.url).href;
const PAGES = PAGES_FOR_A_SECOND_THREAD + 4;

/** Pages that differ from each other, so that a page out of place or read twice shows. */
const longReport = () =>
  pdfOf(Array.from({ length: PAGES }, (_, p) => [`Page ${p + 1} of the report`, `Section ${p + 1}: the Customs Act, ${1990 + p}, controls the export of listed goods.`]));

/** Every page read by this thread alone, as a process without the second thread reads them. */
const readAlone = (bytes: Uint8Array, budget = new WorkBudget()) => readPdfPages(bytes, 0, PAGES, budget);

describe('the page-reading thread', () => {
  beforeAll(() => startPageThread(ENTRY, 2));
  afterAll(() => stopPageThread());

  it('reads the pages it is asked for as the main thread reads them', async () => {
    const bytes = await longReport();
    const alone = await readAlone(bytes);

    const aside = await pagesReadAside(bytes, PAGES / 2, PAGES, new WorkBudget());
    const document = await readPdf(bytes, new WorkBudget());

    expect(aside).toEqual(alone.slice(PAGES / 2));
    expect(document.pages).toEqual(alone);
    expect(alone[PAGES - 1]).toContain(`Page ${PAGES} of the report`);
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
    const spent = new WorkBudget(EXTRACTION_LIMITS, Date.now() - 1);

    const refusal = await pagesReadAside(bytes, PAGES / 2, PAGES, spent).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RejectedInputError);
    expect((refusal as RejectedInputError).code).toBe('too_large');
  });

  it('leaves every page to the main thread once it is gone', async () => {
    const bytes = await longReport();
    await stopPageThread();

    const aside = await pagesReadAside(bytes, PAGES / 2, PAGES, new WorkBudget());
    const document = await readPdf(bytes, new WorkBudget());

    expect(aside).toBeUndefined();
    expect(document.pages).toEqual(await readAlone(bytes));
  });
});
