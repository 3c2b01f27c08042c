/**
 * The outreach calendar through the admin API: the secretariat enters, lists, changes and cancels
 * events; a state's users read the public ones without the internal note; nobody else writes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/main.js';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
let stateToken: string;
beforeAll(async () => {
  h = await startAdminHarness();
  stateToken = h.api.tokens['state-FRA'] ?? '';
});
afterAll(() => h.dispose());

const json = async (response: Response) => (await response.json()) as Record<string, any>;
const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const workshop = {
  title: 'Regional workshop on export control',
  start: inDays(30),
  end: inDays(32),
  place: { city: 'Nairobi', country: 'Kenya' },
  organizer: 'UNODA',
  region: 'african',
  kind: 'workshop',
  visibility: 'public',
  publicNote: 'Open to national points of contact of the region.',
  internalNote: 'Expert travel not yet approved.',
};
const briefing = { ...workshop, title: 'Closed briefing', start: `${inDays(40)}T10:00:00-05:00`, end: `${inDays(40)}T12:00:00-05:00`, visibility: 'committee', kind: 'briefing', region: 'global' };

const create = async (event: unknown, token?: string) => h.call('/events', { method: 'POST', body: event, ...(token !== undefined && { token }) });

describe('the secretariat keeps the calendar', () => {
  it('enters events and lists them from today to twelve months ahead by default, by start day', async () => {
    const created = await create(workshop);
    expect(created.status).toBe(201);
    const stored = await json(created);
    expect(stored).toMatchObject({ ...workshop, status: 'scheduled', sequence: 0, id: expect.stringMatching(/^ev-/) });
    expect((await create(briefing)).status).toBe(201);
    expect((await create({ ...workshop, title: 'Too far', start: inDays(500), end: undefined })).status).toBe(201);

    const listed = await json(await h.call('/events'));
    expect(listed.from).toBe(today);
    expect(listed.items.map((e: { title: string }) => e.title)).toEqual(['Regional workshop on export control', 'Closed briefing']);
    expect(listed.items[0].internalNote).toBe('Expert travel not yet approved.');
  });

  it('lists an event still running on the first day of the range', async () => {
    const listed = await json(await h.call(`/events?from=${inDays(31)}&to=${inDays(31)}`));
    expect(listed.items.map((e: { title: string }) => e.title)).toEqual(['Regional workshop on export control']);
  });

  it('refuses an end before the start, a timed end to an all-day start, and an unknown kind, naming the field', async () => {
    const before = await create({ ...workshop, end: inDays(29) });
    expect(before.status).toBe(422);
    expect((await json(before)).message).toContain('end');
    expect((await create({ ...workshop, end: `${inDays(31)}T10:00:00Z` })).status).toBe(422);
    expect((await create({ ...workshop, kind: 'party' })).status).toBe(422);
    expect((await h.call(`/events?from=${inDays(10)}&to=${inDays(1)}`)).status).toBe(400);
  });

  it('replaces an event and raises its sequence; a public event made committee-only leaves the public list', async () => {
    const [event] = (await json(await h.call('/events'))).items;
    const updated = await h.call(`/events/${event.id}`, { method: 'PUT', body: { ...workshop, visibility: 'committee', title: 'Workshop (moved)' } });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({ title: 'Workshop (moved)', sequence: 1, visibility: 'committee' });
    expect((await json(await h.call('/public/calendar', { token: null }))).items).toEqual([]);
    await h.call(`/events/${event.id}`, { method: 'PUT', body: workshop });
    expect((await json(await h.call('/public/calendar', { token: null }))).items.map((e: { id: string }) => e.id)).toEqual([event.id]);
  });

  it('cancels an event, keeps it marked cancelled, and cancelling again changes nothing', async () => {
    const created = await json(await create({ ...workshop, title: 'To be cancelled', start: inDays(60), end: undefined }));
    const cancelled = await json(await h.call(`/events/${created.id}/cancel`, { method: 'POST' }));
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(await json(await h.call(`/events/${created.id}/cancel`, { method: 'POST' }))).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect((await h.call(`/events/${created.id}`, { method: 'PUT', body: workshop })).status).toBe(409);
    expect((await h.call('/events/ev-none/cancel', { method: 'POST' })).status).toBe(404);
  });
});

describe("a state's users", () => {
  it('read the public events only, without the internal note or who changed them', async () => {
    const listed = await json(await h.call('/events', { token: stateToken }));
    expect(listed.items.length).toBeGreaterThan(0);
    for (const event of listed.items) {
      expect(event.visibility).toBe('public');
      expect(event).not.toHaveProperty('internalNote');
      expect(event).not.toHaveProperty('updatedBy');
    }
  });

  it('may not enter, change or cancel events', async () => {
    const [event] = (await json(await h.call('/events'))).items;
    expect((await create(workshop, stateToken)).status).toBe(403);
    expect((await h.call(`/events/${event.id}`, { method: 'PUT', body: workshop, token: stateToken })).status).toBe(403);
    expect((await h.call(`/events/${event.id}/cancel`, { method: 'POST', token: stateToken })).status).toBe(403);
  });
});

describe('the events command', () => {
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    vi.stubEnv('PORTAL_API_URL', h.api.url);
    vi.stubEnv('PORTAL_API_TOKEN', h.api.tokens.secretariat ?? '');
    try {
      const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
      return { code, out, err };
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it('enters, lists and cancels an event', async () => {
    const added = await cli('events', '--add', '--title', 'Peer review', '--start', inDays(90), '--city', 'Santiago', '--country', 'Chile',
      '--organizer', 'OAS/CICTE', '--region', 'latin_american_caribbean', '--kind', 'meeting', '--public', '--json');
    expect(added.code).toBe(0);
    const { id } = JSON.parse(added.out) as { id: string };
    const listed = await cli('events', '--from', inDays(89), '--to', inDays(91));
    expect(listed.out).toMatch(/Peer review\s+Santiago, Chile\s+meeting\s+latin_american_caribbean\s+public\s+scheduled/);
    expect((await cli('events', '--cancel', id)).out).toContain(`${id} cancelled: Peer review`);
    const refused = await cli('events', '--add', '--title', 'No place');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('missing --start, --city');
  });
});
