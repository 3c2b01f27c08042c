/**
 * Who calls: the claims of a token that was verified before the handler runs. The handler never
 * sees an unverified token, in either environment:
 *
 * - On AWS, API Gateway's JWT authorizer (issuer = the Cognito user pool, audience = the app
 *   client) checks signature, issuer, audience and expiry, refuses the request itself if any
 *   fails, and passes the verified claims in `requestContext.authorizer.jwt.claims`. Only that API
 *   may invoke the function (its Lambda permission names the API's ARN), and every route carries
 *   the authorizer, so claims in that place were put there by the authorizer.
 * - Under `npm start` and in the tests, `infra/local/localAdminApi.ts` plays the authorizer: it
 *   verifies the bearer token with jose against the local issuer's keys and builds the same event.
 *
 * Verifying the token a second time here would be a second validator on the same payload; instead
 * the handler fails closed: no claims in that place (a route deployed without the authorizer, an
 * event from elsewhere) is a 401.
 */
import * as z from 'zod';
import { principalFromClaims, type Principal } from '#shared/auth/principal.js';
import { UnauthenticatedError } from '#shared/errors.js';
import type { AnonymousCaller } from './route.js';

const AuthorizedEvent = z.object({
  requestContext: z.object({
    authorizer: z.object({ jwt: z.object({ claims: z.record(z.string(), z.unknown()), scopes: z.array(z.string()).nullish() }) }),
  }),
});

export function principalOfEvent(event: unknown): Principal {
  const parsed = AuthorizedEvent.safeParse(event);
  if (!parsed.success) throw new UnauthenticatedError('A valid bearer token is required.');
  const principal = principalFromClaims(parsed.data.requestContext.authorizer.jwt.claims);
  if (!principal.subject) throw new UnauthenticatedError('The token names no subject.');
  return principal;
}

const SourcedEvent = z.object({ requestContext: z.object({ http: z.object({ sourceIp: z.string().min(1).max(64) }) }) });

/**
 * The caller of a public route: the address API Gateway (or the local API) saw the request come
 * from, which its request limit counts by. An event without one is refused, not counted together.
 */
export function callerOfEvent(event: unknown): AnonymousCaller {
  const parsed = SourcedEvent.safeParse(event);
  if (!parsed.success) throw new UnauthenticatedError('The request names no source address.');
  return { sourceIp: parsed.data.requestContext.http.sourceIp };
}
