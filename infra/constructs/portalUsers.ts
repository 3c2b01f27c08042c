/**
 * Who may use the admin API: a Cognito user pool with no self sign-up (the secretariat creates
 * every account), MFA required, a strong password policy, and one group per role: `secretariat`
 * and `state-<ISO3>` for each of the 193 member states, so adding a state's user is one command.
 * The pool holds the users' accounts and MFA secrets: it is retained when the stack goes.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  UserPool,
  UserPoolClient,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { commonNames } from '../../shared/reference/commonNames.js';
import { MEMBER_STATES } from '../../shared/reference/memberStates.js';
import { acknowledge } from './acknowledge.js';

export const SECRETARIAT_GROUP = 'secretariat';
export const stateGroupName = (iso3: string) => `state-${iso3}`;

export class PortalUsers extends Construct {
  readonly userPool: UserPool;
  /** A public client (no secret) for the secretariat's tools and the states' upload page. */
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
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
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }
}
