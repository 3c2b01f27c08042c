/**
 * How a page is reached: a path pattern, who may open it, and the component. Each feature keeps its
 * own table (`features/<feature>/routes.ts`); `ROUTES` joins them, first match wins.
 *
 * Access is checked here only to offer the right pages: the admin API decides what each token may
 * read or change, whatever the page asks.
 */
import type { JSX } from 'preact';
import type { Session } from '../auth/session.js';
import type { Params } from './router.js';

export type RouteAccess =
  /** Anyone, signed in or not. */
  | 'public'
  /** The secretariat only. */
  | 'secretariat'
  /** The state the path's `:iso3` names: its own users, and the secretariat. */
  | 'state';

export interface PageProps {
  params: Params;
  query: URLSearchParams;
}

export interface RouteDefinition {
  pattern: string;
  access: RouteAccess;
  page: (props: PageProps) => JSX.Element;
}

export function mayOpen(route: RouteDefinition, params: Params, session: Session | undefined): boolean {
  if (route.access === 'public') return true;
  if (!session) return false;
  if (route.access === 'secretariat') return session.isSecretariat;
  const iso3 = params.iso3;
  return session.isSecretariat || (iso3 !== undefined && session.states.includes(iso3));
}
