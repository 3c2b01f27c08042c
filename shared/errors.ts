/**
 * The failures the portal reports to its users, each kind with a stable `code`. The store and the
 * storage layer turn the SDK's exceptions into these (a failed "attribute_exists" condition is a
 * record that is not there); the admin router answers each code with one HTTP status
 * (`functions/admin/router.ts`). Anything else is a fault, not an answer.
 */
export const ErrorCode = {
  notFound: 'not_found',
  conflict: 'conflict',
  forbidden: 'forbidden',
  unauthenticated: 'unauthenticated',
  invalid: 'invalid',
  rateLimited: 'rate_limited',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class PortalError extends Error {
  abstract readonly code: ErrorCode;
}

/** A record that is not there, or that the caller may not see (answered alike: nothing leaks). */
export class NotFoundError extends PortalError {
  override readonly name = 'NotFoundError';
  readonly code = ErrorCode.notFound;
  /** @param what the record as the user names it: `Deadline retired-one`, `State FRA`. */
  constructor(what: string, options?: ErrorOptions) {
    super(`${what} was not found.`, options);
  }
}

/** The record is there, but in a state that does not allow this. */
export class ConflictError extends PortalError {
  override readonly name = 'ConflictError';
  readonly code = ErrorCode.conflict;
}

/** The caller is known but may not do this. */
export class ForbiddenError extends PortalError {
  override readonly name = 'ForbiddenError';
  readonly code = ErrorCode.forbidden;
}

/** The caller is not known: no verified token. */
export class UnauthenticatedError extends PortalError {
  override readonly name = 'UnauthenticatedError';
  readonly code = ErrorCode.unauthenticated;
}

/** The request asks for something that cannot be: the message says what to change. */
export class InvalidRequestError extends PortalError {
  override readonly name = 'InvalidRequestError';
  readonly code = ErrorCode.invalid;
}

/** The caller has used up what it may ask of this route for now; `retryAfterSeconds` says when to ask again. */
export class TooManyRequestsError extends PortalError {
  override readonly name = 'TooManyRequestsError';
  readonly code = ErrorCode.rateLimited;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
