/**
 * Starts the AWS stand-ins once for the whole test run; each test file makes its own table and
 * bucket on them (see `testPortal.ts`). TEST_DYNAMODB=dynalite|dynamodb-local picks the engine;
 * by default DynamoDB Local where Java is found, dynalite otherwise.
 */
import type { TestProject } from 'vitest/node';
import type { StandInEndpoints } from '../../infra/local/standInClients.js';
import { startStandIns, type DynamoEngineChoice, type StandIns } from '../../infra/local/standIns.js';

declare module 'vitest' {
  export interface ProvidedContext {
    standInEndpoints: StandInEndpoints;
    dynamoEngine: string;
  }
}

let standIns: StandIns | undefined;

export async function setup(project: TestProject): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const choice = (process.env.TEST_DYNAMODB ?? 'auto') as DynamoEngineChoice;
  standIns = await startStandIns({ dynamoEngine: choice });
  project.provide('standInEndpoints', standIns.endpoints);
  project.provide('dynamoEngine', standIns.dynamoEngine);
}

export async function teardown(): Promise<void> {
  await standIns?.stop();
}
