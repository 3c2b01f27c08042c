/**
 * The XLSX matrix template, read from the bounded unzip: shared strings and the first sheet whose
 * header is the template's. A formula cell is reported as its formula text (never its cached
 * value, never evaluated), so the template check refuses it and names the cell.
 */
import { RejectedInputError } from '../contract.js';
import type { WorkBudget } from '../limits.js';
import { rowsFromTable } from './csvTemplateReader.js';
import { headerProblems, matrixFromRows, type TemplateSubmission } from './templateRows.js';
import { decodeXmlEntities } from './xmlText.js';
import type { ZipArchive } from './zipArchive.js';

function textOfRich(xml: string): string {
  let text = '';
  for (const t of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/gu)) text += decodeXmlEntities(t[1]!);
  return text;
}

function sharedStrings(archive: ZipArchive): string[] {
  const xml = archive.readText('xl/sharedStrings.xml');
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

export function readXlsxTemplate(archive: ZipArchive, budget: WorkBudget): TemplateSubmission {
  const strings = sharedStrings(archive);
  const sheets = archive.entries
    .map((e) => e.name)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  if (sheets.length === 0) throw new RejectedInputError('corrupt', 'the XLSX has no worksheet');
  let fallback: string[][] | undefined;
  for (const name of sheets) {
    budget.check(`reading ${name}`);
    const table = sheetTable(archive.readText(name) ?? '', strings).filter((r) => r.some((c) => c.trim() !== ''));
    fallback ??= table;
    if (table[0] && headerProblems(table[0]).length === 0) {
      const rows = rowsFromTable(table, budget, (i) => `row ${i + 2} of ${name.replace(/^xl\/worksheets\//u, '')}`);
      return { ...matrixFromRows(rows), contacts: [], assistanceRequested: [], warnings: [] };
    }
  }
  // No sheet has the template header: refuse with the first sheet's header problems.
  rowsFromTable(fallback ?? [], budget, (i) => `row ${i + 2}`);
  throw new RejectedInputError('invalid_structure', 'no worksheet has the template header');
}
