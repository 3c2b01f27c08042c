/**
 * The public pages' API, with no token: only what states consented to publish, each with its date;
 * every unpublished item asked for by its id answers exactly like one that does not exist; no
 * contact point's address and no internal note appears in any answer; a withdrawn consent takes
 * effect at once; the iCalendar feed is RFC 5545 with stable UIDs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designateContact } from '../../../shared/store/contactPoints.js';
import type { Submission } from '../../../shared/store/items.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

const CONTACT = 'j.martin@diplomatie.example.gouv';
const INTERNAL = 'Travel of two experts still unfunded';

let h: AdminHarness;
let fraPublic: Submission;
let fraCommittee: Submission;
let deuPublic: Submission;
let deuCommittee: Submission;
let kenCommittee: Submission;
let refused: Submission;
let committeeEventId: string;
let publicEventId: string;
const bodies: string[] = [];

/** A public call, no token; every answer is kept for the address check. */
async function anonymous(path: string): Promise<Response> {
  const response = await h.call(path, { token: null });
  bodies.push(await response.clone().text());
  return response;
}
const json = async (response: Response) => (await response.json()) as Record<string, any>;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startAdminHarness();
  fraPublic = await seedReport(h.portal, 'FRA', {
    receivedAt: '2026-03-01T10:00:00.000Z',
    cells: [{ element: 'op2.nuclear', coverage: 'measure', evidence: `Code de la défense, art. L1333; point of contact: ${CONTACT}` }],
  });
  fraCommittee = await seedReport(h.portal, 'FRA', {
    receivedAt: '2026-04-01T10:00:00.000Z', reportType: 'additional_information',
    cells: [{ element: 'op3c.border_control', coverage: 'gap', evidence: 'Confidential annex' }],
  });
  deuPublic = await seedReport(h.portal, 'DEU', { receivedAt: '2026-03-02T10:00:00.000Z' });
  deuCommittee = await seedReport(h.portal, 'DEU', { receivedAt: '2026-03-03T10:00:00.000Z', cells: [{ element: 'op2.nuclear', coverage: 'measure', evidence: 'Atomgesetz' }] });
  kenCommittee = await seedReport(h.portal, 'KEN', { receivedAt: '2026-03-04T10:00:00.000Z', cells: [{ element: 'op1', coverage: 'gap' }] });
  refused = { ...fraPublic, id: 'refusedfra1', receivedAt: '2026-05-01T10:00:00.000Z', status: 'rejected', rejection: { code: 'corrupt', message: 'x' }, quarantineKey: 'quarantine/x' };
  await recordSubmission(h.portal.store, refused);
  await designateContact(h.portal.store, { state: 'FRA', name: 'J. Martin', email: CONTACT, language: 'fr', source: fraPublic.id, at: '2026-03-01T10:00:00.000Z' });

  // Consent, given through the API as states and the secretariat give it.
  const fra = h.api.tokens['state-FRA'];
  expect((await h.call('/states/FRA/publication', { method: 'PUT', body: { matrixVisibility: 'public' }, token: fra })).status).toBe(200);
  for (const report of [fraPublic, deuPublic]) {
    expect((await h.call(`/submissions/${report.id}/visibility`, { method: 'PUT', body: { visibility: 'public' } })).status).toBe(200);
  }
  const event = { start: inDays(20), place: { city: 'Vienna', country: 'Austria' }, organizer: 'UNODA', region: 'global', kind: 'conference', internalNote: INTERNAL };
  publicEventId = (await json(await h.call('/events', { method: 'POST', body: { ...event, title: 'Open conference', visibility: 'public', publicNote: 'Registration on the UNODA site.' } }))).id;
  committeeEventId = (await json(await h.call('/events', { method: 'POST', body: { ...event, title: 'Closed consultation', visibility: 'committee' } }))).id;
}, 60_000);
afterAll(() => h.dispose());

