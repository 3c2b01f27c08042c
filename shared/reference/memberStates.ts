/**
 * The 193 member states of the United Nations, by code (their names: `commonNames.ts`,
 * `officialNames.ts`).
 * Generated from the maintained `world-countries` package (see `memberStatesSource.ts`), not typed
 * by hand; a test pins the count at 193 and the file to its source.
 */
import data from './memberStates.data.json' with { type: 'json' };

export interface MemberState {
  iso3: string;
  iso2: string;
}

export const MEMBER_STATES: readonly MemberState[] = data;

const BY_ISO3 = new Map(MEMBER_STATES.map((s) => [s.iso3, s]));

export function memberState(iso3: string): MemberState | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

export function isMemberState(iso3: string): boolean {
  return BY_ISO3.has(iso3.toUpperCase());
}
