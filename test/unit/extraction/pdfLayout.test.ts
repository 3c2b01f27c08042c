/**
 * PDF text read by position (PDFium): tables rebuilt row by row from where their text lies, and the
 * contacts read from them. The PDFs are drawn here, as a word processor lays out a table: cells
 * over several lines, cells centred or at the top of their row, rows of unequal height, padding.
 */
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { readPdf } from '../../../shared/extraction/readers/pdfReader.js';

const SIZE = 10;
const LINE = 12;
const PADDING = 4;

interface TableLayout {
  /** Left edge of each column. */
  columns: number[];
  /** Each row's cells, each cell its lines. */
  rows: string[][][];
  /** Where a shorter cell sits in its row: centred (LibreOffice, many templates) or at the top (Word). */
  align: 'centre' | 'top';
  /** Space above and below each row's text (Word's default is none). */
  padding?: number;
  /** Distance between the lines of one cell (generous leading is 1.4 font sizes or more). */
  leading?: number;
}

/** Draws a table with its borders from `top` down; answers where it ends. */
function drawTable(page: PDFPage, font: PDFFont, top: number, { columns, rows, align, padding = PADDING, leading = LINE }: TableLayout): number {
  let y = top;
  const right = 560;
  page.drawLine({ start: { x: columns[0]! - PADDING, y }, end: { x: right, y } });
  for (const row of rows) {
    const height = Math.max(...row.map((cell) => cell.length)) * leading + 2 * padding;
    row.forEach((cell, c) => {
      const offset = align === 'centre' ? (height - 2 * padding - cell.length * leading) / 2 : 0;
      cell.forEach((text, l) => page.drawText(text, { x: columns[c]!, y: y - padding - offset - (l + 1) * leading + 3, size: SIZE, font }));
    });
    y -= height;
    page.drawLine({ start: { x: columns[0]! - PADDING, y }, end: { x: right, y } });
  }
  return y;
}

async function pdfWith(before: string[], table: TableLayout, after: string[] = []): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 800;
  for (const text of before) {
    page.drawText(text, { x: 50, y, size: SIZE, font });
    y -= LINE + 4;
  }
  y = drawTable(page, font, y, table) - 20;
  for (const text of after) {
    page.drawText(text, { x: 50, y, size: SIZE, font });
    y -= LINE + 4;
  }
  return pdf.save();
}

const LETTER = [
  'Permanent Mission of the Republic of Zambia to the United Nations',
  'New York, 14 October 2025',
  'The Permanent Mission of the Republic of Zambia presents its compliments to the Chair of the Committee',
  'and has the honour to designate the following national points of contact:',
];

const contactsOf = async (bytes: Uint8Array) =>
  (await extractDocument({ bytes, fileName: 'contacts.pdf' })).contacts.map(({ name, email }) => ({ name, email }));

