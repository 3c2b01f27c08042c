/**
 * One of the pipeline's Lambda functions, built from its description (`functions/<name>/function.ts`:
 * memory, timeout, concurrency, lazily loaded modules, and the environment schema its settings are
 * typed against): bundled from its Lambda entry `functions/<name>/lambda.ts` with the project's own
 * esbuild (no Docker), its own role under the pipeline's IAM path (the bucket policy trusts that
 * path), its own log group with a retention, and an alarm on its errors.
 *
 * The role starts with nothing but writing to its own log group: no managed policy. Each caller
 * adds exactly the grants the function uses (see `grants.ts`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat, SourceMapMode, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type * as z from 'zod';
import type { EnvironmentValues, FunctionDescription, Invocation } from '../../shared/lambda/functionDescription.js';
import { acknowledge } from './acknowledge.js';
import type { OperatorAlerts } from './operatorAlerts.js';
import type { ProcessingQueue } from './processingQueue.js';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** nodejs20.x is deprecated on Lambda; 22.x is the line the project is built and tested for. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * The one bundling recipe, shared with the bundle benchmark (`test/bench/infra/bundles.ts`).
 *
 * Nothing is external: the AWS SDK clients are bundled (tree-shaken to the commands used) so the
 * deployed code runs the exact SDK versions the tests ran, not whatever the runtime ships that
 * month. Only Node's built-ins come from the runtime (esbuild leaves `node:*` external itself).
 * The banner gives CommonJS dependencies bundled into ESM the `require` they expect. UTF-8 output
 * keeps text in the six UN languages (templates, vocabularies, state names) as written instead of
 * `\uXXXX` escapes, which made the bundles larger and slower to compile. (Passed as an esbuild
 * argument: this aws-cdk-lib declares a `charset` option but never hands it to esbuild.)
 * The SDK's default credential chain is replaced by its environment link, the only one Lambda
 * uses (see `shared/aws/lambdaCredentials.ts`).
 */
export const FUNCTION_BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node22',
  platform: 'node',
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: false,
  externalModules: [],
  esbuildArgs: { '--charset': 'utf8', '--alias': '@aws-sdk/credential-provider-node=./shared/aws/lambdaCredentials.ts' },
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
  forceDockerBundling: false,
} as const satisfies BundlingOptions;

/** Where a lazily loaded module's source is, and the file it is bundled into beside `index.mjs`. */
function lazyModuleFiles(specifier: string): { source: string; file: string } {
  const match = /^#functions\/([\w/]+)\.js$/.exec(specifier);
  if (!match) throw new Error(`Lazy module ${specifier}: expected a #functions/<folder>/<name>.js subpath import`);
  return { source: path.join('functions', `${match[1]}.ts`), file: `${path.basename(match[1]!)}.mjs` };
}

/** POSIX shell single-quoting, for the bundling commands CDK runs with bash. */
const shellQuote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

/**
 * Bundling for a function with modules it imports only when needed (`lazyModules`): each is left
 * external to `index.mjs`, bundled on its own with the same recipe beside it, and the asset gets a
 * package.json whose `imports` map the specifier to that file, as the repository's package.json
 * maps `#functions/*` to the sources. So the same `import('#functions/…')` works in tests, in the
 * local portal and on Lambda, and the function's start-up does not compile what it may never run.
 * Files of packages the code reads at run time (`packageFiles`, e.g. PDFium's `.wasm`) are copied
 * beside the bundles, resolved from the repository as Node resolves them.
 */
export function bundlingWithLazyModules(specifiers: readonly string[], packageFiles: readonly string[] = []): BundlingOptions {
  if (specifiers.length === 0 && packageFiles.length === 0) return FUNCTION_BUNDLING;
  const modules = specifiers.map((specifier) => ({ specifier, ...lazyModuleFiles(specifier) }));
  const resolveFromRoot = createRequire(path.join(REPOSITORY_ROOT, 'package.json'));
  const files = packageFiles.map((file) => resolveFromRoot.resolve(file));
  const recipe = [
    '--bundle',
    `--format=${FUNCTION_BUNDLING.format}`,
    `--target=${FUNCTION_BUNDLING.target}`,
    `--platform=${FUNCTION_BUNDLING.platform}`,
    `--main-fields=${FUNCTION_BUNDLING.mainFields.join(',')}`,
    ...(FUNCTION_BUNDLING.minify ? ['--minify'] : []),
    ...(FUNCTION_BUNDLING.sourceMap ? ['--sourcemap'] : []),
    `--sources-content=${FUNCTION_BUNDLING.sourcesContent}`,
    // As aws-cdk-lib writes them: `--alias:from=to`, `--flag=value`.
    ...Object.entries(FUNCTION_BUNDLING.esbuildArgs).map(([flag, value]) => (flag === '--alias' ? `${flag}:${value}` : `${flag}=${value}`)),
    `--banner:js=${FUNCTION_BUNDLING.banner}`,
  ];
  const packageJson = JSON.stringify({ type: 'module', imports: Object.fromEntries(modules.map((m) => [m.specifier, `./${m.file}`])) });
  return {
    ...FUNCTION_BUNDLING,
    externalModules: [...FUNCTION_BUNDLING.externalModules, ...specifiers],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => [
        ...modules.map((m) =>
          [path.join(inputDir, 'node_modules', '.bin', 'esbuild'), path.join(inputDir, m.source), ...recipe, `--outfile=${path.join(outputDir, m.file)}`]
            .map(shellQuote)
            .join(' '),
        ),
        ...(modules.length > 0 ? [`printf '%s' ${shellQuote(packageJson)} > ${shellQuote(path.join(outputDir, 'package.json'))}`] : []),
        ...files.map((file) => ['cp', file, path.join(outputDir, path.basename(file))].map(shellQuote).join(' ')),
      ],
    },
  };
}

