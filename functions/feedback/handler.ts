/**
 * Feedback Lambda: SES bounce and complaint notifications, published to SNS, each record's message
 * parsed with zod. A message that is not JSON or not a bounce/complaint (a delivery notice, SNS's
 * subscription test, anything malformed) is ignored with one log line: it must never fail the
 * invocation, or SNS would retry it for nothing. Store errors do throw: SNS then retries.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SnsSchema } from '@aws-lambda-powertools/parser/schemas/sns';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { documentClient } from '#shared/aws/clients.js';
import { readEnvironment } from '#shared/config/environment.js';
import { logger } from '#shared/lambda/powertools.js';
import type { StoreContext } from '#shared/store/table.js';
import { recordFeedback, SesFeedback } from './recordFeedback.js';

const environment = readEnvironment(z.object({ TABLE_NAME: z.string().min(3) }));
const store: StoreContext = { db: documentClient(), tableName: environment.TABLE_NAME };

function parseMessage(message: string): SesFeedback | string {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return 'message is not JSON';
  }
  const parsed = SesFeedback.safeParse(json);
  if (parsed.success) return parsed.data;
  const type = json && typeof json === 'object' ? ((json as Record<string, unknown>).notificationType ?? (json as Record<string, unknown>).eventType) : undefined;
  return typeof type === 'string' && !['Bounce', 'Complaint'].includes(type) ? `not a bounce or complaint (${type.slice(0, 40)})` : 'not an SES bounce or complaint';
}

export async function handleFeedback(event: unknown, at = new Date().toISOString()): Promise<{ processed: number; ignored: number }> {
  const envelope = SnsSchema.safeParse(event);
  if (!envelope.success) {
    logger.warn('feedback ignored: the event is not an SNS notification');
    return { processed: 0, ignored: 1 };
  }
  let processed = 0;
  let ignored = 0;
  for (const record of envelope.data.Records) {
    const feedback = parseMessage(record.Sns.Message);
    if (typeof feedback === 'string') {
      // Never the message itself: it may carry addresses.
      logger.warn('feedback ignored', { snsMessageId: record.Sns.MessageId, reason: feedback });
      ignored += 1;
      continue;
    }
    const outcome = await recordFeedback(store, feedback, at);
    logger.info('feedback recorded', { snsMessageId: record.Sns.MessageId, ...outcome });
    if (outcome.action === 'ignored') ignored += 1;
    else processed += 1;
  }
  return { processed, ignored };
}

export const handler = middy(async (event: unknown, _context: Context) => handleFeedback(event)).use(injectLambdaContext(logger));
