import { parseArgs } from 'node:util';
import { allPages, connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printList, printTable, UsageError } from './io.js';

export const STATES_USAGE = 'states [--status not-reported|overdue|reported] [--json]';
const STATUSES = ['not-reported', 'overdue', 'reported'] as const;

interface StateListItem {
  iso3: string;
  name: string;
  reportingStatus: string;
  lastSubmission: { id: string; receivedAt: string } | null;
  openDeadlines: Array<{ title: string; overdue: boolean }>;
}

/** The member states through the admin API, with their last submission and open deadlines. */
export async function runStatesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, status: { type: 'string' } } });
  const status = values.status as (typeof STATUSES)[number] | undefined;
  if (status !== undefined && !STATUSES.includes(status)) throw new UsageError(`usage: ${STATES_USAGE}`);
  const api = connectToAdminApi();
  const lists = await Promise.all(
    (status ? [status] : (['not-reported', 'reported'] as const)).map((s) => allPages<StateListItem>(api, `/states?status=${s}&limit=200`)),
  );
  const states = lists.flat().sort((a, b) => a.iso3.localeCompare(b.iso3));
  if (values.json) {
    printList(io, states);
    return 0;
  }
  printTable(
    io,
    ['ISO3', 'NAME', 'STATUS', 'LAST SUBMISSION', 'OPEN DEADLINES'],
    states.map((s) => [
      s.iso3,
      s.name,
      s.reportingStatus,
      s.lastSubmission?.receivedAt ?? '',
      s.openDeadlines.map((d) => `${d.title}${d.overdue ? ' (overdue)' : ''}`).join('; '),
    ]),
  );
  io.stdout(`${states.length} states${status ? ` (${status})` : `, ${states.filter((s) => s.reportingStatus === 'reported').length} reported`}\n`);
  return 0;
}
