/**
 * Authorization rules of the admin API, on top of the verified principal. Errors are the
 * Powertools HTTP errors, turned into JSON answers by the router.
 */
import { ForbiddenError, HttpError, HttpStatusCodes, NotFoundError } from '@aws-lambda-powertools/event-handler/http';
import { actsFor, type Principal } from '#shared/auth/principal.js';

export function requireSecretariat(principal: Principal): void {
  if (!principal.isSecretariat) throw new ForbiddenError('This needs the secretariat group.');
}

/** A state's user may act for its own state only; the secretariat for every state. */
export function requireActsFor(principal: Principal, iso3: string): void {
  if (!actsFor(principal, iso3)) throw new ForbiddenError(`This token may not act for ${iso3}.`);
}

/**
 * A record the caller may not see is answered as absent: a state's user learns nothing about
 * another state's submissions, not even that they exist.
 */
export function notFound(what: string): NotFoundError {
  return new NotFoundError(`${what} was not found.`);
}

export class ConflictError extends HttpError {
  readonly statusCode = HttpStatusCodes.CONFLICT;
  readonly errorType = 'ConflictError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConflictError';
  }
}
