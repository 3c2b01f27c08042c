import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planReminders } from '../../../shared/deadlines/planReminders.js';
import { isoDay, dayNumber } from '../../../shared/deadlines/calendar.js';
import { MEMBER_STATES } from '../../../shared/reference/memberStates.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { inChunks } from '../../../shared/store/table.js';
import { listRemindersByDeadline, listRemindersByState } from '../../../shared/store/reminders.js';
import { createMailWorld, type MailWorld } from './mailHarness.js';

const AS_OF = '2026-03-10';
const DEADLINES = 20;

let world: MailWorld;
beforeAll(async () => {
  world = await createMailWorld();
  await seedStateProfiles(world.portal.store);
  for (const group of inChunks(MEMBER_STATES, 16)) await Promise.all(group.map((s) => world.contact(s.iso3, `poc.${s.iso3.toLowerCase()}`)));
  // Half the deadlines are a week away (step D-7), half were due yesterday (step D+1).
  for (let i = 0; i < DEADLINES; i++) {
    await recordDeadline(world.portal.store, {
      id: `dl_${String(i).padStart(2, '0')}`,
      title: `Deadline ${i}`,
      dueDate: isoDay(dayNumber(AS_OF) + (i % 2 === 0 ? 7 : -1)),
      precision: 'day',
      recurrence: null,
      status: 'active',
      source: 'manual',
      createdAt: '2026-01-01T00:00:00.000Z',
      satisfiedBy: { kind: 'submission', reportTypes: ['additional_information'] },
    });
  }
}, 120_000);
afterAll(() => world.dispose());

describe('for 193 states and 20 deadlines', () => {
  it('two planners running at once for the same day produce each due e-mail exactly once', async () => {
    const [a, b] = await Promise.all([
      planReminders(world.planner, { asOf: AS_OF, dryRun: false }),
      planReminders(world.planner, { asOf: AS_OF, dryRun: false }),
    ]);
    const expected = MEMBER_STATES.length * DEADLINES;
    expect(a.reminders).toHaveLength(expected);
    expect(a.queued + b.queued).toBe(expected);

    // Four mailers side by side, as Lambda runs several copies on one queue.
    await world.drain(world.mailer(), 4);
    const sent = await world.outbox();
    expect(sent).toHaveLength(expected);
    expect(new Set(sent.map((m) => `${m.destination.to[0]}|${m.subject}`)).size).toBe(expected);

    // A third run for the same day queues nothing, and the records say sent, with SES's id.
    const again = await planReminders(world.planner, { asOf: AS_OF, dryRun: false });
    expect(again.queued).toBe(0);
    expect(new Set(again.reminders.map((r) => r.status))).toEqual(new Set(['sent']));
    const byDeadline = await listRemindersByDeadline(world.portal.store, 'dl_00', { limit: 500 });
    expect(byDeadline.items).toHaveLength(MEMBER_STATES.length);
    expect(byDeadline.items[0]).toMatchObject({ status: 'sent', sesMessageId: expect.any(String) });
    const byState = await listRemindersByState(world.portal.store, 'KEN');
    expect(byState.items.map((r) => r.reminder?.deadlineId).sort()).toHaveLength(DEADLINES);
  }, 300_000);
});
