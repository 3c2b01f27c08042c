/**
 * The admin API on localhost: a small node:http server that does what API Gateway (HTTP API, JWT
 * authorizer) does in front of the admin Lambda on AWS, and calls the same handler.
 *
 * - The bearer token is verified with jose against the local issuer (`localAuth.ts`); a request
 *   without a valid one is refused with 401 before the handler runs, as the authorizer does.
 * - The request becomes an HTTP API payload v2.0 event whose `requestContext.authorizer.jwt.claims`
 *   holds the verified claims, flattened to strings the way API Gateway passes them
 *   (`"cognito:groups": "[secretariat]"`).
 * - The public paths (`/public/…`, `/calendar.ics`: `functions/admin/publicPaths.ts`) need no
 *   token, as on AWS where those routes have no authorizer; their event carries no claims at all.
 * - `GET /.well-known/jwks.json` publishes the issuer's public keys, like a Cognito user pool.
 * - `POST /local-upload/<bucket>` is the local portal's own upload path (see `localUpload.ts`).
 * - CORS for the origins it is given (a web app served from another port): the preflight is
 *   answered here, before any token check, as API Gateway answers it on AWS.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { adminFunction } from '#functions/admin/function.js';
import { createHandler as createAdminHandler, dependenciesFrom as adminDependencies } from '#functions/admin/handler.js';
import { objectSigner } from '#functions/admin/objectSigner.js';
import { CALENDAR_FEED_PATH, isPublicPath } from '#functions/admin/publicPaths.js';
import { bearerToken, InvalidTokenError } from '#shared/auth/accessTokens.js';
import type { AwsClients } from '#shared/aws/clients.js';
import { settingsFor } from '#shared/lambda/functionDescription.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from '#shared/portal/uploadLimits.js';
import { lambdaContext } from './sqsDelivery.js';
import { demoTokens, openLocalIssuer, type LocalIssuer } from './localAuth.js';
import { freePort } from './freePort.js';
import { acceptLocalUpload, LOCAL_UPLOAD_PATH, UsedUploadGrants } from './localUpload.js';

export type AdminHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface LocalAdminApiOptions {
  /** Portal home: the issuer's key lives in `<home>/auth/`, the used upload grants in `<home>/used-upload-grants.txt`. */
  home: string;
  port?: number;
  /** The state whose user gets the demo state token. */
  demoState?: string;
  /** Clients of the stand-ins: the admin handler's, and the S3 client that stores what the upload path accepts. */
  clients: Pick<AwsClients, 'db' | 's3'>;
  tableName: string;
  bucketName: string;
  /** Browser origins (`http://127.0.0.1:5173`) allowed to call the API and post upload forms (CORS); default none. */
  corsOrigins?: readonly string[];
}

export interface LocalAdminApi {
  url: string;
  issuer: LocalIssuer;
  /** A secretariat token and a state token, as `npm start` prints them. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

/** What `portal.json` records of the admin API, for the CLI (the file is readable by its owner only), and its public calendar feed. */
export function adminApiInfo(api: LocalAdminApi): { adminApi: string; calendar: string; tokens: Record<string, string> } {
  return { adminApi: api.url, calendar: `${api.url}${CALENDAR_FEED_PATH}`, tokens: api.tokens };
}

/** The banner's lines about the admin API: where it listens and the two demo tokens. */
export function adminApiBanner(api: LocalAdminApi): string {
  const tokens = Object.entries(api.tokens).map(([group, token]) => `    ${group.padEnd(12)} ${token}`);
  return [
    `  Admin API       ${api.url}   (OpenAPI: ${api.url}/openapi.json; send "Authorization: Bearer <token>")`,
    `  Calendar feed   ${api.url}${CALENDAR_FEED_PATH}   (public outreach events, iCalendar: subscribe from a calendar program)`,
    `  Tokens (12 h, also in portal.json; the issuer's key is in the data folder's auth/):`,
    ...tokens,
  ].join('\n');
}

/** Larger bodies are refused (API Gateway's own limit is 10 MB; the admin API takes small JSON). */
const MAX_BODY_BYTES = 1024 * 1024;
/** An upload form: the largest file a grant may allow, plus room for the form's fields. */
const MAX_UPLOAD_FORM_BYTES = DEFAULT_MAX_UPLOAD_BYTES + 1024 * 1024;

/** Starts the server. */
export async function startLocalAdminApi(options: LocalAdminApiOptions): Promise<LocalAdminApi> {
  const issuer = await openLocalIssuer(options.home);
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const { clients } = options;
  // The admin function's own factory, given the stand-ins' clients and its settings parsed by its
  // schema; upload grants point at this server's checking upload path instead of the bucket.
  const settings = settingsFor(adminFunction, { TABLE_NAME: options.tableName, BUCKET_NAME: options.bucketName, UPLOAD_POST_URL: `${url}${LOCAL_UPLOAD_PATH}` });
  const handler = createAdminHandler(adminDependencies(settings, clients, objectSigner(clients.s3))) as unknown as AdminHandler;
  const usedGrants = new UsedUploadGrants(join(options.home, 'used-upload-grants.txt'));
  const cors = new Set(options.corsOrigins ?? []);
  const server = createServer((request, response) => {
    if (answerCors(request, response, cors)) return;
    serve(request, response, issuer, handler, clients.s3, usedGrants).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { message: 'Internal Server Error' });
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url,
    issuer,
    tokens: await demoTokens(issuer, options.demoState ?? 'FRA'),
    stop: () => close(server),
  };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  issuer: LocalIssuer,
  handler: AdminHandler,
  s3: S3Client,
  usedGrants: UsedUploadGrants,
): Promise<void> {
  const target = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && target.pathname === '/.well-known/jwks.json') return send(response, 200, issuer.jwks);
  const upload = request.method === 'POST' && target.pathname.startsWith(`${LOCAL_UPLOAD_PATH}/`);
  const body = await readBody(request, upload ? MAX_UPLOAD_FORM_BYTES : MAX_BODY_BYTES);
  if (body === 'too-large') return send(response, 413, { message: 'Request Entity Too Large' });
  if (upload) {
    const outcome = await acceptLocalUpload(s3, target, request.headers, body, usedGrants);
    response.writeHead(outcome.status, { 'content-type': 'application/xml', ...outcome.headers }).end(outcome.body);
    return;
  }

