/**
 * The service stack: everything that can be replaced without losing data. Queues, functions,
 * schedule, SES configuration, API, alarms. It reads the data stack's bucket, table and user pool
 * and never the other way round, so it can be destroyed and redeployed freely.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
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

export interface ServiceStackProps extends StackProps {
  readonly config: DeploymentConfig;
  readonly pipelineRolePath: string;
  /** The portal bucket (data stack), by its fixed name. */
  readonly portalBucketName: string;
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
}

export class ServiceStack extends Stack {
  readonly alerts: OperatorAlerts;
  readonly mail: MailDelivery;
  readonly ingest: IngestPipeline;
  readonly reminders: ReminderSchedule;
  readonly adminApi: AdminApi;
  readonly referenceData: ReferenceDataSeed;

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
      client: props.userPoolClient,
      maxUploadBytes: config.maxUploadBytes,
      portalOrigins: config.portalOrigins,
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
