import { describe, expect, it } from 'vitest';
import { isMemberState, MEMBER_STATES, memberState } from '../../../shared/reference/memberStates.js';
import { commonNames } from '../../../shared/reference/commonNames.js';
import { buildCommonNames, buildMemberStates, buildOfficialNames } from '../../../shared/reference/memberStatesSource.js';
import { officialNames } from '../../../shared/reference/officialNames.js';

describe('member states', () => {
  it('are the 193 UN members, each named in the six UN languages', () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(isMemberState('VAT')).toBe(false);
    expect(isMemberState('PSE')).toBe(false);
    expect(memberState('chn')).toEqual({ iso3: 'CHN', iso2: 'CN' });
    expect(commonNames('chn')).toEqual({ en: 'China', fr: 'Chine', zh: '中国', ru: 'Китай', ar: 'الصين', es: 'China' });
    for (const state of MEMBER_STATES) expect(Object.values(commonNames(state.iso3)).every((name) => name.length > 0)).toBe(true);
    expect(() => commonNames('VAT')).toThrow(/not a member state/);
  });

  it('have their official names in the six UN languages, for every member state', () => {
    expect(officialNames('gha').en).toBe('Republic of Ghana');
    expect(officialNames('FRA').fr).toBe('République française');
    expect(() => officialNames('VAT')).toThrow(/not a member state/);
    for (const state of MEMBER_STATES) expect(Object.values(officialNames(state.iso3)).every((name) => name.length > 0), state.iso3).toBe(true);
  });

  it('are exactly what the installed world-countries package gives (run `npm run generate:member-states` after updating it)', () => {
    expect(MEMBER_STATES).toEqual(buildMemberStates());
    expect(Object.fromEntries(MEMBER_STATES.map((s) => [s.iso3, officialNames(s.iso3)]))).toEqual(buildOfficialNames());
    expect(Object.fromEntries(MEMBER_STATES.map((s) => [s.iso3, commonNames(s.iso3)]))).toEqual(buildCommonNames());
  });
});
