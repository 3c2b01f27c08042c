/**
 * The web portal on AWS: the private site bucket behind CloudFront (origin access control, HTTPS
 * only, security headers), sign-in through Cognito's managed login (authorization code with PKCE),
 * the deployment of the app and its `config.json`, and CORS limited to the portal's origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/constructs/webHosting.js';
import { cognitoWebConfig, WebContent } from '../../infra/constructs/webContent.js';
import { WEB_SCOPES, WebConfig } from '../../shared/portal/webConfig.js';
import { portalTemplates } from './portalApp.js';

let templates: ReturnType<typeof portalTemplates>;
beforeAll(() => {
  templates = portalTemplates();
});

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };
const resourcesOf = (template: { toJSON(): any }, type: string) =>
  Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, r]) => r.Type === type);
const onlyOne = (template: { toJSON(): any }, type: string) => {
  const found = resourcesOf(template, type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const distributionId = () => onlyOne(templates.data, 'AWS::CloudFront::Distribution')[0];
/** `https://<the distribution's domain>` as the data stack writes it. */
const portalOriginInData = () => ({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }]] });

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self' https://*.execute-api.us-east-1.amazonaws.com https://portal1540-000000000000.auth.us-east-1.amazoncognito.com " +
  'https://portal1540-portal-000000000000-us-east-1.s3.us-east-1.amazonaws.com; ' +
  "frame-ancestors 'none'; base-uri 'self'; form-action 'self' https://portal1540-000000000000.auth.us-east-1.amazoncognito.com; object-src 'none'";

describe('the site bucket', () => {
  it('is private, encrypted, TLS-only, access-logged, retained, and no website', () => {
    templates.data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        BucketName: 'portal1540-web-000000000000-us-east-1',
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^WebLogs') }, LogFilePrefix: 'site/' },
      },
    });
    for (const [id, bucket] of resourcesOf(templates.data, 'AWS::S3::Bucket')) expect(bucket.Properties.WebsiteConfiguration, id).toBeUndefined();
  });

  it('lets in only this distribution, through origin access control (not an identity), to read objects', () => {
    const [oacId, oac] = onlyOne(templates.data, 'AWS::CloudFront::OriginAccessControl');
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    expect(resourcesOf(templates.data, 'AWS::CloudFront::CloudFrontOriginAccessIdentity')).toHaveLength(0);
    const [, distribution] = onlyOne(templates.data, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.Origins).toEqual([
      expect.objectContaining({
        DomainName: { 'Fn::GetAtt': [expect.stringMatching(/^WebSite/), 'RegionalDomainName'] },
        OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);

    const [, policy] = resourcesOf(templates.data, 'AWS::S3::BucketPolicy').find(([, p]) => JSON.stringify(p.Properties.Bucket).includes('WebSite'))!;
    const allows = policy.Properties.PolicyDocument.Statement.filter((s: { Effect: string }) => s.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^WebSite/), 'Arn'] }, '/*']] },
        Condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudfront::', { Ref: 'AWS::AccountId' }, ':distribution/', { Ref: distributionId() }]],
            },
          },
        },
      },
    ]);
  });
});

describe('the distribution', () => {
  it('redirects HTTP to HTTPS, serves index.html at the root and for any path the app routes, and logs', () => {
    templates.data.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] }),
        CustomErrorResponses: [403, 404].map((code) => ({ ErrorCode: code, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 10 })),
        Logging: { Bucket: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebLogs'), 'RegionalDomainName'] }, Prefix: 'cloudfront/' },
      }),
    });
    // CloudFront's standard logs are written with an ACL grant: the log bucket accepts ACLs, not public ones.
    templates.data.hasResourceProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
  });

  it('adds HSTS, a strict content security policy, no sniffing, no framing and a strict referrer policy to every answer', () => {
    const [policyId, policy] = onlyOne(templates.data, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig).toEqual({
      ContentSecurityPolicy: { ContentSecurityPolicy: EXPECTED_CSP, Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Preload: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    });
    expect(EXPECTED_CSP).not.toMatch(/unsafe-(inline|eval)/);
    templates.data.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ DefaultCacheBehavior: Match.objectLike({ ResponseHeadersPolicyId: { Ref: policyId } }) }),
    });
  });

  it('builds the policy from the origins the app connects to', () => {
    expect(contentSecurityPolicy({ adminApi: 'https://api.example', signIn: 'https://login.example', upload: 'https://files.example' })).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://api.example https://login.example https://files.example; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self' https://login.example; object-src 'none'",
    );
  });
});

