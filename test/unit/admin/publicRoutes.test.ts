/**
 * The public routes and the gateways agree on one rule (`publicPaths.ts`): a route is public exactly
 * when its path is public, and public routes only read; every public route is limited per address.
 */
import { describe, expect, it } from 'vitest';
import { isPublicPath } from '../../../functions/admin/publicPaths.js';
import { definePublicRoute, defineRoute } from '../../../functions/admin/route.js';
import { ADMIN_ROUTES } from '../../../functions/admin/routes/index.js';

const run = async () => null;

describe('public routes', () => {
  it('are exactly the routes on public paths, GET only, each with a limit per address', () => {
    const publicRoutes = ADMIN_ROUTES.filter((route) => route.access === 'public');
    expect(publicRoutes.map((route) => route.path).sort()).toEqual(
      ['/calendar.ics', '/public/calendar', '/public/matrix', '/public/reports', '/public/reports/{id}/download', '/public/states'],
    );
    for (const route of ADMIN_ROUTES) expect(isPublicPath(route.path), route.path).toBe(route.access === 'public');
    for (const route of publicRoutes) {
      expect(route.method).toBe('GET');
      expect(route.limit?.perMinute).toBeGreaterThan(0);
    }
  });

  it('cannot be declared on a path the gateways protect, nor a signed-in route on a public path, nor a public write', () => {
    const response = { status: 200, description: 'x' };
    expect(() => definePublicRoute({ method: 'GET', path: '/states', summary: 'x', limit: { perMinute: 1 }, request: {}, response, run })).toThrow(/not a public path/);
    expect(() => definePublicRoute({ method: 'POST', path: '/public/x', summary: 'x', limit: { perMinute: 1 }, request: {}, response, run })).toThrow(/only read/);
    expect(() => defineRoute({ method: 'GET', path: '/public/x', access: 'authenticated', summary: 'x', request: {}, response, run })).toThrow(/definePublicRoute/);
  });
});
