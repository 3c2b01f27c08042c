/**
 * The matrix template shared by CSV, XLSX and the JSON form: rows of
 * `element, weapon, measure, legal_reference, notes`, validated as a whole so that the refusal
 * lists every broken row and cell, not only the first.
 */
import {
  type ContactFinding, type Language, MATRIX_ELEMENTS, MEASURES, type MatrixElement, type MatrixFinding,
  type Measure, RejectedInputError, type ReportType, WEAPONS, type Weapon,
} from '../contract.js';
import { contactsInNotes } from '../detection/templateContacts.js';
import { assertCellLength, FINDING_LIMITS } from '../findingLimits.js';

export const TEMPLATE_COLUMNS = ['element', 'weapon', 'measure', 'legal_reference', 'notes'] as const;

/** What a structured submission says, before the common assembly of the extraction. */
export interface TemplateSubmission {
  matrix: MatrixFinding[];
  gaps: MatrixElement[];
  /** The free-text cells, for language detection. */
  freeText: string;
  state?: string;
  reportType?: ReportType;
  documentDate?: string | null;
  language?: Language;
  contacts: ContactFinding[];
  assistanceRequested: MatrixElement[];
  warnings: string[];
}

export interface TemplateRow {
  /** Where the row is, for messages: "row 4" or "matrix[3]". */
  where: string;
  element: string;
  weapon: string;
  measure: string;
  legalReference: string;
  notes: string;
}

/** A cell a spreadsheet would run as a formula. It is never evaluated here; it is refused. */
export const FORMULA_START = /^[\t\r ]*[=+\-@]/u;

export function headerProblems(header: readonly string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = TEMPLATE_COLUMNS.filter((c) => !names.includes(c));
  const unexpected = header.filter((h, i) => !(TEMPLATE_COLUMNS as readonly string[]).includes(names[i]!) && h.trim() !== '');
  const problems: string[] = [];
  if (missing.length) problems.push(`missing column(s) ${missing.join(', ')}`);
  if (unexpected.length) problems.push(`unexpected column(s) ${unexpected.join(', ')}`);
  return problems;
}

export function assertHeader(header: readonly string[]): void {
  const problems = headerProblems(header);
  if (problems.length) {
    throw new RejectedInputError(
      'invalid_structure',
      `the template header must be exactly "${TEMPLATE_COLUMNS.join(', ')}": ${problems.join('; ')}`,
    );
  }
}

/** The refusal lists this many problems and counts the rest (its message has a length cap). */
const MAX_LISTED_PROBLEMS = 10;

const MEASURE_RANK: Record<Measure, number> = { no: 0, partial: 1, yes: 2 };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Validates every row; refuses with the full list of problems, or returns the matrix. */
export function matrixFromRows(
  rows: readonly TemplateRow[],
  options: { spreadsheet: boolean } = { spreadsheet: true },
): Pick<TemplateSubmission, 'matrix' | 'gaps' | 'freeText'> {
  const problems: string[] = [];
  const byKey = new Map<string, MatrixFinding>();
  const measuresByElement = new Map<MatrixElement, Measure[]>();
  for (const row of rows) {
    const element = row.element.trim();
    const weapon = row.weapon.trim().toLowerCase();
    const measure = row.measure.trim().toLowerCase();
    for (const [column, value] of Object.entries({ element: row.element, weapon: row.weapon, measure: row.measure, legal_reference: row.legalReference, notes: row.notes })) {
      assertCellLength(`${row.where}, ${column}`, value);
      if (options.spreadsheet && FORMULA_START.test(value)) problems.push(`${row.where}, ${column}: starts with a formula character (${JSON.stringify(value.trim().slice(0, 30))})`);
    }
    if (!isOneOf(MATRIX_ELEMENTS, element)) problems.push(`${row.where}, element: unknown element ${JSON.stringify(element)}`);
    if (!isOneOf(WEAPONS, weapon)) problems.push(`${row.where}, weapon: unknown weapon ${JSON.stringify(row.weapon)} (one of ${WEAPONS.join(', ')})`);
    if (!isOneOf(MEASURES, measure)) problems.push(`${row.where}, measure: unknown measure ${JSON.stringify(row.measure)} (one of ${MEASURES.join(', ')})`);
    if (!isOneOf(MATRIX_ELEMENTS, element) || !isOneOf(WEAPONS, weapon) || !isOneOf(MEASURES, measure)) continue;
    const key = `${element}|${weapon}`;
    const existing = byKey.get(key);
    const legalReferences = row.legalReference.trim() ? [row.legalReference.trim()] : [];
    const evidence = row.notes.trim() ? [{ text: row.notes.trim().slice(0, FINDING_LIMITS.maxEvidenceChars) }] : [];
    if (!existing) {
      byKey.set(key, { element, weapon: weapon as Weapon, measure, legalReferences, evidence });
    } else {
      if (MEASURE_RANK[measure] > MEASURE_RANK[existing.measure]) existing.measure = measure;
      existing.legalReferences.push(...legalReferences.filter((r) => !existing.legalReferences.includes(r)));
      existing.evidence.push(...evidence);
    }
    measuresByElement.set(element, [...(measuresByElement.get(element) ?? []), measure]);
  }
  if (problems.length) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
    const more = problems.length > MAX_LISTED_PROBLEMS ? `; and ${problems.length - MAX_LISTED_PROBLEMS} more` : '';
    throw new RejectedInputError('invalid_structure', `the template has ${problems.length} problem(s): ${listed}${more}`);
  }
  const gaps = [...measuresByElement].filter(([, ms]) => ms.every((m) => m === 'no')).map(([e]) => e);
  const freeText = rows.map((r) => `${r.notes} ${r.legalReference}`).join('\n');
  return { matrix: [...byKey.values()], gaps, freeText };
}

/**
 * What a spreadsheet template (CSV, XLSX) submits: its matrix, and the points of contact its notes name. A spreadsheet carries
 * no state, type, date or assistance of its own (the upload's place and the portal say those).
 */
export function spreadsheetSubmission(rows: readonly TemplateRow[]): TemplateSubmission {
  return { ...matrixFromRows(rows), contacts: contactsInNotes(rows.map((row) => row.notes)), assistanceRequested: [], warnings: [] };
}
