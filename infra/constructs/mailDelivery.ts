/**
 * E-mail: the mail queue (one message per e-mail: upload receipts, reminders), the mailer that
 * sends them through SES at the account's send rate, and the way back: SES bounce and complaint
 * events → SNS → the feedback function, which marks the contact so it gets no more mail.
 *
 * Send rate: SES allows `sendRatePerSecond` e-mails per second (1 in the sandbox). The mailer paces
 * itself per process, so the account's rate is split between the copies its description lets run
 * at once (reserved concurrency and the event source's bound; `functions/mailer/function.ts`): each
 * is given its share, MAIL_SEND_RATE = sendRatePerSecond / copies. (Reserved concurrency 1 alone
 * would not do: an SQS poller cannot be bounded below 2, and batches it hands to a throttled
 * function count as receives and end in the dead-letter queue.)
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { feedbackFunction } from '../../functions/feedback/function.js';
import { mailerFunction } from '../../functions/mailer/function.js';
import { METRICS_NAMESPACE, PipelineMetric } from '../../shared/lambda/metricNames.js';
import type { DeploymentConfig } from '../config.js';
import { grantTableUse } from './grants.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';
import { deadLetterQueue, ProcessingQueue } from './processingQueue.js';

export interface MailDeliveryProps {
  readonly table: ITable;
  readonly senderAddress: string;
  readonly senderName: string;
  readonly senderIdentity: DeploymentConfig['senderIdentity'];
  readonly sendRatePerSecond: number;
  readonly pipeline: PipelineSettings;
}

export class MailDelivery extends Construct {
  readonly mail: ProcessingQueue;
  readonly configurationSet: ConfigurationSet;
  readonly feedbackTopic: Topic;
  readonly mailer: PipelineFunction<typeof mailerFunction.environment>;
  readonly feedback: PipelineFunction<typeof feedbackFunction.environment>;

  constructor(scope: Construct, id: string, props: MailDeliveryProps) {
    super(scope, id);
    this.mail = new ProcessingQueue(this, 'Mail', {
      carries: 'E-mails to send (upload receipts, reminders)',
      alerts: props.pipeline.alerts,
      consumer: mailerFunction.invokedBy,
    });

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      // SES itself drops mail to addresses on the account's suppression list.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const senderDomain = props.senderAddress.split('@')[1] ?? '';
    if (props.senderIdentity !== 'existing') {
      new EmailIdentity(this, 'SenderIdentity', {
        identity: props.senderIdentity === 'domain' ? Identity.domain(senderDomain) : Identity.email(props.senderAddress),
        configurationSet: this.configurationSet,
      });
    }

    props.pipeline.alerts.allowPublisher(new ServicePrincipal('ses.amazonaws.com'));
    this.feedbackTopic = new Topic(this, 'FeedbackTopic', {
      displayName: '1540 pipeline: SES bounces and complaints',
      masterKey: props.pipeline.alerts.messagesKey,
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.reputationAlarm(props.pipeline.alerts, 'BounceRate', 'Reputation.BounceRate', 0.05, 'SES reviews accounts above 5 % bounces and pauses them at 10 %');
    props.pipeline.alerts.watch(
      new Alarm(this, 'MailsFailed', {
        alarmDescription:
          'SES refused e-mails for good (MailsFailed, any in an hour): their records say why. Check the sender identity, the configuration set and the addresses.',
        metric: new Metric({
          namespace: METRICS_NAMESPACE,
          metricName: PipelineMetric.mailsFailed,
          dimensionsMap: { service: mailerFunction.name },
          statistic: 'Sum',
          period: Duration.hours(1),
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
    this.reputationAlarm(props.pipeline.alerts, 'ComplaintRate', 'Reputation.ComplaintRate', 0.001, 'SES reviews accounts above 0.1 % complaints');

    const stack = Stack.of(this);
    const sesArn = (resource: string, resourceName: string) => stack.formatArn({ service: 'ses', resource, resourceName });
    // SES authorises a send against the identity it uses (the address, or its verified domain)
    // and against the configuration set: exactly these, no wildcard.
    const identityArns = [sesArn('identity', props.senderAddress), sesArn('identity', senderDomain)];
    const configurationSetArn = sesArn('configuration-set', this.configurationSet.configurationSetName);

    this.mailer = new PipelineFunction(this, 'Mailer', {
      description: mailerFunction,
      pipeline: props.pipeline,
      environment: {
        TABLE_NAME: props.table.tableName,
        MAIL_FROM: `${props.senderName} <${props.senderAddress}>`,
        MAIL_CONFIGURATION_SET: this.configurationSet.configurationSetName,
        MAIL_SEND_RATE: String(props.sendRatePerSecond / mailerFunction.invokedBy.maxConcurrency),
      },
    });
    this.mailer.consume(this.mail);
    this.mailer.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [...identityArns, configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': props.senderAddress } },
      }),
    );
    // Reads the contact (suppressed addresses get no mail); claims and settles the mail record.
    grantTableUse(this.mailer.role, props.table, { items: ['GetItem', 'UpdateItem'] });

    const undelivered: Queue = deadLetterQueue(this, 'FeedbackDeadLetters', {
      carries: 'SES bounce and complaint notices',
      alerts: props.pipeline.alerts,
    });
    this.feedback = new PipelineFunction(this, 'Feedback', {
      description: feedbackFunction,
      pipeline: props.pipeline,
      onFailure: undelivered,
      environment: { TABLE_NAME: props.table.tableName },
    });
    this.feedbackTopic.addSubscription(new LambdaSubscription(this.feedback.function, { deadLetterQueue: undelivered }));
    // Contacts are found by e-mail address through GSI1, then updated by key.
    grantTableUse(this.feedback.role, props.table, { items: ['UpdateItem'], queryIndexes: ['GSI1'] });
  }

  private reputationAlarm(alerts: OperatorAlerts, id: string, metricName: string, threshold: number, why: string): void {
    alerts.watch(new Alarm(this, id, {
      alarmDescription: `SES ${metricName} above ${threshold * 100} % (${why}). Check the feedback function and the contact lists.`,
      metric: new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) }),
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }));
  }
}
