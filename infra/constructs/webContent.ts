/**
 * What the portal's distribution serves: the single-page app's production build (`web/dist`, made
 * by `npm run build:web`) and the `config.json` that tells it where the admin API and the sign-in
 * service are (the contract is `shared/portal/webConfig.ts`). Deployed from the service stack,
 * where the API's address is known, into the data stack's site bucket (`WebHosting`).
 *
 * Two deployments, so that browsers cache what can be cached: Vite names every file under
 * `assets/` after a hash of its content, so those are cached for a year and never deleted (a page
 * opened before a deploy can still load its chunks); everything else (`index.html`,
 * `config.json`, …) is revalidated on every load, and the distribution's cache is invalidated.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DefaultStackSynthesizer, Duration, Stack } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { WEB_CONFIG_FILE, WEB_SCOPES, SIGNED_IN_PATH, type WebConfig } from '../../shared/portal/webConfig.js';
import { acknowledge, wildcardResourceFinding } from './acknowledge.js';

export interface WebContentProps {
  /** The app's production build: a folder with `index.html` (and Vite's `assets/`). */
  readonly directory: string;
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  readonly config: WebConfig;
}

/** Files under this folder are named after their content (Vite's `build.assetsDir`). */
const HASHED_ASSETS = 'assets/*';

export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    if (!existsSync(path.join(props.directory, 'index.html'))) {
      throw new Error(`The web portal's build ${props.directory} has no index.html: run \`npm run build:web\` first (\`npm run synth\` does).`);
    }
    const stack = Stack.of(this);

    // CDK's deployment function, with a role of ours holding exactly what it uses: CDK's own grant
    // reads and writes by wildcard actions and invalidates any distribution ('*'). Handed to CDK
    // without policy updates, so CDK adds none of its grants.
    const role = new Role(this, 'DeploymentRole', {
      description: "Copies the web portal's build into its site bucket and invalidates its distribution (deploy time only)",
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
    });
    const assetObjects = `arn:${stack.partition}:s3:::${cdkAssetBucketName(stack)}/*`;
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [assetObjects] }));
    // `aws s3 sync` lists the site to compare and prune, then puts and deletes files.
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn] }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [props.bucket.arnForObjects('*')] }));
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'], resources: [props.distribution.distributionArn] }),
    );
    acknowledge(role, {
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        "CDK's own deploy-time function that copies the web build into the site bucket; the managed policy only lets it write its logs.",
      [wildcardResourceFinding(role, assetObjects)]:
        "Reads the build's zips from the CDK asset bucket, named by content hashes known only once they are uploaded.",
      [wildcardResourceFinding(role, props.bucket.arnForObjects('*'))]:
        'Writes and prunes the files of the site bucket, which holds the web build and nothing else.',
    });
    const deployment = { destinationBucket: props.bucket, role: role.withoutPolicyUpdates(), memoryLimit: 512 };

    const build = Source.asset(props.directory);
    const assets = new BucketDeployment(this, 'Assets', {
      ...deployment,
      sources: [build],
      exclude: ['*'],
      include: [HASHED_ASSETS],
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      outputObjectKeys: false,
    });
    const pages = new BucketDeployment(this, 'Pages', {
      ...deployment,
      sources: [build, Source.jsonData(WEB_CONFIG_FILE, props.config)],
      // Neither uploaded nor pruned here: the assets deployment owns them.
      exclude: [HASHED_ASSETS],
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      // The list of copied keys would not fit in a custom resource's 4 KB answer; nothing reads it.
      outputObjectKeys: false,
    });
    // A new index.html must never name a chunk that is not there yet.
    pages.node.addDependency(assets);

    // Both deployments share CDK's deployment function, one per stack and memory size, at the stack's root.
    const handlers = stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handlers.length === 0) throw new Error(`No CDK deployment function found in ${stack.stackName}: has aws-cdk-lib renamed it?`);
    for (const handler of handlers) acknowledge(handler, {
      'AwsSolutions-L1': "CDK's deployment function runs the Python runtime aws-cdk-lib pins with its AWS CLI layer; it runs only during a deploy.",
      'Serverless-LambdaLatestVersion': "CDK's deployment function; its runtime is aws-cdk-lib's choice.",
      'Serverless-LambdaDLQ': 'Invoked synchronously by CloudFormation during a deploy, which reports a failure itself.',
      'Serverless-LambdaTracing': 'A deploy-time copy of static files; there is nothing to trace.',
    });
  }
}

/** The bootstrap's file asset bucket (`cdk bootstrap` with its default qualifier), where the build's zip waits. */
function cdkAssetBucketName(stack: Stack): string {
  return DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME.replace('${Qualifier}', DefaultStackSynthesizer.DEFAULT_QUALIFIER)
    .replace('${AWS::AccountId}', stack.account)
    .replace('${AWS::Region}', stack.region);
}

/**
 * The portal's `config.json` on AWS: the API, and Cognito managed login's OAuth endpoints for the
 * web client. `portalDomain` is the distribution's domain (a deploy-time value: it is spliced in
 * unencoded, which a host name needs not be).
 */
export function cognitoWebConfig(where: { apiUrl: string; signInUrl: string; clientId: string; portalDomain: string }): WebConfig {
  const portalOrigin = `https://${where.portalDomain}`;
  return {
    apiUrl: where.apiUrl,
    auth: {
      kind: 'cognito',
      authorizeUrl: `${where.signInUrl}/oauth2/authorize`,
      tokenUrl: `${where.signInUrl}/oauth2/token`,
      // Cognito's logout endpoint ends the managed-login session and redirects to `logout_uri`,
      // which must be one of the client's registered logout URLs: the portal's root.
      logoutUrl: `${where.signInUrl}/logout?client_id=${where.clientId}&logout_uri=https%3A%2F%2F${where.portalDomain}%2F`,
      clientId: where.clientId,
      redirectUri: `${portalOrigin}${SIGNED_IN_PATH}`,
      scopes: [...WEB_SCOPES],
    },
    calendarUrl: `${where.apiUrl}/calendar.ics`,
  };
}
