/**
 * Contacts from small texts written here (not from any corpus document): forms whose fields a reader runs together, a
 * labelled person nearer the address than a titled one above, a title that ends a prose line, ranks of police forces,
 * a service's mailbox named in a paragraph of its own, contacts who retire or leave the post, and addresses whose "@" is
 * written out in brackets.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a form whose fields the reader runs together on one line', () => {
  it.each([
    ['ru', 'Ф.И.О.: г-жа Петренко Ольга Игоревна Должность: советник отдела Эл. почта: o.petrenko@gov.example', 'Петренко Ольга Игоревна'],
    ['en', 'Name: Ms. Laura Finch Position: Senior Adviser E-mail: l.finch@gov.example', 'Laura Finch'],
    ['fr', 'Nom : M. Paul Girard Fonction : conseiller Courriel : p.girard@gov.example', 'Paul Girard'],
  ])('ends the name before the next field\'s label (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('ends the name of a person found by a telephone before the next field\'s label', () => {
    expect(found('Ф.И.О.: к.т.н. Сидоров Павел Андреевич Должность: начальник лаборатории Тел.: +7 495 000 00 00')).toEqual([
      { name: 'Сидоров Павел Андреевич', email: '' },
    ]);
  });
});

describe('a person named after a label, nearer the address than a titled person above', () => {
  it('gives the address to the labelled person of its own paragraph', () => {
    const text = [
      'Контактное лицо: д-р Орлова Анна Игоревна, главный специалист, тел.: +7 495 000 00 00',
      '',
      'Агентство по охране окружающей среды',
      '',
      'Контактное лицо: Ли Олег Петрович, заведующий сектором, эл. почта: o.li@gov.example',
    ].join('\n');
    expect(found(text)).toContainEqual({ name: 'Ли Олег Петрович', email: 'o.li@gov.example' });
    expect(found(text)).toContainEqual({ name: 'Орлова Анна Игоревна', email: '' });
  });
});

describe('a rank that names its service with an adjective before it', () => {
  it('reads "майор пограничной полиции" as all rank, so the list\'s item opens with the person', () => {
    const text = [
      'Можно обращаться к следующим лицам:',
      '',
      'а) г-жа Петренко Ольга Игоревна, начальник управления, эл. почта o.petrenko@gov.example;',
      '',
      'б) д-р Сидоров Павел Андреевич, заместитель директора, эл. почта p.sidorov@gov.example;',
      '',
      'в) майор пограничной полиции Кузнецов Илья Сергеевич, начальник отдела, тел. +373 22 00 00 00.',
    ].join('\n');
    expect(found(text)).toContainEqual({ name: 'Кузнецов Илья Сергеевич', email: '' });
    expect(found(text)).toHaveLength(3);
  });
});

describe('a title that ends a prose line, the name opening the next', () => {
  it.each([
    ['ar', 'وتتم المسائل الجمركية عن طريق العقيد\nسالم الهادي المنصوري، رئيس إدارة المكافحة بالديوانة،\nعلى الرقم +216 71 000 000، في حين تتولى الوزارة بقية المسائل.', 'سالم الهادي المنصوري'],
  ])('takes the name on the next line up to its comma (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a title is a word of its own', () => {
  it('does not read the last letter of a capitalised surname as a title', () => {
    expect(found('请联系海关管制处处长林伟明先生（LIM Wei Ming，电子邮箱：lim_wm@gov.example）。').map((c) => c.name)).toEqual(['林伟明']);
  });
});

describe('the police ranks and their grades written before a Chinese name', () => {
  it.each([
    ['高级警长', '以及警察部队情报科高级警长穆罕默德·法伊扎尔·本·易卜拉欣（电话：+65 6000 0000）。', '穆罕默德·法伊扎尔·本·易卜拉欣'],
    ['警长', '以及警察部队情报科警长阿兹曼·本·哈伦（电话：+65 6000 0000）。', '阿兹曼·本·哈伦'],
  ])('drops %s from the name', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a mailbox named in a paragraph of its own prose', () => {
  it.each([
    ['zh', '研究由李晓华教授与 Rajesh Kumar 先生发表。\n\n五、联系人\n\n一般询问可发送至海关公共邮箱 goods@customs.example.gov。具体问题可联系处长林伟明先生（电子邮箱：lim_wm@customs.example.gov）。', [{ name: '林伟明', email: 'lim_wm@customs.example.gov' }]],
    ['en', 'The study was written by Dr. Ruth Hale and Mr. Tom Price.\n\nContacts\n\nGeneral enquiries may be sent to the mailbox trade@gov.example. Specific questions: Ms. Laura Finch, Director (l.finch@gov.example).', [{ name: 'Laura Finch', email: 'l.finch@gov.example' }]],
  ])('is no address of the person named in the paragraph above (%s)', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('parts the paragraphs by a line break alone where the text gives each paragraph as one line', () => {
    const study = `The study by Dr. Ruth Hale and Mr. Tom Price found that ${'the single window cut the time taken to issue a licence, '.repeat(3)}for every applicant.`;
    const text = `${study}\nContacts\nGeneral enquiries may be sent to the mailbox trade@gov.example. Specific questions: Ms. Laura Finch, Director (l.finch@gov.example).`;
    expect(found(text)).toEqual([{ name: 'Laura Finch', email: 'l.finch@gov.example' }]);
  });

  it('still gives an address on a line that opens with the telephone to the person of the item above', () => {
    const long = `${'Botswana would welcome help in matching these needs with the offers of States and organizations, '.repeat(2)}as in 2024.`;
    const text = `${long}\n\n- Mr. Kabo Sebego, First Secretary, tel.\n+1 212 000 0145, e-mail k.sebego@gov.example;`;
    expect(found(text)).toEqual([{ name: 'Kabo Sebego', email: 'k.sebego@gov.example' }]);
  });

  it('still gives an address on a labelled line to the person of the block above', () => {
    expect(found('Ф.И.О.: г-н Петренко Олег Игоревич\n\nДолжность: советник\n\nЭл. почта: o.petrenko@gov.example')).toEqual([
      { name: 'Петренко Олег Игоревич', email: 'o.petrenko@gov.example' },
    ]);
  });
});

describe('a contact who retires or leaves the post', () => {
  it.each([
    ['zh', '原国家联络人王志强先生已退休，其电子邮箱 wang.zq@gov.example 已停止使用。\n\n新联络人：李明先生，电子邮件：li.ming@gov.example', 'li.ming@gov.example'],
    ['ru', 'Г-жа Петренко Ольга Игоревна, выполнявшая функции контактного лица, оставляет свою должность. Просим исключить ее адрес (o.petrenko@gov.example) из списка рассылки.\n\nКонтактное лицо: г-н Сидоров Павел Андреевич, советник, эл. почта: p.sidorov@gov.example', 'p.sidorov@gov.example'],
    ['en', 'Ms. Laura Finch, who served as point of contact since 2020, is leaving her post. Please remove her address (l.finch@gov.example) from the mailing list.\n\nContact: Mr. Owen Price, Adviser, o.price@gov.example', 'o.price@gov.example'],
    ['fr', 'Mme Claire Roux, point de contact depuis 2020, quitte ses fonctions. Prière de retirer son adresse (c.roux@gov.example) de la liste.\n\nContact : M. Paul Girard, conseiller, p.girard@gov.example', 'p.girard@gov.example'],
    ['es', 'La Sra. Rosa Pinto Leal, punto de contacto desde 2020, se ha jubilado. Se ruega suprimir su dirección (rpinto@gov.example) de la lista.\n\nContacto: Sr. Luis Vega Soto, Asesor, lvega@gov.example', 'lvega@gov.example'],
    ['ar', 'السيدة منى سالم الحداد، جهة الاتصال منذ 2020، تترك منصبها. يرجى حذف عنوانها (m.haddad@gov.example) من القائمة.\n\nجهة الاتصال: السيد خالد عمر الفارس، مستشار، k.alfares@gov.example', 'k.alfares@gov.example'],
  ])('keeps only the newcomer (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });
});

describe('a form whose labels are parted from their values by spaces only', () => {
  it.each([
    ['es', ['Nombre     Ing. Laura Méndez Ruiz', 'Cargo     Jefa de Licencias', 'Institución     Agencia Nacional', 'Correo electrónico     lmendez@gov.example', 'Nombre     Tomás Aguirre Pons', 'Cargo     Asesor de Política Exterior', 'Institución     Ministerio de Relaciones Exteriores, Comercio y Culto', 'Teléfono     +34 91 000 0000', 'Correo electrónico     —'],
      [{ name: 'Laura Méndez Ruiz', email: 'lmendez@gov.example' }, { name: 'Tomás Aguirre Pons', email: '' }]],
    ['en', ['Name   Peter Lund Hansen', 'Position   Senior Adviser, Export Control', 'Organization   Customs Administration', 'E-mail   p.hansen@gov.example'],
      [{ name: 'Peter Lund Hansen', email: 'p.hansen@gov.example' }]],
  ])('reads each line\'s label as it reads one with a colon (%s)', (_, lines, contacts) => {
    expect(found(lines.join('\n'))).toEqual(contacts);
  });
});

describe('the diplomatic ranks of a mission, written before a name', () => {
  it.each([
    ['es', 'Nombre: Ministro Andrés Villalba\nCorreo electrónico: a.villalba@gov.example', 'Andrés Villalba'],
    ['en', 'Contact: Minister Plenipotentiary Helen Storm, h.storm@gov.example', 'Helen Storm'],
    ['fr', 'Contact : Premier secrétaire Julie Marchand, j.marchand@gov.example', 'Julie Marchand'],
    ['ru', 'Имя: Первый секретарь Игорь Орлов\nЭл. почта: i.orlov@gov.example', 'Игорь Орлов'],
    ['ar', 'جهة الاتصال: الوزير المفوض خالد يوسف النجار، البريد الإلكتروني: k.najjar@gov.example', 'خالد يوسف النجار'],
    ['ar', 'جهة الاتصال: السكرتير الأول سامي فريد حداد، البريد الإلكتروني: s.haddad@gov.example', 'سامي فريد حداد'],
  ])('is a title, no part of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe("the Committee's point-of-contact form, a label cell and its answers on each row", () => {
  it('reads one person per form, whatever language its labels are in, and no label as a name', () => {
    const text = [
      'Our contacts are given below.',
      'البند\tالبيانات',
      'اسم جهة الاتصال\tالدكتورة سعاد كمال النعيمي',
      'المسمى الوظيفي\tمديرة إدارة الرقابة',
      'الوزارة أو الجهة\tهيئة الرقابة النووية',
      'الهاتف\t+000 11 222 333',
      'البريد الإلكتروني\ts.nuaimi@gov.example',
      '项目\t内容',
      '联络人姓名\t王建国 先生',
      '职衔/职位\t司长',
      '电话\t+000 11 222 444',
      '电子邮件\tt.holm@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'سعاد كمال النعيمي', email: 's.nuaimi@gov.example' },
      { name: '王建国', email: 't.holm@gov.example' },
    ]);
  });

  it('reads a person per answer column, the principal and the alternate side by side', () => {
    const text = [
      'Campo\tPrincipal\tSuplente',
      'Nombre del punto de contacto\tLic. Marta Ibarra Soto\tIng. Pablo Rey Luna',
      'Cargo\tDirectora\tAnalista',
      'Teléfono\t+000 11 222 333\t+000 11 222 444',
      'Correo electrónico\tmibarra@gov.example\tprey@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Marta Ibarra Soto', email: 'mibarra@gov.example' },
      { name: 'Pablo Rey Luna', email: 'prey@gov.example' },
    ]);
  });

  it.each([
    ['en', 'Same as above'],
    ['zh', '同上（共用）'],
    ['ru', 'то же'],
  ])('gives an address answered "same as above" as the address above it (%s)', (_, answer) => {
    const text = [
      'Name\tMr. Adam Kerr',
      'Telephone\t+000 11 222 333',
      'E-mail\tpoc1540@gov.example',
      'Name\tMs. Lena Voss',
      'Telephone\t+000 11 222 444',
      `E-mail\t${answer}`,
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Adam Kerr', email: 'poc1540@gov.example' },
      { name: 'Lena Voss', email: 'poc1540@gov.example' },
    ]);
  });

  it.each([
    ['en', 'Not available'],
    ['ar', 'لا يوجد'],
    ['zh', '暂无'],
  ])('gives no address where the field answers that there is none (%s)', (_, answer) => {
    const text = [
      'Name of the point of contact\tMs. Ada Brandt',
      'Telephone\t+000 11 222 333',
      `E-mail\t${answer}`,
      'Name of the point of contact\tMr. Jon Pike',
      'Telephone\t+000 11 222 444',
      'E-mail\tj.pike@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Ada Brandt', email: '' },
      { name: 'Jon Pike', email: 'j.pike@gov.example' },
    ]);
  });

  it('reads a table of persons under its row of column labels as a table, not as a form', () => {
    const text = [
      'Name\tPosition\tE-mail',
      'Ms. Ada Brandt\tDirector\ta.brandt@gov.example',
      'Mr. Jon Pike\tAdviser\tj.pike@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Ada Brandt', email: 'a.brandt@gov.example' },
      { name: 'Jon Pike', email: 'j.pike@gov.example' },
    ]);
  });

  it('reads on past a page\'s running header that the form runs over', () => {
    const text = [
      'اسم جهة الاتصال\tالسيد خالد عمر الدوسري',
      'المسمى الوظيفي\tرئيس قسم الترخيص',
      '\tالتقرير الوطني الأول بشأن تنفيذ القرار 1540 (2004)، الصفحة 3 من 4',
      'البريد الإلكتروني\tلا يوجد',
      'اسم جهة الاتصال\tالسيدة منى سالم العتيبي',
      'البريد الإلكتروني\tm.otaibi@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'خالد عمر الدوسري', email: '' },
      { name: 'منى سالم العتيبي', email: 'm.otaibi@gov.example' },
    ]);
  });
});

describe('an address written with "at" and "dot" in brackets, as a text put on the web keeps it from address harvesters', () => {
  it.each([
    ['en', 'The national point of contact is Mr. John Carver, Director of Legal Affairs (e-mail: j.carver[at]mfa.example.gov).', 'John Carver', 'j.carver@mfa.example.gov'],
    ['en, dots too', 'Contact: Ms. Ruth Alder, Senior Adviser, r.alder (at) energy (dot) example (dot) gov', 'Ruth Alder', 'r.alder@energy.example.gov'],
    ['es', 'Punto de contacto: Sr. Tomás Ibarra, Director de Asuntos Multilaterales, correo: tibarra[arroba]cancilleria.example.gov', 'Tomás Ibarra', 'tibarra@cancilleria.example.gov'],
    ['fr', 'Point de contact : M. Louis Ferrand, conseiller juridique, courriel : l.ferrand{arobase}diplomatie.example.gov', 'Louis Ferrand', 'l.ferrand@diplomatie.example.gov'],
    ['ru', 'Контактное лицо: г-н Орлов Игорь Петрович, советник, эл. почта: i.orlov[собака]mid.example.gov', 'Орлов Игорь Петрович', 'i.orlov@mid.example.gov'],
  ])('reads it as the address it stands for (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('leaves "at" in brackets that joins no address alone', () => {
    expect(found('The seminar (at) the Academy was attended by Mr. Paul Dane, e-mail: p.dane@mod.example.gov')).toEqual([{ name: 'Paul Dane', email: 'p.dane@mod.example.gov' }]);
  });
});

describe('an address given before its person', () => {
  it('pairs each row of a table whose address column comes before the name column', () => {
    const text = ['E-mail\tName\tPost', 'k.osei@customs.example.gov\tMr. Kofi Osei\tHead, Border Unit', 'a.badu@epa.example.gov\tMs. Ama Badu\tChief Inspector'].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Osei', email: 'k.osei@customs.example.gov' }, { name: 'Ama Badu', email: 'a.badu@epa.example.gov' }]);
  });

  it('pairs a row whose body comes first, then the address, then the person', () => {
    const text = ['Организация\tЭл. почта\tФ.И.О.', 'Таможенная служба\ti.petrov@customs.example.gov\tг-н Петров Иван Сергеевич'].join('\n');
    expect(found(text)).toEqual([{ name: 'Петров Иван Сергеевич', email: 'i.petrov@customs.example.gov' }]);
  });

  it.each([
    ['en', 'Enquiries may be sent to j.carver@mfa.example.gov (Mr. John Carver, Director) or to r.alder@energy.example.gov (Ms. Ruth Alder, Senior Adviser).', [['John Carver', 'j.carver@mfa.example.gov'], ['Ruth Alder', 'r.alder@energy.example.gov']]],
    ['fr', 'Les questions peuvent être adressées à l.ferrand@diplomatie.example.gov (M. Louis Ferrand, conseiller juridique).', [['Louis Ferrand', 'l.ferrand@diplomatie.example.gov']]],
  ])('gives an address the titled person in brackets right after it (%s)', (_, text, pairs) => {
    expect(found(text)).toEqual(pairs.map(([name, email]) => ({ name, email })));
  });

  it.each([
    ['en', ['E-mail: p.lamptey@health.example.gov', 'Name: Dr. Peter Lamptey', 'Position: Director, Biosafety'], 'Peter Lamptey', 'p.lamptey@health.example.gov'],
    ['es', ['Correo electrónico: m.rios@salud.example.gov', 'Nombre: Dra. Marta Ríos', 'Cargo: Directora de Bioseguridad'], 'Marta Ríos', 'm.rios@salud.example.gov'],
    ['ru', ['Эл. почта: o.petrenko@gov.example', 'Ф.И.О.: г-жа Петренко Ольга Игоревна', 'Должность: советник'], 'Петренко Ольга Игоревна', 'o.petrenko@gov.example'],
  ])('gives a form\'s address to the name its next fields give (%s)', (_, lines, name, email) => {
    expect(found(['Point of contact', '', ...lines, '', 'New York, 12 March 2025'].join('\n'))).toEqual([{ name, email }]);
  });

  it('leaves each of two forms its own address', () => {
    const text = ['Name: Mr. Kofi Osei', 'E-mail: k.osei@customs.example.gov', '', 'E-mail: a.badu@epa.example.gov', 'Name: Ms. Ama Badu'].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Osei', email: 'k.osei@customs.example.gov' }, { name: 'Ama Badu', email: 'a.badu@epa.example.gov' }]);
  });

  it('gives each of several forms run together, each opening with its e-mail field, its own address', () => {
    const text = ['E-mail: k.osei@customs.example.gov', 'Name: Mr. Kofi Osei', 'Post: Head, Border Unit', 'E-mail: a.badu@epa.example.gov', 'Name: Ms. Ama Badu'].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Osei', email: 'k.osei@customs.example.gov' }, { name: 'Ama Badu', email: 'a.badu@epa.example.gov' }]);
  });

  it('leaves a row whose person comes before the address as it is', () => {
    const text = ['Name\tE-mail', 'Mr. Kofi Osei\tk.osei@customs.example.gov'].join('\n');
    expect(found(text)).toEqual([{ name: 'Kofi Osei', email: 'k.osei@customs.example.gov' }]);
  });
});

describe('a title in brackets after the name, as lists of participants write it', () => {
  it.each([
    ['en', 'Contact person: Kwame Mensah (Mr.), Director, kwame.mensah@mfa.example.gov', 'Kwame Mensah'],
    ['en, surname first, kept first as written', 'Contact person: MENSAH, Kwame (Mr.), Director, kwame.mensah@mfa.example.gov', 'MENSAH, Kwame'],
    ['fr', 'Point focal : Awa Traoré (Mme), directrice, courriel : kwame.mensah@mfa.example.gov', 'Awa Traoré'],
  ])('reads the name as the titled person\'s (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.email)).toEqual(['kwame.mensah@mfa.example.gov']);
    expect(found(text)[0]!.name).toBe(name);
  });
});
