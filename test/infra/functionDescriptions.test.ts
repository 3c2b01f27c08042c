/**
 * The stacks build every function from its description (`functions/<name>/function.ts`), the same
 * objects the local runner emulates its queues with: sizing, concurrency, the queue's batch size,
 * receive count and visibility timeout, and an environment its schema accepts, defaults filling
 * what the stack leaves out.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminFunction } from '../../functions/admin/function.js';
import { feedbackFunction } from '../../functions/feedback/function.js';
import { HANDLER_MEMORY_MB, ingestFunction, INVOCATION_MARGIN_MS } from '../../functions/ingest/function.js';
import { mailerFunction } from '../../functions/mailer/function.js';
import { plannerFunction } from '../../functions/planner/function.js';
import { seederFunction } from '../../functions/seeder/function.js';
import { bundlingWithLazyModules, PipelineFunction } from '../../infra/constructs/pipelineFunction.js';
import { PDFIUM_WASM_FILE } from '../../shared/extraction/readers/pdfiumFile.js';
import { FUNCTION_NAMES, settingsFor, type EnvironmentValues, type FunctionDescription } from '../../shared/lambda/functionDescription.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../shared/portal/uploadLimits.js';
import { portalTemplates } from './portalApp.js';

type Resource = { Type: string; Properties?: Record<string, any> };
const DESCRIPTIONS: FunctionDescription[] = [ingestFunction, mailerFunction, plannerFunction, feedbackFunction, adminFunction, seederFunction];

let resources: Record<string, Resource>;
beforeAll(() => {
  resources = portalTemplates().service.toJSON().Resources;
});

function deployed(name: string): [string, Resource] {
  const found = Object.entries(resources).filter(
    ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === name,
  );
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

/** CloudFormation references (table name, queue URL) stand in as plausible strings, as they resolve at deploy time. */
function resolved(variables: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === 'string' ? v : `https://sqs.us-east-1.amazonaws.com/0/${k.toLowerCase()}`]));
}

