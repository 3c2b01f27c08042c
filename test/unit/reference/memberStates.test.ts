import { describe, expect, it } from 'vitest';
import { isMemberState, MEMBER_STATES, memberState } from '../../../shared/reference/memberStates.js';
import { buildMemberStates } from '../../../shared/reference/memberStatesSource.js';

describe('member states', () => {
  it('are the 193 UN members, each named in the six UN languages', () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(isMemberState('VAT')).toBe(false);
    expect(isMemberState('PSE')).toBe(false);
    expect(memberState('chn')?.names).toEqual({ en: 'China', fr: 'Chine', zh: '中国', ru: 'Китай', ar: 'الصين', es: 'China' });
    for (const state of MEMBER_STATES) expect(Object.values(state.names).every((name) => name.length > 0)).toBe(true);
  });

  it('are exactly what the installed world-countries package gives (run `npm run generate:member-states` after updating it)', () => {
    expect(MEMBER_STATES).toEqual(buildMemberStates());
  });
});
