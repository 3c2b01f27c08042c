/**
 * The local admin API answers browsers of the origins it is given (a web app served from another
 * port), as API Gateway's CORS configuration does on AWS: preflights before any token check, the
 * origin named on every answer, and nothing for other origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

const WEB = 'http://127.0.0.1:5173';
let h: AdminHarness;
beforeAll(async () => {
  h = await startAdminHarness({ corsOrigins: [WEB] });
});
afterAll(() => h.dispose());

const preflight = (origin: string, path = '/states/FRA/submissions') =>
  fetch(`${h.api.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });

describe('CORS on the local admin API', () => {
  it('answers the preflight of an allowed origin without a token', async () => {
    const response = await preflight(WEB);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
  });

  it('names the allowed origin on answers, errors included, and lets the browser read Retry-After', async () => {
    const signedIn = await h.call('/states?status=reported', { headers: { origin: WEB } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('access-control-allow-origin')).toBe(WEB);
    expect(signedIn.headers.get('access-control-expose-headers')).toContain('retry-after');
    const refused = await h.call('/states?status=reported', { token: null, headers: { origin: WEB } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(WEB);
  });

  it('gives another origin no CORS header, on the preflight or the answer', async () => {
    const response = await preflight('http://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBeNull();
    const answer = await h.call('/public/states', { token: null, headers: { origin: 'http://evil.example' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('without allowed origins (the default)', () => {
  it('names no origin', async () => {
    const plain = await startAdminHarness();
    try {
      const response = await plain.call('/public/states', { token: null, headers: { origin: WEB } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.dispose();
    }
  });
});
