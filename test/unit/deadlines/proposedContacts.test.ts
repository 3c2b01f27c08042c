/** A proposed contact (an address a document names) is nobody to write to and no point of contact. */
import { describe, expect, it } from 'vitest';
import { activeContacts, concernsState, hasComplied, type StateStanding } from '../../../shared/deadlines/compliance.js';
import { mayBeMailed } from '../../../shared/mail/recipients.js';
import { type ContactPoint, type ContactStatus, Deadline } from '../../../shared/store/items.js';

const contact = (status: ContactStatus): ContactPoint => ({
  state: 'SEN', name: 'A. Diop', email: `${status}@mfa.example.gov`, language: 'fr', status, source: 's1', updatedAt: '2026-01-01T00:00:00.000Z',
});
const standing = (...statuses: ContactStatus[]): StateStanding => ({ iso3: 'SEN', reportingStatus: 'reported', contacts: statuses.map(contact), submissions: [] });
const designatePointOfContact = Deadline.parse({
  id: 'poc', title: 'Designate a point of contact', dueDate: '2026-06-30', precision: 'day', recurrence: null, status: 'active', source: 'seed',
  createdAt: '2026-01-01T00:00:00.000Z', appliesTo: { kind: 'rule', rule: 'no_point_of_contact' }, satisfiedBy: { kind: 'contact_designated' },
});

describe('a proposed contact', () => {
  it('is not an active contact, so a state with only proposed ones has designated no point of contact', () => {
    const onlyProposed = standing('proposed', 'proposed');

    expect(activeContacts(onlyProposed)).toEqual([]);
    expect(concernsState(designatePointOfContact, onlyProposed)).toBe(true);
    expect(hasComplied(designatePointOfContact, onlyProposed, null, '2026-12-01')).toBe(false);
    expect(hasComplied(designatePointOfContact, standing('proposed', 'active'), null, '2026-12-01')).toBe(true);
  });

  it('is never mailed as a contact; the uploader is, unless the address is suppressed', () => {
    expect(mayBeMailed({ addressedAs: 'contact' }, contact('proposed'))).toBe(false);
    expect(mayBeMailed({ addressedAs: 'contact' }, contact('active'))).toBe(true);
    expect(mayBeMailed({ addressedAs: 'contact' }, undefined)).toBe(false);
    expect(mayBeMailed({ addressedAs: 'uploader' }, undefined)).toBe(true);
    expect(mayBeMailed({ addressedAs: 'uploader' }, contact('proposed'))).toBe(true);
    expect(mayBeMailed({ addressedAs: 'uploader' }, contact('bounced'))).toBe(false);
    expect(mayBeMailed({ addressedAs: 'uploader' }, contact('complained'))).toBe(false);
  });
});
