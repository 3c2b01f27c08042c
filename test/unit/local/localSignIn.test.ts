/**
 * The local sign-in speaks OAuth 2.0 authorization code with PKCE as Cognito's managed login does
 * for the web app: a code only for the registered client and redirect URI, redeemed once, with the
 * verifier of its challenge, for a token of the chosen identity that the local issuer verifies.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CLIENT_ID, openLocalIssuer, type LocalIssuer } from '../../../infra/local/localAuth.js';
import { LocalSignIn } from '../../../infra/local/localSignIn.js';

const REDIRECT = 'http://127.0.0.1:5555/signed-in';
let home: string;
let issuer: LocalIssuer;
let signIn: LocalSignIn;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-signin-'));
  issuer = await openLocalIssuer(home);
  signIn = new LocalSignIn(issuer, REDIRECT);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorization(challenge: string, extra: Record<string, string> = {}) {
  return new URLSearchParams({
    response_type: 'code',
    client_id: LOCAL_CLIENT_ID,
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'state-123',
    ...extra,
  });
}

function codeOf(location: string | undefined): string {
  const url = new URL(location ?? '');
  expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
  expect(url.searchParams.get('state')).toBe('state-123');
  return url.searchParams.get('code') ?? '';
}

const tokenRequest = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  new URLSearchParams({ grant_type: 'authorization_code', code, client_id: LOCAL_CLIENT_ID, redirect_uri: REDIRECT, code_verifier: verifier, ...extra });

describe('the local sign-in', () => {
  it('shows a page to choose an identity, listing the secretariat and every member state', () => {
    const page = signIn.authorize(authorization(pkce().challenge));
    expect(page.status).toBe(200);
    expect(page.body).toContain('Sign in as the secretariat');
    expect(page.body.match(/<option value="state-[A-Z]{3}"/g)).toHaveLength(193);
    expect(page.body).toContain('<label for="identity">');
  });

  it('with login_hint redirects at once with a code that the verifier redeems for that identity’s token', async () => {
    const { verifier, challenge } = pkce();
    const answer = signIn.authorize(authorization(challenge, { login_hint: 'state-FRA' }));
    expect(answer.status).toBe(302);
    const token = await signIn.token(tokenRequest(codeOf(answer.headers.location), verifier));
    expect(token.status).toBe(200);
    const claims = await issuer.verify((JSON.parse(token.body) as { access_token: string }).access_token);
    expect(claims).toMatchObject({ sub: 'local-fra', 'cognito:groups': ['state-FRA'] });
  });

  it('issues the code for the identity chosen on the page', async () => {
    const { verifier, challenge } = pkce();
    const form = authorization(challenge);
    form.set('identity', 'secretariat');
    const answer = signIn.chooseIdentity(form);
    const token = await signIn.token(tokenRequest(codeOf(answer.headers.location), verifier));
    expect(await issuer.verify((JSON.parse(token.body) as { access_token: string }).access_token)).toMatchObject({ 'cognito:groups': ['secretariat'] });
  });

  it('refuses a code redeemed with another verifier, and the code is spent by the attempt', async () => {
    const { verifier, challenge } = pkce();
    const code = codeOf(signIn.authorize(authorization(challenge, { login_hint: 'state-FRA' })).headers.location);
    const wrong = await signIn.token(tokenRequest(code, pkce().verifier));
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: 'invalid_grant' });
    expect((await signIn.token(tokenRequest(code, verifier))).status).toBe(400);
  });

  it('redeems a code once only', async () => {
    const { verifier, challenge } = pkce();
    const code = codeOf(signIn.authorize(authorization(challenge, { login_hint: 'secretariat' })).headers.location);
    expect((await signIn.token(tokenRequest(code, verifier))).status).toBe(200);
    expect((await signIn.token(tokenRequest(code, verifier))).status).toBe(400);
  });

  it('never redirects to an unregistered URI, nor without a S256 challenge', () => {
    const { challenge } = pkce();
    const elsewhere = signIn.authorize(authorization(challenge, { redirect_uri: 'https://attacker.example/cb', login_hint: 'secretariat' }));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.headers.location).toBeUndefined();
    expect(signIn.authorize(authorization(challenge, { code_challenge_method: 'plain', login_hint: 'secretariat' })).status).toBe(400);
    expect(signIn.authorize(authorization(challenge, { client_id: 'another-client', login_hint: 'secretariat' })).status).toBe(400);
  });

  it('refuses an identity that is not a local one', () => {
    const form = authorization(pkce().challenge);
    form.set('identity', 'state-XXX');
    const answer = signIn.chooseIdentity(form);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('role="alert"');
  });
});
