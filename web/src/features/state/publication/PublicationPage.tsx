/**
 * `/states/:iso3/publication`: consent to publish the state's matrix (`PUT /states/{iso3}/publication`)
 * and each accepted report (`PUT /submissions/{id}/visibility`), with the decisions taken so far.
 */
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod';
import { usePortal } from '../../../app/portal.js';
import type { PageProps } from '../../../app/routes.js';
import { segment } from '../../../api/client.js';
import { StateFile, Visibility } from '../../../api/schemas.js';
import { useAction } from '../../../api/useAction.js';
import { useResource } from '../../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useFormats, useMessages } from '../../../i18n/language.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { useStateName } from '../useStateName.js';
import { publicationMessages } from './messages.js';

export function PublicationPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(publicationMessages);
  const labels = useDomainLabels();
  const format = useFormats();
  const state = useStateName(iso3);
  const { api } = usePortal();
  const file = useResource((client) => client.get(`/states/${segment(iso3)}`, StateFile), [iso3]);
  const [matrixChoice, setMatrixChoice] = useState<Visibility>('committee');
  const { run: act, feedback } = useAction(file.reload);
  useEffect(() => {
    if (file.data) setMatrixChoice(file.data.profile.matrixVisibility);
  }, [file.data]);

  const reports = (file.data?.submissions.items ?? []).filter((s) => s.status === 'accepted');
  return (
    <Page title={t('title')}>
      <p>{t('intro', { state })}</p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!file.data && file.loading && <Loading />}
      <ActionFeedback feedback={feedback} />
      {file.data && (
        <>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void act(
                () => api.put(`/states/${segment(iso3)}/publication`, { matrixVisibility: matrixChoice }, z.object({ matrixVisibility: Visibility })),
                t('matrixSaved', { visibility: labels.visibility(matrixChoice) }),
              );
            }}
          >
            <fieldset>
              <legend>{t('matrixLegend', { state })}</legend>
              {(['public', 'committee'] as const).map((value) => (
                <div class="field-inline" key={value}>
                  <input type="radio" id={`matrix-${value}`} name="matrix-visibility" value={value} checked={matrixChoice === value} onChange={() => setMatrixChoice(value)} />
                  <label for={`matrix-${value}`}>{value === 'public' ? t('matrixPublic') : t('matrixCommittee')}</label>
                </div>
              ))}
              <button type="submit" class="primary">
                {t('save')}
              </button>
            </fieldset>
          </form>
          <h2>{t('reports')}</h2>
          {reports.length === 0 ? (
            <p>{t('noReports')}</p>
          ) : (
            <table>
              <caption>{t('reportsCaption', { state })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('file')}</th>
                  <th scope="col">{t('received')}</th>
                  <th scope="col">{t('publish')}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => {
                  const next: Visibility = report.visibility === 'public' ? 'committee' : 'public';
                  return (
                    <tr key={report.id}>
                      <th scope="row">{report.fileName}</th>
                      <td>{format.dateTime(report.receivedAt)}</td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('publishLabel', { name: report.fileName })}
                          checked={report.visibility === 'public'}
                          onChange={() =>
                            void act(
                              () => api.put(`/submissions/${segment(report.id)}/visibility`, { visibility: next }, z.object({ visibility: Visibility })),
                              t('reportSaved', { name: report.fileName, visibility: labels.visibility(next) }),
                            )
                          }
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {file.data.consent.length > 0 && (
            <>
              <h2>{t('history')}</h2>
              <table>
                <caption class="visually-hidden">{t('history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('who')}</th>
                    <th scope="col">{t('change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...file.data.consent].reverse().map((decision) => (
                    <tr key={`${decision.at}-${decision.by}`}>
                      <td>{format.dateTime(decision.at)}</td>
                      <td>{decision.by}</td>
                      <td>{t('changeText', { before: decision.before ? labels.visibility(decision.before) : '—', after: labels.visibility(decision.after) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </Page>
  );
}
