/**
 * Admin handler, behind an API Gateway HTTP API with a JWT authorizer: the routes of `routes/`
 * on the Powertools HTTP router. See `authentication.ts` for how the caller is known.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { AwsClients } from '#shared/aws/clients.js';
import { once } from '#shared/aws/once.js';
import type { SettingsOf } from '#shared/lambda/functionDescription.js';
import { logger } from '#shared/lambda/powertools.js';
import type { adminFunction } from './function.js';
import type { ObjectSigner } from './objectSigner.js';
import type { AdminDependencies } from './route.js';
import { createAdminRouter } from './router.js';
import { ADMIN_ROUTES } from './routes/index.js';

export function createHandler(deps: AdminDependencies) {
  const router = createAdminRouter(deps, ADMIN_ROUTES);
  return middy(async (event: APIGatewayProxyEventV2, context: Context) => router.resolve(event, context)).use(injectLambdaContext(logger));
}

/**
 * The signer over the function's own S3 client, loaded from its own bundle by the first request
 * that signs (see `objectSigner.ts`): lists, the matrix and coverage never load it.
 */
export function lazyObjectSigner(): ObjectSigner {
  const load = once(async () => (await import('#functions/admin/objectSigner.js')).defaultObjectSigner());
  return {
    uploadForm: async (options) => (await load()).uploadForm(options),
    downloadUrl: async (...args) => (await load()).downloadUrl(...args),
  };
}

/** The admin API's dependencies from its settings (see `function.ts`), its table client and a signer. */
export function dependenciesFrom(settings: SettingsOf<typeof adminFunction>, clients: Pick<AwsClients, 'db'>, signer: ObjectSigner): AdminDependencies {
  return {
    store: { db: clients.db, tableName: settings.TABLE_NAME },
    signer,
    bucketName: settings.BUCKET_NAME,
    uploads: { maxBytes: settings.MAX_UPLOAD_BYTES, grantSeconds: settings.UPLOAD_GRANT_SECONDS, postUrl: settings.UPLOAD_POST_URL },
    reminders: { catchUpDays: settings.REMINDER_CATCH_UP_DAYS },
    downloadLinkSeconds: settings.DOWNLOAD_LINK_SECONDS,
    now: () => new Date(),
  };
}
