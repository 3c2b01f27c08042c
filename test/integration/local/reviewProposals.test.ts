/**
 * Findings are proposals until a person decides, against the running local portal: a report naming
 * five officials of three agencies mails none of them; accepting two makes exactly those two
 * reminded; coverage and the state's profile count only confirmed matrix entries, one more per
 * accepted proposal; a later report adds proposals and never changes a confirmed value; a state's
 * token sees and decides only its own state's proposals; the CLI lists and decides them; the
 * accuracy bench scores the extractor against the decisions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main.js';
import { PlanningSettings } from '../../../functions/planner/function.js';
import { planningDependencies } from '../../../functions/planner/handler.js';
import { localAddress } from '../../../infra/local/localAuth.js';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import { planReminders } from '../../../shared/deadlines/planReminders.js';
import { listContacts } from '../../../shared/store/contactPoints.js';
import { getDeadline, listDeadlines } from '../../../shared/store/deadlines.js';
import type { Submission } from '../../../shared/store/items.js';
import type { Proposal } from '../../../shared/store/proposals.js';
import { benchFromReviews } from '../../bench/extraction/fromReviews.js';
import { eventually, localPortalClient, type LocalPortalClient } from '../../support/localPortalClient.js';

let home: string;
let portal: LocalPortal;
let client: LocalPortalClient;
let secretariat: string;
let fra: string;
let report: Submission;

const OFFICIALS = [
  { name: 'Paul Durand', email: 'p.durand@defense.example', role: 'Ministry of Defence' },
  { name: 'Marie Leroy', email: 'm.leroy@defense.example', role: 'Ministry of Defence' },
  { name: 'Claire Petit', email: 'c.petit@douane.example', role: 'Customs' },
  { name: 'Luc Moreau', email: 'l.moreau@douane.example', role: 'Customs' },
  { name: 'Anne Girard', email: 'a.girard@diplomatie.example', role: 'Foreign Affairs' },
];
const formOf = (state: string, matrix: Array<{ element: string; weapon: string; measure: string; legalReference: string }>, contacts = OFFICIALS) =>
  JSON.stringify({ state, reportType: 'national_report', documentDate: '2026-11-02', language: 'fr', matrix, contacts });
const FIRST_MATRIX = [
  { element: 'op1', weapon: 'all', measure: 'yes', legalReference: 'Code pénal, art. 421-2-2' },
  { element: 'op2.nuclear', weapon: 'nuclear', measure: 'yes', legalReference: 'Code de la défense, art. L1333-9' },
  { element: 'op3c.border_control', weapon: 'all', measure: 'no', legalReference: '' },
];

async function api<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${portal.adminApi.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}
/** A proposal as the API answers it, its value read field by field whatever its kind. */
type Listed = Omit<Proposal, 'value'> & { value: Record<string, string> };
const queue = async (token: string, query = '') => (await api<{ items: Listed[]; cursor?: string }>(`/review${query}`, token)).body.items;
const coverageOf = async (element: string) =>
  (await api<{ elements: Array<{ element: string; measure: number; gap: number; nothing: number }> }>('/matrix/coverage', secretariat)).body.elements.find((e) => e.element === element);
const stateFile = async (iso3: string) => (await api<{ matrix: Array<{ element: string; measure?: string }>; awaitingReview: Listed[] }>(`/states/${iso3}`, secretariat)).body;

