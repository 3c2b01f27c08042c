/** How a proposal and its evidence read on the secretariat's pages: the value proposed, and the quoted text. */
import { Fragment } from 'preact';
import type { Proposal } from '../../api/schemas.js';
import { EvidenceList } from '../state/matrix/EvidenceList.js';
import { useDomainLabels } from '../common/useDomainLabels.js';
import { useFormats, useMessages } from '../../i18n/language.js';
import { secretariatMessages } from './messages.js';

/**
 * Quoted text beside a proposal or entry, through the state pages' own evidence list; an entry's
 * quotes may lack a page, and some items have none at all.
 */
export function Evidence({ evidence }: { evidence: ReadonlyArray<{ text: string; page?: number | null }> }) {
  const t = useMessages(secretariatMessages);
  if (evidence.length === 0) return <p class="hint">{t('noEvidence')}</p>;
  return <EvidenceList evidence={evidence.map((quote) => ({ text: quote.text, page: quote.page ?? null }))} />;
}

/** The proposed value as facts (element and measure, contact, deadline). */
export function ProposedValue({ proposal }: { proposal: Proposal }) {
  const t = useMessages(secretariatMessages);
  const domain = useDomainLabels();
  const format = useFormats();
  const facts: Array<[string, string]> =
    proposal.kind === 'matrix'
      ? [
          [t('element'), domain.element(proposal.value.element)],
          [t('weapon'), domain.weapon(proposal.value.weapon)],
          [t('measure'), domain.measure(proposal.value.measure)],
          [t('legalReferences'), proposal.value.legalReferences.join('; ') || '—'],
        ]
      : proposal.kind === 'contact'
        ? [
            [t('contactName'), proposal.value.name],
            // The secretariat designates the address; it is shown here, never logged.
            [t('contactEmail'), proposal.value.email],
            [t('contactRole'), proposal.value.role ?? '—'],
          ]
        : [
            [t('dueDate'), format.date(proposal.value.date)],
            [t('deadlineTitle'), proposal.value.title ?? proposal.value.task],
          ];
  return (
    <dl class="facts">
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
      <dt>{t('confidence')}</dt>
      <dd>{proposal.confidence === null ? '—' : format.number(Math.round(proposal.confidence * 100)) + ' %'}</dd>
    </dl>
  );
}