describe('sign-in through managed login', () => {
  it('has a sign-in domain with the newer managed login, named after the app and account unless configured', () => {
    templates.data.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'portal1540-000000000000', ManagedLoginVersion: 2 });
    const configured = portalTemplates({ config: { signInDomainPrefix: 'un-1540-portal' } });
    configured.data.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'un-1540-portal' });
    const [, policy] = onlyOne(configured.data, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toContain(
      "form-action 'self' https://un-1540-portal.auth.us-east-1.amazoncognito.com;",
    );
  });

  it("gives the browser a public client: authorization code only, back to the portal's /signed-in, Cognito users only", () => {
    const clients = resourcesOf(templates.data, 'AWS::Cognito::UserPoolClient');
    const [webClientId, web] = clients.find(([, c]) => c.Properties.AllowedOAuthFlowsUserPoolClient)!;
    expect(web.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: [...WEB_SCOPES],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }, '/signed-in']] }],
      LogoutURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }, '/']] }],
      SupportedIdentityProviders: ['COGNITO'],
      // No password or SRP sign-in through the API with this client: managed login's codes, then refresh.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
    templates.data.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { ClientId: { Ref: webClientId }, UseCognitoProvidedValues: true });
  });

  it("keeps the command line's client on the API (SRP or password), with no way through managed login", () => {
    const clients = resourcesOf(templates.data, 'AWS::Cognito::UserPoolClient');
    expect(clients).toHaveLength(2);
    const [, cli] = clients.find(([, c]) => !c.Properties.AllowedOAuthFlowsUserPoolClient)!;
    expect(cli.Properties).toMatchObject({ GenerateSecret: false, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    expect(cli.Properties.AllowedOAuthFlows).toBeUndefined();
    expect(cli.Properties.CallbackURLs).toBeUndefined();
  });

  it('keeps MFA required for everyone, whichever client signs in', () => {
    templates.data.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'ON', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] });
  });

  it('refuses a sign-in domain prefix Cognito would refuse', () => {
    expect(() => portalTemplates({ config: { signInDomainPrefix: 'my-cognito-portal' } })).toThrow(/signInDomainPrefix.*aws, amazon or cognito/);
    expect(() => portalTemplates({ config: { signInDomainPrefix: 'Portal_1540' } })).toThrow(/signInDomainPrefix/);
  });
});

