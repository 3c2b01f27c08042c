/**
 * One deadline model: the planner (its reminder ladder and the state's standing) and the admin API's
 * open deadlines agree, for every standing and generated deadline, every state and every day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDeadlinesFor } from '../../../functions/admin/routes/deadlineStatus.js';
import type { StateStanding } from '../../../shared/deadlines/compliance.js';
import { firstOpenOccurrence, mustAct, occurrencesInForce } from '../../../shared/deadlines/deadlineModel.js';
import { dueSteps } from '../../../shared/deadlines/reminderLadder.js';
import { standingDeadlines } from '../../../shared/deadlines/standingDeadlines.js';
import { ReportType } from '../../../shared/extraction/contract.js';
import { ContactStatus, Deadline, type DeadlineInput } from '../../../shared/store/items.js';
import { dayNumber, isoDay } from '../../../shared/deadlines/calendar.js';

const CREATED = '2004-01-01T00:00:00.000Z';
const STATES = ['SEN', 'FRA', 'BRA'] as const;

const deadline = (input: Omit<DeadlineInput, 'status' | 'source' | 'createdAt'>) =>
  Deadline.parse({ status: 'active', source: 'manual', createdAt: CREATED, ...input });

const isoDate = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoDay);

const standingDeadline = fc.constantFrom(...standingDeadlines().map((d) => Deadline.parse({ ...d, status: 'active', source: 'seed', createdAt: CREATED })));

const generatedDeadline = fc
  .record({
    dueDate: isoDate('2004-01-01', '2028-12-31'),
    precision: fc.constantFrom('day' as const, 'month' as const),
    recurrence: fc.constantFrom(null, 'yearly' as const, 'monthly' as const),
    appliesTo: fc.oneof(
      fc.constant({ kind: 'all' as const }),
      fc.subarray([...STATES], { minLength: 1 }).map((states) => ({ kind: 'states' as const, states })),
      fc.constantFrom('no_national_report' as const, 'no_point_of_contact' as const).map((rule) => ({ kind: 'rule' as const, rule })),
    ),
    satisfiedBy: fc.oneof(
      fc.constant(null),
      fc.constant({ kind: 'contact_designated' as const }),
      fc.record(
        { kind: fc.constant('submission' as const), reportTypes: fc.subarray([...ReportType.options], { minLength: 1 }), opensOn: isoDate('2004-01-01', '2028-12-31') },
        { requiredKeys: ['kind', 'reportTypes'] },
      ),
    ),
    ladder: fc.record({
      daysBefore: fc.subarray([90, 30, 7, 1]),
      daysAfter: fc.subarray([0, 1, 15]),
      repeatEveryDays: fc.constantFrom(null, 30, 90),
      maxRepeats: fc.constantFrom(null, 0, 2, 6),
    }),
  })
  .map((fields) => deadline({ id: 'generated', title: 'Generated', ...fields }));

const submission = fc.record({
  reportType: fc.constantFrom(...ReportType.options),
  receivedOn: isoDate('2004-01-01', '2028-12-31'),
  accepted: fc.boolean(),
  declaredOnly: fc.boolean(),
});

/** A state's standing (what the admin API and the planner both judge it by), built from one history. */
const stateHistory = fc
  .record({ iso3: fc.constantFrom(...STATES), submissions: fc.array(submission, { maxLength: 5 }), contacts: fc.array(fc.constantFrom(...ContactStatus.options), { maxLength: 3 }) })
  .map(({ iso3, submissions, contacts }): StateStanding => {
    const accepted = submissions.filter((s) => s.accepted).map(({ reportType, receivedOn }) => ({ reportType, receivedOn }));
    const contactPoints = contacts.map((status, i) => ({
      state: iso3, name: `Contact ${i}`, email: `c${i}@${iso3.toLowerCase()}.example.gov`, language: 'en' as const, status, source: 's', updatedAt: CREATED,
    }));
    const reported = accepted.some((s) => s.reportType === 'national_report');
    return { iso3, reportingStatus: reported ? 'reported' : 'not_reported', contacts: contactPoints, submissions: accepted };
  });

