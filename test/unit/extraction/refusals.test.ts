import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RejectedInputError, type RejectionCode } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { docxFromXml, docxOf, imageOnlyPdf, OOXML, pdfOf, utf8, wordDocument, xlsxOf } from './support/documents.js';

/** The archive with every part's declared uncompressed size (central directory, offset 24) rewritten to 1 KB. */
function declaringOneKilobyteEach(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
  return zip;
}

async function refusalOf(bytes: Uint8Array, fileName: string, extra: { state?: string; limits?: Record<string, number> } = {}): Promise<RejectedInputError> {
  try {
    await extractDocument({ bytes, fileName, ...(extra.state ? { state: extra.state } : {}) }, extra.limits ?? {});
  } catch (error) {
    if (error instanceof RejectedInputError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

const HEADER = 'element,weapon,measure,legal_reference,notes';

describe('inputs the extractor refuses', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string, RejectionCode]> = [
    ['an empty file', () => new Uint8Array(0), 'a.pdf', 'empty'],
    ['an HTML page named .pdf', () => utf8('<!DOCTYPE html><html><script>location="x"</script></html>'), 'a.pdf', 'unsupported_type'],
    ['a PNG image', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'scan.pdf', 'unsupported_type'],
    ['an image-only PDF', () => imageOnlyPdf(), 'scan.pdf', 'no_text'],
    ['a PDF cut in half', async () => (await pdfOf([['Republic of Ghana national report']])).slice(0, 300), 'cut.pdf', 'corrupt'],
    ['a zip that is neither DOCX nor XLSX', () => zipSync({ 'readme.txt': strToU8('hello') }), 'a.docx', 'unsupported_type'],
    ['a CSV with the wrong header', () => utf8('Element,Weapon type,Status,Law\nop1,all,yes,Code'), 'm.csv', 'invalid_structure'],
    ['a CSV with formula cells', () => utf8(`${HEADER}\nop1,all,yes,"=HYPERLINK(""http://x"")",note\nop2.nuclear,nuclear,yes,Act,@SUM(1)`), 'm.csv', 'invalid_structure'],
    ['a CSV with an unknown element', () => utf8(`${HEADER}\nop5.space,all,yes,Act,note`), 'm.csv', 'invalid_structure'],
    ['malformed JSON', () => utf8('{"state": "KEN", "matrix": [ {"element": "op1",} '), 'f.json', 'invalid_structure'],
    ['a JSON form with an unassigned state code', () => utf8(JSON.stringify({ state: 'ATL', reportType: 'national_report', matrix: [] })), 'f.json', 'unknown_state'],
    ['a JSON form that breaks the schema', () => utf8(JSON.stringify({ state: 'KEN', reportType: 'final', documentDate: '2024-02-30', matrix: ['op1'], contacts: 'x' })), 'f.json', 'invalid_structure'],
    ['an XLSX whose sheet lacks the template header', () => xlsxOf([['Element', 'Status'], ['op1', 'yes']]), 'm.xlsx', 'invalid_structure'],
    ['an XLSX with a formula cell', () => xlsxOf([HEADER.split(','), ['op1', 'all', 'yes', '+cmd|calc', 'x']]), 'm.xlsx', 'invalid_structure'],
  ];

  it.each(cases)('refuses %s', async (_what, make, fileName, code) => {
    const refusal = await refusalOf(await make(), fileName);

    expect(refusal.code).toBe(code);
    expect(refusal.message.length).toBeGreaterThan(10);
  });

  it('refuses a PDF whose text layer has fewer than 20 letters in all, and reads one that has 20, however late they come', async () => {
    const numbersOnly = Array.from({ length: 3 }, (_, p) => [`— ${p + 1} —`, '12.04.2024 / 3.1, 3.2 (…)']);
    const lettersLate = [...numbersOnly, ['Ghana Customs Act']];

    expect((await refusalOf(await pdfOf([...numbersOnly, ['Ghana Customs']]), 'scan.pdf')).code).toBe('no_text');
    await expect(extractDocument({ bytes: await pdfOf([...lettersLate, ['Ghana']]), fileName: 'late.pdf' })).resolves.toMatchObject({ format: 'pdf' });
  });

  it('names every broken field of a JSON form, with its path', async () => {
    const form = { state: 'KEN', reportType: 'final_report', documentDate: '2024-02-30', language: 'fi', matrix: [{ element: 'op5.space', weapon: 'radiological', measure: 'maybe' }] };

    const refusal = await refusalOf(utf8(JSON.stringify(form)), 'f.json');

    for (const path of ['reportType', 'documentDate', 'language', 'matrix.0.element', 'matrix.0.weapon', 'matrix.0.measure']) {
      expect(refusal.message).toContain(path);
    }
  });

  it('refuses an unknown declared state', async () => {
    const refusal = await refusalOf(utf8('Republic of Ghana national report on resolution 1540'), 'r.txt', { state: 'ATL' });

    expect(refusal.code).toBe('unknown_state');
  });

  it('refuses a DOCX whose part declares more than the limit before inflating it', async () => {
    // 3 MB of spaces compress to a few KB: a ratio far above 100:1.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024).fill(0x20), '[Content_Types].xml': strToU8('<Types/>') });

    const started = performance.now();
    const refusal = await refusalOf(bomb, 'bomb.docx', { limits: { maxZipEntryBytes: 2 * 1024 * 1024 } });

    expect(refusal.code).toBe('archive_bomb');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('stops inflating a part whose header lies about its size', async () => {
    const zip = declaringOneKilobyteEach(zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024).fill(0x20) }));

    const refusal = await refusalOf(zip, 'liar.docx', { limits: { maxZipEntryBytes: 1024 * 1024 } });

    expect(refusal.code).toBe('archive_bomb');
    expect(refusal.message).toContain('header');
  });

  it('counts what every part read inflates against the total, whatever the headers declare', async () => {
    // Two parts, each under the per-part limit and each declaring 1 KB: together over the total.
    const paragraphs = (word: string) => `<w:p><w:r><w:t>${`${word} `.repeat(120_000)}</w:t></w:r></w:p>`;
    const docx = declaringOneKilobyteEach(
      docxFromXml(wordDocument(paragraphs('report')), {
        'word/footnotes.xml': `<w:footnotes xmlns:w="${OOXML.word}"><w:footnote>${paragraphs('note')}</w:footnote></w:footnotes>`,
      }),
    );

    const refusal = await refusalOf(docx, 'notes.docx', { limits: { maxZipEntryBytes: 1024 * 1024, maxZipTotalBytes: 1024 * 1024 } });

    expect(refusal.code).toBe('archive_bomb');
    expect(refusal.message).toContain('in all');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const refusal = await refusalOf(new Uint8Array(2048).fill(0x41), 'big.txt', { limits: { maxFileBytes: 1024 } });

    expect(refusal.code).toBe('too_large');
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const refusal = await refusalOf(await pdfOf([['a page of text here'], ['another page of text'], ['third']]), 'long.pdf', { limits: { maxPdfPages: 2 } });

    expect(refusal.code).toBe('too_large');
  });
});

