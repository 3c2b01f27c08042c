import { parseArgs } from 'node:util';
import { isMemberState } from '#shared/reference/memberStates.js';
import { allPages, connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printList, printTable, UsageError } from './io.js';

export const SUBMISSIONS_USAGE = 'submissions --state ISO3 [--json]';

interface SubmissionSummary {
  id: string;
  receivedAt: string;
  fileName: string;
  status: string;
  reportType: string | null;
  language: string | null;
}

/** A state's submissions, newest first, through the admin API (a state user sees only its own). */
export async function runSubmissionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { state: { type: 'string' }, json: { type: 'boolean' } } });
  const state = values.state?.toUpperCase();
  if (!state) throw new UsageError(`usage: ${SUBMISSIONS_USAGE}`);
  if (!isMemberState(state)) throw new UsageError(`${state} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  const submissions = await allPages<SubmissionSummary>(connectToAdminApi(), `/states/${state}/submissions?limit=200`);
  if (values.json) {
    printList(io, submissions);
    return 0;
  }
  if (submissions.length === 0) {
    io.stdout(`no submissions from ${state}\n`);
    return 0;
  }
  printTable(
    io,
    ['RECEIVED', 'ID', 'STATUS', 'TYPE', 'LANG', 'FILE'],
    submissions.map((s) => [s.receivedAt, s.id, s.status, s.reportType ?? '', s.language ?? '', s.fileName]),
  );
  return 0;
}
