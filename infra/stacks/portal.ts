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

/** What the app is built from besides its configuration. */
export interface PortalSources {
  /** The web portal's production build (`web/dist`, made by `npm run build:web`). */
  readonly webBuild: string;
}

export function definePortal(app: App, config: DeploymentConfig, sources: PortalSources): Portal {
  for (const [flag, value] of Object.entries(FEATURE_FLAGS)) app.node.setContext(flag, value);
  const env = { account: config.account, region: config.region };
  const pipelineRolePath = `/${config.appName}/`;
  const portalBucketName = `${config.appName.toLowerCase()}-portal-${config.account}-${config.region}`;
  const webBucketName = `${config.appName.toLowerCase()}-web-${config.account}-${config.region}`;
  const tags = { application: '1540-reporting-pipeline' };

  const data = new DataStack(app, `${config.appName}-Data`, {
    env,
    tags,
    description: '1540 reporting pipeline: portal bucket, table, users, web portal address (retained on delete)',
    terminationProtection: true,
    pipelineRolePath,
    portalBucketName,
    webBucketName,
    quarantineDays: config.quarantineDays,
    portalOrigins: config.portalOrigins,
    signInDomainPrefix: config.signInDomainPrefix ?? `${config.appName}-${config.account}`.toLowerCase(),
  });
  const service = new ServiceStack(app, `${config.appName}-Service`, {
    env,
    tags,
    description: '1540 reporting pipeline: functions, queues, schedule, mail, API, alarms, web portal content',
    config,
    pipelineRolePath,
    portalBucketName,
    table: data.store.table,
    userPool: data.users.userPool,
    userPoolClient: data.users.client,
    web: {
      build: sources.webBuild,
      bucketName: webBucketName,
      distribution: data.web.distribution,
      client: data.users.webClient,
      signInUrl: data.users.signInUrl,
    },
  });
  service.addStackDependency(data, 'reads the portal bucket, the table, the user pool and the web portal');
  return { data, service };
}
