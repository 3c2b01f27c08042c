/**
 * The whole deployment: the data stack and the service stack, named after `appName`, in one
 * fixed account and region (no lookups: synth needs no credentials and no network).
 */
import type { App } from 'aws-cdk-lib';
import type { DeploymentConfig } from '../config.js';
import { DataStack } from './dataStack.js';
import { ServiceStack } from './serviceStack.js';

/** Feature flags this app relies on, set before any construct is made. */
const FEATURE_FLAGS = {
  // Server access logs are delivered under a bucket policy, not an ACL (ACLs are disabled).
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-iam:minimizePolicies': true,
  // The service stack imports the table and user pool; the data stack keeps its exports while used.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

export interface Portal {
  data: DataStack;
  service: ServiceStack;
}

export function definePortal(app: App, config: DeploymentConfig): Portal {
  for (const [flag, value] of Object.entries(FEATURE_FLAGS)) app.node.setContext(flag, value);
  const env = { account: config.account, region: config.region };
  const pipelineRolePath = `/${config.appName}/`;
  const portalBucketName = `${config.appName.toLowerCase()}-portal-${config.account}-${config.region}`;
  const tags = { application: '1540-reporting-pipeline' };

  const data = new DataStack(app, `${config.appName}-Data`, {
    env,
    tags,
    description: '1540 reporting pipeline: portal bucket, table, users (retained on delete)',
    terminationProtection: true,
    pipelineRolePath,
    portalBucketName,
    quarantineDays: config.quarantineDays,
    portalOrigins: config.portalOrigins,
  });
  const service = new ServiceStack(app, `${config.appName}-Service`, {
    env,
    tags,
    description: '1540 reporting pipeline: functions, queues, schedule, mail, API, alarms',
    config,
    pipelineRolePath,
    portalBucketName,
    table: data.store.table,
    userPool: data.users.userPool,
    userPoolClient: data.users.client,
  });
  service.addStackDependency(data, 'reads the portal bucket, the table and the user pool');
  return { data, service };
}
