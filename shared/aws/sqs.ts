import { SQSClient } from '@aws-sdk/client-sqs';
import { once } from './once.js';

export const sqsClient = once(() => new SQSClient({}));