describe('structured submissions it accepts', () => {
  it('reads a CSV template: partial counts as present, an element with only "no" rows is a gap', async () => {
    const csv = [HEADER, 'op1,all,yes,"Penal Code, art. 4",Support is an offence.', 'op3a.accounting,nuclear,yes,Regulation 18,Register kept.', 'op3a.accounting,biological,no,,', 'op2.delivery,delivery,no,,No law yet.', 'op2.financing,all,partial,Act 2017,Terrorist financing only.'].join('\n');

    const extraction = await extractDocument({ bytes: utf8(csv), fileName: 'm.csv', state: 'PRT', reportType: 'additional_information' });

    expect(extraction.format).toBe('csv');
    expect(extraction.state).toBe('PRT');
    expect(extraction.reportType).toBe('additional_information');
    expect(extraction.documentDate).toBeNull();
    const present = extraction.matrix.filter((m) => m.measure !== 'no').map((m) => m.element);
    expect(new Set(present)).toEqual(new Set(['op1', 'op3a.accounting', 'op2.financing']));
    expect(extraction.gaps).toEqual(['op2.delivery']);
  });

  it('reads an XLSX template with Spanish notes as Spanish', async () => {
    const rows = [HEADER.split(','), ['op3c.border_control', 'all', 'yes', 'Ley N° 19.276', 'El Servicio Nacional de Aduanas controla las mercancías en la frontera y en los puertos.']];

    const extraction = await extractDocument({ bytes: await xlsxOf(rows), fileName: 'm.xlsx', state: 'CHL', reportType: 'national_report' });

    expect(extraction.format).toBe('xlsx');
    expect(extraction.language).toBe('es');
    expect(extraction.matrix[0]).toMatchObject({ element: 'op3c.border_control', measure: 'yes', legalReferences: ['Ley N° 19.276'] });
  });

  it('reads a JSON form with its contacts and assistance requests', async () => {
    const form = {
      state: 'MWI', reportType: 'additional_information', documentDate: '2024-08-19', language: 'en',
      matrix: [{ element: 'op1', weapon: 'all', measure: 'yes', legalReference: 'Penal Code', notes: '' }],
      contacts: [{ name: 'Grace Phiri', email: 'g.phiri@example.gov', role: 'Director' }],
      assistanceRequested: ['op3d.export_control'],
    };

    const extraction = await extractDocument({ bytes: utf8(JSON.stringify(form)), fileName: 'f.json' });

    expect(extraction).toMatchObject({ state: 'MWI', documentDate: '2024-08-19', language: 'en', assistanceRequested: ['op3d.export_control'] });
    expect(extraction.contacts).toEqual([{ name: 'Grace Phiri', email: 'g.phiri@example.gov', role: 'Director' }]);
  });
});

describe('text encodings', () => {
  const russian = 'Республика Беларусь является участником Договора о нераспространении ядерного оружия. Государственный таможенный комитет осуществляет контроль.';

  it.each([
    ['UTF-16 LE with a BOM', () => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(russian, 'utf16le'))])],
    ['windows-1251', () => encodeWindows1251(russian)],
  ])('reads Russian in %s', async (_what, make) => {
    const extraction = await extractDocument({ bytes: make(), fileName: 'r.txt' });

    expect(extraction.language).toBe('ru');
    expect(extraction.state).toBe('BLR');
  });

  it('reads a DOCX generated in Arabic', async () => {
    const extraction = await extractDocument({ bytes: await docxOf(['المملكة الأردنية الهاشمية', 'تتولى دائرة الجمارك الأردنية مراقبة البضائع في المنافذ الحدودية وفقا لقانون الجمارك.']), fileName: 'a.docx' });

    expect(extraction.language).toBe('ar');
    expect(extraction.state).toBe('JOR');
  });
});

/** windows-1251 for Cyrillic: А..я map to 0xC0..0xFF, Ё/ё to 0xA8/0xB8. */
function encodeWindows1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (c === 'Ё') return 0xa8;
    if (c === 'ё') return 0xb8;
    return code < 0x80 ? code : 0x3f;
  }));
}
