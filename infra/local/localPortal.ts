/**
 * The whole pipeline on one machine: stand-ins for DynamoDB, S3 and SES, the table and bucket, the
 * member states seeded, and every new object under the upload prefixes delivered to the ingest
 * handler as an SQS record, exactly the shape AWS delivers. The handlers are the Lambda code
 * itself, made by each function's own factory with dependencies built here: clients of the
 * stand-ins (the factories Lambda uses, given local endpoints) and settings parsed by each
 * function's environment schema, so the defaults are the deployed ones.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFunction } from '#functions/ingest/function.js';
import { createHandler as createIngestHandler, dependenciesFrom as ingestDependencies } from '#functions/ingest/handler.js';
import { settingsFor, type QueueInvocation } from '#shared/lambda/functionDescription.js';
import { INGEST_PREFIXES } from '#shared/portal/uploadLocation.js';
import { seedReferenceData } from '#shared/store/referenceData.js';
import type { StoreContext } from '#shared/store/table.js';
import { startLocalAdminApi, type LocalAdminApi } from './localAdminApi.js';
import { ensureBucket } from './provisionBucket.js';
import { ensureTable } from './provisionTable.js';
import { LocalSqsDelivery, type SqsHandler } from './sqsDelivery.js';
import { startLocalMail } from './localMail.js';
import { startLocalWeb, type LocalWeb } from './localWeb.js';
import { freePort } from './freePort.js';
import { LOCAL_REGION, standInClients } from './standInClients.js';
import { startStandIns, type DynamoEngineChoice, type StandIns } from './standIns.js';

export interface LocalPortalOptions {
  /** Data folder; the stand-ins keep everything here across restarts. */
  home: string;
  dynamoEngine?: DynamoEngineChoice;
  tableName?: string;
  bucketName?: string;
  log?: (line: string) => void;
}

