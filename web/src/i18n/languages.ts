/**
 * The six official UN languages the portal speaks, in the UN's own order, each named in itself.
 * The codes are the extraction contract's (`LANGUAGES`), so a contact's mail language and the
 * page's language are one list.
 */
import { LANGUAGES, type UnLanguage } from '#shared/extraction/contract.js';

export type { UnLanguage };

/** The order the UN lists its languages in (Arabic, Chinese, English, French, Russian, Spanish). */
export const UI_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly UnLanguage[];

export const LANGUAGE_NAMES: Record<UnLanguage, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

const RIGHT_TO_LEFT: ReadonlySet<UnLanguage> = new Set(['ar']);
export const directionOf = (language: UnLanguage): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr');

export function isUnLanguage(value: unknown): value is UnLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages (`fr-CH` counts as `fr`) that the portal speaks; English otherwise. */
export function preferredLanguage(browserLanguages: readonly string[]): UnLanguage {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUnLanguage(primary)) return primary;
  }
  return 'en';
}
