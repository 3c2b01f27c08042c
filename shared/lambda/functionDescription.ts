/**
 * What a function of the pipeline is, written once in its folder (`functions/<name>/function.ts`)
 * and read by everything that runs it: the Lambda entry parses its environment with the schema,
 * the CDK construct types the environment it sets against the same schema and builds the queue
 * and the event source mapping from the same settings, and the local runner emulates that queue
 * with the same batch size and receive count. Plain data and zod: no CDK here, so a function's
 * bundle can carry its own description.
 */
import type * as z from 'zod';
import { readEnvironment } from '../config/environment.js';

/** The pipeline's functions, by their folder under `functions/`. */
export const FUNCTION_NAMES = ['ingest', 'planner', 'mailer', 'feedback', 'admin', 'seeder'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** An SQS queue with its dead-letter queue, feeding the function through an event source mapping. */
export interface QueueInvocation {
  readonly kind: 'queue';
  /** Records per invocation. */
  readonly batchSize: number;
  /** Deliveries of a message before the queue moves it to its dead-letter queue. */
  readonly maxReceiveCount: number;
  /** At least 6× the function's timeout, as AWS advises for Lambda consumers. */
  readonly visibilityTimeoutSeconds: number;
  /** Copies of the function the event source mapping runs at once (AWS's least is 2). */
  readonly maxConcurrency: number;
}

/**
 * - `queue`: an SQS event source; a failed record returns to its queue, then its dead-letter queue.
 * - `api`: API Gateway, synchronously; the caller gets the error.
 * - `async`: SNS or the scheduler; a failed event goes, after retries, to an on-failure queue.
 * - `deployment`: a CDK trigger, synchronously, while CloudFormation deploys; a failure fails it.
 */
export type Invocation = QueueInvocation | { readonly kind: 'api' } | { readonly kind: 'async' } | { readonly kind: 'deployment' };

export interface FunctionDescription<E extends z.ZodObject = z.ZodObject> {
  readonly name: FunctionName;
  /** One line: what it does (the Lambda function's description). */
  readonly summary: string;
  /** Its settings, as environment variables, with their defaults. */
  readonly environment: E;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** Concurrency reserved for (and capping) the function. */
  readonly reservedConcurrency?: number;
  readonly invokedBy: Invocation;
  /**
   * Modules the handler imports only when it needs them, or runs in a child process
   * (`#functions/<name>/<module>.js`), bundled apart so that the function starts without compiling them.
   */
  readonly lazyModules?: readonly string[];
  /**
   * Files of npm packages the bundled code reads at run time (`<package>/<export>`, e.g. a `.wasm`),
   * copied beside the bundle under their own file name: a bundle carries code, not the files beside it.
   */
  readonly packageFiles?: readonly string[];
}

/**
 * The environment a deployment or the local runner sets for a function: each variable of its
 * schema as a string; a variable the schema gives a default (or leaves optional) may be left out.
 */
export type EnvironmentValues<E extends z.ZodObject> = { [K in keyof z.input<E>]: string };

/** A description, checked; its invocation keeps its kind's type (a queue's settings are then known). */
export function describeFunction<E extends z.ZodObject, const I extends Invocation>(
  description: FunctionDescription<E> & { readonly invokedBy: I },
): FunctionDescription<E> & { readonly invokedBy: I } {
  const source = description.invokedBy;
  if (source.kind === 'queue' && source.visibilityTimeoutSeconds < description.timeoutSeconds * 6) {
    throw new Error(`${description.name}: the queue's visibility timeout must be at least 6× the function's timeout`);
  }
  return description;
}

/** A function's settings, as its environment schema parses them (defaults applied). */
export type SettingsOf<D extends FunctionDescription> = z.infer<D['environment']>;

/**
 * A function's settings from environment values given in code (the local runner's, a test's),
 * parsed by the same schema, with the same defaults, as its Lambda entry parses `process.env`.
 */
export function settingsFor<E extends z.ZodObject>(description: FunctionDescription<E>, values: EnvironmentValues<E>): z.infer<E> {
  return readEnvironment(description.environment, values as Record<string, string | undefined>);
}
