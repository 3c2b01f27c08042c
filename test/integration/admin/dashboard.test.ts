/**
 * What the secretariat's dashboard reads, one request each: every member state with its reporting
 * status, last submission and overdue deadlines; the matrix heat-map (state × element: measure,
 * gap, awaiting review, nothing) that changes when a proposal is accepted. And the deadlines that
 * concern a state, which that state's users may read for their own state only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { recordProposal } from '../../../shared/store/proposals.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
let fraToken: string;
beforeAll(async () => {
  h = await startAdminHarness();
  fraToken = h.api.tokens['state-FRA'] ?? '';
  await seedReport(h.portal, 'FRA', { receivedAt: '2026-03-01T10:00:00.000Z', cells: [{ element: 'op2.nuclear', coverage: 'measure' }, { element: 'op2.nuclear', weapon: 'nuclear', coverage: 'gap' }] });
  await seedReport(h.portal, 'DEU', { receivedAt: '2026-03-02T10:00:00.000Z', reportType: 'additional_information', cells: [{ element: 'op1', coverage: 'gap' }] });
  const createdAt = '2026-01-01T00:00:00.000Z';
  await recordDeadline(h.portal.store, {
    id: 'first-report', title: 'First national report', dueDate: '2004-10-28', precision: 'day', recurrence: null, status: 'active', source: 'seed', createdAt,
    appliesTo: { kind: 'rule', rule: 'no_national_report' }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] },
  });
  await recordDeadline(h.portal.store, {
    id: 'committee-only', title: 'Annual review', dueDate: '2011-12-31', precision: 'day', recurrence: 'yearly', status: 'active', source: 'seed', createdAt, appliesTo: { kind: 'committee' },
  });
  await recordDeadline(h.portal.store, {
    id: 'update-2099', title: 'Update for 2099', dueDate: '2099-06-30', precision: 'day', recurrence: null, status: 'active', source: 'manual', createdAt,
    appliesTo: { kind: 'states', states: ['FRA'] }, satisfiedBy: { kind: 'submission', reportTypes: ['additional_information'] },
  });
  await recordProposal(h.portal.store, {
    id: 'pr_ken_op1', kind: 'matrix', state: 'KEN', submissionId: 'sub-ken', submissionReceivedAt: '2026-04-01T00:00:00.000Z',
    value: { element: 'op1', weapon: 'all', measure: 'yes', legalReferences: [] }, evidence: [{ text: 'Kenya reports on op1', page: 1 }],
    confidence: 0.9, status: 'pending', createdAt: '2026-04-01T00:00:00.000Z',
  });
  await recordProposal(h.portal.store, {
    id: 'pr_fra_op2', kind: 'matrix', state: 'FRA', submissionId: 'sub-fra-2', submissionReceivedAt: '2026-04-01T00:00:00.000Z',
    value: { element: 'op2.nuclear', weapon: 'chemical', measure: 'no', legalReferences: [] }, evidence: [{ text: 'France on op2', page: 1 }],
    confidence: 0.9, status: 'pending', createdAt: '2026-04-01T00:00:00.000Z',
  });
});
afterAll(() => h.dispose());

const json = async (response: Response) => (await response.json()) as Record<string, any>;

describe("the secretariat's states overview", () => {
  it('lists all 193 member states in one answer, each with status, last submission and open deadlines', async () => {
    const overview = await json(await h.call('/states/overview'));
    expect(overview.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(overview.items).toHaveLength(193);
    expect(overview.items.map((s: { iso3: string }) => s.iso3)).toEqual([...overview.items.map((s: { iso3: string }) => s.iso3)].sort());
    const byIso3 = new Map(overview.items.map((s: { iso3: string }) => [s.iso3, s]));
    expect(byIso3.get('FRA')).toMatchObject({
      reportingStatus: 'reported', lastSubmission: { receivedAt: '2026-03-01T10:00:00.000Z' }, names: expect.objectContaining({ fr: 'France' }),
      openDeadlines: [{ id: 'update-2099', title: 'Update for 2099', dueDate: '2099-06-30', overdue: false }],
    });
    expect(byIso3.get('DEU')).toMatchObject({ reportingStatus: 'not_reported', openDeadlines: [{ id: 'first-report', overdue: true }] });
    expect(byIso3.get('USA')).toMatchObject({ reportingStatus: 'not_reported', lastSubmission: null, openDeadlines: [{ id: 'first-report', overdue: true }] });
    expect(overview.items.filter((s: { openDeadlines: Array<{ overdue: boolean }> }) => s.openDeadlines.some((d) => d.overdue))).toHaveLength(192);
  });

  it('judges each state as the paginated lists do', async () => {
    const overview = await json(await h.call('/states/overview'));
    const overdue = await json(await h.call('/states?status=overdue&limit=200'));
    const listed = new Map(overdue.items.map((s: { iso3: string }) => [s.iso3, s]));
    for (const state of overview.items.filter((s: { iso3: string }) => listed.has(s.iso3))) expect(state).toEqual(listed.get(state.iso3));
  });

  it("is the secretariat's only", async () => {
    expect((await h.call('/states/overview', { token: fraToken })).status).toBe(403);
  });
});

describe('the matrix heat-map', () => {
  it('gives every state a cell per element: a confirmed measure before a gap, awaiting review where nothing is confirmed', async () => {
    const map = await json(await h.call('/matrix/overview'));
    expect(map.elements).toHaveLength(14);
    expect(map.states).toHaveLength(193);
    const row = (iso3: string) => map.states.find((s: { iso3: string }) => s.iso3 === iso3);
    expect(row('FRA').cells['op2.nuclear']).toBe('measure');
    expect(row('FRA').awaitingReview).toEqual(['op2.nuclear']);
    expect(row('DEU').cells.op1).toBe('gap');
    expect(row('KEN').cells.op1).toBe('review');
    expect(Object.values(row('USA').cells)).toEqual(Array(14).fill('none'));
    expect(row('USA').awaitingReview).toEqual([]);
  });

  it('changes when the proposal is accepted', async () => {
    const decided = await h.call('/review/decisions', { method: 'POST', body: { action: 'accept', ids: ['pr_ken_op1'] } });
    expect(decided.status).toBe(200);
    const map = await json(await h.call('/matrix/overview'));
    const ken = map.states.find((s: { iso3: string }) => s.iso3 === 'KEN');
    expect(ken.cells.op1).toBe('measure');
    expect(ken.awaitingReview).toEqual([]);
  });

  it("is the secretariat's only", async () => {
    expect((await h.call('/matrix/overview', { token: fraToken })).status).toBe(403);
  });
});

describe('the deadlines that concern a state', () => {
  it("are listed for the state's own users, each with where the state stands", async () => {
    const fra = await json(await h.call('/deadlines?state=FRA', { token: fraToken }));
    expect(fra.items.map((d: { id: string; forState: unknown }) => [d.id, d.forState])).toEqual([['update-2099', { dueDate: '2099-06-30', status: 'open' }]]);
    const deu = await json(await h.call('/deadlines?state=DEU'));
    expect(deu.items.map((d: { id: string; forState: unknown }) => [d.id, d.forState])).toEqual([['first-report', { dueDate: '2004-10-28', status: 'overdue' }]]);
  });

  it("are refused for another state, and the whole list to a state's users", async () => {
    expect((await h.call('/deadlines?state=DEU', { token: fraToken })).status).toBe(403);
    expect((await h.call('/deadlines', { token: fraToken })).status).toBe(403);
    expect((await h.call('/deadlines?state=FRA&status=proposed', { token: fraToken })).status).toBe(400);
  });
});
