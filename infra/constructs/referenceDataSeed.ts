/**
 * The reference data a deployment cannot work without (the 193 member state profiles, the
 * Committee's standing deadlines), written during the deployment itself by the seeder function.
 *
 * A CDK trigger invokes the seeder synchronously while CloudFormation deploys, and fails the
 * deployment when the seeder fails: a deployment never reports success over an empty table. It
 * runs again whenever the seeder changes, and the data is bundled into the seeder, so a new member
 * state or standing deadline reaches the table with the deployment that brings it.
 */
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Trigger } from 'aws-cdk-lib/triggers';
import { Construct } from 'constructs';
import { seederFunction } from '../../functions/seeder/function.js';
import { grantTableUse } from './grants.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';

export interface ReferenceDataSeedProps {
  readonly table: ITable;
  readonly pipeline: PipelineSettings;
}

export class ReferenceDataSeed extends Construct {
  readonly seeder: PipelineFunction<typeof seederFunction.environment>;
  readonly trigger: Trigger;

  constructor(scope: Construct, id: string, props: ReferenceDataSeedProps) {
    super(scope, id);
    this.seeder = new PipelineFunction(this, 'Seeder', {
      description: seederFunction,
      pipeline: props.pipeline,
      environment: { TABLE_NAME: props.table.tableName },
    });
    // Counts the profiles by status (GSI1); one conditional put per missing profile or deadline.
    grantTableUse(this.seeder.role, props.table, { items: ['PutItem'], queryIndexes: ['GSI1'] });

    this.trigger = new Trigger(this, 'AtDeployment', {
      handler: this.seeder.function,
      timeout: Duration.minutes(3),
      executeOnHandlerChange: true,
    });
  }
}
