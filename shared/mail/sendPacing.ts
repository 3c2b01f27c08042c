/**
 * Holds the mailer to a send rate (SES MaxSendRate, a setting): calls are spread in slices of a
 * tenth of a second, so a second never carries more than the rate and a long run averages it.
 * The pace is per process; on AWS the mailer's reserved concurrency of 1 makes it the account's.
 */
import pThrottle from 'p-throttle';

export type Pace = <T>(send: () => Promise<T>) => Promise<T>;

export function sendPacing(ratePerSecond: number): Pace {
  const limit = Math.max(1, Math.ceil(ratePerSecond / 10));
  const throttle = pThrottle({ limit, interval: (1000 * limit) / ratePerSecond });
  const paced = throttle(<T>(send: () => Promise<T>) => send());
  return <T>(send: () => Promise<T>) => paced(send) as Promise<T>;
}
