/**
 * A column header that sorts its table: a button in the header cell, and `aria-sort` on the cell so
 * screen readers announce the order (WAI-ARIA sortable table pattern).
 */
import type { SortOrder } from './sortOrder.js';

export function SortableHeader<K extends string>({ sortKey, label, order, onSort }: { sortKey: K; label: string; order: SortOrder<K>; onSort(order: SortOrder<K>): void }) {
  const active = order.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (order.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort-button" onClick={() => onSort({ key: sortKey, descending: active ? !order.descending : false })}>
        {label}
        <span aria-hidden="true" class="sort-arrow">
          {active ? (order.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
