/**
 * The stateful stack: what holds the Committee's data and must outlive any redeploy of the code.
 * The portal bucket (and its access logs), the table, the user pool (users and their MFA
 * secrets are state too: replacing a pool would lock every state out), and the web portal's
 * distribution (its domain is the portal's address, registered with Cognito and bookmarked).
 * Everything here is retained on stack deletion. Changing a construct id here replaces data: don't.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Construct } from 'constructs';
import { PortalBucket } from '../constructs/portalBucket.js';
import { PortalTable } from '../constructs/portalTable.js';
import { managedLoginUrl, PortalUsers } from '../constructs/portalUsers.js';
import { WebHosting } from '../constructs/webHosting.js';

export interface DataStackProps extends StackProps {
  /** IAM path of the pipeline's roles (`/Portal1540/`): the bucket policy trusts it. */
  readonly pipelineRolePath: string;
  readonly portalBucketName: string;
  /** The web portal's site bucket. */
  readonly webBucketName: string;
  readonly quarantineDays: number;
  /** Origins allowed to POST upload forms besides the portal's own distribution. */
  readonly portalOrigins: readonly string[];
  readonly signInDomainPrefix: string;
}

export class DataStack extends Stack {
  readonly portal: PortalBucket;
  readonly store: PortalTable;
  readonly users: PortalUsers;
  readonly web: WebHosting;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const domainSuffix = RegionInfo.get(this.region).domainSuffix ?? 'amazonaws.com';
    this.web = new WebHosting(this, 'Web', {
      bucketName: props.webBucketName,
      connections: {
        // The API is the service stack's, made after this stack, and the distribution's domain is
        // needed by the API's CORS: its own address cannot be named here without a cycle. Only
        // API Gateway endpoints of this region can be reached; the API's CORS names the portal exactly.
        adminApi: `https://*.execute-api.${this.region}.${domainSuffix}`,
        signIn: managedLoginUrl(props.signInDomainPrefix, this.region),
        // Where the upload grant's form is posted (the SDK's regional, virtual-hosted address).
        upload: `https://${props.portalBucketName}.s3.${this.region}.${domainSuffix}`,
      },
    });
    this.portal = new PortalBucket(this, 'Portal', {
      bucketName: props.portalBucketName,
      pipelineRoleArnPattern: `arn:${this.partition}:iam::${this.account}:role${props.pipelineRolePath}*`,
      quarantineDays: props.quarantineDays,
      portalOrigins: [this.web.origin, ...props.portalOrigins],
    });
    this.store = new PortalTable(this, 'Store');
    this.users = new PortalUsers(this, 'Users', {
      signInDomainPrefix: props.signInDomainPrefix,
      portalDomain: this.web.distribution.distributionDomainName,
    });

    new CfnOutput(this, 'PortalBucketName', { value: this.portal.bucket.bucketName });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
    new CfnOutput(this, 'WebPortalUrl', { value: `${this.web.origin}/` });
  }
}
