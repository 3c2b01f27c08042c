/** The feedback function: SES bounces and complaints, through SNS, mark the contact point. */
import { TableEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

export const feedbackFunction = describeFunction({
  name: 'feedback',
  summary: 'Marks contact points that bounced or complained, so they get no more mail',
  environment: TableEnvironment,
  // One SNS record: a few key lookups and updates.
  memoryMb: 256,
  timeoutSeconds: 30,
  invokedBy: { kind: 'async' },
});
