import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { printJson, printTable, type CliIo } from './io.js';

export const COVERAGE_USAGE = 'coverage [--json]';

interface Coverage {
  states: number;
  elements: Array<{ element: string; measure: number; gap: number; nothing: number }>;
}

/** Per matrix element, how many states have a measure, only a gap, or nothing, in the confirmed matrix. */
export async function runCoverageCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const coverage = await connectToAdminApi().getJson<Coverage>('/matrix/coverage');
  if (values.json) {
    printJson(io, coverage);
    return 0;
  }
  printTable(
    io,
    ['ELEMENT', 'MEASURE', 'GAP', 'NOTHING'],
    coverage.elements.map((e) => [e.element, String(e.measure), String(e.gap), String(e.nothing)]),
  );
  io.stdout(`of ${coverage.states} member states; confirmed matrix entries only (proposals awaiting review do not count)\n`);
  return 0;
}
