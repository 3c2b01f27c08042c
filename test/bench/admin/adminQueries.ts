/**
 * The admin API's queries at full scale: 193 states × 40 submissions × 12 matrix elements, through
 * the local server (the JWT check included) and the real handler, on the DynamoDB stand-in. For
 * each route: items it returns, DynamoDB reads it made (Query count, Scans, Count / ScannedCount:
 * ≈ 1 means it read only what it returns), and the median local latency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MATRIX_ELEMENTS, type MatrixElement } from '../../../shared/extraction/contract.js';
import { MEMBER_STATES } from '../../../shared/reference/memberStates.js';
import { recordAssistance } from '../../../shared/store/assistance.js';
import { designateContact } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import type { Submission } from '../../../shared/store/items.js';
import { recordMatrixEntry } from '../../../shared/store/matrixEntries.js';
import { ensureTable } from '../../../infra/local/provisionTable.js';
import { setMatrixVisibility } from '../../../shared/store/publication.js';
import { recordStateSubmission } from '../../../shared/store/stateProfiles.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import { inChunks } from '../../../shared/store/table.js';
import { ensureBucket } from '../../../infra/local/provisionBucket.js';
import { standInClients } from '../../../infra/local/standInClients.js';
import { startStandIns, type DynamoEngineChoice } from '../../../infra/local/standIns.js';
import { perStateOverview } from '../../support/perStateStandings.js';

const SUBMISSIONS_PER_STATE = 40;
const ELEMENTS: MatrixElement[] = MATRIX_ELEMENTS.slice(0, 12);
/** States without a national report among their submissions (the Committee counts 8 in 2024). */
const NON_REPORTERS = 8;
const RUNS = 15;

interface Reads {
  queries: number;
  scans: number;
  gets: number;
  count: number;
  scanned: number;
}

/**
 * `only`: run these routes' cases (`npm run bench -- dashboard`: what the secretariat's dashboard
 * reads); the seed is the same.
 */