  let claims: JWTPayload | undefined;
  // GET only, as the CDK API opens them: any other method on a public path meets the authorizer.
  if (!(request.method === 'GET' && isPublicPath(target.pathname))) {
    const token = bearerToken(headerValue(request.headers.authorization));
    if (!token) return send(response, 401, { message: 'Unauthorized' });
    try {
      claims = await issuer.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) return send(response, 401, { message: 'Unauthorized' });
      throw error;
    }
  }

  const result = await handler(httpApiEvent(request, target, body, claims), lambdaContext('admin'));
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const payload = result.body === undefined ? '' : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  response.writeHead(result.statusCode ?? 200, headers).end(payload);
}

/** An API Gateway HTTP API (payload format 2.0) event, as the JWT authorizer passes it on (a public route's: no authorizer). */
function httpApiEvent(request: IncomingMessage, target: URL, body: Buffer, claims: JWTPayload | undefined): APIGatewayProxyEventV2WithJWTAuthorizer {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of target.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const textual = /^(application\/(json|x-www-form-urlencoded)|text\/)/.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  const method = request.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: target.pathname,
    rawQueryString: target.search.replace(/^\?/, ''),
    cookies: request.headers.cookie?.split(/;\s*/),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      // A route without an authorizer gets no `authorizer` at all (the type knows only the JWT case).
      authorizer: (claims
        ? { principalId: '', integrationLatency: 0, jwt: { claims: apiGatewayClaims(claims), scopes: null as unknown as string[] } }
        : undefined) as APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer'],
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: target.pathname, protocol: `HTTP/${request.httpVersion}`, sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: body.length > 0 ? body.toString(textual ? 'utf8' : 'base64') : undefined,
    isBase64Encoded: body.length > 0 && !textual,
  };
}

/** API Gateway hands claims over as strings; arrays become `[a b]`. */
function apiGatewayClaims(claims: JWTPayload): Record<string, string | number | boolean | string[]> {
  return Object.fromEntries(
    Object.entries(claims).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value)]),
  );
}

const CORS_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const CORS_HEADERS = 'authorization, content-type';

/**
 * CORS for the allowed origins, as API Gateway's `corsPreflight` does on AWS: a preflight from an
 * allowed origin is answered 204 with what it may send (true: answered, nothing else to do); every
 * other answer to an allowed origin names it. Other origins get no CORS header (the browser then
 * refuses to hand them the answer); their preflight is answered 204 all the same, telling nothing.
 */
function answerCors(request: IncomingMessage, response: ServerResponse, origins: ReadonlySet<string>): boolean {
  const origin = headerValue(request.headers.origin);
  const allowed = origin !== undefined && origins.has(origin);
  if (allowed) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-expose-headers', 'retry-after, x-amz-version-id, etag');
  }
  response.setHeader('vary', 'origin');
  if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
  if (allowed) {
    response.setHeader('access-control-allow-methods', CORS_METHODS);
    response.setHeader('access-control-allow-headers', CORS_HEADERS);
    response.setHeader('access-control-max-age', '3600');
  }
  response.writeHead(204).end();
  return true;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
