/**
 * The admin function, behind the HTTP API: queries for the secretariat, upload grants and
 * download links for states. Its heaviest answers (coverage, the CSV exports) read every matrix
 * cell (`npm run bench -- admin`); API Gateway answers 503 after 30 s anyway.
 */
import * as z from 'zod';
import { MaxUploadBytes, ReminderCatchUpDays, StoreEnvironment } from '#shared/config/environment.js';
import { describeFunction } from '#shared/lambda/functionDescription.js';

const LinkSeconds = z.coerce.number().int().min(30).max(3600).default(300);

export const adminFunction = describeFunction({
  name: 'admin',
  summary: 'Admin API: queries for the secretariat, upload grants and download links for states',
  environment: StoreEnvironment.extend({
    MAX_UPLOAD_BYTES: MaxUploadBytes,
    UPLOAD_GRANT_SECONDS: LinkSeconds,
    DOWNLOAD_LINK_SECONDS: LinkSeconds,
    /** Where clients POST upload forms: on AWS the bucket's own endpoint (unset); locally the portal's checking upload path. */
    UPLOAD_POST_URL: z.url().optional(),
    /** The planner's setting, for the reminder preview. */
    REMINDER_CATCH_UP_DAYS: ReminderCatchUpDays,
  }),
  memoryMb: 512,
  timeoutSeconds: 29,
  invokedBy: { kind: 'api' },
  // The S3 client and signers load with the first upload grant or download link.
  lazyModules: ['#functions/admin/objectSigner.js'],
});
