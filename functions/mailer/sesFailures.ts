/**
 * What an SES error means for the one message that met it: send it again later, or never.
 *
 * Later: throttling that outlasted the SDK's own retries, SES's server faults and network errors
 * pass; so does sending paused on the account or the configuration set, which operators resume
 * (the message waits in the queue and its dead-letter queue, where they see it). Never: any other
 * error SES answers as the caller's fault (`MessageRejected`, an address SES refuses as a
 * parameter, an unverified sender domain, a missing configuration set). SES would answer the same
 * tomorrow: retried, the message would come back from the queue and from every daily planner run.
 */
import {
  AccountSendingPausedException,
  ConfigurationSetSendingPausedException,
  SESServiceException,
} from '@aws-sdk/client-ses';
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

export type SesFailure = 'retry_later' | 'permanent';

export function classifySesFailure(error: unknown): SesFailure {
  if (!(error instanceof SESServiceException)) return 'retry_later';
  if (error instanceof AccountSendingPausedException || error instanceof ConfigurationSetSendingPausedException) return 'retry_later';
  // The SDK's own classification, the one its retry strategy uses (its type wants `cause: Error`).
  const classified = error as Parameters<typeof isThrottlingError>[0];
  if (isThrottlingError(classified) || isTransientError(classified) || isServerError(classified)) return 'retry_later';
  return error.$fault === 'client' ? 'permanent' : 'retry_later';
}
