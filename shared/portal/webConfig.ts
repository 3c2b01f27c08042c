/**
 * What the web app is told at run time, served as `/config.json` beside `index.html`: by CloudFront
 * on AWS (Cognito managed login) and by the local portal's web server under `npm start` (the local
 * issuer's sign-in). Both speak OAuth 2.0 authorization code with PKCE, so the app has one sign-in
 * path; only these URLs differ.
 */
import * as z from 'zod';

export const WebAuthKind = z.enum(['cognito', 'local']);
export type WebAuthKind = z.infer<typeof WebAuthKind>;

export const WebConfig = z.object({
  /** The admin API's base URL, without a trailing slash. */
  apiUrl: z.url(),
  auth: z.object({
    kind: WebAuthKind,
    authorizeUrl: z.url(),
    tokenUrl: z.url(),
    logoutUrl: z.url(),
    clientId: z.string().min(1),
    /** Where the authorization server sends the browser back: the app's `/signed-in`. */
    redirectUri: z.url(),
    scopes: z.array(z.string().min(1)),
  }),
  /** The public iCalendar feed of the outreach calendar. */
  calendarUrl: z.url(),
});
export type WebConfig = z.infer<typeof WebConfig>;