const RUNTIME_CHOICE = {
  'AwsSolutions-L1': 'nodejs22.x is the Node line the code is built, tested and measured on (toolchain: Node 20/22); move with the toolchain.',
  'Serverless-LambdaLatestVersion':
    'nodejs22.x is the Node line the code is built, tested and measured on (toolchain: Node 20/22); move with the toolchain.',
};

const FAILURE_HANDLING: Record<Invocation['kind'], Record<string, string>> = {
  queue: {
    'Serverless-LambdaDLQ':
      "Invoked synchronously by an SQS event source: a failed record returns to its queue and reaches that queue's dead-letter queue.",
    'Serverless-LambdaEventSourceMappingDestination':
      "SQS event sources take no on-failure destination; the source queue's redrive policy sends failed records to its dead-letter queue.",
  },
  api: {
    'Serverless-LambdaDLQ': 'Invoked synchronously by API Gateway: the caller receives the error; there is no event to keep.',
  },
  async: {
    'Serverless-LambdaDLQ': 'An on-failure destination (an SQS queue with a depth alarm) receives failed events, with more context than a DLQ.',
  },
  deployment: {
    'Serverless-LambdaDLQ': 'Invoked synchronously during a deployment: a failure fails the deployment; there is no event to keep.',
  },
};

/** What every function of the pipeline shares. */
export interface PipelineSettings {
  /** IAM path of the pipeline's roles, e.g. `/Portal1540/`: the bucket policy trusts it. */
  readonly rolePath: string;
  readonly logRetention: RetentionDays;
  readonly alerts: OperatorAlerts;
  /** Run with `--enable-source-maps` (see `runtimeSourceMaps` in the deployment configuration). */
  readonly runtimeSourceMaps: boolean;
}

export interface PipelineFunctionProps<E extends z.ZodObject> {
  readonly description: FunctionDescription<E>;
  /** Its settings, each a variable of its environment schema; those with a default may be left out. */
  readonly environment: EnvironmentValues<E>;
  readonly pipeline: PipelineSettings;
  /** For a function invoked asynchronously (SNS, the scheduler): where a failed event goes after 2 retries. */
  readonly onFailure?: IQueue;
}

export class PipelineFunction<E extends z.ZodObject = z.ZodObject> extends Construct {
  /** The Lambda entry of `functions/<name>/`: the handler's factory, given dependencies built from the environment. */
  static entryOf(name: string): string {
    return path.join(REPOSITORY_ROOT, 'functions', name, 'lambda.ts');
  }

  readonly function: NodejsFunction;
  readonly role: Role;

  readonly description: FunctionDescription<E>;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps<E>) {
    super(scope, id);
    const { description } = props;
    this.description = description;
    const invocation = description.invokedBy.kind;
    if ((invocation === 'async') !== (props.onFailure !== undefined)) {
      throw new Error(`PipelineFunction ${this.node.path}: an on-failure queue is for asynchronously invoked functions, and they need one.`);
    }

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      path: props.pipeline.rolePath,
      description: `${description.name} function of the 1540 reporting pipeline`,
    });
    const logs = new LogGroup(this, 'Logs', { retention: props.pipeline.logRetention, removalPolicy: RemovalPolicy.RETAIN });
    logs.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Handler', {
      entry: PipelineFunction.entryOf(description.name),
      handler: 'handler',
      projectRoot: REPOSITORY_ROOT,
      depsLockFilePath: path.join(REPOSITORY_ROOT, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      description: description.summary,
      memorySize: description.memoryMb,
      timeout: Duration.seconds(description.timeoutSeconds),
      role: this.role,
      logGroup: logs,
      reservedConcurrentExecutions: description.reservedConcurrency,
      ...(props.onFailure ? { onFailure: new SqsDestination(props.onFailure), retryAttempts: 2 } : {}),
      bundling: bundlingWithLazyModules(description.lazyModules ?? [], description.packageFiles ?? []),
      environment: {
        POWERTOOLS_SERVICE_NAME: description.name,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...(props.pipeline.runtimeSourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
        ...(props.environment as Record<string, string>),
      },
    });

    acknowledge(this, {
      ...RUNTIME_CHOICE,
      'Serverless-LambdaTracing':
        "X-Ray's PutTraceSegments takes no resource-level permission, so tracing needs Resource '*', which this pipeline's roles never hold; Powertools' structured logs carry the request ids instead.",
      ...FAILURE_HANDLING[invocation],
    });

    this.alarmOnErrors(props.pipeline.alerts);
  }

  /** Takes records from `queue` in batches of the description's size, at most its concurrency at once. */
  consume(queue: ProcessingQueue): void {
    const source = this.description.invokedBy;
    if (source.kind !== 'queue') throw new Error(`${this.description.name} is not invoked by a queue`);
    this.function.addEventSource(
      new SqsEventSource(queue.queue, { batchSize: source.batchSize, maxConcurrency: source.maxConcurrency, reportBatchItemFailures: true }),
    );
  }

  private alarmOnErrors(alerts: OperatorAlerts): void {
    alerts.watch(
      new Alarm(this, 'Errors', {
        alarmDescription: `The ${this.description.name} function failed (any error in 5 minutes). Read its log group.`,
        metric: this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
  }
}
