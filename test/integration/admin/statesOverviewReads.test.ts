/**
 * The states overview and the planner read each state's standing from the profiles' summaries and
 * the index of active contacts (a few queries); before, from each state's own contacts and
 * submissions (two queries per state). Both ways are run here on varied data, written through the
 * store's own write paths: they must give exactly the same answers, before and after the seeder's
 * backfill of a profile kept from before the summaries.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planReminders, type PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { designateContact, listActiveStateContacts, proposeContact, removeContact, setContactStatus } from '../../../shared/store/contactPoints.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import type { DeadlineInput, Submission } from '../../../shared/store/items.js';
import { contactSortKey, PROFILE_SORT_KEY, stateKey } from '../../../shared/store/keys.js';
import { acceptedReportsOf, getStateRecord } from '../../../shared/store/stateProfiles.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import { perStateLoadStateStandings, perStateOverview } from '../../support/perStateStandings.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
let fraAccepted: Submission | undefined;
const at = '2026-01-01T00:00:00.000Z';
const contact = (state: string, local: string) => ({ state, name: `POC ${local}`, email: `${local}@mfa.example.gov`, language: 'en' as const, source: 'manual', at });

beforeAll(async () => {
  h = await startAdminHarness();
  const store = h.portal.store;
  // Accepted reports of several types and days (two on one day for FRA), a refused upload and a duplicate.
  await seedReport(h.portal, 'FRA', { receivedAt: '2025-05-02T10:00:00.000Z' });
  fraAccepted = await seedReport(h.portal, 'FRA', { receivedAt: '2026-02-03T09:00:00.000Z', reportType: 'additional_information' });
  await seedReport(h.portal, 'FRA', { receivedAt: '2026-02-03T17:00:00.000Z', reportType: 'action_plan' });
  await seedReport(h.portal, 'DEU', { receivedAt: '2026-03-02T10:00:00.000Z', reportType: 'additional_information' });
  await seedReport(h.portal, 'KEN', { receivedAt: '2024-11-20T10:00:00.000Z', reportType: 'point_of_contact' });
  await seedReport(h.portal, 'PER', { receivedAt: '2012-06-01T10:00:00.000Z' });
  await seedReport(h.portal, 'PER', { receivedAt: '2026-04-15T10:00:00.000Z', reportType: 'effective_practices' });
  await seedReport(h.portal, 'ARG', { receivedAt: '2026-01-10T10:00:00.000Z', reportType: 'additional_information' });
  const envelope = { objectKey: 'incoming/BRA/u/report.pdf', fileName: 'report.pdf', size: 10, visibility: 'committee' } as const;
  await recordSubmission(store, {
    ...envelope, id: 'bra-refused', state: 'BRA', receivedAt: '2026-02-01T00:00:00.000Z', declaredReportType: 'national_report', status: 'rejected',
    rejection: { code: 'no_text', message: 'No text.' },
  });
  const fraReport = (await seedReport(h.portal, 'CHL', { receivedAt: '2026-02-02T00:00:00.000Z', reportType: 'additional_information' })).extraction!;
  await recordSubmission(store, { ...envelope, id: 'chl-dup', state: 'CHL', receivedAt: '2026-03-03T00:00:00.000Z', status: 'duplicate', duplicateOf: 'x', extraction: { ...fraReport, reportType: 'national_report' } });

  // Contacts: active, bounced, removed, complained then designated again (stays suppressed),
  // proposed only, removed then designated again (active), and an organization's.
  await designateContact(store, contact('FRA', 'fra'));
  await designateContact(store, contact('DEU', 'deu'));
  await designateContact(store, contact('KEN', 'ken'));
  await setContactStatus(store, 'KEN', 'ken@mfa.example.gov', 'bounced', at, 'ses');
  await designateContact(store, contact('PER', 'per'));
  await removeContact(store, 'PER', 'per@mfa.example.gov', at, 'secretariat');
  await designateContact(store, contact('JPN', 'jpn'));
  await setContactStatus(store, 'JPN', 'jpn@mfa.example.gov', 'complained', at, 'ses');
  await designateContact(store, contact('JPN', 'jpn'));
  await proposeContact(store, contact('BRA', 'bra'));
  await designateContact(store, contact('CHL', 'chl'));
  await removeContact(store, 'CHL', 'chl@mfa.example.gov', at, 'secretariat');
  await designateContact(store, contact('CHL', 'chl'));
  await designateContact(store, contact('ARG', 'arg'));
  await designateContact(store, { name: 'IAEA focal point', email: 'focal@iaea.example.org', organization: 'IAEA', language: 'en', source: 'manual', at });

  const deadline = (id: string, rest: Partial<DeadlineInput>) =>
    recordDeadline(store, {
      id, title: id, dueDate: '2026-06-30', precision: 'day', recurrence: 'yearly', status: 'active', source: 'manual', createdAt: at,
      satisfiedBy: { kind: 'submission', reportTypes: ['national_report', 'additional_information'] }, ...rest,
    });
  await deadline('all-states', { appliesTo: { kind: 'all' } });
  await deadline('some-states', { appliesTo: { kind: 'states', states: ['FRA', 'KEN', 'BRA', 'JPN'] }, satisfiedBy: { kind: 'submission', reportTypes: ['action_plan', 'point_of_contact'] } });
  await deadline('first-report', { dueDate: '2004-10-28', recurrence: null, appliesTo: { kind: 'rule', rule: 'no_national_report' }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] } });
  await deadline('name-a-contact', { dueDate: '2026-09-30', precision: 'month', recurrence: null, appliesTo: { kind: 'rule', rule: 'no_point_of_contact' }, satisfiedBy: { kind: 'contact_designated' } });
  await deadline('opens-later', { appliesTo: { kind: 'all' }, satisfiedBy: { kind: 'submission', reportTypes: ['effective_practices', 'additional_information'], opensOn: '2026-03-01' } });
  await deadline('organizations', { appliesTo: { kind: 'organizations' }, satisfiedBy: { kind: 'contact_designated' } });
  await deadline('committee', { appliesTo: { kind: 'committee' }, satisfiedBy: null });
  await deadline('not-confirmed', { status: 'proposed', appliesTo: { kind: 'all' } });
});
afterAll(() => h.dispose());

interface Overview {
  asOf: string;
  items: Array<{ iso3: string; openDeadlines: Array<{ id: string; overdue: boolean }> }>;
}
const overview = async () => (await (await h.call('/states/overview')).json()) as Overview;

async function plans() {
  const deps: PlannerDependencies = {
    store: h.portal.store, queue: { enqueue: async () => { throw new Error('a dry run queues nothing'); } }, catchUpDays: 3, requeueAfterMs: 60_000, now: () => new Date(),
  };
  const asOf = '2026-07-01';
  const [summarised, perState] = await Promise.all([
    planReminders(deps, { asOf, dryRun: true }),
    planReminders({ ...deps, standings: () => perStateLoadStateStandings(h.portal.store) }, { asOf, dryRun: true }),
  ]);
  return { summarised, perState };
}

/** A profile and contact as they were stored before the summaries: no summary, no entry in the index of active contacts. */
async function asBeforeTheSummaries(iso3: string, email: string) {
  const update = (Key: Record<string, string>, UpdateExpression: string) => h.portal.store.db.send(new UpdateCommand({ TableName: h.portal.tableName, Key, UpdateExpression }));
  await update({ PK: stateKey(iso3), SK: PROFILE_SORT_KEY }, 'REMOVE acceptedReports, acceptedReportsComplete');
  await update({ PK: stateKey(iso3), SK: contactSortKey(email) }, 'REMOVE GSI2PK, GSI2SK');
}

