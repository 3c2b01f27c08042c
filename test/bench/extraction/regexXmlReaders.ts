/**
 * The previous DOCX and XLSX readers, kept for comparison only: regular expressions over the XML of
 * each part, copied from shared/extraction/readers before they became streaming readers (the choice
 * of the template's sheet, unchanged, is shared with today's reader). The extraction bench runs
 * them side by side with today's readers. Lazily quantified patterns such as
 * `<w:p[ >][\s\S]*?<\/w:p>` rescan the rest of the part from every opening tag that never closes,
 * so they are quadratic on unclosed markup: never call them on untrusted input.
 */
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import type { DocumentText } from '../../../shared/extraction/documentText.js';
import type { WorkBudget } from '../../../shared/extraction/limits.js';
import type { TemplateSubmission } from '../../../shared/extraction/readers/templateRows.js';
import { templateFromSheets } from '../../../shared/extraction/readers/xlsxTemplateReader.js';
import { inflateEntry, type ZipArchive } from '../../../shared/extraction/readers/zipArchive.js';

/** The whole part inflated into one string, as the previous readers read it. */
function partText(archive: ZipArchive, bytes: Uint8Array, budget: WorkBudget, name: string): string | undefined {
  const entry = archive.entries.find((e) => e.name === name);
  return entry ? new TextDecoder().decode(inflateEntry(bytes, entry, budget)) : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

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

export function readDocxWithRegex(archive: ZipArchive, bytes: Uint8Array, budget: WorkBudget): DocumentText {
  const body = partText(archive, bytes, budget, 'word/document.xml');
  if (body === undefined) {
    throw new RejectedInputError('corrupt', 'the DOCX has no word/document.xml part');
  }
  budget.check('reading the DOCX body');
  const paragraphs = blocksOf(body);
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const xml = partText(archive, bytes, budget, part);
    if (xml) paragraphs.push(...paragraphsOf(xml).filter((p) => p.trim()));
  }
  const text = paragraphs.join('\n');
  if (text.replace(/\s/gu, '').length === 0) {
    throw new RejectedInputError('no_text', 'the DOCX contains no text (only images?); send a document with its text');
  }
  return { pages: [text], paged: false, warnings: [] };
}

function textOfRich(xml: string): string {
  let text = '';
  for (const t of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/gu)) text += decodeXmlEntities(t[1]!);
  return text;
}

function sharedStrings(archive: ZipArchive, bytes: Uint8Array, budget: WorkBudget): string[] {
  const xml = partText(archive, bytes, budget, 'xl/sharedStrings.xml');
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/gu)].map((m) => textOfRich(m[1]!));
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/u.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function sheetTable(xml: string, strings: readonly string[]): string[][] {
  const table: string[][] = [];
  for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/gu)) {
    const row: string[] = [];
    for (const cell of (rowMatch[1] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/gu)) {
      const attributes = cell[1] ?? '';
      const inner = cell[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/u.exec(attributes)?.[1];
      const type = /\bt="(\w+)"/u.exec(attributes)?.[1];
      const formula = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/u.exec(inner)?.[1];
      const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/u.exec(inner)?.[1];
      let text: string;
      if (formula !== undefined) text = `=${decodeXmlEntities(formula)}`;
      else if (type === 's') text = strings[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOfRich(inner);
      else text = decodeXmlEntities(value ?? '');
      row[ref ? columnIndex(ref) : row.length] = text;
    }
    table.push(Array.from(row, (c) => c ?? ''));
  }
  return table;
}

export function readXlsxTemplateWithRegex(archive: ZipArchive, bytes: Uint8Array, budget: WorkBudget): TemplateSubmission {
  const strings = sharedStrings(archive, bytes, budget);
  return templateFromSheets(archive, budget, (name) => sheetTable(partText(archive, bytes, budget, name) ?? '', strings).filter((r) => r.some((c) => c.trim() !== '')));
}
