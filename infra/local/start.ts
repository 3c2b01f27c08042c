/**
 * `npm start`: the whole pipeline on this machine, with local stand-ins for AWS.
 * Data lives in `.portal/` (or PORTAL_HOME) and survives restarts. Ctrl-C or SIGTERM stops
 * everything this process started.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Metrics go to CloudWatch on AWS; locally their log lines would only bury the portal's own.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

const { startLocalPortal } = await import('./localPortal.js');
const { adminApiBanner, adminApiInfo } = await import('./localAdminApi.js');
const { webBanner, webInfo } = await import('./localWeb.js');
const { portalHome, readRunningPortal, removePortalInfo, writePortalInfo } = await import('./localPortalInfo.js');

const home = portalHome();
const running = readRunningPortal(home);
if (running) {
  console.error(`A portal already runs from ${home} (pid ${running.pid}). Stop it first, or set PORTAL_HOME to another folder.`);
  process.exit(1);
}

const log = (line: string) => console.log(`[portal] ${line}`);
const started = Date.now();
const engine = process.env.PORTAL_DYNAMODB === 'dynalite' || process.env.PORTAL_DYNAMODB === 'dynamodb-local' ? process.env.PORTAL_DYNAMODB : 'auto';
const portal = await startLocalPortal({ home, dynamoEngine: engine, log });

// One-click sign-in for the identities whose tokens are printed too: the secretariat and a state's user.
const web = webInfo(portal.web, Object.keys(portal.adminApi.tokens));
writePortalInfo(home, {
  pid: process.pid,
  startedAt: new Date().toISOString(),
  dynamoEngine: portal.standIns.dynamoEngine,
  tableName: portal.tableName,
  bucketName: portal.bucketName,
  endpoints: portal.standIns.endpoints,
  mailQueueUrl: portal.mailQueueUrl,
  ...adminApiInfo(portal.adminApi),
  ...web,
});

const engineNote =
  portal.standIns.dynamoEngine === 'dynamodb-local'
    ? 'DynamoDB Local (AWS)'
    : 'dynalite (Java 17 not found, so AWS DynamoDB Local cannot run; dynalite serves every operation the pipeline uses)';
console.log(`
1540 reporting portal: running locally (up in ${((Date.now() - started) / 1000).toFixed(1)} s)
  data folder     ${home}
  DynamoDB        ${portal.standIns.endpoints.dynamodb}   ${engineNote}; table ${portal.tableName}
  S3              ${portal.standIns.endpoints.s3}   bucket ${portal.bucketName}
  SES (outbox)    ${portal.standIns.endpoints.ses}   open in a browser to read every message sent
  SQS (mail)      ${portal.standIns.endpoints.sqs}   receipts and reminders; the reminder planner runs now and hourly
${webBanner(web)}
${adminApiBanner(portal.adminApi)}

Try, in another shell:
  npm run cli -- upload --state FRA path/to/report.pdf
  npm run cli -- submissions --state FRA
  npm run cli -- remind --as-of 2026-01-02 --dry-run        # who would be reminded that day, and why
  npm run cli -- outbox                                     # every e-mail the local SES received

Ctrl-C stops the portal; its data stays in ${home}.
`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing the work in hand, then stopping`);
  try {
    await portal.stop();
  } finally {
    removePortalInfo(home);
    log('stopped');
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
