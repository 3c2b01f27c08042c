/**
 * A state's pages, each under `/states/:iso3/…`: its own users see their state's, the secretariat
 * may open any state's (the API answers the same way). The navigation lists them for the states
 * the session acts for, and nothing of another state.
 */
import { Link } from '../../app/router.js';
import type { RouteDefinition } from '../../app/routes.js';
import { useMessages } from '../../i18n/language.js';
import { stateMessages } from './messages.js';
import { OverviewPage } from './OverviewPage.js';

export const stateRoutes: RouteDefinition[] = [{ pattern: '/states/:iso3', access: 'state', page: OverviewPage }];

type NavKey = 'navOverview' | 'navUpload' | 'navSubmissions' | 'navMatrix' | 'navContacts' | 'navDeadlines' | 'navPublication';
const SECTIONS: ReadonlyArray<[suffix: string, label: NavKey]> = [['', 'navOverview']];

export function StateNavigation({ iso3, path }: { iso3: string; path: string }) {
  const t = useMessages(stateMessages);
  return (
    <>
      {SECTIONS.map(([suffix, label]) => {
        const href = `/states/${iso3}${suffix}`;
        return (
          <li key={href}>
            <Link href={href} aria-current={path === href ? 'page' : undefined}>
              {t(label)}
            </Link>
          </li>
        );
      })}
    </>
  );
}
