import { describe, expect, it } from 'vitest';
import { filledPage, type Page } from '#shared/store/table.js';

/** A store of 0..n-1 read in key order, with a cursor that is the next index, as a query pages. */
function store(n: number) {
  const reads: number[] = [];
  const read = async ({ limit, cursor }: { limit: number; cursor?: string }): Promise<Page<number>> => {
    reads.push(limit);
    const start = cursor ? Number(cursor) : 0;
    const items = Array.from({ length: Math.max(0, Math.min(limit, n - start)) }, (_, i) => start + i);
    const next = start + items.length;
    return { items, cursor: next < n ? String(next) : undefined };
  };
  return { read, reads };
}

describe('filledPage', () => {
  it('fills a page with kept items across reads, asking only for what is missing, with an exact cursor', async () => {
    const { read, reads } = store(20);
    const multipleOfFive = (x: number) => x % 5 === 0;
    const first = await filledPage(read, multipleOfFive, { limit: 3 });
    expect(first.items).toEqual([0, 5, 10]);
    expect(reads.every((limit) => limit <= 3)).toBe(true);
    const second = await filledPage(read, multipleOfFive, { limit: 3, cursor: first.cursor });
    expect(second).toEqual({ items: [15], cursor: undefined });
  });

  it('returns a short page only at the end of the store', async () => {
    const { read } = store(4);
    expect(await filledPage(read, () => false, { limit: 2 })).toEqual({ items: [], cursor: undefined });
    expect(await filledPage(read, () => true, { limit: 2 })).toEqual({ items: [0, 1], cursor: '2' });
  });
});
