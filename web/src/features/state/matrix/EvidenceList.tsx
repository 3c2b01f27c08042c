/** A proposal's evidence: the quoted text of the report, with its page where known. */
import { useMessages } from '../../../i18n/language.js';
import { matrixMessages } from './messages.js';

export function EvidenceList({ evidence }: { evidence: ReadonlyArray<{ text: string; page: number | null }> }) {
  const t = useMessages(matrixMessages);
  return (
    <>
      {evidence.map((quote, i) => (
        <figure key={i}>
          <figcaption>{quote.page ? t('evidencePage', { page: quote.page }) : t('evidence')}</figcaption>
          <blockquote class="evidence">{quote.text}</blockquote>
        </figure>
      ))}
    </>
  );
}
