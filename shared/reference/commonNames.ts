/**
 * The member states' common names in the six UN languages ("Ghana", "Гана"): what e-mails and
 * state profiles call them. Generated with `memberStates.data.json` (see `memberStatesSource.ts`).
 */
import type { UnLanguage } from '../extraction/contract.js';
import data from './commonNames.data.json' with { type: 'json' };

const COMMON_NAMES: Readonly<Record<string, Record<UnLanguage, string>>> = data;

/** A member state's (ISO3) common names by UN language; every member state has all six. */
export function commonNames(iso3: string): Record<UnLanguage, string> {
  const names = COMMON_NAMES[iso3.toUpperCase()];
  if (!names) throw new Error(`${iso3} is not a member state`);
  return names;
}
