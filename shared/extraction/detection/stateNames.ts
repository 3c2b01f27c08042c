/**
 * Names by which reports refer to member states, per language, as patterns over folded text.
 * Built from the reference list (common and official names in six languages) plus the variants
 * that list lacks; Russian names are matched by stem because they are inflected
 * ("Республика Казахстан", "Республики Казахстан").
 */
import type { UnLanguage } from '../contract.js';
import { MEMBER_STATES } from '../../reference/memberStates.js';
import { fold, WORD_CHAR } from './textFolding.js';

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
  MKD: { en: ['North Macedonia'] },
  SWZ: { en: ['Eswatini'] },
  CPV: { en: ['Cabo Verde', 'Cape Verde'] },
  TLS: { en: ['Timor-Leste'] },
  MMR: { en: ['Myanmar'] },
  PRK: { en: ["Democratic People's Republic of Korea"] },
  BRN: { en: ['Brunei Darussalam'] },
  FSM: { en: ['Micronesia'] },
  KAZ: { ru: ['Казахстан'], en: ['Kazakhstan'] },
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
      return `${escape(stem)}[а-яё]{0,3}`;
    })
    .join('\\s+');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export interface NamePattern {
  iso3: string;
  pattern: string;
  official: boolean;
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
  const folded = escape(fold(name));
  if (language === 'zh') return folded;
  // Arabic words take attached prefixes (و، ب، ل، ف) and adjective endings.
  if (language === 'ar') return `(?<!${WORD_CHAR})[وبلفك]{0,3}${folded}(?:يه|ي|ين|يين)?(?!${WORD_CHAR})`;
  return `(?<!${WORD_CHAR})${folded}(?!${WORD_CHAR})`;
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
    patterns.push({ iso3, pattern, official, anchor: anchorOf(name, language), re: new RegExp(pattern, 'gu') });
  };
  for (const state of MEMBER_STATES) {
    add(state.iso3, state.officialNames[language], true);
    add(state.iso3, state.names[language], false);
    for (const extra of EXTRA_NAMES[state.iso3]?.[language] ?? []) add(state.iso3, extra, false);
  }
  patterns.sort((a, b) => b.pattern.length - a.pattern.length);
  cache.set(language, patterns);
  return patterns;
}
