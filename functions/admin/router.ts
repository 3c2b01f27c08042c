/**
 * The admin API's router: the Powertools HTTP router (API Gateway HTTP API v2 events), one
 * middleware that establishes the caller, one registration per declared route with its zod
 * schemas, and one error handler that answers every failure as JSON.
 */
import {
  HttpError,
  HttpStatusCodes,
  RequestValidationError,
  Router,
} from '@aws-lambda-powertools/event-handler/http';
import type { Middleware, RequestContext } from '@aws-lambda-powertools/event-handler/types';
import * as z from 'zod';
import type { Principal } from '#shared/auth/principal.js';
import { ErrorCode, PortalError, TooManyRequestsError } from '#shared/errors.js';
import { logger } from '#shared/lambda/powertools.js';
import { takeRequest } from '#shared/store/callerRequests.js';
import { requireSecretariat } from './access.js';
import { callerOfEvent, principalOfEvent } from './authentication.js';
import type { AdminDependencies, AdminRoute, AnonymousCaller } from './route.js';

type AdminEnv = { store: { request: { principal: Principal; caller: AnonymousCaller } } };

/** `/states/{iso3}` (OpenAPI) → `/states/:iso3` (router). */
export const routerPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1') as `/${string}`;

export function createAdminRouter(deps: AdminDependencies, routes: readonly AdminRoute[]): Router<AdminEnv> {
  const router = new Router<AdminEnv>({ logger });
  for (const route of routes) {
    // Who calls is established per route: a signed-in route fails closed without verified claims
    // (see authentication.ts); a public route has no principal at all, only a source address.
    const access: Middleware<AdminEnv> = async ({ reqCtx, next }) => {
      if (route.access === 'public') {
        const caller = callerOfEvent(reqCtx.event);
        reqCtx.set('caller', caller);
        await takeCallersRequest(deps, anonymousCallerId(caller), route, route.limit.perMinute);
      } else {
        const principal = principalOfEvent(reqCtx.event);
        reqCtx.set('principal', principal);
        if (route.access === 'secretariat') requireSecretariat(principal);
        if (route.limit) await takeCallersRequest(deps, principal.subject, route, route.limit.perMinute);
      }
      await next();
    };
    const { path, query = z.object({}), body } = route.request;
    const validation = { req: { query, ...(path && { path }), ...(body && { body }) } };
    router.route(
      async (reqCtx: RequestContext<AdminEnv> & { valid?: { req?: Record<string, unknown> } }) => {
        const valid = reqCtx.valid?.req ?? {};
        const parsed = { deps, path: valid.path, query: valid.query, body: valid.body };
        const result =
          route.access === 'public'
            ? await route.run({ ...parsed, caller: established(reqCtx.get('caller')) })
            : await route.run({ ...parsed, principal: established(reqCtx.get('principal')) });
        return result instanceof Response ? result : Response.json(result ?? null, { status: route.response.status });
      },
      {
        method: route.method,
        path: routerPath(route.path),
        middleware: [access as Middleware],
        // The schemas are declared per route (see route.ts); the router's typed overload would
        // want them as literal types here, which a table of routes cannot give.
        validation: validation as never,
      },
    );
  }
  router.errorHandler(Error, async (error) => errorResponse(error));
  return router;
}

/**
 * A costly route (an upload grant, an export) serves each caller at most `perMinute` times a
 * minute, so that one token cannot starve the others (API Gateway's throttle is for the API as a
 * whole). Counted after the access check: a refused caller uses nothing up.
 */
async function takeCallersRequest(deps: AdminDependencies, callerId: string, route: AdminRoute, perMinute: number): Promise<void> {
  const routeName = `${route.method} ${route.path}`;
  const taken = await takeRequest(deps.store, callerId, routeName, perMinute, deps.now());
  if (!taken.taken) {
    throw new TooManyRequestsError(
      `At most ${perMinute} requests a minute to ${routeName} per caller: ask again in ${taken.retryAfterSeconds} s.`,
      taken.retryAfterSeconds,
    );
  }
}

/**
 * A public route's callers are counted by source address, under a name no token's subject takes
 * (Cognito subjects are UUIDs): one address cannot use up another's requests, nor a user's.
 */
const anonymousCallerId = (caller: AnonymousCaller) => `address:${caller.sourceIp}`;

function established<T>(value: T | undefined): T {
  if (!value) throw new Error('the access middleware did not run');
  return value;
}

/**
 * The one place an error becomes an HTTP answer: the status of each kind of portal error, and the
 * `error` name clients read in the body.
 */
const ANSWERS: Record<ErrorCode, { statusCode: number; error: string }> = {
  [ErrorCode.invalid]: { statusCode: HttpStatusCodes.BAD_REQUEST, error: 'BadRequestError' },
  [ErrorCode.unauthenticated]: { statusCode: HttpStatusCodes.UNAUTHORIZED, error: 'UnauthorizedError' },
  [ErrorCode.forbidden]: { statusCode: HttpStatusCodes.FORBIDDEN, error: 'ForbiddenError' },
  [ErrorCode.notFound]: { statusCode: HttpStatusCodes.NOT_FOUND, error: 'NotFoundError' },
  [ErrorCode.conflict]: { statusCode: HttpStatusCodes.CONFLICT, error: 'ConflictError' },
  [ErrorCode.rateLimited]: { statusCode: HttpStatusCodes.TOO_MANY_REQUESTS, error: 'TooManyRequestsError' },
};

/**
 * Every failure as `{ statusCode, error, message, details? }`: a portal error by its code, a
 * request that fails its schemas as 422 naming each field in its message, the router's own answers
 * (no such route, method) as it phrases them, and anything else as a 500 that tells nothing.
 */
export function errorResponse(error: Error): Response {
  if (error instanceof PortalError) {
    const { statusCode, error: errorType } = ANSWERS[error.code];
    const answer = json(statusCode, errorType, error.message);
    if (error instanceof TooManyRequestsError) answer.headers.set('retry-after', String(error.retryAfterSeconds));
    return answer;
  }
  if (error instanceof RequestValidationError) {
    const issues = ((error.details?.issues ?? []) as Array<{ path?: PropertyKey[]; message: string }>).map((i) => ({
      path: (i.path ?? []).map(String).join('.'),
      message: i.message,
    }));
    const message = issues.length > 0 ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : 'body: not valid JSON';
    return json(422, 'RequestValidationError', message, { issues });
  }
  if (error instanceof HttpError) return json(error.statusCode, error.errorType, error.message);
  logger.error('admin request failed', { error });
  return json(500, 'InternalServerError', 'Internal Server Error');
}

function json(statusCode: number, errorType: string, message: string, details?: Record<string, unknown>): Response {
  return Response.json({ statusCode, error: errorType, message, ...(details && { details }) }, { status: statusCode });
}
