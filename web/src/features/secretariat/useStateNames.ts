/** Member states' names in the page's language, for pages that list many states at once. */
import { useCallback } from 'preact/hooks';
import { commonNames } from '#shared/reference/commonNames.js';
import { useLanguage } from '../../i18n/language.js';

export function useStateNames(): (iso3: string) => string {
  const { language } = useLanguage();
  return useCallback(
    (iso3: string) => {
      try {
        return commonNames(iso3)[language];
      } catch {
        return iso3;
      }
    },
    [language],
  );
}
