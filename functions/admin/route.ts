/**
 * How an admin route is declared: method, path, who may call it, zod schemas for its path, query
 * and body and for its answer, and a plain function. The router (`router.ts`) registers these with
 * the Powertools HTTP router and validates with the same schemas; `openapi.ts` documents them.
 */
import type * as z from 'zod';
import type { Principal } from '#shared/auth/principal.js';
import type { StoreContext } from '#shared/store/table.js';
import type { ObjectSigner } from './objectSigner.js';

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

/** `secretariat`: the secretariat group only. `authenticated`: any verified caller; the route checks the state itself. */
export type Access = 'secretariat' | 'authenticated';
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

/** A route answers JSON (the default), or a Response of its own (CSV, 204). */
export type RouteResult = unknown;

export interface AdminRoute {
  method: HttpMethod;
  /** OpenAPI style: `/states/{iso3}`. */
  path: `/${string}`;
  summary: string;
  access: Access;
  request: RequestSchemas;
  response: { status: number; body?: z.ZodType; contentType?: string; description: string };
  /** A costly route: at most this many requests a minute per caller (429 beyond, with Retry-After). */
  limit?: { perMinute: number };
  run(input: RouteInput): Promise<RouteResult>;
}

export function defineRoute<S extends RequestSchemas>(
  route: Omit<AdminRoute, 'request' | 'run'> & {
    request: S;
    run(input: RouteInput<Parsed<S, 'path'>, Parsed<S, 'query'>, Parsed<S, 'body'>>): Promise<RouteResult>;
  },
): AdminRoute {
  return route as AdminRoute;
}
