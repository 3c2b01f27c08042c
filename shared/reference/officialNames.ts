/**
 * The member states' official (long) names in the six UN languages, e.g. "Republic of Ghana":
 * generated with `memberStates.data.json` (see `memberStatesSource.ts`), kept in a file of their
 * own because only the extractor reads them.
 */
import type { UnLanguage } from '../extraction/contract.js';
import data from './officialNames.data.json' with { type: 'json' };

const OFFICIAL_NAMES: Readonly<Record<string, Record<UnLanguage, string>>> = data;

/** A member state's (ISO3) official names by UN language; every member state has all six. */
export function officialNames(iso3: string): Record<UnLanguage, string> {
  const names = OFFICIAL_NAMES[iso3.toUpperCase()];
  if (!names) throw new Error(`${iso3} is not a member state`);
  return names;
}
