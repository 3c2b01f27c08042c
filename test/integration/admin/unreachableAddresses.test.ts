/**
 * `GET /reminders/unreachable`: the contact points that SES feedback suppressed (a permanent bounce
 * or a complaint), every state's and organization's, the latest first, one page at a time, for the
 * secretariat only. The feedback goes through the same function the SNS handler calls.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFeedback, type SesFeedback } from '../../../functions/feedback/recordFeedback.js';
import { designateContact, getContact, indexContactStatus, removeContact } from '../../../shared/store/contactPoints.js';
import { contactSortKey, stateKey } from '../../../shared/store/keys.js';
import { startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
const designatedAt = '2026-01-01T00:00:00.000Z';
const designate = (owner: { state: string } | { organization: string }, email: string) =>
  designateContact(h.portal.store, { ...owner, name: `POC ${email}`, email, language: 'en', source: 'manual', at: designatedAt });
const bounce = (email: string, bounceType = 'Permanent'): SesFeedback => ({
  notificationType: 'Bounce', bounce: { bounceType, bouncedRecipients: [{ emailAddress: email }] }, mail: { messageId: `m-${email}` },
});
const complaint = (email: string): SesFeedback => ({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: email }] }, mail: { messageId: `c-${email}` } });

interface Unreachable {
  items: Array<{ state?: string; organization?: string; email: string; status: string; updatedAt: string }>;
  cursor?: string;
}
const unreachable = async (query = '') => {
  const response = await h.call(`/reminders/unreachable${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Unreachable;
};

beforeAll(async () => {
  h = await startAdminHarness();
  const store = h.portal.store;
  await designate({ state: 'KEN' }, 'shared@desk.example.org');
  await designate({ organization: 'IAEA' }, 'shared@desk.example.org');
  await designate({ state: 'PER' }, 'per@mfa.example.gov');
  await designate({ state: 'JPN' }, 'jpn@mfa.example.gov');
  await designate({ state: 'FRA' }, 'fra@mfa.example.gov');
  await designate({ state: 'CHL' }, 'chl@mfa.example.gov');
  await recordFeedback(store, bounce('Shared@Desk.example.org'), '2026-02-01T08:00:00.000Z');
  await recordFeedback(store, complaint('jpn@mfa.example.gov'), '2026-02-03T08:00:00.000Z');
  await recordFeedback(store, bounce('per@mfa.example.gov'), '2026-02-02T08:00:00.000Z');
  // A transient bounce suppresses nothing; a bounced address a person then removed is no longer listed.
  await recordFeedback(store, bounce('fra@mfa.example.gov', 'Transient'), '2026-02-04T08:00:00.000Z');
  await recordFeedback(store, bounce('chl@mfa.example.gov'), '2026-02-05T08:00:00.000Z');
  await removeContact(store, 'CHL', 'chl@mfa.example.gov', '2026-02-06T08:00:00.000Z', 'secretariat');
});
afterAll(() => h.dispose());

describe('the addresses reminders cannot reach', () => {
  it('lists every suppressed contact of states and organizations, the latest first, with when and whose', async () => {
    const { items, cursor } = await unreachable();
    expect(items.map(({ state, organization, email, status, updatedAt }) => ({ party: state ?? organization, email, status, updatedAt }))).toEqual([
      { party: 'JPN', email: 'jpn@mfa.example.gov', status: 'complained', updatedAt: '2026-02-03T08:00:00.000Z' },
      { party: 'PER', email: 'per@mfa.example.gov', status: 'bounced', updatedAt: '2026-02-02T08:00:00.000Z' },
      { party: 'KEN', email: 'shared@desk.example.org', status: 'bounced', updatedAt: '2026-02-01T08:00:00.000Z' },
      { party: 'IAEA', email: 'shared@desk.example.org', status: 'bounced', updatedAt: '2026-02-01T08:00:00.000Z' },
    ]);
    expect(cursor).toBeUndefined();
  });

  it('moves a bounced address when a complaint follows, and pages with a cursor', async () => {
    await recordFeedback(h.portal.store, complaint('per@mfa.example.gov'), '2026-02-07T08:00:00.000Z');
    const first = await unreachable('?limit=2');
    expect(first.items.map((c) => [c.state, c.status])).toEqual([['PER', 'complained'], ['JPN', 'complained']]);
    const second = await unreachable(`?limit=2&cursor=${encodeURIComponent(first.cursor!)}`);
    expect(second.items.map((c) => c.state ?? c.organization)).toEqual(['KEN', 'IAEA']);
  });

  it('backfills a suppressed contact kept from before the index', async () => {
    await h.portal.store.db.send(
      new UpdateCommand({ TableName: h.portal.tableName, Key: { PK: stateKey('JPN'), SK: contactSortKey('jpn@mfa.example.gov') }, UpdateExpression: 'REMOVE GSI2PK, GSI2SK' }),
    );
    expect((await unreachable()).items.map((c) => c.state ?? c.organization)).not.toContain('JPN');
    await indexContactStatus(h.portal.store, (await getContact(h.portal.store, 'JPN', 'jpn@mfa.example.gov'))!);
    expect((await unreachable()).items.map((c) => c.state ?? c.organization)).toEqual(['PER', 'JPN', 'KEN', 'IAEA']);
  });

  it("is the secretariat's only, and checks its query", async () => {
    expect((await h.call('/reminders/unreachable', { token: await h.tokenFor(['state-KEN']) })).status).toBe(403);
    expect((await h.call('/reminders/unreachable', { token: null })).status).toBe(401);
    expect((await h.call('/reminders/unreachable?limit=0')).status).toBe(422);
  });
});
