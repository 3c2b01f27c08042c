/**
 * The outreach calendar as a table, for the secretariat (with its actions) and for the public
 * (each public event's note). An event's time is a day or a local time with its offset, shown as given.
 */
import type { ComponentChildren } from 'preact';
import type { PublicEvent } from '../../api/publicSchemas.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { calendarMessages } from './messages.js';

export function useEventLabels() {
  const t = useMessages(calendarMessages);
  const format = useFormats();
  const when = (time: string) => (time.length === 10 ? format.date(time) : `${format.date(time)} ${time.slice(11, 16)}`);
  return {
    kind: (kind: PublicEvent['kind']) => t(`kind_${kind}`),
    region: (region: PublicEvent['region']) => t(`region_${region}`),
    dates: (event: Pick<PublicEvent, 'start' | 'end'>) => (event.end && event.end !== event.start ? `${when(event.start)} – ${when(event.end)}` : when(event.start)),
  };
}

export function EventTable<E extends PublicEvent>({ caption, events, note, actions }: { caption: string; events: E[]; note(event: E): ComponentChildren; actions?(event: E): ComponentChildren }) {
  const t = useMessages(calendarMessages);
  const labels = useEventLabels();
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dates')}</th>
          <th scope="col">{t('event')}</th>
          <th scope="col">{t('place')}</th>
          <th scope="col">{t('organizer')}</th>
          <th scope="col">{t('kindRegion')}</th>
          <th scope="col">{t('note')}</th>
          {actions && <th scope="col">{t('actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{labels.dates(event)}</td>
            <td>
              {event.title}
              {event.status === 'cancelled' && (
                <>
                  {' '}
                  <span class="badge badge-rejected">{t('cancelled')}</span>
                </>
              )}
            </td>
            <td>
              {event.place.city}, {event.place.country}
            </td>
            <td>{event.organizer}</td>
            <td>
              {labels.kind(event.kind)} · {labels.region(event.region)}
            </td>
            <td class="note">{note(event)}</td>
            {actions && <td>{actions(event)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
