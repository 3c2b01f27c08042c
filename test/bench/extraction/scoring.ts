/** Scores of an extraction against labels in the fixtures' format (labels.json). */
import type { Extraction } from '../../../shared/extraction/contract.js';

export interface Label {
  file: string;
  state: string | null;
  language: string;
  reportType: string;
  documentDate: string | null;
  treaties: string[];
  matrix: string[];
  gaps: string[];
  contacts: Array<{ name: string; email: string | null }>;
  assistanceRequested: string[];
  deadlines: Array<{ date: string; precision: 'day' | 'month'; task?: string; concerns?: string }>;
}

export const SCALAR_FIELDS = ['language', 'state', 'reportType', 'documentDate'] as const;
export const SET_FIELDS = ['treaties', 'matrix', 'gaps', 'contacts', 'assistanceRequested', 'deadlines'] as const;
export type SetField = (typeof SET_FIELDS)[number];

const normaliseName = (name: string) => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** The comparable keys of a set field: a contact is its e-mail (or its name when none is labelled). */
export function keysOf(field: SetField, value: Extraction | Label): string[] {
  switch (field) {
    case 'matrix': {
      const matrix = value.matrix as Array<string | { element: string; measure: string }>;
      return matrix.map((m) => (typeof m === 'string' ? m : m.measure === 'no' ? '' : m.element)).filter(Boolean);
    }
    case 'contacts':
      return value.contacts.map((c) => (c.email ? `email:${c.email.toLowerCase()}` : `name:${normaliseName(c.name)}`));
    case 'deadlines': {
      // Month precision is compared as YYYY-MM (the contract's rule for consumers). Two tasks due on
      // one date are two deadlines: the second on a date is keyed "date #2", so a missed one counts.
      const seen = new Map<string, number>();
      return value.deadlines.map((d) => {
        const date = d.precision === 'month' ? d.date.slice(0, 7) : d.date;
        const n = (seen.get(date) ?? 0) + 1;
        seen.set(date, n);
        return n === 1 ? date : `${date} #${n}`;
      });
    }
    default:
      return [...(value[field] as string[])];
  }
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function compareSets(expected: readonly string[], actual: readonly string[]): Counts & { missing: string[]; extra: string[] } {
  const want = new Set(expected);
  const got = new Set(actual);
  const missing = [...want].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !want.has(k));
  return { tp: want.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}

export function contactNameMatches(label: Label, actual: Extraction): { right: number; total: number } {
  let right = 0;
  for (const c of label.contacts) {
    const found = actual.contacts.find((a) => (c.email ? a.email.toLowerCase() === c.email.toLowerCase() : true) && normaliseName(a.name) === normaliseName(c.name));
    if (found) right++;
  }
  return { right, total: label.contacts.length };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Labelled deadlines that carry `concerns`, and how many of them were found with the same party (matched by date key). */
export function concernsMatches(label: Label, actual: Extraction): { right: number; total: number } {
  const key = (d: { date: string; precision: string }) => (d.precision === 'month' ? d.date.slice(0, 7) : d.date);
  const labelled = label.deadlines.filter((d) => d.concerns);
  const right = labelled.filter((d) => actual.deadlines.some((a) => key(a) === key(d) && a.concerns === d.concerns)).length;
  return { right, total: labelled.length };
}
