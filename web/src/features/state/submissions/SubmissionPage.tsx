/** `/states/:iso3/submissions/:id`: one submission as the Committee received it — the receipt — and its file. */
import { Link } from '../../../app/router.js';
import type { PageProps } from '../../../app/routes.js';
import { segment } from '../../../api/client.js';
import { SubmissionFile } from '../../../api/schemas.js';
import { useResource } from '../../../api/useResource.js';
import { ErrorMessage, Loading } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useFormats, useMessages } from '../../../i18n/language.js';
import { LANGUAGE_NAMES, isUnLanguage } from '../../../i18n/languages.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { useStateName } from '../useStateName.js';
import { submissionMessages } from './messages.js';

export function SubmissionPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(submissionMessages);
  const labels = useDomainLabels();
  const format = useFormats();
  const state = useStateName(iso3);
  const file = useResource((api) => api.get(`/submissions/${segment(params.id!)}`, SubmissionFile), [params.id]);
  const s = file.data?.submission;
  const language = s?.extraction?.language;
  const documentDate = s?.extraction?.documentDate;
  return (
    <Page title={s?.fileName ?? t('receipt')}>
      <p>
        <Link href={`/states/${iso3}/submissions`}>{t('back')}</Link>
      </p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!file.data && file.loading && <Loading />}
      {s && file.data && (
        <>
          <h2>{t('receipt')}</h2>
          <p>{t('receiptText', { state, date: format.dateTime(s.receivedAt) })}</p>
          <dl class="facts">
            <dt>{t('status')}</dt>
            <dd>
              <span class={`badge badge-${s.status}`}>{labels.submissionStatus(s.status)}</span>
            </dd>
            {s.rejection && (
              <>
                <dt>{t('reason')}</dt>
                <dd>{labels.refusal(s.rejection.code)}</dd>
              </>
            )}
            {s.status === 'duplicate' && (
              <>
                <dt>{t('reason')}</dt>
                <dd>{t('duplicateOf')}</dd>
              </>
            )}
            <dt>{t('type')}</dt>
            <dd>{labels.reportType(s.extraction?.reportType ?? s.declaredReportType)}</dd>
            <dt>{t('language')}</dt>
            <dd>{language && isUnLanguage(language) ? LANGUAGE_NAMES[language] : '—'}</dd>
            <dt>{t('documentDate')}</dt>
            <dd>{documentDate ? format.date(documentDate) : '—'}</dd>
            <dt>{t('size')}</dt>
            <dd>{format.bytes(s.size)}</dd>
            {s.sha256 && (
              <>
                <dt>{t('fingerprint')}</dt>
                <dd>
                  <code>{s.sha256}</code>
                </dd>
              </>
            )}
            <dt>{t('publication')}</dt>
            <dd>{labels.visibility(s.visibility)}</dd>
          </dl>
          <p>
            <a href={file.data.download.url} download={s.fileName} aria-describedby="download-hint">
              {t('download')}
            </a>
          </p>
          <p id="download-hint" class="hint">
            {t('downloadHint')}
          </p>
        </>
      )}
    </Page>
  );
}