describe('what is published', () => {
  it('lists the states that published something, with their names in the six languages', async () => {
    const { items } = await json(await anonymous('/public/states'));
    expect(items).toEqual([
      { iso3: 'DEU', names: expect.objectContaining({ en: 'Germany', fr: 'Allemagne' }), matrixPublished: false, publicReports: 1 },
      { iso3: 'FRA', names: expect.objectContaining({ en: 'France', ar: expect.any(String), zh: expect.any(String), ru: expect.any(String), es: 'Francia' }), matrixPublished: true, publicReports: 1 },
    ]);
  });

  it("serves a consenting state's confirmed matrix with dates, its evidence only from a published report, addresses withheld", async () => {
    const { items } = await json(await anonymous('/public/matrix'));
    expect(items).toEqual([
      expect.objectContaining({
        state: 'FRA', element: 'op2.nuclear', coverage: 'measure', sourceSubmissionId: fraPublic.id, reportReceivedOn: '2026-03-01',
        evidence: [{ text: 'Code de la défense, art. L1333; point of contact: [address withheld]', page: 2 }],
      }),
      expect.objectContaining({ state: 'FRA', element: 'op3c.border_control', coverage: 'gap', sourceSubmissionId: null, evidence: [], reportReceivedOn: '2026-04-01' }),
    ]);
  });

  it('searches the published matrices by element and by state, never reaching a state that did not consent', async () => {
    const byElement = await json(await anonymous('/public/matrix?element=op2.nuclear'));
    expect(byElement.items.map((e: { state: string }) => e.state)).toEqual(['FRA']);
    expect((await json(await anonymous('/public/matrix?state=fra&element=op3c.border_control'))).items).toHaveLength(1);
    for (const state of ['DEU', 'KEN', 'USA']) expect((await json(await anonymous(`/public/matrix?state=${state}`))).items).toEqual([]);
    expect((await anonymous('/public/matrix?state=XYZ')).status).toBe(422);
  });

  it('lists the published reports, newest first, each with its type, date and language', async () => {
    const all = await json(await anonymous('/public/reports'));
    expect(all.items).toEqual([
      { id: deuPublic.id, state: 'DEU', reportType: 'national_report', date: '2026-03-02', receivedOn: '2026-03-02', language: 'en', title: 'report.txt' },
      { id: fraPublic.id, state: 'FRA', reportType: 'national_report', date: '2026-03-01', receivedOn: '2026-03-01', language: 'en', title: 'report.txt' },
    ]);
    expect((await json(await anonymous('/public/reports?state=DEU'))).items.map((r: { id: string }) => r.id)).toEqual([deuPublic.id]);
    expect((await json(await anonymous('/public/reports?state=KEN'))).items).toEqual([]);
  });

  it('gives a short-lived link to a published report that serves its file', async () => {
    const link = await json(await anonymous(`/public/reports/${fraPublic.id}/download`));
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now());
    expect(await (await fetch(link.url)).text()).toBe('National report of FRA');
  });
});

describe('what is not published', () => {
  it('answers every unpublished submission by its id exactly as one that does not exist', async () => {
    const nothing = await anonymous('/public/reports/nosuchsubmission/download');
    expect(nothing.status).toBe(404);
    const shape = (body: Record<string, any>, id: string) => ({ ...body, message: body.message.replace(id, '<id>') });
    const expected = shape(await json(nothing), 'nosuchsubmission');
    for (const unpublished of [fraCommittee, deuCommittee, kenCommittee, refused]) {
      const response = await anonymous(`/public/reports/${unpublished.id}/download`);
      expect(response.status).toBe(404);
      expect(shape(await json(response), unpublished.id)).toEqual(expected);
    }
  });

  it('refuses to publish a refused upload', async () => {
    const response = await h.call(`/submissions/${refused.id}/visibility`, { method: 'PUT', body: { visibility: 'public' } });
    expect(response.status).toBe(409);
    expect((await anonymous(`/public/reports/${refused.id}/download`)).status).toBe(404);
  });

  it('keeps committee-only events, and every internal note, out of the public calendar and the feed', async () => {
    const listed = await json(await anonymous('/public/calendar'));
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([publicEventId]);
    expect(listed.items[0]).toMatchObject({ title: 'Open conference', publicNote: 'Registration on the UNODA site.' });
    const feed = await (await anonymous('/calendar.ics')).text();
    expect(feed).toContain('Open conference');
    expect(feed).not.toContain(committeeEventId);
    expect(feed).not.toContain('Closed consultation');
  });

  it("shows no contact point's address and no internal note in any public answer", () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(body).not.toContain(CONTACT);
      expect(body).not.toContain(INTERNAL);
    }
  });
});

