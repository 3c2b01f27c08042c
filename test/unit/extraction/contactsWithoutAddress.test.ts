/**
 * Persons designated as points of contact with no e-mail address (only a telephone, a post or a
 * postal address), from small texts written here (not from any corpus document).
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a contact given with a telephone only', () => {
  it.each([
    ['a major', 'Maj.', 'Ines Roth'],
    ['a brigadier', 'Brig.', 'Samuel Okafor'],
    ['a commander', 'Cdr.', 'Nils Aberg'],
  ])('reads the name after the abbreviated rank of %s, in a table row as after Col.', (_what, rank, name) => {
    const table = ['Ministry\tName\tTelephone', `Ministry of Defence\tCol. Pavel Linde\t+99 1 100 200`, `Ministry of Defence\t${rank} ${name}\t+99 1 100 201`].join('\n');

    expect(found(table)).toEqual([
      { name: 'Pavel Linde', email: '' },
      { name, email: '' },
    ]);
  });
});
