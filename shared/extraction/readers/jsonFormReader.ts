/** The JSON form of the contract, validated in full: every violation is listed with its path. */
import * as z from 'zod';
import {
  ContactFinding, IsoDate, Language, MatrixElement, Measure, RejectedInputError, ReportType, Weapon,
} from '../contract.js';
import { describeIssues } from '../../validation/describeIssues.js';
import { templateContacts } from '../detection/templateContacts.js';
import type { WorkBudget } from '../limits.js';
import { matrixFromRows, type TemplateSubmission } from './templateRows.js';
import { decodeUpload } from './textReader.js';

const FormRow = z.object({
  element: MatrixElement,
  weapon: Weapon,
  measure: Measure,
  legalReference: z.string().nullish(),
  notes: z.string().nullish(),
});

const Form = z.object({
  state: z.string().regex(/^[A-Z]{3}$/u, 'must be an ISO 3166-1 alpha-3 code such as "KEN"'),
  reportType: ReportType,
  documentDate: IsoDate.nullish(),
  language: Language.optional(),
  matrix: z.array(FormRow),
  contacts: z.array(ContactFinding.extend({ email: z.string().nullish(), role: z.string().nullish() })).default([]),
  assistanceRequested: z.array(MatrixElement).default([]),
});

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/u.exec(message)?.[1];
    const where = position !== undefined ? lineAndColumn(text, Number(position)) : 'end of file';
    throw new RejectedInputError('invalid_structure', `the JSON form is not valid JSON at ${where}: ${message}`, { cause: error });
  }
}

export function readJsonForm(bytes: Uint8Array, budget: WorkBudget): TemplateSubmission {
  const text = decodeUpload(bytes).replace(/^\uFEFF/u, '');
  if (text.trim() === '') throw new RejectedInputError('empty', 'the JSON file contains only blank space');
  const data = parseJson(text);
  const result = Form.safeParse(data);
  if (!result.success) {
    const problems = describeIssues(result.error);
    throw new RejectedInputError('invalid_structure', `the JSON form breaks the schema in ${problems.length} place(s): ${problems.join('; ')}`);
  }
  const form = result.data;
  if (form.matrix.length > budget.limits.maxTemplateRows) {
    throw new RejectedInputError('too_large', `the form has ${form.matrix.length} matrix rows (limit ${budget.limits.maxTemplateRows})`);
  }
  const rows = form.matrix.map((row, i) => ({
    where: `matrix[${i}]`,
    element: row.element,
    weapon: row.weapon,
    measure: row.measure,
    legalReference: row.legalReference ?? '',
    notes: row.notes ?? '',
  }));
  return {
    ...matrixFromRows(rows, { spreadsheet: false }),
    state: form.state,
    reportType: form.reportType,
    documentDate: form.documentDate ?? null,
    ...(form.language ? { language: form.language } : {}),
    contacts: templateContacts(form.contacts, rows.map((row) => row.notes)),
    assistanceRequested: [...new Set(form.assistanceRequested)],
    warnings: [],
  };
}