describe('consent withdrawn', () => {
  it('takes the matrix, then the report, off the public pages at once', async () => {
    await h.call('/states/FRA/publication', { method: 'PUT', body: { matrixVisibility: 'committee' }, token: h.api.tokens['state-FRA'] });
    expect((await json(await anonymous('/public/matrix'))).items).toEqual([]);
    expect((await json(await anonymous('/public/states'))).items.map((s: { iso3: string }) => s.iso3)).toEqual(['DEU', 'FRA']);

    await h.call(`/submissions/${fraPublic.id}/visibility`, { method: 'PUT', body: { visibility: 'committee' } });
    expect((await anonymous(`/public/reports/${fraPublic.id}/download`)).status).toBe(404);
    expect((await json(await anonymous('/public/states'))).items.map((s: { iso3: string }) => s.iso3)).toEqual(['DEU']);
  });
});

describe('the iCalendar feed', () => {
  it('is text/calendar with a stable UID, DTSTAMP, all-day and timed events, location and the public note', async () => {
    const timed = await json(
      await h.call('/events', {
        method: 'POST',
        body: { title: 'Briefing to Member States', start: `${inDays(25)}T10:00:00-05:00`, end: `${inDays(25)}T11:30:00-05:00`, place: { city: 'New York', country: 'United States' }, organizer: '1540 Committee', region: 'global', kind: 'briefing', visibility: 'public' },
      }),
    );
    const first = await anonymous('/calendar.ics');
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const feed = await first.text();
    expect(feed).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(feed).toContain(`UID:${publicEventId}@portal1540.outreach\r\n`);
    expect(feed).toContain(`DTSTART;VALUE=DATE:${inDays(20).replaceAll('-', '')}\r\n`);
    expect(feed).toContain(`DTEND;VALUE=DATE:${inDays(21).replaceAll('-', '')}\r\n`);
    expect(feed).toContain('LOCATION:Vienna\\, Austria\r\n');
    expect(feed).toContain('DESCRIPTION:Registration on the UNODA site.\r\n');
    expect(feed).toContain(`UID:${timed.id}@portal1540.outreach\r\n`);
    expect(feed).toContain(`DTSTART:${inDays(25).replaceAll('-', '')}T150000Z\r\n`);
    expect(feed).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(await (await anonymous('/calendar.ics')).text()).toBe(feed);

    await h.call(`/events/${timed.id}/cancel`, { method: 'POST' });
    const cancelled = await (await anonymous('/calendar.ics')).text();
    expect(cancelled).toMatch(new RegExp(`UID:${timed.id}@portal1540\\.outreach\\r\\nSEQUENCE:1\\r\\n[^]*?STATUS:CANCELLED`));
  });
});

describe('the public routes', () => {
  it('are documented as needing no sign-in', async () => {
    const document = await json(await h.call('/openapi.json'));
    for (const path of ['/public/states', '/public/matrix', '/public/reports', '/public/reports/{id}/download', '/public/calendar', '/calendar.ics']) {
      expect(document.paths[path].get.security).toEqual([]);
      expect(document.paths[path].get.responses).toHaveProperty('429');
      expect(document.paths[path].get.responses).not.toHaveProperty('401');
    }
    expect(document.paths['/events'].get.security).toEqual([{ cognito: [] }]);
  });

  it('serve each source address a bounded number of requests a minute', { timeout: 60_000 }, async () => {
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await h.call(`/public/reports/${deuPublic.id}/download`, { token: null })).status);
    expect(statuses).toContain(429);
    const refusedCall = await h.call(`/public/reports/${deuPublic.id}/download`, { token: null });
    expect(refusedCall.status).toBe(429);
    expect(Number(refusedCall.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
