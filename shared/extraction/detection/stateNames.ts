/**
 * Names by which reports refer to member states, per language, as patterns over folded text.
 * Built from the reference list (common and official names in six languages) plus the variants
 * that list lacks; Russian names are matched by stem because they are inflected
 * ("Республика Казахстан", "Республики Казахстан").
 */
import type { UnLanguage } from '../contract.js';
import { MEMBER_STATES } from '../../reference/memberStates.js';
import { officialNames } from '../../reference/officialNames.js';
import { commonNames } from '../../reference/commonNames.js';
import demonymData from './demonyms.data.json' with { type: 'json' };
import type { Demonyms } from './demonymsSource.js';
import { escapeRegExp, fold, WORD_CHAR } from './textFolding.js';

/** Variants the reference data does not carry (self-designations, short forms, adjectives). */
const EXTRA_NAMES: Record<string, Partial<Record<UnLanguage, string[]>>> = {
  KGZ: { ru: ['Кыргызстан', 'Кыргызская Республика'], en: ['Kyrgyz Republic'], fr: ['Kirghizistan'], zh: ['吉尔吉斯'] },
  CHN: { zh: ['中国', '中华人民共和国'], en: ["People's Republic of China"] },
  USA: { en: ['United States of America', 'USA'], ru: ['США'], ar: ['الولايات المتحدة الأمريكية'] },
  GBR: { en: ['United Kingdom', 'UK'], ru: ['Соединенное Королевство'] },
  RUS: { ru: ['Российская Федерация', 'Россия'], zh: ['俄罗斯'] },
  KOR: { en: ['Republic of Korea'] },
  EGY: { ar: ['مصر', 'جمهورية مصر العربية'] },
  JOR: { ar: ['الأردن', 'المملكة الأردنية الهاشمية'] },
  SYR: { ar: ['الجمهورية العربية السورية'], en: ['Syrian Arab Republic'] },
  IRN: { en: ['Islamic Republic of Iran'] },
  VNM: { en: ['Viet Nam'] },
  LAO: { en: ["Lao People's Democratic Republic"] },
  BOL: { en: ['Bolivia'], es: ['Bolivia', 'Estado Plurinacional de Bolivia'] },
  VEN: { es: ['Venezuela', 'República Bolivariana de Venezuela'] },
  TZA: { en: ['United Republic of Tanzania', 'Tanzania'] },
  MDA: { en: ['Republic of Moldova', 'Moldova'] },
  CIV: { fr: ["Côte d'Ivoire"], en: ["Côte d'Ivoire", 'Ivory Coast'] },
  NLD: { en: ['Netherlands', 'Kingdom of the Netherlands'], fr: ['Pays-Bas'] },
  CZE: { en: ['Czech Republic', 'Czechia'] },
  TUR: { en: ['Türkiye', 'Turkey'], fr: ['Türkiye', 'Turquie'] },
  // The UN's Arabic name puts the adjective after the noun: "جمهورية مقدونيا الشمالية", not the list's "شمال مقدونيا".
  MKD: { en: ['North Macedonia'], ar: ['مقدونيا الشمالية', 'جمهورية مقدونيا الشمالية'] },
  SWZ: { en: ['Eswatini'] },
  CPV: { en: ['Cabo Verde', 'Cape Verde'] },
  TLS: { en: ['Timor-Leste'] },
  MMR: { en: ['Myanmar'] },
  PRK: { en: ["Democratic People's Republic of Korea"] },
  BRN: { en: ['Brunei Darussalam'] },
  FSM: { en: ['Micronesia'] },
  KAZ: { ru: ['Казахстан'], en: ['Kazakhstan'] },
  // The UN's own Spanish and French names keep "Saint Kitts".
  KNA: { es: ['Saint Kitts y Nevis', 'Federación de Saint Kitts y Nevis'], fr: ['Saint-Kitts-et-Nevis'] },
};

/**
 * Phrases that contain a state's name without being about that state: export-control regimes,
 * treaties named after places, the UN's own address.
 */
export const NOT_A_STATE = [
  'australia group', "groupe d'australie", 'grupo de australia', 'австралийск[а-яё]* групп[а-яё]*', '澳大利亚集团', 'مجموعة أستراليا',
  'treaty of bangkok', 'new york', 'nueva york', 'нью-йорк', '纽约', 'نيويورك',
];

function russianStemPattern(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) => {
      const w = fold(word);
      const stem = w.length > 4 ? w.replace(/[аяоеиыйьуюё]+$/u, '') : w;
      return `${escapeRegExp(stem)}[а-яё]{0,3}`;
    })
    .join('\\s+');
}

export interface NamePattern {
  iso3: string;
  pattern: string;
  official: boolean;
  /** "Kenyan", "sénégalais", "peruano", "казахстанский": a weaker signal than the name. */
  adjective: boolean;
  /** A literal piece of the folded name: the pattern runs only where the text contains it. */
  anchor: string;
  re: RegExp;
}

function anchorOf(name: string, language: UnLanguage): string {
  const words = fold(name).split(/\s+/u);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (language === 'ru' && longest.length > 4) return longest.replace(/[аяоеиыйьуюё]+$/u, '');
  return longest;
}

