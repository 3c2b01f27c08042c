/**
 * `/states/:iso3/contacts`: the state's points of contact (add, change the e-mail language,
 * remove) and the addresses its reports named, which its users designate, correct or reject
 * (contact proposals are theirs to decide, `shared/store/proposalDecisions.ts`).
 */
import { useState } from 'preact/hooks';
import * as z from 'zod';
import { usePortal } from '../../../app/portal.js';
import type { PageProps } from '../../../app/routes.js';
import { ApiError, ApiErrorKind, segment } from '../../../api/client.js';
import { ContactPoint, DecisionOutcome, pageOf, Proposal } from '../../../api/schemas.js';
import { useAction } from '../../../api/useAction.js';
import { useResource } from '../../../api/useResource.js';
import { ActionFeedback, ErrorMessage, Loading } from '../../../components/Feedback.js';
import { Page } from '../../../components/Page.js';
import { useLanguage, useMessages } from '../../../i18n/language.js';
import { isUnLanguage, LANGUAGE_NAMES, UI_LANGUAGES, type UnLanguage } from '../../../i18n/languages.js';
import { useDomainLabels } from '../../common/useDomainLabels.js';
import { EvidenceList } from '../matrix/EvidenceList.js';
import { useStateName } from '../useStateName.js';
import { contactMessages } from './messages.js';

const ContactList = z.object({ items: z.array(ContactPoint) });
type ContactProposal = Extract<Proposal, { kind: 'contact' }>;

