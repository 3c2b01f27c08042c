/**
 * The service stack: everything that can be replaced without losing data. Queues, functions,
 * schedule, SES configuration, API, alarms. It reads the data stack's bucket, table and user pool
 * and never the other way round, so it can be destroyed and redeployed freely.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { DeploymentConfig } from '../config.js';
import { AdminApi } from '../constructs/adminApi.js';
import { IngestPipeline } from '../constructs/ingestPipeline.js';
import { MailDelivery } from '../constructs/mailDelivery.js';
import { OperatorAlerts } from '../constructs/operatorAlerts.js';
import type { PipelineSettings } from '../constructs/pipelineFunction.js';
import { ReferenceDataSeed } from '../constructs/referenceDataSeed.js';
import { ReminderSchedule } from '../constructs/reminderSchedule.js';
import { cognitoWebConfig, WebContent } from '../constructs/webContent.js';

export interface ServiceStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly pipelineRolePath: string;
  /** The portal bucket (data stack), by its fixed name. */
  readonly portalBucketName: string;
  readonly table: ITable;
  readonly userPool: IUserPool;
  /** The command line's client. */
  readonly userPoolClient: IUserPoolClient;
  readonly web: WebPortalProps;
}

/** The browser portal: its build, where it is served (data stack), how it signs in. */
export interface WebPortalProps {
  /** The app's production build (`web/dist`). */
  readonly build: string;
  /** The site bucket (data stack), by its fixed name. */
  readonly bucketName: string;
  readonly distribution: IDistribution;
  /** The portal's app client (managed login, authorization code with PKCE). */
  readonly client: IUserPoolClient;
  /** Cognito managed login, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInUrl: string;
}

export class ServiceStack extends Stack {
  readonly alerts: OperatorAlerts;
  readonly mail: MailDelivery;
  readonly ingest: IngestPipeline;
  readonly reminders: ReminderSchedule;
  readonly adminApi: AdminApi;
  readonly referenceData: ReferenceDataSeed;
  readonly webContent: WebContent;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.alerts = new OperatorAlerts(this, 'Alerts', { email: config.alarmEmail });
    const pipeline: PipelineSettings = {
      rolePath: props.pipelineRolePath,
      logRetention: retentionDays(config.logRetentionDays),
      alerts: this.alerts,
      runtimeSourceMaps: config.runtimeSourceMaps,
    };
    const shared = { pipeline, table: props.table };
    const bucket = Bucket.fromBucketName(this, 'PortalBucket', props.portalBucketName);
    const portalOrigin = `https://${props.web.distribution.distributionDomainName}`;

    this.mail = new MailDelivery(this, 'MailDelivery', {
      ...shared,
      senderAddress: config.senderAddress,
      senderName: config.senderName,
      senderIdentity: config.senderIdentity,
      sendRatePerSecond: config.sendRatePerSecond,
    });
    this.ingest = new IngestPipeline(this, 'Ingest', {
      ...shared,
      bucket,
      mailQueue: this.mail.mail.queue,
      maxUploadBytes: config.maxUploadBytes,
    });
    this.reminders = new ReminderSchedule(this, 'Reminders', {
      ...shared,
      mailQueue: this.mail.mail.queue,
      hour: config.plannerHour,
      timeZone: config.scheduleTimeZone,
      secretariatAddress: config.secretariatAddress,
    });
    this.referenceData = new ReferenceDataSeed(this, 'ReferenceData', shared);
    this.adminApi = new AdminApi(this, 'Admin', {
      ...shared,
      bucket,
      userPool: props.userPool,
      clients: [props.userPoolClient, props.web.client],
      maxUploadBytes: config.maxUploadBytes,
      portalOrigins: [portalOrigin, ...config.portalOrigins],
    });
    this.webContent = new WebContent(this, 'WebContent', {
      directory: props.web.build,
      bucket: Bucket.fromBucketName(this, 'WebSiteBucket', props.web.bucketName),
      distribution: props.web.distribution,
      config: cognitoWebConfig({
        apiUrl: this.adminApi.api.apiEndpoint,
        signInUrl: props.web.signInUrl,
        clientId: props.web.client.userPoolClientId,
        portalDomain: props.web.distribution.distributionDomainName,
      }),
    });
    new CfnOutput(this, 'AdminApiUrl', { value: this.adminApi.api.apiEndpoint });
    new CfnOutput(this, 'MailConfigurationSet', { value: this.mail.configurationSet.configurationSetName });
  }
}

/** CloudWatch Logs accepts only certain retention periods: the nearest one at or above `days`. */
function retentionDays(days: number): RetentionDays {
  const allowed = Object.values(RetentionDays).filter((v): v is RetentionDays => typeof v === 'number' && v > 0);
  const fit = allowed.sort((a, b) => a - b).find((v) => v >= days);
  if (fit === undefined) throw new Error(`logRetentionDays ${days} is longer than CloudWatch allows; use at most ${Math.max(...allowed)}.`);
  return fit;
}
