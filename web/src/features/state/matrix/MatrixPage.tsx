/**
 * `/states/:iso3/matrix`: the confirmed matrix, then each matrix proposal beside its evidence. A
 * state's users confirm, comment or propose a correction (notes the secretariat sees); only the
 * secretariat accepts or rejects matrix proposals (`shared/store/proposalDecisions.ts`), so only
 * the secretariat is offered those buttons.
 */
import { MEASURES, type Measure } from '#shared/extraction/contract.js';
import { useState } from 'preact/hooks';
import { usePortal } from '../../../app/portal.js';
import type { PageProps } from '../../../app/routes.js';
import { segment } from '../../../api/client.js';
import { DecisionOutcome, Proposal, StateFile } from '../../../api/schemas.js';
import { useAction } from '../../../api/useAction.js';
import { useResource } from '../../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useFormats, useMessages } from '../../../i18n/language.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { useStateName } from '../useStateName.js';
import { EvidenceList } from './EvidenceList.js';
import { matrixMessages } from './messages.js';

type MatrixProposal = Extract<Proposal, { kind: 'matrix' }>;

export function MatrixPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(matrixMessages);
  const labels = useDomainLabels();
  const state = useStateName(iso3);
  const file = useResource((api) => api.get(`/states/${segment(iso3)}`, StateFile), [iso3]);
  const matrix = file.data?.matrix ?? [];
  const proposals = (file.data?.awaitingReview ?? []).filter((p): p is MatrixProposal => p.kind === 'matrix');
  return (
    <Page title={t('title')}>
      <p>{t('intro', { state })}</p>
      {file.error !== undefined && <ErrorMessage error={file.error} onRetry={file.reload} />}
      {!file.data && file.loading && <Loading />}
      {file.data && (
        <>
          <h2>{t('confirmed')}</h2>
          {matrix.length === 0 ? (
            <p>{t('noConfirmed')}</p>
          ) : (
            <table>
              <caption class="visually-hidden">{t('confirmed')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('element')}</th>
                  <th scope="col">{t('weapon')}</th>
                  <th scope="col">{t('coverage')}</th>
                  <th scope="col">{t('measure')}</th>
                  <th scope="col">{t('legal')}</th>
                  <th scope="col">{t('evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {matrix.map((entry) => (
                  <tr key={`${entry.element}-${entry.weapon}`}>
                    <th scope="row">{labels.element(entry.element)}</th>
                    <td>{labels.weapon(entry.weapon)}</td>
                    <td>
                      <span class={`badge badge-${entry.coverage}`}>{labels.coverage(entry.coverage)}</span>
                    </td>
                    <td>{entry.measure ? labels.measure(entry.measure) : '—'}</td>
                    <td>{entry.legalReferences.join('; ') || '—'}</td>
                    <td>
                      <EvidenceList evidence={entry.evidence.map((e) => ({ text: e.text, page: e.page ?? null }))} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('proposals')}</h2>
          {proposals.length === 0 && <p>{t('noProposals')}</p>}
          {proposals.map((proposal) => (
            <MatrixProposalCard key={proposal.id} proposal={proposal} onChange={file.reload} />
          ))}
        </>
      )}
    </Page>
  );
}

function MatrixProposalCard({ proposal, onChange }: { proposal: MatrixProposal; onChange: () => void }) {
  const t = useMessages(matrixMessages);
  const labels = useDomainLabels();
  const format = useFormats();
  const { api, session } = usePortal();
  const [comment, setComment] = useState('');
  const [measure, setMeasure] = useState<Measure>(proposal.value.measure);
  const { run: act, feedback } = useAction(onChange);
  const name = t('proposalTitle', { element: labels.element(proposal.value.element), weapon: labels.weapon(proposal.value.weapon) });
  const id = `proposal-${proposal.id}`;

  const note = (body: { kind: 'confirm' | 'comment' | 'correction'; text?: string; set?: Record<string, unknown> }) =>
    act(() => api.post(`/review/${segment(proposal.id)}/notes`, body, Proposal), t('noteSaved'));
  const decide = (action: 'accept' | 'reject') => act(() => api.post('/review/decisions', { action, ids: [proposal.id] }, DecisionOutcome), t('decided'));

  return (
    <article class="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{name}</h3>
      <p>{t('proposedMeasure', { measure: labels.measure(proposal.value.measure) })}</p>
      {proposal.value.legalReferences.length > 0 && <p>{proposal.value.legalReferences.join('; ')}</p>}
      {proposal.confidence !== null && <p class="hint">{t('confidence', { value: format.number(Math.round(proposal.confidence * 100)) })}</p>}
      <EvidenceList evidence={proposal.evidence} />
      {proposal.notes.length > 0 && (
        <>
          <h4>{t('notes')}</h4>
          <ul>
            {proposal.notes.map((n, i) => (
              <li key={i}>
                {n.kind === 'confirm'
                  ? t('noteConfirm', { by: n.by })
                  : t(n.kind === 'comment' ? 'noteComment' : 'noteCorrection', { by: n.by, text: n.text ?? JSON.stringify(n.set) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        <button type="button" aria-label={t('confirmLabel', { name })} onClick={() => void note({ kind: 'confirm' })}>
          {t('confirm')}
        </button>
        {session?.isSecretariat && (
          <>
            <button type="button" aria-label={t('acceptLabel', { name })} onClick={() => void decide('accept')}>
              {t('accept')}
            </button>
            <button type="button" aria-label={t('rejectLabel', { name })} onClick={() => void decide('reject')}>
              {t('reject')}
            </button>
          </>
        )}
      </div>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (comment.trim()) void note({ kind: 'comment', text: comment.trim() });
        }}
      >
        <label for={`${id}-comment`}>{t('commentLabel', { name })}</label>
        <textarea id={`${id}-comment`} rows={2} maxLength={2000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <div>
          <button type="submit">{t('sendComment')}</button>
        </div>
      </form>
      <form
        class="field-inline"
        onSubmit={(e) => {
          e.preventDefault();
          void note({ kind: 'correction', text: labels.measure(measure), set: { measure } });
        }}
      >
        <label for={`${id}-measure`}>{t('correctionLabel', { name })}</label>
        <select id={`${id}-measure`} value={measure} onChange={(e) => setMeasure(e.currentTarget.value as Measure)}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {labels.measure(m)}
            </option>
          ))}
        </select>
        <button type="submit">{t('sendCorrection')}</button>
      </form>
      <ActionFeedback feedback={feedback} />
    </article>
  );
}