const daysOf = (year: number) => Array.from({ length: dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`) }, (_, i) => isoDay(dayNumber(`${year}-01-01`) + i));

describe('one deadline model', () => {
  it('the planner reminds a state exactly of what the admin API shows open for it, and overdue exactly when it shows it overdue, every day of a year', () => {
    fc.assert(
      fc.property(fc.oneof(standingDeadline, generatedDeadline), stateHistory, fc.integer({ min: 2024, max: 2028 }), (d, standing, year) => {
        for (const today of daysOf(year)) {
          const [shown] = openDeadlinesFor({ active: [d], today }, standing);
          // The planner's decision, as planReminders takes it for one deadline and one state (no catch-up).
          const steps = dueSteps(d, today, 0);
          const reminded = steps.filter((step) => mustAct(d, standing, step, today));
          for (const step of reminded) {
            expect(shown, `${d.id} reminded on ${today} for ${step.occurrence} but not shown open`).toBeDefined();
            expect(shown!.dueDate <= step.occurrence).toBe(true);
            if (step.kind === 'overdue') expect(shown).toMatchObject({ dueDate: step.occurrence, overdue: true });
          }
          // What is shown open is reminded on the days its ladder has a step for that occurrence.
          const stepOfShown = shown && steps.find((step) => step.occurrence === shown.dueDate);
          if (stepOfShown) {
            expect(reminded, `${d.id} shown open on ${today} but not reminded`).toContainEqual(stepOfShown);
            expect(stepOfShown.kind === 'overdue').toBe(shown!.overdue);
          }
          if (shown?.overdue) expect(shown.dueDate < today).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('judges a yearly deadline by its current occurrence, not by its first due date', () => {
    const annual = deadline({
      id: 'annual', title: 'Annual update', dueDate: '2017-01-31', precision: 'day', recurrence: 'yearly',
      satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] },
    });
    const reportedIn = (receivedOn: string): StateStanding => ({
      iso3: 'SEN', reportingStatus: 'reported', contacts: [], submissions: [{ reportType: 'national_report', receivedOn }],
    });

    // Reported after the 2025 occurrence fell due: the 2026 occurrence is discharged, nothing is overdue.
    expect(firstOpenOccurrence(annual, reportedIn('2025-03-01'), '2026-01-10')).toBeNull();
    // Reported before it: the 2026 occurrence is open, due at the end of January, not overdue.
    expect(firstOpenOccurrence(annual, reportedIn('2024-03-01'), '2026-01-10')).toEqual({ occurrence: '2026-01-31', opensOn: '2025-01-31', status: 'open' });
    expect(firstOpenOccurrence(annual, reportedIn('2024-03-01'), '2026-01-31')).toMatchObject({ occurrence: '2026-01-31', status: 'due' });
    expect(firstOpenOccurrence(annual, reportedIn('2024-03-01'), '2026-02-01')).toMatchObject({ occurrence: '2026-01-31', status: 'overdue' });
  });

  it('falls due at the end of the month for a deadline known to the month, and is not in force before it opens', () => {
    const byMay = deadline({
      id: 'may', title: 'Report by May', dueDate: '2026-05-01', precision: 'month', recurrence: null,
      satisfiedBy: { kind: 'submission', reportTypes: ['national_report'], opensOn: '2026-02-01' },
    });

    expect(occurrencesInForce(byMay, '2026-01-31')).toEqual([]);
    expect(occurrencesInForce(byMay, '2026-02-01')).toEqual([{ occurrence: '2026-05-31', opensOn: '2026-02-01' }]);
    expect(dueSteps(byMay, '2026-01-01', 0)).toEqual([]);
  });
});
