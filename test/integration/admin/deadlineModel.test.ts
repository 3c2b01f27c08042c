/**
 * One deadline model, through the admin API: a state's file and the planner's preview judge a
 * recurring deadline by its occurrence in force, not by its first due date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isoDay } from '../../../shared/deadlines/calendar.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
const today = new Date().toISOString().slice(0, 10);
// The last occurrence fell due a little over a month ago (its D+31 step is within the catch-up days),
// on a day every month has, five years after the first one.
const lastDue = [32, 33, 34, 35].map((offset) => isoDay(dayNumber(today) - offset)).find((d) => Number(d.slice(8)) <= 28)!;
const nextDue = addMonths(lastDue, 12);

beforeAll(async () => {
  h = await startAdminHarness();
  await recordDeadline(h.portal.store, {
    id: 'annual-return', title: 'Annual return', dueDate: addMonths(lastDue, -60), precision: 'day', recurrence: 'yearly',
    status: 'active', source: 'manual', createdAt: '2020-01-01T00:00:00.000Z',
    appliesTo: { kind: 'states', states: ['SEN', 'PER'] }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] },
  });
  // SEN reported after the occurrence before the last fell due; PER two years before the last.
  await seedReport(h.portal, 'SEN', { receivedAt: `${isoDay(dayNumber(lastDue) - 100)}T09:00:00.000Z` });
  await seedReport(h.portal, 'PER', { receivedAt: `${addMonths(lastDue, -24)}T09:00:00.000Z` });
});
afterAll(() => h.dispose());

const openDeadlines = async (iso3: string) =>
  ((await (await h.call(`/states/${iso3}`)).json()) as { openDeadlines: Array<{ id: string; dueDate: string; overdue: boolean }> }).openDeadlines;

describe('a recurring deadline', () => {
  it('is overdue, in the state file and in the planner alike, for the state that missed its last occurrence', async () => {
    expect(await openDeadlines('PER')).toEqual([{ id: 'annual-return', title: 'Annual return', dueDate: lastDue, overdue: true }]);

    const plan = (await (await h.call(`/reminders/preview?asOf=${today}`, { method: 'POST' })).json()) as {
      reminders: Array<{ state: string; deadlineId: string; occurrence: string; kind: string }>;
      unreachable: Array<{ state: string; deadlineId: string; occurrence: string }>;
    };
    const reminded = [...plan.reminders, ...plan.unreachable].filter((r) => r.deadlineId === 'annual-return');
    expect(reminded.map((r) => [r.state, r.occurrence])).toEqual([['PER', lastDue]]);
  });

  it('is open at its next occurrence, not overdue, for the state that reported within the last one (the planner reminds it of nothing, above)', async () => {
    expect(await openDeadlines('SEN')).toEqual([{ id: 'annual-return', title: 'Annual return', dueDate: nextDue, overdue: false }]);
  });

  it('is judged the same way in the list of states as in each state\'s file', async () => {
    const listed = ((await (await h.call('/states?status=reported&limit=200')).json()) as { items: Array<{ iso3: string; openDeadlines: unknown[] }> }).items;
    const openIn = (iso3: string) => listed.find((s) => s.iso3 === iso3)?.openDeadlines;
    expect(openIn('PER')).toEqual(await openDeadlines('PER'));
    expect(openIn('SEN')).toEqual(await openDeadlines('SEN'));
  });

  it('judges a state by the report types it sent, in the list too: a later report of the satisfying type counts', async () => {
    await recordDeadline(h.portal.store, {
      id: 'update-2', title: 'Update', dueDate: addMonths(lastDue, -60), precision: 'day', recurrence: 'yearly',
      status: 'active', source: 'manual', createdAt: '2020-01-01T00:00:00.000Z',
      appliesTo: { kind: 'states', states: ['SEN'] }, satisfiedBy: { kind: 'submission', reportTypes: ['additional_information'] },
    });
    await seedReport(h.portal, 'SEN', { receivedAt: `${isoDay(dayNumber(lastDue) - 10)}T09:00:00.000Z`, reportType: 'additional_information' });
    const listed = ((await (await h.call('/states?status=reported&limit=200')).json()) as { items: Array<{ iso3: string; openDeadlines: Array<{ id: string; overdue: boolean }> }> }).items;
    expect(listed.find((s) => s.iso3 === 'SEN')?.openDeadlines.find((d) => d.id === 'update-2')).toMatchObject({ overdue: false, dueDate: nextDue });
  });
});