describe('each state judged from its summary and its active contacts', () => {
  it('gives the overview exactly the answer the per-state reads give, open and overdue deadlines included', async () => {
    const answer = await overview();
    expect(answer).toEqual(await perStateOverview(h.portal.store, new Date()));
    // The data tells the states apart (judged as of today, so the sets, not their content, are fixed):
    // a state judged wrongly would not go unnoticed.
    const named = ['ARG', 'BRA', 'CHL', 'DEU', 'FRA', 'JPN', 'KEN', 'PER', 'USA'];
    const judged = new Set(answer.items.filter((s) => named.includes(s.iso3)).map((s) => s.openDeadlines.map((d) => d.id).sort().join()));
    expect(judged.size).toBeGreaterThanOrEqual(4);
    expect(answer.items.some((s) => s.openDeadlines.some((d) => d.overdue))).toBe(true);
  });

  it('gives the planner the same reminders and unreachable states', async () => {
    const { summarised, perState } = await plans();
    expect(summarised.reminders.length).toBeGreaterThan(0);
    expect(summarised.unreachable.length).toBeGreaterThan(0);
    expect(summarised).toEqual(perState);
  });

  it('indexes exactly the active contacts of states, whatever path changed their status', async () => {
    const indexed = (await listActiveStateContacts(h.portal.store)).map((c) => c.email).sort();
    expect(indexed).toEqual(['arg', 'chl', 'deu', 'fra'].map((local) => `${local}@mfa.example.gov`));
  });

  it('keeps one entry per report type and day, however often an acceptance is recorded', async () => {
    // A redelivered acceptance, as the ingest replays it.
    await recordSubmission(h.portal.store, fraAccepted!);
    const fra = await getStateRecord(h.portal.store, 'FRA');
    expect(acceptedReportsOf(fra!)?.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.reportType.localeCompare(b.reportType))).toEqual([
      { reportType: 'national_report', receivedOn: '2025-05-02' },
      { reportType: 'action_plan', receivedOn: '2026-02-03' },
      { reportType: 'additional_information', receivedOn: '2026-02-03' },
    ]);
  });

  it("judges each state's file exactly as the overview, for a state with more submissions than the file lists", async () => {
    // Newer reports of a type no deadline asks for push DEU's additional information out of the
    // file's page of 20 submissions: the file must still count it, as the overview does.
    for (let day = 0; day < 25; day += 1) {
      const receivedAt = new Date(Date.parse('2026-03-10T10:00:00.000Z') + day * 86_400_000).toISOString();
      await seedReport(h.portal, 'DEU', { receivedAt, reportType: 'point_of_contact' });
    }
    const answer = await overview();
    for (const iso3 of ['ARG', 'BRA', 'CHL', 'DEU', 'FRA', 'JPN', 'KEN', 'PER', 'USA']) {
      const file = (await (await h.call(`/states/${iso3}`)).json()) as { openDeadlines: unknown[]; submissions: { items: unknown[] } };
      if (iso3 === 'DEU') expect(file.submissions.items).toHaveLength(20);
      expect(file.openDeadlines, iso3).toEqual(answer.items.find((s) => s.iso3 === iso3)!.openDeadlines);
    }
  });

  it('reads a profile kept from before the summaries from its own items, and the seeder completes it once', async () => {
    await asBeforeTheSummaries('ARG', 'arg@mfa.example.gov');
    expect(acceptedReportsOf((await getStateRecord(h.portal.store, 'ARG'))!)).toBeUndefined();
    const before = await overview();
    expect(before).toEqual(await perStateOverview(h.portal.store, new Date()));
    expect((await plans()).summarised).toEqual((await plans()).perState);

    expect(await seedStateProfiles(h.portal.store)).toEqual({ created: 0, summarised: 1 });
    expect(acceptedReportsOf((await getStateRecord(h.portal.store, 'ARG'))!)).toEqual([{ reportType: 'additional_information', receivedOn: '2026-01-10' }]);
    expect((await listActiveStateContacts(h.portal.store, 'ARG')).map((c) => c.email)).toEqual(['arg@mfa.example.gov']);
    expect(await overview()).toEqual(before);
    expect(await seedStateProfiles(h.portal.store)).toEqual({ created: 0, summarised: 0 });
  });
});
