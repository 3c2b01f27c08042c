/** `/public/calendar`: the outreach calendar's public events with their notes, and the feed to subscribe to. */
import { usePortal } from '../../app/portal.js';
import { Link } from '../../app/router.js';
import type { PageProps } from '../../app/routes.js';
import { PublicCalendar } from '../../api/publicSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { EventTable } from '../calendar/EventTable.js';
import { calendarMessages } from '../calendar/messages.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';

export function PublicCalendarPage(_: PageProps) {
  const t = useMessages(publicMessages);
  const c = useMessages(calendarMessages);
  const format = useFormats();
  const { config } = usePortal();
  const events = useResource((api) => api.get('/public/calendar', PublicCalendar), []);
  return (
    <Page title={c('outreachCalendar')}>
      <p>{t('calendarIntro')}</p>
      {config.calendarUrl && (
        <p>
          <a href={config.calendarUrl}>{t('subscribe')}</a> <span class="hint">{t('subscribeHint')}</span>
        </p>
      )}
      <p>
        <Link href="/public">{t('publishedTitle')}</Link>
      </p>
      {events.error !== undefined && <ErrorMessage error={events.error} onRetry={events.reload} />}
      {!events.data && events.loading && <Loading />}
      {events.data &&
        (events.data.items.length === 0 ? (
          <p>{t('noEvents')}</p>
        ) : (
          <EventTable
            caption={c('calendarCaption', { from: format.date(events.data.from), to: format.date(events.data.to), count: format.number(events.data.items.length) })}
            events={events.data.items}
            note={(event) => event.publicNote || '—'}
          />
        ))}
    </Page>
  );
}
