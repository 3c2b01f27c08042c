/**
 * `/matrix/:iso3/:element`: one heat-map cell opened: the state's confirmed entries for the element
 * with their evidence, and the proposals for it that await review.
 */
import { MatrixElement } from '#shared/extraction/contract.js';
import { Link } from '../../app/router.js';
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { StateFile } from '../../api/schemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { NotFoundPage } from '../common/pages.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { Evidence } from './ProposalView.js';
import { useStateNames } from './useStateNames.js';

export function MatrixCellPage({ params }: PageProps) {
  const element = MatrixElement.safeParse(params.element);
  return element.success ? <CellFile iso3={params.iso3!} element={element.data} /> : <NotFoundPage />;
}

function CellFile({ iso3, element }: { iso3: string; element: MatrixElement }) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const domain = useDomainLabels();
  const state = useStateNames()(iso3);
  const file = useResource((api) => api.get(`/states/${segment(iso3)}`, StateFile), [iso3]);
  const entries = file.data?.matrix.filter((e) => e.element === element) ?? [];
  const proposals = (file.data?.awaitingReview ?? []).flatMap((p) => (p.kind === 'matrix' && p.value.element === element ? [p] : []));
  return (
    <Page title={t('cellTitle', { state, element: domain.element(element) })}>
      <p>
        <Link href="/matrix">{t('backToHeatMap')}</Link> · <Link href={`/states/${iso3}`}>{t('stateFile', { state })}</Link>
      </p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!file.data && file.loading && <Loading />}
      {file.data && (
        <>
          <h2>{t('confirmedEntries')}</h2>
          {entries.length === 0 && <p>{t('noConfirmedEntry')}</p>}
          {entries.map((entry) => (
            <article class="card" key={entry.weapon}>
              <h3>
                {domain.weapon(entry.weapon)}: <span class={`badge badge-${entry.coverage}`}>{domain.coverage(entry.coverage)}</span>
              </h3>
              <dl class="facts">
                {entry.measure && (
                  <>
                    <dt>{t('measure')}</dt>
                    <dd>{domain.measure(entry.measure)}</dd>
                  </>
                )}
                <dt>{t('legalReferences')}</dt>
                <dd>{entry.legalReferences.join('; ') || '—'}</dd>
                <dt>{t('reportReceived')}</dt>
                <dd>{format.date(entry.sourceReceivedAt)}</dd>
              </dl>
              <Evidence evidence={entry.evidence} />
            </article>
          ))}
          <h2>{t('awaitingReview')}</h2>
          {proposals.length === 0 ? (
            <p>{t('nothingAwaitsReview')}</p>
          ) : (
            <>
              {proposals.map((p) => (
                <article class="card" key={p.id}>
                  <h3>
                    {domain.weapon(p.value.weapon)}: {domain.measure(p.value.measure)}
                  </h3>
                  <Evidence evidence={p.evidence} />
                </article>
              ))}
              <p>
                <Link href={`/review?state=${iso3}`}>{t('reviewThem')}</Link>
              </p>
            </>
          )}
        </>
      )}
    </Page>
  );
}
