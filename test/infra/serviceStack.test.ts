import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INGEST_PREFIXES } from '../../shared/portal/uploadLocation.js';
import { mailerFunction } from '../../functions/mailer/function.js';
import { METRICS_NAMESPACE, PipelineMetric } from '../../shared/lambda/metricNames.js';
import { FUNCTION_NAMES } from '../../shared/lambda/functionDescription.js';
import { portalTemplates } from './portalApp.js';

type Resources = Record<string, { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string }>;

let templates: ReturnType<typeof portalTemplates>;
let resources: Resources;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

beforeAll(() => {
  templates = portalTemplates({ config: { alarmEmail: 'operators@example.org', sendRatePerSecond: 14 } });
  resources = templates.service.toJSON().Resources;
});

/** Every IAM statement of the stack, from managed and inline policies. */
const statements = () =>
  [...ofType('AWS::IAM::Policy'), ...ofType('AWS::IAM::Role')].flatMap(([, p]) => [
    ...(p.Properties?.PolicyDocument?.Statement ?? []),
    ...(p.Properties?.Policies ?? []).flatMap((inline: { PolicyDocument: { Statement: unknown[] } }) => inline.PolicyDocument.Statement),
  ]) as { Effect: string; Action: string | string[]; Resource: unknown }[];

/** The IAM statements of the policies attached to a function's role. */
const statementsOf = (name: string) => {
  const role = functionNamed(name)[1].Properties!.Role['Fn::GetAtt'][0] as string;
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties?.Roles ?? []).some((r: { Ref?: string }) => r.Ref === role))
    .flatMap(([, p]) => p.Properties!.PolicyDocument.Statement) as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
};

