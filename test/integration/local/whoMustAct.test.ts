/**
 * Who must act, against the running local portal: organizations are parties with contacts of
 * their own; a programme of work uploaded as a Committee document proposes deadlines with the
 * party each concerns, the secretariat confirms them (correcting the party where the extractor
 * read another), and the planner then writes to the organizations' contacts for the
 * organizations' task, to no member state for a Committee, Secretariat or organization task, and
 * lists the Committee's and the Secretariat's tasks in one digest to the secretariat's address.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDependencies } from '../../../functions/planner/handler.js';
import { PlanningSettings } from '../../../functions/planner/function.js';
import { LOCAL_SECRETARIAT_ADDRESS } from '../../../infra/local/localPortalInfo.js';
import { readLocalOutbox } from '../../../infra/local/localOutbox.js';
import { startLocalPortal, type LocalPortal } from '../../../infra/local/localPortal.js';
import { standInClients } from '../../../infra/local/standInClients.js';
import { readEnvironment } from '../../../shared/config/environment.js';
import { planReminders, type ReminderPlan } from '../../../shared/deadlines/planReminders.js';
import { sqsMailQueue } from '../../../shared/mail/mailQueue.js';
import { proposeContact } from '../../../shared/store/contactPoints.js';
import type { Submission } from '../../../shared/store/items.js';
import { eventually, localPortalClient, type LocalPortalClient } from '../../support/localPortalClient.js';

let home: string;
let portal: LocalPortal;
let call: LocalPortalClient['call'];
let upload: LocalPortalClient['upload'];
let secretariat: string;

const api = async (path: string, token: string, init: { method?: string; body?: unknown } = {}) => {
  const response = await fetch(`${portal.adminApi.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined && { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

const IAEA_CONTACT = { name: 'Focal Point, Office of Nuclear Security', email: 'ns-focal@iaea.example.org', language: 'en' };
const OPCW_CONTACT = { name: 'Focal Point, International Cooperation', email: 'icb@opcw.example.org', language: 'fr' };
const FRA_CONTACT = { name: 'Jeanne Martin', email: 'j.martin@diplomatie.example', language: 'fr' };

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'portal1540-parties-'));
  portal = await startLocalPortal({ home, dynamoEngine: 'dynalite' });
  ({ call, upload } = localPortalClient(portal));
  secretariat = portal.adminApi.tokens.secretariat!;
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('organizations and contacts', () => {
  it('seeds the organizations with fixed upper-case ids, and the secretariat adds one', async () => {
    const listed = await api('/organizations', secretariat);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['IAEA', 'OPCW', 'BWC-ISU', 'INTERPOL', 'WCO', 'UNODC', 'FATF']));

    expect((await api('/organizations', secretariat, { method: 'POST', body: { id: 'NSG', name: 'Nuclear Suppliers Group', scope: 'international' } })).status).toBe(201);
    expect((await api('/organizations', secretariat, { method: 'POST', body: { id: 'NSG', name: 'Again', scope: 'international' } })).status).toBe(409);
    // An organization's id never reads as a member state's code: reminder keys hold either.
    expect((await api('/organizations', secretariat, { method: 'POST', body: { id: 'FRA', name: 'Not a state', scope: 'regional' } })).status).toBe(400);
    expect((await api('/organizations', portal.adminApi.tokens['state-FRA']!, { method: 'POST', body: { id: 'XYZ', name: 'X', scope: 'regional' } })).status).toBe(403);
  });

  it("keeps an organization's contacts for the secretariat only", async () => {
    expect((await call('/organizations/IAEA/contacts', secretariat, IAEA_CONTACT)).status).toBe(201);
    expect((await call('/organizations/opcw/contacts', secretariat, OPCW_CONTACT)).status).toBe(201);
    expect((await call('/organizations/IAEA/contacts', portal.adminApi.tokens['state-FRA']!, IAEA_CONTACT)).status).toBe(403);
    expect((await call('/organizations/NOPE/contacts', secretariat, IAEA_CONTACT)).status).toBe(404);

    const listed = await api('/organizations/IAEA/contacts', secretariat);
    expect(listed.body).toEqual({ items: [expect.objectContaining({ organization: 'IAEA', email: IAEA_CONTACT.email, status: 'active' })], next: null });
  });

  it("lets a state's user designate and remove its own state's contacts, and no other state's", async () => {
    const fra = portal.adminApi.tokens['state-FRA']!;
    expect((await call('/states/FRA/contacts', fra, FRA_CONTACT)).status).toBe(201);
    expect((await call('/states/DEU/contacts', fra, FRA_CONTACT)).status).toBe(403);
    expect((await api('/states/DEU/contacts', fra)).status).toBe(403);

    const stale = { name: 'Former Officer', email: 'former@diplomatie.example', language: 'fr' };
    expect((await call('/states/FRA/contacts', fra, stale)).status).toBe(201);
    const removed = await api(`/states/FRA/contacts/${encodeURIComponent(stale.email)}`, fra, { method: 'DELETE' });
    // Each change names who made it: the state's own user.
    expect(removed).toMatchObject({ status: 200, body: { status: 'removed', updatedBy: 'local-fra' } });

    // A later report that names the removed officer again, under another name, changes nothing.
    await proposeContact(portal.store, { state: 'FRA', name: 'Officer (renamed)', email: stale.email, language: 'en', source: 'later-report', at: new Date().toISOString() });
    const contacts = (await api('/states/FRA/contacts', fra)).body.items as Array<{ email: string; status: string; name: string }>;
    expect(contacts.find((c) => c.email === stale.email)).toMatchObject({ status: 'removed', name: 'Former Officer' });
    expect(contacts.find((c) => c.email === FRA_CONTACT.email)).toMatchObject({ status: 'active', updatedBy: 'local-fra' });
  });
});

describe('a programme of work uploaded as a Committee document', () => {
  const programme = [
    'Security Council Committee established pursuant to resolution 1540 (2004)',
    '10 February 2027',
    'Programme of work of the Committee for the period from 1 February 2027 to 31 January 2028',
    '1. International, regional and subregional organizations are invited to designate points of contact by 30 June 2027.',
    '2. The Committee will submit its annual review to the Security Council by 30 May 2027.',
    '3. The Secretariat will update the reporting guide by 24 May 2027.',
    '4. The Committee will send letters to States that have not reported by 29 May 2027.',
  ].join('\n\n');
  let submission: Submission;
  let proposed: Array<{ id: string; dueDate: string; title: string; concerns: string; evidence?: string; appliesTo: { kind: string } }>;
  const byDue = (due: string) => proposed.find((d) => d.dueDate === due)!;

  it('proposes each deadline with who must act, a title and its evidence', async () => {
    submission = await upload('programme-of-work.txt', programme, { committee: true }, secretariat);
    // The submission is recorded before its findings: wait until ingest has finished with it.
    await portal.settled();
    proposed = (await api('/deadlines?status=proposed', secretariat)).body.items.filter((d: { source: string }) => d.source === submission.id);

    expect(proposed.map((d) => [d.dueDate, d.concerns])).toEqual([
      ['2027-05-24', 'secretariat'],
      ['2027-05-29', 'committee'], // the Committee sends the letters; the States are whom they go to
      ['2027-05-30', 'committee'],
      ['2027-06-30', 'organizations'],
    ]);
    expect(byDue('2027-06-30')).toMatchObject({
      title: 'International, regional and subregional organizations are invited to designate points of…',
      appliesTo: { kind: 'organizations' },
      evidence: expect.stringContaining('30 June 2027'),
    });
  });

  it('is confirmed by the secretariat with the right party, corrected where the extractor read another', async () => {
    // The extractor's reading of this one is right; the correction (a party given again, a shorter title) is recorded all the same.
    const corrected = await api(`/deadlines/${byDue('2027-05-29').id}/confirm`, secretariat, {
      method: 'POST', body: { concerns: 'committee', title: 'Letters to the States that have not reported' },
    });
    expect(corrected).toMatchObject({ status: 200, body: { status: 'active', concerns: 'committee', appliesTo: { kind: 'committee' }, title: 'Letters to the States that have not reported' } });
    for (const due of ['2027-05-24', '2027-05-30', '2027-06-30']) {
      expect((await api(`/deadlines/${byDue(due).id}/confirm`, secretariat, { method: 'POST' })).body).toMatchObject({ status: 'active', concerns: byDue(due).concerns });
    }
    // A list of organizations names known ids only.
    const unknown = await api(`/deadlines/${byDue('2027-06-30').id}/confirm`, secretariat, { method: 'POST', body: { appliesTo: { kind: 'organizations', organizations: ['NOPE'] } } });
    expect(unknown.status).toBe(400);
  });

  it("reminds the organizations' contacts of the organizations' task, no member state of any of these tasks, and digests the Committee's and the Secretariat's", async () => {
    const ours = new Set(proposed.map((d) => d.id));
    const asOf = '2027-05-31'; // 30 days before the organizations' task; 1, 2 and 7 days after the others
    const settings = readEnvironment(PlanningSettings, { TABLE_NAME: portal.tableName, SECRETARIAT_ADDRESS: LOCAL_SECRETARIAT_ADDRESS });
    const clients = standInClients(portal.standIns.endpoints);
    const deps = planningDependencies(settings, clients.db, sqsMailQueue(clients.sqs, portal.mailQueueUrl));

    const plan: ReminderPlan = await planReminders(deps, { asOf, dryRun: false });

    const reminders = plan.reminders.filter((r) => ours.has(r.deadlineId));
    expect(reminders.filter((r) => r.state !== undefined)).toEqual([]);
    expect(reminders.map((r) => [r.organization, r.email]).sort()).toEqual([['IAEA', IAEA_CONTACT.email], ['OPCW', OPCW_CONTACT.email]]);
    expect(reminders.every((r) => (r.state === undefined) !== (r.organization === undefined))).toBe(true);
    // The organizations without a contact point are written to by other means.
    expect(plan.unreachable.filter((u) => ours.has(u.deadlineId)).map((u) => u.organization)).toEqual(expect.arrayContaining(['WCO', 'NSG']));
    expect(plan.digest.filter((e) => ours.has(e.deadlineId)).map((e) => [e.concerns, e.occurrence]).sort()).toEqual([
      ['committee', '2027-05-29'], ['committee', '2027-05-30'], ['secretariat', '2027-05-24'],
    ]);

    // The secretariat's address also gets the monthly calendar reminder early in a month (the portal's own planner runs today).
    const isDigest = (m: { subject: string }) => m.subject.startsWith('Committee and Secretariat tasks');
    const outbox = await eventually('the reminders and the digest in the outbox', async () => {
      const messages = await readLocalOutbox(portal.standIns.endpoints.ses);
      const to = (address: string) => messages.filter((m) => m.destination.to.includes(address));
      return to(IAEA_CONTACT.email).length > 0 && to(OPCW_CONTACT.email).length > 0 && to(LOCAL_SECRETARIAT_ADDRESS).some(isDigest) ? messages : undefined;
    });
    const digest = outbox.filter((m) => m.destination.to.includes(LOCAL_SECRETARIAT_ADDRESS) && isDigest(m));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.body.text).toContain('Letters to the States that have not reported');
    expect(digest[0]!.body.text).toContain('The Secretariat will update the reporting guide');
    // France's contact hears of none of these tasks.
    const toFrance = outbox.filter((m) => m.destination.to.includes(FRA_CONTACT.email)).map((m) => m.subject);
    expect(toFrance.filter((s) => /annual review|reporting guide|Letters to the States|designate points of contact by/i.test(s))).toEqual([]);

    // The same day again: nothing new, the digest included.
    expect((await planReminders(deps, { asOf, dryRun: false })).queued).toBe(0);

    // The secretariat lists what an organization was sent, as it does a state's.
    const sent = await api(`/reminders?organization=IAEA`, secretariat);
    expect(sent.status).toBe(200);
    expect((sent.body.items as Array<{ organization?: string; deadlineId: string }>).filter((r) => ours.has(r.deadlineId)).map((r) => r.organization)).toEqual(['IAEA']);
    expect((await api(`/reminders?organization=IAEA&state=FRA`, secretariat)).status).toBe(422);
  });
});
