/**
 * A state's pages, each under `/states/:iso3/…`: its own users see their state's, the secretariat
 * may open any state's (the API answers the same way). The navigation lists them for the states
 * the session acts for, and nothing of another state.
 */
import { NavigationItems } from '../../components/NavigationItems.js';
import type { RouteDefinition } from '../../app/routes.js';
import { useMessages } from '../../i18n/language.js';
import { stateMessages } from './messages.js';
import { ContactsPage } from './contacts/ContactsPage.js';
import { DeadlinesPage } from './DeadlinesPage.js';
import { MatrixPage } from './matrix/MatrixPage.js';
import { OverviewPage } from './OverviewPage.js';
import { PublicationPage } from './publication/PublicationPage.js';
import { SubmissionPage } from './submissions/SubmissionPage.js';
import { SubmissionsPage } from './submissions/SubmissionsPage.js';
import { UploadPage } from './upload/UploadPage.js';

export const stateRoutes: RouteDefinition[] = [
  { pattern: '/states/:iso3', access: 'state', page: OverviewPage },
  { pattern: '/states/:iso3/upload', access: 'state', page: UploadPage },
  { pattern: '/states/:iso3/submissions', access: 'state', page: SubmissionsPage },
  { pattern: '/states/:iso3/submissions/:id', access: 'state', page: SubmissionPage },
  { pattern: '/states/:iso3/matrix', access: 'state', page: MatrixPage },
  { pattern: '/states/:iso3/contacts', access: 'state', page: ContactsPage },
  { pattern: '/states/:iso3/deadlines', access: 'state', page: DeadlinesPage },
  { pattern: '/states/:iso3/publication', access: 'state', page: PublicationPage },
];

type NavKey = 'navOverview' | 'navUpload' | 'navSubmissions' | 'navMatrix' | 'navContacts' | 'navDeadlines' | 'navPublication';
const SECTIONS: ReadonlyArray<[suffix: string, label: NavKey]> = [
  ['', 'navOverview'],
  ['/upload', 'navUpload'],
  ['/submissions', 'navSubmissions'],
  ['/matrix', 'navMatrix'],
  ['/contacts', 'navContacts'],
  ['/deadlines', 'navDeadlines'],
  ['/publication', 'navPublication'],
];

export function StateNavigation({ iso3, path }: { iso3: string; path: string }) {
  const t = useMessages(stateMessages);
  return <NavigationItems links={SECTIONS.map(([suffix, label]) => [`/states/${iso3}${suffix}`, t(label)] as const)} path={path} />;
}
