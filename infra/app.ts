/**
 * The CDK app (`cdk.json` runs it): reads the deployment's configuration once, defines the two
 * stacks, and runs cdk-nag's AwsSolutions and Serverless packs on every synth: an unacknowledged
 * finding fails it.
 */
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { readDeploymentConfig } from './config.js';
import { REPOSITORY_ROOT } from './constructs/pipelineFunction.js';
import { definePortal } from './stacks/portal.js';

const app = new App();
const config = readDeploymentConfig((key) => app.node.tryGetContext(key), process.env);
// `npm run synth` builds it first (`npm run build:web`).
definePortal(app, config, { webBuild: path.join(REPOSITORY_ROOT, 'web', 'dist') });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
