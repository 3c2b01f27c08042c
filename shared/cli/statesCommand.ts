import { parseArgs } from 'node:util';
import { listStatesByReportingStatus } from '../store/stateProfiles.js';
import { ReportingStatus } from '../store/items.js';
import { printJson, printTable, type CliIo } from './io.js';
import { connectToPortal } from './portalConnection.js';

export const STATES_USAGE = 'states [--json]';

export async function runStatesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const portal = connectToPortal();
  try {
    const lists = await Promise.all(ReportingStatus.options.map((status) => listStatesByReportingStatus(portal.store, status)));
    const states = lists.flat().sort((a, b) => a.iso3.localeCompare(b.iso3));
    if (values.json) {
      printJson(io, states);
      return 0;
    }
    printTable(
      io,
      ['ISO3', 'NAME', 'STATUS', 'LAST SUBMISSION'],
      states.map((s) => [s.iso3, s.names.en ?? '', s.reportingStatus, s.lastSubmissionAt ?? '']),
    );
    io.stdout(`${states.length} states, ${states.filter((s) => s.reportingStatus === 'reported').length} reported\n`);
    return 0;
  } finally {
    portal.close();
  }
}
