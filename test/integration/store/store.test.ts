import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designateContact, getContact, proposeContact, setContactStatus } from '../../../shared/store/contactPoints.js';
import { currentMatrix, recordMatrixEntry } from '../../../shared/store/matrixEntries.js';
import { getStateProfile, listStatesByReportingStatus, recordStateSubmission } from '../../../shared/store/stateProfiles.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { claimContent } from '../../../shared/store/submissions.js';
import { queryAll } from '../../../shared/store/table.js';
import { MatrixEntry } from '../../../shared/store/items.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await createTestPortal();
  await seedStateProfiles(portal.store);
});
afterAll(() => portal.dispose());

describe('member states', () => {
  it('are seeded once: seeding again creates nothing and keeps what changed', async () => {
    await recordStateSubmission(portal.store, 'NOR', { id: 's1', receivedAt: '2026-01-02T00:00:00.000Z', isNationalReport: true });
    const again = await seedStateProfiles(portal.store);
    expect(again.created).toBe(0);
    expect((await getStateProfile(portal.store, 'NOR'))?.reportingStatus).toBe('reported');
    const all = await Promise.all([
      listStatesByReportingStatus(portal.store, 'not_reported'),
      listStatesByReportingStatus(portal.store, 'reported'),
    ]);
    expect(all.flat()).toHaveLength(193);
  });

  it('keep the latest submission even when an older event arrives late', async () => {
    await recordStateSubmission(portal.store, 'PER', { id: 'new', receivedAt: '2026-05-01T00:00:00.000Z', isNationalReport: false });
    await recordStateSubmission(portal.store, 'PER', { id: 'old', receivedAt: '2026-04-01T00:00:00.000Z', isNationalReport: false });
    const profile = await getStateProfile(portal.store, 'PER');
    expect(profile).toMatchObject({ lastSubmissionId: 'new', reportingStatus: 'not_reported' });
  });
});

describe('matrix entries', () => {
  const entry = (id: string, receivedAt: string, coverage: 'measure' | 'gap'): MatrixEntry =>
    ({
      state: 'KEN', element: 'op3c.border_control', weapon: 'all', coverage, measure: coverage === 'measure' ? 'yes' : undefined,
      legalReferences: [], evidence: [{ text: `from ${id}` }], sourceSubmissionId: id, sourceReceivedAt: receivedAt,
    });

  it('take the newest submission as the current value and keep every submission in the history', async () => {
    await recordMatrixEntry(portal.store, entry('b', '2026-03-01T00:00:00.000Z', 'measure'));
    await recordMatrixEntry(portal.store, entry('a', '2026-02-01T00:00:00.000Z', 'gap'));
    await recordMatrixEntry(portal.store, entry('b', '2026-03-01T00:00:00.000Z', 'measure'));
    const current = await currentMatrix(portal.store, 'KEN');
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ sourceSubmissionId: 'b', coverage: 'measure' });
    const history = await queryAll(
      portal.store,
      { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': 'STATE#KEN', ':p': 'MATRIXLOG#' } },
      MatrixEntry,
    );
    expect(history.map((h) => h.sourceSubmissionId).sort()).toEqual(['a', 'b']);
  });
});

describe('contact points', () => {
  it('stay suppressed after a bounce even when the secretariat or a later report names them again', async () => {
    const contact = { state: 'SEN', name: 'A. Diop', email: 'A.Diop@mfa.example.gov', language: 'fr', source: 'manual', at: '2026-01-01T00:00:00.000Z' } as const;
    await designateContact(portal.store, contact);
    await setContactStatus(portal.store, 'SEN', 'a.diop@mfa.example.gov', 'bounced', '2026-01-02T00:00:00.000Z', 'ses');
    await designateContact(portal.store, { ...contact, name: 'Aminata Diop', language: 'en', at: '2026-02-01T00:00:00.000Z' });
    await proposeContact(portal.store, { ...contact, name: 'Mme Diop', source: 's2', at: '2026-03-01T00:00:00.000Z' });
    expect(await getContact(portal.store, 'SEN', 'a.diop@MFA.example.gov')).toMatchObject({
      name: 'Aminata Diop', status: 'bounced', language: 'fr', email: 'a.diop@mfa.example.gov', source: 'manual',
    });
  });

  it('found in a document are proposed, refreshed by a later document, and active once the secretariat designates them', async () => {
    const found = { state: 'GHA', name: 'K. Owusu', email: 'k.owusu@mfa.example.gov', language: 'en', source: 's1', at: '2026-01-01T00:00:00.000Z' } as const;
    await proposeContact(portal.store, found);
    expect(await getContact(portal.store, 'GHA', found.email)).toMatchObject({ status: 'proposed', source: 's1' });
    await proposeContact(portal.store, { ...found, name: 'Kwabena Owusu', source: 's2' });
    expect(await getContact(portal.store, 'GHA', found.email)).toMatchObject({ status: 'proposed', name: 'Kwabena Owusu', source: 's2' });

    await designateContact(portal.store, { ...found, name: 'Kwabena Owusu', source: 'manual' });
    await proposeContact(portal.store, { ...found, name: 'Owusu', source: 's3' });

    // A later report never downgrades (nor renames) a contact a person designated.
    expect(await getContact(portal.store, 'GHA', found.email)).toMatchObject({ status: 'active', name: 'Kwabena Owusu', source: 'manual' });
  });
});

describe('content claims', () => {
  it('give the same bytes to the first submission that claimed them', async () => {
    expect(await claimContent(portal.store, 'ARG', 'f'.repeat(64), 'first')).toBe('first');
    expect(await claimContent(portal.store, 'ARG', 'f'.repeat(64), 'first')).toBe('first');
    expect(await claimContent(portal.store, 'ARG', 'f'.repeat(64), 'second')).toBe('first');
    expect(await claimContent(portal.store, 'CHL', 'f'.repeat(64), 'third')).toBe('third');
  });
});
