import { parseArgs } from 'node:util';
import { readLocalOutbox } from '../infra/local/localOutbox.js';
import { portalHome, readRunningPortal } from '../infra/local/localPortalInfo.js';
import { type CliIo, NoPortalError, printList, printTable } from './io.js';

export const OUTBOX_USAGE = 'outbox [--json]';

/** Every e-mail the local portal's SES received, oldest first (local portals only: SES keeps nothing). */
export async function runOutboxCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const home = portalHome();
  const portal = readRunningPortal(home);
  if (!portal) {
    throw new NoPortalError(`no portal is running from ${home}: the outbox is the local SES of \`npm start\` (on AWS, SES keeps no copy)`);
  }
  const messages = await readLocalOutbox(portal.endpoints.ses);
  if (values.json) {
    printList(io, messages);
    return 0;
  }
  if (messages.length === 0) {
    io.stdout(`the outbox is empty (open ${portal.endpoints.ses} to watch it)\n`);
    return 0;
  }
  printTable(
    io,
    ['SENT', 'TO', 'SUBJECT'],
    messages.map((m) => [new Date(m.at * 1000).toISOString().slice(0, 19).replace('T', ' '), m.destination.to.join(', '), m.subject]),
  );
  io.stdout(`${messages.length} message(s); read them in full at ${portal.endpoints.ses}\n`);
  return 0;
}