describe('a contact table in a PDF', () => {
  it('pairs each name with the address of its own row, the position cell written over several lines and the others centred beside it', async () => {
    const bytes = await pdfWith(LETTER, {
      columns: [60, 200, 400],
      align: 'centre',
      rows: [
        [['Name'], ['Position'], ['E-mail']],
        [['Ms. Chanda Mwale'], ['Director, Legal Affairs', 'Ministry of Foreign Affairs', 'and International Cooperation'], ['c.mwale@mfa.example.gov']],
        [['Dr. Mutale Banda'], ['Head, Radiation Protection Authority'], ['m.banda@rpa.example.gov']],
        [['Mr. Bwalya Phiri'], ['Chief Officer, Strategic Goods', 'Zambia Revenue Authority'], ['strategic.goods@zra.example.gov']],
      ],
    });

    expect(await contactsOf(bytes)).toEqual([
      { name: 'Chanda Mwale', email: 'c.mwale@mfa.example.gov' },
      { name: 'Mutale Banda', email: 'm.banda@rpa.example.gov' },
      { name: 'Bwalya Phiri', email: 'strategic.goods@zra.example.gov' },
    ]);
  });

  it('pairs a name with the address in the next column, rows of unequal height with their cells at the top', async () => {
    const bytes = await pdfWith(LETTER, {
      columns: [60, 190, 360],
      align: 'top',
      rows: [
        [['Name'], ['E-mail'], ['Institution']],
        [['Col. Chileshe Tembo'], ['c.tembo@zaf.example.gov'], ['Zambia Air Force, Directorate of', 'Operations, Counter-Proliferation', 'Section']],
        [['Mrs. Natasha Zulu'], ['n.zulu@fic.example.gov'], ['Financial Intelligence Centre']],
      ],
    });

    expect(await contactsOf(bytes)).toEqual([
      { name: 'Chileshe Tembo', email: 'c.tembo@zaf.example.gov' },
      { name: 'Natasha Zulu', email: 'n.zulu@fic.example.gov' },
    ]);
  });

  it('keeps rows apart when nothing but their first lines tells where they start (no padding, cells at the top)', async () => {
    const bytes = await pdfWith(LETTER, {
      columns: [60, 200, 400],
      align: 'top',
      padding: 0,
      rows: [
        [['Name'], ['Position'], ['E-mail']],
        [['Ms. Chanda Mwale'], ['Director, Legal Affairs', 'Ministry of Foreign Affairs'], ['c.mwale@mfa.example.gov']],
        [['Dr. Mutale Banda'], ['Head, Radiation Protection Authority'], ['m.banda@rpa.example.gov']],
        [['Mr. Bwalya Phiri'], ['Chief Officer, Strategic Goods', 'Zambia Revenue Authority'], ['strategic.goods@zra.example.gov']],
      ],
    });

    const { pages } = await readPdf(bytes, new WorkBudget());

    expect(pages[0]!.split('\n').slice(-4)).toEqual([
      'Name\tPosition\tE-mail',
      'Ms. Chanda Mwale\tDirector, Legal Affairs Ministry of Foreign Affairs\tc.mwale@mfa.example.gov',
      'Dr. Mutale Banda\tHead, Radiation Protection Authority\tm.banda@rpa.example.gov',
      'Mr. Bwalya Phiri\tChief Officer, Strategic Goods Zambia Revenue Authority\tstrategic.goods@zra.example.gov',
    ]);
    expect(await contactsOf(bytes)).toEqual([
      { name: 'Chanda Mwale', email: 'c.mwale@mfa.example.gov' },
      { name: 'Mutale Banda', email: 'm.banda@rpa.example.gov' },
      { name: 'Bwalya Phiri', email: 'strategic.goods@zra.example.gov' },
    ]);
  });

  it('reads the address of a cell whose text runs on over the start of the telephone cell beside it', async () => {
    const bytes = await pdfWith(LETTER, {
      columns: [60, 160, 255, 350],
      align: 'top',
      rows: [
        [['Name'], ['Institution'], ['E-mail'], ['Telephone']],
        [['Ms. Chanda', 'Mwale'], ['Ministry of', 'Foreign Affairs'], ['c.mwale-banda@mfa.example.gov'], ['+260 211 252 640']],
        [['Col. Chileshe', 'Tembo'], ['Zambia Air', 'Force'], ['chileshe.tembo@zaf.example.gov'], ['+260 211 250 111']],
      ],
    });

    expect(await contactsOf(bytes)).toEqual([
      { name: 'Chanda Mwale', email: 'c.mwale-banda@mfa.example.gov' },
      { name: 'Chileshe Tembo', email: 'chileshe.tembo@zaf.example.gov' },
    ]);
  });

  it("leaves out a person named on the letter's copy line", async () => {
    const bytes = await pdfWith(
      LETTER,
      {
        columns: [60, 200, 400],
        align: 'centre',
        rows: [
          [['Name'], ['Position'], ['E-mail']],
          [['Ms. Chanda Mwale'], ['Director, Legal Affairs', 'Ministry of Foreign Affairs'], ['c.mwale@mfa.example.gov']],
        ],
      },
      ['cc: Mr. Anders Holm, Senior Officer, Organisation for the Prohibition of Chemical Weapons,', 'The Hague (a.holm@opcw.example.org)'],
    );

    expect(await contactsOf(bytes)).toEqual([{ name: 'Chanda Mwale', email: 'c.mwale@mfa.example.gov' }]);
  });
});

