/**
 * A work queue with its dead-letter queue: encrypted (SQS-managed keys), TLS-only, and an alarm as
 * soon as one message lands in the dead-letter queue (it needs a person: read it, fix, redrive).
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';
import type { QueueInvocation } from '../../shared/lambda/functionDescription.js';
import type { OperatorAlerts } from './operatorAlerts.js';

export interface ProcessingQueueProps {
  /** What the queue carries, for the alarm text: "S3 upload notifications". */
  readonly carries: string;
  readonly alerts: OperatorAlerts;
  /** Its consumer's queue settings (the function's description): visibility timeout and receive count. */
  readonly consumer: QueueInvocation;
}

export class ProcessingQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ProcessingQueueProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetters', props);
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.consumer.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.consumer.maxReceiveCount },
    });
  }
}

/**
 * A dead-letter queue on its own (for a function's failed asynchronous invocations, a schedule's
 * undeliverable targets, an SNS subscription's undeliverable messages), with its depth alarm.
 */
export function deadLetterQueue(scope: Construct, id: string, props: { carries: string; alerts: OperatorAlerts }): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledge(queue, {
    'Serverless-SQSRedrivePolicy':
      'This is a dead-letter queue: its messages wait for an operator (alarm at depth > 0), there is no further queue to send them to.',
    'AwsSolutions-SQS3':
      "This is itself a dead-letter queue (of a queue's redrive, a function's failed events, or a schedule's undeliverable runs).",
  });
  props.alerts.watch(
    new Alarm(scope, `${id}Alarm`, {
      alarmDescription: `${props.carries}: a message could not be processed and waits in ${id}. Read it, fix the cause, redrive it.`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }),
  );
  return queue;
}
