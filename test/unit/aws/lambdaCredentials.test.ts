import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '#shared/aws/lambdaCredentials.js';

afterEach(() => vi.unstubAllEnvs());

describe('the credentials the Lambda bundles use', () => {
  it("are the role's, from the environment Lambda sets", async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session');
    await expect(defaultProvider()()).resolves.toMatchObject({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' });
  });

  it('fail with the SDK’s message when the environment has none, rather than trying other sources', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider()()).rejects.toThrow(/environment/i);
  });
});
