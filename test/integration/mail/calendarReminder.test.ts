/**
 * On the first of each month the planner reminds the secretariat's address to keep the outreach
 * calendar at least six months ahead: once a month however many planners run, saying how far the
 * calendar reaches and flagging it when that is short of six months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planReminders, type PlannerDependencies } from '../../../shared/deadlines/planReminders.js';
import { createEvent, type EventFields } from '../../../shared/store/outreachEvents.js';
import { createMailWorld, type MailWorld } from './mailHarness.js';

let world: MailWorld;
let planner: PlannerDependencies;
let secretariat: string;
const change = { by: 'secretariat-user', at: '2026-01-01T00:00:00.000Z' };
const event = (start: string): EventFields => ({
  title: `Event ${start}`, start, place: { city: 'Vienna', country: 'Austria' }, organizer: 'UNODA', region: 'global', kind: 'conference',
  visibility: 'committee', publicNote: '', internalNote: '',
});

beforeAll(async () => {
  world = await createMailWorld();
  secretariat = `secretariat@${world.domain}`;
  planner = { ...world.planner, secretariatAddress: secretariat };
  await createEvent(world.portal.store, 'ev-march', event('2027-03-15'), change);
}, 120_000);
afterAll(() => world.dispose());

describe('the monthly calendar reminder', () => {
  it('is planned on the first of a month (and the catch-up days after it) only, with how far the calendar reaches', async () => {
    expect((await planReminders(planner, { asOf: `2026-12-${String(2 + planner.catchUpDays).padStart(2, '0')}`, dryRun: true })).calendar).toBeNull();
    const plan = await planReminders(planner, { asOf: '2026-12-01', dryRun: true });
    expect(plan.calendar).toEqual({ asOf: '2026-12-01', reachesUntil: '2027-03-15', monthsAhead: 3, monthsWanted: 6, short: true });
    expect(plan.queued).toBe(0);
  });

  it('goes once to the secretariat however many planners run that month, flagged when under six months', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => planReminders(planner, { asOf: '2026-12-01', dryRun: false })));
    expect(runs.reduce((sum, r) => sum + r.queued, 0)).toBe(1);
    // The next day, within the catch-up window: the month's reminder exists, nothing more is queued.
    if (planner.catchUpDays > 0) expect((await planReminders(planner, { asOf: '2026-12-02', dryRun: false })).queued).toBe(0);

    await world.drain(world.mailer());
    const sent = (await world.outbox()).filter((m) => m.destination.to[0] === secretariat);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Outreach calendar: under 6 months ahead, please update it');
    expect(sent[0]!.body.text).toContain('its last scheduled event ends on 15 March 2027 (3 month(s) ahead)');
  });

  it('is not flagged once the calendar reaches six months ahead, and names no event when it is empty', async () => {
    await createEvent(world.portal.store, 'ev-july', event('2027-07-01'), change);
    expect((await planReminders(planner, { asOf: '2027-01-01', dryRun: true })).calendar).toMatchObject({ monthsAhead: 6, short: false });
    const empty = await createMailWorld();
    try {
      expect((await planReminders(empty.planner, { asOf: '2027-01-01', dryRun: true })).calendar).toEqual({
        asOf: '2027-01-01', reachesUntil: null, monthsAhead: 0, monthsWanted: 6, short: true,
      });
    } finally {
      await empty.dispose();
    }
  });
});
