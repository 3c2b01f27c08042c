/**
 * Bundle benchmark: each function's bundle as `cdk synth` builds it (size) and its module
 * initialisation (importing the bundle in a fresh Node process, as a Lambda cold start does),
 * against an empty handler bundled with the same recipe in the same run.
 *
 * Targets (issue 6): every bundle under 1 MB except ingest's (under 5 MB: it carries the PDF,
 * DOCX and XLSX readers); initialisation under 3× the empty handler's.
 *
 * "init" is the whole fresh process, spawn to exit, as Lambda's init includes starting Node;
 * "import" is the import alone, timed inside the process. Medians of RUNS runs each. "× empty" is
 * the median of each round's ratio to the baseline started in that round, with its quartiles: on a
 * busy machine whole rounds slow down together, and the quartiles show how far that moves a ratio.
 *
 * A function with lazily loaded modules (ingest's extractor) gets a second row, "+ lazy modules",
 * that also imports those: what its first use after a cold start pays (ingest's is the entry of
 * the child process it reads documents in: that child starts from it alone, so the row bounds the
 * child's start from above). Its size limit applies to all the code it ships; its init is the
 * handler's `index.mjs` alone, as on Lambda.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { readDeploymentConfig } from '../../../infra/config.js';
import { FUNCTION_BUNDLING, FUNCTION_RUNTIME, REPOSITORY_ROOT } from '../../../infra/constructs/pipelineFunction.js';
import { definePortal } from '../../../infra/stacks/portal.js';
import { WEB_BUILD_FIXTURE } from '../../infra/portalApp.js';
import { builtBundles, bundleBytes, lazyModules, shippedBytes, type BuiltBundle } from './builtBundles.js';
import { median, quantile } from '../statistics.js';

const RUNS = 15;
const MB = 1024 * 1024;
const BASELINE = 'empty handler';
/** Reference, not a target: the SDK, logger and middy alone (see runtimeFloorHandler.ts). */
const RUNTIME_FLOOR = 'runtime floor';
const LIMITS: Record<string, number> = { ingest: 5 * MB };
const INIT_RATIO_LIMIT = 3;

export interface BundleFigures {
  name: string;
  /** Code loaded at start, and all the code shipped (lazily loaded modules included). */
  bytes: number;
  shippedBytes: number;
  /** True for the row that also imports the lazily loaded modules. */
  withLazyModules: boolean;
  initMs: number;
  /**
   * Init against the baseline's, start by start: each run's ratio is taken against the baseline
   * started in the same round (moments apart), so a slow spell of the machine falls on both; the
   * median of those, and the quartiles, which say how far noise moves it.
   */
  ratio: { median: number; low: number; high: number };
  importMs: number;
  peakRssMb: number;
}

