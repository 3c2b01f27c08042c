/** Inputs made in the test, in the formats states upload (no fixture files are read). */
import { Document, Packer, Paragraph } from 'docx';
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
