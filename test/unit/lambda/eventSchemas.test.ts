import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { InvalidMessageError, parseMessageBody, S3Notification, SnsEvent } from '#shared/lambda/eventSchemas.js';

/** An S3 notification as S3 writes it to SQS (fields the functions do not read included). */
const s3Body = JSON.stringify({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: '2026-11-27T06:30:00.000Z',
      eventName: 'ObjectCreated:Post',
      userIdentity: { principalId: 'AWS:AROAEXAMPLE' },
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: 'portal', arn: 'arn:aws:s3:::portal' },
        object: { key: 'incoming/FRA/0b8c/report.pdf', size: 1234, eTag: 'abc', versionId: 'v1', sequencer: '0A1B' },
      },
    },
  ],
});

describe('parseMessageBody', () => {
  it('reads the fields ingest uses from an S3 notification and keeps the rest', () => {
    const message = parseMessageBody(S3Notification, s3Body);
    expect(message.Records[0]!.s3.object).toMatchObject({ key: 'incoming/FRA/0b8c/report.pdf', size: 1234, versionId: 'v1' });
    expect(message.Records[0]).toHaveProperty('awsRegion', 'us-east-1');
  });

  it('refuses a body that is not JSON, saying so', () => {
    expect(() => parseMessageBody(S3Notification, '{"Records": [')).toThrow(new InvalidMessageError('The message body is not JSON.'));
  });

  it('names the field that is missing or wrong', () => {
    const body = JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', eventTime: 'yesterday', s3: { bucket: { name: 'b' }, object: {} } }] });
    expect(() => parseMessageBody(S3Notification, body)).toThrow(/Records\.0\.eventTime: .*Records\.0\.s3\.object\.key/);
  });

  it('parses with any schema, e.g. a key the mailer receives', () => {
    expect(parseMessageBody(z.object({ PK: z.string() }), '{"PK":"MAIL#1"}')).toEqual({ PK: 'MAIL#1' });
    expect(() => parseMessageBody(z.object({ PK: z.string() }), '[]')).toThrow(/\(body\): /);
  });
});

describe('SnsEvent', () => {
  it('accepts an SNS event and refuses one without records', () => {
    const event = { Records: [{ EventSource: 'aws:sns', Sns: { MessageId: 'm-1', Message: '{}', Type: 'Notification' } }] };
    expect(SnsEvent.safeParse(event).success).toBe(true);
    expect(SnsEvent.safeParse({ Records: [] }).success).toBe(false);
  });
});
