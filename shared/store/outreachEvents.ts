/**
 * The Committee's outreach calendar (programme of work: transparency and outreach): the events the
 * Committee and its experts take part in, kept by the secretariat at least six months ahead.
 *
 * One item per event (`EVENT#<id>`), listed by start day on GSI1 (every event) and, when public,
 * also on GSI2 (`EVENTS#public`): the public pages and the iCalendar feed read only that partition,
 * so a committee-only event is never even read for them.
 *
 * An event is cancelled, not deleted: calendar programs that subscribed to the feed learn of a
 * cancellation only from the event itself (`STATUS:CANCELLED` under its UID, RFC 5545 §3.8.1.11);
 * an event that vanished from the feed stays in many of them. Each change raises `sequence`
 * (the feed's SEQUENCE), so subscribers replace their copy.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dayNumber, isoDay } from '../deadlines/calendar.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { IsoDate } from '../extraction/contract.js';
import { EVENT_SORT_KEY, eventKey, EVENTS_KEY, eventsByStartSortKey, publicEventsKey } from './keys.js';
import { Visibility } from './items.js';
import { GLOBAL_INDEXES } from './tableDefinition.js';
import { getItem, putIfAbsent, queryAll, queryPage, type StoreContext } from './table.js';

const [BY_LOOKUP, SECOND_INDEX] = GLOBAL_INDEXES;

export const EventKind = z.enum(['workshop', 'conference', 'seminar', 'country_visit', 'briefing', 'training', 'meeting', 'side_event', 'other']);
export type EventKind = z.infer<typeof EventKind>;

/** The United Nations regional groups, or an event for every region. */
export const EventRegion = z.enum(['african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'western_european_others', 'global']);
export type EventRegion = z.infer<typeof EventRegion>;

export const EventStatus = z.enum(['scheduled', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatus>;

/** A day (an all-day event) or a moment with its UTC offset, as the place's clock reads it (a timed event). */
const EventTime = z.union([IsoDate, z.iso.datetime({ offset: true })]).meta({
  description: 'A day `2027-03-10` (all-day event) or a local time with its offset `2027-03-10T09:00:00+01:00` (timed event)',
});

/** The longest event: bounds the range queries (an event that started before the range may still run into it). */
export const MAX_EVENT_DAYS = 31;

const text = (max: number) => z.string().trim().max(max);

/** What the secretariat enters for an event. */
export const EventFields = z.object({
  title: text(300).min(1),
  start: EventTime,
  end: EventTime.optional().meta({ description: 'Absent: one day (or, for a timed event, no set end). Same form as `start`.' }),
  place: z.object({ city: text(100).min(1), country: text(100).min(1) }),
  organizer: text(300).min(1),
  region: EventRegion,
  kind: EventKind,
  visibility: Visibility.meta({ description: '`public`: on the public pages and the iCalendar feed; `committee`: the secretariat and experts only' }),
  publicNote: text(2000).default('').meta({ description: 'Shown with a public event (the feed\'s DESCRIPTION)' }),
  internalNote: text(2000).default('').meta({ description: 'The secretariat\'s own: never shown to states or the public' }),
});
export type EventFields = z.infer<typeof EventFields>;

export const isAllDay = (time: string) => time.length === 10;
export const dayOf = (time: string) => time.slice(0, 10);

/** The same, checked as a whole: `end` in the same form as `start`, not before it, at most MAX_EVENT_DAYS long. */
export const EventDetails = EventFields.superRefine((event, ctx) => {
  if (event.end === undefined) return;
  if (isAllDay(event.start) !== isAllDay(event.end)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'give a day if `start` is a day, a time if it is a time' });
  else if (Date.parse(event.end) < Date.parse(event.start)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'before `start`' });
  else if (dayNumber(dayOf(event.end)) - dayNumber(dayOf(event.start)) >= MAX_EVENT_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `an event lasts at most ${MAX_EVENT_DAYS} days` });
  }
});

