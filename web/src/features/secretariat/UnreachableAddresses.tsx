/**
 * The Reminders page's cross-state view: the addresses no reminder reaches any more (SES reported a
 * permanent bounce or a complaint), whichever state or organization named them, the latest first.
 * One page of up to 200 at a time; "Next page" follows the API's cursor.
 */
import { useState } from 'preact/hooks';
import { UnreachablePage } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { secretariatMessages } from './messages.js';
import { useStateNames } from './useStateNames.js';

export function UnreachableAddresses() {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const labels = useDomainLabels();
  const nameOf = useStateNames();
  // The cursors of the pages read so far: the last one is the page shown.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const page = useResource((api) => api.get(`/reminders/unreachable?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, UnreachablePage), [cursor]);
  const items = page.data?.items ?? [];
  return (
    <section aria-labelledby="unreachable-heading">
      <h2 id="unreachable-heading">{t('unreachableTitle')}</h2>
      <p>{t('unreachableIntro')}</p>
      {page.error !== undefined && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {!page.data && page.loading && <Loading />}
      {page.data && items.length === 0 && <p>{t('unreachableNone')}</p>}
      {items.length > 0 && (
        <table>
          <caption>{t('unreachableCaption', { count: format.number(items.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnState')}</th>
              <th scope="col">{t('recipient')}</th>
              <th scope="col">{t('address')}</th>
              <th scope="col">{t('mailStatus')}</th>
              <th scope="col">{t('unreachableSince')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={`${c.state ?? c.organization}#${c.email}`}>
                <td>{c.state ? nameOf(c.state) : (c.organization ?? '—')}</td>
                <td>{c.name}</td>
                <td>{c.email}</td>
                <td>
                  <span class={`badge badge-${c.status}`}>{labels.contactStatus(c.status)}</span>
                </td>
                <td>{format.dateTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursors.length > 0 && (
        <button type="button" onClick={() => setCursors([])}>
          {t('firstPage')}
        </button>
      )}
      {page.data?.cursor && (
        <button type="button" onClick={() => setCursors([...cursors, page.data!.cursor!])}>
          {t('nextPage')}
        </button>
      )}
    </section>
  );
}
