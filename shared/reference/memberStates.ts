/**
 * The 193 member states of the United Nations, with their names in the six UN languages.
 *
 * Taken from `world-countries` (maintained, ODbL), not typed by hand. That dataset flags the Holy
 * See as a UN member; it is a non-member observer state, so it is left out here (as is the State
 * of Palestine, which the dataset already leaves out). A test pins the count at 193.
 */
import worldCountries, { type Countries, type Country } from 'world-countries';
import type { UnLanguage } from '../extraction/contract.js';

export interface MemberState {
  iso3: string;
  iso2: string;
  /** Common names, by UN language. */
  names: Record<UnLanguage, string>;
  /** Official (long) names, by UN language. */
  officialNames: Record<UnLanguage, string>;
}

const NON_MEMBER_OBSERVERS = new Set(['VAT']);

/** world-countries' translation keys (ISO 639-3) for the UN languages other than English. */
const TRANSLATION_KEY = { ar: 'ara', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' } as const;

// The package's types describe CommonJS; the default export is the array itself.
const countries = worldCountries as unknown as Countries;

function namesOf(country: Country, kind: 'common' | 'official'): Record<UnLanguage, string> {
  const translations = country.translations as Record<string, { common: string; official: string }>;
  const english = country.name[kind];
  const pick = (key: string) => translations[key]?.[kind] ?? english;
  return {
    en: english,
    ar: pick(TRANSLATION_KEY.ar),
    es: pick(TRANSLATION_KEY.es),
    fr: pick(TRANSLATION_KEY.fr),
    ru: pick(TRANSLATION_KEY.ru),
    zh: pick(TRANSLATION_KEY.zh),
  };
}

export const MEMBER_STATES: readonly MemberState[] = countries
  .filter((c) => c.unMember && !NON_MEMBER_OBSERVERS.has(c.cca3))
  .map((c) => ({
    iso3: c.cca3,
    iso2: c.cca2,
    names: namesOf(c, 'common'),
    officialNames: namesOf(c, 'official'),
  }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const BY_ISO3 = new Map(MEMBER_STATES.map((s) => [s.iso3, s]));

export function memberState(iso3: string): MemberState | undefined {
  return BY_ISO3.get(iso3.toUpperCase());
}

export function isMemberState(iso3: string): boolean {
  return BY_ISO3.has(iso3.toUpperCase());
}
