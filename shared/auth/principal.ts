/**
 * Who is calling the admin API, as the verified token's claims say. Two kinds of group exist
 * (Cognito user-pool groups on AWS, the same names in the local issuer's tokens):
 *
 * - `secretariat`: reads and administers everything;
 * - `state-<ISO3>`: a state's own users; may ask for upload grants into its own place and read its
 *   own submissions, nothing else.
 */
import { isMemberState } from '../reference/memberStates.js';

export const SECRETARIAT_GROUP = 'secretariat';
export const STATE_GROUP_PREFIX = 'state-';
export const stateGroup = (iso3: string) => `${STATE_GROUP_PREFIX}${iso3}`;

/** Cognito puts a user's groups in this claim, in ID and access tokens alike. */
export const GROUPS_CLAIM = 'cognito:groups';

export interface Principal {
  subject: string;
  groups: string[];
  isSecretariat: boolean;
  /** The member states whose group the caller belongs to (usually one, for a state user). */
  states: string[];
  /**
   * The caller's own address, when the token carries a verified one: Cognito ID tokens have the
   * `email` claim, access tokens do not. Personal data: never logged.
   */
  email?: string;
}

/**
 * The principal of a set of claims that something has already verified (see `requestClaims.ts`).
 * API Gateway's JWT authorizer hands array claims to the Lambda flattened into one string,
 * `"[secretariat state-FRA]"`; a claims object built from the token itself has a real array. Both
 * are read the same way.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const groups = groupList(claims[GROUPS_CLAIM]);
  const states = groups
    .filter((g) => g.startsWith(STATE_GROUP_PREFIX))
    .map((g) => g.slice(STATE_GROUP_PREFIX.length))
    .filter((iso3) => /^[A-Z]{3}$/.test(iso3) && isMemberState(iso3));
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const email = verifiedEmail(claims);
  return { subject, groups, isSecretariat: groups.includes(SECRETARIAT_GROUP), states, ...(email && { email }) };
}

/**
 * The address only if the issuer says the user proved it (`email_verified`): API Gateway passes that
 * claim as the string "true", a token read here directly has the boolean.
 */
function verifiedEmail(claims: Record<string, unknown>): string | undefined {
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  return typeof claims.email === 'string' && claims.email !== '' && verified ? claims.email : undefined;
}

function groupList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
}

/** May this caller act for this state (read its submissions, upload into its place)? */
export function actsFor(principal: Principal, iso3: string): boolean {
  return principal.isSecretariat || principal.states.includes(iso3);
}