/** Our functions; CDK's own deploy-time handlers (bucket notifications, the deployment trigger) are not ours. */
const pipelineFunctions = () => ofType('AWS::Lambda::Function').filter(([, r]) => r.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);
/** The one function of the stack with this name; the test fails if there is none. */
const functionNamed = (name: string) => {
  const found = pipelineFunctions().filter(([, r]) => r.Properties!.Environment.Variables.POWERTOOLS_SERVICE_NAME === name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

describe('every function', () => {
  it('exists, once each, for every function of the pipeline', () => {
    const services = pipelineFunctions().map(([, r]) => r.Properties!.Environment.Variables.POWERTOOLS_SERVICE_NAME);
    expect(services.sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it('runs nodejs22.x on arm64 with memory, timeout and its Powertools service name; source maps only when configured', () => {
    for (const [id, fn] of pipelineFunctions()) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
        Environment: { Variables: expect.objectContaining({ POWERTOOLS_SERVICE_NAME: expect.any(String) }) },
        LoggingConfig: { LogGroup: { Ref: expect.stringMatching(/Logs/) } },
      });
      expect(fn.Properties!.Environment.Variables.NODE_OPTIONS, id).toBeUndefined();
    }
    const withMaps = portalTemplates({ config: { runtimeSourceMaps: 'true' } }).service.toJSON().Resources as Resources;
    const variables = Object.values(withMaps)
      .filter((r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME)
      .map((r) => r.Properties!.Environment.Variables.NODE_OPTIONS);
    expect(variables.length).toBeGreaterThan(0);
    expect(new Set(variables)).toEqual(new Set(['--enable-source-maps']));
  });

  it('writes to its own log group, kept for the configured retention', () => {
    const logGroups = ofType('AWS::Logs::LogGroup');
    for (const [, fn] of pipelineFunctions()) {
      const logGroup = resources[fn.Properties!.LoggingConfig.LogGroup.Ref]!;
      expect(logGroup.Properties!.RetentionInDays).toBe(templates.config.logRetentionDays);
    }
    expect(logGroups.length).toBeGreaterThanOrEqual(pipelineFunctions().length);
  });

  it('has its own role under the pipeline path, with no managed policy', () => {
    for (const [id, fn] of pipelineFunctions()) {
      const role = resources[fn.Properties!.Role['Fn::GetAtt'][0]]!;
      expect(role.Properties, id).toMatchObject({ Path: '/Portal1540/' });
      expect(role.Properties!.ManagedPolicyArns, id).toBeUndefined();
    }
  });

  it('has an error alarm that notifies the operators', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties!);
    for (const [id] of pipelineFunctions()) {
      expect(alarms.some((a) => a.MetricName === 'Errors' && a.Dimensions?.[0]?.Value?.Ref === id && a.AlarmActions?.length === 1), id).toBe(true);
    }
  });
});

describe('least privilege', () => {

  it('no policy allows a bare "*" resource or a wildcard action', () => {
    for (const statement of statements()) {
      const resources = [statement.Resource].flat();
      expect(resources, JSON.stringify(statement)).not.toContain('*');
      for (const action of [statement.Action].flat()) expect(action, JSON.stringify(statement)).not.toMatch(/\*/);
    }
  });

  it("the only wildcards in resources are object prefixes of the portal bucket, the web build's copy, and the seeder's own versions", () => {
    const wildcards = statements()
      .flatMap((s) => [s.Resource].flat())
      .map((r) => JSON.stringify(r))
      .filter((r) => r.includes('*'));
    // CDK's trigger provider may invoke any version (`<seeder>:*`) of the seeder, which it names
    // by its current version; that is one function's versions, nothing else.
    const seederVersions = /^\{"Fn::Join":\["",\[\{"Fn::GetAtt":\["ReferenceDataSeederHandler\w+","Arn"\]\},":\*"\]\]\}$/;
    // The web portal's deployment reads the build's zips from CDK's asset bucket and writes the site bucket.
    const webBuildCopy = /:s3:::(cdk-hnb659fds-assets|portal1540-web)-000000000000-us-east-1\/\*"/;
    for (const resource of wildcards) {
      expect(resource).toMatch(new RegExp(`${/portal1540-portal-[^/]+\/(incoming|committee|quarantine)\/\*"/.source}|${seederVersions.source}|${webBuildCopy.source}`));
    }
  });

  it("no role holds a managed policy except CDK's deploy-time handlers (logs only)", () => {
    const withManaged = ofType('AWS::IAM::Role').filter(([, r]) => r.Properties?.ManagedPolicyArns);
    expect(withManaged.map(([id]) => id).sort()).toEqual([
      expect.stringMatching(/^AWSCDKTriggerCustomResourceProvider/),
      expect.stringMatching(/^BucketNotificationsHandler/),
      expect.stringMatching(/^WebContentDeploymentRole/),
    ]);
    for (const [, role] of withManaged) {
      expect(role.Properties!.ManagedPolicyArns).toHaveLength(1);
      expect(JSON.stringify(role.Properties!.ManagedPolicyArns)).toContain('service-role/AWSLambdaBasicExecutionRole');
    }
  });

  it("reaches the portal bucket's objects only by version: ingest reads, copies and deletes the version of its event and lists a key's versions; admin links to versions", () => {
    const s3Actions = (name: string) => {
      const statementsOfRole = statementsOf(name).filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
      return statementsOfRole.flatMap((s) => [s.Action].flat().map((action) => ({ action, statement: s })));
    };
    const ingest = s3Actions('ingest');
    expect(new Set(ingest.map((a) => a.action))).toEqual(
      new Set(['s3:GetObjectVersion', 's3:DeleteObjectVersion', 's3:PutObject', 's3:ListBucket', 's3:ListBucketVersions']),
    );
    const listing = ingest.find((a) => a.action === 's3:ListBucketVersions')!.statement;
    expect(listing.Condition).toEqual({ StringLike: { 's3:prefix': INGEST_PREFIXES.map((prefix) => `${prefix}*`) } });
    const deletes = ingest.find((a) => a.action === 's3:DeleteObjectVersion')!.statement;
    expect(JSON.stringify(deletes.Resource)).not.toContain('quarantine/');
    expect(new Set(s3Actions('admin').map((a) => a.action))).toEqual(new Set(['s3:GetObjectVersion', 's3:PutObject']));
  });

  it('the table is reached only with named item actions and named indexes', () => {
    const dynamo = statements().filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    for (const s of dynamo) {
      for (const resource of [s.Resource].flat()) expect(JSON.stringify(resource)).not.toContain('index/*');
    }
  });
});

describe('queues', () => {
  it('are encrypted and TLS-only, and each work queue has a dead-letter queue', () => {
    const queues = ofType('AWS::SQS::Queue');
    const deadLetterTargets = new Set(queues.flatMap(([, q]) => (q.Properties?.RedrivePolicy ? [q.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0]] : [])));
    for (const [id, queue] of queues) {
      expect(queue.Properties?.SqsManagedSseEnabled, id).toBe(true);
      const isWorkQueue = id.endsWith('Queue') && !id.includes('DeadLetters');
      if (isWorkQueue) expect(queue.Properties?.RedrivePolicy, id).toMatchObject({ maxReceiveCount: 5 });
    }
    expect(deadLetterTargets.size).toBeGreaterThan(0);
    for (const [id] of queues) {
      templates.service.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it('every dead-letter queue alarms the operators at its first message', () => {
    const deadLetterQueues = ofType('AWS::SQS::Queue').filter(([id]) => id.includes('DeadLetters'));
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties!);
    for (const [id] of deadLetterQueues) {
      const alarm = alarms.find((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && a.Dimensions?.[0]?.Value?.['Fn::GetAtt']?.[0] === id);
      expect(alarm, id).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [expect.anything()] });
    }
  });
});

describe('ingest', () => {
  it('receives S3 ObjectCreated notifications for each ingest prefix', () => {
    const [, notifications] = ofType('Custom::S3BucketNotifications')[0]!;
    const configs = notifications.Properties!.NotificationConfiguration.QueueConfigurations as { Filter: { Key: { FilterRules: { Name: string; Value: string }[] } }; Events: string[] }[];
    expect(configs.map((c) => c.Filter.Key.FilterRules[0]!.Value).sort()).toEqual([...INGEST_PREFIXES].sort());
    for (const c of configs) expect(c.Events).toEqual(['s3:ObjectCreated:*']);
    expect(notifications.Properties!.Managed).toBe(false);
  });

  it('reads the uploads queue in small batches with partial batch failures', () => {
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: Match.stringLikeRegexp('IngestFunction') },
      BatchSize: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it("the uploads queue's visibility timeout is 6× the function's timeout", () => {
    const [, fn] = pipelineFunctions().find(([id]) => id.startsWith('IngestFunction'))!;
    templates.service.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: fn.Properties!.Timeout * 6 });
  });
});

