import { SESClient } from '@aws-sdk/client-ses';
import type { AwsClientOptions } from './clientOptions.js';

/**
 * Adaptive retries: on SES throttling ("Maximum sending rate exceeded") the SDK backs off and also
 * slows this client's own sending; what still fails goes back to the mail queue (see the mailer).
 */
export function createSesClient(options: AwsClientOptions = {}): SESClient {
  return new SESClient({ retryMode: 'adaptive', maxAttempts: 4, ...options });
}
