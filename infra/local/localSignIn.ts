/**
 * The local stand-in for Cognito's managed login: the two OAuth 2.0 endpoints the web app uses,
 * authorization code with PKCE (RFC 7636, S256 only), against the local issuer (`localAuth.ts`).
 *
 * - `GET /oauth2/authorize` checks the client and the redirect URI (never redirecting anywhere
 *   else), then shows a page to choose a local identity; with `login_hint=<identity>` it skips the
 *   page, so the printed one-click links sign in at once.
 * - `POST /oauth2/authorize` (the page's form) issues the code for the chosen identity.
 * - `POST /oauth2/token` redeems a code once, within a minute, with the verifier whose SHA-256 is
 *   the code's challenge, for the same access token the local portal prints.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { commonNames } from '#shared/reference/commonNames.js';
import { localIdentities, localIdentity, type LocalIssuer } from './localAuth.js';

export const AUTHORIZE_PATH = '/oauth2/authorize';
export const TOKEN_PATH = '/oauth2/token';
export const LOGOUT_PATH = '/logout';
export const SIGN_IN_STYLESHEET_PATH = '/oauth2/sign-in.css';

/** A code lives this long: the browser redeems it at once. */
const CODE_SECONDS = 60;
/** Tokens from the sign-in page live as long as the printed ones. */
const TOKEN_SECONDS = 12 * 3600;

const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const AuthorizationRequest = z.object({
  response_type: z.literal('code'),
  client_id: z.string().max(200),
  redirect_uri: z.string().max(2000),
  code_challenge: Base64Url.min(43).max(128),
  code_challenge_method: z.literal('S256'),
  state: z.string().max(1000).optional(),
  scope: z.string().max(1000).optional(),
  login_hint: z.string().max(100).optional(),
});
type AuthorizationRequest = z.infer<typeof AuthorizationRequest>;

const TokenRequest = z.object({
  grant_type: z.literal('authorization_code'),
  code: z.string().max(200),
  client_id: z.string().max(200),
  redirect_uri: z.string().max(2000),
  code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
});

export interface SignInAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface IssuedCode {
  identity: string;
  challenge: string;
  clientId: string;
  redirectUri: string;
  expiresAt: number;
}

export class LocalSignIn {
  private readonly codes = new Map<string, IssuedCode>();

  constructor(
    private readonly issuer: LocalIssuer,
    /** The one redirect URI the local web client has (the app's `/signed-in`). */
    private readonly redirectUri: string,
  ) {}

  /** `GET /oauth2/authorize`: the choice of identity, or straight back with a code when `login_hint` names one. */
  authorize(query: URLSearchParams): SignInAnswer {
    const request = this.clientRequest(Object.fromEntries(query));
    if ('status' in request) return request;
    if (request.login_hint && localIdentity(request.login_hint)) return this.redirectWithCode(request, request.login_hint);
    return html(200, signInPage(request));
  }

  /** `POST /oauth2/authorize`: the sign-in page's form, with the chosen `identity`. */
  chooseIdentity(form: URLSearchParams): SignInAnswer {
    const request = this.clientRequest(Object.fromEntries(form));
    if ('status' in request) return request;
    const identity = form.get('identity')?.trim() ?? '';
    if (!localIdentity(identity)) return html(400, signInPage(request, `“${identity}” is not a local identity: choose one from the list.`));
    return this.redirectWithCode(request, identity);
  }

  /** `POST /oauth2/token`: the code, redeemed once, for an access token. */
  async token(form: URLSearchParams): Promise<SignInAnswer> {
    const parsed = TokenRequest.safeParse(Object.fromEntries(form));
    if (!parsed.success) return oauthError('invalid_request', z.prettifyError(parsed.error));
    const request = parsed.data;
    const issued = this.codes.get(request.code);
    // One use only, whatever the outcome (RFC 6749 §4.1.2).
    this.codes.delete(request.code);
    if (!issued || issued.expiresAt < Date.now()) return oauthError('invalid_grant', 'The code is unknown, used or expired.');
    if (issued.clientId !== request.client_id || issued.redirectUri !== request.redirect_uri) return oauthError('invalid_grant', 'The code was issued to another client.');
    const challenge = Buffer.from(createHash('sha256').update(request.code_verifier).digest('base64url'));
    const expected = Buffer.from(issued.challenge);
    if (challenge.length !== expected.length || !timingSafeEqual(challenge, expected)) return oauthError('invalid_grant', 'The code verifier does not match the challenge.');
    const identity = localIdentity(issued.identity)!;
    const accessToken = await this.issuer.issue({ subject: identity.subject, groups: identity.groups, ttlSeconds: TOKEN_SECONDS });
    return json(200, { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_SECONDS });
  }

