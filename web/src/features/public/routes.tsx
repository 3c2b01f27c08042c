/** The public pages, no sign-in: what states published, and the outreach calendar. */
import { NavigationItems } from '../../components/NavigationItems.js';
import type { RouteDefinition } from '../../app/routes.js';
import { useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';
import { PublicCalendarPage } from './PublicCalendarPage.js';
import { PublicReportPage } from './PublicReportPage.js';
import { PublicStatePage } from './PublicStatePage.js';
import { PublishedPage } from './PublishedPage.js';

export const publicRoutes: RouteDefinition[] = [
  { pattern: '/public', access: 'public', page: PublishedPage },
  { pattern: '/public/calendar', access: 'public', page: PublicCalendarPage },
  { pattern: '/public/states/:iso3', access: 'public', page: PublicStatePage },
  { pattern: '/public/reports/:id', access: 'public', page: PublicReportPage },
];

export function PublicNavigation({ path }: { path: string }) {
  const t = useMessages(publicMessages);
  return (
    <NavigationItems
      links={[
        ['/public', t('navPublished')],
        ['/public/calendar', t('navCalendar')],
      ]}
      path={path}
    />
  );
}
