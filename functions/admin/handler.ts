/**
 * Admin Lambda, behind an API Gateway HTTP API with a JWT authorizer: the routes of `routes/`
 * on the Powertools HTTP router. See `authentication.ts` for how the caller is known.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import * as z from 'zod';
import { documentClient } from '#shared/aws/dynamoDb.js';
import { once } from '#shared/aws/once.js';
import { readEnvironment, StoreEnvironment } from '#shared/config/environment.js';
import { logger } from '#shared/lambda/powertools.js';
import type { ObjectSigner } from './objectSigner.js';
import { createAdminRouter } from './router.js';
import { ADMIN_ROUTES } from './routes/index.js';

const environment = readEnvironment(
  StoreEnvironment.extend({
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
    UPLOAD_GRANT_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    DOWNLOAD_LINK_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    UPLOAD_POST_URL: z.url().optional(),
    REMINDER_CATCH_UP_DAYS: z.coerce.number().int().nonnegative().default(7),
  }),
);

/** The signer, loaded from its own bundle by the first request that signs (see `objectSigner.ts`). */
const loadSigner = once(async () => (await import('#functions/admin/objectSigner.js')).defaultObjectSigner());
const signer: ObjectSigner = {
  uploadForm: async (options) => (await loadSigner()).uploadForm(options),
  downloadUrl: async (...args) => (await loadSigner()).downloadUrl(...args),
};

const router = createAdminRouter(
  {
    store: { db: documentClient(), tableName: environment.TABLE_NAME },
    signer,
    bucketName: environment.BUCKET_NAME,
    uploads: { maxBytes: environment.MAX_UPLOAD_BYTES, grantSeconds: environment.UPLOAD_GRANT_SECONDS, postUrl: environment.UPLOAD_POST_URL },
    reminders: { catchUpDays: environment.REMINDER_CATCH_UP_DAYS },
    downloadLinkSeconds: environment.DOWNLOAD_LINK_SECONDS,
    now: () => new Date(),
  },
  ADMIN_ROUTES,
);

export const handler = middy(async (event: APIGatewayProxyEventV2, context: Context) => router.resolve(event, context)).use(
  injectLambdaContext(logger),
);
