/**
 * Which paths of the admin API anyone may call without signing in: everything under `/public/`,
 * and the outreach calendar's iCalendar feed at `/calendar.ics` (calendar programs subscribe to it
 * and send no token). The one rule the route declarations (`route.ts`), the CDK API (those paths
 * get no authorizer) and the local API (no token asked) all read, so the three cannot disagree.
 */
export const PUBLIC_PATH_PREFIX = '/public/';
export const CALENDAR_FEED_PATH = '/calendar.ics';

/** A public path (OpenAPI style or as requested): no sign-in. */
export function isPublicPath(path: string): boolean {
  return path === CALENDAR_FEED_PATH || path.startsWith(PUBLIC_PATH_PREFIX);
}
