/**
 * Builds the English and French demonyms of the member states ("Kenyan", "sénégalais") from
 * `world-countries`, for the state detector's weaker signal. Written to `demonyms.data.json`
 * (`npx tsx shared/extraction/detection/demonymsSource.ts`), which the extractor loads: the whole
 * dataset would add ~700 KB to the ingest bundle for ~15 KB of words. A test checks that the file
 * is exactly what this function builds from the installed package.
 */
import { writeFileSync } from 'node:fs';
import worldCountries, { type Countries } from 'world-countries';
import { isMemberState } from '../../reference/memberStates.js';

export type Demonyms = Record<string, { en: string[]; fr: string[] }>;

export function buildDemonyms(): Demonyms {
  const out: Demonyms = {};
  const countries = (worldCountries as unknown as Countries).filter((c) => isMemberState(c.cca3));
  for (const country of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
    const forms = (key: 'eng' | 'fra') => {
      const d = country.demonyms?.[key];
      return d ? [...new Set([d.m, d.f])] : [];
    };
    out[country.cca3] = { en: forms('eng'), fr: forms('fra') };
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const target = new URL('./demonyms.data.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(buildDemonyms())}\n`);
  console.log(`wrote ${target.pathname}`);
}
