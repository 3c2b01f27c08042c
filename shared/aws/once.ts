/**
 * Defers start-up work a function may not need on every run (a data file parsed on first use, a
 * module loaded on first use): the first call builds the value, later calls return it.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
