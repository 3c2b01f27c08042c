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
  it('pairs a row cut by the break with its address on the next page, though the post goes on there with a title alone', async () => {
    const contacts = await contactsOf([
      [
        ...proseAt(NOTE),
        ...rowsAt(COLUMNS, [['Name', 'Position', 'Ministry', 'E-mail', 'Telephone'], ['Ms. Odile Franck', 'Director', 'Foreign Affairs', 'o.franck@mfa.gov.kl', '+1 555 0101'], ['Mr. Ivo Lessing', 'Adviser to the', 'Defence', '', '+1 555 0102']], 720),
      ],
      rowsAt(COLUMNS, [['', 'Minister', '', 'i.lessing@mod.gov.kl', '']], 800),
    ]);

    expect(contacts).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'i.lessing@mod.gov.kl' },
    ]);
  });

  it("joins an address that the break cut at its \"@\" to its domain on the next page", async () => {
    const contacts = await contactsOf([
      [
        ...proseAt(NOTE),
        ...rowsAt(COLUMNS, [['Name', 'Position', 'Ministry', 'E-mail', 'Telephone'], ['Ms. Odile Franck', 'Director', 'Foreign Affairs', 'o.franck@mfa.gov.kl', '+1 555 0101'], ['Mr. Ivo Lessing', 'Adviser to the', 'Defence', 'ivo.lessing.exp', '+1 555 0102']], 720),
      ],
      rowsAt(COLUMNS, [['', 'Cabinet', '', '@mod.gov.kl', '']], 800),
    ]);

    expect(contacts).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'ivo.lessing.exp@mod.gov.kl' },
    ]);
  });
});

describe('a contact table that gives the family name and the given name in columns of their own', () => {
  it('reads each row\'s name from its two cells, in the order of the columns', async () => {
    const contacts = await contactsOf([
      [
        ...proseAt(NOTE),
        ...rowsAt([50, 140, 230, 340, 470], [
          ['Surname', 'Given name', 'Position', 'E-mail', 'Telephone'],
          ['HALVORSEN', 'Mette', 'Director', 'm.halvorsen@mfa.gov.kl', '+1 555 0111'],
          ['OKAFOR', 'Chidi', 'Adviser', 'c.okafor@mod.gov.kl', '+1 555 0112'],
        ], 720),
      ],
    ]);

    expect(contacts).toEqual([
      { name: 'HALVORSEN Mette', email: 'm.halvorsen@mfa.gov.kl' },
      { name: 'OKAFOR Chidi', email: 'c.okafor@mod.gov.kl' },
    ]);
  });

  it('keeps the given name of a person whose family name is of two words, and reads no person in the header', async () => {
    const contacts = await contactsOf([
      [
        ...proseAt([
          'Misión Permanente de la República de Costaverde ante las Naciones Unidas',
          'Nueva York, 3 de marzo de 2026',
          'La Misión Permanente saluda atentamente a la Presidencia del Comité 1540',
          'y tiene el honor de comunicar los siguientes puntos de contacto nacionales:',
        ]),
        ...rowsAt([50, 150, 240, 350, 470], [
          ['Apellidos', 'Nombre', 'Cargo', 'Correo electrónico', 'Teléfono'],
          ['Ibarra Solís', 'Teodoro', 'Director', 't.ibarra@rree.gob.cv', '+506 2201'],
          ['Montoya Lugo', 'Renata', 'Asesora', 'r.montoya@def.gob.cv', '+506 2202'],
        ], 720),
      ],
    ]);

    expect(contacts).toEqual([
      { name: 'Ibarra Solís Teodoro', email: 't.ibarra@rree.gob.cv' },
      { name: 'Montoya Lugo Renata', email: 'r.montoya@def.gob.cv' },
    ]);
  });
});

describe('forms set side by side', () => {
  it("reads each form's person with the address under it, and no label as a person", async () => {
    const fields = (x: number, values: string[]): Drawn[] =>
      ['Name:', 'Post:', 'E-mail:'].flatMap((label, k) => [
        { text: label, x, y: 720 - 14 * k },
        { text: values[k]!, x: x + 50, y: 720 - 14 * k },
      ]);
    const contacts = await contactsOf([
      [...proseAt(NOTE), ...fields(60, ['Ms. Odile Franck', 'Director', 'o.franck@mfa.gov.kl']), ...fields(320, ['Mr. Ivo Lessing', 'Adviser', 'i.lessing@mod.gov.kl'])],
    ]);

    expect(contacts).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'i.lessing@mod.gov.kl' },
    ]);
  });

  it('reads the contact whose name follows a label, beside a signatory who gives no address', async () => {
    const block = (x: number, lines: string[]): Drawn[] => lines.map((text, k) => ({ text, x, y: 720 - 12 * k }));
    const contacts = await contactsOf([
      [...proseAt(NOTE), ...block(60, ['Contact person: Ms. Odile Franck', 'Director', 'E-mail: o.franck@mfa.gov.kl']), ...block(330, ['Ivo Lessing', 'Ambassador', 'Head of Mission'])],
    ]);

    expect(contacts).toEqual([{ name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' }]);
  });
});
