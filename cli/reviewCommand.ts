import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { printJson, printList, printTable, UsageError, type CliIo } from './io.js';

export const REVIEW_USAGE = [
  'review [--state ISO3 | --committee] [--kind contact|matrix|deadline] [--status pending|accepted|corrected|rejected] [--cursor C] [--json]',
  'review --accept ID [ID…] [--reason TEXT]',
  'review --accept-all --submission ID [--min-confidence X] [--kind K] [--reason TEXT]',
  'review --reject ID [ID…] [--reason TEXT]',
  'review --correct ID --set field=value [--set …] [--reason TEXT]',
  'review --stats [--json]',
].join(' | ');

interface Proposal {
  id: string;
  kind: 'contact' | 'matrix' | 'deadline';
  state: string | null;
  submissionId: string;
  value: Record<string, unknown>;
  evidence: Array<{ text: string; page: number | null }>;
  confidence: number | null;
  status: string;
}
interface Decided {
  items: Proposal[];
  errors: Array<{ id: string; error: string; message: string }>;
}
interface StatisticsRow {
  kind: string;
  element: string | null;
  field: string | null;
  accepted: number;
  corrected: number;
  rejected: number;
}

/** The review queue, and the decisions on it, through the admin API. */
export async function runReviewCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      state: { type: 'string' },
      committee: { type: 'boolean' },
      kind: { type: 'string' },
      status: { type: 'string', default: 'pending' },
      cursor: { type: 'string' },
      json: { type: 'boolean' },
      accept: { type: 'boolean' },
      'accept-all': { type: 'boolean' },
      submission: { type: 'string' },
      'min-confidence': { type: 'string' },
      reject: { type: 'boolean' },
      reason: { type: 'string' },
      correct: { type: 'string' },
      set: { type: 'string', multiple: true },
      stats: { type: 'boolean' },
    },
  });
  const usage = () => new UsageError(`usage: ${REVIEW_USAGE}`);
  const acts = [values.accept, values['accept-all'], values.reject, values.correct !== undefined, values.stats].filter(Boolean).length;
  if (acts > 1) throw usage();
  const api = connectToAdminApi();
  const reason = values.reason !== undefined ? { reason: values.reason } : {};

  if (values.stats) {
    const { items } = await api.getJson<{ items: StatisticsRow[] }>('/review/stats');
    if (values.json) printList(io, items);
    else printTable(io, ['KIND', 'ELEMENT', 'FIELD', 'ACCEPTED', 'CORRECTED', 'REJECTED'], items.map((r) => [r.kind, r.element ?? '', r.field ?? '(proposal)', String(r.accepted), String(r.corrected), String(r.rejected)]));
    return 0;
  }
  if (values.accept || values.reject) {
    if (positionals.length === 0) throw usage();
    return printDecided(io, values.json, await api.postJson<Decided>('/review/decisions', { action: values.accept ? 'accept' : 'reject', ids: positionals, ...reason }));
  }
  if (values['accept-all']) {
    if (!values.submission || positionals.length > 0) throw usage();
    const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError('--min-confidence is a number from 0 to 1');
    const body = { action: 'accept', submissionId: values.submission, ...(minConfidence !== undefined && { minConfidence }), ...(values.kind && { kind: values.kind }), ...reason };
    return printDecided(io, values.json, await api.postJson<Decided>('/review/decisions', body));
  }
  if (values.correct !== undefined) {
    if (!values.set?.length || positionals.length > 0) throw usage();
    const set = Object.fromEntries(values.set.map(fieldAssignment));
    const decided = await api.postJson<Proposal>(`/review/${encodeURIComponent(values.correct)}/correct`, { set, ...reason });
    return printDecided(io, values.json, { items: [decided], errors: [] });
  }

  if (positionals.length > 0) throw usage();
  const query = new URLSearchParams({ status: values.status });
  if (values.state) query.set('state', values.state);
  if (values.committee) query.set('committee', 'true');
  if (values.kind) query.set('kind', values.kind);
  if (values.cursor) query.set('cursor', values.cursor);
  const page = await api.getJson<{ items: Proposal[]; cursor?: string }>(`/review?${query}`);
  const items = page.items.map(listed);
  if (values.json) {
    printList(io, items, page.cursor ?? null);
    return 0;
  }
  if (items.length === 0) io.stdout(`no ${values.status} proposals\n`);
  else printTable(io, ['ID', 'KIND', 'STATE', 'CONFIDENCE', 'VALUE', 'EVIDENCE'], items.map((p) => [p.id, p.kind, p.state ?? 'Committee', p.confidence === null ? '' : p.confidence.toFixed(2), summary(p), evidenceOf(p)]));
  if (page.cursor) io.stdout(`more: --cursor ${page.cursor}\n`);
  return 0;
}

/** `field=value`: the value is everything after the first `=`. */
function fieldAssignment(assignment: string): [string, string] {
  const at = assignment.indexOf('=');
  if (at <= 0) throw new UsageError(`--set ${assignment}: write --set field=value`);
  return [assignment.slice(0, at), assignment.slice(at + 1)];
}

/** An item as the command lists it: exactly these fields, in this order. */
function listed(p: Proposal): Proposal {
  return { id: p.id, kind: p.kind, state: p.state, submissionId: p.submissionId, value: p.value, evidence: p.evidence, confidence: p.confidence, status: p.status };
}

function summary(p: Proposal): string {
  const v = p.value;
  if (p.kind === 'matrix') return `${String(v.element)} ${String(v.weapon)} ${String(v.measure)}`;
  if (p.kind === 'contact') return `${String(v.name)} <${String(v.email)}>`;
  return `${String(v.date)} ${String(v.title ?? v.task)}`.slice(0, 80);
}

function evidenceOf(p: Proposal): string {
  const first = p.evidence[0];
  return first ? `${first.page === null ? '' : `p.${first.page}: `}${first.text.replace(/\s+/g, ' ').slice(0, 60)}` : '';
}

function printDecided(io: CliIo, json: boolean | undefined, decided: Decided): number {
  if (json) printJson(io, { items: decided.items.map(listed), errors: decided.errors });
  else {
    for (const p of decided.items) io.stdout(`${p.id} ${p.status}: ${p.kind} ${summary(p)}\n`);
    for (const e of decided.errors) io.stderr(`${e.id}: ${e.message}\n`);
  }
  return decided.errors.length > 0 ? 1 : 0;
}
