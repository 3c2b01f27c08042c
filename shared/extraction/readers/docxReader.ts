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

/**
 * Paragraphs in document order, a table row as one line with its cells separated by tabs: the
 * detectors read "task | responsible | 31 March 2025 | status" as one row, not four lines.
 */
function blocksOf(body: string): string[] {
  const out: string[] = [];
  for (const match of body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/gu)) {
    const xml = match[0];
    if (!xml.startsWith('<w:tr')) {
      out.push(...paragraphsOf(xml));
      continue;
    }
    const cells = [...xml.matchAll(/<w:tc[ >][\s\S]*?<\/w:tc>/gu)].map((cell) => paragraphsOf(cell[0]).map((p) => p.trim()).filter(Boolean).join(' '));
    out.push(cells.join('\t'));
  }
  return out;
}

export function readDocx(archive: ZipArchive, budget: WorkBudget): DocumentText {
  const body = archive.readText('word/document.xml');
  if (body === undefined) {
    throw new RejectedInputError('corrupt', 'the DOCX has no word/document.xml part');
  }
  budget.check('reading the DOCX body');
  const paragraphs = blocksOf(body);
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
