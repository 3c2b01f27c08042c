/**
 * Builds the list of the 193 UN member states, with their names in the six UN languages, from
 * `world-countries` (maintained, ODbL). That dataset flags the Holy See as a UN member; it is a
 * non-member observer state, so it is left out (as is the State of Palestine, which the dataset
 * already leaves out).
 *
 * The result is written to three files (`npm run generate:member-states`), which the functions
 * load: `memberStates.data.json` (the codes, which most functions need), `commonNames.data.json`
 * (what e-mails, the seed and the extractor call the states) and `officialNames.data.json` (the
 * long names, which only the extractor reads). Kept apart so that each bundle carries only what it
 * reads; the whole dataset would weigh on every bundle. A test checks that the files are
 * exactly what these functions build from the installed package.
 */
import { writeFileSync } from 'node:fs';
import worldCountries, { type Countries, type Country } from 'world-countries';
import type { UnLanguage } from '../extraction/contract.js';
import type { MemberState } from './memberStates.js';

// The package's types describe CommonJS; the default export is the array itself.
const countries = worldCountries as unknown as Countries;

const NON_MEMBER_OBSERVERS = new Set(['VAT']);

/** world-countries' translation keys (ISO 639-3) for the UN languages other than English. */
const TRANSLATION_KEY = { ar: 'ara', es: 'spa', fr: 'fra', ru: 'rus', zh: 'zho' } as const;

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

const members = () =>
  countries.filter((c) => c.unMember && !NON_MEMBER_OBSERVERS.has(c.cca3)).sort((a, b) => a.cca3.localeCompare(b.cca3));

export function buildMemberStates(): MemberState[] {
  return members().map((c) => ({ iso3: c.cca3, iso2: c.cca2 }));
}

export function buildCommonNames(): Record<string, Record<UnLanguage, string>> {
  return Object.fromEntries(members().map((c) => [c.cca3, namesOf(c, 'common')]));
}

export function buildOfficialNames(): Record<string, Record<UnLanguage, string>> {
  return Object.fromEntries(members().map((c) => [c.cca3, namesOf(c, 'official')]));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const files = [
    ['memberStates.data.json', buildMemberStates()],
    ['commonNames.data.json', buildCommonNames()],
    ['officialNames.data.json', buildOfficialNames()],
  ] as const;
  for (const [file, data] of files) {
    const target = new URL(`./${file}`, import.meta.url);
    writeFileSync(target, `${JSON.stringify(data, null, 1)}\n`);
    console.log(`wrote ${target.pathname}`);
  }
}