describe('the PDF reader', () => {
  it("writes each table row as one line, a cell's lines joined, and leaves the prose around the table as it is", async () => {
    const bytes = await pdfWith(
      ['The officials designated are:'],
      {
        columns: [60, 200, 400],
        align: 'centre',
        rows: [
          [['Name'], ['Position'], ['E-mail']],
          [['Ms. Chanda Mwale'], ['Director, Legal Affairs', 'Ministry of Foreign Affairs'], ['c.mwale@mfa.example.gov']],
          [['Dr. Mutale Banda'], ['Head of the Authority'], ['m.banda@rpa.example.gov']],
        ],
      },
      ['They may be reached at any time.'],
    );

    const { pages } = await readPdf(bytes, new WorkBudget());

    expect(pages[0]!.split('\n')).toEqual([
      'The officials designated are:',
      'Name\tPosition\tE-mail',
      'Ms. Chanda Mwale\tDirector, Legal Affairs Ministry of Foreign Affairs\tc.mwale@mfa.example.gov',
      'Dr. Mutale Banda\tHead of the Authority\tm.banda@rpa.example.gov',
      'They may be reached at any time.',
    ]);
  });

  it('keeps a hyphen that ends a line', async () => {
    const bytes = await pdfWith(['Measures against non-', 'State actors are in force under the Act of the Republic of Zambia.'], { columns: [60, 200], align: 'top', rows: [] });

    const { pages } = await readPdf(bytes, new WorkBudget());

    expect(pages[0]).toContain('against non-\nState actors');
  });
});

describe('a table whose columns nearly touch, set with generous leading', () => {
  const readTable = async (table: TableLayout) => (await readPdf(await pdfWith(['Domestic framework'], table), new WorkBudget())).pages[0]!.split('\n').slice(1);

  it('splits a row where the header starts a column, though the gap is narrower than a column gap', async () => {
    // The instrument cell ends 8 points (0.8 font sizes) before the status column: a word gap is about 2.8.
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const status = 200 + Math.ceil(helvetica.widthOfTextAtSize('Radiation Protection Act, 2016,', SIZE)) + 8;
    const lines = await readTable({
      columns: [60, 200, status],
      align: 'top',
      rows: [
        [['Subject'], ['Instrument'], ['Stage']],
        [['Source inventory'], ['Radiation Protection Act, 2016,', 's. 12: national register'], ['Operational']],
        [['Biological agents'], ['Biological Weapons Bill'], ['Draft']],
      ],
    });

    expect(lines).toEqual([
      'Subject\tInstrument\tStage',
      'Source inventory\tRadiation Protection Act, 2016, s. 12: national register\tOperational',
      'Biological agents\tBiological Weapons Bill\tDraft',
    ]);
  });

  it("joins a cell's lines set 1.4 font sizes apart when its rows are further apart still", async () => {
    const lines = await readTable({
      columns: [60, 250],
      align: 'top',
      leading: 14,
      rows: [
        [['Instrument'], ['Status']],
        [['Treaty on the Non-Proliferation', 'of Nuclear Weapons'], ['Ratified (1971)']],
        [['Comprehensive Nuclear-Test-Ban', 'Treaty'], ['Signed, not ratified']],
      ],
    });

    expect(lines).toEqual([
      'Instrument\tStatus',
      'Treaty on the Non-Proliferation of Nuclear Weapons\tRatified (1971)',
      'Comprehensive Nuclear-Test-Ban Treaty\tSigned, not ratified',
    ]);
  });
});


