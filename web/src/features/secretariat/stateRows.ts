/**
 * The dashboard's rows: every member state with its name in the page's language and its count of
 * overdue deadlines, filtered, searched (in any of the state's names or its code) and sorted in the
 * browser, since one answer holds all 193.
 */
import type { StateListItem } from '../../api/secretariatSchemas.js';
import type { SortOrder } from './sortOrder.js';

export type StateFilter = 'all' | 'reported' | 'not_reported' | 'overdue';
export type StateSortKey = 'name' | 'status' | 'lastSubmission' | 'overdue';

export interface StateRow extends StateListItem {
  displayName: string;
  overdue: number;
}

export function stateRow(item: StateListItem, displayName: string): StateRow {
  return { ...item, displayName, overdue: item.openDeadlines.filter((d) => d.overdue).length };
}

export function selectStates(rows: readonly StateRow[], choice: { search: string; filter: StateFilter; sort: SortOrder<StateSortKey> }): StateRow[] {
  const needle = choice.search.trim().toLocaleLowerCase();
  const { filter, sort } = choice;
  const shown = rows.filter(
    (row) =>
      (filter === 'all' || (filter === 'overdue' ? row.overdue > 0 : row.reportingStatus === filter)) &&
      (!needle || [row.displayName, row.iso3, row.name, ...Object.values(row.names)].some((name) => name.toLocaleLowerCase().includes(needle))),
  );
  const value = (row: StateRow): string | number =>
    sort.key === 'name' ? row.displayName : sort.key === 'status' ? row.reportingStatus : sort.key === 'overdue' ? row.overdue : (row.lastSubmission?.receivedAt ?? '');
  return shown.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    // Ties (and the other direction) keep the states in name order.
    return (sort.descending ? -order : order) || a.displayName.localeCompare(b.displayName);
  });
}
