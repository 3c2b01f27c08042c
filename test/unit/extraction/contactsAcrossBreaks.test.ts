/**
 * Contacts whose entry a break cuts, with inputs written here: a word hyphenated at a line's end, a post that a wrap runs on
 * to the line of its person's name, the UN's page marks between the parts of a page, and a footnote that gives the address
 * of a person the text names.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';
import { withFootnotesAtTheirMarks, withoutPageFurniture } from '../../../shared/extraction/detection/pageFurniture.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { utf8 } from './support/documents.js';

const namesAndAddresses = (text: string) => detectContacts(text).map((c) => [c.name, c.email]);

describe('a word hyphenated at a line\'s end', () => {
  it('joins a name that the wrap cut inside a word, without the wrap\'s hyphen', () => {
    const text = ['Enquiries may be addressed to Ms. Marta Kowal-', 'czyk, Head of the Licensing Unit (m.kowalczyk@trade.example.gov).'].join('\n');

    expect(namesAndAddresses(text)).toEqual([['Marta Kowalczyk', 'm.kowalczyk@trade.example.gov']]);
  });

  it('keeps the hyphen of a double name whose second part opens the next line', () => {
    const text = ['La coordinación está a cargo del Sr. Tomás Ruiz-', 'Tagle, Director de Seguridad Internacional (truiz@rree.example.gov).'].join('\n');

    expect(namesAndAddresses(text)).toEqual([['Tomás Ruiz-Tagle', 'truiz@rree.example.gov']]);
  });
});

describe('a post written first, wrapped on to the line of the name', () => {
  it('keeps the person of a list\'s entry who has a telephone only', () => {
    const text = [
      '如需进一步信息，可与下列人员联系：',
      '',
      '（一）Kalani Moeava 女士，外交部司长，电子邮件：k.moeava@mfa.example.gov；',
      '',
      '（二）Tavita Lauina 先生，司法部高级检察官，电子邮件：t.lauina@moj.example.gov；',
      '',
      '（三）财政部海关总署边境管理司放射性物质检测',
      '科科长 Sefo Ioane 先生，',
      '电话：+685 000 4410。',
    ].join('\n');

    expect(namesAndAddresses(text)).toEqual([
      ['Kalani Moeava', 'k.moeava@mfa.example.gov'],
      ['Tavita Lauina', 't.lauina@moj.example.gov'],
      ['Sefo Ioane', ''],
    ]);
  });
});

describe('a person with a telephone only, in an Arabic sentence', () => {
  const designations = [
    '١. يمكن الاتصال بالسيد Karim Haddad، مدير الإدارة، البريد الإلكتروني: k.haddad@mfa.example.gov.',
    '',
    '٢. يمكن الاتصال بالسيدة Leila Nassar، رئيسة القسم، البريد الإلكتروني: l.nassar@mfa.example.gov.',
    '',
  ];

  it('reads a Latin name that the wrap cuts after an Arabic title, up to the Arabic comma', () => {
    const text = [...designations, '٣. وفي المسائل الجمركية يمكن الاتصال بالمهندسة Rana', 'Samir Khoury، رئيسة قسم التفتيش في الجمارك،', 'على الهاتف رقم +961 1 000 254.'].join('\n');

    expect(namesAndAddresses(text).at(-1)).toEqual(['Rana Samir Khoury', '']);
  });

  it('takes no words leading to the telephone for a name', () => {
    const text = [...designations, '٣. وللمسائل الجمركية يمكن الاتصال بقسم التفتيش', 'على الهاتف رقم +961 1 000 254.'].join('\n');

    expect(namesAndAddresses(text).map(([name]) => name)).toEqual(['Karim Haddad', 'Leila Nassar']);
  });
});

describe('the UN\'s page marks', () => {
  it('drops the job number and the symbol with its page number, whichever form each page gives them', () => {
    const pages = [
      ['Note verbale', 'The Permanent Mission has the honour to transmit the annex.', 'It avails itself of this opportunity.', '31-04512 (E)'],
      ['S/AC.44/2031/3', 'Annex', 'Name\tPost\tE-mail', 'Ms. Lea Amato\tChief Inspector, Source Security,', '31-04512'],
      ['S/AC.44/2031/3 — 3/3', 'Division of Safety\tl.amato@rpa.example.gov'],
    ];
    const [first, second, third] = withoutPageFurniture(pages.map((p) => p.join('\n')));

    expect(first).not.toContain('31-04512');
    expect(second).not.toMatch(/S\/AC|31-04512/u);
    expect(third).toBe('Division of Safety\tl.amato@rpa.example.gov');
  });
});

describe('a footnote that gives a named person\'s address', () => {
  const pages = [
    [
      'For customs matters the Committee may contact Mr. Ivo Radan¹, Head of the Border Division.',
      'The national coordinator remains Ms. Nadia Perić, Head of Arms Control, Ministry of Foreign Affairs,',
      '',
      '__________',
      '¹ Customs Administration, Main Street 5; tel.: +381 11 000 5520; e-mail: i.radan@customs.example.gov.',
    ].join('\n'),
    'tel.: +381 11 000 3364, e-mail: n.peric@mfa.example.gov.',
  ];

  it('sets the note beside the word its mark is on, and takes it from the page\'s foot', () => {
    const [first] = withFootnotesAtTheirMarks(pages);

    expect(first).toContain('Mr. Ivo Radan (Customs Administration, Main Street 5;');
    expect(first).not.toContain('__________');
  });

  it('reads the contacts of a block the footnote cut, and the one the note gives an address', async () => {
    const extraction = await extractDocument({ bytes: utf8(pages.join('\f')), fileName: 'contacts.txt' });

    expect(extraction.contacts.map((c) => [c.name, c.email])).toEqual(expect.arrayContaining([
      ['Ivo Radan', 'i.radan@customs.example.gov'],
      ['Nadia Perić', 'n.peric@mfa.example.gov'],
    ]));
  });
});

describe('a table row that a page break cuts', () => {
  const table = ['Name\tPost\tE-mail', 'Dr. Tomas Aalto\tDirector, Radiation Authority\tt.aalto@rpa.example.gov'];

  it('takes the address from the rest of the row, whose first cell goes on with the post and names no one', () => {
    const text = [...table, 'Ms. Lea Amato\tChief Inspector, Source Security,', 'Division of Safety\tl.amato@rpa.example.gov'].join('\n');

    expect(namesAndAddresses(text)).toEqual([['Tomas Aalto', 't.aalto@rpa.example.gov'], ['Lea Amato', 'l.amato@rpa.example.gov']]);
  });

  it('takes the address from the rest of the row given with an empty name cell and more cells than the row\'s first line', () => {
    const text = [
      'Name\tPosition\tInstitution\tE-mail\tTelephone',
      'Ms. Irene Salas Mora\tHead, Arms Control Division\tForeign Ministry\tisalas@rree.example.gov\t+506 0000 1111',
      'Mr. Pablo Rojas Vega\tHead of the Licensing Unit, Department of',
      '\tTrade Controls\tCOMEX\tprojas@comex.example.gov\t+506 0000 2222',
    ].join('\n');

    expect(namesAndAddresses(text)).toEqual([['Irene Salas Mora', 'isalas@rree.example.gov'], ['Pablo Rojas Vega', 'projas@comex.example.gov']]);
  });

  it('ends a name begun by a title and one word with the one word of the line below', () => {
    const text = [
      'Name\tPost\tTelephone\tE-mail',
      'Mr Adama\tHead, Nuclear',
      'Traoré\tSafety Unit',
      'Energy\t+226 00 00 11\ta.traore@arsn.example.gov',
    ].join('\n');

    expect(namesAndAddresses(text)).toEqual([['Adama Traoré', 'a.traore@arsn.example.gov']]);
  });

  it('opens another person\'s row with a titled name, under a row whose first cell a narrow column ran into the post', () => {
    const text = [
      'Name\tPost\tAgency\tTelephone\tE-mail',
      'Mr Ali Konaté Head of\t\tForeign Ministry\t+226 00 00 22\tali.konate@mfa.example.gov',
      '\tTreaties\tand Legal',
      'Mrs Awa\tChief, Radiation',
      'Sanou\tControl Unit',
      'Authority\t+226 00 00 33\ta.sanou@arsn.example.gov',
    ].join('\n');

    expect(namesAndAddresses(text)).toEqual(expect.arrayContaining([['Awa Sanou', 'a.sanou@arsn.example.gov']]));
  });

  it('goes on past the blank lines and a running header seen on that page only, to the rest of the row', async () => {
    const pages = [
      ['Contacts', '', 'Name\tPost\tE-mail', 'Mr. Karl Berg\tHead, Export Control\tk.berg@trade.example.gov', 'Ms. Anna Holm\tChief, Customs Laboratory\t', ''].join('\n'),
      ['', 'Report on effective practice — page 2', '\tand Border Unit\ta.holm@customs.example.gov', '', 'Done in Stockholm.'].join('\n'),
    ];
    const extraction = await extractDocument({ bytes: utf8(pages.join('\f')), fileName: 'contacts.txt' });

    expect(extraction.contacts.map((c) => [c.name, c.email])).toEqual([['Karl Berg', 'k.berg@trade.example.gov'], ['Anna Holm', 'a.holm@customs.example.gov']]);
  });
});

describe('a sentence that a page break cuts', () => {
  it('drops a page\'s number that the page gives alone at its top, seen on no other page', () => {
    const [, second] = withoutPageFurniture(['Первая страница.', ['- 2 -', '', 'тел.: +993 12 00 11 22'].join('\n')]);

    expect(second!.trim()).toBe('тел.: +993 12 00 11 22');
  });

  it('goes on past the page\'s blank margins to the telephone at the next page\'s top', async () => {
    const pages = [
      ['Для связи:', '', 'Orazow Merdan, начальник управления, m.orazow@mfa.example.gov', '', 'По вопросам таможни:', '', 'Atayew Myrat, начальник отдела Государственной', 'таможенной службы', ''].join('\n'),
      ['- 2 -', '', 'тел.: +993 12 00 11 22', '', 'Нью-Йорк, 3 марта 2031 г.'].join('\n'),
    ];
    const extraction = await extractDocument({ bytes: utf8(pages.join('\f')), fileName: 'contacts.txt' });

    expect(extraction.contacts.map((c) => [c.name, c.email])).toEqual([['Orazow Merdan', 'm.orazow@mfa.example.gov'], ['Atayew Myrat', '']]);
  });
});

describe('a footnote marked by a circled figure, with no rule above it', () => {
  const pages = [
    ['6. 该办公室的工作由核安保处处长Somchai Prasert博士①协调。', '', '7. 海关厅负责边境管制。', '', '① 电子邮件：somchai.p@oap.example.gov'].join('\n'),
    '8. 上述联络人可直接与委员会联系。',
  ];

  it('sets the note beside the word its mark is on', () => {
    const [first] = withFootnotesAtTheirMarks(pages);

    expect(first).toContain('Somchai Prasert博士 (电子邮件：somchai.p@oap.example.gov)');
    expect(first).not.toContain('①');
  });

  it('sets a note at the word of the next page where its mark is, the sentence a page break cut', () => {
    const notes = ['7. 如需进一步信息，可', '', '————————', '① 电子邮件：somchai.p@oap.example.gov'].join('\n');
    const [first, second, ...rest] = withFootnotesAtTheirMarks([notes, '联系核安保处处长Somchai Prasert博士①。']);

    expect(first).not.toContain('somchai.p@');
    expect(second).toBe('联系核安保处处长Somchai Prasert博士 (电子邮件：somchai.p@oap.example.gov)。');
    expect(rest).toEqual([]);
  });

  it('leaves the next page\'s mark to that page\'s own note of the same figure', () => {
    const first = ['7. 如需进一步信息，可', '', '————————', '① 电子邮件：somchai.p@oap.example.gov'].join('\n');
    const second = ['联系王明先生①。', '', '————————', '① 电子邮件：wang.ming@mfa.example.cn'].join('\n');
    const pages = withFootnotesAtTheirMarks([first, second]);

    expect(pages[1]).toContain('王明先生 (电子邮件：wang.ming@mfa.example.cn)');
    expect(pages.at(-1)).toBe('电子邮件：somchai.p@oap.example.gov');
  });

  it('leaves a list numbered with circled figures where no word of the page carries them', () => {
    const list = ['需要以下援助：', '① 检测设备', '② 海关培训'].join('\n');

    expect(withFootnotesAtTheirMarks([list, 'end'])[0]).toBe(list);
  });
});
