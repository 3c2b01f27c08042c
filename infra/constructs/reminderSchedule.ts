/**
 * The daily reminder run: EventBridge Scheduler invokes the planner once a day, at an hour of the
 * secretariat's time zone. The planner crosses deadlines with the states that have not complied
 * and the reminder ladder, and queues one e-mail per reminder key (a conditional put claims each
 * key first, so a repeated run queues nothing twice).
 *
 * Failures: the scheduler retries, then parks the event in the dead-letter queue; a failed
 * asynchronous invocation of the planner lands there too. Either way the operators are alerted.
 */
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { plannerFunction } from '../../functions/planner/function.js';
import { grantTableUse } from './grants.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';
import { deadLetterQueue } from './processingQueue.js';

export interface ReminderScheduleProps {
  readonly table: ITable;
  readonly mailQueue: IQueue;
  readonly hour: number;
  readonly timeZone: string;
  /** Where the planner mails the daily digest of the Committee's and the Secretariat's tasks. */
  readonly secretariatAddress?: string;
  readonly pipeline: PipelineSettings;
}

export class ReminderSchedule extends Construct {
  readonly planner: PipelineFunction<typeof plannerFunction.environment>;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: ReminderScheduleProps) {
    super(scope, id);
    const failed = deadLetterQueue(this, 'DeadLetters', { carries: 'Daily reminder runs', alerts: props.pipeline.alerts });

    this.planner = new PipelineFunction(this, 'Planner', {
      description: plannerFunction,
      pipeline: props.pipeline,
      onFailure: failed,
      environment: {
        TABLE_NAME: props.table.tableName,
        MAIL_QUEUE_URL: props.mailQueue.queueUrl,
        ...(props.secretariatAddress && { SECRETARIAT_ADDRESS: props.secretariatAddress }),
      },
    });
    // Deadlines and states by status (GSI1), a state's contacts and submissions and an occurrence's
    // reminders (key prefixes); one conditional put per reminder key.
    grantTableUse(this.planner.role, props.table, { items: ['Query', 'PutItem'], queryIndexes: ['GSI1'] });
    props.mailQueue.grantSendMessages(this.planner.role);

    // The scheduler's own role, written here: CDK's default would also allow every version
    // (`<function>:*`) of the planner. This one invokes the function and parks failures, nothing else.
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      path: props.pipeline.rolePath,
    });
    schedulerRole.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.planner.function.functionArn] }),
    );
    failed.grantSendMessages(schedulerRole);

    this.schedule = new Schedule(this, 'Daily', {
      description: 'Plans the day\'s reminders to national points of contact',
      schedule: ScheduleExpression.cron({ minute: '0', hour: String(props.hour), timeZone: TimeZone.of(props.timeZone) }),
      target: new LambdaInvoke(this.planner.function, {
        role: schedulerRole.withoutPolicyUpdates(),
        deadLetterQueue: failed,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
      }),
    });
  }
}