/** Imports the bundle in a fresh process; returns that process's wall time and its own timings. */
async function startOnce(bundle: BuiltBundle, withLazyModules: boolean): Promise<{ wallMs: number; importMs: number; peakRssMb: number }> {
  const script = [
    'const t0 = performance.now();',
    `const m = await import(${JSON.stringify(pathToFileURL(bundle.entry).href)});`,
    "if (typeof m.handler !== 'function') throw new Error('no handler');",
    ...(withLazyModules ? lazyModules(bundle).map((file) => `await import(${JSON.stringify(pathToFileURL(file).href)});`) : []),
    'const importMs = performance.now() - t0;',
    'console.log(JSON.stringify({ importMs, peakRssMb: process.resourceUsage().maxRSS / 1024 }));',
    // A lazy module may be a child process's entry (ingest's reader), which serves its parent until it goes.
    'process.exit(0);',
  ].join('\n');
  const started = performance.now();
  // The function's own environment, NODE_OPTIONS (source maps) included, as Lambda would start it;
  // an IPC channel, as a reading child has one.
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...bundle.environment },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${bundle.name}: the start exited with ${code}`))));
  });
  const wallMs = performance.now() - started;
  return { wallMs, ...(JSON.parse(stdout) as { importMs: number; peakRssMb: number }) };
}

/**
 * Measures every bundle, interleaving runs so that machine noise falls on all alike; ratios are
 * against the bundle named `baseline`, round by round.
 */
export async function measureBundles(bundles: BuiltBundle[], baseline: string, runs = RUNS): Promise<BundleFigures[]> {
  const starts = bundles.flatMap((bundle) => [
    { bundle, withLazyModules: false, name: bundle.name },
    ...(lazyModules(bundle).length > 0 ? [{ bundle, withLazyModules: true, name: `${bundle.name} + lazy modules` }] : []),
  ]);
  const samples = new Map(starts.map((s) => [s.name, [] as Awaited<ReturnType<typeof startOnce>>[]]));
  for (let i = 0; i < runs; i++) {
    for (const start of starts) samples.get(start.name)!.push(await startOnce(start.bundle, start.withLazyModules));
  }
  const baselineWalls = samples.get(baseline)?.map((x) => x.wallMs);
  if (!baselineWalls) throw new Error(`No bundle named ${baseline} to measure against`);
  return starts.map(({ bundle, withLazyModules, name }) => {
    const s = samples.get(name)!;
    const ratios = s.map((x, round) => x.wallMs / baselineWalls[round]!);
    return {
      name,
      withLazyModules,
      bytes: withLazyModules ? shippedBytes(bundle) : bundleBytes(bundle),
      shippedBytes: shippedBytes(bundle),
      initMs: median(s.map((x) => x.wallMs)),
      ratio: { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) },
      importMs: median(s.map((x) => x.importMs)),
      peakRssMb: median(s.map((x) => x.peakRssMb)),
    };
  });
}

/** Synthesises the app with bundling, plus the empty handler with the same recipe. */
async function synthesiseBundles(outdir: string): Promise<BuiltBundle[]> {
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  // Only the one setting that changes start-up: `PORTAL_RUNTIME_SOURCE_MAPS=true npm run bench -- bundles`.
  const config = readDeploymentConfig(() => undefined, { PORTAL_RUNTIME_SOURCE_MAPS: process.env.PORTAL_RUNTIME_SOURCE_MAPS });
  // The functions' bundles are measured, not the web build: the infrastructure tests' stand-in for it.
  definePortal(app, config, { webBuild: WEB_BUILD_FIXTURE });
  const references = new Stack(app, 'BundleBaseline', { env: { account: '000000000000', region: 'us-east-1' } });
  const reference = (id: string, file: string, serviceName: string) =>
    new NodejsFunction(references, id, {
      entry: fileURLToPath(new URL(file, import.meta.url)),
      projectRoot: REPOSITORY_ROOT,
      depsLockFilePath: path.join(REPOSITORY_ROOT, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      timeout: Duration.seconds(3),
      bundling: FUNCTION_BUNDLING,
      environment: { POWERTOOLS_SERVICE_NAME: serviceName, ...(config.runtimeSourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}) },
    });
  reference('EmptyHandler', './emptyHandler.ts', BASELINE);
  reference('RuntimeFloorHandler', './runtimeFloorHandler.ts', RUNTIME_FLOOR);
  return builtBundles(app);
}

export async function benchBundles(): Promise<BundleFigures[]> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'portal-bundles-'));
  try {
    const started = performance.now();
    const bundles = await synthesiseBundles(outdir);
    const maps = process.env.PORTAL_RUNTIME_SOURCE_MAPS === 'true' ? 'with' : 'without';
    console.log(`synth with bundling: ${((performance.now() - started) / 1000).toFixed(1)} s; ${RUNS} fresh-process starts per bundle, ${maps} runtime source maps`);
    const figures = await measureBundles(bundles, BASELINE);
    const rows = figures.map((f) => {
      const sizeLimit = LIMITS[f.name] ?? MB;
      const ratio = f.ratio.median;
      const reference = f.name === BASELINE || f.name === RUNTIME_FLOOR || f.withLazyModules;
      const ok = f.shippedBytes < sizeLimit && ratio < INIT_RATIO_LIMIT;
      return {
        function: f.name,
        'loaded KB': Math.round(f.bytes / 1024),
        'shipped KB': Math.round(f.shippedBytes / 1024),
        'limit KB': reference ? '' : sizeLimit / 1024,
        'init ms': Math.round(f.initMs),
        '× empty': Number(ratio.toFixed(2)),
        'quartiles': `${f.ratio.low.toFixed(2)}–${f.ratio.high.toFixed(2)}`,
        'import ms': Math.round(f.importMs),
        'peak RSS MB': Math.round(f.peakRssMb),
        target: f.name === BASELINE ? 'baseline' : reference ? 'reference' : ok ? 'met' : 'MISSED',
      };
    });
    console.table(rows);
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchBundles();
}
