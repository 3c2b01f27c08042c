/**
 * The secretariat's pages: the dashboard of every member state, the matrix heat-map (and a cell's
 * entry), the review queue, deadlines, quarantine, reminders and the outreach calendar. A state's
 * own pages (`/states/:iso3/…`) are open to the secretariat too.
 */
import { NavigationItems } from '../../components/NavigationItems.js';
import type { RouteDefinition } from '../../app/routes.js';
import { useMessages } from '../../i18n/language.js';
import { CalendarPage } from './CalendarPage.js';
import { DashboardPage } from './DashboardPage.js';
import { DeadlinesPage } from './DeadlinesPage.js';
import { HeatMapPage } from './HeatMapPage.js';
import { MatrixCellPage } from './MatrixCellPage.js';
import { secretariatMessages } from './messages.js';
import { QuarantinePage } from './QuarantinePage.js';
import { RemindersPage } from './RemindersPage.js';
import { ReviewPage } from './ReviewPage.js';

export const secretariatRoutes: RouteDefinition[] = [
  { pattern: '/dashboard', access: 'secretariat', page: DashboardPage },
  { pattern: '/matrix', access: 'secretariat', page: HeatMapPage },
  { pattern: '/matrix/:iso3/:element', access: 'secretariat', page: MatrixCellPage },
  { pattern: '/review', access: 'secretariat', page: ReviewPage },
  { pattern: '/deadlines', access: 'secretariat', page: DeadlinesPage },
  { pattern: '/quarantine', access: 'secretariat', page: QuarantinePage },
  { pattern: '/reminders', access: 'secretariat', page: RemindersPage },
  { pattern: '/calendar', access: 'secretariat', page: CalendarPage },
];

type NavKey = 'navDashboard' | 'navHeatMap' | 'navReview' | 'navDeadlines' | 'navQuarantine' | 'navReminders' | 'navCalendar';
const SECTIONS: ReadonlyArray<[href: string, label: NavKey]> = [
  ['/dashboard', 'navDashboard'],
  ['/matrix', 'navHeatMap'],
  ['/review', 'navReview'],
  ['/deadlines', 'navDeadlines'],
  ['/quarantine', 'navQuarantine'],
  ['/reminders', 'navReminders'],
  ['/calendar', 'navCalendar'],
];

export function SecretariatNavigation({ path }: { path: string }) {
  const t = useMessages(secretariatMessages);
  return <NavigationItems links={SECTIONS.map(([href, label]) => [href, t(label)] as const)} path={path} />;
}