export const OutreachEvent = EventFields.extend({
  id: z.string(),
  status: EventStatus,
  /** Raised by every change: the iCalendar SEQUENCE. */
  sequence: z.number().int().nonnegative(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Who made the last change (a person's subject). */
  updatedBy: z.string(),
});
export type OutreachEvent = z.infer<typeof OutreachEvent>;

function eventItem(event: OutreachEvent) {
  const sortKey = eventsByStartSortKey(dayOf(event.start), event.id);
  return {
    PK: eventKey(event.id),
    SK: EVENT_SORT_KEY,
    GSI1PK: EVENTS_KEY,
    GSI1SK: sortKey,
    ...(event.visibility === 'public' && { GSI2PK: publicEventsKey('public'), GSI2SK: sortKey }),
    entity: 'outreachEvent',
    ...OutreachEvent.parse(event),
  };
}

export function getEvent(store: StoreContext, id: string): Promise<OutreachEvent | undefined> {
  return getItem(store, { PK: eventKey(id), SK: EVENT_SORT_KEY }, OutreachEvent);
}

/** Records a new event (its id is new: a second write of the same id changes nothing). */
export async function createEvent(store: StoreContext, id: string, fields: EventFields, change: { by: string; at: string }): Promise<OutreachEvent> {
  const event: OutreachEvent = { ...fields, id, status: 'scheduled', sequence: 0, createdAt: change.at, updatedAt: change.at, updatedBy: change.by };
  if ((await putIfAbsent(store, eventItem(event))) === 'exists') throw new ConflictError(`Event ${id} exists already.`);
  return event;
}

/**
 * Replaces an event's details. Written only over the version read (`sequence`), so two people
 * editing at once do not silently undo each other: the second learns it with a ConflictError.
 * A cancelled event is not edited (its cancellation has gone out to subscribers).
 */
export async function updateEvent(store: StoreContext, id: string, fields: EventFields, change: { by: string; at: string }): Promise<OutreachEvent> {
  const current = await getEvent(store, id);
  if (!current) throw new NotFoundError(`Event ${id}`);
  if (current.status === 'cancelled') throw new ConflictError(`Event ${id} is cancelled; enter a new event instead.`);
  const event: OutreachEvent = { ...current, ...fields, sequence: current.sequence + 1, updatedAt: change.at, updatedBy: change.by };
  try {
    // A whole item: a public event made committee-only leaves the public index (no GSI2 keys).
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: eventItem(event),
        ConditionExpression: '#sequence = :read AND #status = :scheduled',
        ExpressionAttributeNames: { '#sequence': 'sequence', '#status': 'status' },
        ExpressionAttributeValues: { ':read': current.sequence, ':scheduled': 'scheduled' satisfies EventStatus },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new ConflictError(`Event ${id} was changed meanwhile; read it again.`, { cause: error });
    throw error;
  }
  return event;
}

/** Cancels an event; cancelling it again changes nothing (and answers the event as it is). */
export async function cancelEvent(store: StoreContext, id: string, change: { by: string; at: string }): Promise<OutreachEvent> {
  try {
    const { Attributes } = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { PK: eventKey(id), SK: EVENT_SORT_KEY },
        UpdateExpression: 'SET #status = :cancelled, #sequence = #sequence + :one, updatedAt = :at, updatedBy = :by',
        ConditionExpression: 'attribute_exists(PK) AND #status = :scheduled',
        ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence' },
        ExpressionAttributeValues: {
          ':cancelled': 'cancelled' satisfies EventStatus,
          ':scheduled': 'scheduled' satisfies EventStatus,
          ':one': 1,
          ':at': change.at,
          ':by': change.by,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return OutreachEvent.parse(Attributes);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const current = await getEvent(store, id);
    if (!current) throw new NotFoundError(`Event ${id}`, { cause: error });
    return current;
  }
}

export interface EventRange {
  /** First day (inclusive). */
  from: string;
  /** Last day (inclusive). */
  to: string;
  /** Public events only (the public pages, the feed, a state's users). */
  publicOnly: boolean;
}

/**
 * The events that run on some day of the range, by start day: those starting in it, and those
 * that started up to MAX_EVENT_DAYS before and are still running on `from`.
 */
export async function eventsOverlapping(store: StoreContext, range: EventRange): Promise<OutreachEvent[]> {
  const index = range.publicOnly ? SECOND_INDEX : BY_LOOKUP;
  const partition = range.publicOnly ? publicEventsKey('public') : EVENTS_KEY;
  const earliestStart = isoDay(dayNumber(range.from) - MAX_EVENT_DAYS);
  const events = await queryAll(
    store,
    {
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      // `#` sorts before every id character and `~` after: whole days at both ends.
      ExpressionAttributeValues: { ':pk': partition, ':from': `${earliestStart}#`, ':to': `${range.to}#~` },
    },
    OutreachEvent,
  );
  return events.filter((e) => dayOf(e.end ?? e.start) >= range.from);
}

/**
 * How far ahead the calendar reaches: the last day of the scheduled event that starts last (any
 * visibility), or null for an empty calendar. Reads from the end of the index, past cancelled ones.
 */
export async function calendarReach(store: StoreContext): Promise<string | null> {
  let cursor: string | undefined;
  do {
    const page = await queryPage(
      store,
      {
        IndexName: BY_LOOKUP.indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': BY_LOOKUP.partitionKey },
        ExpressionAttributeValues: { ':pk': EVENTS_KEY },
        ScanIndexForward: false,
      },
      OutreachEvent,
      { limit: 25, cursor },
    );
    const scheduled = page.items.find((e) => e.status === 'scheduled');
    if (scheduled) return dayOf(scheduled.end ?? scheduled.start);
    cursor = page.cursor;
  } while (cursor);
  return null;
}
