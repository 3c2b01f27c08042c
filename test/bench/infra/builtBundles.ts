/**
 * The functions' bundles as `cdk synth` builds them: synthesises the app with bundling into a
 * folder and finds each function's bundle (its asset folder) with the environment its template
 * gives it. Shared by the full-synth test and the bundle benchmark, so both look at what deploys.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { App } from 'aws-cdk-lib';

export interface BuiltBundle {
  /** The function's folder under `functions/` (its Powertools service name). */
  name: string;
  /** The asset folder: `index.mjs` and its source map. */
  directory: string;
  entry: string;
  /** The environment the template sets, with deploy-time references replaced by placeholders. */
  environment: Record<string, string>;
}

type TemplateFunction = {
  Type: string;
  Properties: { Runtime?: string; Code?: { S3Key?: string }; Environment?: { Variables?: Record<string, unknown> } };
};

/** A stand-in for a value CloudFormation fills in at deploy time, shaped like the real one. */
function placeholderFor(name: string): string {
  if (name.endsWith('_URL')) return 'https://sqs.us-east-1.amazonaws.com/000000000000/placeholder';
  return `placeholder-${name.toLowerCase().replace(/_/g, '-')}`;
}

/** Synthesises `app` (already built with bundling on) and lists the Node.js functions' bundles. */
export async function builtBundles(app: App): Promise<BuiltBundle[]> {
  const assembly = app.synth();
  const bundles: BuiltBundle[] = [];
  for (const stack of assembly.stacks) {
    const resources = (stack.template as { Resources: Record<string, TemplateFunction> }).Resources;
    for (const resource of Object.values(resources)) {
      // Ours carry a Powertools service name; CDK's own deploy-time handlers do not.
      const variables = resource.Properties.Environment?.Variables ?? {};
      if (resource.Type !== 'AWS::Lambda::Function' || !('POWERTOOLS_SERVICE_NAME' in variables)) continue;
      const hash = resource.Properties.Code?.S3Key?.replace(/\.zip$/, '');
      const directory = path.join(assembly.directory, `asset.${hash}`);
      const environment = Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : placeholderFor(name)]),
      );
      bundles.push({ name: environment.POWERTOOLS_SERVICE_NAME ?? hash ?? '?', directory, entry: path.join(directory, 'index.mjs'), environment });
    }
  }
  return bundles;
}

/** Bytes of the code a function loads at start (its `index.mjs`, not the source map). */
export function bundleBytes(bundle: BuiltBundle): number {
  return statSync(bundle.entry).size;
}

/** Modules bundled beside `index.mjs` that the handler imports only when it needs them. */
export function lazyModules(bundle: BuiltBundle): string[] {
  if (!existsSync(bundle.directory)) return [];
  return readdirSync(bundle.directory)
    .filter((file) => file.endsWith('.mjs') && file !== 'index.mjs')
    .map((file) => path.join(bundle.directory, file));
}

/** Bytes of all the code a function ships: `index.mjs` and its lazily loaded modules. */
export function shippedBytes(bundle: BuiltBundle): number {
  return [bundle.entry, ...lazyModules(bundle)].reduce((sum, file) => sum + statSync(file).size, 0);
}

export async function assetFiles(bundle: BuiltBundle): Promise<string[]> {
  return existsSync(bundle.directory) ? readdir(bundle.directory) : [];
}
