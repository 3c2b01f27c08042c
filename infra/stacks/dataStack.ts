/**
 * The stateful stack: what holds the Committee's data and must outlive any redeploy of the code.
 * The portal bucket (and its access logs), the table, and the user pool (users and their MFA
 * secrets are state too: replacing a pool would lock every state out). Everything here is
 * retained on stack deletion. Changing a construct id here replaces data: don't.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { PortalBucket } from '../constructs/portalBucket.js';
import { PortalTable } from '../constructs/portalTable.js';
import { PortalUsers } from '../constructs/portalUsers.js';

export interface DataStackProps extends StackProps {
  /** IAM path of the pipeline's roles (`/Portal1540/`): the bucket policy trusts it. */
  readonly pipelineRolePath: string;
  readonly portalBucketName: string;
  readonly quarantineDays: number;
  readonly portalOrigins: readonly string[];
}

export class DataStack extends Stack {
  readonly portal: PortalBucket;
  readonly store: PortalTable;
  readonly users: PortalUsers;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.portal = new PortalBucket(this, 'Portal', {
      bucketName: props.portalBucketName,
      pipelineRoleArnPattern: `arn:${this.partition}:iam::${this.account}:role${props.pipelineRolePath}*`,
      quarantineDays: props.quarantineDays,
      portalOrigins: props.portalOrigins,
    });
    this.store = new PortalTable(this, 'Store');
    this.users = new PortalUsers(this, 'Users');

    new CfnOutput(this, 'PortalBucketName', { value: this.portal.bucket.bucketName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
  }
}