export async function benchAdminQueries(only?: readonly string[]): Promise<void> {
  const standIns = await startStandIns({ dynamoEngine: (process.env.BENCH_DYNAMODB ?? 'auto') as DynamoEngineChoice });
  const home = mkdtempSync(join(tmpdir(), 'portal1540-bench-admin-'));
  try {
    process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
    const clients = standInClients(standIns.endpoints);
    const store = { db: clients.db, tableName: 'bench-admin' };
    await ensureTable(clients.dynamo, store.tableName);
    await ensureBucket(clients.s3, 'bench-admin');

    const seedStarted = Date.now();
    const ids = await seed(store);
    console.log(`engine ${standIns.dynamoEngine}; seeded ${MEMBER_STATES.length} states × ${SUBMISSIONS_PER_STATE} submissions × ${ELEMENTS.length} elements in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

    // The handler's own client is counted: every command's Count and ScannedCount.
    let reads: Reads = { queries: 0, scans: 0, gets: 0, count: 0, scanned: 0 };
    clients.dynamo.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        const output = (result.output ?? {}) as { Count?: number; ScannedCount?: number; Item?: unknown; Responses?: Record<string, unknown[]> };
        if (context.commandName === 'QueryCommand') reads.queries += 1;
        if (context.commandName === 'ScanCommand') reads.scans += 1;
        if (context.commandName === 'GetItemCommand') reads.gets += output.Item ? 1 : 0;
        if (context.commandName === 'BatchGetItemCommand') reads.gets += Object.values(output.Responses ?? {}).flat().length;
        reads.count += output.Count ?? 0;
        reads.scanned += output.ScannedCount ?? 0;
        return result;
      },
      { step: 'initialize', name: 'benchReadCounter' },
    );
    const { startLocalAdminApi } = await import('../../../infra/local/localAdminApi.js');
    const api = await startLocalAdminApi({ home, clients, tableName: 'bench-admin', bucketName: 'bench-admin' });
    // One secretariat user per call: the costly routes serve each user a few requests a minute,
    // and the bench calls each route many times in one.
    let caller = 0;
    const tokens = await Promise.all(Array.from({ length: 40 }, (_, i) => api.issuer.issue({ subject: `bench-${i}`, groups: ['secretariat'] })));

    const worstCase = 'GET /states/overview, a deadline for all states';
    const baseline = `${worstCase}: baseline, per-state reads (before the summaries; in process, no HTTP)`;
    /** `answer`: computed in this process instead of asked of the API (the baseline). */
    const allCases: Array<{ route: string; path: string; count: (body: string) => number; before?: () => Promise<unknown>; answer?: () => Promise<string> }> = [
      { route: 'GET /states?status=not-reported', path: '/states?status=not-reported&limit=50', count: items },
      { route: 'GET /states?status=overdue', path: '/states?status=overdue&limit=50', count: items },
      { route: 'GET /states?status=reported (page of 50)', path: '/states?status=reported&limit=50', count: items },
      { route: 'GET /states/{iso3}', path: '/states/FRA', count: (b) => { const f = JSON.parse(b); return 1 + f.contacts.length + f.submissions.items.length + f.matrix.length + f.assistance.length; } },
      { route: 'GET /states/{iso3}/submissions (page of 50)', path: '/states/FRA/submissions?limit=50', count: items },
      { route: 'GET /submissions/{id}', path: `/submissions/${ids.fraSubmission}`, count: () => 1 },
      { route: 'GET /matrix/coverage', path: '/matrix/coverage', count: (b) => JSON.parse(b).elements.length },
      { route: 'GET /deadlines', path: '/deadlines', count: items },
      { route: 'GET /assistance', path: '/assistance', count: (b) => JSON.parse(b).elements.reduce((n: number, e: { requests: unknown[]; offers: unknown[] }) => n + e.requests.length + e.offers.length, 0) },
      { route: 'GET /export/matrix.csv (public)', path: '/export/matrix.csv', count: csvRows },
      { route: 'GET /export/matrix.csv?scope=committee', path: '/export/matrix.csv?scope=committee', count: csvRows },
      { route: 'GET /states/overview (dashboard)', path: '/states/overview', count: items },
      { route: 'GET /matrix/overview (heat-map)', path: '/matrix/overview', count: (b) => JSON.parse(b).states.length },
      // The worst case of the dashboard: a deadline that concerns every state, so each one's
      // contacts and submissions are read to judge it (the standing deadlines concern the few
      // states without a national report only).
      {
        route: worstCase,
        path: '/states/overview',
        count: items,
        before: () =>
          recordDeadline(store, {
            id: 'bench-all', title: 'Update for all', dueDate: '2026-06-30', precision: 'day', recurrence: 'yearly', status: 'active', source: 'manual',
            createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'all' }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report', 'additional_information'] },
          }),
      },
      // The same answer as each state's contacts and submissions were read for it (two queries per state).
      { route: baseline, path: '/states/overview', count: items, answer: async () => JSON.stringify(await perStateOverview(store, new Date())) },
    ];
    const cases = allCases.filter((c) => !only || only.some((route) => c.route.startsWith(route)));

    const rows: string[][] = [];
    const answers = new Map<string, string>();
    for (const c of cases) {
      await c.before?.();
      const call = async () => {
        if (c.answer) return c.answer();
        const token = tokens[caller++ % tokens.length];
        const response = await fetch(`${api.url}${c.path}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await response.text();
        if (!response.ok) throw new Error(`${c.route}: ${response.status} ${body.slice(0, 200)}`);
        return body;
      };
      await call();
      reads = { queries: 0, scans: 0, gets: 0, count: 0, scanned: 0 };
      const answer = await call();
      answers.set(c.route, answer);
      const returned = c.count(answer);
      const measured = { ...reads };
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const itemsRead = measured.count + measured.gets;
      rows.push([
        c.route,
        String(returned),
        String(itemsRead),
        String(measured.queries),
        String(measured.scans),
        measured.scanned ? (measured.scanned / measured.count).toFixed(2) : 'n/a',
        (times[Math.floor(times.length / 2)] ?? 0).toFixed(1),
      ]);
    }
    printTable(['route', 'returned', 'items read', 'queries', 'scans', 'scanned/count', 'median ms'], rows);
    console.log('items read = Count of every Query + items of every GetItem/BatchGetItem; returned counts what the answer lists.');
    if (answers.has(worstCase) && answers.has(baseline)) {
      if (!isDeepStrictEqual(JSON.parse(answers.get(worstCase)!), JSON.parse(answers.get(baseline)!))) throw new Error(`${worstCase}: not the same answer as the baseline`);
      console.log(`${worstCase}: the same answer as the baseline`);
    }
    await api.stop();
    clients.destroy();
  } finally {
    await standIns.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const items = (body: string) => (JSON.parse(body) as { items: unknown[] }).items.length;
const csvRows = (body: string) => Math.max(0, body.trim().split('\r\n').length - 1);

export async function seed(store: { db: DynamoDBDocumentClient; tableName: string }): Promise<{ fraSubmission: string }> {
  await seedStateProfiles(store);
  const states = MEMBER_STATES.map((s) => s.iso3);
  const nonReporters = new Set(states.filter((_, i) => i % 24 === 5).slice(0, NON_REPORTERS));
  let fraSubmission = '';
  const tasks: Array<() => Promise<unknown>> = [];
  for (const [stateIndex, iso3] of states.entries()) {
    const submissions: Submission[] = [];
    for (let n = 0; n < SUBMISSIONS_PER_STATE; n += 1) {
      const receivedAt = new Date(Date.UTC(2010, 0, 1) + (n * 60 + stateIndex) * 86_400_000).toISOString();
      const reportType = !nonReporters.has(iso3) && n === 0 ? 'national_report' : 'additional_information';
      submissions.push(syntheticSubmission(iso3, n, receivedAt, reportType));
    }
    const last = submissions[submissions.length - 1]!;
    if (iso3 === 'FRA') fraSubmission = last.id;
    for (const s of submissions) tasks.push(() => recordSubmission(store, s));
    tasks.push(() => recordStateSubmission(store, iso3, { id: last.id, receivedAt: last.receivedAt, isNationalReport: !nonReporters.has(iso3) }));
    for (const [e, element] of ELEMENTS.entries()) {
      tasks.push(() =>
        recordMatrixEntry(store, {
          state: iso3, element, weapon: 'all', coverage: (stateIndex + e) % 4 === 0 ? 'gap' : 'measure', measure: (stateIndex + e) % 4 === 0 ? undefined : 'yes',
          legalReferences: [`Act ${stateIndex}/${e}, art. ${e + 1}`],
          evidence: [{ text: `=${iso3} evidence for ${element}: the national law provides for it.`, page: e + 1 }],
          sourceSubmissionId: last.id, sourceReceivedAt: last.receivedAt,
        }),
      );
    }
    tasks.push(() => designateContact(store, { state: iso3, name: `Contact ${iso3}`, email: `poc@${iso3.toLowerCase()}.example.gov`, language: 'en', source: last.id, at: last.receivedAt }));
    if (stateIndex % 5 === 0) tasks.push(() => recordAssistance(store, { state: iso3, kind: stateIndex % 10 === 0 ? 'request' : 'offer', element: ELEMENTS[stateIndex % ELEMENTS.length]!, sourceSubmissionId: last.id, recordedAt: last.receivedAt }));
    if (stateIndex % 3 === 0) tasks.push(() => setMatrixVisibility(store, iso3, 'public'));
  }
  for (const [i, due] of ['2004-10-28', '2027-01-31', '2026-12-31'].entries()) {
    tasks.push(() =>
      recordDeadline(store, {
        id: `bench-${i}`, title: `Deadline ${i}`, dueDate: due, precision: 'day', recurrence: i === 0 ? null : 'yearly', status: 'active', source: 'seed',
        createdAt: '2026-01-01T00:00:00.000Z', appliesTo: i === 0 ? { kind: 'rule', rule: 'no_national_report' } : { kind: 'committee' },
        satisfiedBy: i === 0 ? { kind: 'submission', reportTypes: ['national_report'] } : null,
      }),
    );
  }
  for (const chunk of inChunks(tasks, 32)) await Promise.all(chunk.map((t) => t()));
  return { fraSubmission };
}

function syntheticSubmission(iso3: string, n: number, receivedAt: string, reportType: 'national_report' | 'additional_information'): Submission {
  const id = `${iso3.toLowerCase()}${String(n).padStart(4, '0')}bench`;
  return {
    id, state: iso3, receivedAt, objectKey: `incoming/${iso3}/up${id}/report.pdf`, fileName: 'report.pdf', size: 120_000, status: 'accepted', format: 'pdf', visibility: 'committee',
    extraction: {
      file: 'report.pdf', sha256: 'a'.repeat(64), format: 'pdf', state: iso3, language: 'en', reportType, documentDate: receivedAt.slice(0, 10),
      treaties: ['npt', 'cwc', 'bwc'],
      matrix: ELEMENTS.map((element) => ({ element, weapon: 'all' as const, measure: 'yes' as const, legalReferences: ['Act 1'], evidence: [{ text: `Evidence about ${element} in the report of ${iso3}.`, page: 3 }] })),
      gaps: [], contacts: [], assistanceRequested: [], deadlines: [], warnings: [],
    },
  };
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}
