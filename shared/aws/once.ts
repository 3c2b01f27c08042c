/**
 * AWS SDK clients are built once per module instance (per Lambda execution environment) and reused
 * across invocations. Each service has its own module so that a function's bundle carries only the
 * SDK clients it uses.
 *
 * Handlers never branch on "local or AWS": the SDK itself reads the standard endpoint variables
 * (`AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_SES`, …), which the local
 * runner and the tests set to the stand-ins. The only extra switch is S3 path-style addressing,
 * which an S3-compatible server on localhost needs.
 *
 * The same `once` defers other start-up work a function may not need on every run (a data file
 * parsed on first use, a module loaded on first use).
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
