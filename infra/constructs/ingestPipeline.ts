/**
 * Uploads → ingest: S3 ObjectCreated notifications for the ingest prefixes go to the uploads queue,
 * which feeds the ingest function as its description says (`functions/ingest/function.ts`: batch
 * size, receive count before the dead-letter queue, visibility timeout, concurrency, sizing).
 */
import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { ingestFunction } from '../../functions/ingest/function.js';
import { COMMITTEE_PREFIX, INCOMING_PREFIX, INGEST_PREFIXES, QUARANTINE_PREFIX } from '../../shared/portal/uploadLocation.js';
import { acknowledge } from './acknowledge.js';
import { grantObjectUse, grantTableUse } from './grants.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';
import { ProcessingQueue } from './processingQueue.js';

/** The singleton function CDK adds to a stack for bucket notifications (its id is fixed by CDK). */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

export interface IngestPipelineProps {
  readonly bucket: IBucket;
  readonly table: ITable;
  readonly mailQueue: IQueue;
  readonly maxUploadBytes: number;
  readonly pipeline: PipelineSettings;
}

export class IngestPipeline extends Construct {
  readonly uploads: ProcessingQueue;
  readonly ingest: PipelineFunction<typeof ingestFunction.environment>;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    this.uploads = new ProcessingQueue(this, 'Uploads', {
      carries: 'S3 notifications of new uploads',
      alerts: props.pipeline.alerts,
      consumer: ingestFunction.invokedBy,
    });

    // The bucket lives in the data stack (here it is imported by name); its notification
    // configuration is written from this stack, by CDK's deploy-time handler (allowed
    // s3:PutBucketNotification on this one bucket), so the data stack never depends on this one.
    for (const prefix of INGEST_PREFIXES) {
      props.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.uploads.queue), { prefix });
    }
    const notificationsHandler = Stack.of(this).node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
    if (notificationsHandler) {
      acknowledge(notificationsHandler, {
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
          "CDK's own deploy-time handler that writes the bucket's notification configuration; the managed policy only lets it write its logs.",
      });
    }

    this.ingest = new PipelineFunction(this, 'Function', {
      description: ingestFunction,
      pipeline: props.pipeline,
      environment: {
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        MAX_UPLOAD_BYTES: String(props.maxUploadBytes),
        // Upload receipts to the state's contact points go through the mail queue.
        MAIL_QUEUE_URL: props.mailQueue.queueUrl,
      },
    });
    this.ingest.consume(this.uploads);

    const role = this.ingest.role;
    // Every read, copy and delete names the version of its event (one upload, one version): the
    // version actions only, and the version listing that finds a key's first version.
    grantObjectUse(role, props.bucket, {
      actions: ['s3:GetObjectVersion', 's3:DeleteObjectVersion'],
      prefixes: [INCOMING_PREFIX, COMMITTEE_PREFIX],
      listBucket: true,
      listVersions: true,
    });
    grantObjectUse(role, props.bucket, { actions: ['s3:PutObject'], prefixes: [QUARANTINE_PREFIX] });
    // Submissions are found by id through GSI1, a state's contacts by key prefix (for receipts);
    // every write is a put or an update by key.
    grantTableUse(role, props.table, { items: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], queryIndexes: ['GSI1'] });
    props.mailQueue.grantSendMessages(role);
  }
}
