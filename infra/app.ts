/**
 * The CDK app (`cdk.json` runs it): reads the deployment's configuration once, defines the two
 * stacks, and runs cdk-nag's AwsSolutions and Serverless packs on every synth: an unacknowledged
 * finding fails it.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { readDeploymentConfig } from './config.js';
import { definePortal } from './stacks/portal.js';

const app = new App();
const config = readDeploymentConfig((key) => app.node.tryGetContext(key), process.env);
definePortal(app, config);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
app.synth();
