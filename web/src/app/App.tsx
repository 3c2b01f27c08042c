/**
 * The frame of every page (WCAG landmarks): a skip link, the banner with the navigation, the
 * language switch and the account, the main region with the page the path names, the footer.
 */
import { commonMessages } from '../features/common/messages.js';
import { commonRoutes, NoAccessPage, NotFoundPage } from '../features/common/pages.js';
import { StateNavigation, stateRoutes } from '../features/state/routes.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useMessages } from '../i18n/language.js';
import { usePortal } from './portal.js';
import { matchPath, useLocation } from './router.js';
import { mayOpen, type RouteDefinition } from './routes.js';

/** Every page of the app; the first pattern that matches the path wins. */
export const ROUTES: readonly RouteDefinition[] = [...commonRoutes, ...stateRoutes];

export function App() {
  const t = useMessages(commonMessages);
  const { session, signIn, signOut } = usePortal();
  const location = useLocation();
  let page = <NotFoundPage />;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, location.path);
    if (!params) continue;
    // The key remounts the page on every navigation, so its heading takes the focus again.
    page = mayOpen(route, params, session) ? <route.page key={location.path} params={params} query={location.query} /> : <NoAccessPage />;
    break;
  }
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="site-header">
        <p class="brand">{t('portalName')}</p>
        {session && (
          <nav aria-label={t('mainNavigation')}>
            <ul class="nav-list">
              {session.states.map((iso3) => (
                <StateNavigation key={iso3} iso3={iso3} path={location.path} />
              ))}
            </ul>
          </nav>
        )}
        <div class="header-tools">
          <LanguageSwitch />
          {session ? (
            <div class="account">
              <span>{t('signedInAs', { name: session.name })}</span>
              <button type="button" onClick={signOut}>
                {t('signOut')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => void signIn()}>
              {t('signIn')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer class="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
