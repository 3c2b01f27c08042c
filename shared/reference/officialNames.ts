/**
 * The member states' official (long) names in the six UN languages, e.g. "Republic of Ghana":
 * generated with `memberStates.data.json` (see `memberStatesSource.ts`), kept in a file of their
 * own because only the extractor reads them.
 */
import type { UnLanguage } from '../extraction/contract.js';
import data from './officialNames.data.json' with { type: 'json' };

const OFFICIAL_NAMES: Readonly<Record<string, Record<UnLanguage, string>>> = data;

/** The official name of a member state (ISO3) in a UN language. */
export function officialName(iso3: string, language: UnLanguage): string | undefined {
  return OFFICIAL_NAMES[iso3.toUpperCase()]?.[language];
}
