import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { AdminApiError, UsageError, type CliIo } from './io.js';

export const EXPORT_USAGE = 'export [--scope public|committee] [--out FILE]';

/** The matrix as CSV (formula-like cells neutralised by the API), to stdout or a file. */
export async function runExportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { scope: { type: 'string', default: 'public' }, out: { type: 'string' } } });
  if (values.scope !== 'public' && values.scope !== 'committee') throw new UsageError(`usage: ${EXPORT_USAGE}`);
  const response = await connectToAdminApi().get(`/export/matrix.csv?scope=${values.scope}`);
  if (!response.ok) throw new AdminApiError(`${response.status} from /export/matrix.csv: ${await response.text()}`);
  const csv = await response.text();
  if (!values.out) {
    io.stdout(csv.endsWith('\n') ? csv : `${csv}\n`);
    return 0;
  }
  await writeFile(values.out, csv);
  io.stdout(`wrote ${Math.max(0, csv.split('\r\n').length - 1)} rows (${values.scope}) to ${values.out}\n`);
  return 0;
}
