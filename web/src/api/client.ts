/**
 * The admin API as the pages call it: the bearer token on every request, every answer parsed with
 * the zod schema the page gives (an answer of another shape is an error, not a blank page), and
 * every failure an `ApiError` whose `kind` a page turns into a message in the reader's language
 * (`describeError`). The API answers failures as `{ statusCode, error, message }`
 * (`functions/admin/router.ts`, codes from `shared/errors.ts`); its `message` (English) is kept as
 * the detail.
 */
import * as z from 'zod';

export const ApiErrorKind = {
  unreachable: 'unreachable',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'notFound',
  conflict: 'conflict',
  invalid: 'invalid',
  rateLimited: 'rateLimited',
  server: 'server',
  unexpected: 'unexpected',
} as const;
export type ApiErrorKind = (typeof ApiErrorKind)[keyof typeof ApiErrorKind];

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** The API's own words (English), or what went wrong on the way. */
    readonly detail: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
    options?: ErrorOptions,
  ) {
    super(`${kind}: ${detail}`, options);
  }
}

const ErrorBody = z.object({ message: z.string().max(2000).optional(), error: z.string().optional() });

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return ApiErrorKind.unauthenticated;
  if (status === 403) return ApiErrorKind.forbidden;
  if (status === 404) return ApiErrorKind.notFound;
  if (status === 409) return ApiErrorKind.conflict;
  if (status === 400 || status === 413 || status === 422) return ApiErrorKind.invalid;
  if (status === 429) return ApiErrorKind.rateLimited;
  if (status >= 500) return ApiErrorKind.server;
  return ApiErrorKind.unexpected;
}

export interface ApiClientOptions {
  baseUrl: string;
  /** The current access token, if signed in. */
  token(): string | undefined;
  /** Called when the API says the token is no longer good (expired, revoked). */
  onUnauthenticated?(): void;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  async function request<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<z.output<S>> {
    const headers: Record<string, string> = {};
    const token = options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${options.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ApiError(ApiErrorKind.unreachable, error instanceof Error ? error.message : String(error), undefined, undefined, { cause: error });
    }
    if (!response.ok) {
      const answer = ErrorBody.safeParse(await response.json().catch(() => ({})));
      const detail = (answer.success && answer.data.message) || response.statusText;
      const retryAfter = Number(response.headers.get('retry-after'));
      if (response.status === 401) options.onUnauthenticated?.();
      throw new ApiError(kindOf(response.status), detail, response.status, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
    }
    const parsed = schema.safeParse(response.status === 204 ? null : await response.json());
    if (!parsed.success) throw new ApiError(ApiErrorKind.unexpected, `${method} ${path}: ${z.prettifyError(parsed.error)}`, response.status);
    return parsed.data;
  }
  return {
    get: <S extends z.ZodType>(path: string, schema: S) => request('GET', path, schema),
    post: <S extends z.ZodType>(path: string, body: unknown, schema: S) => request('POST', path, schema, body),
    put: <S extends z.ZodType>(path: string, body: unknown, schema: S) => request('PUT', path, schema, body),
    patch: <S extends z.ZodType>(path: string, body: unknown, schema: S) => request('PATCH', path, schema, body),
    delete: <S extends z.ZodType>(path: string, schema: S) => request('DELETE', path, schema),
  };
}

/** A path segment from a value (an ISO3 code, an id, an address). */
export const segment = (value: string) => encodeURIComponent(value);
