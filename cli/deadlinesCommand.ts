import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';

export const DEADLINES_USAGE = 'deadlines [--status active|proposed|retired] [--json] | deadlines --confirm ID';

interface Deadline {
  id: string;
  title: string;
  dueDate: string;
  recurrence: string | null;
  status: string;
  source: string;
  appliesTo: { kind: string };
}

/**
 * The deadlines with a status, by due date, through the admin API; or, with --confirm, activate a
 * proposed one (from then on the planner reminds the states it concerns).
 */
export async function runDeadlinesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { status: { type: 'string', default: 'active' }, json: { type: 'boolean' }, confirm: { type: 'string' } },
  });
  if (!['active', 'proposed', 'retired'].includes(values.status)) throw new UsageError(`usage: ${DEADLINES_USAGE}`);
  const api = connectToAdminApi();
  if (values.confirm !== undefined) {
    const confirmed = await api.postJson<Deadline>(`/deadlines/${encodeURIComponent(values.confirm)}/confirm`, {});
    if (values.json) printJson(io, confirmed);
    else io.stdout(`${confirmed.id} is now ${confirmed.status}: ${confirmed.title}, due ${confirmed.dueDate}\n`);
    return 0;
  }
  const { items } = await api.getJson<{ items: Deadline[] }>(`/deadlines?status=${values.status}`);
  if (values.json) {
    printJson(io, items);
    return 0;
  }
  if (items.length === 0) {
    io.stdout(`no ${values.status} deadlines\n`);
    return 0;
  }
  printTable(
    io,
    ['DUE', 'ID', 'TITLE', 'REPEATS', 'CONCERNS', 'SOURCE'],
    items.map((d) => [d.dueDate, d.id, d.title, d.recurrence ?? '', d.appliesTo.kind, d.source]),
  );
  return 0;
}
