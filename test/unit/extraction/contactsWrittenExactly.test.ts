/**
 * Contacts read exactly as written, from inputs written here: an address that a line's end cuts in running text, an
 * address typed with a full-width "＠" or with a space before a dot, and an Arabic name longer than most whose last words
 * follow a linking word. An address or a name off by a part would count once as a wrong contact and once as a missed one.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { pdfOf } from './support/documents.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

const HEAD = 'Report of the Republic of Kelmora on the implementation of resolution 1540 (2004)\n\nContacts\n\n';

describe('an address that a line\'s end cuts in running text', () => {
  it.each([
    ['after the "@"', 'E-mail: odile.franck@\nmfa.gov.kl, Tel.: +1 555 0101.', 'odile.franck@mfa.gov.kl'],
    ['after the "@", a full stop after it', 'Tel.: +1 555 0101, e-mail: odile.franck@\nmfa.gov.kl.', 'odile.franck@mfa.gov.kl'],
    ['after a dot that the domain needs', 'E-mail: odile.franck@justice.\ngov.kl, Tel.: +1 555 0101.', 'odile.franck@justice.gov.kl'],
    ['after a later dot, the rest in lower case', 'E-mail: odile.franck@justice.gov.\nkl, Tel.: +1 555 0101.', 'odile.franck@justice.gov.kl'],
    ['before a dot', 'E-mail: odile.franck@justice\n.gov.kl, Tel.: +1 555 0101.', 'odile.franck@justice.gov.kl'],
    ['inside the first label of its domain', 'E-mail: odile.franck@jus\ntice.gov.kl, Tel.: +1 555 0101.', 'odile.franck@justice.gov.kl'],
    ['at a dot of its local part, after its label', 'E-mail: odile.\nfranck@justice.gov.kl, Tel.: +1 555 0101.', 'odile.franck@justice.gov.kl'],
    ['at an underscore of its local part', 'E-mail: odile_\nfranck@justice.gov.kl, Tel.: +1 555 0101.', 'odile_franck@justice.gov.kl'],
    ['at a hyphen of its local part', 'E-mail: o.franck-\nlessing@justice.gov.kl, Tel.: +1 555 0101.', 'o.franck-lessing@justice.gov.kl'],
    ['at a hyphen of its domain', 'E-mail: o.franck@mfa-\nkl.example.gov, Tel.: +1 555 0101.', 'o.franck@mfa-kl.example.gov'],
  ])('is read whole, cut %s', (_, details, address) => {
    expect(found(`${HEAD}Ms. Odile Franck, Director, Ministry of Foreign Affairs, ${details}\n`)).toEqual([{ name: 'Odile Franck', email: address }]);
  });

  it('is read whole from a PDF whose line ends after the "@"', async () => {
    const lines = [
      'Report of the Republic of Kelmora on the implementation of resolution 1540 (2004)',
      'The national point of contact is Ms. Odile Franck, Director, Ministry of Foreign Affairs, e-mail: odile.franck@',
      'mfa.gov.kl, telephone +1 555 0101.',
    ];
    const { contacts } = await extractDocument({ bytes: await pdfOf([lines]), fileName: 'report.pdf' });
    expect(contacts.map(({ name, email }) => ({ name, email }))).toEqual([{ name: 'Odile Franck', email: 'odile.franck@mfa.gov.kl' }]);
  });

  it('ends at a full stop that ends its sentence, the next line opening another', () => {
    expect(found(`${HEAD}Ms. Odile Franck, Director, e-mail: o.franck@mfa.gov.kl.\nMr. Ivo Lessing, Adviser, e-mail: i.lessing@mod.gov.kl.\n`)).toEqual([
      { name: 'Odile Franck', email: 'o.franck@mfa.gov.kl' },
      { name: 'Ivo Lessing', email: 'i.lessing@mod.gov.kl' },
    ]);
  });

  it('ends at a full stop that the next line\'s numbered item follows', () => {
    expect(found(`${HEAD}The coordinator is Ms. Odile Franck, e-mail: o.franck@mfa.gov.kl.\n1. Mr. Ivo Lessing, Adviser, i.lessing@mod.gov.kl\n`).map((c) => c.email)).toEqual([
      'o.franck@mfa.gov.kl',
      'i.lessing@mod.gov.kl',
    ]);
  });

  it('takes no list\'s letter alone on the line above into the address', () => {
    expect(found(`${HEAD}The contacts are listed below:\na.\nodile.franck@mfa.gov.kl (Ms. Odile Franck)\n`).map((c) => c.email)).not.toContain('a.odile.franck@mfa.gov.kl');
  });

  it('takes nothing from the next line of a sentence that ends a line with a word and a full stop', () => {
    expect(found(`${HEAD}Ms. Odile Franck is the point of contact at the ministry.\nivo.lessing@mod.gov.kl is the address of the Defence Desk.\n`)).not.toContainEqual(
      expect.objectContaining({ email: 'ministry.ivo.lessing@mod.gov.kl' }),
    );
  });
});

describe('an address typed otherwise than with its plain marks', () => {
  it('is read with a full-width "＠" and full stops as the address it is', () => {
    expect(found('联系人\n\n张强博士，国家原子能机构，电子邮件：zhang.qiang＠caea．gov．kl。\n')).toEqual([{ name: '张强', email: 'zhang.qiang@caea.gov.kl' }]);
  });

  it('is read whole with a space before a dot of its domain', () => {
    expect(found(`${HEAD}Dr. Mei Tan, Expert, e-mail: mei.tan@nea .gov.kl, Tel.: +1 555 0101\n`)).toEqual([{ name: 'Mei Tan', email: 'mei.tan@nea.gov.kl' }]);
  });

  it.each([['on both sides', 'mei.tan @ nea.gov.kl'], ['before it', 'mei.tan @nea.gov.kl'], ['after it', 'mei.tan@ nea.gov.kl']])('is read whole with spaces around its "@" (%s)', (_, written) => {
    expect(found(`${HEAD}Dr. Mei Tan, Expert, e-mail: ${written}, Tel.: +1 555 0101\n`)).toEqual([{ name: 'Mei Tan', email: 'mei.tan@nea.gov.kl' }]);
  });

  it('makes no address of an "@" between words in a sentence', () => {
    expect(found(`${HEAD}Dr. Mei Tan met the officers @ the border post of Kula on 3 May.\n`).map((c) => c.email)).toEqual([]);
  });
});

describe('an Arabic name of more words than most', () => {
  it('keeps the word after a linking word that the name\'s length would cut off', () => {
    expect(found('جهات الاتصال\n\nسعادة السفير خالد بن عبد الله آل سعود، الهاتف: 125 456 2 962+\n')).toEqual([{ name: 'خالد بن عبد الله آل سعود', email: '' }]);
  });
});

describe('a name that a sentence\'s line wraps before its particles', () => {
  it.each([
    ['"de la"', 'La Misión tiene el honor de informar que el Gobierno ha designado a la Dra. Lucía Ramos\nde la Vega Ortiz, Directora de Seguridad Internacional, como punto de contacto nacional (teléfono: +57 1 234 5678).', 'Lucía Ramos de la Vega Ortiz'],
    ['"de los"', 'La Misión tiene el honor de informar que el Gobierno ha designado al Sr. Andrés Felipe\nde los Ríos, Director de Asuntos Multilaterales, como punto de contacto nacional (teléfono: +57 1 234 5679).', 'Andrés Felipe de los Ríos'],
  ])('keeps the words after %s that open the next line', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });

  it('leaves a body that the next line opens with "de la" out of the name', () => {
    expect(found('La Misión tiene el honor de informar que el Gobierno ha designado a la Dra. Lucía Ramos\nde la Dirección de Seguridad Internacional, como punto de contacto nacional (teléfono: +57 1 234 5678).')).toEqual([
      { name: 'Lucía Ramos', email: '' },
    ]);
  });
});

describe('a name in a sentence whose line ends inside it', () => {
  it('leaves a second title before the name out of it', () => {
    expect(found('The Government has designated as its national point of contact H.E. Ambassador Efua Maanan\nOwusu-Addo, Permanent Representative, tel. +233 30 266 4952.')).toEqual([
      { name: 'Efua Maanan Owusu-Addo', email: '' },
    ]);
  });

  it('leaves out the post that the next line opens with no comma before it', () => {
    expect(found('El punto de contacto nacional es el Sr. Tomás Ignacio Rey Valdés\nDirector de Seguridad Internacional, Ministerio de Relaciones Exteriores (teléfono: +57 1 234 5678).')).toEqual([
      { name: 'Tomás Ignacio Rey Valdés', email: '' },
    ]);
  });
});

describe('a Chinese name that a line\'s end cuts in running text', () => {
  it('is read whole where its title follows on the next line', () => {
    expect(found('代表团谨通知委员会，凯尔莫拉政府指定外交部军控司处长赵\n明远先生为国家联络点，电子邮件：zhao.my@mfa.gov.kl，电话：+86 10 1234 5678。')).toEqual([
      { name: '赵明远', email: 'zhao.my@mfa.gov.kl' },
    ]);
  });

  it('leaves a heading above a titled name apart from it', () => {
    expect(found('联系人\n赵明远先生，外交部军控司处长，电子邮件：zhao.my@mfa.gov.kl')).toEqual([{ name: '赵明远', email: 'zhao.my@mfa.gov.kl' }]);
  });
});

describe('a labelled contact whose post follows the name in brackets', () => {
  it.each([
    ['en', 'Report of the Republic of Kelmora', 'Contact person: Odile Franck (Director, Export Control Office), e-mail: o.franck@trade.gov.kl', 'Odile Franck', 'o.franck@trade.gov.kl'],
    ['ru', 'Доклад Республики Кельмора', 'Контактное лицо: Лесков Павел Андреевич (начальник отдела), эл. почта: leskov@mid.gov.kl', 'Лесков Павел Андреевич', 'leskov@mid.gov.kl'],
    ['zh', '凯尔莫拉共和国的报告', '联系人：赵明远（外交部军控司处长），电子邮件：zhao.my@mfa.gov.kl', '赵明远', 'zhao.my@mfa.gov.kl'],
  ])('is read without the post (%s)', (_, heading, line, name, email) => {
    expect(found(`${heading}\n\n${line}\n`)).toEqual([{ name, email }]);
  });
});

describe('an address that a table cell wraps at its hyphen', () => {
  it('keeps the hyphen and the row, the rest of the address on the next line in the same column', () => {
    const table = 'Name\tPost\tE-mail\nMs. Mei Tan\tDirector\tmei.tan-\n\t\twong@customs.example.gov\nMr. Ali Hassan\tOfficer\tali.hassan@customs.example.gov\n';
    expect(found(`${HEAD}${table}`)).toEqual([
      { name: 'Mei Tan', email: 'mei.tan-wong@customs.example.gov' },
      { name: 'Ali Hassan', email: 'ali.hassan@customs.example.gov' },
    ]);
  });
});
