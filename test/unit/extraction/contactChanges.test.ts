/**
 * Contacts from small texts written here (not from any corpus document), in notices that change points of contact: a table
 * of changes that marks its rows previous or new, and the predecessor named after "خلفا للسيد".
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a table of changes that marks each row previous, new or unchanged', () => {
  it.each([
    ['en', 'Status\tName\tE-mail\nPrevious\tMr. Owen Price\to.price@gov.example\nNew\tMs. Laura Finch\tl.finch@gov.example', 'l.finch@gov.example'],
    ['es', 'Situación\tNombre\tCorreo\nAnterior\tSr. Luis Vega Soto\tlvega@gov.example\nNuevo\tSra. Rosa Pinto Leal\trpinto@gov.example', 'rpinto@gov.example'],
    ['ar', 'الصفة\tالاسم\tالبريد الإلكتروني\nالسابقة\tالسيد خالد عمر الفارس\tk.alfares@gov.example\nالجديدة\tالسيدة منى سالم الحداد\tm.haddad@gov.example', 'm.haddad@gov.example'],
  ])('keeps the new row\'s person only (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });
});

describe('a predecessor named after "خلفا ل", the preposition joined to the title', () => {
  it('keeps the newcomer only, not the predecessor with the old address', () => {
    const text = [
      'عُيّن السيد خالد عمر الفارس منسقا وطنيا، خلفا للسيد سالم أحمد الكعبي الذي انتقل إلى مهام أخرى؛ ولم يعد عنوانه s.alkaabi@gov.example مستعملا.',
      '',
      'الاسم: السيد خالد عمر الفارس',
      'البريد الإلكتروني: k.alfares@gov.example',
    ].join('\n');
    expect(found(text).map((c) => c.email)).toEqual(['k.alfares@gov.example']);
  });
});