  /** The request must come from the local web client and return to its own redirect URI; otherwise no redirect at all. */
  private clientRequest(input: Record<string, string>): AuthorizationRequest | SignInAnswer {
    const parsed = AuthorizationRequest.safeParse(input);
    if (!parsed.success) return html(400, errorPage(`This sign-in request is not valid: ${z.prettifyError(parsed.error)}`));
    if (parsed.data.client_id !== this.issuer.clientId) return html(400, errorPage('Unknown client.'));
    if (parsed.data.redirect_uri !== this.redirectUri) return html(400, errorPage('This redirect URI is not registered for the client.'));
    return parsed.data;
  }

  private redirectWithCode(request: AuthorizationRequest, identity: string): SignInAnswer {
    const now = Date.now();
    for (const [code, issued] of this.codes) if (issued.expiresAt < now) this.codes.delete(code);
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { identity, challenge: request.code_challenge, clientId: request.client_id, redirectUri: request.redirect_uri, expiresAt: now + CODE_SECONDS * 1000 });
    const target = new URL(request.redirect_uri);
    target.searchParams.set('code', code);
    if (request.state !== undefined) target.searchParams.set('state', request.state);
    return { status: 302, headers: { location: target.toString(), 'cache-control': 'no-store' }, body: '' };
  }
}

function oauthError(error: string, description: string): SignInAnswer {
  return json(400, { error, error_description: description });
}

function json(status: number, body: unknown): SignInAnswer {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

function html(status: number, body: string): SignInAnswer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · 1540 Committee reporting portal (local)</title>
<link rel="stylesheet" href="${SIGN_IN_STYLESHEET_PATH}"></head>
<body><header><p>1540 Committee reporting portal — local sign-in</p></header>
<main>${content}</main></body></html>`;
}

function errorPage(message: string): string {
  return layout('Sign-in error', `<h1>Sign-in error</h1><p role="alert">${escape(message)}</p>`);
}

/** The choice of identity: one button for the secretariat, a searchable list of the 193 states' users. */
function signInPage(request: AuthorizationRequest, problem?: string): string {
  const hidden = Object.entries(request)
    .filter(([name, value]) => name !== 'login_hint' && value !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(String(value))}">`)
    .join('');
  const options = localIdentities()
    .map((identity) => {
      const iso3 = identity.id.startsWith('state-') ? identity.id.slice(6) : undefined;
      const label = iso3 ? `A user of ${commonNames(iso3).en} (${iso3})` : 'The secretariat of the 1540 Committee';
      return `<option value="${escape(identity.id)}">${escape(label)}</option>`;
    })
    .join('');
  return layout(
    'Sign in',
    `<h1>Sign in</h1>
<p>This portal runs on this machine: choose who to be. Nothing leaves the machine.</p>
${problem ? `<p role="alert" class="problem">${escape(problem)}</p>` : ''}
<form method="post" action="${AUTHORIZE_PATH}">${hidden}
<input type="hidden" name="identity" value="secretariat">
<button type="submit">Sign in as the secretariat</button>
</form>
<form method="post" action="${AUTHORIZE_PATH}">${hidden}
<label for="identity">A member state’s user: type the state’s name or code</label>
<input id="identity" name="identity" list="identities" required autocomplete="off" value="${escape(request.login_hint ?? '')}" aria-describedby="identity-hint">
<p id="identity-hint" class="hint">For example “state-FRA” for a user of France.</p>
<datalist id="identities">${options}</datalist>
<button type="submit">Sign in as this state’s user</button>
</form>`,
  );
}

export const SIGN_IN_STYLESHEET = `body{font-family:system-ui,sans-serif;margin:0;color:#1b1f24;line-height:1.5}
header{padding:.75rem 1.5rem;background:#f2f4f7;border-bottom:1px solid #8a94a3}header p{margin:0;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1rem 1.5rem}form{display:flex;flex-direction:column;gap:.5rem;margin:1.5rem 0;align-items:flex-start}
input,button{font:inherit;padding:.4rem .6rem}input{width:100%;border:1px solid #8a94a3;border-radius:4px}
button{background:#0b4f8a;color:#fff;border:1px solid #0b4f8a;border-radius:4px;cursor:pointer}
:focus-visible{outline:3px solid #b35900;outline-offset:2px}.hint{color:#4a5360;margin:0}.problem{color:#a4161a}`;
