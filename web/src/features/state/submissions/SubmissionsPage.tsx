/** `/states/:iso3/submissions`: every submission of the state, newest first, a page at a time. */
import { useState } from 'preact/hooks';
import { Link } from '../../../app/router.js';
import type { PageProps } from '../../../app/routes.js';
import { segment } from '../../../api/client.js';
import { pageOf, SubmissionSummary } from '../../../api/schemas.js';
import { useResource } from '../../../api/useResource.js';
import { ErrorMessage, Loading } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useFormats, useMessages } from '../../../i18n/language.js';
import { LANGUAGE_NAMES, isUnLanguage } from '../../../i18n/languages.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { useStateName } from '../useStateName.js';
import { submissionMessages } from './messages.js';

const PAGE_SIZE = 25;

export function SubmissionsPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(submissionMessages);
  const labels = useDomainLabels();
  const format = useFormats();
  const state = useStateName(iso3);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const page = useResource((api) => api.get(`/states/${segment(iso3)}/submissions?limit=${limit}`, pageOf(SubmissionSummary)), [iso3, limit]);
  const items = page.data?.items ?? [];
  return (
    <Page title={t('title')}>
      {page.error !== undefined && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {!page.data && page.loading && <Loading />}
      {page.data && items.length === 0 && <p>{t('none')}</p>}
      {items.length > 0 && (
        <table>
          <caption>{t('caption', { state })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('file')}</th>
              <th scope="col">{t('received')}</th>
              <th scope="col">{t('type')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('documentDate')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('publication')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/states/${iso3}/submissions/${segment(s.id)}`}>{s.fileName}</Link>
                </td>
                <td>{format.dateTime(s.receivedAt)}</td>
                <td>{labels.reportType(s.reportType)}</td>
                <td>{s.language && isUnLanguage(s.language) ? LANGUAGE_NAMES[s.language] : '—'}</td>
                <td>{s.documentDate ? format.date(s.documentDate) : '—'}</td>
                <td>
                  <span class={`badge badge-${s.status}`}>{labels.submissionStatus(s.status)}</span>
                </td>
                <td>{labels.visibility(s.visibility)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.data?.cursor && (
        <button type="button" onClick={() => setLimit((l) => Math.min(l + PAGE_SIZE, 200))} disabled={limit >= 200}>
          {t('more')}
        </button>
      )}
    </Page>
  );
}
