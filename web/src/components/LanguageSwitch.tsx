/** The visible language switch: a labelled select listing each language in its own name. */
import { commonMessages } from '../features/common/messages.js';
import { useLanguage, useMessages } from '../i18n/language.js';
import { isUnLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/languages.js';

export function LanguageSwitch() {
  const t = useMessages(commonMessages);
  const { language, setLanguage } = useLanguage();
  return (
    <div class="language-switch">
      <label for="language-switch">{t('language')}</label>
      <select
        id="language-switch"
        value={language}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isUnLanguage(value)) setLanguage(value);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