describe('a table row whose cells wrap onto several lines', () => {
  const readTable = async (table: TableLayout) => (await readPdf(await pdfWith(['Points of contact'], table), new WorkBudget())).pages[0]!.split('\n').slice(1);

  it("splits a row whose cells ran together where the header starts its columns, though the row's other lines are of one column", async () => {
    // Each cell ends 8 points (0.8 font sizes) before the next column: a word gap, not a column gap.
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const position = 60 + Math.ceil(helvetica.widthOfTextAtSize('Teodora Nchama Mangue Obiang', SIZE)) + 8;
    const email = position + Math.ceil(helvetica.widthOfTextAtSize('Directora General de Organismos', SIZE)) + 8;
    const lines = await readTable({
      columns: [60, position, email],
      align: 'top',
      leading: 14,
      padding: 2,
      rows: [
        [['Nombre'], ['Cargo'], ['Correo electrónico']],
        [['Teodora Nchama Mangue Obiang'], ['Directora General de Organismos', 'Internacionales, Ministerio de', 'Asuntos Exteriores y', 'Cooperación'], ['t.nchama@mae.example.gov']],
        [['Crisantos Esono Ndong'], ['Jefe del Servicio de Aduanas'], ['c.esono@aduanas.example.gov']],
      ],
    });

    expect(lines).toEqual([
      'Nombre\tCargo\tCorreo electrónico',
      'Teodora Nchama Mangue Obiang\tDirectora General de Organismos Internacionales, Ministerio de Asuntos Exteriores y Cooperación\tt.nchama@mae.example.gov',
      'Crisantos Esono Ndong\tJefe del Servicio de Aduanas\tc.esono@aduanas.example.gov',
    ]);
  });

  it('splits a row where the header starts a column, though the name before it fills its column up to a word gap', async () => {
    // Each name ends 4 points (0.4 font sizes) before the position column, with no space written: as close as words are.
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const position = 60 + Math.ceil(helvetica.widthOfTextAtSize('Ms. Marisol Andrea Chun', SIZE)) + 4;
    const lines = await readTable({
      columns: [60, position, 330, 420],
      align: 'top',
      rows: [
        [['Name'], ['Title'], ['Telephone'], ['E-mail']],
        [['Ms. Marisol Andrea Chun'], ['Senior Foreign Service', 'Officer, Ministry of', 'Foreign Affairs'], ['+501 822 0001'], ['m.chun@mfa.example.gov']],
        [['Mr. Dwight Gillett'], ['Chief Environmental', 'Officer'], ['+501 802 0002'], ['d.gillett@doe.example.gov']],
      ],
    });

    expect(lines).toEqual([
      'Name\tTitle\tTelephone\tE-mail',
      'Ms. Marisol Andrea Chun\tSenior Foreign Service Officer, Ministry of Foreign Affairs\t+501 822 0001\tm.chun@mfa.example.gov',
      'Mr. Dwight Gillett\tChief Environmental Officer\t+501 802 0002\td.gillett@doe.example.gov',
    ]);
  });

  it("joins the lines of a wrapped cell set as far apart as the rows, where a line's first word would not have fitted on the line above", async () => {
    const lines = await readTable({
      columns: [60, 200, 380],
      align: 'top',
      leading: 14,
      padding: 0,
      rows: [
        [['Domaine'], ['Situation actuelle'], ['Assistance sollicitée']],
        [['Contrôle des exportations'], ['Il n’existe ni régime de licences', 'd’exportation ni liste nationale', 'de contrôle.'], ['Élaborer une liste nationale de', 'contrôle.']],
        [['Contrôle aux frontières'], ['Code des douanes en vigueur.'], ['Détecteurs de rayonnements.']],
      ],
    });

    expect(lines).toEqual([
      'Domaine\tSituation actuelle\tAssistance sollicitée',
      'Contrôle des exportations\tIl n’existe ni régime de licences d’exportation ni liste nationale de contrôle.\tÉlaborer une liste nationale de contrôle.',
      'Contrôle aux frontières\tCode des douanes en vigueur.\tDétecteurs de rayonnements.',
    ]);
  });

  it('leaves out of the table a date set under its last column, further down than its rows are apart', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const bottom = drawTable(page, font, 800, {
      columns: [60, 200, 400],
      align: 'top',
      leading: 14,
      padding: 2,
      rows: [
        [['Nombre'], ['Cargo'], ['Correo electrónico']],
        [['Crisantos Esono Ndong'], ['Jefe del Servicio de Inteligencia', 'Aduanera'], ['c.esono@aduanas.example.gov']],
      ],
    });
    // 2.4 font sizes below the last row's baseline, the rows' lines 1.4 and 1.8 apart.
    page.drawText('Malabo, 2 de febrero de 2026', { x: 420, y: bottom - 19, size: SIZE, font });

    const { pages } = await readPdf(await pdf.save(), new WorkBudget());

    expect(pages[0]!.split('\n')).toEqual([
      'Nombre\tCargo\tCorreo electrónico',
      'Crisantos Esono Ndong\tJefe del Servicio de Inteligencia Aduanera\tc.esono@aduanas.example.gov',
      'Malabo, 2 de febrero de 2026',
    ]);
  });

  it("keeps whole a cell's text that runs on past its column over the start of the next cell, and the next cell's text", async () => {
    // Each address is drawn first, 130 to 150 points long in a column 95 wide; the telephone number over its end.
    const lines = await readTable({
      columns: [60, 155, 250, 345],
      align: 'top',
      rows: [
        [['Nombre'], ['Institución'], ['Correo electrónico'], ['Teléfono']],
        [['Sra. Lucía', 'Ferreira Díaz'], ['Ministerio de', 'Relaciones Exteriores'], ['l.ferreira@mrree.example.gov'], ['+598 2902 1010']],
        [['Cnel. Andrés', 'Olivera'], ['Dirección Nacional', 'de Aduanas'], ['andres.olivera@aduanas.example.gov'], ['+598 2915 0007']],
      ],
    });

    expect(lines).toEqual([
      'Nombre\tInstitución\tCorreo electrónico\tTeléfono',
      'Sra. Lucía Ferreira Díaz\tMinisterio de Relaciones Exteriores\tl.ferreira@mrree.example.gov\t+598 2902 1010',
      'Cnel. Andrés Olivera\tDirección Nacional de Aduanas\tandres.olivera@aduanas.example.gov\t+598 2915 0007',
    ]);
  });

  it('keeps the columns of a table without a header apart where a cell runs on over the next, its rows showing where the next starts', async () => {
    const lines = await readTable({
      columns: [60, 180, 275],
      align: 'top',
      rows: [
        [['Sra. Lucía Ferreira'], ['l.ferreira@mrree.example.gov'], ['+598 2902 1010']],
        [['Cnel. Andrés Olivera'], ['andres.olivera@aduanas.example.gov'], ['+598 2915 0007']],
      ],
    });

    expect(lines).toEqual([
      'Sra. Lucía Ferreira\tl.ferreira@mrree.example.gov\t+598 2902 1010',
      'Cnel. Andrés Olivera\tandres.olivera@aduanas.example.gov\t+598 2915 0007',
    ]);
  });

  it('keeps apart a row of one line without its first cell, where its text would have fitted on the line above', async () => {
    const lines = await readTable({
      columns: [60, 250],
      align: 'top',
      leading: 14,
      padding: 0,
      rows: [
        [['Instrument'], ['Status']],
        [['Export Control Act'], ['In force']],
        [[], ['Amended in 2021 by the Customs (Amendment) Act']],
      ],
    });

    expect(lines).toEqual(['Instrument\tStatus', 'Export Control Act\tIn force', '\tAmended in 2021 by the Customs (Amendment) Act']);
  });
});