describe('mail', () => {
  it('has a configuration set whose bounces and complaints go to an encrypted SNS topic', () => {
    templates.service.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: { MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('FeedbackTopic') } } },
    });
    templates.service.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('alarms the operators when SES refuses an e-mail for good (the mailer\'s MailsFailed metric)', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: METRICS_NAMESPACE,
      MetricName: PipelineMetric.mailsFailed,
      Dimensions: [{ Name: 'service', Value: 'mailer' }],
      Threshold: 1,
      AlarmActions: Match.anyValue(),
    });
  });

  it('alarms on the SES bounce and complaint rates', () => {
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/SES', MetricName: 'Reputation.BounceRate', Threshold: 0.05 });
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/SES', MetricName: 'Reputation.ComplaintRate', Threshold: 0.001 });
  });

  it('sends to the operators by e-mail when an address is configured', () => {
    templates.service.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'operators@example.org' });
  });

  it("the mailer runs at most its description's copies, each at its share of the send rate", () => {
    const [id, fn] = functionNamed('mailer');
    const copies = mailerFunction.invokedBy.maxConcurrency;
    expect(fn.Properties!.ReservedConcurrentExecutions).toBe(copies);
    expect(Number(fn.Properties!.Environment.Variables.MAIL_SEND_RATE)).toBe(14 / copies);
    templates.service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id },
      ScalingConfig: { MaximumConcurrency: copies },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    templates.service.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'ses:SendEmail', Condition: { StringEquals: { 'ses:FromAddress': templates.config.senderAddress } } }),
        ]),
      },
    });
  });
});

