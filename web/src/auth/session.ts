/**
 * Sign-in: OAuth 2.0 authorization code with PKCE, the same code path for Cognito's managed login
 * on AWS and the local portal's sign-in page (only `config.auth`'s URLs differ).
 *
 * 1. `beginSignIn` keeps `state` and the code verifier in sessionStorage (this tab only) and sends
 *    the browser to the authorization endpoint; `login_hint` names the identity when known.
 * 2. The authorization server sends it back to `/signed-in?code&state`; `completeSignIn` checks
 *    `state`, redeems the code with the verifier at the token endpoint, and keeps the access token
 *    in sessionStorage until it expires (closing the tab signs out).
 *
 * The token is verified by the API (API Gateway's JWT authorizer, or the local one); the app only
 * reads its groups to choose the pages it offers.
 */
import * as z from 'zod';
import type { WebConfig } from '../app/config.js';
import { challengeOf, randomToken } from './pkce.js';

const PENDING_KEY = 'portal1540.signIn';
const SESSION_KEY = 'portal1540.session';
const SECRETARIAT_GROUP = 'secretariat';
const STATE_GROUP = /^state-([A-Z]{3})$/;

const PendingSignIn = z.object({ state: z.string(), verifier: z.string(), returnTo: z.string() });
const StoredSession = z.object({ accessToken: z.string(), expiresAt: z.number() });
const TokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().positive().optional(), token_type: z.string().optional() });
const Claims = z.object({ sub: z.string(), 'cognito:groups': z.array(z.string()).optional(), username: z.string().optional(), email: z.string().optional() });

export interface Session {
  accessToken: string;
  expiresAt: number;
  subject: string;
  name: string;
  isSecretariat: boolean;
  /** The member states this user acts for (a state's user: one). */
  states: string[];
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
}

export async function beginSignIn(config: WebConfig, options: { loginHint?: string; returnTo?: string } = {}): Promise<void> {
  const verifier = randomToken(48);
  const state = randomToken(16);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, verifier, returnTo: safeReturn(options.returnTo) }));
  const url = new URL(config.auth.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.auth.clientId,
    redirect_uri: config.auth.redirectUri,
    scope: config.auth.scopes.join(' '),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    ...(options.loginHint && { login_hint: options.loginHint }),
  }).toString();
  window.location.assign(url.toString());
}

/** Redeems the code the authorization server returned; answers where the person was going. */
export async function completeSignIn(config: WebConfig, query: URLSearchParams): Promise<{ session: Session; returnTo: string }> {
  const error = query.get('error');
  if (error) throw new SignInError(query.get('error_description') ?? error);
  const pending = PendingSignIn.safeParse(parseJson(sessionStorage.getItem(PENDING_KEY)));
  sessionStorage.removeItem(PENDING_KEY);
  const code = query.get('code');
  if (!pending.success || !code || query.get('state') !== pending.data.state) throw new SignInError('state');
  const response = await fetch(config.auth.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.auth.clientId,
      code,
      redirect_uri: config.auth.redirectUri,
      code_verifier: pending.data.verifier,
    }),
  });
  if (!response.ok) throw new SignInError(`token endpoint: HTTP ${response.status}`);
  const answer = TokenAnswer.parse(await response.json());
  const stored = { accessToken: answer.access_token, expiresAt: Date.now() + (answer.expires_in ?? 3600) * 1000 };
  const session = sessionOf(stored);
  if (!session) throw new SignInError('token');
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(stored));
  return { session, returnTo: pending.data.returnTo };
}

/** The session of this tab, if it has one that has not expired. */
export function currentSession(): Session | undefined {
  const stored = StoredSession.safeParse(parseJson(sessionStorage.getItem(SESSION_KEY)));
  if (!stored.success || stored.data.expiresAt <= Date.now()) return undefined;
  return sessionOf(stored.data);
}

export function forgetSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Forgets the token and ends the session at the authorization server too, then comes back home. */
export function signOut(config: WebConfig): void {
  forgetSession();
  // Complete as configured (client and return address included), on AWS and locally alike.
  window.location.assign(config.auth.logoutUrl);
}

function sessionOf(stored: z.infer<typeof StoredSession>): Session | undefined {
  const claims = Claims.safeParse(parseJson(decodePayload(stored.accessToken)));
  if (!claims.success) return undefined;
  const groups = claims.data['cognito:groups'] ?? [];
  return {
    ...stored,
    subject: claims.data.sub,
    name: claims.data.username ?? claims.data.sub,
    isSecretariat: groups.includes(SECRETARIAT_GROUP),
    states: groups.flatMap((group) => STATE_GROUP.exec(group)?.[1] ?? []),
  };
}

function decodePayload(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Only a path of this app (never another site) is where sign-in returns to. */
function safeReturn(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
