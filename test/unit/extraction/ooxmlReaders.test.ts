import { describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { readDocx } from '../../../shared/extraction/readers/docxReader.js';
import { ZipArchive } from '../../../shared/extraction/readers/zipArchive.js';
import { docxFromXml, OOXML, sharedStrings, wordDocument, worksheet, xlsxFromXml } from './support/documents.js';

function docxText(bytes: Uint8Array): string {
  const budget = new WorkBudget();
  return readDocx(new ZipArchive(bytes, budget), budget).pages[0]!;
}

async function refusalOf(run: () => unknown): Promise<RejectedInputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RejectedInputError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;

describe('reading a DOCX', () => {
  it('reads paragraphs, tabs, line breaks and table rows in document order, and no deleted text, field code or math', () => {
    const body = [
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('Republic of ')}${run('Kenya')}</w:p>`,
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/><w:t>d</w:t></w:r></w:p>',
      '<w:p/>',
      `<w:tbl><w:tr>${cell(paragraph(run('Task')), paragraph(run(' ')))}${cell(paragraph(run('31 March')), paragraph(run('2025')))}</w:tr></w:tbl>`,
      paragraph(run('kept '), '<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>', '<w:r><w:instrText> PAGE </w:instrText></w:r>', '<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>', run('text')),
    ].join('');
    const footnotes = `<w:footnotes xmlns:w="${OOXML.word}"><w:footnote w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${paragraph(run('A footnote.'))}${paragraph()}</w:footnote></w:footnotes>`;

    const text = docxText(docxFromXml(wordDocument(body), { 'word/footnotes.xml': footnotes }));

    expect(text).toBe(['Republic of Kenya', 'a\tb\nc\nd', '', 'Task\t31 March 2025', 'kept text', 'A footnote.'].join('\n'));
  });

  it('decodes entities and character references, and reads CDATA', () => {
    const body = paragraph(run('Foreign Affairs &amp; Trade &#8212; &lt;1540&gt; &#x4E2D;&quot;&apos;'), '<w:r><w:t><![CDATA[<b>raw</b> & text]]></w:t></w:r>');

    expect(docxText(docxFromXml(wordDocument(body)))).toBe('Foreign Affairs & Trade — <1540> 中"\'<b>raw</b> & text');
  });

  const foreign = '<o:r xmlns:o="urn:other"><o:t>hidden</o:t></o:r>';
  it.each([
    ['another prefix', `<x:document xmlns:x="${OOXML.word}"><x:body><x:p><x:r><x:t>Read</x:t></x:r>${foreign}</x:p></x:body></x:document>`],
    ['the default namespace', `<document xmlns="${OOXML.word}"><body><p><r><t>Read</t></r>${foreign}</p></body></document>`],
    ['the strict namespace', `<w:document xmlns:w="${OOXML.wordStrict}"><w:body><w:p><w:r><w:t>Read</w:t></w:r>${foreign}</w:p></w:body></w:document>`],
    ['a prefix bound again inside', `<w:document xmlns:w="urn:not-word"><w:body xmlns:w="${OOXML.word}"><w:p><w:r><w:t>Read</w:t></w:r></w:p></w:body><w:p><w:r><w:t>hidden</w:t></w:r></w:p></w:document>`],
  ])('reads WordprocessingML under %s, and no element of another namespace', (_what, xml) => {
    expect(docxText(docxFromXml(xml))).toBe('Read');
  });

  it('reads a text box once, as its own line between the text around it', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent>';
    const body = paragraph(run('Before'), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`, run('After'));

    expect(docxText(docxFromXml(wordDocument(body)))).toBe('Before\nIn the box\nAfter');
  });

  it.each([
    ['paragraphs that never close', (i: number) => `<w:p><w:r><w:t>Paragraph ${i}.</w:t></w:r>`],
    ['paragraphs, runs and texts that never close', (i: number) => `<w:p><w:r><w:t>Paragraph ${i}.`],
  ])('keeps the text of %s, one paragraph a line, in order', (_what, open) => {
    const count = 3_000;
    const body = Array.from({ length: count }, (_, i) => open(i)).join('');

    const text = docxText(docxFromXml(wordDocument(body)));

    expect(text.split('\n')).toEqual(Array.from({ length: count }, (_, i) => `Paragraph ${i}.`));
  });

  it('reads a table nested in a cell row by row, its cells separated by tabs, after the text before it', () => {
    const inner = `<w:tbl><w:tr>${cell(paragraph(run('Name')))}${cell(paragraph(run('Ms. Vera Kolb')))}</w:tr><w:tr>${cell(paragraph(run('Telephone')))}${cell(paragraph(run('+99 1 222')), paragraph(run('ext. 5')))}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr>${cell(paragraph(run('Point of contact')), inner)}</w:tr></w:tbl>${paragraph(run('After the table'))}`;

    expect(docxText(docxFromXml(wordDocument(body)))).toBe('Point of contact\nName\tMs. Vera Kolb\nTelephone\t+99 1 222 ext. 5\nAfter the table');
  });

  it('repeats the text of a vertically merged cell on each row it spans, in its grid column', () => {
    const merged = (restart: boolean, ...paragraphs: string[]) => `<w:tc><w:tcPr><w:vMerge${restart ? ' w:val="restart"' : ''}/></w:tcPr>${paragraphs.join('') || '<w:p/>'}</w:tc>`;
    const wide = `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${paragraph(run('Office of the Adviser'))}</w:tc>`;
    const rows = [
      `<w:tr>${merged(true, paragraph(run('Ministry of Health')))}${cell(paragraph(run('Ms. Una Berg')))}${cell(paragraph(run('+99 1')))}</w:tr>`,
      `<w:tr>${merged(false)}${cell(paragraph(run('Mr. Ole Dam')))}${cell(paragraph(run('+99 2')))}</w:tr>`,
      `<w:tr>${wide}${cell(paragraph(run('+99 3')))}</w:tr>`,
      `<w:tr>${cell(paragraph(run('Ministry of Trade')))}${cell(paragraph(run('Mr. Ivo Lenz')))}${cell(paragraph(run('+99 4')))}</w:tr>`,
    ];

    expect(docxText(docxFromXml(wordDocument(`<w:tbl>${rows.join('')}</w:tbl>`)))).toBe(
      ['Ministry of Health\tMs. Una Berg\t+99 1', 'Ministry of Health\tMr. Ole Dam\t+99 2', 'Office of the Adviser\t+99 3', 'Ministry of Trade\tMr. Ivo Lenz\t+99 4'].join('\n'),
    );
  });

  it('keeps the text of table rows that never close, as one row', () => {
    const body = `<w:tbl>${Array.from({ length: 3 }, (_, i) => `<w:tr>${cell(paragraph(run(`task ${i}`)))}`).join('')}</w:tbl>${paragraph(run('After the table'))}`;

    expect(docxText(docxFromXml(wordDocument(body)))).toBe('task 0\ttask 1\ttask 2\nAfter the table');
  });

  it('keeps the text before the cut of a document.xml cut short', () => {
    const xml = wordDocument(paragraph(run('First paragraph.')) + paragraph(run('Second paragraph, cut here and lost')));

    const text = docxText(docxFromXml(xml.slice(0, xml.indexOf(' and lost'))));

    expect(text).toBe('First paragraph.\nSecond paragraph, cut here');
  });

  it('refuses as corrupt a document.xml with no readable text, naming the damage', async () => {
    const refusal = await refusalOf(() => docxText(docxFromXml('PK\u0003\u0004 <<< not XML >>>')));

    expect(refusal.code).toBe('corrupt');
    expect(refusal.message).toMatch(/word\/document\.xml:1:\d+: .+; open it in Word, save it again/u);
  });

  it('still refuses a well-formed DOCX without text as no_text', async () => {
    const refusal = await refusalOf(() => docxText(docxFromXml(wordDocument(paragraph() + paragraph(run('  '))))));

    expect(refusal.code).toBe('no_text');
  });

  it.each([['stored', true], ['deflated', false]])('decodes characters split across the chunks of a %s part', (_what, stored) => {
    const long = '中文é'.repeat(60_000);

    expect(docxText(docxFromXml(wordDocument(paragraph(run(long))), {}, { stored }))).toBe(long);
  });

  it('extracts a report whose paragraphs never close', async () => {
    const lines = ['Republic of Ghana', 'National report on the implementation of Security Council resolution 1540 (2004)', 'The Chemical Weapons Convention is implemented by the Chemical Weapons Act.'];
    const body = lines.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r>`).join('');

    const extraction = await extractDocument({ bytes: docxFromXml(wordDocument(body)), fileName: 'open.docx' });

    expect(extraction.format).toBe('docx');
    expect(extraction.state).toBe('GHA');
  });
});

const HEADER = ['element', 'weapon', 'measure', 'legal_reference', 'notes'];
const COLUMNS = 'ABCDE';
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;
const inlineRow = (n: number, values: string[]) => row(n, values.map((v, i) => inline(`${COLUMNS[i]}${n}`, v)).join(''));
const HEADER_ROW = inlineRow(1, HEADER);

const template = (bytes: Uint8Array, limits: { maxTemplateRows?: number } = {}) =>
  extractDocument({ bytes, fileName: 'm.xlsx', state: 'CHL', reportType: 'national_report' }, limits);

describe('reading an XLSX template', () => {
  it('reads shared strings made of rich-text runs, without their phonetic guide', async () => {
    const strings = sharedStrings([
      ...HEADER.map((h) => `<si><t>${h}</t></si>`),
      '<si><r><rPr><b/></rPr><t>op</t></r><r><t>1</t></r></si>',
      '<si><t>all</t></si>',
      '<si><t>yes</t></si>',
      '<si><r><t>Penal Code</t></r><r><t xml:space="preserve">, art. 4</t></r><rPh sb="0" eb="5"><t>ペナル</t></rPh></si>',
    ].join(''));
    const sheet = worksheet(row(1, HEADER.map((_, i) => shared(`${COLUMNS[i]}1`, i)).join('')) + row(2, [5, 6, 7, 8].map((s, i) => shared(`${COLUMNS[i]}2`, s)).join('')));

    const extraction = await template(xlsxFromXml([sheet], strings));

    expect(extraction.matrix).toEqual([{ element: 'op1', weapon: 'all', measure: 'yes', legalReferences: ['Penal Code, art. 4'], evidence: [] }]);
  });

  it('reads inline strings, rich or plain, empty and missing cells, and cells without a reference', async () => {
    const rows = [
      HEADER_ROW,
      row(2, `${inline('A2', 'op2.nuclear')}<c r="B2" t="inlineStr"><is><r><t>nu</t></r><r><t>clear</t></r></is></c>${inline('C2', 'no')}<c r="D2"/>`),
      row(3, ['op1', 'all', 'partial', 'Act 12'].map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join('')),
      row(4, '<c r="A4"/><c r="C4"><v></v></c>'),
    ].join('');

    const extraction = await template(xlsxFromXml([worksheet(rows)]));

    expect(extraction.matrix).toEqual([
      { element: 'op2.nuclear', weapon: 'nuclear', measure: 'no', legalReferences: [], evidence: [] },
      { element: 'op1', weapon: 'all', measure: 'partial', legalReferences: ['Act 12'], evidence: [] },
    ]);
    expect(extraction.gaps).toEqual(['op2.nuclear']);
  });

  it('decodes entities and character references, and reads CDATA', async () => {
    const strings = sharedStrings('<si><t>Act &amp; Regulation &#8470; 5 &lt;2019&gt;</t></si>');
    const notes = '<c r="E2" t="inlineStr"><is><t><![CDATA[Customs <border> & ports]]></t></is></c>';
    const sheet = worksheet(HEADER_ROW + row(2, `${inline('A2', 'op3c.border_control')}${inline('B2', 'all')}${inline('C2', 'yes')}${shared('D2', 0)}${notes}`));

    const extraction = await template(xlsxFromXml([sheet], strings));

    expect(extraction.matrix[0]).toMatchObject({ legalReferences: ['Act & Regulation № 5 <2019>'], evidence: [{ text: 'Customs <border> & ports' }] });
  });

  it.each([
    ['another prefix', (rows: string) => `<x:worksheet xmlns:x="${OOXML.spreadsheet}"><x:sheetData>${rows.replace(/<(\/?)(row|c|is|t)\b/gu, '<$1x:$2')}</x:sheetData></x:worksheet>`],
    ['the strict namespace', (rows: string) => worksheet(rows).replace(OOXML.spreadsheet, OOXML.spreadsheetStrict)],
  ])('reads SpreadsheetML under %s, and no cell of another namespace', async (_what, sheetOf) => {
    const foreign = '<o:c xmlns:o="urn:other" r="F2" t="inlineStr"><o:is><o:t>hidden</o:t></o:is></o:c>';
    const rows = HEADER_ROW + row(2, `${inline('A2', 'op1')}${inline('B2', 'all')}${inline('C2', 'yes')}${foreign}`);

    const extraction = await template(xlsxFromXml([sheetOf(rows)]));

    expect(extraction.matrix).toEqual([{ element: 'op1', weapon: 'all', measure: 'yes', legalReferences: [], evidence: [] }]);
  });

  it('refuses a formula cell with its formula text, never its cached value, shared formulas included', async () => {
    const rows = HEADER_ROW
      + row(2, `${inline('A2', 'op1')}${inline('B2', 'all')}${inline('C2', 'yes')}<c r="D2" t="str"><f>HYPERLINK("http://x","Act")</f><v>Act</v></c>`)
      + row(3, `${inline('A3', 'op1')}${inline('B3', 'all')}${inline('C3', 'yes')}<c r="D3"><f t="shared" si="0"/><v>1540</v></c>`);

    const refusal = await refusalOf(() => template(xlsxFromXml([worksheet(rows)])));

    expect(refusal.code).toBe('invalid_structure');
    expect(refusal.message).toContain('row 2 of sheet1.xml, legal_reference: starts with a formula character ("=HYPERLINK(\\"http://x\\",\\"Act\\")")');
    expect(refusal.message).toContain('row 3 of sheet1.xml, legal_reference: starts with a formula character ("=")');
  });

  it.each([
    ['whose rows never close', (rows: string[]) => worksheet(rows.map((r) => r.replace('</row>', '')).join(''))],
    ['cut short', (rows: string[]) => worksheet(rows.join('')).slice(0, -200)],
  ])('refuses as corrupt a sheet %s, naming the part and the place', async (_what, sheetOf) => {
    const rows = [HEADER_ROW, ...Array.from({ length: 3_000 }, (_, i) => inlineRow(i + 2, ['op1', 'all', 'yes', `Act ${i}`, '']))];

    const refusal = await refusalOf(() => template(xlsxFromXml([sheetOf(rows)])));

    expect(refusal.code).toBe('corrupt');
    expect(refusal.message).toMatch(/^the XLSX is damaged \(xl\/worksheets\/sheet1\.xml:1:\d+: .+\); open it in Excel or LibreOffice, save it again/u);
  });

  it('refuses as corrupt a shared-string table cut short', async () => {
    const strings = sharedStrings(HEADER.map((h) => `<si><t>${h}</t></si>`).join('')).slice(0, -30);

    const refusal = await refusalOf(() => template(xlsxFromXml([worksheet(HEADER_ROW)], strings)));

    expect(refusal.code).toBe('corrupt');
    expect(refusal.message).toContain('xl/sharedStrings.xml');
  });

  it.each(['XFE2', `${'A'.repeat(40)}2`])('refuses as corrupt a cell %s beyond the last column', async (ref) => {
    const refusal = await refusalOf(() => template(xlsxFromXml([worksheet(HEADER_ROW + row(2, inline(ref, 'op1')))])));

    expect(refusal.code).toBe('corrupt');
    expect(refusal.message).toContain('beyond the last column XFD');
  });

  it('refuses a template with more rows than the limit, naming the limit', async () => {
    const rows = [HEADER_ROW, ...Array.from({ length: 10 }, (_, i) => inlineRow(i + 2, ['op1', 'all', 'yes', '', '']))].join('');

    const refusal = await refusalOf(() => template(xlsxFromXml([worksheet(rows)]), { maxTemplateRows: 3 }));

    expect(refusal.code).toBe('too_large');
    expect(refusal.message).toContain('limit 3');
  });

  it('reads the template from a later sheet when the first is something else', async () => {
    const other = worksheet(inlineRow(1, ['Contents', 'of this workbook']) + inlineRow(2, ['Sheet 2', 'the matrix']));
    const matrix = worksheet(HEADER_ROW + inlineRow(2, ['op1', 'all', 'yes', 'Penal Code', '']));

    const extraction = await template(xlsxFromXml([other, matrix]));

    expect(extraction.matrix).toEqual([{ element: 'op1', weapon: 'all', measure: 'yes', legalReferences: ['Penal Code'], evidence: [] }]);
  });
});
