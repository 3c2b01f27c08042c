/**
 * How every AWS SDK client of the project is made: Lambda, the local portal, the command line and
 * the tests call the same factories (`dynamoDb.ts`, `s3.ts`, `ses.ts`, `sqs.ts`, one module per
 * service so that a function's bundle carries only the clients it uses) and differ only in these
 * options.
 *
 * On Lambda a function passes none: the SDK finds the region and the role's credentials in the
 * environment. The local portal and the tests pass a stand-in's endpoint, region and credentials;
 * the handlers never learn which one they run against.
 */
export interface AwsClientOptions {
  /** A stand-in's endpoint (`http://127.0.0.1:…`); on AWS none, so the SDK resolves the service's. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Attempts per request; a readiness probe wants one. Default: the SDK's (3). */
  readonly maxAttempts?: number;
}
