/**
 * Contacts in narrow tables, from small tables written here (not from any corpus document): addresses a narrow column
 * wraps inside their cell, rows whose first cell spans several people, a status column that marks the outgoing person, a
 * post cell that names the person replaced, mailboxes written under a table, and the titles such tables put before names.
 * Rows are given as a PDF or a text export's columns are read: cells apart by tabs.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('an address that its narrow cell wraps', () => {
  it.each([
    ['after the "@"', 'a.lima@ trade.example.gov', 'a.lima@trade.example.gov'],
    ['at a dot', 'a.lima@trade. example.gov', 'a.lima@trade.example.gov'],
    ['at a hyphen, before the "@"', 'a.lima-reyes@ trade.example.gov', 'a.lima-reyes@trade.example.gov'],
    ['at a hyphen and a dot', 'a.lima- reyes@customs. example.gov', 'a.lima-reyes@customs.example.gov'],
    ['at an underscore', 'lim_ zhen_hua@mfa.example.gov', 'lim_zhen_hua@mfa.example.gov'],
  ])('is read whole, broken %s', (_, cell, address) => {
    const text = `No.\tName\tPost\tTelephone\tE-mail\n1\tMs. Ana Lima\tDirector\t+1 555 0100\t${cell}\n2\tMr. Owen Price\tDeputy\t+1 555 0101\to.price@trade.example.gov`;
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: address }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });

  it('is read whole where the row\'s line ends after the "@" and the cell goes on in the lines below', () => {
    const text = 'Institution\tPost\tName\tE-mail\nMinistry of\tDirector,\tMs. Ana Lima\ta.lima@\nForeign Affairs\tTreaties\tReyes\ttrade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima Reyes', email: 'a.lima@trade.example.gov' }]);
  });

  it('joins nothing in a cell that holds more than the address', () => {
    const text = 'Name\tPost\tE-mail\nMs. Ana Lima\tDirector\tOffice a.lima@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }]);
  });
});

describe('a row whose first cell is left empty under a body that spans its people', () => {
  it('is a row of its own where it gives its own address', () => {
    const text = 'Agency\tStatus\tName and post\tE-mail\nMinistry of Trade\tConfirmed\tMs. Ana Lima, Director\ta.lima@trade.example.gov\n\tAdded\tMr. Owen Price, Deputy\to.price@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });
});
