/**
 * The ingest handler reads each document under the ceilings of its settings: a document past one
 * is refused and quarantined with its reason, like any other refusal, and the batch record succeeds
 * (it is not retried into the dead-letter queue). Against the S3 and DynamoDB stand-ins.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFunction, INVOCATION_MARGIN_MS } from '../../../functions/ingest/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/ingest/handler.js';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import type { ExtractionRequest } from '../../../shared/extraction/contract.js';
import type { ReadWithin } from '../../../shared/extraction/isolatedExtraction.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { stateKey } from '../../../shared/store/keys.js';
import { listSubmissions } from '../../../shared/store/submissions.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { s3Notification, sqsEvent } from '../../support/s3Events.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';
import { pdfInflatingTo } from '../../unit/extraction/support/hostileDocuments.js';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

let portal: TestPortal;

beforeAll(async () => {
  portal = await createTestPortal();
  await seedStateProfiles(portal.store);
});
afterAll(() => portal.dispose());

async function upload(key: string, body: Uint8Array) {
  await portal.clients.s3.send(new PutObjectCommand({ Bucket: portal.bucketName, Key: key, Body: body }));
  return { bucket: portal.bucketName, key, size: body.byteLength };
}

describe('the ingest handler under its extraction ceilings', () => {
  it('quarantines a PDF whose stream inflates past the memory ceiling with its reason (too_large), and the record succeeds', async () => {
    // Lowered from 512 MB through the function's own setting, so that 300 KB inflating to 300 MB is enough.
    const settings = settingsFor(ingestFunction, { TABLE_NAME: portal.tableName, BUCKET_NAME: portal.bucketName, EXTRACTION_MEMORY_MB: '192' });
    const handler = createHandler(dependenciesFrom(settings, portal.clients)) as unknown as Handler;
    const object = await upload('incoming/NOR/upload-bomb/report.pdf', pdfInflatingTo(300));

    const response = await handler(sqsEvent(JSON.stringify(s3Notification([object]))), lambdaContext('ingest'));

    expect(response.batchItemFailures).toEqual([]);
    const { items } = await listSubmissions(portal.store, stateKey('NOR'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'rejected', rejection: { code: 'too_large', message: expect.stringContaining('192 MB of memory') } });
    const reason = await portal.clients.s3.send(
      new GetObjectCommand({ Bucket: portal.bucketName, Key: 'quarantine/incoming/NOR/upload-bomb/report.pdf.reason.json' }),
    );
    expect(JSON.parse((await reason.Body?.transformToString()) ?? '{}')).toMatchObject({ code: 'too_large' });
  });

  it("bounds each read by the invocation's remaining time, less the margin to record it", async () => {
    const seen: ReadWithin[] = [];
    const settings = settingsFor(ingestFunction, { TABLE_NAME: portal.tableName, BUCKET_NAME: portal.bucketName });
    const deps = dependenciesFrom(settings, portal.clients);
    const handler = createHandler({
      ...deps,
      extract: (request: ExtractionRequest, within?: ReadWithin) => {
        seen.push(within ?? {});
        return deps.extract(request, within);
      },
    }) as unknown as Handler;
    const object = await upload('incoming/ISL/upload-time/report.txt', new TextEncoder().encode('Iceland national report on resolution 1540 (2004).'));
    const context = { ...lambdaContext('ingest'), getRemainingTimeInMillis: () => 30_000 };

    const before = Date.now();
    await handler(sqsEvent(JSON.stringify(s3Notification([object]))), context);

    expect(seen).toHaveLength(1);
    expect(seen[0]!.deadline).toBeGreaterThanOrEqual(before + 30_000 - INVOCATION_MARGIN_MS);
    expect(seen[0]!.deadline).toBeLessThanOrEqual(Date.now() + 30_000 - INVOCATION_MARGIN_MS);
  });
});
