/** Boot: the run-time configuration, the page's language, then the app. */
import { render } from 'preact';
import { App } from './app/App.js';
import { loadConfig } from './app/config.js';
import { PortalProvider } from './app/portal.js';
import { applyLanguage, initialLanguage, LanguageProvider } from './i18n/language.js';

const root = document.getElementById('app')!;
const language = initialLanguage();
applyLanguage(language);

loadConfig().then(
  (config) =>
    render(
      <LanguageProvider initial={language}>
        <PortalProvider config={config}>
          <App />
        </PortalProvider>
      </LanguageProvider>,
      root,
    ),
  (error: unknown) => {
    // Without its configuration the app cannot reach the API; say so plainly (not translated: the
    // catalogs are fine, but nothing else on the page could work either).
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `The portal could not load its configuration (${error instanceof Error ? error.message : String(error)}).`;
    root.replaceChildren(message);
  },
);