/** A state's upload, once its findings are recorded (the receipts follow them). */
async function uploaded(...args: Parameters<LocalPortalClient['upload']>): Promise<Submission> {
  const submission = await client.upload(...args);
  await client.settledReceipts(submission);
  return submission;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-review-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
  client = localPortalClient(portal);
  secretariat = portal.adminApi.tokens.secretariat!;
  fra = portal.adminApi.tokens['state-FRA']!;
  report = await uploaded('rapport.json', formOf('FRA', FIRST_MATRIX));
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('a report naming five officials of three agencies', () => {
  it('yields five contact proposals and no e-mail to any of them: the receipt goes to the uploader alone', async () => {
    const contacts = await queue(secretariat, '?state=FRA&kind=contact');

    expect(contacts.map((p) => p.value)).toEqual(
      expect.arrayContaining(OFFICIALS.map((o) => ({ name: o.name, email: o.email, role: o.role, language: 'fr' }))),
    );
    expect(contacts).toHaveLength(5);
    expect(contacts.every((p) => p.submissionId === report.id && p.status === 'pending')).toBe(true);
    expect((await listContacts(portal.store, 'FRA')).map((c) => c.status)).toEqual(Array(5).fill('proposed'));
    const receipts = await client.settledReceipts(report);
    expect(receipts.map((m) => m.recipient.email)).toEqual([localAddress('local-fra')]);
  });

  it("makes exactly the two contacts the state's user accepts receive the next reminder", async () => {
    const [first, second] = (await queue(fra, '?kind=contact')).filter((p) => p.value.email?.endsWith('@douane.example'));

    const decided = await api<{ items: Proposal[]; errors: unknown[] }>('/review/decisions', fra, { body: { action: 'accept', ids: [first!.id, second!.id] } });

    expect(decided.body.errors).toEqual([]);
    expect(decided.body.items.map((p) => p.status)).toEqual(['accepted', 'accepted']);
    const created = await api<{ id: string }>('/deadlines', secretariat, {
      body: { title: 'Report on export controls', dueDate: '2027-03-10', appliesTo: { kind: 'states', states: ['FRA'] } },
    });
    const settings = PlanningSettings.parse({ TABLE_NAME: portal.tableName });
    const plan = await planReminders(planningDependencies(settings, portal.store.db, { enqueue: async () => undefined }), { asOf: '2027-03-03', dryRun: true });
    const reminded = plan.reminders.filter((r) => r.deadlineId === created.body.id).map((r) => r.email).sort();
    expect(reminded).toEqual(['c.petit@douane.example', 'l.moreau@douane.example']);
  });
});

describe('the matrix', () => {
  it('counts only confirmed entries in coverage and the profile, and accepting one proposal adds exactly one', async () => {
    const before = { op1: await coverageOf('op1'), border: await coverageOf('op3c.border_control') };
    const file = await stateFile('FRA');
    expect(file.matrix).toEqual([]);
    expect(file.awaitingReview.filter((p) => p.kind === 'matrix')).toHaveLength(3);
    const op1 = file.awaitingReview.find((p) => p.kind === 'matrix' && p.value.element === 'op1')!;

    const decided = await api<{ items: Proposal[] }>('/review/decisions', secretariat, { body: { action: 'accept', ids: [op1.id] } });

    expect(decided.body.items[0]).toMatchObject({ status: 'accepted', decidedBy: expect.any(String) });
    expect(await coverageOf('op1')).toEqual({ ...before.op1, measure: before.op1!.measure + 1, nothing: before.op1!.nothing - 1 });
    expect(await coverageOf('op3c.border_control')).toEqual(before.border);
    const after = await stateFile('FRA');
    expect(after.matrix).toEqual([expect.objectContaining({ element: 'op1', measure: 'yes', proposalId: op1.id })]);
    expect(after.awaitingReview.filter((p) => p.kind === 'matrix')).toHaveLength(2);
  });

  it('is never changed by a later report by itself: the report adds a proposal beside the confirmed value', async () => {
    const later = await uploaded('rapport-2.json', formOf('FRA', [{ element: 'op1', weapon: 'all', measure: 'partial', legalReference: 'Loi 2026-1' }], []));

    const file = await stateFile('FRA');
    expect(file.matrix).toEqual([expect.objectContaining({ element: 'op1', measure: 'yes', sourceSubmissionId: report.id })]);
    expect(file.awaitingReview).toContainEqual(expect.objectContaining({ kind: 'matrix', submissionId: later.id, value: expect.objectContaining({ measure: 'partial' }) }));
  });

  it('keeps every decision: a correction with the value before and after, a rejection with its reason', async () => {
    const pending = (await queue(secretariat, '?state=FRA&kind=matrix')).filter((p) => p.submissionId === report.id);
    const nuclear = pending.find((p) => p.value.element === 'op2.nuclear')!;
    const border = pending.find((p) => p.value.element === 'op3c.border_control')!;

    const corrected = await api<Proposal>(`/review/${nuclear.id}/correct`, secretariat, { body: { set: { measure: 'partial' }, reason: 'only civil material' } });
    const rejected = await api<{ items: Proposal[] }>('/review/decisions', secretariat, { body: { action: 'reject', ids: [border.id], reason: 'heading only' } });

    expect(corrected.body).toMatchObject({ status: 'corrected', decided: { measure: 'partial' }, reason: 'only civil material' });
    expect(rejected.body.items[0]).toMatchObject({ status: 'rejected', reason: 'heading only' });
    const log = await api<{ decisions: Array<{ status: string; before: unknown; after: unknown }> }>(`/review/${nuclear.id}`, secretariat);
    expect(log.body.decisions).toEqual([expect.objectContaining({ status: 'corrected', before: expect.objectContaining({ measure: 'yes' }), after: expect.objectContaining({ measure: 'partial' }) })]);
    expect((await stateFile('FRA')).matrix.map((e) => [e.element, e.measure])).toEqual([['op1', 'yes'], ['op2.nuclear', 'partial']]);
    const again = await api<{ items: Proposal[]; errors: Array<{ error: string }> }>('/review/decisions', secretariat, { body: { action: 'accept', ids: [border.id] } });
    expect(again.body.errors).toEqual([expect.objectContaining({ error: 'conflict' })]);
  });

  it('reports per element and field how often proposals were accepted, corrected or rejected', async () => {
    const { body } = await api<{ items: Array<{ kind: string; element: string | null; field: string | null; accepted: number; corrected: number; rejected: number }> }>('/review/stats', secretariat);

    expect(body.items).toContainEqual({ kind: 'matrix', element: 'op2.nuclear', field: 'measure', accepted: 0, corrected: 1, rejected: 0 });
    expect(body.items).toContainEqual({ kind: 'matrix', element: 'op2.nuclear', field: 'legalReferences', accepted: 1, corrected: 0, rejected: 0 });
    expect(body.items).toContainEqual({ kind: 'matrix', element: 'op3c.border_control', field: null, accepted: 0, corrected: 0, rejected: 1 });
    expect(body.items).toContainEqual({ kind: 'contact', element: null, field: null, accepted: 2, corrected: 0, rejected: 0 });
  });
});

describe("a state's token", () => {
  let deuReport: Submission;
  beforeAll(async () => {
    deuReport = await uploaded('bericht.json', formOf('DEU', [FIRST_MATRIX[0]!], [OFFICIALS[0]!]), { state: 'DEU' }, secretariat);
  }, 60_000);

  it("sees only its own state's proposals, and another state's are refused or answered as absent", async () => {
    expect((await queue(fra)).every((p) => p.state === 'FRA')).toBe(true);
    expect((await api('/review?state=DEU', fra)).status).toBe(403);
    expect((await api('/review?committee=true', fra)).status).toBe(403);
    const deu = (await queue(secretariat, '?state=DEU')).filter((p) => p.submissionId === deuReport.id);
    expect(deu).toHaveLength(2);
    const decided = await api<{ items: Proposal[]; errors: Array<{ error: string }> }>('/review/decisions', fra, { body: { action: 'accept', ids: deu.map((p) => p.id) } });
    expect(decided.body.items).toEqual([]);
    expect(decided.body.errors.map((e) => e.error)).toEqual(['not_found', 'not_found']);
    expect((await api(`/review/${deu[0]!.id}`, fra)).status).toBe(404);
    expect((await api(`/review/${deu[0]!.id}/notes`, fra, { body: { kind: 'comment', text: 'not ours' } })).status).toBe(404);
  });

  it("decides its own contacts but not its matrix: it confirms, comments or proposes a correction, shown to the secretariat", async () => {
    const [matrix] = (await queue(fra, '?kind=matrix')).filter((p) => p.status === 'pending');

    const refused = await api<{ items: Proposal[]; errors: Array<{ error: string }> }>('/review/decisions', fra, { body: { action: 'accept', ids: [matrix!.id] } });
    const noted = await api<Proposal>(`/review/${matrix!.id}/notes`, fra, { body: { kind: 'correction', text: 'The law of 2026 replaces it', set: { measure: 'yes' } } });

    expect(refused.body.errors.map((e) => e.error)).toEqual(['forbidden']);
    expect(noted.status).toBe(200);
    const seen = await api<{ proposal: Proposal }>(`/review/${matrix!.id}`, secretariat);
    expect(seen.body.proposal).toMatchObject({ status: 'pending', notes: [expect.objectContaining({ kind: 'correction', set: { measure: 'yes' } })] });
  });

  it('gives and withdraws its own publication consent, and no other state\'s', async () => {
    expect((await api('/states/FRA/publication', fra, { method: 'PUT', body: { matrixVisibility: 'public' } })).status).toBe(200);
    expect((await api('/states/FRA/publication', fra, { method: 'PUT', body: { matrixVisibility: 'committee' } })).status).toBe(200);
    expect((await api('/states/DEU/publication', fra, { method: 'PUT', body: { matrixVisibility: 'public' } })).status).toBe(403);
    // Each decision is recorded: who, when, before and after; the secretariat sees them in the state's file.
    const file = await api<{ consent: Array<{ by: string; at: string; before: string | null; after: string }> }>('/states/FRA', secretariat);
    expect(file.body.consent.slice(-2)).toEqual([
      { by: 'local-fra', at: expect.any(String), before: 'committee', after: 'public' },
      { by: 'local-fra', at: expect.any(String), before: 'public', after: 'committee' },
    ]);
  });
});

describe('a Committee document', () => {
  it('proposes its deadlines in the review queue under their own ids: accepting one confirms that deadline', async () => {
    const programme = [
      'Security Council Committee established pursuant to resolution 1540 (2004)',
      '10 February 2027',
      'Programme of work of the Committee for the period from 1 February 2027 to 31 January 2028',
      'The working groups will submit their workplans to the Committee by 15 March 2027.',
    ].join('\n\n');
    const submission = await client.upload('programme.txt', programme, { committee: true }, secretariat);
    const proposed = await eventually('the deadline proposals', async () => {
      const found = (await queue(secretariat, '?committee=true&kind=deadline')).filter((p) => p.submissionId === submission.id);
      return found.length > 0 ? found : undefined;
    });
    expect(proposed.map((p) => p.value.date)).toContain('2027-03-15');
    const workplans = proposed.find((p) => p.value.date === '2027-03-15')!;
    expect((await listDeadlines(portal.store, 'proposed')).map((d) => d.id)).toContain(workplans.id);

    const decided = await api<{ items: Proposal[] }>('/review/decisions', secretariat, { body: { action: 'accept', ids: [workplans.id] } });

    expect(decided.body.items[0]).toMatchObject({ id: workplans.id, kind: 'deadline', state: null, status: 'accepted' });
    expect((await getDeadline(portal.store, workplans.id))?.status).toBe('active');
  });
});

describe('the review command', () => {
  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['review', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  };
  // The CLI finds the admin API as it finds a deployed one: its URL and a token in the environment.
  const previous = { url: process.env.PORTAL_API_URL, token: process.env.PORTAL_API_TOKEN };
  beforeAll(() => Object.assign(process.env, { PORTAL_API_URL: portal.adminApi.url, PORTAL_API_TOKEN: secretariat }));
  afterAll(() => {
    for (const [name, value] of [['PORTAL_API_URL', previous.url], ['PORTAL_API_TOKEN', previous.token]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('lists pending proposals as {"items", "next"} with exactly the fields of a review item', async () => {
    const listed = await run('--state', 'FRA', '--kind', 'contact', '--json');

    expect(listed.code).toBe(0);
    const body = JSON.parse(listed.stdout) as { items: Array<Record<string, unknown>>; next: string | null };
    expect(body.next).toBeNull();
    expect(body.items).toHaveLength(3);
    expect(Object.keys(body.items[0]!)).toEqual(['id', 'kind', 'state', 'submissionId', 'value', 'evidence', 'confidence', 'status']);
  });

  it('accepts every pending proposal of a submission above a confidence, and reports the statistics', async () => {
    const accepted = await run('--accept-all', '--submission', report.id, '--min-confidence', '0', '--json');

    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as { items: Proposal[] }).items.map((p) => p.kind).sort()).toEqual(['contact', 'contact', 'contact']);
    expect((await listContacts(portal.store, 'FRA')).every((c) => c.status === 'active')).toBe(true);
    const stats = await run('--stats', '--json');
    expect((JSON.parse(stats.stdout) as { items: Array<{ kind: string; field: string | null; accepted: number }> }).items).toContainEqual(
      expect.objectContaining({ kind: 'contact', field: null, accepted: 5 }),
    );
  });

  it("shows a state's confirmed matrix with the entries awaiting review beside it", async () => {
    let printed = '';
    const shown = await runCli(['state', 'FRA'], { stdout: (t) => void (printed += t), stderr: () => undefined });

    expect(shown).toBe(0);
    expect(printed).toMatch(/Matrix \(confirmed: the Committee's\) \(2\)[\s\S]*op1 +all/);
    expect(printed).toMatch(/Matrix entries awaiting review \(1\)[\s\S]*op1 +all +partial/);
  });

  it('refuses a correction of a field a proposal does not have, naming the fields', async () => {
    const [pending] = (await queue(secretariat, '?state=DEU&kind=matrix'));
    const refused = await run('--correct', pending!.id, '--set', 'colour=red');

    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('colour: not a field of a matrix proposal (element, weapon, measure, legalReferences)');
  });
});

describe('the accuracy bench from reviews', () => {
  it('scores the current extractor against the decisions recorded: a correction or a rejection of what it still finds counts against it', async () => {
    const scores = await benchFromReviews(portal.store, { s3: portal.s3, bucket: portal.bucketName });

    expect(scores).toEqual([
      // op1 accepted as found; op2.nuclear corrected to partial (found yes: wrong, and partial missed); op3c rejected (found again: wrong).
      { kind: 'matrix', judged: 3, right: 1, wrong: 2, missed: 1 },
      { kind: 'contact', judged: 5, right: 5, wrong: 0, missed: 0 },
      { kind: 'deadline', judged: 1, right: 1, wrong: 0, missed: 0 },
    ]);
  });
});
