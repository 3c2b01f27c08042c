/**
 * The admin API on localhost: a small node:http server that does what API Gateway (HTTP API, JWT
 * authorizer) does in front of the admin Lambda on AWS, and calls the same handler.
 *
 * - The bearer token is verified with jose against the local issuer (`localAuth.ts`); a request
 *   without a valid one is refused with 401 before the handler runs, as the authorizer does.
 * - The request becomes an HTTP API payload v2.0 event whose `requestContext.authorizer.jwt.claims`
 *   holds the verified claims, flattened to strings the way API Gateway passes them
 *   (`"cognito:groups": "[secretariat]"`).
 * - `GET /.well-known/jwks.json` publishes the issuer's public keys, like a Cognito user pool.
 * - `POST /local-upload/<bucket>` is the local portal's own upload path (see `localUpload.ts`).
 * - CORS for the origins it is given (the local web portal's), on the API and the upload path alike,
 *   as the HTTP API's CORS configuration and the bucket's CORS rule do on AWS.
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
  /** Browser origins allowed to call the API and post uploads (CORS); default none. */
  corsOrigins?: readonly string[];
}

export interface LocalAdminApi {
  url: string;
  issuer: LocalIssuer;
  /** A secretariat token and a state token, as `npm start` prints them. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

/** What `portal.json` records of the admin API, for the CLI (the file is readable by its owner only). */
export function adminApiInfo(api: LocalAdminApi): { adminApi: string; tokens: Record<string, string> } {
  return { adminApi: api.url, tokens: api.tokens };
}

/** The banner's lines about the admin API: where it listens and the two demo tokens. */
export function adminApiBanner(api: LocalAdminApi): string {
  const tokens = Object.entries(api.tokens).map(([group, token]) => `    ${group.padEnd(12)} ${token}`);
  return [
    `  Admin API       ${api.url}   (OpenAPI: ${api.url}/openapi.json; send "Authorization: Bearer <token>")`,
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
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const server = createServer((request, response) => {
    if (allowCrossOrigin(request, response, corsOrigins)) return;
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

  const token = bearerToken(headerValue(request.headers.authorization));
  if (!token) return send(response, 401, { message: 'Unauthorized' });
  let claims: JWTPayload;
  try {
    claims = await issuer.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) return send(response, 401, { message: 'Unauthorized' });
    throw error;
  }

  const result = await handler(httpApiEvent(request, target, body, claims), lambdaContext('admin'));
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const payload = result.body === undefined ? '' : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  response.writeHead(result.statusCode ?? 200, headers).end(payload);
}

/**
 * CORS as API Gateway's configuration answers it: an allowed origin gets its own origin back (never
 * `*`, no credentials), a preflight is answered here and goes no further (true). A request from
 * any other origin gets no CORS header, so the browser keeps the answer from the page.
 */
function allowCrossOrigin(request: IncomingMessage, response: ServerResponse, origins: ReadonlySet<string>): boolean {
  const origin = headerValue(request.headers.origin);
  if (!origin || !origins.has(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'origin');
  if (request.method !== 'OPTIONS') return false;
  response
    .writeHead(204, {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    })
    .end();
  return true;
}

/** An API Gateway HTTP API (payload format 2.0) event, as the JWT authorizer passes it on. */
function httpApiEvent(request: IncomingMessage, target: URL, body: Buffer, claims: JWTPayload): APIGatewayProxyEventV2WithJWTAuthorizer {
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
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: apiGatewayClaims(claims), scopes: null as unknown as string[] } },
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
