/** Every route of the admin API, in the order the OpenAPI document lists them. */
import { openApiRoute } from '../openapi.js';
import type { AdminRoute } from '../route.js';
import { assistanceRoutes } from './assistance.js';
import { calendarRoutes } from './calendar.js';
import { contactRoutes } from './contacts.js';
import { deadlineRoutes } from './deadlines.js';
import { matrixRoutes } from './matrix.js';
import { organizationRoutes } from './organizations.js';
import { overviewRoutes } from './overview.js';
import { publicRoutes } from './public.js';
import { reminderRoutes } from './reminders.js';
import { reviewRoutes } from './review.js';
import { stateRoutes } from './states.js';
import { submissionRoutes } from './submissions.js';
import { uploadRoutes } from './uploads.js';

export const ADMIN_ROUTES: readonly AdminRoute[] = [
  ...stateRoutes,
  ...organizationRoutes,
  ...contactRoutes,
  ...submissionRoutes,
  ...matrixRoutes,
  ...overviewRoutes,
  ...reviewRoutes,
  ...deadlineRoutes,
  ...reminderRoutes,
  ...assistanceRoutes,
  ...uploadRoutes,
  ...calendarRoutes,
  ...publicRoutes,
  openApiRoute(() => ADMIN_ROUTES),
];
