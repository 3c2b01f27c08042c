/**
 * Who may use the admin API: a Cognito user pool with no self sign-up (the secretariat creates
 * every account), MFA required, a strong password policy, and one group per role: `secretariat`
 * and `state-<ISO3>` for each of the 193 member states, so adding a state's user is one command.
 * The pool holds the users' accounts and MFA secrets: it is retained when the stack goes.
 *
 * Two app clients, both public (no secret): the command line's, which signs in through Cognito's
 * API (SRP or password, then the MFA code), and the browser portal's, which signs in through
 * Cognito's managed login with the OAuth 2.0 authorization code grant only. A browser cannot keep a
 * client secret, so the code is bound to the browser that asked for it by PKCE: the portal sends an
 * S256 `code_challenge` with every authorize request and its verifier with the token request, and
 * Cognito refuses a code redeemed without the matching verifier. (The client's CloudFormation
 * resource has no setting that makes PKCE mandatory: it is the app's side of this contract, see
 * `shared/portal/webConfig.ts`; the implicit grant, which would hand tokens to the URL, is off.)
 * MFA is the pool's: managed login asks for the authenticator code as the API does.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { commonNames } from '../../shared/reference/commonNames.js';
import { MEMBER_STATES } from '../../shared/reference/memberStates.js';
import { SIGNED_IN_PATH, WEB_SCOPES } from '../../shared/portal/webConfig.js';
import { acknowledge } from './acknowledge.js';

export const SECRETARIAT_GROUP = 'secretariat';
export const stateGroupName = (iso3: string) => `state-${iso3}`;

/** Where Cognito serves the managed login of a domain prefix: its authorize, token and logout endpoints. */
export function managedLoginUrl(domainPrefix: string, region: string): string {
  return `https://${domainPrefix}.auth.${region}.amazoncognito.com`;
}

export interface PortalUsersProps {
  /** The sign-in domain's prefix (see `managedLoginUrl`). */
  readonly signInDomainPrefix: string;
  /** The browser portal's domain (its CloudFront distribution's): sign-in returns there. */
  readonly portalDomain: string;
}

export class PortalUsers extends Construct {
  readonly userPool: UserPool;
  /** The command line's client: Cognito's API (SRP or password, then MFA), never managed login. */
  readonly client: UserPoolClient;
  /** The browser portal's client: managed login, authorization code with PKCE. */
  readonly webClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInUrl: string;

  constructor(scope: Construct, id: string, props: PortalUsersProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      email: UserPoolEmail.withCognito(),
      userInvitation: {
        emailSubject: 'Your account for the 1540 Committee reporting portal',
        emailBody:
          'An account was opened for you on the 1540 Committee reporting portal. User name: {username} — temporary password: {####} (valid 7 days). You will choose a new password and set up an authenticator app at first sign-in.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.userPool, {
      'AwsSolutions-COG8':
        'Essentials plan: MFA is required for every user and accounts are created only by the secretariat; the Plus plan threat protection costs more than the whole pipeline at this scale.',
    });

    this.userPool.addGroup('Secretariat', {
      groupName: SECRETARIAT_GROUP,
      description: 'The 1540 Committee secretariat: reads and administers everything',
    });
    for (const state of MEMBER_STATES) {
      this.userPool.addGroup(`State${state.iso3}`, {
        groupName: stateGroupName(state.iso3),
        description: `Users of ${commonNames(state.iso3).en}: upload its reports, read its own submissions`,
      });
    }

    this.client = this.userPool.addClient('PortalClient', {
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      // The command line signs in through the API only. Without this, CDK's default lets the client
      // use the managed login with the implicit grant and a callback to https://example.com: with a
      // sign-in domain on the pool, a crafted link would hand a token to that site.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    // The newer managed login rather than the classic hosted UI: styled by a branding resource
    // (below) and translated (its `lang` parameter).
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.signInDomainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.signInUrl = managedLoginUrl(props.signInDomainPrefix, Stack.of(this).region);

    const portalOrigin = `https://${props.portalDomain}`;
    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      // No sign-in through the API from this client: only managed login's codes, then refresh.
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: WEB_SCOPES.map((scope) => OAuthScope.custom(scope)),
        callbackUrls: [`${portalOrigin}${SIGNED_IN_PATH}`],
        logoutUrls: [`${portalOrigin}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // A browser's refresh token lives in its storage: a working day, then sign in again.
      refreshTokenValidity: Duration.hours(12),
    });
    // Managed login shows an error instead of its pages to a client that has no style: Cognito's own.
    const style = new CfnManagedLoginBranding(this, 'WebSignInStyle', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.webClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    style.node.addDependency(this.domain);
  }
}
