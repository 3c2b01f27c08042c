/**
 * `/public/reports/:id`: one published report and a link to its file. A report not published (or no
 * report at all) is "not found": the API answers both the same way, and so does the page.
 */
import type { PageProps } from '../../app/routes.js';
import { ApiError, segment } from '../../api/client.js';
import { DownloadLink, PublicReports } from '../../api/publicSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { NotFoundPage } from '../common/pages.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';
import { useStateNames } from '../secretariat/useStateNames.js';

export function PublicReportPage({ params }: PageProps) {
  const id = params.id ?? '';
  const t = useMessages(publicMessages);
  const format = useFormats();
  const domain = useDomainLabels();
  const nameOf = useStateNames();
  const report = useResource(async (api) => {
    const download = await api.get(`/public/reports/${segment(id)}/download`, DownloadLink);
    const listed = await api.get('/public/reports', PublicReports);
    return { download, report: listed.items.find((r) => r.id === id) };
  }, [id]);
  if (report.error instanceof ApiError && report.error.kind === 'notFound') return <NotFoundPage />;
  if (report.error !== undefined) return <ErrorMessage error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loading />;
  const { download, report: facts } = report.data;
  return (
    <Page title={facts?.title ?? t('report')}>
      {facts && (
        <dl class="facts">
          <dt>{t('state')}</dt>
          <dd>{nameOf(facts.state)}</dd>
          <dt>{t('reportType')}</dt>
          <dd>{domain.reportType(facts.reportType)}</dd>
          <dt>{t('dated')}</dt>
          <dd>{format.date(facts.date)}</dd>
          <dt>{t('received')}</dt>
          <dd>{format.date(facts.receivedOn)}</dd>
        </dl>
      )}
      <p>
        <a href={download.url} rel="noopener">
          {t('download')}
        </a>
      </p>
    </Page>
  );
}
