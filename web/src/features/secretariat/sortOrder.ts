/** How a table is sorted: by which column, which way. */
export interface SortOrder<K extends string> {
  key: K;
  descending: boolean;
}
