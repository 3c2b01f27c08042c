/**
 * How an admin route is declared: method, path, who may call it, zod schemas for its path, query
 * and body and for its answer, and a plain function. The router (`router.ts`) registers these with
 * the Powertools HTTP router and validates with the same schemas; `openapi.ts` documents them.
 */
import type * as z from 'zod';
import type { Principal } from '#shared/auth/principal.js';
import type { StoreContext } from '#shared/store/table.js';
import type { ObjectSigner } from './objectSigner.js';
import { isPublicPath } from './publicPaths.js';

export interface AdminDependencies {
  store: StoreContext;
  /** Upload forms and download links for objects of `bucketName`. */
  signer: ObjectSigner;
  bucketName: string;
  /**
   * Upload grants: largest file, grant lifetime, and where clients POST the form: the bucket's own
   * endpoint on AWS (no override); the local portal's checking upload path under `npm start`.
   */
  uploads: { maxBytes: number; grantSeconds: number; postUrl?: string };
  /** The planner's setting for the reminder preview: how many days late a missed step is still sent. */
  reminders: { catchUpDays: number };
  /** Lifetime of a download link to a submission's original file. */
  downloadLinkSeconds: number;
  now: () => Date;
}

/**
 * `secretariat`: the secretariat group only. `authenticated`: any verified caller; the route checks
 * the state itself. `public`: anyone, no sign-in (paths under `/public/` and the calendar feed only,
 * see `publicPaths.ts`); such a route knows no principal, only where the request came from.
 */
export type Access = 'secretariat' | 'authenticated' | 'public';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestSchemas {
  path?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}
type Parsed<S extends RequestSchemas, K extends keyof RequestSchemas> = S[K] extends z.ZodType ? z.output<S[K]> : undefined;

export interface RouteInput<P = unknown, Q = unknown, B = unknown> {
  deps: AdminDependencies;
  principal: Principal;
  path: P;
  query: Q;
  body: B;
}

/** The caller of a public route: nobody signed in, only the address the request came from (its request limit is counted by it). */
export interface AnonymousCaller {
  sourceIp: string;
}

export interface PublicRouteInput<P = unknown, Q = unknown, B = unknown> {
  deps: AdminDependencies;
  caller: AnonymousCaller;
  path: P;
  query: Q;
  body: B;
}

/** A route answers JSON (the default), or a Response of its own (CSV, 204). */
export type RouteResult = unknown;

interface RouteDeclaration {
  method: HttpMethod;
  /** OpenAPI style: `/states/{iso3}`. */
  path: `/${string}`;
  summary: string;
  request: RequestSchemas;
  response: { status: number; body?: z.ZodType; contentType?: string; description: string };
}

export interface SignedInRoute extends RouteDeclaration {
  access: 'secretariat' | 'authenticated';
  /** A costly route: at most this many requests a minute per caller (429 beyond, with Retry-After). */
  limit?: { perMinute: number };
  run(input: RouteInput): Promise<RouteResult>;
}

export interface PublicRoute extends RouteDeclaration {
  access: 'public';
  /** Every public route is limited, per source address: anyone may call it. */
  limit: { perMinute: number };
  run(input: PublicRouteInput): Promise<RouteResult>;
}

export type AdminRoute = SignedInRoute | PublicRoute;

export function defineRoute<S extends RequestSchemas>(
  route: Omit<SignedInRoute, 'request' | 'run'> & {
    request: S;
    run(input: RouteInput<Parsed<S, 'path'>, Parsed<S, 'query'>, Parsed<S, 'body'>>): Promise<RouteResult>;
  },
): AdminRoute {
  // On AWS a public path has no authorizer in front of it: a signed-in route there would be refused
  // by the handler (no claims), never served unchecked; declaring one is a mistake to catch early.
  if (isPublicPath(route.path)) throw new Error(`${route.path} is a public path: declare it with definePublicRoute`);
  return route as AdminRoute;
}

/** A route anyone may call, under `/public/` (or the calendar feed), limited per source address. */
export function definePublicRoute<S extends RequestSchemas>(
  route: Omit<PublicRoute, 'request' | 'run' | 'access'> & {
    request: S;
    run(input: PublicRouteInput<Parsed<S, 'path'>, Parsed<S, 'query'>, Parsed<S, 'body'>>): Promise<RouteResult>;
  },
): AdminRoute {
  if (!isPublicPath(route.path)) throw new Error(`${route.path} is not a public path (see publicPaths.ts): the API would ask a token for it`);
  // The gateways open public paths to GET only (infra/constructs/adminApi.ts).
  if (route.method !== 'GET') throw new Error(`${route.method} ${route.path}: public routes only read (GET)`);
  return { ...route, access: 'public' } as AdminRoute;
}
