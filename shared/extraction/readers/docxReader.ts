/** DOCX: the paragraphs of word/document.xml (and foot/endnotes), read from a bounded unzip. */
import { RejectedInputError } from '../contract.js';
import type { DocumentText } from '../documentText.js';
import type { WorkBudget } from '../limits.js';
import { decodeXmlEntities } from './xmlText.js';
import type { ZipArchive } from './zipArchive.js';

function paragraphsOf(xml: string): string[] {
  const out: string[] = [];
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/gu)) {
    const paragraph = match[0]
      .replace(/<w:tab\/>/gu, '\t')
      .replace(/<w:br\/>|<w:cr\/>/gu, '\n')
      .replace(/<w:delText[^>]*>[\s\S]*?<\/w:delText>/gu, '')
      .replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/gu, '');
    let text = '';
    for (const piece of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|\t|\n/gu)) {
      text += piece[1] !== undefined ? decodeXmlEntities(piece[1]) : piece[0];
    }
    out.push(text);
  }
  return out;
}

export function readDocx(archive: ZipArchive, budget: WorkBudget): DocumentText {
  const body = archive.readText('word/document.xml');
  if (body === undefined) {
    throw new RejectedInputError('corrupt', 'the DOCX has no word/document.xml part');
  }
  budget.check('reading the DOCX body');
  // Cells end with </w:tc>: keep them on separate lines so that table rows read as text.
  const paragraphs = paragraphsOf(body.replace(/<\/w:tc>/gu, '</w:tc>\n'));
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const xml = archive.readText(part);
    if (xml) paragraphs.push(...paragraphsOf(xml).filter((p) => p.trim()));
  }
  const text = paragraphs.join('\n');
  if (text.replace(/\s/gu, '').length === 0) {
    throw new RejectedInputError('no_text', 'the DOCX contains no text (only images?); send a document with its text');
  }
  return { pages: [text], paged: false, warnings: [] };
}
