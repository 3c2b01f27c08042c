import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineKey, parseReminderKey, reminderSortKey, reminderSortKeyPrefix } from '#shared/store/keys.js';

describe('reminder keys', () => {
  it('taken apart give back the deadline, occurrence, state, step and the address as the key spells it', () => {
    const key = { PK: deadlineKey('first-report'), SK: reminderSortKey('2026-10-28', 'FRA', 'D-30', ' J.Martin@Diplomatie.example.gouv') };
    expect(parseReminderKey(key)).toEqual({
      deadlineId: 'first-report', occurrence: '2026-10-28', state: 'FRA', step: 'D-30', email: 'j.martin@diplomatie.example.gouv',
    });
  });

  it('taken apart give back any deadline id and any address, even one holding a #', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.emailAddress(), (deadlineId, email) => {
        const key = { PK: deadlineKey(deadlineId), SK: reminderSortKey('2026-10-28', 'KEN', 'D+1', `${email}#x`) };
        expect(parseReminderKey(key)).toMatchObject({ deadlineId, state: 'KEN', step: 'D+1', email: `${email}#x`.trim().toLowerCase() });
      }),
    );
  });

  it('are refused when they are not a reminder\'s', () => {
    expect(() => parseReminderKey({ PK: 'STATE#FRA', SK: 'RECEIPT#s1#a@b.example' })).toThrow(/not the key of a reminder/);
  });

  it('share a prefix per deadline, per occurrence, and per occurrence and state', () => {
    const sk = reminderSortKey('2026-10-28', 'FRA', 'D-30', 'a@b.example');
    for (const prefix of [reminderSortKeyPrefix(), reminderSortKeyPrefix('2026-10-28'), reminderSortKeyPrefix('2026-10-28', 'FRA')]) {
      expect(sk.startsWith(prefix), prefix).toBe(true);
    }
    expect(sk.startsWith(reminderSortKeyPrefix('2026-10-28', 'FRO'))).toBe(false);
    expect(reminderSortKeyPrefix(undefined, 'FRA')).toBe(reminderSortKeyPrefix());
  });
});