export interface LocalPortal {
  standIns: StandIns;
  tableName: string;
  bucketName: string;
  store: StoreContext;
  s3: S3Client;
  /** The admin API on localhost, behind the local stand-in for API Gateway's JWT authorizer. */
  adminApi: LocalAdminApi;
  /** The web portal and its local sign-in, on a port of its own (an origin the admin API allows). */
  web: LocalWeb;
  /** The mail queue on the SQS stand-in. */
  mailQueueUrl: string;
  /** The queue settings the local deliveries emulate: the functions' own descriptions. */
  queues: { ingest: Pick<QueueInvocation, 'batchSize' | 'maxReceiveCount'>; mail: Pick<QueueInvocation, 'batchSize' | 'maxReceiveCount'> };
  /** Resolves when every upload seen so far has been ingested. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export const LOCAL_TABLE_NAME = 'portal1540';
export const LOCAL_BUCKET_NAME = 'portal1540-local';

export async function startLocalPortal(options: LocalPortalOptions): Promise<LocalPortal> {
  const log = options.log ?? (() => undefined);
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  const bucketName = options.bucketName ?? LOCAL_BUCKET_NAME;
  const standIns = await startStandIns({ dataDir: options.home, dynamoEngine: options.dynamoEngine });
  const clients = standInClients(standIns.endpoints);
  try {
    const store = { db: clients.db, tableName };
    await ensureTable(clients.dynamo, tableName);
    await ensureBucket(clients.s3, bucketName);
    const seeded = await seedReferenceData(store, new Date().toISOString());
    if (seeded.states > 0) log(`seeded ${seeded.states} member states`);
    if (seeded.organizations > 0) log(`seeded ${seeded.organizations} organizations`);
    if (seeded.deadlines > 0) log(`seeded ${seeded.deadlines} standing deadlines`);
    const { publicReports, organizationContacts } = seeded.backfilled;
    if (publicReports + organizationContacts > 0) log(`indexed ${publicReports} public reports and ${organizationContacts} unreachable organization contacts kept from before their indexes`);

    const mail = await startLocalMail({ clients, tableName, log });

    const ingestHandler = createIngestHandler(
      ingestDependencies(settingsFor(ingestFunction, { TABLE_NAME: tableName, BUCKET_NAME: bucketName, MAIL_QUEUE_URL: mail.queueUrl }), clients),
    );
    const ingest = new LocalSqsDelivery({
      handler: ingestHandler as unknown as SqsHandler,
      queueName: 'ingest',
      queue: ingestFunction.invokedBy,
      onDeadLetter: (record) => {
        appendFileSync(join(options.home, 'ingest-dead-letters.jsonl'), `${JSON.stringify(record)}\n`);
        log(`an upload could not be ingested after ${ingestFunction.invokedBy.maxReceiveCount} attempts; kept in ${join(options.home, 'ingest-dead-letters.jsonl')}`);
      },
      onError: (error) => log(`ingest failed: ${error instanceof Error ? error.message : String(error)}`),
    });
    standIns.s3Events.on('event', (event) => {
      const notification = asAwsNotification(event, bucketName);
      if (notification) ingest.send(JSON.stringify(notification));
    });
    // Uploads that arrived while the portal was down (or were cut off by a stop) are delivered
    // now; those already recorded are recognised by their submission id and cost one lookup.
    for (const notification of await notificationsForExistingUploads(clients.s3, bucketName)) ingest.send(JSON.stringify(notification));

    // The web portal's port is chosen first: the admin API must know the origin it allows (CORS).
    const webPort = await freePort();
    const adminApi = await startLocalAdminApi({ home: options.home, clients, tableName, bucketName, corsOrigins: [`http://127.0.0.1:${webPort}`] });
    const web = await startLocalWeb({ issuer: adminApi.issuer, apiUrl: adminApi.url, calendarUrl: `${adminApi.url}/calendar.ics`, port: webPort });

    return {
      standIns,
      tableName,
      bucketName,
      store,
      s3: clients.s3,
      adminApi,
      web,
      mailQueueUrl: mail.queueUrl,
      queues: { ingest: ingest.queue, mail: mail.queue },
      settled: () => ingest.idle(),
      stop: async () => {
        await web.stop();
        await adminApi.stop();
        await ingest.stop();
        await mail.stop();
        clients.destroy();
        await standIns.stop();
      },
    };
  } catch (error) {
    clients.destroy();
    await standIns.stop();
    throw error;
  }
}

interface S3Record {
  eventName: string;
  eventTime: string;
  requestParameters?: { sourceIPAddress?: string };
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string; sequencer?: string } };
}

/**
 * Shapes an s3rver notification like S3's own: keys URL-encoded (spaces as '+'), only the upload
 * prefixes. s3rver's sequencer is a clock reading, not a property of the object, so it is dropped:
 * the object's identity is then its key and ETag, which a listing after a restart reproduces.
 */
function asAwsNotification(event: unknown, bucketName: string): { Records: S3Record[] } | undefined {
  const records = ((event as { Records?: S3Record[] }).Records ?? []).filter(
    (r) =>
      r.eventName.startsWith('ObjectCreated:') &&
      r.s3.bucket.name === bucketName &&
      INGEST_PREFIXES.some((prefix) => r.s3.object.key.startsWith(prefix)),
  );
  if (records.length === 0) return undefined;
  return {
    Records: records.map((r) => ({
      ...r,
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      s3: { ...r.s3, object: { key: encodeEventKey(r.s3.object.key), size: r.s3.object.size, eTag: r.s3.object.eTag } },
    })),
  };
}

async function notificationsForExistingUploads(s3: S3Client, bucketName: string) {
  const notifications: { Records: S3Record[] }[] = [];
  for (const prefix of INGEST_PREFIXES) {
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        notifications.push({ Records: [syntheticRecord(bucketName, object.Key, object.Size ?? 0, object.ETag, object.LastModified)] });
      }
      token = page.NextContinuationToken;
    } while (token);
  }
  return notifications;
}

function syntheticRecord(bucket: string, key: string, size: number, eTag: string | undefined, modified: Date | undefined): S3Record {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: LOCAL_REGION,
    eventTime: (modified ?? new Date()).toISOString(),
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'local' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'local', 'x-amz-id-2': 'local' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'local-reconcile',
      bucket: { name: bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: encodeEventKey(key), size, eTag: eTag?.replace(/"/g, '') },
    },
  } as S3Record;
}

function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}