describe("the app's deployment", () => {
  const deployments = () => resourcesOf(templates.service, 'Custom::CDKBucketDeployment');
  const named = (name: string) => deployments().find(([id]) => id.startsWith(`WebContent${name}`))![1].Properties;

  it('copies the hashed assets for a year, never pruned, and the pages with config.json revalidated, then invalidates the distribution', () => {
    expect(deployments()).toHaveLength(2);
    expect(named('Assets')).toMatchObject({
      DestinationBucketName: 'portal1540-web-000000000000-us-east-1',
      Exclude: ['*'],
      Include: ['assets/*'],
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    const pages = named('Pages');
    expect(pages).toMatchObject({
      DestinationBucketName: 'portal1540-web-000000000000-us-east-1',
      Exclude: ['assets/*'],
      Prune: true,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { 'Fn::ImportValue': expect.stringMatching(/^Portal1540-Data:.*WebDistribution/) },
      DistributionPaths: ['/*'],
    });
    expect(pages.SourceObjectKeys).toHaveLength(2);
    // config.json's deploy-time values: the API's address, the web client's id, the portal's domain.
    const markers = JSON.stringify(pages.SourceMarkers);
    expect(markers).toMatch(/"Fn::GetAtt":\["AdminApi\w+","ApiEndpoint"\]/);
    expect(markers).toMatch(/"Fn::ImportValue":"Portal1540-Data:ExportsOutputRefUsersUserPoolWebClient\w+"/);
    expect(markers).toMatch(/"Fn::ImportValue":"Portal1540-Data:ExportsOutputFnGetAttWebDistribution\w+DomainName\w+"/);
  });

  it('writes a config.json the app can parse: the API, the calendar feed, and managed login for the web client', () => {
    const config = cognitoWebConfig({
      apiUrl: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      signInUrl: 'https://portal1540-000000000000.auth.us-east-1.amazoncognito.com',
      clientId: '4example5client6id',
      portalDomain: 'd1234abcd.cloudfront.net',
    });
    expect(WebConfig.parse(config)).toEqual({
      apiUrl: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      auth: {
        kind: 'cognito',
        authorizeUrl: 'https://portal1540-000000000000.auth.us-east-1.amazoncognito.com/oauth2/authorize',
        tokenUrl: 'https://portal1540-000000000000.auth.us-east-1.amazoncognito.com/oauth2/token',
        logoutUrl:
          'https://portal1540-000000000000.auth.us-east-1.amazoncognito.com/logout?client_id=4example5client6id&logout_uri=https%3A%2F%2Fd1234abcd.cloudfront.net%2F',
        clientId: '4example5client6id',
        redirectUri: 'https://d1234abcd.cloudfront.net/signed-in',
        scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      },
      calendarUrl: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/calendar.ics',
    });
    expect(new URL(config.auth.logoutUrl).searchParams.get('logout_uri')).toBe('https://d1234abcd.cloudfront.net/');
  });

  it('refuses to synthesise without a build of the app, and says how to make one', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-web-build-'));
    try {
      const stack = new Stack(new App(), 'Probe', { env: { account: '000000000000', region: 'us-east-1' } });
      const bucket = new Bucket(stack, 'Site');
      const distribution = new Distribution(stack, 'Distribution', { defaultBehavior: { origin: S3BucketOrigin.withOriginAccessControl(bucket) } });
      const config = cognitoWebConfig({ apiUrl: 'https://api.example', signInUrl: 'https://login.example', clientId: 'id', portalDomain: 'portal.example' });
      expect(() => new WebContent(stack, 'WebContent', { directory: empty, bucket, distribution, config })).toThrow(/no index\.html: run `npm run build:web`/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("reaches only the site bucket, the build's zips and this distribution's invalidations", () => {
    const [roleId] = resourcesOf(templates.service, 'AWS::IAM::Role').find(([id]) => id.startsWith('WebContentDeploymentRole'))!;
    const statements = resourcesOf(templates.service, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    expect(statements.map((s: { Action: unknown }) => s.Action)).toEqual([
      's3:GetObject',
      's3:ListBucket',
      ['s3:DeleteObject', 's3:PutObject'],
      ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
    ]);
    const invalidation = JSON.stringify(statements[3].Resource);
    expect(invalidation).toContain(':distribution/');
    expect(invalidation).toMatch(/Portal1540-Data:ExportsOutputRefWebDistribution/);
    // CDK's deployment function runs with this role, to which CDK added nothing.
    const handler = resourcesOf(templates.service, 'AWS::Lambda::Function').find(([id]) => id.startsWith('CustomCDKBucketDeployment'))!;
    expect(handler[1].Properties.Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
  });
});

describe("the portal's origin", () => {
  it("is the only browser origin the admin API and the portal bucket answer, and the sign-in's only way back", () => {
    const api = onlyOne(templates.service, 'AWS::ApiGatewayV2::Api')[1];
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([
      { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/^Portal1540-Data:ExportsOutputFnGetAttWebDistribution\w+DomainName/) }]] },
    ]);
    expect(api.Properties.CorsConfiguration.AllowCredentials).toBeUndefined();
    expect(api.Properties.CorsConfiguration.AllowHeaders).toEqual(['authorization', 'content-type']);
    templates.data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: 'portal1540-portal-000000000000-us-east-1',
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [portalOriginInData()], AllowedMethods: ['POST'] })] },
    });
  });

  it("is an output of the data stack, which still imports nothing", () => {
    templates.data.hasOutput('WebPortalUrl', { Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }, '/']] } });
    expect(JSON.stringify(templates.data.toJSON())).not.toContain('Fn::ImportValue');
  });
});
