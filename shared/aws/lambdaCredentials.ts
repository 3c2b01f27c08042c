/**
 * What the Lambda bundles use in place of `@aws-sdk/credential-provider-node` (an esbuild alias in
 * the CDK bundling recipe, `infra/constructs/pipelineFunction.ts`): credentials from the
 * environment only.
 *
 * On Lambda the function's role credentials are always in the environment, the default chain's
 * first link; its other links (SSO, web identity through STS, profiles, process, container and
 * instance metadata) are never reached there, yet bundled they would add to every function's code,
 * compiled at each cold start (`npm run bench -- bundles` shows the sizes). Tests and the local portal run the sources, with the
 * SDK's whole chain.
 */
import { fromEnv, type FromEnvInit } from '@aws-sdk/credential-provider-env';

/** Same name and call as the default chain's: each SDK client's runtime config calls it. */
export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
