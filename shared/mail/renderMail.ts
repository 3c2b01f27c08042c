/**
 * Turns an outbound-mail record into subject, text and HTML in the recipient's language, English
 * when the language has no pack or a deadline has no title in it. The HTML is the text's
 * paragraphs, escaped, in a document that declares its language and direction (Arabic is RTL).
 */
import { commonNames } from '../reference/commonNames.js';
import { isMemberState } from '../reference/memberStates.js';
import type { UnLanguage } from '../extraction/contract.js';
import { mailParty, type CalendarFacts, type DigestFacts, type OutboundMail } from '../store/outboundMail.js';
import type { LanguagePack, Message } from './languagePack.js';
import { ar } from './languages/ar.js';
import { en } from './languages/en.js';
import { es } from './languages/es.js';
import { fr } from './languages/fr.js';
import { ru } from './languages/ru.js';
import { zh } from './languages/zh.js';

export const LANGUAGE_PACKS: Record<UnLanguage, LanguagePack> = { ar, en, es, fr, ru, zh };

export interface RenderedMail {
  language: UnLanguage;
  subject: string;
  text: string;
  html: string;
}

export class UnrenderableMailError extends Error {
  override readonly name = 'UnrenderableMailError';
}

export function renderMail(mail: OutboundMail): RenderedMail {
  const language: UnLanguage = mail.recipient.language in LANGUAGE_PACKS ? mail.recipient.language : 'en';
  const pack = LANGUAGE_PACKS[language];
  const stateName = mail.state && isMemberState(mail.state) ? commonNames(mail.state)[language] : mailParty(mail);
  const name = mail.recipient.name;
  const footer = footerFor(pack, mail, stateName);
  const day = (iso: string) => formatDate(pack, iso, 'day');

  switch (mail.kind) {
    case 'upcoming':
    case 'overdue': {
      const r = mail.reminder;
      if (!r) throw new UnrenderableMailError(`a ${mail.kind} mail carries no reminder`);
      const view = { name, stateName, title: r.titles[language] ?? r.title, due: formatDate(pack, r.occurrence, r.precision), days: Math.abs(r.offsetDays) };
      return compose(pack, language, pack[mail.kind], view, name, footer);
    }
    case 'receipt': {
      const s = mail.submission;
      if (!s) throw new UnrenderableMailError('a receipt carries no submission');
      const summary = s.extracted
        ? pack.summary({ ...s.extracted, reportType: pack.reportTypes[s.extracted.reportType], language: languageName(pack, s.extracted.language) })
        : '—';
      const view = { name, stateName, fileName: s.fileName, sha256: s.sha256 ?? '—', receivedOn: day(s.receivedAt), reference: s.submissionId, summary, duplicateOf: s.duplicateOf };
      return compose(pack, language, pack.receipt, view, name, footer);
    }
    case 'refused': {
      const s = mail.submission;
      if (!s?.rejection) throw new UnrenderableMailError('a refusal carries no reason');
      const view = { name, stateName, fileName: s.fileName, receivedOn: day(s.receivedAt), reference: s.submissionId, reason: s.rejection.message };
      return compose(pack, language, pack.refused, view, name, footer);
    }
    case 'digest': {
      if (!mail.digest) throw new UnrenderableMailError('a digest carries no entries');
      return renderDigest(mail.digest);
    }
    case 'calendar': {
      if (!mail.calendar) throw new UnrenderableMailError('a calendar reminder carries no facts');
      return renderCalendarReminder(mail.calendar);
    }
  }
}

/**
 * The secretariat's monthly reminder to keep the outreach calendar ahead, in English like the
 * digest (both go to the secretariat's own address): how far it reaches, flagged when short.
 */
function renderCalendarReminder(facts: CalendarFacts): RenderedMail {
  const pack = LANGUAGE_PACKS.en;
  const reach = facts.reachesUntil ? `its last scheduled event ends on ${formatDate(pack, facts.reachesUntil, 'day')} (${facts.monthsAhead} month(s) ahead)` : 'it holds no scheduled event';
  const subject = facts.short
    ? `Outreach calendar: under ${facts.monthsWanted} months ahead, please update it`
    : `Outreach calendar: monthly review (${facts.monthsAhead} months ahead)`;
  const paragraphs = [
    `On ${formatDate(pack, facts.asOf, 'day')}, the outreach calendar of the Committee reaches this far: ${reach}.`,
    facts.short
      ? `The programme of work asks for the calendar to be kept at least ${facts.monthsWanted} months ahead: please enter the events known so far, with a public note for those that are public.`
      : `It is at least ${facts.monthsWanted} months ahead, as the programme of work asks: please check that the events known so far are entered and still correct.`,
  ];
  const text = `${subject}\n\n${paragraphs.join('\n\n')}\n\n--\nSent on the first of each month by the reporting portal's reminder planner.\n`;
  const html =
    `<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n` +
    `${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</body></html>\n`;
  return { language: 'en', subject, text, html };
}

/**
 * The secretariat's daily digest, in English (the secretariat's working language): one line per
 * Committee or Secretariat task due or overdue that day.
 */
function renderDigest(digest: DigestFacts): RenderedMail {
  const pack = LANGUAGE_PACKS.en;
  const subject = `Committee and Secretariat tasks due or overdue, ${formatDate(pack, digest.asOf, 'day')}: ${digest.entries.length}`;
  const lines = digest.entries.map((e) => {
    const due = formatDate(pack, e.occurrence, e.precision);
    const when = e.offsetDays === 0 ? `due today (${due})` : `overdue by ${e.offsetDays} day(s) (due ${due})`;
    return `- ${e.concerns === 'committee' ? 'Committee' : 'Secretariat'}: ${e.title}, ${when} [${e.deadlineId}]`;
  });
  const text = `${subject}\n\n${lines.join('\n')}\n\n--\nSent daily by the reporting portal's reminder planner; states and organizations are not written to about these tasks.\n`;
  const html =
    `<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n` +
    `<p>${escapeHtml(subject)}</p>\n<ul>\n${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('\n')}\n</ul>\n</body></html>\n`;
  return { language: 'en', subject, text, html };
}

/** Why this person gets the mail: a state's point of contact, the user who uploaded the file, or an organization's contact. */
function footerFor(pack: LanguagePack, mail: OutboundMail, stateName: string): string {
  if (mail.organization) return pack.organizationFooter(mail.organization);
  return mail.recipient.addressedAs === 'uploader' ? pack.uploaderFooter(stateName) : pack.footer(stateName);
}

function compose<V>(pack: LanguagePack, language: UnLanguage, message: Message<V>, view: V, name: string, footer: string): RenderedMail {
  const subject = message.subject(view);
  const paragraphs: string[][] = [[pack.greeting(name)], ...message.body(view).map((p) => (Array.isArray(p) ? p : [p])), pack.closing];
  const text = `${paragraphs.map((lines) => lines.join('\n')).join('\n\n')}\n\n--\n${footer}\n`;
  const html =
    `<!DOCTYPE html>\n<html lang="${language}" dir="${pack.direction}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family: Arial, 'Noto Sans', sans-serif; line-height: 1.5">\n` +
    paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`).join('\n') +
    `\n<hr>\n<p style="color: #555; font-size: smaller">${escapeHtml(footer)}</p>\n</body></html>\n`;
  return { language, subject, text, html };
}

function formatDate(pack: LanguagePack, iso: string, precision: 'day' | 'month'): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(pack.locale, options).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

function languageName(pack: LanguagePack, code: string): string {
  try {
    return new Intl.DisplayNames(pack.locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
