/**
 * `/dashboard`: every member state at a glance (reporting status, last submission, overdue
 * deadlines), sorted, filtered and searched in the page. When the table first shows its data the
 * page sets the performance mark `dashboard-states-rendered`, which `npm run bench -- web` reads.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { Link } from '../../app/router.js';
import type { PageProps } from '../../app/routes.js';
import { StatesOverview } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { SortableHeader } from './SortableHeader.js';
import type { SortOrder } from './sortOrder.js';
import { selectStates, stateRow, type StateFilter, type StateSortKey } from './stateRows.js';
import { useStateNames } from './useStateNames.js';

export const DASHBOARD_RENDERED_MARK = 'dashboard-states-rendered';

export function DashboardPage({ query }: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const nameOf = useStateNames();
  // One request for every member state: the page sorts, filters and searches them itself.
  const states = useResource((api) => api.get('/states/overview', StatesOverview).then((overview) => overview.items), []);
  const [search, setSearch] = useState(query.get('q') ?? '');
  const [filter, setFilter] = useState<StateFilter>('all');
  const [sort, setSort] = useState<SortOrder<StateSortKey>>({ key: 'name', descending: false });

  const all = useMemo(() => (states.data ?? []).map((item) => stateRow(item, nameOf(item.iso3))), [states.data, nameOf]);
  const rows = useMemo(() => selectStates(all, { search, filter, sort }), [all, search, filter, sort]);

  useLayoutEffect(() => {
    // Once, the first time the table holds the states: what the speed target measures.
    if (rows.length > 0 && performance.getEntriesByName(DASHBOARD_RENDERED_MARK).length === 0) performance.mark(DASHBOARD_RENDERED_MARK);
  }, [rows.length > 0]);

  const counts = {
    total: all.length,
    reported: all.filter((r) => r.reportingStatus === 'reported').length,
    overdue: all.filter((r) => r.overdue > 0).length,
  };
  const header = (key: StateSortKey, label: string) => <SortableHeader sortKey={key} label={label} order={sort} onSort={setSort} />;

  return (
    <Page title={t('dashboardTitle')}>
      {states.error !== undefined && <ErrorMessage error={states.error} onRetry={states.reload} />}
      {!states.data && states.loading && <Loading />}
      {states.data && (
        <>
          <p>
            {t('dashboardSummary', {
              total: format.number(counts.total),
              reported: format.number(counts.reported),
              notReported: format.number(counts.total - counts.reported),
              overdue: format.number(counts.overdue),
            })}
          </p>
          <div class="filters">
            <div class="field">
              <label for="state-search">{t('searchStates')}</label>
              <input id="state-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="state-filter">{t('showStates')}</label>
              <select id="state-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value as StateFilter)}>
                <option value="all">{t('filterAll')}</option>
                <option value="reported">{t('statusReported')}</option>
                <option value="not_reported">{t('statusNotReported')}</option>
                <option value="overdue">{t('filterOverdue')}</option>
              </select>
            </div>
          </div>
          <table class="states-table">
            <caption>{t('statesCaption', { count: format.number(rows.length) })}</caption>
            <thead>
              <tr>
                {header('name', t('columnState'))}
                {header('status', t('columnStatus'))}
                {header('lastSubmission', t('columnLastSubmission'))}
                {header('overdue', t('columnOverdue'))}
                <th scope="col">{t('columnOpenDeadlines')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.iso3}>
                  <th scope="row">
                    <Link href={`/states/${row.iso3}`}>{row.displayName}</Link> <span class="iso3">{row.iso3}</span>
                  </th>
                  <td>
                    <span class={`badge badge-${row.reportingStatus === 'reported' ? 'accepted' : 'pending'}`}>
                      {row.reportingStatus === 'reported' ? t('statusReported') : t('statusNotReported')}
                    </span>
                  </td>
                  <td>{row.lastSubmission ? format.date(row.lastSubmission.receivedAt) : t('never')}</td>
                  <td>{row.overdue > 0 ? <span class="badge badge-overdue">{format.number(row.overdue)}</span> : format.number(0)}</td>
                  <td>{format.number(row.openDeadlines.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p>{t('noStatesMatch')}</p>}
        </>
      )}
    </Page>
  );
}
