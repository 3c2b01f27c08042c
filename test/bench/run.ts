/**
 * `npm run bench`: runs each registered bench module in turn and prints what it reports. A module
 * exports one async function; add it to BENCHES to have it run. `npm run bench -- <name>` runs one.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const BENCHES: Record<string, () => Promise<void>> = {
  bundles: async () => void (await (await import('./infra/bundles.js')).benchBundles()),
  admin: async () => (await import('./admin/adminQueries.js')).benchAdminQueries(),
  dashboard: async () => (await import('./admin/adminQueries.js')).benchAdminQueries(['GET /states/overview', 'GET /matrix/overview']),
  mail: async () => (await import('./mail/mailBench.js')).benchMail(),
  cli: async () => (await import('./cli/cliStart.js')).benchCliStart(),
  xml: async () => (await import('./extraction/xmlReaders.js')).benchXmlReaders(),
  web: async () => (await import('./web/dashboardSpeed.js')).benchWebDashboard(),
};

/** Parts of another bench, run only when named (`admin` runs the dashboard's cases too). */
const ONLY_WHEN_NAMED = new Set(['dashboard']);

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = only.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length > 0 ? !only.includes(name) : ONLY_WHEN_NAMED.has(name)) continue;
  console.log(`\n== bench: ${name} ==`);
  const started = Date.now();
  await run();
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