describe('a page of a table without its header, in narrow columns', () => {
  it('splits each row where the lines of the other rows start their columns, though no line has every cell apart', async () => {
    // Seven columns 68 points wide, as a word processor sets a table across the page: a word that fills its column ends
    // a word gap or less before the next one's, so each row's first line runs some cells together, and not the same ones.
    const bytes = await pdfWith(['(continued)'], {
      columns: [60, 128, 196, 264, 332, 400, 468],
      align: 'top',
      rows: [
        [['3'], ['Dra. Lucía', 'Fernanda', 'Ortega Paz'], ['Coordinadora', 'técnica'], ['Autoridad', 'Nacional de', 'Armas'], ['lortegapaz', '@anaq.', 'example.gov'], ['+58 212 000', '5902'], ['Nueva']],
        [['4'], ['Sr. Tomás', 'Rivas'], ['Director de', 'Asuntos'], ['Ministerio del', 'Poder'], ['trivas@', 'mrex.', 'example.gov'], ['+58 212 000', '4400'], ['Baja: deja de', 'ser punto de', 'contacto']],
      ],
    });
    const lines = (await readPdf(bytes, new WorkBudget())).pages[0]!.split('\n').slice(1);

    expect(lines).toEqual([
      '3\tDra. Lucía Fernanda Ortega Paz\tCoordinadora técnica\tAutoridad Nacional de Armas\tlortegapaz @anaq. example.gov\t+58 212 000 5902\tNueva',
      '4\tSr. Tomás Rivas\tDirector de Asuntos\tMinisterio del Poder\ttrivas@ mrex. example.gov\t+58 212 000 4400\tBaja: deja de ser punto de contacto',
    ]);
    expect(await contactsOf(bytes)).toEqual([{ name: 'Lucía Fernanda Ortega Paz', email: 'lortegapaz@anaq.example.gov' }]);
  });
});