function patternFor(name: string, language: UnLanguage): string {
  if (language === 'ru') return `(?<!${WORD_CHAR})${russianStemPattern(name)}(?!${WORD_CHAR})`;
  const folded = escapeRegExp(fold(name));
  if (language === 'zh') return folded;
  // Arabic words take attached prefixes (و، ب، ل، ف) and adjective endings.
  if (language === 'ar') return `(?<!${WORD_CHAR})[وبلفك]{0,3}${folded}(?:يه|ي|ين|يين|يون|ه)?(?!${WORD_CHAR})`;
  return `(?<!${WORD_CHAR})${folded}(?!${WORD_CHAR})`;
}

/**
 * English and French demonyms (from world-countries, see demonymsSource.ts); a demonym two states
 * share ("Congolese") is left out.
 */
const DEMONYMS = (() => {
  const byLanguage: Record<'en' | 'fr', Map<string, string[]>> = { en: new Map(), fr: new Map() };
  const owners = new Map<string, Set<string>>();
  for (const [iso3, forms] of Object.entries(demonymData as Demonyms)) {
    for (const language of ['en', 'fr'] as const) {
      const names = [...new Set(forms[language].map((d) => fold(d)).filter((d) => d.length >= 4))];
      byLanguage[language].set(iso3, names);
      for (const name of names) owners.set(`${language}|${name}`, (owners.get(`${language}|${name}`) ?? new Set()).add(iso3));
    }
  }
  for (const language of ['en', 'fr'] as const) {
    for (const [iso3, names] of byLanguage[language]) byLanguage[language].set(iso3, names.filter((n) => owners.get(`${language}|${n}`)!.size === 1));
  }
  return byLanguage;
})();

const SPANISH_ADJECTIVE_ENDINGS = '(?:ano|ana|anos|anas|iano|iana|ianos|ianas|ino|ina|inos|inas|eno|ena|enos|enas|és|esa|eses|esas|ense|enses|iense|ienses|eño|eña|eños|eñas|í|íes|o|os)';
const RUSSIAN_ADJECTIVE_ENDINGS = '(?:ий|ая|ое|ие|ого|ой|ую|их|им|ими|ому|ом|ей)';

/** Stems a Spanish or Russian adjective is formed on: "Perú" → "peru", "Kenia" → "keni", "Иордания" → "иордан". */
function adjectiveStems(name: string, language: 'es' | 'ru'): string[] {
  const word = fold(name).normalize('NFD').replace(/[\u0301\u0300]/gu, '').normalize('NFC');
  if (/\s|-/u.test(word)) return [];
  const vowels = language === 'ru' ? /[аяоеиыйьу]+$/u : /(?:ia|[aeo])$/u;
  const single = language === 'ru' ? /[аяоеиыйьу]$/u : /[aeo]$/u;
  // "Узбекистан" → "узбекский", "Таджикистан" → "таджикский", beside "казахстанский".
  const people = language === 'ru' ? word.replace(/и?стан$/u, '') : word;
  return [...new Set([word.replace(vowels, ''), word.replace(single, ''), word, people])].filter((stem) => stem.length >= 4);
}

function adjectivePatterns(iso3: string, language: UnLanguage, commonName: string): Array<{ pattern: string; anchor: string }> {
  const edge = (body: string) => `(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`;
  if (language === 'en' || language === 'fr') {
    return (DEMONYMS[language].get(iso3) ?? []).map((d) => ({ pattern: edge(`${escapeRegExp(d)}(?:e?s)?`), anchor: d }));
  }
  if (language === 'es') return adjectiveStems(commonName, 'es').map((stem) => ({ pattern: edge(`${escapeRegExp(stem)}${SPANISH_ADJECTIVE_ENDINGS}`), anchor: stem }));
  if (language === 'ru') return adjectiveStems(commonName, 'ru').map((stem) => ({ pattern: edge(`${escapeRegExp(stem)}[а-я]{0,4}ск${RUSSIAN_ADJECTIVE_ENDINGS}`), anchor: stem }));
  return [];
}

const cache = new Map<UnLanguage, NamePattern[]>();

/** Name patterns for one language, longest first so that "Equatorial Guinea" wins over "Guinea". */
export function statePatterns(language: UnLanguage): NamePattern[] {
  const cached = cache.get(language);
  if (cached) return cached;
  const seen = new Set<string>();
  const patterns: NamePattern[] = [];
  const add = (iso3: string, name: string, official: boolean) => {
    const key = `${iso3}|${fold(name)}`;
    if (seen.has(key) || fold(name).length < 2 || /[()]/u.test(name)) return;
    seen.add(key);
    const pattern = patternFor(name, language);
    patterns.push({ iso3, pattern, official, adjective: false, anchor: anchorOf(name, language), re: new RegExp(pattern, 'gu') });
  };
  const adjectives: NamePattern[] = [];
  for (const state of MEMBER_STATES) {
    add(state.iso3, officialNames(state.iso3)[language], true);
    const name = commonNames(state.iso3)[language];
    add(state.iso3, name, false);
    for (const extra of EXTRA_NAMES[state.iso3]?.[language] ?? []) add(state.iso3, extra, false);
    for (const { pattern, anchor } of adjectivePatterns(state.iso3, language, name)) {
      adjectives.push({ iso3: state.iso3, pattern, official: false, adjective: true, anchor, re: new RegExp(pattern, 'gu') });
    }
  }
  // Names first, longest first ("Equatorial Guinea" before "Guinea"); adjectives only where no name matched.
  patterns.sort((a, b) => b.pattern.length - a.pattern.length);
  adjectives.sort((a, b) => b.anchor.length - a.anchor.length);
  patterns.push(...adjectives);
  cache.set(language, patterns);
  return patterns;
}
