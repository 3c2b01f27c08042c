import { parseArgs } from 'node:util';
import { isMemberState } from '#shared/reference/memberStates.js';
import { connectToAdminApi } from './adminApiClient.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';

export const STATE_USAGE = 'state ISO3 [--json]';

interface StateFile {
  profile: { iso3: string; names: Record<string, string>; reportingStatus: string; matrixVisibility: string; lastSubmissionAt?: string };
  contacts: Array<{ name: string; email: string; language: string; status: string; source: string }>;
  submissions: { items: Array<{ id: string; receivedAt: string; status: string; reportType: string | null; fileName: string }> };
  matrix: Array<{ element: string; weapon: string; coverage: string; evidence: Array<{ text: string; page?: number }>; sourceSubmissionId: string }>;
  awaitingReview: Array<{ id: string; kind: string; value: Record<string, unknown>; confidence: number | null; submissionId: string }>;
  openDeadlines: Array<{ id: string; title: string; dueDate: string; overdue: boolean }>;
}

/** One state's file through the admin API: profile, contacts, latest submissions, matrix, deadlines. */
export async function runStateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const iso3 = positionals[0]?.toUpperCase();
  if (!iso3 || positionals.length > 1) throw new UsageError(`usage: ${STATE_USAGE}`);
  if (!isMemberState(iso3)) throw new UsageError(`${iso3} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  const file = await connectToAdminApi().getJson<StateFile>(`/states/${iso3}`);
  if (values.json) {
    printJson(io, file);
    return 0;
  }
  const p = file.profile;
  io.stdout(`${p.iso3}  ${p.names.en ?? ''}  ${p.reportingStatus}  matrix ${p.matrixVisibility}  last submission ${p.lastSubmissionAt ?? 'none'}\n\n`);
  section(io, 'Open deadlines', file.openDeadlines.length, () =>
    printTable(io, ['DUE', 'DEADLINE', 'OVERDUE'], file.openDeadlines.map((d) => [d.dueDate, d.title, d.overdue ? 'yes' : ''])),
  );
  // Addresses found in documents are shown apart: nobody writes to them until a person designates them.
  const designated = file.contacts.filter((c) => c.status !== 'proposed');
  const proposed = file.contacts.filter((c) => c.status === 'proposed');
  section(io, 'Contact points', designated.length, () =>
    printTable(io, ['NAME', 'E-MAIL', 'LANG', 'STATUS'], designated.map((c) => [c.name, c.email, c.language, c.status])),
  );
  section(io, 'Proposed contacts (found in documents, not written to until designated)', proposed.length, () =>
    printTable(io, ['NAME', 'E-MAIL', 'SOURCE'], proposed.map((c) => [c.name, c.email, c.source])),
  );
  section(io, 'Latest submissions', file.submissions.items.length, () =>
    printTable(io, ['RECEIVED', 'ID', 'STATUS', 'TYPE', 'FILE'], file.submissions.items.map((s) => [s.receivedAt, s.id, s.status, s.reportType ?? '', s.fileName])),
  );
  section(io, "Matrix (confirmed: the Committee's)", file.matrix.length, () =>
    printTable(
      io,
      ['ELEMENT', 'WEAPON', 'COVERAGE', 'SOURCE', 'EVIDENCE'],
      file.matrix.map((m) => [m.element, m.weapon, m.coverage, m.sourceSubmissionId, (m.evidence[0]?.text ?? '').replace(/\s+/g, ' ').slice(0, 80)]),
    ),
  );
  // Beside the confirmed matrix, what extraction proposed and nobody has decided yet (`review --accept ID`).
  const awaiting = file.awaitingReview.filter((p) => p.kind === 'matrix');
  section(io, 'Matrix entries awaiting review', awaiting.length, () =>
    printTable(
      io,
      ['ID', 'ELEMENT', 'WEAPON', 'MEASURE', 'CONFIDENCE', 'SOURCE'],
      awaiting.map((p) => [p.id, String(p.value.element), String(p.value.weapon), String(p.value.measure), p.confidence?.toFixed(2) ?? '', p.submissionId]),
    ),
  );
  return 0;
}

function section(io: CliIo, title: string, count: number, print: () => void): void {
  io.stdout(`${title} (${count})\n`);
  if (count > 0) print();
  io.stdout('\n');
}
