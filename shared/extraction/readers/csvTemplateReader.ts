/** The CSV matrix template. Cells are text: nothing is evaluated. */
import Papa from 'papaparse';
import { RejectedInputError } from '../contract.js';
import type { WorkBudget } from '../limits.js';
import { assertHeader, spreadsheetSubmission, type TemplateRow, type TemplateSubmission } from './templateRows.js';
import { decodeUpload } from './textReader.js';

export function rowsFromTable(table: readonly (readonly string[])[], budget: WorkBudget, rowLabel: (i: number) => string): TemplateRow[] {
  const [header, ...body] = table;
  if (!header) throw new RejectedInputError('invalid_structure', 'the template has no header row');
  assertHeader(header);
  if (body.length > budget.limits.maxTemplateRows) {
    throw new RejectedInputError('too_large', `the template has ${body.length} rows (limit ${budget.limits.maxTemplateRows})`);
  }
  const index = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const at = (row: readonly string[], name: string) => row[index(name)] ?? '';
  return body
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.some((cell) => cell.trim() !== ''))
    .map(({ row, i }) => ({
      where: rowLabel(i),
      element: at(row, 'element'),
      weapon: at(row, 'weapon'),
      measure: at(row, 'measure'),
      legalReference: at(row, 'legal_reference'),
      notes: at(row, 'notes'),
    }));
}

export function readCsvTemplate(bytes: Uint8Array, budget: WorkBudget): TemplateSubmission {
  const text = decodeUpload(bytes);
  if (text.trim() === '') throw new RejectedInputError('empty', 'the CSV file contains only blank space');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new RejectedInputError('invalid_structure', `the CSV is malformed at row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  }
  // Data row i is line i + 2 of the file (line 1 is the header).
  const rows = rowsFromTable(parsed.data, budget, (i) => `row ${i + 2}`);
  return spreadsheetSubmission(rows);
}
