/**
 * The web portal on localhost, on a port of its own: the built app (`web/dist`, any unknown path
 * answered with `index.html`, as CloudFront's error responses do on AWS), its run-time
 * `/config.json`, and the local sign-in endpoints (`localSignIn.ts`). Every answer carries the
 * content security policy CloudFront sends, so a page that needs an inline script or style fails
 * here first.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { WEB_SCOPES, type WebConfig } from '#shared/portal/webConfig.js';
import { freePort } from './freePort.js';
import type { LocalIssuer } from './localAuth.js';
import { AUTHORIZE_PATH, LocalSignIn, LOGOUT_PATH, SIGN_IN_STYLESHEET, SIGN_IN_STYLESHEET_PATH, TOKEN_PATH, type SignInAnswer } from './localSignIn.js';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** The public pages' place in the app (no sign-in). */
export const PUBLIC_PATH = '/public';

export interface LocalWebOptions {
  issuer: LocalIssuer;
  apiUrl: string;
  calendarUrl: string;
  /** Default: a free port; the local portal picks it first, so that the admin API may allow the origin. */
  port?: number;
  /** Default: the repository's `web/dist`. */
  root?: string;
}

export interface LocalWeb {
  url: string;
  config: WebConfig;
  stop(): Promise<void>;
}

/** A local identity's one-click sign-in link: the app turns it into the authorization request with `login_hint`. */
export const webSignInLink = (webUrl: string, identity: string) => `${webUrl}/sign-in?as=${encodeURIComponent(identity)}`;

export async function startLocalWeb(options: LocalWebOptions): Promise<LocalWeb> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const config: WebConfig = {
    apiUrl: options.apiUrl,
    auth: {
      kind: 'local',
      authorizeUrl: `${url}${AUTHORIZE_PATH}`,
      tokenUrl: `${url}${TOKEN_PATH}`,
      // Complete, as CloudFront's config is: the app navigates to it as it is.
      logoutUrl: `${url}${LOGOUT_PATH}?${new URLSearchParams({ client_id: options.issuer.clientId, logout_uri: `${url}/` })}`,
      clientId: options.issuer.clientId,
      redirectUri: `${url}/signed-in`,
      // The scopes Cognito's web client asks for; the local issuer ignores them.
      scopes: [...WEB_SCOPES],
    },
    calendarUrl: options.calendarUrl,
  };
  const signIn = new LocalSignIn(options.issuer, config.auth.redirectUri);
  const root = options.root ?? WEB_DIST;
  // Found on first use: `npm run build:web` while the portal runs needs no restart.
  let app: ReturnType<typeof sirv> | undefined;
  const builtApp = () => (app ??= existsSync(`${root}/index.html`) ? sirv(root, { single: true, etag: true }) : undefined);
  const securityHeaders = headersFor(new URL(options.apiUrl).origin);

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    const method = request.method ?? 'GET';
    if (method === 'GET' && target.pathname === '/config.json') return answer(response, { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(config) });
    if (method === 'GET' && target.pathname === SIGN_IN_STYLESHEET_PATH) return answer(response, { status: 200, headers: { 'content-type': 'text/css' }, body: SIGN_IN_STYLESHEET });
    if (method === 'GET' && target.pathname === AUTHORIZE_PATH) return answer(response, signIn.authorize(target.searchParams));
    if (method === 'POST' && target.pathname === AUTHORIZE_PATH) return answer(response, signIn.chooseIdentity(await formOf(request)));
    if (method === 'POST' && target.pathname === TOKEN_PATH) return answer(response, await signIn.token(await formOf(request)));
    if (method === 'GET' && target.pathname === LOGOUT_PATH) {
      // Cognito's /logout returns to a registered sign-out URL only; here: this app's own pages.
      const back = target.searchParams.get('logout_uri') ?? '/';
      return answer(response, { status: 302, headers: { location: back.startsWith(`${url}/`) ? back : '/' }, body: '' });
    }
    if (method !== 'GET' && method !== 'HEAD') return answer(response, { status: 405, headers: { allow: 'GET, HEAD' }, body: '' });
    const serveApp = builtApp();
    if (!serveApp) {
      return answer(response, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'The web portal is not built: run `npm run build:web`, then reload.' });
    }
    serveApp(request, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url, config, stop: () => close(server) };
}

/** The headers CloudFront's response headers policy sends on AWS, with the local API's origin. */
function headersFor(apiOrigin: string): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      // The admin API, and the local upload path the grants point to, which it serves.
      `connect-src 'self' ${apiOrigin}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

/** A form body (the sign-in page's, the token request's): small by nature, refused beyond 16 KB. */
async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request as AsyncIterable<Buffer>) {
    body += chunk.toString('utf8');
    if (body.length > 16 * 1024) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function answer(response: ServerResponse, outcome: SignInAnswer): void {
  response.writeHead(outcome.status, outcome.headers).end(outcome.body);
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** What `portal.json` records of the web portal: its URL, a one-click sign-in link per identity, the public pages. */
export function webInfo(web: LocalWeb, identities: readonly string[]): { web: string; webSignIn: Record<string, string>; webPublic: string } {
  return {
    web: web.url,
    webSignIn: Object.fromEntries(identities.map((identity) => [identity, webSignInLink(web.url, identity)])),
    webPublic: `${web.url}${PUBLIC_PATH}`,
  };
}

/** The banner's lines about the web portal. */
export function webBanner(info: ReturnType<typeof webInfo>): string {
  return [
    `  Web portal      ${info.web}   (public pages: ${info.webPublic})`,
    `  Sign in with one click (any state's user from the sign-in page):`,
    ...Object.entries(info.webSignIn).map(([identity, link]) => `    ${identity.padEnd(12)} ${link}`),
  ].join('\n');
}
