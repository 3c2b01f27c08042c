/** `/quarantine`: the uploads refused, newest first, each with the reason in the reader's language and the file's own name. */
import type { PageProps } from '../../app/routes.js';
import { RefusedUploadPage } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { useStateNames } from './useStateNames.js';

export function QuarantinePage(_: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const domain = useDomainLabels();
  const nameOf = useStateNames();
  const refused = useResource((api) => api.get('/quarantine?limit=200', RefusedUploadPage), []);
  return (
    <Page title={t('quarantineTitle')}>
      <p>{t('quarantineIntro')}</p>
      {refused.error !== undefined && <ErrorMessage error={refused.error} onRetry={refused.reload} />}
      {!refused.data && refused.loading && <Loading />}
      {refused.data && (
        <table>
          <caption>{t('quarantineCaption', { count: format.number(refused.data.items.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('received')}</th>
              <th scope="col">{t('columnState')}</th>
              <th scope="col">{t('fileName')}</th>
              <th scope="col">{t('reason')}</th>
              <th scope="col">{t('kept')}</th>
            </tr>
          </thead>
          <tbody>
            {refused.data.items.map((upload) => (
              <tr key={upload.id}>
                <td>{format.dateTime(upload.receivedAt)}</td>
                <td>{upload.state ? nameOf(upload.state) : '—'}</td>
                <td class="file-name">{upload.fileName}</td>
                <td>
                  {domain.refusal(upload.rejection.code)}
                  {upload.rejection.message && <p class="detail">{upload.rejection.message}</p>}
                </td>
                <td>{upload.quarantineKey ? t('keptInQuarantine') : t('notKept')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
