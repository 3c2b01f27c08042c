/** Deadline routes, and the CLI commands that read the admin API, against the local server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { runCli } from '../../../cli/main.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
beforeAll(async () => {
  h = await startAdminHarness();
  await recordDeadline(h.portal.store, {
    id: 'pow-2027', title: 'Programme of work', dueDate: '2027-01-31', precision: 'day', recurrence: 'yearly',
    status: 'proposed', source: 'committee-doc-1', createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'committee' },
  });
  await recordDeadline(h.portal.store, {
    id: 'retired-one', title: 'Old', dueDate: '2020-01-01', precision: 'day', recurrence: null,
    status: 'retired', source: 'seed', createdAt: '2026-01-01T00:00:00.000Z',
  });
  await seedReport(h.portal, 'CHL', { receivedAt: '2026-02-01T00:00:00.000Z', cells: [{ element: 'op2.chemical', coverage: 'measure', evidence: '@SUM(A1)' }] });
  process.env.PORTAL_API_URL = h.api.url;
  process.env.PORTAL_API_TOKEN = h.api.tokens.secretariat;
});
afterAll(() => h.dispose());

describe('deadlines', () => {
  it('enters a deadline that concerns states without a report, and lists it as open and overdue for them', async () => {
    const created = await h.call('/deadlines', {
      method: 'POST',
      body: { title: 'First national report', dueDate: '2004-10-28', appliesTo: { kind: 'rule', rule: 'no_national_report' }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] } },
    });
    expect(created.status).toBe(201);
    const deadline = (await created.json()) as { id: string; status: string };
    expect(deadline.status).toBe('active');
    const active = (await (await h.call('/deadlines')).json()) as { items: Array<{ id: string }> };
    expect(active.items.map((d) => d.id)).toEqual([deadline.id]);
    const overdue = (await (await h.call('/states?status=overdue&limit=200')).json()) as { items: Array<{ iso3: string }> };
    expect(overdue.items).toHaveLength(192);
    const reported = (await (await h.call('/states?status=reported')).json()) as { items: Array<{ openDeadlines: unknown[] }> };
    expect(reported.items[0]?.openDeadlines).toEqual([]);
  });

  it('confirms a proposed deadline, once, and refuses to confirm a retired one', async () => {
    const confirmed = await h.call('/deadlines/pow-2027/confirm', { method: 'POST' });
    expect(await confirmed.json()).toMatchObject({ id: 'pow-2027', status: 'active' });
    expect((await h.call('/deadlines?status=proposed').then((r) => r.json())) as unknown).toEqual({ items: [], next: null });
    expect((await h.call('/deadlines/pow-2027/confirm', { method: 'POST' })).status).toBe(200);
    expect((await h.call('/deadlines/retired-one/confirm', { method: 'POST' })).status).toBe(409);
    expect((await h.call('/deadlines/nope/confirm', { method: 'POST' })).status).toBe(404);
  });

  it('answers 422 naming the field for a bad due date or audience', async () => {
    const response = await h.call('/deadlines', { method: 'POST', body: { title: 'x', dueDate: '2026-02-30', appliesTo: { kind: 'some' } } });
    expect(response.status).toBe(422);
    const message = ((await response.json()) as { message: string }).message;
    expect(message).toContain('body.dueDate');
    expect(message).toContain('body.appliesTo');
  });
});

describe('the CLI against the admin API', () => {
  async function cli(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('lists states, one state, coverage, deadlines and the export', async () => {
    const states = await cli('states', '--status', 'reported');
    expect(states).toMatchObject({ code: 0 });
    expect(states.stdout).toContain('CHL');
    expect((await cli('states')).stdout).toContain('193 states, 1 reported');
    expect((await cli('state', 'chl')).stdout).toMatch(/Matrix \(confirmed: the Committee's\) \(1\)[\s\S]*op2\.chemical/);
    expect((await cli('coverage')).stdout).toMatch(/op2\.chemical\s+1\s+0\s+192/);
    expect((await cli('deadlines')).stdout).toContain('Programme of work');
    expect((await cli('quarantine')).stdout).toContain('no refused uploads');
    const csv = await cli('export', '--scope', 'committee');
    expect(csv.stdout).toContain(`'@SUM(A1)`);
  });

  it('confirms a proposed deadline', async () => {
    await recordDeadline(h.portal.store, {
      id: 'review-2027', title: 'Annual review', dueDate: '2027-12-31', precision: 'day', recurrence: null,
      status: 'proposed', source: 'committee-doc-2', createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'committee' },
    });
    expect((await cli('deadlines', '--status', 'proposed')).stdout).toContain('review-2027');
    const confirmed = await cli('deadlines', '--confirm', 'review-2027');
    expect(confirmed).toMatchObject({ code: 0, stdout: expect.stringContaining('review-2027 is now active') });
    expect((await cli('deadlines', '--confirm', 'no-such-deadline')).code).toBe(2);
  });

  it('confirms a deadline correcting who must act and its title, and lists deadlines as {items, next} with concerns and appliesTo', async () => {
    await recordDeadline(h.portal.store, {
      id: 'letters-2027', title: 'The Committee will send letters to', dueDate: '2027-05-29', precision: 'day', recurrence: null,
      status: 'proposed', source: 'committee-doc-3', createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'all' },
    });
    expect((await cli('deadlines', '--concerns', 'committee')).code).toBe(2);
    expect((await cli('deadlines', '--confirm', 'letters-2027', '--concerns', 'everyone')).code).toBe(2);

    const confirmed = await cli('deadlines', '--confirm', 'letters-2027', '--concerns', 'committee', '--title', 'Letters to the States that have not reported');

    expect(confirmed).toMatchObject({ code: 0, stdout: expect.stringContaining('concerns committee') });
    const listed = JSON.parse((await cli('deadlines', '--json')).stdout) as { items: Array<Record<string, unknown>>; next: unknown };
    expect(listed.next).toBeNull();
    expect(listed.items.find((d) => d.id === 'letters-2027')).toMatchObject({
      title: 'Letters to the States that have not reported', concerns: 'committee', appliesTo: { kind: 'committee' },
    });
  });

  it("lists, designates and removes a state's and an organization's contacts", async () => {
    const added = await cli('contacts', '--add', '--state', 'chl', '--name', 'M. Soto', '--email', 'm.soto@minrel.example.cl', '--language', 'es');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('is now active') });
    expect((await cli('contacts', '--add', '--organization', 'OPCW', '--name', 'ICB', '--email', 'icb@opcw.example.org')).code).toBe(0);

    const removed = await cli('contacts', '--remove', '--state', 'CHL', '--email', 'm.soto@minrel.example.cl');
    expect(removed.stdout).toContain('is now removed');
    const chile = JSON.parse((await cli('contacts', '--state', 'CHL', '--json')).stdout) as { items: unknown[]; next: unknown };
    expect(chile).toEqual({ items: [expect.objectContaining({ state: 'CHL', email: 'm.soto@minrel.example.cl', status: 'removed' })], next: null });
    expect((await cli('contacts', '--organization', 'opcw')).stdout).toMatch(/active\s+ICB\s+icb@opcw\.example\.org/);
    expect((await cli('contacts')).code).toBe(2);
    expect((await cli('contacts', '--state', 'CHL', '--organization', 'OPCW')).code).toBe(2);
  });

  it('says what is wrong when the token is refused', async () => {
    process.env.PORTAL_API_TOKEN = await h.tokenFor(['state-CHL']);
    try {
      const result = await cli('coverage');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('403');
    } finally {
      process.env.PORTAL_API_TOKEN = h.api.tokens.secretariat;
    }
  });
});

describe('reminders', () => {
  it('previews what the planner would send on a day, writing nothing, and lists what was recorded', async () => {
    const { designateContact } = await import('../../../shared/store/contactPoints.js');
    await designateContact(h.portal.store, { state: 'PER', name: 'R. Quispe', email: 'r.quispe@rree.example.gob', language: 'es', source: 'manual', at: '2026-01-01T00:00:00.000Z' });
    await recordDeadline(h.portal.store, {
      id: 'annual-update', title: 'Annual update', dueDate: '2026-06-30', precision: 'day', recurrence: null, status: 'active', source: 'manual',
      createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'states', states: ['PER', 'CHL'] },
      satisfiedBy: { kind: 'submission', reportTypes: ['additional_information'] },
    });
    const preview = await h.call('/reminders/preview?asOf=2026-06-23', { method: 'POST' });
    expect(preview.status).toBe(200);
    const plan = (await preview.json()) as { dryRun: boolean; reminders: Array<{ state: string; deadlineId: string; status: string }>; unreachable: Array<{ state: string }> };
    expect(plan.dryRun).toBe(true);
    expect(plan.reminders).toEqual(expect.arrayContaining([expect.objectContaining({ state: 'PER', deadlineId: 'annual-update', status: 'new' })]));
    expect(plan.unreachable.map((u) => u.state)).toContain('CHL');
    const recorded = (await (await h.call('/reminders?deadline=annual-update')).json()) as { items: unknown[] };
    expect(recorded.items).toEqual([]);
    expect((await h.call('/reminders?state=PER')).status).toBe(200);
  });

  it('answers 422 when neither a deadline nor a state is named, or a day is not a date', async () => {
    const none = await h.call('/reminders');
    expect(none.status).toBe(422);
    expect(((await none.json()) as { message: string }).message).toContain('query.deadline');
    expect((await h.call('/reminders/preview?asOf=2026-13-01', { method: 'POST' })).status).toBe(422);
  });
});
