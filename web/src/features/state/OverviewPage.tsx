/** `/states/:iso3`: the state's standing at a glance, each figure leading to its page. */
import type { PageProps } from '../../app/routes.js';
import { Link } from '../../app/router.js';
import { segment } from '../../api/client.js';
import { StateFile } from '../../api/schemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { stateMessages } from './messages.js';
import { useStateName } from './useStateName.js';

export function OverviewPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(stateMessages);
  const format = useFormats();
  const name = useStateName(iso3);
  const file = useResource((api) => api.get(`/states/${segment(iso3)}`, StateFile), [iso3]);
  const data = file.data;
  const overdue = data?.openDeadlines.filter((d) => d.overdue).length ?? 0;
  return (
    <Page title={name}>
      <p>{t('overviewIntro', { state: name })}</p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!data && file.loading && <Loading />}
      {data && (
        <dl class="facts">
          <dt>{t('reportingStatus')}</dt>
          <dd>{data.profile.reportingStatus === 'reported' ? t('reported') : t('notReported')}</dd>
          <dt>{t('lastSubmission')}</dt>
          <dd>
            {data.submissions.items[0] ? (
              <Link href={`/states/${iso3}/submissions/${segment(data.submissions.items[0].id)}`}>
                {data.submissions.items[0].fileName} · {format.dateTime(data.submissions.items[0].receivedAt)}
              </Link>
            ) : (
              t('noneYet')
            )}
          </dd>
          <dt>{t('awaitingReview')}</dt>
          <dd>
            <Link href={`/states/${iso3}/matrix`}>{format.number(data.awaitingReview.length)}</Link>
          </dd>
          <dt>{t('openDeadlines')}</dt>
          <dd>
            <Link href={`/states/${iso3}/deadlines`}>
              {format.number(data.openDeadlines.length)}
              {overdue > 0 && ` (${t('overdueCount', { count: format.number(overdue) })})`}
            </Link>
          </dd>
        </dl>
      )}
    </Page>
  );
}
