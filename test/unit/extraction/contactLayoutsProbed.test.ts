/**
 * Contacts read from PDFs laid out as other hands lay them out: each text drawn at its own place on the page (a table's
 * cells at their column's left edge, a table going on over a page break), not a line at a time.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';

/** A text drawn at (x, y) on its page. */
interface Drawn {
  text: string;
  x: number;
  y: number;
}

async function pdfOfDrawn(pages: Drawn[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const drawn of pages) {
    const page = pdf.addPage([595, 842]);
    for (const { text, x, y } of drawn) page.drawText(text, { x, y, size: 10, font });
  }
  return pdf.save();
}

/** Lines of prose from the page's top, one under the other. */
const proseAt = (lines: string[], top = 800): Drawn[] => lines.map((text, k) => ({ text, x: 50, y: top - 14 * k }));

/** A table's rows from `top` down, one line each, each cell at its column's left edge. */
const rowsAt = (columns: number[], rows: string[][], top: number): Drawn[] =>
  rows.flatMap((row, r) => row.map((text, c) => ({ text, x: columns[c]!, y: top - 18 * r })).filter((d) => d.text !== ''));

const contactsOf = async (pages: Drawn[][]) =>
  (await extractDocument({ bytes: await pdfOfDrawn(pages), fileName: 'contacts.pdf' })).contacts.map(({ name, email }) => ({ name, email }));

const NOTE = [
  'Permanent Mission of the Republic of Kelmora to the United Nations',
  'New York, 3 March 2026',
  'The Permanent Mission of the Republic of Kelmora presents its compliments to the Chair of the 1540 Committee',
  'and has the honour to communicate the following national points of contact:',
];

const COLUMNS = [50, 150, 250, 360, 480];

describe('a contact table that goes on over a page break', () => {
  it('keeps the header repeated at the top of the next page out of the name of the last row above the break', async () => {
    const header = ['Name', 'Position', 'Ministry', 'E-mail', 'Telephone'];
    const contacts = await contactsOf([
      [...proseAt(NOTE), ...rowsAt(COLUMNS, [header, ['Ms. Odile Franck', 'Director', 'Foreign Affairs', 'o.franck@mfa.gov.kl', '+1 555 0101']], 720)],
      rowsAt(COLUMNS, [header, ['Mr. Ivo Lessing', 'Adviser', 'Defence', 'i.lessing@mod.gov.kl', '+1 555 0102']], 800),
    ]);

    expect(contacts).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'i.lessing@mod.gov.kl' },
    ]);
  });

  it('pairs a row cut by the break with the address that its rest gives under the repeated header', async () => {
    const header = ['Name', 'Position', 'Ministry', 'E-mail', 'Telephone'];
    const contacts = await contactsOf([
      [
        ...proseAt(NOTE),
        ...rowsAt(COLUMNS, [header, ['Ms. Odile Franck', 'Director', 'Foreign Affairs', 'o.franck@mfa.gov.kl', '+1 555 0101'], ['Mr. Ivo Lessing', 'Adviser to the', 'Defence', '', '+1 555 0102']], 720),
      ],
      rowsAt(COLUMNS, [header, ['', 'Cabinet', '', 'i.lessing@mod.gov.kl', ''], ['Dr. Sanna Virta', 'Head', 'Trade', 's.virta@trade.gov.kl', '+1 555 0103']], 800),
    ]);

    expect(contacts).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'i.lessing@mod.gov.kl' },
      { name: 'Sanna Virta', email: 's.virta@trade.gov.kl' },
    ]);
  });
});
