/**
 * `/public`: what states consented to publish, without signing in: their confirmed matrix entries
 * and their national reports, searchable by state and by matrix element (the search is the
 * address, so a result can be shared), each with its date.
 */
import { MATRIX_ELEMENTS, MatrixElement } from '#shared/extraction/contract.js';
import { Link, navigate } from '../../app/router.js';
import type { PageProps } from '../../app/routes.js';
import { PublicMatrix, PublicReports, PublishingStates } from '../../api/publicSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useLanguage, useMessages } from '../../i18n/language.js';
import { publicMessages } from './messages.js';
import { PublishedEntries, PublishedReports } from './PublishedTables.js';

export function PublishedPage({ query }: PageProps) {
  const t = useMessages(publicMessages);
  const { language } = useLanguage();
  const domain = useDomainLabels();
  const format = useFormats();
  const state = /^[A-Z]{3}$/.test(query.get('state') ?? '') ? query.get('state')! : '';
  const parsedElement = MatrixElement.safeParse(query.get('element'));
  const element = parsedElement.success ? parsedElement.data : '';
  const states = useResource((api) => api.get('/public/states', PublishingStates), []);
  const search = new URLSearchParams({ ...(state && { state }), ...(element && { element }) }).toString();
  const matrix = useResource((api) => api.get(`/public/matrix${search ? `?${search}` : ''}`, PublicMatrix), [search]);
  const reports = useResource((api) => api.get(`/public/reports${state ? `?state=${state}` : ''}`, PublicReports), [state]);
  const nameOf = (iso3: string) => states.data?.items.find((s) => s.iso3 === iso3)?.names[language] ?? iso3;
  const choose = (next: { state?: string; element?: string }) => {
    const params = new URLSearchParams({ ...(state && { state }), ...(element && { element }) });
    for (const [key, value] of Object.entries(next)) value ? params.set(key, value) : params.delete(key);
    navigate(`/public${params.size ? `?${params}` : ''}`, { replace: true });
  };

  return (
    <Page title={t('publishedTitle')}>
      <p>{t('publishedIntro')}</p>
      <p>
        <Link href="/public/calendar">{t('calendarLink')}</Link>
      </p>
      {states.error !== undefined && <ErrorMessage error={states.error} onRetry={states.reload} />}
      <form class="filters" role="search" aria-label={t('searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="public-state">{t('state')}</label>
          <select id="public-state" value={state} onChange={(e) => choose({ state: e.currentTarget.value })}>
            <option value="">{t('allStates')}</option>
            {states.data?.items.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {s.names[language]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="public-element">{t('element')}</label>
          <select id="public-element" value={element} onChange={(e) => choose({ element: e.currentTarget.value })}>
            <option value="">{t('allElements')}</option>
            {MATRIX_ELEMENTS.map((e) => (
              <option key={e} value={e}>
                {domain.element(e)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {state && (
        <p>
          <Link href={`/public/states/${state}`}>{t('statePage', { state: nameOf(state) })}</Link>
        </p>
      )}
      <h2>{t('publishedMatrices')}</h2>
      {matrix.error !== undefined && <ErrorMessage error={matrix.error} onRetry={matrix.reload} />}
      {!matrix.data && matrix.loading && <Loading />}
      {matrix.data && <PublishedEntries entries={matrix.data.items} nameOf={nameOf} caption={t('entriesCaption', { count: format.number(matrix.data.items.length) })} />}
      <h2>{t('publishedReports')}</h2>
      {reports.error !== undefined && <ErrorMessage error={reports.error} onRetry={reports.reload} />}
      {!reports.data && reports.loading && <Loading />}
      {reports.data && <PublishedReports reports={reports.data.items} nameOf={nameOf} caption={t('reportsCaption', { count: format.number(reports.data.items.length) })} />}
    </Page>
  );
}
