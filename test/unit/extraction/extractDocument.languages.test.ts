import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { docxOf, pdfOf, utf8 } from './support/documents.js';
import { SAMPLE_REPORTS } from './support/reports.js';

describe.each(SAMPLE_REPORTS)('a $language report written as plain text', (report) => {
  it('yields its language, state, date, treaties, measures, gaps and contact', async () => {
    // Prepare
    const bytes = utf8(report.paragraphs.join('\n\n'));

    // Act
    const extraction = await extractDocument({ bytes, fileName: `report-${report.language}.txt` });

    // Assess
    expect(extraction.format).toBe('txt');
    expect(extraction.language).toBe(report.language);
    expect(extraction.state).toBe(report.state);
    expect(extraction.documentDate).toBe(report.date);
    expect(extraction.treaties).toEqual(expect.arrayContaining(report.treaties));
    for (const absent of report.notTreaties) expect(extraction.treaties).not.toContain(absent);
    const present = extraction.matrix.filter((m) => m.measure !== 'no').map((m) => m.element);
    expect(present).toEqual(expect.arrayContaining(report.present));
    expect(extraction.gaps).toEqual(expect.arrayContaining(report.gaps));
    for (const gap of extraction.gaps) expect(present).not.toContain(gap);
    expect(extraction.contacts).toContainEqual(expect.objectContaining({ name: report.contactName, email: report.contactEmail }));
  });

  it('reads the same from a DOCX', async () => {
    const extraction = await extractDocument({ bytes: await docxOf(report.paragraphs), fileName: 'report.docx' });

    expect(extraction.format).toBe('docx');
    expect(extraction.language).toBe(report.language);
    expect(extraction.state).toBe(report.state);
    expect(extraction.gaps).toEqual(expect.arrayContaining(report.gaps));
  });
});

describe('a PDF report', () => {
  const latin = SAMPLE_REPORTS.filter((r) => ['en', 'fr', 'es'].includes(r.language));

  it.each(latin)('keeps page numbers in the evidence ($language)', async (report) => {
    const half = Math.ceil(report.paragraphs.length / 2);
    const bytes = await pdfOf([report.paragraphs.slice(0, half), report.paragraphs.slice(half)]);

    const extraction = await extractDocument({ bytes, fileName: 'report.pdf' });

    expect(extraction.format).toBe('pdf');
    expect(extraction.language).toBe(report.language);
    expect(extraction.state).toBe(report.state);
    const pages = extraction.matrix.flatMap((m) => m.evidence.map((e) => e.page));
    expect(pages.every((p) => p === 1 || p === 2)).toBe(true);
  });
});

describe('the declared state', () => {
  it('is kept, with a state_mismatch warning, when the document is about another state', async () => {
    const report = SAMPLE_REPORTS[0]!;

    const extraction = await extractDocument({ bytes: utf8(report.paragraphs.join('\n')), fileName: 'r.txt', state: 'FRA' });

    expect(extraction.state).toBe('FRA');
    expect(extraction.warnings).toContain('state_mismatch');
  });

  it('gives no warning when it matches', async () => {
    const report = SAMPLE_REPORTS[0]!;

    const extraction = await extractDocument({ bytes: utf8(report.paragraphs.join('\n')), fileName: 'r.txt', state: report.state });

    expect(extraction.warnings).not.toContain('state_mismatch');
  });
});

describe('a Committee programme of work', () => {
  it('lists deadlines with precision and recurrence, not the period it covers nor resolution years', async () => {
    const text = [
      'Security Council Committee established pursuant to resolution 1540 (2004)',
      '10 February 2026',
      'Programme of work of the Committee for the period from 1 February 2026 to 31 January 2027',
      'By resolution 2663 (2022) the Council extended the mandate until 30 November 2032.',
      'The working groups will submit their workplans to the Committee by 15 March 2026.',
      'The group of experts will transmit draft matrices to States by the end of June each year.',
      'The Committee will submit its annual review to the Security Council before 31 December 2026.',
    ].join('\n\n');

    const extraction = await extractDocument({ bytes: utf8(text), fileName: 'pow.txt' });

    expect(extraction.reportType).toBe('committee_document');
    expect(extraction.state).toBeNull();
    const dates = extraction.deadlines.map((d) => [d.date, d.precision, d.recurrence]);
    expect(dates).toContainEqual(['2026-03-15', 'day', null]);
    expect(dates).toContainEqual(['2026-06-30', 'month', 'yearly']);
    expect(dates).toContainEqual(['2026-12-31', 'day', null]);
    expect(extraction.deadlines.map((d) => d.date)).not.toContain('2027-01-31');
    expect(extraction.deadlines.map((d) => d.date)).not.toContain('2032-11-30');
  });
});
