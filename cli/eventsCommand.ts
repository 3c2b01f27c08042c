import { parseArgs } from 'node:util';
import { connectToAdminApi } from './adminApiClient.js';
import { type CliIo, printJson, printList, printTable, UsageError } from './io.js';

export const EVENTS_USAGE =
  'events [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] | events --add | --update ID  --title T --start DAY|TIME [--end DAY|TIME] ' +
  '--city C --country C --organizer O --region R --kind K [--public] [--public-note T] [--internal-note T] | events --cancel ID';

interface OutreachEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  place: { city: string; country: string };
  organizer: string;
  region: string;
  kind: string;
  visibility: string;
  status: string;
}

const DETAILS = ['title', 'start', 'end', 'city', 'country', 'organizer', 'region', 'kind', 'public-note', 'internal-note'] as const;
const REQUIRED = ['title', 'start', 'city', 'country', 'organizer', 'region', 'kind'] as const;

/**
 * The outreach calendar through the admin API: its events in a range of days (default from today,
 * twelve months), or, with --add / --update ID, an event entered or replaced (every detail given,
 * as the API replaces the whole event), or with --cancel ID cancelled (kept, marked cancelled).
 */
export async function runEventsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
      add: { type: 'boolean' },
      update: { type: 'string' },
      cancel: { type: 'string' },
      public: { type: 'boolean' },
      title: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      city: { type: 'string' },
      country: { type: 'string' },
      organizer: { type: 'string' },
      region: { type: 'string' },
      kind: { type: 'string' },
      'public-note': { type: 'string' },
      'internal-note': { type: 'string' },
    },
  });
  const api = connectToAdminApi();
  const print = (event: OutreachEvent) => {
    if (values.json) printJson(io, event);
    else io.stdout(`${event.id} ${event.status}: ${event.title}, ${event.start}${event.end ? ` to ${event.end}` : ''}, ${event.place.city} (${event.visibility})\n`);
  };
  if (values.cancel !== undefined) {
    print(await api.postJson<OutreachEvent>(`/events/${encodeURIComponent(values.cancel)}/cancel`, {}));
    return 0;
  }
  if (values.add || values.update !== undefined) {
    const detail = (name: (typeof DETAILS)[number]) => values[name];
    const missing = REQUIRED.filter((name) => detail(name) === undefined);
    if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}; usage: ${EVENTS_USAGE}`);
    const event = {
      title: detail('title'),
      start: detail('start'),
      ...(detail('end') !== undefined && { end: detail('end') }),
      place: { city: detail('city'), country: detail('country') },
      organizer: detail('organizer'),
      region: detail('region'),
      kind: detail('kind'),
      visibility: values.public ? 'public' : 'committee',
      publicNote: detail('public-note') ?? '',
      internalNote: detail('internal-note') ?? '',
    };
    print(
      values.update !== undefined
        ? await api.putJson<OutreachEvent>(`/events/${encodeURIComponent(values.update)}`, event)
        : await api.postJson<OutreachEvent>('/events', event),
    );
    return 0;
  }
  const range = new URLSearchParams({ ...(values.from && { from: values.from }), ...(values.to && { to: values.to }) });
  const listed = await api.getJson<{ from: string; to: string; items: OutreachEvent[] }>(`/events${range.size > 0 ? `?${range}` : ''}`);
  if (values.json) {
    printList(io, listed.items);
    return 0;
  }
  if (listed.items.length === 0) {
    io.stdout(`no events from ${listed.from} to ${listed.to}\n`);
    return 0;
  }
  printTable(
    io,
    ['START', 'END', 'TITLE', 'PLACE', 'KIND', 'REGION', 'VISIBILITY', 'STATUS', 'ID'],
    listed.items.map((e) => [e.start, e.end ?? '', e.title, `${e.place.city}, ${e.place.country}`, e.kind, e.region, e.visibility, e.status, e.id]),
  );
  return 0;
}
