/** A long English text PDF for the speed and memory benchmarks (generated, not a fixture). */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const PARAGRAPHS = [
  'The Nuclear Regulatory Act prohibits any person from manufacturing, acquiring, possessing or transferring a nuclear explosive device; the offence carries imprisonment of not less than twenty years.',
  'The Customs Department enforces prohibitions at all points of entry, and radiation portal monitors are installed at the main port and at the international airport.',
  'Under section 40 of the Act the export, import and transit of nuclear material require a licence, issued after verification of the end use and the end user.',
  'The national register of radioactive sources is kept by the Authority, and every licensee submits an annual inventory report on material in use, storage and transport.',
  'The Chemical Weapons (Prohibition) Act establishes a permit regime for toxic chemicals and precursors listed in the schedules of the Convention.',
];

/** A national report's first lines: with them the whole pipeline runs (state, matrix, treaties). */
const LETTERHEAD = ['PERMANENT MISSION OF THE REPUBLIC OF GHANA TO THE UNITED NATIONS', 'New York, 12 March 2025', 'National report on the implementation of resolution 1540 (2004)'];

/**
 * Without a letterhead the text names no state and reads as a Committee document (deadlines
 * only); with one it is a national report and every detector runs.
 */
export async function syntheticReportPdf(pages: number, options: { letterhead?: boolean } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    if (p === 0 && options.letterhead) {
      for (const line of LETTERHEAD) {
        page.drawText(line, { x: 56, y, size: 11, font });
        y -= 20;
      }
    }
    let n = 0;
    while (y > 60) {
      const words = PARAGRAPHS[(p + n++) % PARAGRAPHS.length]!.split(' ');
      let line = '';
      for (const word of words) {
        if (font.widthOfTextAtSize(`${line} ${word}`, 10) > 480) {
          page.drawText(line, { x: 56, y, size: 10, font });
          y -= 14;
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      page.drawText(line, { x: 56, y, size: 10, font });
      y -= 22;
    }
  }
  return pdf.save();
}
