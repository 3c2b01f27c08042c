/**
 * A deadline read from a Committee document is one thing in two lists: the proposed deadline and
 * its proposal in the review queue, under one id. Confirming it from either side is the same act:
 * the deadline becomes active with the title and party as decided, and the proposal records the
 * decision (accepted, or corrected with the value before and after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { recordProposal } from '../../../shared/store/proposals.js';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
beforeAll(async () => {
  h = await startAdminHarness();
});
afterAll(() => h.dispose());

/** A proposed deadline and its proposal, as ingest records them for a Committee document. */
async function proposedDeadline(id: string) {
  const value = { date: '2027-03-15', precision: 'day', recurrence: null, concerns: 'states', title: 'Workplans', task: 'The working groups submit their workplans' } as const;
  await recordDeadline(h.portal.store, {
    id, title: value.title, appliesTo: { kind: 'all' }, dueDate: value.date, precision: 'day', recurrence: null,
    status: 'proposed', source: 'sub-pow', evidence: value.task, createdAt: '2027-02-10T00:00:00.000Z',
  });
  await recordProposal(h.portal.store, {
    id, kind: 'deadline', state: null, submissionId: 'sub-pow', submissionReceivedAt: '2027-02-10T00:00:00.000Z',
    value, evidence: [{ text: value.task, page: null }], confidence: 0.6, status: 'pending', createdAt: '2027-02-10T00:00:00.000Z',
  });
}

const json = async (response: Response) => ((await response.json()) as any);

describe('a deadline proposed by a Committee document', () => {
  it('confirmed from the deadlines list with a corrected party, is the proposal corrected, before and after recorded', async () => {
    await proposedDeadline('dl_from_list');

    const confirmed = await h.call('/deadlines/dl_from_list/confirm', { method: 'POST', body: { concerns: 'committee', title: 'Working groups: workplans' } });

    expect(confirmed.status).toBe(200);
    expect(await json(confirmed)).toMatchObject({ status: 'active', title: 'Working groups: workplans', appliesTo: { kind: 'committee' } });
    const file = await json(await h.call('/review/dl_from_list'));
    expect(file.proposal).toMatchObject({ status: 'corrected', decided: { concerns: 'committee', title: 'Working groups: workplans' } });
    expect(file.decisions).toEqual([expect.objectContaining({ status: 'corrected', before: expect.objectContaining({ concerns: 'states' }), after: expect.objectContaining({ concerns: 'committee' }) })]);
  });

  it('corrected in the review queue, is the deadline confirmed with that party and title', async () => {
    await proposedDeadline('dl_from_review');

    const corrected = await h.call('/review/dl_from_review/correct', { method: 'POST', body: { set: { concerns: 'secretariat', title: 'Secretariat: workplans' } } });

    expect(corrected.status).toBe(200);
    const deadline = (await json(await h.call('/deadlines?status=active'))).items.find((d: { id: string }) => d.id === 'dl_from_review');
    expect(deadline).toMatchObject({ status: 'active', title: 'Secretariat: workplans', appliesTo: { kind: 'secretariat' }, concerns: 'secretariat' });
  });
});