describe('reminders', () => {
  it('the planner is invoked daily by EventBridge Scheduler in the secretariat\'s time zone', () => {
    const schedules = ofType('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(1);
    expect(schedules[0]![1].Properties!.Target.Arn).toEqual({ 'Fn::GetAtt': [functionNamed('planner')[0], 'Arn'] });
    expect(schedules[0]![1].Properties).toMatchObject({
      ScheduleExpression: `cron(0 ${templates.config.plannerHour} * * ? *)`,
      ScheduleExpressionTimezone: templates.config.scheduleTimeZone,
      Target: { DeadLetterConfig: { Arn: expect.anything() }, RetryPolicy: { MaximumRetryAttempts: 3 } },
    });
  });

  it('the seeder runs during each deployment that changes it, through a trigger that fails the deployment when it fails', () => {
    const triggers = ofType('Custom::Trigger');
    expect(triggers).toHaveLength(1);
    // The seeder's current version: a new version (new code or data) runs it again.
    expect(triggers[0]![1].Properties).toMatchObject({ HandlerArn: { Ref: expect.stringMatching(/Seeder.*CurrentVersion/) }, InvocationType: 'RequestResponse' });
    // Nothing else is invoked at deployment; the trigger may invoke the seeder only.
    const invokes = statements().filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'));
    const deployTime = invokes.filter((s) => !JSON.stringify(s.Resource).includes('Planner'));
    expect(deployTime.length).toBeGreaterThan(0);
    for (const s of deployTime) expect(JSON.stringify(s.Resource)).toMatch(/Seeder/);
    expect(ofType('Custom::AWS')).toHaveLength(0);
  });
});

describe('the admin API', () => {
  it('requires a Cognito JWT on every route but GET of the public paths', () => {
    const authorizers = ofType('AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]![1].Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      // The command line's client and the web portal's.
      JwtConfiguration: { Audience: [expect.anything(), expect.anything()], Issuer: expect.anything() },
    });
    const routes = ofType('AWS::ApiGatewayV2::Route');
    const open = routes.filter(([, route]) => route.Properties!.AuthorizationType === 'NONE');
    expect(open.map(([, route]) => route.Properties!.RouteKey).sort()).toEqual(['GET /calendar.ics', 'GET /public/{proxy+}']);
    const signedIn = routes.filter(([, route]) => route.Properties!.AuthorizationType !== 'NONE');
    expect(signedIn).toHaveLength(5);
    for (const [id, route] of signedIn) {
      expect(route.Properties, id).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizers[0]![0] } });
      // Never ANY or OPTIONS: a CORS preflight must be answered by API Gateway, not refused by the authorizer.
      expect(route.Properties!.RouteKey, id).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/\{proxy\+\}$/);
    }
    // Every route reaches the same function.
    expect(new Set(routes.map(([, route]) => JSON.stringify(route.Properties!.Target))).size).toBe(1);
  });

  it("answers browsers from the web portal's origin only, without credentials (CORS)", () => {
    const portalOrigin = { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/^Portal1540-Data:.*WebDistribution.*DomainName/) }]] };
    const cors = (r: Resources) => Object.values(r).find((x) => x.Type === 'AWS::ApiGatewayV2::Api')!.Properties!.CorsConfiguration;
    expect(cors(resources)).toEqual({
      AllowOrigins: [portalOrigin],
      AllowHeaders: ['authorization', 'content-type'],
      AllowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      MaxAge: 3600,
    });
    expect(cors(resources).AllowCredentials).toBeUndefined();
    // A configured origin (a custom domain in front of the distribution) is added, never replaces it.
    const withCustomDomain = portalTemplates({ config: { portalOrigins: 'https://portal.un.example' } }).service.toJSON().Resources as Resources;
    expect(cors(withCustomDomain).AllowOrigins).toEqual([portalOrigin, 'https://portal.un.example']);
  });

  it('alarms the operators at its first 5xx answer', () => {
    const api = ofType('AWS::ApiGatewayV2::Api')[0]![0];
    templates.service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: api } }],
      Threshold: 1,
      AlarmActions: Match.anyValue(),
    });
  });

  it('is throttled and writes JSON access logs', () => {
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"') },
    });
  });
});
