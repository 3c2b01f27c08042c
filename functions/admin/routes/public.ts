/**
 * The public pages' API, no sign-in: what states chose to publish (the programme of work asks the
 * Committee to publish its updated information). Every answer is built from the publication
 * indexes only (`shared/store/publication.ts`): the matrices of states that consented, the
 * submissions each consented to publish. What is not published is not read, and an unpublished
 * item asked for by its id is answered exactly like one that does not exist.
 *
 * Text from documents (evidence, file names) may name a contact point: e-mail addresses in it
 * are withheld here, whoever they belong to.
 */
import * as z from 'zod';
import { NotFoundError } from '#shared/errors.js';
import { IsoDate, Language, MatrixElement, Measure, ReportType, UnLanguage, Weapon } from '#shared/extraction/contract.js';
import { commonNames } from '#shared/reference/commonNames.js';
import { Coverage } from '#shared/store/items.js';
import { publicMatrixStates, publicSubmissions, publishedMatrix } from '#shared/store/publication.js';
import { getSubmission } from '#shared/store/submissions.js';
import { definePublicRoute } from '../route.js';
import { Iso3Param } from '../schemas.js';
import { DownloadLink, downloadLink, SubmissionPath } from './submissions.js';

/** Anything shaped like an e-mail address (local part, @, a dotted domain). */
const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]*[A-Za-z]{2,}/g;
export const ADDRESS_WITHHELD = '[address withheld]';

/** The text with every e-mail address in it replaced by `[address withheld]`. */
export function withoutAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, ADDRESS_WITHHELD);
}

const StateNames = z.record(UnLanguage, z.string()).meta({ description: "The state's name in the six UN languages" });

const PublishingState = z
  .object({
    iso3: z.string(),
    names: StateNames,
    matrixPublished: z.boolean().meta({ description: 'The state consented to publish its matrix' }),
    publicReports: z.number().int().nonnegative().meta({ description: 'Submissions the state consented to publish' }),
  })
  .meta({ id: 'PublishingState' });

export const publicStates = definePublicRoute({
  method: 'GET',
  path: '/public/states',
  summary: 'The states that published something (their matrix, or at least one report), with their names in the six languages',
  limit: { perMinute: 120 },
  request: {},
  response: { status: 200, body: z.object({ items: z.array(PublishingState) }), description: 'The states, by ISO3 code' },
  run: async ({ deps }) => {
    const [matrixStates, reports] = await Promise.all([publicMatrixStates(deps.store), publicSubmissions(deps.store)]);
    const reportCount = new Map<string, number>();
    for (const report of reports) if (report.state) reportCount.set(report.state, (reportCount.get(report.state) ?? 0) + 1);
    const published = new Set(matrixStates);
    const states = [...new Set([...matrixStates, ...reportCount.keys()])].sort();
    return {
      items: states.map((iso3) => ({ iso3, names: commonNames(iso3), matrixPublished: published.has(iso3), publicReports: reportCount.get(iso3) ?? 0 })),
    };
  },
});

const PublicMatrixEntry = z
  .object({
    state: z.string(),
    element: MatrixElement,
    weapon: Weapon,
    coverage: Coverage.meta({ description: '`measure`: a national measure; `gap`: none yet, or only planned' }),
    measure: Measure.nullable(),
    legalReferences: z.array(z.string()),
    evidence: z
      .array(z.object({ text: z.string(), page: z.number().int().positive().nullable() }))
      .meta({ description: 'Quoted from the source report, only when that report is published too (addresses withheld)' }),
    sourceSubmissionId: z.string().nullable().meta({ description: 'The published report the entry comes from; null when that report is not published' }),
    reportReceivedOn: IsoDate.meta({ description: 'When the report the entry comes from was received' }),
    confirmedOn: IsoDate.nullable().meta({ description: 'When the Committee confirmed the entry' }),
  })
  .meta({ id: 'PublicMatrixEntry' });

export const publicMatrix = definePublicRoute({
  method: 'GET',
  path: '/public/matrix',
  summary: 'The published matrices (confirmed entries of the states that consented), searchable by state and by matrix element',
  limit: { perMinute: 60 },
  request: { query: z.object({ state: Iso3Param.optional(), element: MatrixElement.optional() }) },
  response: { status: 200, body: z.object({ items: z.array(PublicMatrixEntry) }), description: 'The entries, by state, element and weapon' },
  run: async ({ deps, query }) => {
    const entries = await publishedMatrix(deps.store, query);
    entries.sort((a, b) => a.state.localeCompare(b.state) || a.element.localeCompare(b.element) || a.weapon.localeCompare(b.weapon));
    return {
      items: entries.map((e) => ({
        state: e.state,
        element: e.element,
        weapon: e.weapon,
        coverage: e.coverage,
        measure: e.measure ?? null,
        legalReferences: e.legalReferences.map(withoutAddresses),
        evidence: e.evidencePublic ? e.evidence.map((x) => ({ text: withoutAddresses(x.text), page: x.page ?? null })) : [],
        sourceSubmissionId: e.evidencePublic ? e.sourceSubmissionId : null,
        reportReceivedOn: e.sourceReceivedAt.slice(0, 10),
        confirmedOn: e.confirmedAt?.slice(0, 10) ?? null,
      })),
    };
  },
});

const PublicReport = z
  .object({
    id: z.string(),
    state: z.string(),
    reportType: ReportType.nullable(),
    date: IsoDate.meta({ description: "The document's own date, or the day it was received when it gives none" }),
    receivedOn: IsoDate,
    language: Language.nullable(),
    title: z.string().meta({ description: "The file's name as the state uploaded it (addresses withheld): extraction reads no title yet" }),
  })
  .meta({ id: 'PublicReport' });

export const publicReports = definePublicRoute({
  method: 'GET',
  path: '/public/reports',
  summary: "The reports states consented to publish (all, or one state's), newest first",
  limit: { perMinute: 120 },
  request: { query: z.object({ state: Iso3Param.optional() }) },
  response: { status: 200, body: z.object({ items: z.array(PublicReport) }), description: 'The published reports' },
  run: async ({ deps, query }) => {
    const reports = await publicSubmissions(deps.store, query.state);
    reports.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    return {
      items: reports.map((s) => ({
        id: s.id,
        state: s.state ?? '',
        reportType: s.extraction?.reportType ?? s.declaredReportType ?? null,
        date: s.extraction?.documentDate ?? s.receivedAt.slice(0, 10),
        receivedOn: s.receivedAt.slice(0, 10),
        language: s.extraction?.language ?? null,
        title: withoutAddresses(s.fileName),
      })),
    };
  },
});

export const publicReportDownload = definePublicRoute({
  method: 'GET',
  path: '/public/reports/{id}/download',
  summary: 'A short-lived link to a published report\'s file (404 for any submission not published)',
  // Each link lets its holder read a whole file from the bucket.
  limit: { perMinute: 30 },
  request: { path: SubmissionPath },
  response: { status: 200, body: DownloadLink, description: 'The link' },
  run: async ({ deps, path }) => {
    const submission = await getSubmission(deps.store, path.id);
    const published = submission?.visibility === 'public' && submission.status === 'accepted' && submission.state !== null && !submission.quarantineKey;
    if (!submission || !published) throw new NotFoundError(`Report ${path.id}`);
    return downloadLink(deps, submission);
  },
});

export const publicRoutes = [publicStates, publicMatrix, publicReports, publicReportDownload];
