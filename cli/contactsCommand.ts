import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printJson, printList, printTable, UsageError } from './io.js';

export const CONTACTS_USAGE =
  'contacts (--state ISO3 | --organization ID) [--json] | ' +
  'contacts --add (--state ISO3 | --organization ID) --name N --email E [--language L] [--role R] | ' +
  'contacts --remove (--state ISO3 | --organization ID) --email E';

interface Contact {
  name: string;
  email: string;
  role?: string;
  language: string;
  status: string;
  source: string;
}

/**
 * The points of contact of a state or an organization, through the admin API: list them, designate
 * one (add it, or make a proposed one active), or remove one (kept as `removed`: it gets no mail,
 * and no later report proposes it again). A state's token keeps its own state's contacts only.
 */
export async function runContactsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      state: { type: 'string' },
      organization: { type: 'string' },
      add: { type: 'boolean' },
      remove: { type: 'boolean' },
      name: { type: 'string' },
      email: { type: 'string' },
      language: { type: 'string', default: 'en' },
      role: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const party = values.state ?? values.organization;
  if (!party || (values.state && values.organization) || (values.add && values.remove)) throw new UsageError(`usage: ${CONTACTS_USAGE}`);
  const base = values.state ? `/states/${encodeURIComponent(values.state.toUpperCase())}` : `/organizations/${encodeURIComponent(party.toUpperCase())}`;
  const api = connectToAdminApi();
  if (values.add) {
    if (!values.name || !values.email) throw new UsageError(`usage: ${CONTACTS_USAGE}`);
    const body = { name: values.name, email: values.email, language: values.language, ...(values.role && { role: values.role }) };
    const added = await api.postJson<Contact>(`${base}/contacts`, body);
    if (values.json) printJson(io, added);
    else io.stdout(`${added.email} is now ${added.status}, a point of contact of ${party.toUpperCase()}\n`);
    return 0;
  }
  if (values.remove) {
    if (!values.email) throw new UsageError(`usage: ${CONTACTS_USAGE}`);
    const removed = await api.deleteJson<Contact>(`${base}/contacts/${encodeURIComponent(values.email)}`);
    if (values.json) printJson(io, removed);
    else io.stdout(`${removed.email} is now ${removed.status}\n`);
    return 0;
  }
  const page = await api.getJson<{ items: Contact[]; next: string | null }>(`${base}/contacts`);
  if (values.json) {
    printList(io, page.items, page.next ?? null);
    return 0;
  }
  if (page.items.length === 0) {
    io.stdout(`no points of contact of ${party.toUpperCase()}\n`);
    return 0;
  }
  printTable(
    io,
    ['STATUS', 'NAME', 'E-MAIL', 'ROLE', 'LANG', 'SOURCE'],
    page.items.map((c) => [c.status, c.name, c.email, c.role ?? '', c.language, c.source]),
  );
  return 0;
}
