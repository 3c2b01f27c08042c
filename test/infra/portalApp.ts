/**
 * Builds the portal's CDK app for the infrastructure tests, as `infra/app.ts` does, with the
 * choices a test needs: bundling skipped (a stack test then takes about a second), cdk-nag on or
 * off, and configuration overrides.
 */
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { DeploymentConfig, readDeploymentConfig } from '../../infra/config.js';
import { definePortal, type Portal } from '../../infra/stacks/portal.js';

/** A tiny stand-in for `web/dist` (an index.html and one hashed asset): the tests never build the app. */
export const WEB_BUILD_FIXTURE = fileURLToPath(new URL('./fixtures/webBuild', import.meta.url));

export interface PortalAppOptions {
  /** Bundle the functions with esbuild (slow: seconds per function). Default: skipped. */
  bundle?: boolean;
  /** Run cdk-nag's AwsSolutions and Serverless packs at synth. */
  nag?: boolean;
  /** aws-cdk-lib's own template validation (~9 s). Default: off. */
  validate?: boolean;
  config?: Partial<Record<keyof DeploymentConfig, unknown>>;
  outdir?: string;
}

export interface PortalApp extends Portal {
  app: App;
  config: DeploymentConfig;
}

export function buildPortalApp(options: PortalAppOptions = {}): PortalApp {
  const app = new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: options.validate ?? false,
    context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const config = readDeploymentConfig((key) => options.config?.[key as keyof DeploymentConfig], {});
  const portal = definePortal(app, config, { webBuild: WEB_BUILD_FIXTURE });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, config, ...portal };
}

/** The two templates of a default app (built once per test file that asks). */
export function portalTemplates(options: PortalAppOptions = {}) {
  const portal = buildPortalApp(options);
  return { ...portal, data: Template.fromStack(portal.data), service: Template.fromStack(portal.service) };
}
