/**
 * The admin API end to end: real HTTP requests to the local server (API Gateway and its JWT
 * authorizer), the real admin handler, the DynamoDB and S3 stand-ins.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { generateKeyPair, SignJWT } from 'jose';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordAssistance } from '../../../shared/store/assistance.js';
import { designateContact } from '../../../shared/store/contactPoints.js';
import { PROFILE_SORT_KEY, stateKey } from '../../../shared/store/keys.js';
import { recordDeadline } from '../../../shared/store/deadlines.js';
import type { Submission } from '../../../shared/store/items.js';
import { recordSubmission } from '../../../shared/store/submissions.js';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../../infra/local/localAuth.js';
import { seedReport, startAdminHarness, type AdminHarness } from './adminHarness.js';

let h: AdminHarness;
let fraReport: Submission;
let deuReport: Submission;
let fraToken: string;
let deuToken: string;

beforeAll(async () => {
  h = await startAdminHarness();
  fraToken = h.api.tokens['state-FRA'] ?? '';
  deuToken = await h.tokenFor(['state-DEU']);
  fraReport = await seedReport(h.portal, 'FRA', {
    receivedAt: '2026-03-01T10:00:00.000Z',
    cells: [
      { element: 'op2.nuclear', coverage: 'measure', evidence: '=HYPERLINK("http://evil.example","click")' },
      { element: 'op3c.border_control', coverage: 'gap', evidence: '-1+1\nsecond line' },
    ],
  });
  deuReport = await seedReport(h.portal, 'DEU', {
    receivedAt: '2026-03-02T10:00:00.000Z',
    cells: [{ element: 'op2.nuclear', coverage: 'measure', evidence: 'Atomgesetz § 19a' }],
  });
  await designateContact(h.portal.store, {
    state: 'FRA', name: 'J. Martin', email: 'j.martin@diplomatie.example.gouv', language: 'fr', source: fraReport.id, at: '2026-03-01T10:00:00.000Z',
  });
  await recordAssistance(h.portal.store, { state: 'KEN', kind: 'request', element: 'op3c.border_control', sourceSubmissionId: 'k1', recordedAt: '2026-01-01T00:00:00.000Z' });
  await recordAssistance(h.portal.store, { state: 'NOR', kind: 'offer', element: 'op3c.border_control', sourceSubmissionId: 'n1', recordedAt: '2026-01-01T00:00:00.000Z' });
  await recordDeadline(h.portal.store, {
    id: 'first-report', title: 'First national report', dueDate: '2004-10-28', precision: 'day', recurrence: null,
    status: 'active', source: 'seed', createdAt: '2026-01-01T00:00:00.000Z',
    appliesTo: { kind: 'rule', rule: 'no_national_report' }, satisfiedBy: { kind: 'submission', reportTypes: ['national_report'] },
  });
});
afterAll(() => h.dispose());

const json = async (response: Response) => (await response.json()) as Record<string, any>;

describe('authentication', () => {
  it('refuses a request without a token with 401, before the handler runs', async () => {
    const response = await h.call('/states?status=reported', { token: null });
    expect(response.status).toBe(401);
  });

  it('refuses a token signed by another key, even with the right issuer and groups', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ 'cognito:groups': ['secretariat'], client_id: LOCAL_CLIENT_ID })
      .setProtectedHeader({ alg: 'RS256', kid: (h.api.issuer.jwks.keys[0]?.kid as string) ?? 'k' })
      .setIssuer(LOCAL_ISSUER).setSubject('mallory').setIssuedAt().setExpirationTime('1h')
      .sign(privateKey);
    expect((await h.call('/states?status=reported', { token: forged })).status).toBe(401);
  });

  it('refuses an expired token and one that is not a JWT', async () => {
    const expired = await h.api.issuer.issue({ subject: 'old', groups: ['secretariat'], ttlSeconds: -60 });
    expect((await h.call('/openapi.json', { token: expired })).status).toBe(401);
    expect((await h.call('/openapi.json', { token: 'not-a-token' })).status).toBe(401);
  });

  it('answers 401 from the handler itself when an event carries no verified claims (the Lambda entry, built from its environment)', async () => {
    vi.stubEnv('TABLE_NAME', h.portal.tableName);
    vi.stubEnv('BUCKET_NAME', h.portal.bucketName);
    const { handler } = await import('../../../functions/admin/lambda.js');
    vi.unstubAllEnvs();
    const result = (await handler(
      { version: '2.0', routeKey: '$default', rawPath: '/states', rawQueryString: 'status=reported', headers: {}, isBase64Encoded: false,
        requestContext: { http: { method: 'GET', path: '/states', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: '' }, stage: '$default', requestId: 'r', routeKey: '$default', accountId: '0', apiId: 'a', domainName: 'd', domainPrefix: 'd', time: '', timeEpoch: 0 } } as never,
      { functionName: 'admin', awsRequestId: 'r' } as never,
    )) as { statusCode: number };
    expect(result.statusCode).toBe(401);
  });
});

describe('a state token', () => {
  it('cannot read the list of states nor another state\'s file', async () => {
    expect((await h.call('/states?status=reported', { token: fraToken })).status).toBe(403);
    expect((await h.call('/states/DEU', { token: fraToken })).status).toBe(403);
    expect((await h.call('/matrix/coverage', { token: fraToken })).status).toBe(403);
  });

  it('reads its own submissions, and not another state\'s', async () => {
    const own = await h.call('/states/FRA/submissions', { token: fraToken });
    expect(own.status).toBe(200);
    expect((await json(own)).items.map((s: Submission) => s.id)).toEqual([fraReport.id]);
    expect((await h.call('/states/DEU/submissions', { token: fraToken })).status).toBe(403);
    expect((await h.call(`/submissions/${fraReport.id}`, { token: fraToken })).status).toBe(200);
    expect((await h.call(`/submissions/${deuReport.id}`, { token: fraToken })).status).toBe(404);
  });

  it("reads its own state's file (the web portal's pages), with its matrix and its submissions", async () => {
    const own = await h.call('/states/FRA', { token: fraToken });
    expect(own.status).toBe(200);
    const file = await json(own);
    expect(file.profile.iso3).toBe('FRA');
    expect(file.submissions.items.map((s: Submission) => s.id)).toEqual([fraReport.id]);
  });

  it("gives or withdraws consent to publish its own submissions, and cannot touch another state's", async () => {
    const own = await h.call(`/submissions/${fraReport.id}/visibility`, { token: fraToken, method: 'PUT', body: { visibility: 'public' } });
    expect(own.status).toBe(200);
    expect((await h.call(`/submissions/${fraReport.id}/visibility`, { token: fraToken, method: 'PUT', body: { visibility: 'committee' } })).status).toBe(200);
    expect((await h.call(`/submissions/${deuReport.id}/visibility`, { token: fraToken, method: 'PUT', body: { visibility: 'public' } })).status).toBe(404);
  });

  it('cannot get an upload grant for another state', async () => {
    const response = await h.call('/uploads', { token: fraToken, method: 'POST', body: { state: 'DEU', fileName: 'report.pdf' } });
    expect(response.status).toBe(403);
  });
});

describe('GET /states', () => {
  it('lists states by status, each with its last submission and open deadlines', async () => {
    const reported = await json(await h.call('/states?status=reported'));
    expect(reported.items.map((s: { iso3: string }) => s.iso3)).toEqual(['DEU', 'FRA']);
    expect(reported.items[1]).toMatchObject({ iso3: 'FRA', lastSubmission: { id: fraReport.id }, openDeadlines: [] });
    const overdue = await json(await h.call('/states?status=overdue&limit=5'));
    expect(overdue.items).toHaveLength(5);
    expect(overdue.items[0].openDeadlines).toEqual([{ id: 'first-report', title: 'First national report', dueDate: '2004-10-28', overdue: true }]);
  });

  it('pages with an opaque cursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await json(await h.call(`/states?status=not-reported&limit=60${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.items.map((s: { iso3: string }) => s.iso3));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(191);
    expect(new Set(seen).size).toBe(191);
  });

  it('answers 422 naming the field for a bad status, limit or cursor', async () => {
    const bad = await h.call('/states?status=late&limit=0');
    expect(bad.status).toBe(422);
    const body = await json(bad);
    expect(body.message).toContain('query.status');
    expect(body.message).toContain('query.limit');
    const cursor = await json(await h.call('/states?status=reported&cursor=bm90LWEtY3Vyc29y!'));
    expect(cursor).toMatchObject({ statusCode: 422, message: expect.stringContaining('query.cursor') });
  });
});

describe('GET /states/{iso3}', () => {
  it('returns the profile, contacts, submissions and current matrix with evidence and source', async () => {
    const file = await json(await h.call('/states/fra'));
    expect(file.profile).toMatchObject({ iso3: 'FRA', reportingStatus: 'reported' });
    expect(file.contacts).toHaveLength(1);
    expect(file.submissions.items[0]).toMatchObject({ id: fraReport.id, reportType: 'national_report' });
    expect(file.matrix).toHaveLength(2);
    expect(file.matrix[0]).toMatchObject({ sourceSubmissionId: fraReport.id, evidence: [expect.objectContaining({ page: 2 })] });
  });

  it('answers 422 for a code that is not a member state, 404 never leaks', async () => {
    const response = await h.call('/states/XXX');
    expect(response.status).toBe(422);
    expect((await json(response)).message).toContain('path.iso3');
  });
});

describe('GET /submissions/{id}', () => {
  it('returns the extraction and a short-lived link that downloads the original', async () => {
    const body = await json(await h.call(`/submissions/${fraReport.id}`));
    expect(body.submission).toMatchObject({ id: fraReport.id, extraction: { reportType: 'national_report' } });
    expect(body.download.url).toContain('X-Amz-Expires=300');
    expect(await (await fetch(body.download.url)).text()).toBe('National report of FRA');
  });

  it('answers 404 for an unknown id', async () => {
    expect((await h.call('/submissions/nope')).status).toBe(404);
  });
});

describe('GET /matrix/coverage', () => {
  it('counts per element the states with a measure, a gap only, and nothing', async () => {
    const body = await json(await h.call('/matrix/coverage'));
    expect(body.states).toBe(193);
    const byElement = Object.fromEntries(body.elements.map((e: { element: string }) => [e.element, e]));
    expect(byElement['op2.nuclear']).toMatchObject({ measure: 2, gap: 0, nothing: 191 });
    expect(byElement['op3c.border_control']).toMatchObject({ measure: 0, gap: 1, nothing: 192 });
  });
});

describe('contacts', () => {
  const path = `/states/FRA/contacts/${encodeURIComponent('a.dupont@diplomatie.example.gouv')}`;

  it('adds, changes the language of, and removes a contact point', async () => {
    const added = await h.call('/states/FRA/contacts', {
      method: 'POST', body: { name: 'A. Dupont', email: 'A.Dupont@diplomatie.example.gouv', language: 'fr', role: 'Desk officer' },
    });
    expect(added.status).toBe(201);
    expect(await json(added)).toMatchObject({ email: 'a.dupont@diplomatie.example.gouv', source: 'manual', status: 'active' });
    const changed = await h.call(path, { method: 'PATCH', body: { language: 'en' } });
    expect(await json(changed)).toMatchObject({ language: 'en' });
    // Removed, not deleted: kept so that no later report proposes it again.
    const removed = await h.call(path, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(await json(removed)).toMatchObject({ status: 'removed' });
    const listed = await json(await h.call('/states/FRA/contacts'));
    expect(listed.items).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'a.dupont@diplomatie.example.gouv', status: 'removed' })]));
    const absent = `/states/FRA/contacts/${encodeURIComponent('nobody@diplomatie.example.gouv')}`;
    expect((await h.call(absent, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers 422 naming the body field for a bad address or language', async () => {
    const response = await h.call('/states/FRA/contacts', { method: 'POST', body: { name: 'X', email: 'not-an-address', language: 'de' } });
    expect(response.status).toBe(422);
    const message = (await json(response)).message as string;
    expect(message).toContain('body.email');
    expect(message).toContain('body.language');
  });
});

describe('GET /assistance', () => {
  it('lists requests and offers per element with suggested matches', async () => {
    const body = await json(await h.call('/assistance'));
    expect(body.elements).toEqual([
      expect.objectContaining({ element: 'op3c.border_control', suggestedMatches: [{ requestingState: 'KEN', offeredBy: 'NOR' }] }),
    ]);
    expect((await h.call('/assistance?element=op9')).status).toBe(422);
  });
});

describe('GET /quarantine and GET /committee/documents', () => {
  const refused = (id: string, state: string | null, receivedAt: string, objectKey: string): Submission => ({
    id, state, receivedAt, objectKey, fileName: objectKey.split('/').pop() ?? '', size: 10, visibility: 'committee',
    status: 'rejected', rejection: { code: state ? 'encrypted' : 'bad_location', message: 'why' }, quarantineKey: `quarantine/${objectKey}`,
  });

  it('lists refused uploads of every state and outside any state, newest first, for the secretariat only', async () => {
    await recordSubmission(h.portal.store, refused('q1', 'PER', '2026-03-01T00:00:00.000Z', 'incoming/PER/u1/a.pdf'));
    await recordSubmission(h.portal.store, refused('q2', null, '2026-03-02T00:00:00.000Z', 'incoming/XYZ/u2/b.pdf'));
    await recordSubmission(h.portal.store, refused('q3', 'SEN', '2026-03-03T00:00:00.000Z', 'incoming/SEN/u3/c.pdf'));
    const first = await json(await h.call('/quarantine?limit=2'));
    expect((first.items as Array<{ id: string }>).map((i) => i.id)).toEqual(['q3', 'q2']);
    expect(first.items[1]).toMatchObject({ state: null, quarantineKey: 'quarantine/incoming/XYZ/u2/b.pdf', rejection: { code: 'bad_location' } });
    const rest = await json(await h.call(`/quarantine?limit=2&cursor=${encodeURIComponent(first.cursor as string)}`));
    expect((rest.items as Array<{ id: string }>).map((i) => i.id)).toContain('q1');
    expect((await h.call('/quarantine', { token: fraToken })).status).toBe(403);
  });

  it('lists Committee documents', async () => {
    await recordSubmission(h.portal.store, {
      id: 'c1', state: null, declaredReportType: 'committee_document', receivedAt: '2026-02-01T00:00:00.000Z',
      objectKey: 'committee/u9/programme.pdf', fileName: 'programme.pdf', size: 100, visibility: 'committee', status: 'accepted',
    });
    const body = await json(await h.call('/committee/documents'));
    expect(body.items).toEqual([expect.objectContaining({ id: 'c1', fileName: 'programme.pdf', reportType: 'committee_document' })]);
    expect((await h.call('/committee/documents', { token: fraToken })).status).toBe(403);
  });
});

describe('POST /assistance/offers', () => {
  it("records an organization's offer once, named by the organization's id, and suggests it for every state requesting that element", async () => {
    const offer = { organization: 'IAEA', elements: ['op3c.border_control', 'op3b.physical_protection'], description: 'Radiation detection training' };
    const first = await h.call('/assistance/offers', { method: 'POST', body: offer });
    expect(first.status).toBe(201);
    expect((await json(first)).offers).toHaveLength(2);
    expect((await h.call('/assistance/offers', { method: 'POST', body: { ...offer, organization: 'iaea' } })).status).toBe(201);
    // A name is not an id: the offer names no organization the portal knows.
    const named = await h.call('/assistance/offers', { method: 'POST', body: { ...offer, organization: 'International Atomic Energy Agency' } });
    expect(named.status).toBeGreaterThanOrEqual(400);
    const body = await json(await h.call('/assistance?element=op3c.border_control'));
    const [element] = body.elements as Array<{ offers: unknown[]; suggestedMatches: unknown[] }>;
    expect(element?.offers).toHaveLength(2);
    expect(element?.suggestedMatches).toEqual(
      expect.arrayContaining([
        { requestingState: 'KEN', offeredBy: 'NOR' },
        { requestingState: 'KEN', offeredBy: 'IAEA' },
      ]),
    );
  });

  it('needs exactly one provider and known elements, and the secretariat', async () => {
    const both = await h.call('/assistance/offers', { method: 'POST', body: { state: 'NOR', organization: 'OPCW', elements: ['op1'] } });
    expect(both.status).toBe(422);
    expect((await json(both)).message).toContain('body.state');
    expect((await h.call('/assistance/offers', { method: 'POST', body: { state: 'NOR', elements: ['op9'] } })).status).toBe(422);
    expect((await h.call('/assistance/offers', { method: 'POST', body: { state: 'NOR', elements: [] } })).status).toBe(422);
    expect((await h.call('/assistance/offers', { method: 'POST', token: await h.tokenFor(['state-KEN']), body: { state: 'KEN', elements: ['op1'] } })).status).toBe(403);
  });
});

describe('GET /export/matrix.csv', () => {
  const rows = async (query = '') => {
    const response = await h.call(`/export/matrix.csv${query}`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    return Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
  };

  it('publishes only consenting states, and evidence only from public submissions', async () => {
    expect(await rows()).toEqual([]);
    expect((await h.call('/states/FRA/publication', { method: 'PUT', body: { matrixVisibility: 'public' } })).status).toBe(200);
    const withoutEvidence = await rows();
    expect(withoutEvidence.map((r) => r.state)).toEqual(['FRA', 'FRA']);
    expect(withoutEvidence.every((r) => r.evidence === '' && r.source_submission === '')).toBe(true);
    await h.call(`/submissions/${fraReport.id}/visibility`, { method: 'PUT', body: { visibility: 'public' } });
    expect((await rows()).every((r) => r.evidence !== '')).toBe(true);
  });

  it('neutralises cells that begin with = + - @ (also over several lines) in the committee export', async () => {
    const all = await rows('?scope=committee');
    expect(all.map((r) => r.state)).toEqual(['DEU', 'FRA', 'FRA']);
    const evidence = all.filter((r) => r.state === 'FRA').map((r) => r.evidence);
    expect(evidence).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(evidence).toContain(`'-1+1\nsecond line`);
    expect(all.find((r) => r.state === 'DEU')?.evidence).toBe('Atomgesetz § 19a');
  });
});

describe('GET /openapi.json', () => {
  it('describes every route with its parameters and bodies, from the zod schemas', async () => {
    const doc = await json(await h.call('/openapi.json', { token: fraToken }));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/states', '/states/{iso3}', '/submissions/{id}', '/matrix/coverage', '/export/matrix.csv', '/uploads', '/assistance']));
    expect(doc.paths['/states'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'status', in: 'query', required: true, schema: expect.objectContaining({ enum: ['not-reported', 'overdue', 'reported'] }) })]),
    );
    expect(doc.paths['/states/{iso3}/contacts'].post.requestBody.content['application/json'].schema.required).toEqual(['name', 'email', 'language']);
  });

  it('documents the error answers each route can give, derived from its declaration', async () => {
    const doc = await json(await h.call('/openapi.json', { token: fraToken }));
    const codes = (path: string, method: string) => Object.keys(doc.paths[path][method].responses).sort();
    // A path parameter: the record may not exist.
    expect(codes('/states/{iso3}', 'get')).toEqual(['200', '401', '403', '404', '422']);
    expect(codes('/states/overview', 'get')).toEqual(['200', '401', '403']);
    // A limited route: 429 with the Retry-After header the router sets.
    const limited = Object.values(doc.paths as Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>)
      .flatMap((methods) => Object.values(methods))
      .filter((operation) => operation.responses['429']);
    expect(limited.length).toBeGreaterThan(0);
    for (const operation of limited) expect(operation.responses['429']!.headers).toHaveProperty('Retry-After');
  });
});

describe('records that are not there', () => {
  it('answers 404 with the error body, never 500, when a state has no profile', async () => {
    // Last in the file: the other tests count the seeded profiles.
    await h.portal.store.db.send(new DeleteCommand({ TableName: h.portal.store.tableName, Key: { PK: stateKey('TUV'), SK: PROFILE_SORT_KEY } }));
    const missing = { statusCode: 404, error: 'NotFoundError', message: 'State TUV was not found.' };
    const publication = await h.call('/states/TUV/publication', { method: 'PUT', body: { matrixVisibility: 'public' } });
    expect({ status: publication.status, body: await json(publication) }).toEqual({ status: 404, body: missing });
    expect(await json(await h.call('/states/TUV'))).toEqual(missing);
  });

  it('answers 404 naming the contact when its language is changed after its removal', async () => {
    const response = await h.call(`/states/FRA/contacts/${encodeURIComponent('nobody@diplomatie.example.gouv')}`, { method: 'PATCH', body: { language: 'en' } });
    expect(await json(response)).toEqual({ statusCode: 404, error: 'NotFoundError', message: 'This contact of FRA was not found.' });
  });

  it('answers 422 naming the cursor for one this API did not return, before reading', async () => {
    const response = await h.call('/quarantine?cursor=bm90LWEtY3Vyc29y!');
    expect(await json(response)).toEqual({
      statusCode: 422,
      error: 'RequestValidationError',
      message: 'query.cursor: The cursor is not one this API returned; start again without it.',
      details: { issues: [{ path: 'query.cursor', message: 'The cursor is not one this API returned; start again without it.' }] },
    });
  });
});
