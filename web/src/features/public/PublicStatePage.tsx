/**
 * `/public/states/:iso3`: one state's published matrix and reports. A state that published nothing
 * is "not found", exactly like a code that names no state: the page says nothing of what is unpublished.
 */
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { PublicMatrix, PublicReports, PublishingStates } from '../../api/publicSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { NotFoundPage } from '../common/pages.js';
import { useFormats, useLanguage, useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';
import { PublishedEntries, PublishedReports } from './PublishedTables.js';

export function PublicStatePage({ params }: PageProps) {
  const iso3 = (params.iso3 ?? '').toUpperCase();
  const t = useMessages(publicMessages);
  const format = useFormats();
  const { language } = useLanguage();
  const file = useResource(async (api) => {
    const states = await api.get('/public/states', PublishingStates);
    const state = states.items.find((s) => s.iso3 === iso3);
    if (!state) return { state: undefined };
    const [matrix, reports] = await Promise.all([
      api.get(`/public/matrix?state=${segment(iso3)}`, PublicMatrix),
      api.get(`/public/reports?state=${segment(iso3)}`, PublicReports),
    ]);
    return { state, matrix: matrix.items, reports: reports.items };
  }, [iso3]);
  if (file.data && !file.data.state) return <NotFoundPage />;
  if (file.error !== undefined) return <ErrorMessage error={file.error} onRetry={file.reload} />;
  if (!file.data?.state) return <Loading />;
  const name = file.data.state.names[language];
  const nameOf = () => name;
  return (
    <Page title={name}>
      <h2>{t('publishedMatrices')}</h2>
      <PublishedEntries entries={file.data.matrix ?? []} nameOf={nameOf} caption={t('entriesCaption', { count: format.number(file.data.matrix?.length ?? 0) })} />
      <h2>{t('publishedReports')}</h2>
      <PublishedReports reports={file.data.reports ?? []} nameOf={nameOf} caption={t('reportsCaption', { count: format.number(file.data.reports?.length ?? 0) })} />
    </Page>
  );
}
