/** Inputs made in the test, in the formats states upload (no fixture files are read). */
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import writeExcelFile from 'write-excel-file/node';

/** A text PDF (Helvetica: Latin scripts only), one string array per page. */
export async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 16;
    }
  }
  return pdf.save();
}

/** A PDF page with a drawn rectangle and no text: what a scan looks like to a text reader. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return pdf.save();
}

export async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function xlsxOf(rows: string[][]): Promise<Uint8Array> {
  const data = rows.map((row) => row.map((value) => ({ value })));
  return new Uint8Array(await writeExcelFile(data).toBuffer());
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** OOXML written by hand, for what generators never write: damaged parts, odd prefixes, rich runs. */
export const OOXML = {
  word: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wordStrict: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  spreadsheet: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  spreadsheetStrict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  markupCompatibility: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  math: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
} as const;

/** word/document.xml around a body of WordprocessingML (prefix w, mc and m declared). */
export const wordDocument = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${OOXML.word}" xmlns:mc="${OOXML.markupCompatibility}" xmlns:m="${OOXML.math}"><w:body>${body}</w:body></w:document>`;

/** A worksheet around rows of SpreadsheetML (default namespace). */
export const worksheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${OOXML.spreadsheet}"><sheetData>${rows}</sheetData></worksheet>`;

/** A shared-string table around its items. */
export const sharedStrings = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${OOXML.spreadsheet}">${items}</sst>`;

/** A package of the given parts (text parts as UTF-8); `stored` keeps them uncompressed. */
export function ooxmlPackage(parts: Record<string, string>, options: { stored?: boolean } = {}): Uint8Array {
  const level = options.stored ? 0 : 6;
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), { level }]])));
}

/** A DOCX whose word/document.xml is exactly `documentXml` (notes and other parts beside it). */
export const docxFromXml = (documentXml: string, parts: Record<string, string> = {}, options: { stored?: boolean } = {}) =>
  ooxmlPackage({ '[Content_Types].xml': '<Types/>', 'word/document.xml': documentXml, ...parts }, options);

/** An XLSX of the given worksheets (sheet1, sheet2, …) and shared-string table. */
export function xlsxFromXml(sheets: string[], strings?: string): Uint8Array {
  const parts: Record<string, string> = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': `<workbook xmlns="${OOXML.spreadsheet}"/>` };
  sheets.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  if (strings !== undefined) parts['xl/sharedStrings.xml'] = strings;
  return ooxmlPackage(parts);
}
