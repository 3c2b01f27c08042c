/**
 * Where the browser portal (the single-page app in `web/`) is served from: a private bucket that
 * only this CloudFront distribution can read (origin access control, scoped by the bucket policy to
 * the distribution's ARN), HTTPS only, security headers with a strict content security policy on
 * every answer, and any unknown path answered with `index.html` so the app's own routes (`/signed-in`,
 * `/states/FRA`, …) load on a reload or a link.
 *
 * It lives in the data stack because its address is state: the distribution's domain is the
 * portal's origin, registered with Cognito as the sign-in callback, allowed by the API's and the
 * bucket's CORS, and bookmarked by every user; replacing the distribution would change it. What it
 * serves (the app's files and `config.json`) is deployed by the service stack (`WebContent`).
 */
import { Duration } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Bucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge.js';
import { PRIVATE_BUCKET } from './privateBucket.js';

/** Origins the app talks to besides its own (the CSP's `connect-src`, and `form-action` for sign-in). */
export interface PortalConnections {
  /** The admin API. */
  readonly adminApi: string;
  /** Cognito's managed login: the sign-in pages and the token endpoint. */
  readonly signIn: string;
  /** The portal bucket's regional endpoint, where the browser POSTs an upload form. */
  readonly upload: string;
}

export interface WebHostingProps {
  /**
   * A fixed name (`portal1540-web-<account>-<region>`): the service stack deploys the app into it
   * by name, so its deployment role's grant names the bucket (no cross-stack token to match).
   */
  readonly bucketName: string;
  readonly connections: PortalConnections;
}

/**
 * The portal's Content-Security-Policy: only its own scripts and styles (no inline code), images
 * from itself or `data:` URLs, requests to itself and the three services it uses, no framing.
 */
export function contentSecurityPolicy(connections: PortalConnections): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${connections.adminApi} ${connections.signIn} ${connections.upload}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${connections.signIn}`,
    "object-src 'none'",
  ].join('; ');
}

/** HSTS for two years, subdomains included, eligible for the browsers' preload list. */
const HSTS_MAX_AGE = Duration.days(730);

export class WebHosting extends Construct {
  readonly bucket: Bucket;
  /** The distribution's standard logs and the site bucket's server access logs. */
  readonly logs: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution domain>`, the portal's origin. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.logs = new Bucket(this, 'Logs', {
      ...PRIVATE_BUCKET,
      // CloudFront's standard logging writes with an ACL grant: this bucket must accept ACLs
      // (public ones stay blocked above). Its objects are logs only.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ id: 'ExpireLogs', expiration: Duration.days(730) }],
    });

    this.bucket = new Bucket(this, 'Site', {
      ...PRIVATE_BUCKET,
      bucketName: props.bucketName,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site/',
    });

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: '1540 portal: HSTS, CSP, no sniffing, no framing, strict referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.connections), override: true },
        strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, preload: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: '1540 Committee reporting portal',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        // Origin access control: CloudFront signs its requests; the bucket policy lets in this
        // distribution only (AWS:SourceArn), for s3:GetObject only.
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        compress: true,
      },
      // The app routes in the browser: a path with no file is the app's (S3 answers 403 to a
      // missing key when the reader may not list the bucket, 404 otherwise).
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(10),
      })),
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Diplomats of all 193 member states, in their capitals: every edge location.
      priceClass: PriceClass.PRICE_CLASS_ALL,
    });
    acknowledge(this.distribution, {
      'AwsSolutions-CFR1': 'The portal serves the users of all 193 UN member states wherever they are; no country may be excluded.',
      'AwsSolutions-CFR2':
        'The distribution serves static files only; sign-in is Cognito managed login (MFA required) and the API has its own throttling. A web ACL would cost more than the rest of the pipeline.',
      'AwsSolutions-CFR4':
        "No custom domain is configured, so the distribution uses CloudFront's default *.cloudfront.net certificate, whose security policy is fixed at TLSv1; browsers still negotiate TLS 1.2 or 1.3. With a custom domain, its certificate takes TLSv1.2_2021.",
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
  }
}
