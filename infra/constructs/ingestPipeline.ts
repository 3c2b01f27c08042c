/**
 * Uploads → ingest: S3 ObjectCreated notifications for the ingest prefixes go to the uploads queue
 * (dead-letter queue after 5 deliveries), which feeds the ingest function in small batches with
 * partial batch failures (a bad record is retried alone, the rest of the batch is done).
 *
 * Sizing, from the extractor's own bounds (`shared/extraction/limits.ts`): one document costs at
 * most 20 s of CPU (its wall-time budget) and, measured, ~90–110 MB peak for a PDF read with
 * unpdf (more for a 25 MB file's bytes plus a 100 MB inflated zip at worst, ~250 MB). 1769 MB is
 * one full vCPU, so the 20 s budget means on Lambda what it means on a laptop core; a batch of 2
 * is then at most ~40 s of CPU and ~500 MB: timeout 90 s, and the queue's visibility timeout
 * 6× that, as AWS advises for Lambda consumers.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Construct } from 'constructs';
import { COMMITTEE_PREFIX, INCOMING_PREFIX, INGEST_PREFIXES, QUARANTINE_PREFIX } from '../../shared/portal/uploadLocation.js';
import { acknowledge } from './acknowledge.js';
import { grantObjectUse, grantTableUse } from './grants.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';
import { ProcessingQueue } from './processingQueue.js';

/** The singleton function CDK adds to a stack for bucket notifications (its id is fixed by CDK). */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

export const INGEST_TIMEOUT = Duration.seconds(90);

export interface IngestPipelineProps {
  readonly bucket: IBucket;
  readonly table: ITable;
  readonly mailQueue: IQueue;
  readonly maxUploadBytes: number;
  readonly pipeline: PipelineSettings;
}

export class IngestPipeline extends Construct {
  readonly uploads: ProcessingQueue;
  readonly ingest: PipelineFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    this.uploads = new ProcessingQueue(this, 'Uploads', {
      carries: 'S3 notifications of new uploads',
      alerts: props.pipeline.alerts,
      visibilityTimeout: Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6),
      maxReceiveCount: 5,
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
      folder: 'ingest',
      description: 'Reads each new upload, extracts what it says, records the submission; quarantines refused files',
      // Measured (`npm run bench:accuracy`, `npm run bench -- bundles`): a 200-page PDF peaks at
      // 156-160 MB and takes 0.8 s warm, 2 s in a fresh process, on one core; hostile files peak at
      // 98-124 MB; start-up 58 MB. Extraction is CPU-bound, so the memory buys CPU: 1769 MB is one
      // full vCPU. The timeout (90 s) is ~20× the slowest measured document, for a batch of two.
      memorySize: 1769,
      timeout: INGEST_TIMEOUT,
      invokedBy: { kind: 'queue' },
      pipeline: props.pipeline,
      // The extractor (PDF, DOCX, XLSX readers: most of the code) loads with the first upload.
      lazyModules: ['#functions/ingest/extraction.js'],
      environment: {
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        MAX_UPLOAD_BYTES: String(props.maxUploadBytes),
        // Upload receipts to the state's contact points go through the mail queue.
        MAIL_QUEUE_URL: props.mailQueue.queueUrl,
      },
    });
    this.ingest.function.addEventSource(
      new SqsEventSource(this.uploads.queue, { batchSize: 2, reportBatchItemFailures: true, maxConcurrency: 5 }),
    );

    const role = this.ingest.role;
    grantObjectUse(role, props.bucket, { actions: ['s3:GetObject', 's3:DeleteObject'], prefixes: [INCOMING_PREFIX, COMMITTEE_PREFIX], listBucket: true });
    grantObjectUse(role, props.bucket, { actions: ['s3:PutObject'], prefixes: [QUARANTINE_PREFIX] });
    // Submissions are found by id through GSI1, a state's contacts by key prefix (for receipts);
    // every write is a put or an update by key.
    grantTableUse(role, props.table, { items: ['GetItem', 'PutItem', 'UpdateItem', 'Query'], queryIndexes: ['GSI1'] });
    props.mailQueue.grantSendMessages(role);
  }
}
