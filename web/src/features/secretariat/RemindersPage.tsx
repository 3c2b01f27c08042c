/**
 * `/reminders`: the reminders recorded for a deadline, and what became of each (sent, or not sent
 * and why: an address that bounced or complained is suppressed); then, across every deadline,
 * state and organization, the addresses reminders cannot reach.
 */
import { useState } from 'preact/hooks';
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { DeadlineList, ReminderPage } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { UnreachableAddresses } from './UnreachableAddresses.js';
import { useStateNames } from './useStateNames.js';

const BADGE = { sent: 'accepted', queued: 'pending', sending: 'pending', suppressed: 'bounced', failed: 'rejected' } as const;

export function RemindersPage({ query }: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const nameOf = useStateNames();
  const deadlines = useResource((api) => api.get('/deadlines?status=active', DeadlineList), []);
  const [chosen, setChosen] = useState(query.get('deadline') ?? '');
  const deadline = chosen || deadlines.data?.items[0]?.id || '';
  const reminders = useResource((api) => (deadline ? api.get(`/reminders?deadline=${segment(deadline)}&limit=200`, ReminderPage) : Promise.resolve(undefined)), [deadline]);
  const items = reminders.data?.items ?? [];
  const sent = items.filter((r) => r.status === 'sent').length;
  const notSent = items.filter((r) => r.status === 'suppressed' || r.status === 'failed').length;
  return (
    <Page title={t('remindersTitle')}>
      {deadlines.error !== undefined && <ErrorMessage error={deadlines.error} onRetry={deadlines.reload} />}
      {!deadlines.data && deadlines.loading && <Loading />}
      {deadlines.data && (
        <div class="field">
          <label for="reminder-deadline">{t('deadline')}</label>
          <select id="reminder-deadline" value={deadline} onChange={(e) => setChosen(e.currentTarget.value)}>
            {deadlines.data.items.map((d) => (
              <option key={d.id} value={d.id}>
                {format.date(d.dueDate)} · {d.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {reminders.error !== undefined && <ErrorMessage error={reminders.error} onRetry={reminders.reload} />}
      {deadline && !reminders.data && reminders.loading && <Loading />}
      {reminders.data && (
        <>
          <p>{t('remindersSummary', { sent: format.number(sent), notSent: format.number(notSent) })}</p>
          <table>
            <caption>{t('remindersCaption', { count: format.number(items.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columnState')}</th>
                <th scope="col">{t('recipient')}</th>
                <th scope="col">{t('occurrence')}</th>
                <th scope="col">{t('mailStatus')}</th>
                <th scope="col">{t('sentAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r, i) => (
                <tr key={i}>
                  <td>{r.state ? nameOf(r.state) : (r.organization ?? '—')}</td>
                  <td>{r.recipient.name}</td>
                  <td>{format.date(r.occurrence)}</td>
                  <td>
                    <span class={`badge badge-${BADGE[r.status]}`}>{t(`mail_${r.status}`)}</span>
                    {r.outcome && <p class="detail">{r.outcome}</p>}
                  </td>
                  <td>{r.sentAt ? format.dateTime(r.sentAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <UnreachableAddresses />
    </Page>
  );
}
