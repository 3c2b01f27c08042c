/**
 * The deployment's settings, read once by `infra/app.ts` and passed down as props: constructs never
 * read the environment themselves.
 *
 * Each setting comes from CDK context (`cdk deploy -c senderAddress=…`, or `cdk.json`), else from a
 * `PORTAL_*` environment variable, else from a default. The defaults let `npm run synth` work on a
 * fresh clone with no credentials and no network; a real deployment sets at least `account`,
 * `region` and `senderAddress` (see the README, "Deploying to AWS").
 */
import * as z from 'zod';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../shared/portal/uploadLimits.js';

export const DeploymentConfig = z.object({
  /** Placeholder account: synth works without credentials; `cdk deploy` refuses it (account mismatch). */
  account: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id').default('000000000000'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as us-east-1').default('us-east-1'),
  /** Prefix of the two stacks' names and IAM path of the pipeline's roles. */
  appName: z.string().regex(/^[A-Za-z][A-Za-z0-9]{2,30}$/).default('Portal1540'),
  /** The From address of every e-mail. Must be verified in SES (the address or its domain). */
  senderAddress: z.email().default('no-reply@portal1540.example.org'),
  /** The From display name. */
  senderName: z.string().regex(/^[\x20-\x7e]{1,80}$/, 'printable ASCII').default('Secretariat of the 1540 Committee'),
  /**
   * What SES identity the stack creates for the sender: `address` (SES mails a verification link),
   * `domain` (easy DKIM: publish the three CNAME records the stack outputs), or `existing` (already
   * verified in this account and region: the stack creates none).
   */
  senderIdentity: z.enum(['address', 'domain', 'existing']).default('address'),
  /** E-mails per second the mailer may send in total: SES's MaxSendRate (1 in the sandbox). */
  sendRatePerSecond: z.coerce.number().min(1, 'at least 1 (SES sends at least one e-mail per second)').max(1000).default(1),
  /** Daily reminder planning, as an hour in `scheduleTimeZone`. */
  plannerHour: z.coerce.number().int().min(0).max(23).default(6),
  scheduleTimeZone: z.string().default('America/New_York'),
  /**
   * The secretariat's address: the planner mails it one daily digest of the Committee's and the
   * Secretariat's tasks that are due or overdue. None by default: no digest is mailed (the plan
   * still lists it).
   */
  secretariatAddress: z.email().optional(),
  /** Who receives the operators' alarms (an SNS e-mail subscription, confirmed by a link). */
  alarmEmail: z.email().optional(),
  /** Largest upload accepted (bytes): the upload grant's bound and the ingest step's check. */
  maxUploadBytes: z.coerce.number().int().positive().max(100 * 1024 * 1024).default(DEFAULT_MAX_UPLOAD_BYTES),
  /** Days a refused file stays in quarantine/ before it expires. */
  quarantineDays: z.coerce.number().int().min(1).default(365),
  /** Days the functions' and the API's logs are kept. */
  logRetentionDays: z.coerce.number().int().positive().default(365),
  /**
   * Whether the functions run with `--enable-source-maps`, so that stack traces in their logs name
   * the TypeScript files and lines. Off by default: Node reads and decodes each bundle's map at
   * every cold start (`npm run bench -- bundles` measures what it costs). The maps ship in
   * every asset either way; turn this on while chasing an error.
   */
  runtimeSourceMaps: z.union([z.boolean(), z.stringbool()]).default(false),
  /**
   * Prefix of the sign-in domain, Cognito's managed login at
   * `https://<prefix>.auth.<region>.amazoncognito.com`. Unique in its region across all of AWS, and
   * Cognito refuses `aws`, `amazon` and `cognito` in it. Default: `<appName>-<account>` in lower case.
   */
  signInDomainPrefix: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and inner hyphens, at most 63')
    .refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Cognito refuses a prefix containing aws, amazon or cognito')
    .optional(),
  /**
   * Origins allowed to call the admin API and to POST upload forms to the bucket (CORS) besides the
   * portal's own CloudFront address, which always is (`https://portal.example.org`, comma-separated;
   * e.g. a custom domain in front of the distribution). None by default.
   */
  portalOrigins: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',').map((o) => o.trim()).filter(Boolean) : value),
      z.array(z.string().regex(/^(https:\/\/[a-z0-9.-]+|http:\/\/localhost)(:\d{1,5})?$/, 'an origin such as https://portal.example.org (no path)')),
    )
    .default([]),
});
export type DeploymentConfig = z.infer<typeof DeploymentConfig>;

const SETTINGS = Object.keys(DeploymentConfig.shape) as (keyof DeploymentConfig)[];

/** `senderAddress` → `PORTAL_SENDER_ADDRESS`. */
export function environmentVariableFor(setting: string): string {
  return `PORTAL_${setting.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/**
 * Reads the settings from context (first), the environment, and for account and region also
 * the CLI's `CDK_DEFAULT_ACCOUNT`/`CDK_DEFAULT_REGION` (set when credentials are present).
 * Throws one error naming every bad setting, its value and the expected form.
 */
export function readDeploymentConfig(context: (key: string) => unknown, env: NodeJS.ProcessEnv): DeploymentConfig {
  const fallbacks: Partial<Record<keyof DeploymentConfig, string | undefined>> = {
    account: env.CDK_DEFAULT_ACCOUNT,
    region: env.CDK_DEFAULT_REGION,
  };
  const raw = Object.fromEntries(
    SETTINGS.map((setting) => [setting, context(setting) ?? env[environmentVariableFor(setting)] ?? fallbacks[setting]]),
  );
  const parsed = DeploymentConfig.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const setting = String(issue.path[0]);
      return `${setting} (context -c ${setting}=… or ${environmentVariableFor(setting)}) = ${JSON.stringify(raw[setting])}: ${issue.message}`;
    });
    throw new Error(`Invalid deployment configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
