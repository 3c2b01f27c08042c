/**
 * `/review`: the queue of proposals awaiting review, one open beside its evidence. With the open
 * proposal focused, A accepts, R rejects and C corrects (the keys work only there, so typing
 * elsewhere never decides anything: WCAG 2.1.4). A whole submission's proposals above a confidence
 * are accepted at once.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MEASURES } from '#shared/extraction/contract.js';
import { usePortal } from '../../app/portal.js';
import type { PageProps } from '../../app/routes.js';
import { ApiError, ApiErrorKind, segment } from '../../api/client.js';
import { DecisionOutcome, pageOf, Proposal } from '../../api/schemas.js';
import { useAction } from '../../api/useAction.js';
import { useResource } from '../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading } from '../../components/Feedback.js';
import { Page } from '../../components/Page.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';
import { Evidence, ProposedValue } from './ProposalView.js';
import { useStateNames } from './useStateNames.js';

const KINDS = ['matrix', 'contact', 'deadline'] as const;
const QUEUE_SIZE = 100;

export function ReviewPage({ query }: PageProps) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const nameOf = useStateNames();
  const domain = useDomainLabels();
  const { api } = usePortal();
  const [state, setState] = useState(query.get('state') ?? '');
  const [kind, setKind] = useState(query.get('kind') ?? '');
  const queue = useResource((client) => {
    const filter = new URLSearchParams({ status: 'pending', limit: String(QUEUE_SIZE) });
    if (/^[A-Z]{3}$/.test(state)) filter.set('state', state);
    if (kind) filter.set('kind', kind);
    return client.get(`/review?${filter}`, pageOf(Proposal));
  }, [state, kind]);
  const proposals = queue.data?.items ?? [];
  const [openIndex, setOpenIndex] = useState(0);
  const open = proposals[Math.min(openIndex, proposals.length - 1)];
  const { run, feedback } = useAction(queue.reload);
  // After a decision, or a proposal chosen in the list, the open proposal takes the focus (its keys work there).
  const [focusOpen, setFocusOpen] = useState(false);

  /** Runs a decision; the queue reloads and the next proposal takes this one's place. */
  const decide = <T,>(call: () => Promise<T>, saved: string | ((result: T) => string)) => {
    setFocusOpen(true);
    void run(call, saved);
  };
  const decideOne = (proposal: Proposal, action: 'accept' | 'reject') =>
    decide(
      async () => {
        const result = await api.post('/review/decisions', { action, ids: [proposal.id] }, DecisionOutcome);
        // A proposal decided meanwhile by someone else is answered as an error of the batch.
        if (result.errors[0]) throw new ApiError(ApiErrorKind.conflict, result.errors[0].message);
      },
      t(action === 'accept' ? 'acceptedOne' : 'rejectedOne', { proposal: summaryOf(proposal) }),
    );
  const summaryOf = (p: Proposal) =>
    `${p.state ? nameOf(p.state) : t('committee')}: ${
      p.kind === 'matrix' ? `${domain.element(p.value.element)} (${domain.measure(p.value.measure)})` : p.kind === 'contact' ? p.value.name : (p.value.title ?? p.value.task)
    }`;

  return (
    <Page title={t('reviewTitle')}>
      <div class="filters">
        <div class="field">
          <label for="review-state">{t('filterState')}</label>
          <input id="review-state" value={state} maxLength={3} placeholder="FRA" onInput={(e) => setState(e.currentTarget.value.toUpperCase())} />
        </div>
        <div class="field">
          <label for="review-kind">{t('filterKind')}</label>
          <select id="review-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">{t('filterAll')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActionFeedback feedback={feedback} />
      {queue.error !== undefined && <ErrorMessage error={queue.error} onRetry={queue.reload} />}
      {!queue.data && queue.loading && <Loading />}
      {queue.data && proposals.length === 0 && <p>{t('queueEmpty')}</p>}
      {open && (
        <OpenProposal
          key={open.id}
          proposal={open}
          position={t('proposalPosition', { n: format.number(proposals.indexOf(open) + 1), count: format.number(proposals.length) })}
          title={summaryOf(open)}
          focus={focusOpen}
          onDecide={(action) => void decideOne(open, action)}
          onCorrect={(set) => decide(() => api.post(`/review/${segment(open.id)}/correct`, { set }, Proposal), t('correctedOne', { proposal: summaryOf(open) }))}
        />
      )}
      {proposals.length > 0 && (
        <table>
          <caption>{t('queueCaption', { count: format.number(proposals.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnState')}</th>
              <th scope="col">{t('filterKind')}</th>
              <th scope="col">{t('proposal')}</th>
              <th scope="col">{t('confidence')}</th>
              <th scope="col">{t('received')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p, i) => (
              <tr key={p.id} aria-current={p === open ? 'true' : undefined} class={p === open ? 'current-row' : undefined}>
                <td>{p.state ? nameOf(p.state) : t('committee')}</td>
                <td>{t(`kind_${p.kind}`)}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => {
                      setOpenIndex(i);
                      setFocusOpen(true);
                    }}>
                    {summaryOf(p)}
                  </button>
                </td>
                <td>{p.confidence === null ? '—' : `${format.number(Math.round(p.confidence * 100))} %`}</td>
                <td>{format.date(p.submissionReceivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {proposals.length > 0 && (
        <BulkAccept
          proposals={proposals}
          onAccept={(submissionId, minConfidence) =>
            decide(
              () => api.post('/review/decisions', { action: 'accept', submissionId, minConfidence }, DecisionOutcome),
              (result) => t('bulkAccepted', { count: format.number(result.items.length) }),
            )
          }
        />
      )}
    </Page>
  );
}

/** The open proposal beside its evidence, with its decisions on the keyboard. */
function OpenProposal({ proposal, position, title, focus, onDecide, onCorrect }: {
  proposal: Proposal;
  position: string;
  title: string;
  focus: boolean;
  onDecide(action: 'accept' | 'reject'): void;
  onCorrect(set: Record<string, unknown>): void;
}) {
  const t = useMessages(secretariatMessages);
  const panel = useRef<HTMLElement>(null);
  const [correcting, setCorrecting] = useState(false);
  // Layout effect: the focus moves with the render, before the next key is read.
  useLayoutEffect(() => {
    if (focus) panel.current?.focus();
  }, [focus]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== panel.current || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'a') onDecide('accept');
    else if (key === 'r') onDecide('reject');
    else if (key === 'c') setCorrecting(true);
    else return;
    event.preventDefault();
  };
  return (
    <section ref={panel} class="review-panel" tabIndex={0} aria-labelledby="open-proposal" onKeyDown={onKeyDown}>
      <h2 id="open-proposal">
        {position}: {title}
      </h2>
      <p class="hint">{t('keyboardHint')}</p>
      <div class="side-by-side">
        <div>
          <h3>{t('proposal')}</h3>
          <ProposedValue proposal={proposal} />
        </div>
        <div>
          <h3>{t('evidence')}</h3>
          <Evidence evidence={proposal.evidence} />
        </div>
      </div>
      {correcting ? (
        <CorrectionForm proposal={proposal} onSave={onCorrect} onCancel={() => setCorrecting(false)} />
      ) : (
        <div class="actions">
          <button type="button" class="primary" aria-keyshortcuts="A" onClick={() => onDecide('accept')}>
            {t('accept')} <kbd>A</kbd>
          </button>
          <button type="button" aria-keyshortcuts="R" onClick={() => onDecide('reject')}>
            {t('reject')} <kbd>R</kbd>
          </button>
          <button type="button" aria-keyshortcuts="C" onClick={() => setCorrecting(true)}>
            {t('correct')} <kbd>C</kbd>
          </button>
        </div>
      )}
    </section>
  );
}

/** The fields a person may correct, by kind of proposal; only the changed ones are sent. */
function CorrectionForm({ proposal, onSave, onCancel }: { proposal: Proposal; onSave(set: Record<string, unknown>): void; onCancel(): void }) {
  const t = useMessages(secretariatMessages);
  const domain = useDomainLabels();
  const first = useRef<HTMLSelectElement & HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const set: Record<string, unknown> =
      proposal.kind === 'matrix'
        ? { measure: value('measure'), legalReferences: value('legalReferences').split(';').map((s) => s.trim()).filter(Boolean) }
        : proposal.kind === 'contact'
          ? { name: value('name'), role: value('role') || null }
          : { date: value('date'), title: value('title') || null };
    onSave(set);
  };
  return (
    <form class="correction" onSubmit={submit}>
      <fieldset>
        <legend>{t('correctLegend')}</legend>
        {proposal.kind === 'matrix' && (
          <>
            <div class="field">
              <label for="correct-measure">{t('measure')}</label>
              <select id="correct-measure" name="measure" ref={first} defaultValue={proposal.value.measure}>
                {MEASURES.map((m) => (
                  <option key={m} value={m}>
                    {domain.measure(m)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="correct-references">{t('legalReferences')}</label>
              <input id="correct-references" name="legalReferences" defaultValue={proposal.value.legalReferences.join('; ')} aria-describedby="correct-references-hint" />
              <p id="correct-references-hint" class="hint">{t('referencesHint')}</p>
            </div>
          </>
        )}
        {proposal.kind === 'contact' && (
          <>
            <div class="field">
              <label for="correct-name">{t('contactName')}</label>
              <input id="correct-name" name="name" ref={first} required defaultValue={proposal.value.name} />
            </div>
            <div class="field">
              <label for="correct-role">{t('contactRole')}</label>
              <input id="correct-role" name="role" defaultValue={proposal.value.role ?? ''} />
            </div>
          </>
        )}
        {proposal.kind === 'deadline' && (
          <>
            <div class="field">
              <label for="correct-date">{t('dueDate')}</label>
              <input id="correct-date" name="date" type="date" ref={first} required defaultValue={proposal.value.date} />
            </div>
            <div class="field">
              <label for="correct-title">{t('deadlineTitle')}</label>
              <input id="correct-title" name="title" defaultValue={proposal.value.title ?? ''} />
            </div>
          </>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {t('saveCorrection')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** Accept every pending proposal of one submission whose confidence reaches a threshold. */
function BulkAccept({ proposals, onAccept }: { proposals: Proposal[]; onAccept(submissionId: string, minConfidence: number): void }) {
  const t = useMessages(secretariatMessages);
  const format = useFormats();
  const nameOf = useStateNames();
  const submissions = useMemo(() => {
    const seen = new Map<string, Proposal>();
    for (const p of proposals) if (!seen.has(p.submissionId)) seen.set(p.submissionId, p);
    return [...seen.values()];
  }, [proposals]);
  const [submissionId, setSubmissionId] = useState(submissions[0]?.submissionId ?? '');
  const [threshold, setThreshold] = useState(90);
  const chosen = submissions.some((s) => s.submissionId === submissionId) ? submissionId : (submissions[0]?.submissionId ?? '');
  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        onAccept(chosen, threshold / 100);
      }}
    >
      <h2>{t('bulkTitle')}</h2>
      <div class="field">
        <label for="bulk-submission">{t('bulkSubmission')}</label>
        <select id="bulk-submission" value={chosen} onChange={(e) => setSubmissionId(e.currentTarget.value)}>
          {submissions.map((s) => (
            <option key={s.submissionId} value={s.submissionId}>
              {(s.state ? nameOf(s.state) : t('committee')) + ' · ' + format.dateTime(s.submissionReceivedAt)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="bulk-threshold">{t('bulkThreshold')}</label>
        <input id="bulk-threshold" type="number" min={0} max={100} step={5} value={threshold} onInput={(e) => setThreshold(Number(e.currentTarget.value))} />
      </div>
      <button type="submit">{t('bulkAccept', { threshold: format.number(threshold) })}</button>
    </form>
  );
}
