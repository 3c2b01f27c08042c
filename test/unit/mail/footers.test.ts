/**
 * Each mail says, at its foot and in the recipient's language, why this person gets it: a state's
 * national point of contact, the user who uploaded the file (who may be no point of contact), or
 * an organization's point of contact (never "national").
 */
import { describe, expect, it } from 'vitest';
import { UnLanguage } from '../../../shared/extraction/contract.js';
import { renderMail } from '../../../shared/mail/renderMail.js';
import { OutboundMail } from '../../../shared/store/outboundMail.js';

const footerOf = (mail: OutboundMail) => renderMail(mail).text.split('\n--\n')[1]!.trim();

const receipt = (language: UnLanguage, addressedAs: 'contact' | 'uploader') =>
  OutboundMail.parse({
    kind: 'receipt', state: 'FRA', status: 'queued', queuedAt: '2026-12-02T10:00:00.000Z',
    recipient: { email: 'someone@example.org', name: 'A. Person', language, addressedAs },
    submission: { submissionId: 'sub-1', fileName: 'report.pdf', receivedAt: '2026-12-02T10:00:00.000Z' },
  });

const organizationReminder = (language: UnLanguage) =>
  OutboundMail.parse({
    kind: 'upcoming', organization: 'IAEA', status: 'queued', queuedAt: '2026-12-02T10:00:00.000Z',
    recipient: { email: 'poc@iaea.example', name: 'A. Person', language },
    reminder: { deadlineId: 'dl-1', occurrence: '2027-05-31', step: 'D-30', offsetDays: -30, title: 'Designate a point of contact', titles: {}, precision: 'day' },
  });

describe('the footer of a mail', () => {
  it.each(UnLanguage.options)('in %s, tells a contact, an uploader and an organization apart', (language) => {
    const contact = footerOf(receipt(language, 'contact'));
    const uploader = footerOf(receipt(language, 'uploader'));
    const organization = footerOf(organizationReminder(language));

    expect(new Set([contact, uploader, organization]).size).toBe(3);
    expect(organization).toContain('IAEA');
  });

  it('in English, says "national" only to a state\'s point of contact', () => {
    expect(footerOf(receipt('en', 'contact'))).toContain('national point of contact of France');
    expect(footerOf(receipt('en', 'uploader'))).toMatch(/^This message was sent automatically to you as the user who uploaded this file for France/);
    expect(footerOf(organizationReminder('en'))).toBe('This message was sent automatically to the point of contact of IAEA for resolution 1540 (2004).');
  });
});
