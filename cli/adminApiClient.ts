/**
 * The CLI's way to the admin API: a deployed one named by PORTAL_API_URL with the bearer token in
 * PORTAL_API_TOKEN, or else the local portal's (its URL and secretariat token are in the running
 * portal's `portal.json`).
 */
import { portalHome, readRunningPortal } from '../infra/local/localPortalInfo.js';
import { AdminApiError, NoPortalError } from './io.js';

export interface AdminApiClient {
  description: string;
  get(path: string): Promise<Response>;
  getJson<T = unknown>(path: string): Promise<T>;
  postJson<T = unknown>(path: string, body: unknown): Promise<T>;
  putJson<T = unknown>(path: string, body: unknown): Promise<T>;
  deleteJson<T = unknown>(path: string): Promise<T>;
}

export function findAdminApi(env: NodeJS.ProcessEnv = process.env): { url: string; token: string; description: string } | undefined {
  if (env.PORTAL_API_URL) {
    if (!env.PORTAL_API_TOKEN) throw new NoPortalError('PORTAL_API_URL is set but PORTAL_API_TOKEN is not: set it to an access token of the user pool');
    return { url: env.PORTAL_API_URL.replace(/\/+$/, ''), token: env.PORTAL_API_TOKEN, description: `admin API at ${env.PORTAL_API_URL}` };
  }
  const home = portalHome(env);
  const local = readRunningPortal(home);
  const token = env.PORTAL_API_TOKEN ?? local?.tokens?.secretariat;
  if (local?.adminApi && token) return { url: local.adminApi, token, description: `local portal in ${home}` };
  return undefined;
}

export function connectToAdminApi(env: NodeJS.ProcessEnv = process.env): AdminApiClient {
  const api = findAdminApi(env);
  if (!api) {
    throw new NoPortalError(
      `no admin API: start the local portal with \`npm start\` (or set PORTAL_HOME), or set PORTAL_API_URL and PORTAL_API_TOKEN for a deployment`,
    );
  }
  const headers = { authorization: `Bearer ${api.token}` };
  const get = (path: string) => fetch(`${api.url}${path}`, { headers });
  const send = (method: 'POST' | 'PUT', path: string, body: unknown) =>
    fetch(`${api.url}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    description: api.description,
    get,
    getJson: async <T>(path: string) => readJson<T>(path, await get(path)),
    postJson: async <T>(path: string, body: unknown) => readJson<T>(path, await send('POST', path, body)),
    putJson: async <T>(path: string, body: unknown) => readJson<T>(path, await send('PUT', path, body)),
    deleteJson: async <T>(path: string) => readJson<T>(path, await fetch(`${api.url}${path}`, { method: 'DELETE', headers })),
  };
}

/** The response's JSON, or an AdminApiError carrying the API's own message. */
async function readJson<T>(path: string, response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: the text itself is the message
    }
    throw new AdminApiError(`${response.status} from ${path}: ${message}`);
  }
  return JSON.parse(text) as T;
}

/** Every page of a paginated list route. */
export async function allPages<T>(client: AdminApiClient, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await client.getJson<{ items: T[]; cursor?: string }>(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
