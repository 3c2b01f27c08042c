import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableInput } from '../../shared/store/tableDefinition.js';
import { MEMBER_STATES } from '../../shared/reference/memberStates.js';
import { portalTemplates } from './portalApp.js';

let templates: ReturnType<typeof portalTemplates>;
beforeAll(() => {
  templates = portalTemplates();
});

const portalBucketName = () => `portal1540-portal-${templates.config.account}-${templates.config.region}`;

describe('the portal bucket', () => {
  it('is private, versioned, encrypted, access-logged and has a fixed name', () => {
    templates.data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: portalBucketName(),
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'portal/' },
    });
  });

  it("lets only the web portal's origin, and configured ones, post upload forms from a browser (CORS)", () => {
    const corsRules = (t: typeof templates) =>
      Object.values(t.data.findResources('AWS::S3::Bucket', { Properties: { BucketName: portalBucketName() } }))[0]!.Properties.CorsConfiguration.CorsRules;
    const portalOrigin = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebDistribution'), 'DomainName'] }]] };
    expect(corsRules(templates)).toHaveLength(1);
    expect(corsRules(templates)[0]).toEqual({
      AllowedOrigins: [expect.objectContaining({})],
      AllowedMethods: ['POST'],
      ExposedHeaders: ['ETag', 'x-amz-version-id'],
      MaxAge: 3600,
    });
    templates.data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: portalBucketName(),
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [portalOrigin] })] },
    });
    const withCustomDomain = portalTemplates({ config: { portalOrigins: 'https://portal.un.example' } });
    withCustomDomain.data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: portalBucketName(),
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [portalOrigin, 'https://portal.un.example'], AllowedMethods: ['POST'] })] },
    });
  });

  it('expires quarantined files and their old versions, never an original, current or not', () => {
    const bucket = templates.data.findResources('AWS::S3::Bucket', { Properties: { BucketName: portalBucketName() } });
    const rules = Object.values(bucket)[0]!.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules).toContainEqual(expect.objectContaining({ Id: 'ExpireQuarantine', Prefix: 'quarantine/', ExpirationInDays: templates.config.quarantineDays }));
    expect(rules).toContainEqual(expect.objectContaining({ Id: 'ExpireOldVersions', Prefix: 'quarantine/', NoncurrentVersionExpiration: { NoncurrentDays: 90 } }));
    // An accepted original is non-current while a later version of its key sits on top of it.
    const expiring = rules.filter((r) => 'ExpirationInDays' in r || 'NoncurrentVersionExpiration' in r);
    expect(new Set(expiring.map((r) => r.Prefix))).toEqual(new Set(['quarantine/']));
  });

  it("and its log bucket, and the web portal's site and log buckets, are retained when the stack is deleted", () => {
    const buckets = templates.data.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(4);
    for (const bucket of Object.values(buckets)) expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('refuses every request that does not use TLS', () => {
    templates.data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('PortalBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it("denies writes outside incoming/<ISO3>/ to everyone but the pipeline's roles", () => {
    templates.data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: Match.stringLikeRegexp('PortalBucket') },
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'OnlyStateUploadsFromOutsideThePipeline',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:PutObject',
            NotResource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('PortalBucket'), 'Arn'] }, '/incoming/???/*']] },
            Condition: {
              ArnNotLike: {
                'aws:PrincipalArn': {
                  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${templates.config.account}:role/Portal1540/*`]],
                },
              },
            },
          },
        ]),
      },
    });
  });
});

describe('the table', () => {
  it('has the shape the local runner creates (shared/store/tableDefinition.ts)', () => {
    const local = createTableInput('any');
    templates.data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
      BillingMode: local.BillingMode,
    });
    // No record expires: nothing is written with a time to live.
    expect(Object.values(templates.data.findResources('AWS::DynamoDB::Table'))[0]!.Properties.TimeToLiveSpecification).toBeUndefined();
  });

  it('has point-in-time recovery and deletion protection, and is retained', () => {
    templates.data.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
  });
});

describe('the users', () => {
  it('are created by the secretariat only, with MFA, and retained', () => {
    templates.data.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      }),
    });
  });

  it('have a secretariat group and one group per member state', () => {
    const groups = Object.values(templates.data.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties.GroupName);
    expect(groups).toContain('secretariat');
    expect(groups.filter((g) => g.startsWith('state-'))).toEqual(MEMBER_STATES.map((s) => `state-${s.iso3}`));
  });
});

describe('the data stack', () => {
  it('is protected from deletion and depends on nothing else', () => {
    expect(templates.data.toJSON().Parameters?.BootstrapVersion).toBeDefined();
    const stack = templates.app.node.findChild('Portal1540-Data');
    expect((stack as unknown as { terminationProtection: boolean }).terminationProtection).toBe(true);
    expect(JSON.stringify(templates.data.toJSON())).not.toContain('Fn::ImportValue');
  });
});
