/**
 * `/deadlines`: the deadlines read from Committee documents, each beside the text it was read from,
 * confirmed with its title and who must act corrected; then the active deadlines.
 */
import { useState } from 'preact/hooks';
import { DeadlineConcerns } from '#shared/extraction/contract.js';
import { usePortal } from '../../app/portal.js';
import type { PageProps } from '../../app/routes.js';
import { segment } from '../../api/client.js';
import { DeadlineList, DeadlineView } from '../../api/secretariatSchemas.js';
import { useResource } from '../../api/useResource.js';
import { ErrorMessage, Loading, Notice } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { Evidence } from './ProposalView.js';

export function DeadlinesPage(_: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const proposed = useResource((api) => api.get('/deadlines?status=proposed', DeadlineList), []);
  const active = useResource((api) => api.get('/deadlines?status=active', DeadlineList), []);
  const [confirmed, setConfirmed] = useState<string | undefined>();
  const onConfirmed = (deadline: DeadlineView) => {
    setConfirmed(t('deadlineConfirmed', { title: deadline.title }));
    proposed.reload();
    active.reload();
  };
  return (
    <Page title={t('deadlinesTitle')}>
      {confirmed && <Notice kind="success">{confirmed}</Notice>}
      <h2>{t('proposedDeadlines')}</h2>
      {proposed.error !== undefined && <ErrorMessage error={proposed.error} onRetry={proposed.reload} />}
      {!proposed.data && proposed.loading && <Loading />}
      {proposed.data?.items.length === 0 && <p>{t('noProposedDeadlines')}</p>}
      {proposed.data?.items.map((deadline) => <ProposedDeadline key={deadline.id} deadline={deadline} onConfirmed={onConfirmed} />)}
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

function ProposedDeadline({ deadline, onConfirmed }: { deadline: DeadlineView; onConfirmed(deadline: DeadlineView): void }) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const { api } = usePortal();
  const [error, setError] = useState<unknown>();
  const id = `deadline-${deadline.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const concerns = DeadlineConcerns.parse(form.get('concerns'));
    try {
      onConfirmed(await api.post(`/deadlines/${segment(deadline.id)}/confirm`, { title: String(form.get('title')).trim(), concerns }, DeadlineView));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form class="card" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
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
      {error !== undefined && <ErrorMessage error={error} />}
      <button type="submit" class="primary">
        {t('confirmDeadline')}
      </button>
    </form>
  );
}
