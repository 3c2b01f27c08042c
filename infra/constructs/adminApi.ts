/**
 * The admin API: an HTTP API whose routes require a valid Cognito token (a JWT authorizer on the
 * user pool, set as the API's default so no route can be added without it by accident), one
 * catch-all route to the admin function (whose router checks the caller's groups per route),
 * throttling, and JSON access logs. The public paths (`/public/…` and the calendar feed, GET only:
 * `functions/admin/publicPaths.ts`) are the one exception, named explicitly: anyone may read what
 * states and the Committee published, and calendar programs send no token. The function answers
 * them from its public routes only, each limited per source address.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpNoneAuthorizer, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { adminFunction } from '../../functions/admin/function.js';
import { CALENDAR_FEED_PATH, PUBLIC_PATH_PREFIX } from '../../functions/admin/publicPaths.js';
import { acknowledge } from './acknowledge.js';
import { COMMITTEE_PREFIX, INCOMING_PREFIX, QUARANTINE_PREFIX } from '../../shared/portal/uploadLocation.js';
import { grantObjectUse, grantTableUse } from './grants.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';

export interface AdminApiProps {
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly userPool: IUserPool;
  /** App clients whose tokens the API accepts (the command line's, the browser portal's). */
  readonly clients: readonly IUserPoolClient[];
  readonly maxUploadBytes: number;
  readonly pipeline: PipelineSettings;
  /** Browser origins allowed to call the API (CORS); none: no CORS configuration. */
  readonly portalOrigins: readonly string[];
}

/** The methods the admin routes use. Not ANY: OPTIONS must never reach the authorizer (CORS preflight). */
const API_METHODS = [HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE];

/** Requests per second over the whole API; the secretariat and 193 states are a few dozen users. */
export const API_RATE_LIMIT = 20;

export class AdminApi extends Construct {
  readonly api: HttpApi;
  readonly admin: PipelineFunction<typeof adminFunction.environment>;

  constructor(scope: Construct, id: string, props: AdminApiProps) {
    super(scope, id);
    this.admin = new PipelineFunction(this, 'Function', {
      description: adminFunction,
      pipeline: props.pipeline,
      environment: {
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        MAX_UPLOAD_BYTES: String(props.maxUploadBytes),
      },
    });
    const role = this.admin.role;
    // Lists by status and due date (GSI1) and by matrix element (GSI2), a state's items by key
    // prefix, publication flags in batches; deadlines, contacts and visibility written by key.
    grantTableUse(role, props.table, {
      items: ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'],
      queryIndexes: ['GSI1', 'GSI2'],
    });
    // Upload grants are presigned POSTs signed with this role, bounded by their policy to one
    // state's new upload (or, for the secretariat, one Committee document under committee/): the
    // role must be able to write there, and only there.
    grantObjectUse(role, props.bucket, { actions: ['s3:PutObject'], prefixes: [INCOMING_PREFIX, COMMITTEE_PREFIX] });
    // Short-lived download links to a submission's original or its quarantined copy, each naming
    // the version the submission recorded.
    grantObjectUse(role, props.bucket, { actions: ['s3:GetObjectVersion'], prefixes: [INCOMING_PREFIX, COMMITTEE_PREFIX, QUARANTINE_PREFIX] });

    this.api = new HttpApi(this, 'Api', {
      description: '1540 reporting pipeline: admin and upload API',
      createDefaultStage: false,
      defaultAuthorizer: new HttpUserPoolAuthorizer('Cognito', props.userPool, { userPoolClients: [...props.clients] }),
      // API Gateway answers the preflight itself, without the authorizer, and adds the headers.
      corsPreflight: props.portalOrigins.length
        ? {
            allowOrigins: [...props.portalOrigins],
            allowMethods: API_METHODS.map((method) => CorsHttpMethod[method]),
            allowHeaders: ['authorization', 'content-type'],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    const integration = new HttpLambdaIntegration('Admin', this.admin.function);
    this.api.addRoutes({ path: '/{proxy+}', methods: API_METHODS, integration });
    // More specific than `/{proxy+}`, so API Gateway picks them for these paths; GET only (any other
    // method on a public path falls to the catch-all and its authorizer).
    for (const path of [`${PUBLIC_PATH_PREFIX}{proxy+}`, CALENDAR_FEED_PATH]) {
      const [route] = this.api.addRoutes({ path, methods: [HttpMethod.GET], integration, authorizer: new HttpNoneAuthorizer() });
      acknowledge(route!, {
        'AwsSolutions-APIG4':
          'Public by design: published matrices, reports states consented to publish, and the public outreach calendar (programme of work); the function serves only its public routes here, limited per source address',
      });
    }

    // A 5xx is the API failing its caller (a fault of ours, or API Gateway's): operators look at once.
    props.pipeline.alerts.watch(
      new Alarm(this, 'ServerErrors', {
        alarmDescription: 'The admin API answered 5xx (any in 5 minutes). Read the admin function\'s log group and the API access logs.',
        metric: this.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.pipeline.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: API_RATE_LIMIT, burstLimit: API_RATE_LIMIT * 2 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            route: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            user: '$context.authorizer.claims.sub',
            authorizerError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
  }
}
