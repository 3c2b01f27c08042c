/** A member state's common name in the page's language ("France", "Франция", "法国"). */
import { commonNames } from '#shared/reference/commonNames.js';
import { useLanguage } from '../../i18n/language.js';

export function useStateName(iso3: string): string {
  const { language } = useLanguage();
  try {
    return commonNames(iso3)[language];
  } catch {
    return iso3;
  }
}
