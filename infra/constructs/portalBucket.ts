/**
 * The portal bucket: every uploaded report and Committee document, and the quarantine of refused
 * files. Private, versioned, encrypted, TLS-only, access-logged, retained when the stack goes.
 *
 * Its policy also denies any write outside `incoming/<ISO3>/` to every principal except the
 * pipeline's own roles (identified by their IAM path): whatever grants someone else in the account
 * holds, the only place they can put a file is a state's upload place, where the ingest step
 * checks it. `?` in an S3 resource matches one character: `incoming/???/` is a three-letter code.
 */
import { Duration } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Bucket, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { INCOMING_PREFIX, QUARANTINE_PREFIX } from '../../shared/portal/uploadLocation.js';
import { acknowledge } from './acknowledge.js';
import { PRIVATE_BUCKET } from './privateBucket.js';

export interface PortalBucketProps {
  /**
   * A fixed name (`portal1540-portal-<account>-<region>`): the service stack and the operators'
   * commands refer to the bucket by it, and a retained bucket is never silently replaced by a new,
   * empty one (a redeploy after deletion stops on the existing name instead).
   */
  readonly bucketName: string;
  /** ARN pattern of the pipeline's roles, e.g. `arn:aws:iam::123456789012:role/Portal1540/*`. */
  readonly pipelineRoleArnPattern: string;
  readonly quarantineDays: number;
  /** Browser origins that may POST upload forms (CORS): the web portal's; none: no CORS rule. */
  readonly portalOrigins: readonly string[];
}

/** The one place outside the pipeline that may receive new objects: `incoming/<ISO3>/…`. */
export const STATE_UPLOAD_PATTERN = `${INCOMING_PREFIX}???/*`;

export class PortalBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: PortalBucketProps) {
    super(scope, id);
    const privateAndEncrypted = { ...PRIVATE_BUCKET, objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED } as const;

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...privateAndEncrypted,
      lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: Duration.days(730) }],
    });
    acknowledge(this.accessLogs, {
      'AwsSolutions-S1': 'This is the access-log bucket itself; logging it would log its own log deliveries.',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      ...privateAndEncrypted,
      bucketName: props.bucketName,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'portal/',
      lifecycleRules: [
        { id: 'ExpireQuarantine', prefix: QUARANTINE_PREFIX, expiration: Duration.days(props.quarantineDays) },
        // In quarantine, versions made non-current (by the expiry above) go 90 days later. Nowhere
        // else: under the upload prefixes an accepted original is non-current whenever a later
        // version of its key (a second POST with its grant) sits on top of it, until ingest deletes
        // that version; if that deletion were ever held up, the original must not expire. The
        // pipeline deletes refused versions by version id, which leaves no non-current version.
        { id: 'ExpireOldVersions', prefix: QUARANTINE_PREFIX, noncurrentVersionExpiration: Duration.days(90) },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(2) },
      ],
      // The web portal posts a state's upload form (the presigned POST of its grant) straight to
      // the bucket and reads the answer. No request header beyond the form's own: a multipart
      // form's Content-Type needs no permission. Download links are followed, not fetched: no GET.
      cors: props.portalOrigins.length
        ? [
            {
              allowedOrigins: [...props.portalOrigins],
              allowedMethods: [HttpMethods.POST],
              exposedHeaders: ['ETag', 'x-amz-version-id'],
              maxAge: 3600,
            },
          ]
        : undefined,
    });

    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'OnlyStateUploadsFromOutsideThePipeline',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        notResources: [this.bucket.arnForObjects(STATE_UPLOAD_PATTERN)],
        conditions: { ArnNotLike: { 'aws:PrincipalArn': props.pipelineRoleArnPattern } },
      }),
    );
  }
}
