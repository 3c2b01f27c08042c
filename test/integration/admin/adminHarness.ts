/**
 * The admin API as the tests reach it: the real handler behind the local server (which plays API
 * Gateway and its JWT authorizer), on a throwaway table and bucket of the shared stand-ins, with
 * helpers to seed what the ingest step would have recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Extraction, MatrixElement, Weapon } from '../../../shared/extraction/contract.js';
import type { Coverage, Submission } from '../../../shared/store/items.js';
import { recordMatrixEntry } from '../../../shared/store/matrixEntries.js';
import { recordStateSubmission } from '../../../shared/store/stateProfiles.js';
import { seedStateProfiles } from '../../../shared/store/stateProfileSeed.js';
import { seedOrganizations } from '../../../shared/store/organizations.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import { startLocalAdminApi, type LocalAdminApi } from '../../../infra/local/localAdminApi.js';
import { createTestPortal, type TestPortal } from '../../support/testPortal.js';

export interface AdminHarness {
  portal: TestPortal;
  api: LocalAdminApi;
  /** A token of the local issuer with these groups. */
  tokenFor(groups: string[], subject?: string): Promise<string>;
  call(path: string, options?: { token?: string | null; method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  dispose(): Promise<void>;
}

export async function startAdminHarness(options: { corsOrigins?: string[] } = {}): Promise<AdminHarness> {
  const portal = await createTestPortal();
  await seedStateProfiles(portal.store);
  await seedOrganizations(portal.store);
  const home = mkdtempSync(join(tmpdir(), 'portal1540-admin-'));
  const api = await startLocalAdminApi({ home, demoState: 'FRA', clients: portal.clients, tableName: portal.tableName, bucketName: portal.bucketName, ...options });
  const secretariat = api.tokens.secretariat ?? '';
  return {
    portal,
    api,
    tokenFor: (groups, subject = `test-${groups.join('-')}`) => api.issuer.issue({ subject, groups }),
    call: (path, options = {}) => {
      const token = options.token === undefined ? secretariat : options.token;
      return fetch(`${api.url}${path}`, {
        method: options.method ?? 'GET',
        headers: {
          ...(token !== null && { authorization: `Bearer ${token}` }),
          ...(options.body !== undefined && { 'content-type': 'application/json' }),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    },
    dispose: async () => {
      await api.stop();
      await portal.dispose();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface SeededSubmission {
  submission: Submission;
}

let sequence = 0;

/** What the ingest step records for an accepted national report: envelope, profile, matrix cells. */
export async function seedReport(
  portal: TestPortal,
  state: string,
  options: {
    receivedAt: string;
    cells?: Array<{ element: MatrixElement; weapon?: Weapon; coverage: Coverage; evidence?: string }>;
    reportType?: Extraction['reportType'];
    body?: string;
  },
): Promise<Submission> {
  sequence += 1;
  const id = `sub${String(sequence).padStart(4, '0')}${state.toLowerCase()}`;
  const objectKey = `incoming/${state}/upload${String(sequence).padStart(4, '0')}/report.txt`;
  const body = options.body ?? `National report of ${state}`;
  await portal.clients.s3.send(new PutObjectCommand({ Bucket: portal.bucketName, Key: objectKey, Body: body }));
  const reportType = options.reportType ?? 'national_report';
  const submission: Submission = {
    id,
    state,
    receivedAt: options.receivedAt,
    objectKey,
    fileName: 'report.txt',
    size: Buffer.byteLength(body),
    status: 'accepted',
    format: 'txt',
    visibility: 'committee',
    extraction: {
      file: 'report.txt',
      sha256: '0'.repeat(64),
      format: 'txt',
      state,
      language: 'en',
      reportType,
      documentDate: options.receivedAt.slice(0, 10),
      treaties: [],
      matrix: [],
      gaps: [],
      contacts: [],
      assistanceRequested: [],
      deadlines: [],
      warnings: [],
    },
  };
  await recordSubmission(portal.store, submission);
  await recordStateSubmission(portal.store, state, { id, receivedAt: options.receivedAt, isNationalReport: reportType === 'national_report' });
  for (const cell of options.cells ?? []) {
    await recordMatrixEntry(portal.store, {
      state,
      element: cell.element,
      weapon: cell.weapon ?? 'all',
      coverage: cell.coverage,
      measure: cell.coverage === 'measure' ? 'yes' : undefined,
      legalReferences: [],
      evidence: [{ text: cell.evidence ?? `${state} says so about ${cell.element}`, page: 2 }],
      sourceSubmissionId: id,
      sourceReceivedAt: options.receivedAt,
    });
  }
  return submission;
}
