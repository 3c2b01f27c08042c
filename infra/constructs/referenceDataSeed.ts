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
import { grantTableUse } from './grants.js';
import { PipelineFunction, type PipelineSettings } from './pipelineFunction.js';

export interface ReferenceDataSeedProps {
  readonly table: ITable;
  readonly pipeline: PipelineSettings;
}

export class ReferenceDataSeed extends Construct {
  readonly seeder: PipelineFunction;
  readonly trigger: Trigger;

  constructor(scope: Construct, id: string, props: ReferenceDataSeedProps) {
    super(scope, id);
    this.seeder = new PipelineFunction(this, 'Seeder', {
      folder: 'seeder',
      description: 'At deployment: creates the member state profiles and standing deadlines that are missing',
      // 2 counting queries, then (first deployment only) 193 + a few conditional puts, 16 at a time:
      // 1.2 s against the local stand-ins (referenceDataSeeder test). Start-up: ~50 MB.
      memorySize: 256,
      timeout: Duration.minutes(2),
      pipeline: props.pipeline,
      invokedBy: { kind: 'deployment' },
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
