/**
 * Where the pipeline tells its operators that something needs a person: an SNS topic (encrypted
 * with a key CloudWatch may use, TLS-only) with an optional e-mail subscription, and `watch()` to
 * route an alarm to it.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import type { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface OperatorAlertsProps {
  /** Confirmed by a link SNS mails to it; more subscribers can be added in the console. */
  readonly email?: string;
}

export class OperatorAlerts extends Construct {
  /**
   * Encrypts the pipeline's SNS topics (alarms; SES bounce and complaint notices, which carry
   * recipients' addresses). AWS's own SNS key cannot be used by CloudWatch or SES, hence this one.
   */
  readonly messagesKey: Key;
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: OperatorAlertsProps) {
    super(scope, id);
    this.messagesKey = new Key(this, 'MessagesKey', {
      description: '1540 pipeline: SNS topics (operator alarms, SES feedback)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.allowPublisher(new ServicePrincipal('cloudwatch.amazonaws.com'));

    this.topic = new Topic(this, 'Topic', {
      displayName: '1540 pipeline alarms',
      masterKey: this.messagesKey,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
  }

  /** Lets an AWS service publish to a topic encrypted with `messagesKey`. */
  allowPublisher(service: ServicePrincipal): void {
    this.messagesKey.grant(service, 'kms:Decrypt', 'kms:GenerateDataKey*');
  }

  watch(alarm: Alarm): Alarm {
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}
