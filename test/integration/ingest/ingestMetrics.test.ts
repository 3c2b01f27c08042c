/**
 * Ingest counts what it did in CloudWatch's embedded metric format: each upload seen for the first
 * time as accepted or refused, and the time its document took to read; a redelivered event counts
 * nothing. (Metrics are switched off in tests by POWERTOOLS_METRICS_DISABLED: the test reads what
 * each invocation would publish, at the moment it publishes.)
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestFunction } from '../../../functions/ingest/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/ingest/handler.js';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { METRICS_NAMESPACE, PipelineMetric } from '../../../shared/lambda/metricNames.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { s3Notification, sqsEvent } from '../../support/s3Events.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

let portal: TestPortal;
let handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
const published: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  portal = await createTestPortal();
  await seedStateProfiles(portal.store);
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'ingest' });
  vi.spyOn(metrics, 'publishStoredMetrics').mockImplementation(() => {
    published.push(metrics.serializeMetrics() as unknown as Record<string, unknown>);
    metrics.clearMetrics();
    return metrics;
  });
  const settings = settingsFor(ingestFunction, { TABLE_NAME: portal.tableName, BUCKET_NAME: portal.bucketName });
  handler = createHandler(dependenciesFrom(settings, portal.clients), metrics) as unknown as typeof handler;
});
afterAll(() => portal.dispose());

async function upload(key: string, body: string) {
  const put = await portal.clients.s3.send(new PutObjectCommand({ Bucket: portal.bucketName, Key: key, Body: body }));
  return { bucket: portal.bucketName, key, size: Buffer.byteLength(body), eTag: put.ETag?.replace(/"/g, '') };
}

const REPORT = `Permanent Mission of the Republic of Ghana to the United Nations

National report of the Republic of Ghana on the implementation of Security Council resolution 1540 (2004), 3 March 2025.
Ghana is a State party to the Treaty on the Non-Proliferation of Nuclear Weapons.
`;

describe('ingest metrics', () => {
  it('count an accepted and a refused upload once each, with the reading time of each document', async () => {
    const accepted = await upload('incoming/GHA/upload-m1/report.txt', REPORT);
    const refused = await upload('incoming/GHA/upload-m2/report.pdf', 'not a PDF at all');
    const event = sqsEvent(JSON.stringify(s3Notification([accepted])), JSON.stringify(s3Notification([refused])));
    expect((await handler(event, lambdaContext('ingest'))).batchItemFailures).toEqual([]);
    expect(published).toHaveLength(1);
    const emf = published[0] as Record<string, any>;
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] });
    expect(emf.service).toBe('ingest');
    expect(emf[PipelineMetric.submissionsAccepted]).toBe(1);
    expect(emf[PipelineMetric.submissionsRefused]).toBe(1);
    expect([emf[PipelineMetric.extractionTime]].flat()).toHaveLength(2);

    // The same events again (SQS delivers at least once): nothing new to count, nothing published.
    await handler(event, lambdaContext('ingest'));
    expect(published).toHaveLength(1);
  });
});
