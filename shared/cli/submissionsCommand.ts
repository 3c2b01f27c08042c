import { parseArgs } from 'node:util';
import { isMemberState } from '../reference/memberStates.js';
import { stateKey } from '../store/keys.js';
import { listSubmissions } from '../store/submissions.js';
import type { Submission } from '../store/items.js';
import { printJson, printTable, UsageError, type CliIo } from './io.js';
import { connectToPortal } from './portalConnection.js';

export const SUBMISSIONS_USAGE = 'submissions --state ISO3 [--json]';

export async function runSubmissionsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { state: { type: 'string' }, json: { type: 'boolean' } } });
  const state = values.state?.toUpperCase();
  if (!state) throw new UsageError(`usage: ${SUBMISSIONS_USAGE}`);
  if (!isMemberState(state)) throw new UsageError(`${state} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  const portal = connectToPortal();
  try {
    const submissions: Submission[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSubmissions(portal.store, stateKey(state), { cursor });
      submissions.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    if (values.json) {
      printJson(io, submissions);
      return 0;
    }
    if (submissions.length === 0) {
      io.stdout(`no submissions from ${state}\n`);
      return 0;
    }
    printTable(
      io,
      ['RECEIVED', 'ID', 'STATUS', 'TYPE', 'LANG', 'FILE'],
      submissions.map((s) => [
        s.receivedAt,
        s.id,
        s.status === 'rejected' ? `rejected:${s.rejection?.code}` : s.status,
        s.extraction?.reportType ?? s.declaredReportType ?? '',
        s.extraction?.language ?? '',
        s.fileName,
      ]),
    );
    return 0;
  } finally {
    portal.close();
  }
}
