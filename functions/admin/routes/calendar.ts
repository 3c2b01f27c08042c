/**
 * The outreach calendar: the secretariat keeps it (list, create, update, cancel), states' users read
 * its public events, and anyone reads the public events as JSON or subscribes to them as an
 * iCalendar feed (RFC 5545, written by ical-generator) at `/calendar.ics`.
 */
import { randomUUID } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import * as z from 'zod';
import { addMonths, dayNumber, isoDay } from '#shared/deadlines/calendar.js';
import { InvalidRequestError } from '#shared/errors.js';
import { IsoDate } from '#shared/extraction/contract.js';
import {
  cancelEvent,
  createEvent,
  dayOf,
  EventDetails,
  eventsOverlapping,
  isAllDay,
  OutreachEvent,
  updateEvent,
} from '#shared/store/outreachEvents.js';
import { CALENDAR_FEED_PATH } from '../publicPaths.js';
import { defineRoute, definePublicRoute } from '../route.js';

const EventPath = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an event id') });

const RangeQuery = z.object({
  from: IsoDate.optional().meta({ description: 'First day (default: today)' }),
  to: IsoDate.optional().meta({ description: 'Last day (default: 12 months after `from`; at most 3 years after it)' }),
});
const LONGEST_RANGE_MONTHS = 36;

/** The range asked for, with its defaults: from today to twelve months later. */
function rangeOf(query: z.infer<typeof RangeQuery>, now: Date): { from: string; to: string } {
  const from = query.from ?? now.toISOString().slice(0, 10);
  const to = query.to ?? addMonths(from, 12);
  if (to < from) throw new InvalidRequestError(`"to" (${to}) is before "from" (${from}).`);
  if (to > addMonths(from, LONGEST_RANGE_MONTHS)) throw new InvalidRequestError(`Ask for at most ${LONGEST_RANGE_MONTHS} months at a time.`);
  return { from, to };
}

const EventView = OutreachEvent.extend({
  internalNote: OutreachEvent.shape.internalNote.optional().meta({ description: "The secretariat's own note: absent for a state's users" }),
  updatedBy: z.string().optional().meta({ description: "Who made the last change: absent for a state's users" }),
}).meta({ id: 'OutreachEvent' });

/** What anyone may see of a public event: no internal note, nobody's name. */
export const PublicEvent = OutreachEvent.omit({ internalNote: true, updatedBy: true, visibility: true, createdAt: true }).meta({ id: 'PublicEvent' });
export type PublicEvent = z.infer<typeof PublicEvent>;
const publicView = ({ internalNote: _note, updatedBy: _by, visibility: _visibility, createdAt: _created, ...event }: OutreachEvent): PublicEvent => event;

export const listEvents = defineRoute({
  method: 'GET',
  path: '/events',
  summary: "The outreach calendar's events in a range of days (default: from today, twelve months); a state's users see the public ones only",
  access: 'authenticated',
  request: { query: RangeQuery },
  response: { status: 200, body: z.object({ from: IsoDate, to: IsoDate, items: z.array(EventView) }), description: 'The events, by start day' },
  run: async ({ deps, principal, query }) => {
    const range = rangeOf(query, deps.now());
    const events = await eventsOverlapping(deps.store, { ...range, publicOnly: !principal.isSecretariat });
    return { ...range, items: principal.isSecretariat ? events : events.map(({ internalNote: _note, updatedBy: _by, ...event }) => event) };
  },
});

export const createEventRoute = defineRoute({
  method: 'POST',
  path: '/events',
  summary: 'Enter an event in the outreach calendar',
  access: 'secretariat',
  request: { body: EventDetails },
  response: { status: 201, body: EventView, description: 'The event as stored' },
  run: async ({ deps, principal, body }) => {
    const event = await createEvent(deps.store, `ev-${randomUUID()}`, body, { by: principal.subject, at: deps.now().toISOString() });
    return Response.json(event, { status: 201 });
  },
});

