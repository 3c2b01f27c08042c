/**
 * Authorization rules of the admin API, on top of the verified principal. Errors are the portal's
 * own (`shared/errors.ts`), turned into JSON answers by the router.
 */
import { actsFor, type Principal } from '#shared/auth/principal.js';
import { ForbiddenError } from '#shared/errors.js';

export function requireSecretariat(principal: Principal): void {
  if (!principal.isSecretariat) throw new ForbiddenError('This needs the secretariat group.');
}

/** A state's user may act for its own state only; the secretariat for every state. */
export function requireActsFor(principal: Principal, iso3: string): void {
  if (!actsFor(principal, iso3)) throw new ForbiddenError(`This token may not act for ${iso3}.`);
}