describe('each function', () => {
  it('has one description per function of the pipeline', () => {
    expect(DESCRIPTIONS.map((d) => d.name).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it.each(FUNCTION_NAMES)('%s: its folder holds the handler factory and the Lambda entry the stack bundles', async (name) => {
    const handler = (await import(`../../functions/${name}/handler.ts`)) as { createHandler?: unknown; dependenciesFrom?: unknown };
    expect(typeof handler.createHandler, name).toBe('function');
    expect(typeof handler.dependenciesFrom, name).toBe('function');
    const [, fn] = deployed(name);
    expect(fn.Properties!.Handler).toBe('index.handler');
    expect(existsSync(PipelineFunction.entryOf(name)), name).toBe(true);
  });

  it.each(DESCRIPTIONS.map((d) => [d.name, d] as const))('%s: memory, timeout and concurrency as described', (name, description) => {
    const [, fn] = deployed(name);
    expect(fn.Properties).toMatchObject({ MemorySize: description.memoryMb, Timeout: description.timeoutSeconds, Description: description.summary });
    expect(fn.Properties!.ReservedConcurrentExecutions).toBe(description.reservedConcurrency);
  });

  it.each(DESCRIPTIONS.map((d) => [d.name, d] as const))('%s: sets only variables of its schema, which parses them', (name, description) => {
    const [, fn] = deployed(name);
    const { POWERTOOLS_SERVICE_NAME, POWERTOOLS_LOG_LEVEL, NODE_OPTIONS, ...settings } = fn.Properties!.Environment.Variables;
    expect(Object.keys(settings).filter((key) => !(key in description.environment.shape))).toEqual([]);
    const parsed = description.environment.safeParse(resolved(settings));
    expect(parsed.error?.issues ?? [], name).toEqual([]);
  });
});

describe('the ingest function', () => {
  it("leaves room in its memory for the handler's own and twice the reading child's ceiling (one doubling between two reads of it)", () => {
    const settings = settingsFor(ingestFunction, { TABLE_NAME: 'portal', BUCKET_NAME: 'portal-bucket' });

    expect(settings).toMatchObject({ EXTRACTION_MEMORY_MB: 512, EXTRACTION_TIME_MS: 20_000 });
    expect(ingestFunction.memoryMb).toBeGreaterThanOrEqual(HANDLER_MEMORY_MB + 2 * settings.EXTRACTION_MEMORY_MB);
  });

  it("gives a whole batch its reads at the time ceiling, with the margin to record each, within its timeout", () => {
    const settings = settingsFor(ingestFunction, { TABLE_NAME: 'portal', BUCKET_NAME: 'portal-bucket' });
    const batch = ingestFunction.invokedBy.batchSize;

    expect(ingestFunction.timeoutSeconds * 1000).toBeGreaterThanOrEqual(batch * settings.EXTRACTION_TIME_MS + INVOCATION_MARGIN_MS);
  });
});

describe("the ingest function's bundle", () => {
  it("copies PDFium's .wasm beside the reading child's bundle, from the installed package, under the name the reader looks for", () => {
    const bundling = bundlingWithLazyModules(ingestFunction.lazyModules ?? [], ingestFunction.packageFiles ?? []);
    const commands = bundling.commandHooks!.afterBundling('/asset-input', '/asset-output');

    const copy = commands.map((command) => /^'cp' '([^']+)' '([^']+)'$/u.exec(command)).find((match) => match !== null);
    expect(copy?.[1]).toMatch(/\/@embedpdf\/pdfium\/dist\/pdfium\.wasm$/u);
    expect(existsSync(copy![1]!)).toBe(true);
    expect(copy?.[2]).toBe(`/asset-output/${PDFIUM_WASM_FILE}`);
    expect(commands.some((command) => command.includes('/asset-output/extraction.mjs'))).toBe(true);
  });
});

describe('the environment a construct sets', () => {
  it('is typed against the schema: unknown variables and missing required ones do not compile (npm run typecheck)', () => {
    type IngestValues = EnvironmentValues<typeof ingestFunction.environment>;
    const complete: IngestValues = { TABLE_NAME: 'portal', BUCKET_NAME: 'portal-bucket' };
    // @ts-expect-error: a variable the schema does not know
    const misnamed: IngestValues = { TABLE_NAME: 'portal', BUCKET_NAME: 'portal-bucket', MAX_UPLOAD: '1' };
    // @ts-expect-error: BUCKET_NAME has no default
    const incomplete: IngestValues = { TABLE_NAME: 'portal' };
    expect(ingestFunction.environment.parse(complete).MAX_UPLOAD_BYTES).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(ingestFunction.environment.safeParse(misnamed).success).toBe(true);
    expect(ingestFunction.environment.safeParse(incomplete).success).toBe(false);
  });
});

describe('each queue-invoked function', () => {
  const queued = DESCRIPTIONS.flatMap((d) => (d.invokedBy.kind === 'queue' ? [[d.name, d.invokedBy] as const] : []));

  it('is ingest and the mailer', () => expect(queued.map(([name]) => name).sort()).toEqual(['ingest', 'mailer']));

  it.each(queued)('%s: batch size, concurrency, receive count and visibility timeout as described', (name, source) => {
    const [id] = deployed(name);
    const mappings = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping' && r.Properties!.FunctionName.Ref === id);
    expect(mappings).toHaveLength(1);
    const mapping = mappings[0]!.Properties!;
    expect(mapping).toMatchObject({ BatchSize: source.batchSize, ScalingConfig: { MaximumConcurrency: source.maxConcurrency }, FunctionResponseTypes: ['ReportBatchItemFailures'] });
    const queue = resources[mapping.EventSourceArn['Fn::GetAtt'][0]]!;
    expect(queue.Properties).toMatchObject({ VisibilityTimeout: source.visibilityTimeoutSeconds, RedrivePolicy: { maxReceiveCount: source.maxReceiveCount } });
  });
});
