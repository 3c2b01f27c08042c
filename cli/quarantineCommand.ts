import { parseArgs } from 'node:util';
import { allPages, connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printList, printTable } from './io.js';

interface RefusedUpload {
  id: string;
  state: string | null;
  receivedAt: string;
  fileName: string;
  quarantineKey: string | null;
  rejection: { code: string; message: string };
}

/** Refused uploads of every state, newest first, with the reason and where each file is kept. */
export async function runQuarantineCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const refused = await allPages<RefusedUpload>(connectToAdminApi(), '/quarantine?limit=200');
  if (values.json) {
    printList(io, refused);
    return 0;
  }
  if (refused.length === 0) {
    io.stdout('no refused uploads\n');
    return 0;
  }
  printTable(
    io,
    ['RECEIVED', 'STATE', 'FILE', 'REASON', 'KEPT AT'],
    refused.map((r) => [r.receivedAt, r.state ?? '—', r.fileName, `${r.rejection.code}: ${r.rejection.message}`, r.quarantineKey ?? '']),
  );
  return 0;
}
