/**
 * Costly routes serve each caller a bounded number of requests a minute, so that one token cannot
 * starve the others: the eleventh upload grant of a minute is a 429 with Retry-After, for that
 * caller only; the count is kept in the table, so every copy of the admin function sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeRequest } from '../../../shared/store/callerRequests.js';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
beforeAll(async () => {
  h = await startAdminHarness();
});
afterAll(() => h.dispose());

const grant = (token: string) => h.call('/uploads', { token, method: 'POST', body: { fileName: 'report.pdf' } });

describe('a costly route', () => {
  it("answers 429 with Retry-After past a caller's limit, and still serves another caller", { timeout: 60_000 }, async () => {
    const busy = await h.tokenFor(['state-FRA'], 'busy-user');
    const other = await h.tokenFor(['state-FRA'], 'other-user');
    // The API counts by the clock's minute: start early in one, so that the twelve calls share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await grant(busy)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    const refused = await grant(busy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ statusCode: 429, error: 'TooManyRequestsError', message: expect.stringContaining('POST /uploads') });
    expect((await grant(other)).status).toBe(201);
  });

  it('counts in windows of a minute: the next minute serves the caller again', async () => {
    const at = (iso: string) => new Date(iso);
    const take = (iso: string) => takeRequest(h.portal.store, 'window-user', 'GET /export/matrix.csv', 2, at(iso));
    expect(await take('2026-12-02T10:00:05Z')).toEqual({ taken: true });
    expect(await take('2026-12-02T10:00:30Z')).toEqual({ taken: true });
    expect(await take('2026-12-02T10:00:45Z')).toEqual({ taken: false, retryAfterSeconds: 15 });
    expect(await take('2026-12-02T10:01:00Z')).toEqual({ taken: true });
  });

  it('counts requests made at the same moment exactly', async () => {
    const now = new Date('2026-12-02T11:00:00Z');
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => takeRequest(h.portal.store, 'racing-user', 'POST /uploads', 5, now)));
    expect(outcomes.filter((o) => o.taken)).toHaveLength(5);
  });
});