describe('a table whose column of names is set flush right against the next column', () => {
  /** Draws rows of words at given places, no space written between them: each word is a text of its own. */
  async function linesOfWords(rows: Array<Array<{ text: string; x?: number; right?: number }>>): Promise<string[]> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    rows.forEach((row, r) => {
      for (const { text, x, right } of row) {
        page.drawText(text, { x: x ?? right! - font.widthOfTextAtSize(text, SIZE), y: 700 - 16 * r, size: SIZE, font });
      }
    });
    const { pages } = await readPdf(await pdf.save(), new WorkBudget());
    return pages[0]!.split('\n');
  }

  it('splits each row where every line starts the next column at one place, half a font size after the names end', async () => {
    const lines = await linesOfWords([
      [{ text: 'Name', right: 155 }, { text: 'Position', x: 160 }, { text: 'E-mail', x: 300 }],
      [{ text: 'Ms. Ilse Brandt', right: 155 }, { text: 'Director', x: 160 }, { text: 'i.brandt@mfa.example.org', x: 300 }],
      [{ text: 'Mr. Tiago Ferreira Lopes', right: 155 }, { text: 'Adviser', x: 160 }, { text: 't.lopes@mod.example.org', x: 300 }],
    ]);

    expect(lines).toEqual([
      'Name\tPosition\tE-mail',
      'Ms. Ilse Brandt\tDirector\ti.brandt@mfa.example.org',
      'Mr. Tiago Ferreira Lopes\tAdviser\tt.lopes@mod.example.org',
    ]);
  });

  it("keeps whole the cells whose next word starts at one place only because each opens with the same word", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const after = 60 + font.widthOfTextAtSize('Ministry', SIZE) + 3;
    const lines = await linesOfWords(
      ['Foreign Affairs', 'Defence', 'Trade and Industry'].map((rest, r) => [
        { text: 'Ministry', x: 60 },
        { text: 'of', x: after },
        { text: rest, x: after + font.widthOfTextAtSize('of ', SIZE) },
        { text: `+1 555 010${r}`, x: 300 },
      ]),
    );

    expect(lines).toEqual(['Ministry of Foreign Affairs\t+1 555 0100', 'Ministry of Defence\t+1 555 0101', 'Ministry of Trade and Industry\t+1 555 0102']);
  });
});
