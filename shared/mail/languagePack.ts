/**
 * The wording of every e-mail, one pack per UN language. A pack only words things: the values it
 * receives are already chosen and formatted (names, dates in the language's style), and the HTML
 * is built from the same paragraphs by `renderMail`, so the six languages cannot drift apart in
 * structure. Packs were written for a formal, diplomatic register; the language services should
 * review them before production use.
 */
import type { ReportType } from '../extraction/contract.js';

export interface ReminderView {
  name: string;
  stateName: string;
  title: string;
  due: string;
  /** Days to the due date (upcoming) or since it (overdue); 0 on the day. */
  days: number;
}

export interface ReceiptView {
  name: string;
  stateName: string;
  fileName: string;
  sha256: string;
  receivedOn: string;
  reference: string;
  /** What was extracted, in one line (already worded by the pack's `summary`). */
  summary: string;
  duplicateOf?: string;
}

export interface RefusalView {
  name: string;
  stateName: string;
  fileName: string;
  receivedOn: string;
  reference: string;
  reason: string;
}

export interface SummaryView {
  reportType: string;
  language: string;
  matrixElements: number;
  treaties: number;
  contacts: number;
}

export interface Message<V> {
  subject: (v: V) => string;
  /** Paragraphs between the greeting and the closing; a line array is one paragraph with line breaks. */
  body: (v: V) => Array<string | string[]>;
}

export interface LanguagePack {
  /** BCP 47 locale for dates and language names. */
  locale: string;
  direction: 'ltr' | 'rtl';
  greeting: (name: string) => string;
  closing: string[];
  /** The footer of a mail to a state's point of contact. */
  footer: (stateName: string) => string;
  /** … to the user who uploaded the file (a receipt or a refusal), who may be no point of contact. */
  uploaderFooter: (stateName: string) => string;
  /** … to an organization's point of contact. */
  organizationFooter: (organization: string) => string;
  reportTypes: Record<ReportType, string>;
  summary: (v: SummaryView) => string;
  upcoming: Message<ReminderView>;
  overdue: Message<ReminderView>;
  receipt: Message<ReceiptView>;
  refused: Message<RefusalView>;
}
