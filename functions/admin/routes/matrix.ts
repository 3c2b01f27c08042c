/** The matrix across states: coverage per element, and the CSV export that respects consent. */
import Papa from 'papaparse';
import * as z from 'zod';
import { MATRIX_ELEMENTS, MatrixElement } from '#shared/extraction/contract.js';
import { MEMBER_STATES } from '#shared/reference/memberStates.js';
import { matrixForElement } from '#shared/store/adminQueries.js';
import { publishedMatrix, type PublishedMatrixEntry } from '#shared/store/publication.js';
import { defineRoute, type AdminDependencies } from '../route.js';

const ElementCoverage = z
  .object({
    element: MatrixElement,
    measure: z.number().int().meta({ description: 'States with a national measure for at least one weapon' }),
    gap: z.number().int().meta({ description: 'States that describe only gaps for this element' }),
    nothing: z.number().int().meta({ description: 'States with no information (a blank cell)' }),
  })
  .meta({ id: 'ElementCoverage' });

export const matrixCoverage = defineRoute({
  method: 'GET',
  path: '/matrix/coverage',
  summary: 'Per matrix element, how many states have a measure, only a gap, or nothing',
  access: 'secretariat',
  request: {},
  response: { status: 200, body: z.object({ states: z.number().int(), elements: z.array(ElementCoverage) }), description: 'Coverage' },
  run: async ({ deps }) => {
    const perElement = await Promise.all(MATRIX_ELEMENTS.map((element) => matrixForElement(deps.store, element)));
    const elements = MATRIX_ELEMENTS.map((element, i) => {
      const entries = perElement[i] ?? [];
      const withMeasure = new Set(entries.filter((e) => e.coverage === 'measure').map((e) => e.state));
      const withGapOnly = new Set(entries.filter((e) => !withMeasure.has(e.state)).map((e) => e.state));
      return { element, measure: withMeasure.size, gap: withGapOnly.size, nothing: MEMBER_STATES.length - withMeasure.size - withGapOnly.size };
    });
    return { states: MEMBER_STATES.length, elements };
  },
});

const ExportScope = z.enum(['public', 'committee']).default('public').meta({
  description:
    '`public` (default): only states that consented to publish their matrix, and evidence only from submissions they consented to publish; `committee`: everything',
});

export const CSV_COLUMNS = [
  'state', 'element', 'weapon', 'coverage', 'measure', 'legal_references', 'evidence', 'evidence_pages', 'source_submission', 'source_received_at',
] as const;

export const exportMatrix = defineRoute({
  method: 'GET',
  path: '/export/matrix.csv',
  summary: 'The current matrix of every state as CSV, respecting publication consent',
  access: 'secretariat',
  // Reads every matrix cell of every state.
  limit: { perMinute: 6 },
  request: { query: z.object({ scope: ExportScope }) },
  response: { status: 200, contentType: 'text/csv', description: 'One row per state, element and weapon' },
  run: async ({ deps, query }) => {
    const entries = query.scope === 'public' ? await publishedMatrix(deps.store) : await everyEntry(deps);
    entries.sort((a, b) => a.state.localeCompare(b.state) || a.element.localeCompare(b.element) || a.weapon.localeCompare(b.weapon));
    return new Response(matrixCsv(entries), {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="matrix-${query.scope}.csv"`,
      },
    });
  },
});

/** A row of the export: its evidence only where `evidencePublic` (see `publishedMatrix`). */
type ExportRow = PublishedMatrixEntry;

async function everyEntry(deps: AdminDependencies): Promise<ExportRow[]> {
  const perElement = await Promise.all(MATRIX_ELEMENTS.map((element) => matrixForElement(deps.store, element)));
  return perElement.flat().map((e) => ({ ...e, evidencePublic: true }));
}

/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): evidence is quoted text from
 * uploaded documents, so it is hostile input. papaparse's own `escapeFormulae: true` pattern is
 * `/^[=+\-@\t\r].*$/`, which misses a cell with a line break after the formula (`.` stops at
 * the newline and `$` wants the end of the text); this one looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV of the rows; every cell that starts like a formula is prefixed with an apostrophe. */
export function matrixCsv(rows: ExportRow[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: rows.map((r) => [
        r.state,
        r.element,
        r.weapon,
        r.coverage,
        r.measure ?? '',
        r.legalReferences.join('; '),
        r.evidencePublic ? r.evidence.map((e) => e.text).join(' | ') : '',
        r.evidencePublic ? r.evidence.map((e) => e.page ?? '').join(' | ') : '',
        r.evidencePublic ? r.sourceSubmissionId : '',
        r.sourceReceivedAt,
      ]),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

export const matrixRoutes = [matrixCoverage, exportMatrix];
