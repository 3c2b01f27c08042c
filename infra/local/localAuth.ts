/**
 * The local stand-in for the Cognito user pool: an issuer with its own RSA key, kept under the
 * portal home (`<home>/auth/issuer-key.json`, readable by the owner only; never in the repository),
 * that signs access tokens shaped like Cognito's (`cognito:groups`, `client_id`, `token_use`) and
 * publishes its public keys as a JWKS, as a user pool does at `/.well-known/jwks.json`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { verifyAccessToken } from '#shared/auth/accessTokens.js';
import { GROUPS_CLAIM, SECRETARIAT_GROUP, STATE_GROUP_PREFIX, stateGroup } from '#shared/auth/principal.js';
import { MEMBER_STATES } from '#shared/reference/memberStates.js';

export const LOCAL_ISSUER = 'urn:portal1540:local-issuer';
export const LOCAL_CLIENT_ID = 'portal1540-local';
const ALGORITHM = 'RS256';

export interface LocalIssuer {
  issuer: string;
  clientId: string;
  jwks: JSONWebKeySet;
  /** A token for a user; each local identity has its own address (by default derived from the subject). */
  issue(user: { subject: string; groups: string[]; email?: string; ttlSeconds?: number }): Promise<string>;
  /** Verifies a token as API Gateway's JWT authorizer would (signature, issuer, client id, expiry). */
  verify(token: string): Promise<JWTPayload>;
}

/** Loads the issuer's key from the portal home, creating it on first use. */
export async function openLocalIssuer(home: string): Promise<LocalIssuer> {
  const keyFile = join(home, 'auth', 'issuer-key.json');
  let privateJwk: JWK;
  if (existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM, use: 'sig' };
    mkdirSync(join(home, 'auth'), { recursive: true, mode: 0o700 });
    writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d, p, q, dp, dq, qi, ...publicJwk } = privateJwk;
  const signingKey = await importJWK(privateJwk, ALGORITHM);
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const keys = createLocalJWKSet(jwks);
  return {
    issuer: LOCAL_ISSUER,
    clientId: LOCAL_CLIENT_ID,
    jwks,
    // Cognito's access tokens carry no address; the local tokens carry the `email` claims of its ID
    // tokens as well, so that receipts reach the local uploader as they do with an ID token on AWS.
    issue: ({ subject, groups, email = localAddress(subject), ttlSeconds = 12 * 3600 }) =>
      new SignJWT({
        [GROUPS_CLAIM]: groups, client_id: LOCAL_CLIENT_ID, token_use: 'access', scope: 'aws.cognito.signin.user.admin', username: subject,
        email, email_verified: true,
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: publicJwk.kid })
        .setIssuer(LOCAL_ISSUER)
        .setSubject(subject)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(signingKey),
    verify: (token) => verifyAccessToken(token, { issuer: LOCAL_ISSUER, audiences: [LOCAL_CLIENT_ID], keys }),
  };
}

/** A local user's address: the local SES keeps what it is sent, nothing leaves the machine. */
export const localAddress = (subject: string) => `${subject}@users.portal1540.example`;

/**
 * The local identities one may sign in as: the secretariat, or a user of any member state, named by
 * their group (`secretariat`, `state-FRA`), which is also what the local sign-in page and its
 * `login_hint` take.
 */
export interface LocalIdentity {
  id: string;
  subject: string;
  groups: string[];
}

export function localIdentity(id: string): LocalIdentity | undefined {
  if (id === SECRETARIAT_GROUP) return { id, subject: 'local-secretariat', groups: [SECRETARIAT_GROUP] };
  const iso3 = id.startsWith(STATE_GROUP_PREFIX) ? id.slice(STATE_GROUP_PREFIX.length) : '';
  if (!MEMBER_STATES.some((s) => s.iso3 === iso3)) return undefined;
  return { id, subject: `local-${iso3.toLowerCase()}`, groups: [stateGroup(iso3)] };
}

export function localIdentities(): LocalIdentity[] {
  return [SECRETARIAT_GROUP, ...MEMBER_STATES.map((s) => stateGroup(s.iso3))].map((id) => localIdentity(id)!);
}

/** The two identities `npm start` offers at once: the secretariat and a state's user. */
export const demoIdentities = (state: string) => [SECRETARIAT_GROUP, stateGroup(state)];

/** The two tokens `npm start` prints: one for the secretariat, one for a state's user. */
export async function demoTokens(issuer: LocalIssuer, state: string): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const id of demoIdentities(state)) {
    const identity = localIdentity(id);
    if (identity) tokens[id] = await issuer.issue(identity);
  }
  return tokens;
}
