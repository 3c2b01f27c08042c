/**
 * The seeder Lambda's handler (run by the stack during deployment) seeds a deployment's reference
 * data: the 193 member state profiles, the organizations and the standing deadlines; again,
 * nothing; never over an edit. A store failure throws, which is what fails the deployment.
 */
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '../../../infra/local/sqsDelivery.js';
import { standingDeadlines } from '../../../shared/deadlines/standingDeadlines.js';
import { getDeadline, listDeadlines, setDeadlineStatus } from '../../../shared/store/deadlines.js';
import { listOrganizations } from '../../../shared/store/organizations.js';
import { seededOrganizations } from '../../../shared/reference/organizations.js';
import { listStatesByReportingStatus } from '../../../shared/store/stateProfiles.js';
import { seederFunction } from '../../../functions/seeder/function.js';
import { createHandler, dependenciesFrom } from '../../../functions/seeder/handler.js';
import { settingsFor } from '../../../shared/lambda/functionDescription.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

let portal: TestPortal;
let handler: (event: unknown, context: Context) => Promise<unknown>;

beforeAll(async () => {
  portal = await createTestPortal();
  handler = seederFor(portal.tableName);
});
afterAll(() => portal.dispose());

/** The seeder as its factory makes it, over the stand-in, for a table. */
const seederFor = (tableName: string) =>
  createHandler(dependenciesFrom(settingsFor(seederFunction, { TABLE_NAME: tableName }), portal.clients)) as unknown as typeof handler;

/** A new table has nothing kept from before the newer indexes (`indexBackfills.test.ts` has). */
const nothingBackfilled = { publicReports: 0, organizationContacts: 0 };

const seededDeadlines = async () => (await Promise.all(standingDeadlines().map((d) => getDeadline(portal.store, d.id)))).filter(Boolean);

describe('the seeder', () => {
  it('creates every member state, not reported, the organizations and the standing deadlines; run again, nothing', async () => {
    expect(await listStatesByReportingStatus(portal.store, 'not_reported')).toHaveLength(0);
    // The trigger's event is empty; any event does the same.
    expect(await handler({}, lambdaContext('seeder'))).toEqual({
      states: 193, organizations: seededOrganizations().length, deadlines: standingDeadlines().length, backfilled: nothingBackfilled,
    });
    expect(await listStatesByReportingStatus(portal.store, 'not_reported')).toHaveLength(193);
    expect((await listOrganizations(portal.store)).map((o) => o.id)).toEqual(expect.arrayContaining(['IAEA', 'OPCW', 'BWC-ISU', 'INTERPOL', 'WCO', 'UNODC', 'FATF']));
    expect(await seededDeadlines()).toHaveLength(standingDeadlines().length);
    expect(await handler({}, lambdaContext('seeder'))).toEqual({ states: 0, organizations: 0, deadlines: 0, backfilled: nothingBackfilled });
  });

  it("never undoes the secretariat's edits: a retired standing deadline stays retired", async () => {
    const retired = standingDeadlines()[0]!.id;
    await setDeadlineStatus(portal.store, retired, 'retired');
    expect(await handler({}, lambdaContext('seeder'))).toEqual({ states: 0, organizations: 0, deadlines: 0, backfilled: nothingBackfilled });
    expect((await getDeadline(portal.store, retired))?.status).toBe('retired');
    expect(await listDeadlines(portal.store, 'retired')).toEqual([expect.objectContaining({ id: retired })]);
  });

  it('throws when the store fails (here: no such table), so that the deployment fails', async () => {
    // A real failure from the stand-in, no mock: a seeder made for a table that does not exist gets DynamoDB's own error.
    await expect(seederFor('no-such-table')({}, lambdaContext('seeder'))).rejects.toThrow(/non-existent table|not found|ResourceNotFound/i);
  });

  it('refuses to start, naming the variable, when its Lambda environment lacks the table', async () => {
    vi.stubEnv('TABLE_NAME', '');
    vi.resetModules();
    try {
      await expect(import('../../../functions/seeder/lambda.js')).rejects.toThrow(/TABLE_NAME/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
