/** The dashboard's rows: filtered by status or overdue deadlines, searched in any name, sorted either way with ties by name. */
import { describe, expect, it } from 'vitest';
import { selectStates, stateRow } from '../../../web/src/features/secretariat/stateRows.js';

const overdue = { id: 'first-report', title: 'First national report', dueDate: '2004-10-28', overdue: true };
const rows = [
  stateRow({ iso3: 'KEN', name: 'Kenya', names: { fr: 'Kenya', ru: 'Кения' }, reportingStatus: 'reported', matrixVisibility: 'public', lastSubmission: { id: 'a', receivedAt: '2026-01-02T00:00:00Z' }, openDeadlines: [] }, 'Kenya'),
  stateRow({ iso3: 'CHL', name: 'Chile', names: { fr: 'Chili' }, reportingStatus: 'not_reported', matrixVisibility: 'committee', lastSubmission: null, openDeadlines: [overdue] }, 'Chile'),
  stateRow({ iso3: 'DEU', name: 'Germany', names: { fr: 'Allemagne' }, reportingStatus: 'reported', matrixVisibility: 'committee', lastSubmission: { id: 'b', receivedAt: '2025-05-01T00:00:00Z' }, openDeadlines: [] }, 'Germany'),
];
const codes = (selected: { iso3: string }[]) => selected.map((r) => r.iso3);
const byName = { key: 'name', descending: false } as const;

describe("the dashboard's states", () => {
  it('counts each state’s overdue deadlines', () => {
    expect(rows.map((r) => r.overdue)).toEqual([0, 1, 0]);
  });

  it('are listed by name, and filtered by status or by overdue deadlines', () => {
    expect(codes(selectStates(rows, { search: '', filter: 'all', sort: byName }))).toEqual(['CHL', 'DEU', 'KEN']);
    expect(codes(selectStates(rows, { search: '', filter: 'reported', sort: byName }))).toEqual(['DEU', 'KEN']);
    expect(codes(selectStates(rows, { search: '', filter: 'not_reported', sort: byName }))).toEqual(['CHL']);
    expect(codes(selectStates(rows, { search: '', filter: 'overdue', sort: byName }))).toEqual(['CHL']);
  });

  it('are found by any of their names or their code, whatever the case', () => {
    expect(codes(selectStates(rows, { search: 'кен', filter: 'all', sort: byName }))).toEqual(['KEN']);
    expect(codes(selectStates(rows, { search: ' allem ', filter: 'all', sort: byName }))).toEqual(['DEU']);
    expect(codes(selectStates(rows, { search: 'chl', filter: 'all', sort: byName }))).toEqual(['CHL']);
  });

  it('sort by last submission or overdue deadlines, either way, ties by name', () => {
    expect(codes(selectStates(rows, { search: '', filter: 'all', sort: { key: 'lastSubmission', descending: true } }))).toEqual(['KEN', 'DEU', 'CHL']);
    expect(codes(selectStates(rows, { search: '', filter: 'all', sort: { key: 'overdue', descending: true } }))).toEqual(['CHL', 'DEU', 'KEN']);
    expect(codes(selectStates(rows, { search: '', filter: 'all', sort: { key: 'status', descending: false } }))).toEqual(['CHL', 'DEU', 'KEN']);
  });
});
