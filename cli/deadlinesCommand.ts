import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printJson, printList, printTable, UsageError } from './io.js';

export const DEADLINES_USAGE =
  'deadlines [--status active|proposed|retired] [--json] | deadlines --confirm ID [--concerns states|organizations|committee|secretariat] [--title T]';

const CONCERNS = ['states', 'organizations', 'committee', 'secretariat'];

interface Deadline {
  id: string;
  title: string;
  dueDate: string;
  recurrence: string | null;
  status: string;
  source: string;
  concerns: string;
  appliesTo: { kind: string; states?: string[]; organizations?: string[] };
}

/** Who must act, in a table cell: the party, narrowed to the states or organizations listed. */
const audience = (d: Deadline) => d.appliesTo.states?.join(' ') ?? d.appliesTo.organizations?.join(' ') ?? (d.appliesTo.kind === 'rule' ? `states (rule)` : d.concerns);

/**
 * The deadlines with a status, by due date, through the admin API; or, with --confirm, activate a
 * proposed one, correcting who must act and its title (from then on the planner reminds the
 * states or organizations it concerns, or lists it in the secretariat's digest).
 */
export async function runDeadlinesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      status: { type: 'string', default: 'active' },
      json: { type: 'boolean' },
      confirm: { type: 'string' },
      concerns: { type: 'string' },
      title: { type: 'string' },
    },
  });
  if (!['active', 'proposed', 'retired'].includes(values.status)) throw new UsageError(`usage: ${DEADLINES_USAGE}`);
  if (values.concerns !== undefined && !CONCERNS.includes(values.concerns)) throw new UsageError(`usage: ${DEADLINES_USAGE}`);
  if ((values.concerns !== undefined || values.title !== undefined) && values.confirm === undefined) {
    throw new UsageError(`--concerns and --title correct a deadline being confirmed; usage: ${DEADLINES_USAGE}`);
  }
  const api = connectToAdminApi();
  if (values.confirm !== undefined) {
    const corrections = { ...(values.concerns !== undefined && { concerns: values.concerns }), ...(values.title !== undefined && { title: values.title }) };
    const confirmed = await api.postJson<Deadline>(`/deadlines/${encodeURIComponent(values.confirm)}/confirm`, corrections);
    if (values.json) printJson(io, confirmed);
    else io.stdout(`${confirmed.id} is now ${confirmed.status}: ${confirmed.title}, due ${confirmed.dueDate}, concerns ${audience(confirmed)}\n`);
    return 0;
  }
  const page = await api.getJson<{ items: Deadline[]; next: string | null }>(`/deadlines?status=${values.status}`);
  if (values.json) {
    printList(io, page.items, page.next ?? null);
    return 0;
  }
  if (page.items.length === 0) {
    io.stdout(`no ${values.status} deadlines\n`);
    return 0;
  }
  printTable(
    io,
    ['DUE', 'ID', 'TITLE', 'REPEATS', 'CONCERNS', 'SOURCE'],
    page.items.map((d) => [d.dueDate, d.id, d.title, d.recurrence ?? '', audience(d), d.source]),
  );
  return 0;
}
