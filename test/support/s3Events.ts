/** SQS events carrying S3 notifications, shaped as AWS delivers them to the ingest Lambda. */
import { randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';

export interface ObjectCreated {
  bucket: string;
  key: string;
  size: number;
  eTag?: string;
  versionId?: string;
  sequencer?: string;
  eventTime?: string;
}

export function s3Notification(objects: ObjectCreated[]) {
  return {
    Records: objects.map((o) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: o.eventTime ?? '2026-11-27T09:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AIDATEST' },
      requestParameters: { sourceIPAddress: '192.0.2.10' },
      responseElements: { 'x-amz-request-id': 'REQ', 'x-amz-id-2': 'ID2' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'ingest',
        bucket: { name: o.bucket, ownerIdentity: { principalId: 'OWNER' }, arn: `arn:aws:s3:::${o.bucket}` },
        object: {
          key: encodeURIComponent(o.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
          size: o.size,
          eTag: o.eTag,
          versionId: o.versionId,
          sequencer: o.sequencer ?? '0065A1B2C3D4E5F6A7',
        },
      },
    })),
  };
}

export function sqsRecord(body: string): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: 'handle',
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1764234000000',
      SenderId: 'AIDATEST',
      ApproximateFirstReceiveTimestamp: '1764234000000',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:ingest',
    awsRegion: 'us-east-1',
  };
}

export function sqsEvent(...bodies: string[]): SQSEvent {
  return { Records: bodies.map(sqsRecord) };
}
