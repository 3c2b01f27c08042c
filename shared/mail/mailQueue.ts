/**
 * The mail queue: what the planner and the ingest step put e-mails on. A message carries only the
 * outbound-mail record's key; the mailer reads the rest from the store, so a message repeated by
 * SQS or re-queued by a later planner run is the same e-mail, claimed once.
 */
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { inChunks } from '../store/table.js';
import type { MailKey } from '../store/outboundMail.js';

export interface MailQueue {
  enqueue(keys: MailKey[]): Promise<void>;
}

export class MailQueueError extends Error {
  override readonly name = 'MailQueueError';
}

/** SQS SendMessageBatch, ten at a time; entries SQS refuses are an error (the records stay `queued`). */
export function sqsMailQueue(sqs: SQSClient, queueUrl: string): MailQueue {
  return {
    async enqueue(keys) {
      for (const chunk of inChunks(keys, 10)) {
        const result = await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: chunk.map((key, i) => ({ Id: String(i), MessageBody: JSON.stringify({ PK: key.PK, SK: key.SK }) })),
          }),
        );
        if (result.Failed?.length) {
          throw new MailQueueError(`the mail queue refused ${result.Failed.length} message(s): ${result.Failed[0]?.Code ?? ''} ${result.Failed[0]?.Message ?? ''}`);
        }
      }
    },
  };
}
