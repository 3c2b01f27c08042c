/**
 * `/calendar`: the secretariat keeps the outreach calendar: the events of the coming twelve months,
 * a form to enter or change one (public or not, a public note and an internal one), and cancelling
 * (an event is cancelled rather than deleted, so calendars subscribed to the feed learn of it).
 */
import { useState } from 'preact/hooks';
import { usePortal } from '../../app/portal.js';
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { EVENT_KINDS, EVENT_REGIONS, EventFields, EventList, OutreachEvent } from '../../api/secretariatSchemas.js';
import { useAction } from '../../api/useAction.js';
import { useResource } from '../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading, Notice } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { EventTable, useEventLabels } from '../calendar/EventTable.js';
import { calendarMessages } from '../calendar/messages.js';

/** The admin API's calendar routes. */
export const EVENTS_PATH = '/events';

export function CalendarPage(_: PageProps) {
  const t = useMessages(calendarMessages);
  const format = useFormats();
  const { api } = usePortal();
  const events = useResource((client) => client.get(EVENTS_PATH, EventList), []);
  /** The event being entered (`new`) or changed, if any. */
  const [editing, setEditing] = useState<OutreachEvent | 'new' | undefined>();
  const { run, feedback } = useAction(events.reload);
  const save = async (fields: EventFields) => {
    const stored =
      editing === 'new' || editing === undefined
        ? run(() => api.post(EVENTS_PATH, fields, OutreachEvent), (saved) => t('eventCreated', { title: saved.title }))
        : run(() => api.put(`${EVENTS_PATH}/${segment(editing.id)}`, fields, OutreachEvent), (saved) => t('eventSaved', { title: saved.title }));
    if (await stored) setEditing(undefined);
  };
  const cancel = (event: OutreachEvent) => run(() => api.post(`${EVENTS_PATH}/${segment(event.id)}/cancel`, {}, OutreachEvent), t('eventCancelled', { title: event.title }));

  return (
    <Page title={t('calendarTitle')}>
      <p>{t('calendarIntro')}</p>
      <ActionFeedback feedback={feedback} />
      {editing ? (
        <EventForm key={editing === 'new' ? 'new' : editing.id} event={editing === 'new' ? undefined : editing} onSave={(f) => void save(f)} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('newEvent')}
        </button>
      )}
      {events.error !== undefined && <ErrorMessage error={events.error} onRetry={events.reload} />}
      {!events.data && events.loading && <Loading />}
      {events.data && (
        <EventTable
          caption={t('calendarCaption', { from: format.date(events.data.from), to: format.date(events.data.to), count: format.number(events.data.items.length) })}
          events={events.data.items}
          note={(event) => (
            <>
              <span class={`badge badge-${event.visibility}`}>{event.visibility === 'public' ? t('public') : t('committeeOnly')}</span>
              {event.publicNote && <p>{event.publicNote}</p>}
              {event.internalNote && <p class="detail">{t('internalNoteShown', { note: event.internalNote })}</p>}
            </>
          )}
          actions={(event) =>
            event.status === 'scheduled' && (
              <div class="actions">
                <button type="button" aria-label={t('editEvent', { title: event.title })} onClick={() => setEditing(event)}>
                  {t('edit')}
                </button>
                <button type="button" aria-label={t('cancelEvent', { title: event.title })} onClick={() => void cancel(event)}>
                  {t('cancelIt')}
                </button>
              </div>
            )
          }
        />
      )}
    </Page>
  );
}

/** Enter or change an event: every field, checked with the same rules as the API's before it is sent. */
function EventForm({ event, onSave, onCancel }: { event: OutreachEvent | undefined; onSave(fields: EventFields): void; onCancel(): void }) {
  const t = useMessages(calendarMessages);
  const labels = useEventLabels();
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (submitEvent: SubmitEvent) => {
    submitEvent.preventDefault();
    const form = new FormData(submitEvent.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    // The form edits days; a timed event keeps its time while its day is left as it was.
    const time = (day: string, before: string | undefined) => (before && before.slice(0, 10) === day ? before : day);
    const fields = EventFields.safeParse({
      title: text('title'),
      start: time(text('start'), event?.start),
      end: text('end') ? time(text('end'), event?.end) : undefined,
      place: { city: text('city'), country: text('country') },
      organizer: text('organizer'),
      region: text('region'),
      kind: text('kind'),
      visibility: form.get('public') ? 'public' : 'committee',
      publicNote: text('publicNote'),
      internalNote: text('internalNote'),
    });
    if (!fields.success) return setProblem(t('formInvalid'));
    if (fields.data.end && fields.data.end.slice(0, 10) < fields.data.start.slice(0, 10)) return setProblem(t('endBeforeStart'));
    setProblem(undefined);
    onSave(fields.data);
  };
  const field = (name: string, label: string, value: string | undefined, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`event-${name}`}>{label}</label>
      <input id={`event-${name}`} name={name} defaultValue={value ?? ''} {...extra} />
    </div>
  );
  return (
    <form class="card" onSubmit={submit} aria-labelledby="event-form-heading">
      <h2 id="event-form-heading">{event ? t('editEvent', { title: event.title }) : t('newEvent')}</h2>
      {field('title', t('event'), event?.title, { required: true, maxLength: 300 })}
      {field('start', t('startDay'), event?.start.slice(0, 10), { type: 'date', required: true })}
      {field('end', t('endDay'), event?.end?.slice(0, 10), { type: 'date' })}
      {field('city', t('city'), event?.place.city, { required: true, maxLength: 100 })}
      {field('country', t('country'), event?.place.country, { required: true, maxLength: 100 })}
      {field('organizer', t('organizer'), event?.organizer, { required: true, maxLength: 300 })}
      <div class="field">
        <label for="event-kind">{t('kind')}</label>
        <select id="event-kind" name="kind" defaultValue={event?.kind ?? 'workshop'}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {labels.kind(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="event-region">{t('region')}</label>
        <select id="event-region" name="region" defaultValue={event?.region ?? 'global'}>
          {EVENT_REGIONS.map((region) => (
            <option key={region} value={region}>
              {labels.region(region)}
            </option>
          ))}
        </select>
      </div>
      <div class="field-inline">
        <input id="event-public" name="public" type="checkbox" defaultChecked={event ? event.visibility === 'public' : true} />
        <label for="event-public">{t('publicEvent')}</label>
      </div>
      <div class="field">
        <label for="event-publicNote">{t('publicNote')}</label>
        <textarea id="event-publicNote" name="publicNote" rows={3} maxLength={2000} defaultValue={event?.publicNote ?? ''} />
      </div>
      <div class="field">
        <label for="event-internalNote">{t('internalNote')}</label>
        <textarea id="event-internalNote" name="internalNote" rows={3} maxLength={2000} defaultValue={event?.internalNote ?? ''} />
      </div>
      {problem && <Notice kind="error">{problem}</Notice>}
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveEvent')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('discard')}
        </button>
      </div>
    </form>
  );
}
