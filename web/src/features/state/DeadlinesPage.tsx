/** `/states/:iso3/deadlines`: the deadlines open for the state, as the reminder planner judges them. */
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { StateFile } from '../../api/schemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { stateMessages } from './messages.js';
import { useStateName } from './useStateName.js';

export function DeadlinesPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(stateMessages);
  const format = useFormats();
  const state = useStateName(iso3);
  const file = useResource((api) => api.get(`/states/${segment(iso3)}`, StateFile), [iso3]);
  const deadlines = [...(file.data?.openDeadlines ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Page title={t('deadlinesTitle')}>
      <p>{t('deadlinesIntro', { state })}</p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!file.data && file.loading && <Loading />}
      {file.data && deadlines.length === 0 && <p>{t('noDeadlines')}</p>}
      {deadlines.length > 0 && (
        <table>
          <caption>{t('deadlinesCaption', { state })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('standing')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>
                  <time dateTime={d.dueDate}>{format.date(d.dueDate)}</time>
                </td>
                <td>
                  <span class={`badge ${d.overdue ? 'badge-overdue' : 'badge-pending'}`}>{d.overdue ? t('overdue') : t('open')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
