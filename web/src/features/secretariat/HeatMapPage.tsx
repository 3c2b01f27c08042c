/**
 * `/matrix`: the Committee's matrix as a heat-map, member states by matrix elements. Each cell has
 * a colour and a symbol (colour is never the only signal: ✓ measure, ✗ gap, ? awaiting review,
 * – nothing) and its link names state, element and status; it opens the state's entry for that
 * element with its evidence.
 */
import { useMemo, useState } from 'preact/hooks';
import { MATRIX_ELEMENTS } from '#shared/extraction/contract.js';
import { Link } from '../../app/router.js';
import type { PageProps } from '../../app/routes.js';
import { MatrixOverview, type CellStatus } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { useStateNames } from './useStateNames.js';

export const CELL_SYMBOL: Record<CellStatus, string> = { measure: '✓', gap: '✗', review: '?', none: '–' };
export const CELL_STATUSES = Object.keys(CELL_SYMBOL) as CellStatus[];

export function useCellLabel() {
  const t = useMessages(secretariatMessages);
  return (status: CellStatus) => t(`cell_${status}`);
}

export function HeatMapPage(_: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const domain = useDomainLabels();
  const cellLabel = useCellLabel();
  const nameOf = useStateNames();
  const overview = useResource((api) => api.get('/matrix/overview', MatrixOverview), []);
  const [search, setSearch] = useState('');
  const elements = overview.data?.elements.length ? overview.data.elements : MATRIX_ELEMENTS;

  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return (overview.data?.states ?? [])
      .map((s) => ({ ...s, name: nameOf(s.iso3) }))
      .filter((s) => !needle || s.name.toLocaleLowerCase().includes(needle) || s.iso3.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [overview.data, search, nameOf]);

  return (
    <Page title={t('heatMapTitle')}>
      <p>{t('heatMapIntro')}</p>
      <ul class="legend" aria-label={t('legend')}>
        {CELL_STATUSES.map((status) => (
          <li key={status}>
            <span class={`cell cell-${status}`} aria-hidden="true">
              {CELL_SYMBOL[status]}
            </span>{' '}
            {cellLabel(status)}
          </li>
        ))}
      </ul>
      {overview.error !== undefined && <ErrorMessage error={overview.error} onRetry={overview.reload} />}
      {!overview.data && overview.loading && <Loading />}
      {overview.data && (
        <>
          <div class="field">
            <label for="heat-map-search">{t('searchStates')}</label>
            <input id="heat-map-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
          </div>
          <div class="table-scroll" tabIndex={0} role="region" aria-label={t('heatMapTitle')}>
            <table class="heat-map">
              <caption>{t('heatMapCaption', { count: format.number(rows.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columnState')}</th>
                  {elements.map((element) => (
                    <th scope="col" key={element} class="element-header">
                      <span>{domain.element(element)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.iso3}>
                    <th scope="row">{row.name}</th>
                    {elements.map((element) => {
                      const status = row.cells[element] ?? 'none';
                      return (
                        <td key={element} class={`cell cell-${status}`}>
                          <Link
                            href={`/matrix/${row.iso3}/${element}`}
                            aria-label={t('cellLink', { state: row.name, element: domain.element(element), status: cellLabel(status) })}
                          >
                            {CELL_SYMBOL[status]}
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
