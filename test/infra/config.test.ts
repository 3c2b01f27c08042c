import { describe, expect, it } from 'vitest';
import { environmentVariableFor, readDeploymentConfig } from '../../infra/config.js';

const none = () => undefined;

describe('the deployment configuration', () => {
  it('has defaults that let synth run with no credentials and no settings', () => {
    const config = readDeploymentConfig(none, {});
    expect(config).toMatchObject({ account: '000000000000', region: 'us-east-1', appName: 'Portal1540', sendRatePerSecond: 1 });
    expect(config.alarmEmail).toBeUndefined();
  });

  it('takes context first, then PORTAL_* variables, then the CLI defaults for account and region', () => {
    const env = { PORTAL_SENDER_ADDRESS: 'env@un.example', PORTAL_SEND_RATE_PER_SECOND: '14', CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: 'eu-west-1' };
    const context = (key: string) => ({ senderAddress: 'context@un.example', region: 'us-east-2' })[key];
    expect(readDeploymentConfig(context, env)).toMatchObject({
      senderAddress: 'context@un.example',
      sendRatePerSecond: 14,
      account: '123456789012',
      region: 'us-east-2',
    });
  });

  it('names every bad setting, its value and where it can be set', () => {
    const context = (key: string) => ({ account: '12345', sendRatePerSecond: 'fast' })[key];
    expect(() => readDeploymentConfig(context, {})).toThrow(/account \(context -c account=… or PORTAL_ACCOUNT\) = "12345": a 12-digit AWS account id/);
    expect(() => readDeploymentConfig(context, {})).toThrow(/sendRatePerSecond .*PORTAL_SEND_RATE_PER_SECOND.* = "fast"/);
  });

  it('reads browser portal origins as a comma-separated list of bare origins', () => {
    expect(readDeploymentConfig(none, {}).portalOrigins).toEqual([]);
    const env = { PORTAL_PORTAL_ORIGINS: 'https://portal.un.example, http://localhost:5173' };
    expect(readDeploymentConfig(none, env).portalOrigins).toEqual(['https://portal.un.example', 'http://localhost:5173']);
    expect(() => readDeploymentConfig(none, { PORTAL_PORTAL_ORIGINS: 'https://portal.un.example/app' })).toThrow(/portalOrigins.*no path/);
    expect(() => readDeploymentConfig(none, { PORTAL_PORTAL_ORIGINS: 'http://portal.un.example' })).toThrow(/portalOrigins/);
  });

  it('spells environment variables after the settings', () => {
    expect(environmentVariableFor('senderAddress')).toBe('PORTAL_SENDER_ADDRESS');
  });
});
