import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';

export const DEADLINES_USAGE = 'deadlines [--status active|proposed|retired] [--json]';

interface Deadline {
  id: string;
  title: string;
  dueDate: string;
  recurrence: string | null;
  status: string;
  source: string;
  appliesTo: { kind: string };
}

/** The deadlines with a status, by due date, through the admin API. */
export async function runDeadlinesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { status: { type: 'string', default: 'active' }, json: { type: 'boolean' } } });
  if (!['active', 'proposed', 'retired'].includes(values.status)) throw new UsageError(`usage: ${DEADLINES_USAGE}`);
  const { items } = await connectToAdminApi().getJson<{ items: Deadline[] }>(`/deadlines?status=${values.status}`);
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
