/**
 * cdk-nag's AwsSolutions and Serverless packs over both stacks: any finding that is not
 * acknowledged (with its reason, next to the construct it concerns) fails the synth.
 */
import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { buildPortalApp } from './portalApp.js';

describe('cdk-nag (AwsSolutions, Serverless)', () => {
  it('finds nothing unacknowledged in either stack', () => {
    const { app } = buildPortalApp({ nag: true });
    expect(() => app.synth()).not.toThrow();
  });

  it('does fail the synth on a finding nobody acknowledged', () => {
    const { app, service } = buildPortalApp({ nag: true });
    new Bucket(service, 'CarelessBucket');
    expect(() => app.synth()).toThrow(/AwsSolutions-S1|AwsSolutions-S10/);
  });

  it('every acknowledgement names a rule of the two packs and carries a reason', () => {
    const { app } = buildPortalApp();
    const acknowledged = app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const [id, reason] of acknowledged) {
      expect(id).toMatch(/^(AwsSolutions::AwsSolutions|Serverless::Serverless)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(reason.length, id).toBeGreaterThan(20);
    }
  });
});
