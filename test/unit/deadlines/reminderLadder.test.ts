import { describe, expect, it } from 'vitest';
import { addMonths, occurrenceDueDate } from '../../../shared/deadlines/calendar.js';
import { dueSteps, latestStepOffset } from '../../../shared/deadlines/reminderLadder.js';
import { standingDeadlines } from '../../../shared/deadlines/standingDeadlines.js';
import { Deadline, DEFAULT_REMINDER_LADDER, type DeadlineInput } from '../../../shared/store/items.js';

const deadline = (overrides: Partial<DeadlineInput> = {}) =>
  Deadline.parse({
    id: 'd1', title: 'Annual update', dueDate: '2026-03-31', precision: 'day', recurrence: null,
    status: 'active', source: 'manual', createdAt: '2026-01-01T00:00:00.000Z', ...overrides,
  });

describe('the reminder ladder', () => {
  it('defaults to 30 and 7 days before, 1 day after, then every 30 days up to six times', () => {
    const ladder = DEFAULT_REMINDER_LADDER;
    expect([-31, -30, -8, -7, 0, 1, 30, 31, 181, 400].map((o) => latestStepOffset(ladder, o))).toEqual([
      undefined, -30, -30, -7, -7, 1, 1, 31, 181, 181,
    ]);
  });

  it('names each step by its offset from the due date, once per day it falls on', () => {
    expect(dueSteps(deadline(), '2026-03-01', 0)).toEqual([
      { occurrence: '2026-03-31', step: 'D-30', offsetDays: -30, stepDate: '2026-03-01', kind: 'upcoming', opensOn: null },
    ]);
    expect(dueSteps(deadline(), '2026-04-01', 0)[0]).toMatchObject({ step: 'D+1', kind: 'overdue' });
    expect(dueSteps(deadline(), '2026-03-02', 0)).toEqual([]);
  });

  it('keeps a missed step due for the catch-up days, and never sends one older', () => {
    expect(dueSteps(deadline(), '2026-03-04', 3)[0]?.step).toBe('D-30');
    expect(dueSteps(deadline(), '2026-03-05', 3)).toEqual([]);
  });

  it('falls due at the end of the month for a deadline known to the month', () => {
    expect(occurrenceDueDate(deadline({ dueDate: '2026-02-01', precision: 'month' }), 0)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('rolls a yearly deadline to its next occurrence, whose window opens at the previous due date', () => {
    const yearly = deadline({
      dueDate: '2017-01-31', recurrence: 'yearly',
      satisfiedBy: { kind: 'submission', reportTypes: ['action_plan'] },
    });
    expect(dueSteps(yearly, '2026-01-01', 0)).toEqual([
      { occurrence: '2026-01-31', step: 'D-30', offsetDays: -30, stepDate: '2026-01-01', kind: 'upcoming', opensOn: '2025-01-31' },
    ]);
    // Six follow-ups every 30 days after D+1, the last on D+181; then silence until 2027's ladder.
    expect(dueSteps(yearly, '2026-07-31', 0)[0]?.step).toBe('D+181');
    expect(dueSteps(yearly, '2026-08-30', 0)).toEqual([]);
    expect(dueSteps(yearly, '2027-01-24', 0)[0]).toMatchObject({ occurrence: '2027-01-31', step: 'D-7' });
  });

  it('reminds the remaining non-reporting states every 90 days, without a cap', () => {
    const first = standingDeadlines().find((d) => d.id === 'std_first_national_report');
    const firstReport = Deadline.parse({ ...first, source: 'seed', createdAt: '2026-01-01T00:00:00.000Z' });
    const steps = dueSteps(firstReport, '2026-06-01', 89);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.offsetDays % 90).toBe(0);
    expect(steps[0]).toMatchObject({ occurrence: '2004-10-28', kind: 'overdue' });
  });

  it('parses deadlines stored before reminders existed, such as those proposed from Committee documents', () => {
    expect(deadline()).toMatchObject({ appliesTo: { kind: 'all' }, satisfiedBy: null, ladder: DEFAULT_REMINDER_LADDER, titles: {} });
  });
});