export const updateEventRoute = defineRoute({
  method: 'PUT',
  path: '/events/{id}',
  summary: "Replace an event's details (every field, as for a new one); a cancelled event is not changed",
  access: 'secretariat',
  request: { path: EventPath, body: EventDetails },
  response: { status: 200, body: EventView, description: 'The event as now stored (its sequence raised)' },
  run: async ({ deps, principal, path, body }) => updateEvent(deps.store, path.id, body, { by: principal.subject, at: deps.now().toISOString() }),
});

export const cancelEventRoute = defineRoute({
  method: 'POST',
  path: '/events/{id}/cancel',
  summary:
    'Cancel an event. It is kept, marked cancelled: subscribed calendar programs remove it only when the feed says so ' +
    '(an event that just vanished stays in many of them). Cancelling twice changes nothing.',
  access: 'secretariat',
  request: { path: EventPath },
  response: { status: 200, body: EventView, description: 'The event, cancelled' },
  run: async ({ deps, principal, path }) => cancelEvent(deps.store, path.id, { by: principal.subject, at: deps.now().toISOString() }),
});

export const publicCalendar = definePublicRoute({
  method: 'GET',
  path: '/public/calendar',
  summary: "The outreach calendar's public events in a range of days (default: from today, twelve months), each with its public note",
  limit: { perMinute: 120 },
  request: { query: RangeQuery },
  response: { status: 200, body: z.object({ from: IsoDate, to: IsoDate, items: z.array(PublicEvent) }), description: 'The public events, by start day' },
  run: async ({ deps, query }) => {
    const range = rangeOf(query, deps.now());
    return { ...range, items: (await eventsOverlapping(deps.store, { ...range, publicOnly: true })).map(publicView) };
  },
});

/** The feed carries the recent past too (subscribers keep what they attended) and two years ahead. */
const FEED_MONTHS_BACK = 6;
const FEED_MONTHS_AHEAD = 24;

export const calendarFeed = definePublicRoute({
  method: 'GET',
  path: CALENDAR_FEED_PATH,
  summary: 'The public outreach events as an iCalendar feed (RFC 5545) for calendar programs to subscribe to; a cancelled event says so',
  // Calendar programs poll a feed every few minutes to hours; a person's several programs share an address.
  limit: { perMinute: 60 },
  request: {},
  response: { status: 200, contentType: 'text/calendar', description: 'VCALENDAR with one VEVENT per public event' },
  run: async ({ deps }) => {
    const today = deps.now().toISOString().slice(0, 10);
    const range = { from: addMonths(today, -FEED_MONTHS_BACK), to: addMonths(today, FEED_MONTHS_AHEAD), publicOnly: true };
    const events = await eventsOverlapping(deps.store, range);
    return new Response(calendarText(events.map(publicView)), {
      status: 200,
      headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="calendar-1540.ics"', 'cache-control': 'public, max-age=300' },
    });
  },
});

/** The UID of an event in every feed, for as long as it exists (RFC 5545 §3.8.4.7: globally unique, stable). */
export const eventUid = (id: string) => `${id}@portal1540.outreach`;

function calendarText(events: PublicEvent[]): string {
  const calendar = ical({
    name: 'Outreach calendar of the 1540 Committee',
    description: 'Public events the Security Council Committee established pursuant to resolution 1540 (2004) and its experts take part in',
    prodId: { company: 'United Nations', product: '1540 reporting portal', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const event of events) {
    const allDay = isAllDay(event.start);
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.sequence,
      // The time the event last changed, not the time of the request: the same feed twice is the same text.
      stamp: new Date(event.updatedAt),
      allDay,
      start: allDay ? new Date(`${event.start}T00:00:00Z`) : new Date(event.start),
      // An all-day event's DTEND is the day after its last (RFC 5545 §3.6.1: the end is exclusive).
      end: allDay ? new Date(`${isoDay(dayNumber(dayOf(event.end ?? event.start)) + 1)}T00:00:00Z`) : event.end ? new Date(event.end) : null,
      summary: event.title,
      location: `${event.place.city}, ${event.place.country}`,
      description: event.publicNote || null,
      organizer: null,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

export const calendarRoutes = [listEvents, createEventRoute, updateEventRoute, cancelEventRoute, publicCalendar, calendarFeed];
