/**
 * The one Logger every function uses. Service name comes from POWERTOOLS_SERVICE_NAME (set per
 * function by the stack). Log lines never carry contact e-mail addresses: log ids and counts.
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'portal1540' });
