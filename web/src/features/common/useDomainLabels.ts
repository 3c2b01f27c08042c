/** Labels of the domain's values (report types, elements, statuses, refusals) in the page's language. */
import type { MatrixElement, RejectionCode, ReportType, Weapon } from '#shared/extraction/contract.js';
import { useMessages } from '../../i18n/language.js';
import { domainMessages } from './domainMessages.js';

type DomainKey = keyof (typeof domainMessages)['en'];
const has = (key: string): key is DomainKey => key in domainMessages.en;

/** Labels of the domain's values in the page's language; an unknown value is shown as it is. */
export function useDomainLabels() {
  const t = useMessages(domainMessages);
  const label = (key: string, fallback: string) => (has(key) ? t(key) : fallback);
  return {
    reportType: (value: ReportType | null | undefined) => (value ? label(`report.${value}`, value) : '—'),
    element: (value: MatrixElement) => label(`element.${value}`, value),
    weapon: (value: Weapon) => label(`weapon.${value}`, value),
    measure: (value: string) => label(`measure.${value}`, value),
    coverage: (value: string) => label(`coverage.${value}`, value),
    submissionStatus: (value: string) => label(`submission.${value}`, value),
    visibility: (value: string) => label(`visibility.${value}`, value),
    contactStatus: (value: string) => label(`contact.${value}`, value),
    /** Why a file was refused, in the reader's language, from the refusal's code. */
    refusal: (code: RejectionCode | string | undefined) => label(`refusal.${code ?? 'other'}`, t('refusal.other')),
  };
}
