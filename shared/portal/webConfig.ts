/**
 * What the browser portal reads at start from `/config.json`, beside its `index.html`: where the
 * admin API is, how a person signs in, where the public calendar feed is. The deployment writes it
 * (on AWS, the CDK app; locally, the local portal) and the single-page app parses it with this
 * schema, so both sides hold one contract.
 *
 * Sign-in is OAuth 2.0 authorization code with PKCE in both variants: on AWS against Cognito's
 * managed login (`kind: "cognito"`), locally against the local portal's own endpoints of the same
 * shape (`kind: "local"`). The app sends `code_challenge_method=S256` with every authorize request
 * and the verifier with the token request: the client is public (no secret), so PKCE is what binds
 * the code to the browser that asked for it.
 */
import * as z from 'zod';

/** Path of the file the app fetches at start (next to `index.html`). */
export const WEB_CONFIG_FILE = 'config.json';
/** Where the sign-in service sends the browser back with `?code=…&state=…`. */
export const SIGNED_IN_PATH = '/signed-in';
/**
 * OAuth scopes the app asks for: an ID token with the person's e-mail and name, and
 * `aws.cognito.signin.user.admin` so the access token may change the person's own attributes
 * (and MFA settings) through Cognito's user API.
 */
export const WEB_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'] as const;

const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname });

const OAuthEndpoints = z.object({
  /** GET `?response_type=code&client_id&redirect_uri&scope&state&code_challenge&code_challenge_method=S256`. */
  authorizeUrl: HttpUrl,
  /** POST form `grant_type=authorization_code&client_id&code&redirect_uri&code_verifier` (or `refresh_token`). */
  tokenUrl: HttpUrl,
  /** Navigate here to sign out: it ends the sign-in session and returns to the portal's root. Complete, no parameters to add. */
  logoutUrl: HttpUrl,
  clientId: z.string().min(1).max(128),
  /** `<portal origin>/signed-in`: registered with the sign-in service, sent as `redirect_uri`. */
  redirectUri: HttpUrl,
  scopes: z.array(z.string().min(1)).nonempty(),
});

export const WebConfig = z.object({
  /** Base URL of the admin API, no trailing slash: requests go to `${apiUrl}/<route>` with `Authorization: Bearer <access token>`. */
  apiUrl: HttpUrl,
  auth: z.discriminatedUnion('kind', [
    OAuthEndpoints.extend({ kind: z.literal('cognito') }),
    OAuthEndpoints.extend({ kind: z.literal('local') }),
  ]),
  /** The public iCalendar feed of the outreach calendar (no sign-in). */
  calendarUrl: HttpUrl,
});
export type WebConfig = z.infer<typeof WebConfig>;
