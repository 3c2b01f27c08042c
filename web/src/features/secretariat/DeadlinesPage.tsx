/**
 * `/deadlines`: the deadlines read from Committee documents, each beside the text it was read from,
 * confirmed with its title and who must act corrected; then the active deadlines.
 */
import { DeadlineConcerns } from '#shared/extraction/contract.js';
import { usePortal } from '../../app/portal.js';
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { DeadlineList, DeadlineView } from '../../api/secretariatSchemas.js';
import { useAction } from '../../api/useAction.js';
import { useResource } from '../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { Evidence } from './ProposalView.js';

export function DeadlinesPage(_: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const proposed = useResource((api) => api.get('/deadlines?status=proposed', DeadlineList), []);
  const active = useResource((api) => api.get('/deadlines?status=active', DeadlineList), []);
  const { api } = usePortal();
  const { run, feedback } = useAction(() => {
    proposed.reload();
    active.reload();
  });
  const confirm = (id: string, correction: { title: string; concerns: DeadlineConcerns }) =>
    run(() => api.post(`/deadlines/${segment(id)}/confirm`, correction, DeadlineView), (deadline) => t('deadlineConfirmed', { title: deadline.title }));
  return (
    <Page title={t('deadlinesTitle')}>
      <ActionFeedback feedback={feedback} />
      <h2>{t('proposedDeadlines')}</h2>
      {proposed.error !== undefined && <ErrorMessage error={proposed.error} onRetry={proposed.reload} />}
      {!proposed.data && proposed.loading && <Loading />}
      {proposed.data?.items.length === 0 && <p>{t('noProposedDeadlines')}</p>}
      {proposed.data?.items.map((deadline) => <ProposedDeadline key={deadline.id} deadline={deadline} onConfirm={confirm} />)}
      <h2>{t('activeDeadlines')}</h2>
      {active.error !== undefined && <ErrorMessage error={active.error} onRetry={active.reload} />}
      {!active.data && active.loading && <Loading />}
      {active.data && (
        <table>
          <caption>{t('activeCaption', { count: format.number(active.data.items.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dueDate')}</th>
              <th scope="col">{t('deadlineTitle')}</th>
              <th scope="col">{t('concerns')}</th>
              <th scope="col">{t('recurrence')}</th>
            </tr>
          </thead>
          <tbody>
            {active.data.items.map((d) => (
              <tr key={d.id}>
                <td>{format.date(d.dueDate)}</td>
                <td>{d.title}</td>
                <td>{t(`concerns_${d.concerns}`)}</td>
                <td>{d.recurrence ? t(`recurrence_${d.recurrence}`) : t('once')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

function ProposedDeadline({ deadline, onConfirm }: { deadline: DeadlineView; onConfirm(id: string, correction: { title: string; concerns: DeadlineConcerns }): void }) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const id = `deadline-${deadline.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    onConfirm(deadline.id, { title: String(form.get('title')).trim(), concerns: DeadlineConcerns.parse(form.get('concerns')) });
  };
  return (
    <form class="card" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>
        {format.date(deadline.dueDate)} · {deadline.title}
      </h3>
      <Evidence evidence={deadline.evidence ? [{ text: deadline.evidence }] : []} />
      <div class="field">
        <label for={`${id}-title`}>{t('deadlineTitle')}</label>
        <input id={`${id}-title`} name="title" required maxLength={300} defaultValue={deadline.title} />
      </div>
      <div class="field">
        <label for={`${id}-concerns`}>{t('whoMustAct')}</label>
        <select id={`${id}-concerns`} name="concerns" defaultValue={deadline.concerns}>
          {DeadlineConcerns.options.map((c) => (
            <option key={c} value={c}>
              {t(`concerns_${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary">
        {t('confirmDeadline')}
      </button>
    </form>
  );
}