export function ContactsPage({ params }: PageProps) {
  const iso3 = params.iso3!;
  const t = useMessages(contactMessages);
  const labels = useDomainLabels();
  const state = useStateName(iso3);
  const { api } = usePortal();
  const base = `/states/${segment(iso3)}/contacts`;
  const contacts = useResource((client) => client.get(base, ContactList), [iso3]);
  const proposals = useResource((client) => client.get(`/review?state=${segment(iso3)}&kind=contact&limit=200`, pageOf(Proposal)), [iso3]);
  const { run: act, feedback } = useAction(() => {
    contacts.reload();
    proposals.reload();
  });

  const shown = (contacts.data?.items ?? []).filter((c) => c.status !== 'removed');
  const pending = (proposals.data?.items ?? []).filter((p): p is ContactProposal => p.kind === 'contact');
  return (
    <Page title={t('title')}>
      <p>{t('intro', { state })}</p>
      <ActionFeedback feedback={feedback} />
      {contacts.error !== undefined && <ErrorMessage error={contacts.error} onRetry={contacts.reload} />}
      {!contacts.data && contacts.loading && <Loading />}
      {contacts.data && shown.length === 0 && <p>{t('none')}</p>}
      {shown.length > 0 && (
        <table>
          <caption>{t('caption', { state })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('mailLanguage')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((contact) => (
              <tr key={contact.email}>
                <th scope="row">{contact.name}</th>
                <td>{contact.email}</td>
                <td>{contact.role ?? '—'}</td>
                <td>
                  <select
                    aria-label={t('mailLanguageOf', { name: contact.name })}
                    value={contact.language}
                    onChange={(e) => {
                      const language = e.currentTarget.value;
                      if (isUnLanguage(language)) {
                        void act(
                          () => api.patch(`${base}/${segment(contact.email)}`, { language }, ContactPoint),
                          t('languageSaved', { name: contact.name, language: LANGUAGE_NAMES[language] }),
                        );
                      }
                    }}
                  >
                    {UI_LANGUAGES.map((code) => (
                      <option key={code} value={code}>
                        {LANGUAGE_NAMES[code]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <span class={`badge badge-${contact.status}`}>{labels.contactStatus(contact.status)}</span>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('removeLabel', { name: contact.name })}
                    onClick={() => void act(() => api.delete(`${base}/${segment(contact.email)}`, ContactPoint), t('removed', { name: contact.name }))}
                  >
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddContact onAdd={(contact) => act(() => api.post(base, contact, ContactPoint), t('added', { name: contact.name }))} />
      <h2>{t('found')}</h2>
      <p>{t('foundIntro', { state })}</p>
      {proposals.error !== undefined && <ErrorMessage error={proposals.error} onRetry={proposals.reload} />}
      {proposals.data && pending.length === 0 && <p>{t('noneFound')}</p>}
      {pending.map((proposal) => (
        <ContactProposalCard
          key={proposal.id}
          proposal={proposal}
          onDecide={(action) => act(() => api.post('/review/decisions', { action, ids: [proposal.id] }, DecisionOutcome).then(failedDecision), t('decided'))}
          onCorrect={(set) => act(() => api.post(`/review/${segment(proposal.id)}/correct`, { set }, Proposal), t('decided'))}
        />
      ))}
    </Page>
  );
}

/** A decision the API could not take comes back in `errors` with a 200: it is a failure all the same. */
function failedDecision(outcome: z.infer<typeof DecisionOutcome>) {
  const first = outcome.errors[0];
  if (first) throw new ApiError(first.error === 'forbidden' ? ApiErrorKind.forbidden : ApiErrorKind.conflict, first.message);
  return outcome;
}

function AddContact({ onAdd }: { onAdd: (contact: { name: string; email: string; role?: string; language: UnLanguage }) => Promise<boolean> }) {
  const t = useMessages(contactMessages);
  // A new contact's e-mails default to the language this page is read in.
  const { language: pageLanguage } = useLanguage();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [language, setLanguage] = useState<UnLanguage>(pageLanguage);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onAdd({ name: name.trim(), email: email.trim(), ...(role.trim() && { role: role.trim() }), language })) {
          setName('');
          setEmail('');
          setRole('');
        }
      }}
    >
      <fieldset>
        <legend>{t('add')}</legend>
        <div class="field">
          <label for="contact-name">{t('name')}</label>
          <input id="contact-name" required maxLength={200} autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="contact-email">{t('email')}</label>
          <input id="contact-email" type="email" required maxLength={254} autocomplete="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="contact-role">{t('roleOptional')}</label>
          <input id="contact-role" maxLength={200} autocomplete="organization-title" value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="contact-language">{t('mailLanguage')}</label>
          <select id="contact-language" value={language} onChange={(e) => isUnLanguage(e.currentTarget.value) && setLanguage(e.currentTarget.value)}>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="primary">
          {t('addButton')}
        </button>
      </fieldset>
    </form>
  );
}

function ContactProposalCard({
  proposal,
  onDecide,
  onCorrect,
}: {
  proposal: ContactProposal;
  onDecide: (action: 'accept' | 'reject') => void;
  onCorrect: (set: { name: string; email: string }) => void;
}) {
  const t = useMessages(contactMessages);
  const [name, setName] = useState(proposal.value.name);
  const [email, setEmail] = useState(proposal.value.email);
  const who = proposal.value.name || proposal.value.email;
  const id = `proposal-${proposal.id}`;
  return (
    <article class="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{who}</h3>
      <dl class="facts">
        <dt>{t('email')}</dt>
        <dd>{proposal.value.email}</dd>
        {proposal.value.role && (
          <>
            <dt>{t('role')}</dt>
            <dd>{proposal.value.role}</dd>
          </>
        )}
        <dt>{t('mailLanguage')}</dt>
        <dd>{LANGUAGE_NAMES[proposal.value.language]}</dd>
      </dl>
      <EvidenceList evidence={proposal.evidence} />
      <div class="actions">
        <button type="button" class="primary" aria-label={t('designateLabel', { name: who })} onClick={() => onDecide('accept')}>
          {t('designate')}
        </button>
        <button type="button" aria-label={t('rejectLabel', { name: who })} onClick={() => onDecide('reject')}>
          {t('reject')}
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onCorrect({ name: name.trim(), email: email.trim() });
        }}
      >
        <div class="field">
          <label for={`${id}-name`}>{t('correctName', { name: who })}</label>
          <input id={`${id}-name`} maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-email`}>{t('correctEmail', { name: who })}</label>
          <input id={`${id}-email`} type="email" maxLength={254} value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('correct')}</button>
      </form>
    </article>
  );
}
