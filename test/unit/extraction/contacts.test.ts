/**
 * Contacts from small texts written here (not from any corpus document): the outgoing person of a
 * change-of-contact notice, label-then-name lines, abbreviated titles, Russian and Chinese names.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts, hasTitledPersonAsSubject } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a change of point of contact keeps only the new person', () => {
  it.each([
    ['en, former person after the verb', 'Ms. Ana Lima (a.lima@gov.example) replaces Mr. Tom Hale (t.hale@gov.example) as point of contact.', 'a.lima@gov.example'],
    ['en, no longer', 'Dr. Petra Novak, Head of Export Licensing, p.novak@gov.example.\nMr. Karl Berg (k.berg@gov.example) no longer serves as contact.', 'p.novak@gov.example'],
    ['fr, ancien', "Le nouveau point de contact est Mme Claire Roux, c.roux@gov.example. L'ancien point de contact, M. Paul Morel (p.morel@gov.example), a été muté.", 'c.roux@gov.example'],
    ['es, deja de', 'El Ing. Luis Vega Soto (lvega@gov.example) deja de ser punto de contacto. Se designa a la Lic. Rosa Pinto Leal, Directora, rpinto@gov.example.', 'rpinto@gov.example'],
    ['ru, более не', 'Контактное лицо: Орлов Сергей Иванович, s.orlov@gov.example.\nГ-жа Белова Анна (a.belova@gov.example) более не является контактным лицом.', 's.orlov@gov.example'],
    ['zh, 接替', '外交部已指定王小明先生(wang.xm@gov.example)为联络人，接替李华先生(li.hua@gov.example)。', 'wang.xm@gov.example'],
    ['ar, السابق', 'عين السيد خالد منصور (k.mansour@gov.example) منسقا وطنيا بدلا من السيد سمير حداد (s.haddad@gov.example) المنسق السابق.', 'k.mansour@gov.example'],
  ])('%s', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });

  it.each([
    ['en, an apposition after the name', 'Mr. Tom Hale, formerly Deputy Director (t.hale@gov.example), no longer serves as point of contact.\nThe new point of contact is Ms. Ana Lima, a.lima@gov.example.', 'a.lima@gov.example'],
    ['es, the predicate after the address', 'El Sr. Luis Vega Soto (lvega@gov.example), deja de ser punto de contacto. Se designa a la Sra. Rosa Pinto Leal, rpinto@gov.example.', 'rpinto@gov.example'],
    ['fr, an apposition after the name', "M. Paul Morel, ancien conseiller (p.morel@gov.example), n'exerce plus ces fonctions. Le nouveau point de contact est Mme Claire Roux, c.roux@gov.example.", 'c.roux@gov.example'],
  ])('leaves out the outgoing person whose clause goes on past the comma after the name or the address (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });

  it('keeps a contact whose sentence mentions an earlier report, not an earlier person', () => {
    expect(found('As in its report of 2020, Fiji names Mr. Jone Tora, Director, j.tora@gov.example, as contact.')).toEqual([
      { name: 'Jone Tora', email: 'j.tora@gov.example' },
    ]);
  });
});

describe('names as a careful reader finds them', () => {
  it('takes the name after a label of any wording and its colon', () => {
    expect(found('Queries: Hana Sato Mori, Trade Policy Division,\nh.sato@gov.example')).toEqual([{ name: 'Hana Sato Mori', email: 'h.sato@gov.example' }]);
    expect(found('Consultas: Pedro Gil Rey, Asesor Jurídico, pgil@gov.example')).toEqual([{ name: 'Pedro Gil Rey', email: 'pgil@gov.example' }]);
  });

  it('drops an abbreviated title that no list holds, and does not take a wrapped line for the name', () => {
    expect(found('Punto focal: Abog. Marta Ríos Vera, Dirección General, Ministerio de\nDefensa Nacional, mrios@gov.example.')).toEqual([
      { name: 'Marta Ríos Vera', email: 'mrios@gov.example' },
    ]);
    expect(found('- Abg. Irene Paz Mora, Jefa de Unidad, ipaz@gov.example')).toEqual([{ name: 'Irene Paz Mora', email: 'ipaz@gov.example' }]);
  });

  it('drops an abbreviated title written with its ending after the dot, in a table row', () => {
    expect(found('Nombre\tCargo\tCorreo\nDott.ssa Carla Neri Bassi\tPrimera Consejera\tc.neri@gov.example')).toEqual([
      { name: 'Carla Neri Bassi', email: 'c.neri@gov.example' },
    ]);
  });

  it.each([
    ['en', 'For any clarification, please contact Counsellor Ana Belo Costa, Disarmament Division (a.belo@gov.example).', 'Ana Belo Costa'],
    ['fr', 'Pour toute précision, prière de s\'adresser au Conseiller Paul Morel Roux, Division du désarmement (p.morel@gov.example).', 'Paul Morel Roux'],
    ['es', 'Para cualquier aclaración, puede dirigirse a la Consejera Rosa Pinto Leal, División de Desarme (rpinto@gov.example).', 'Rosa Pinto Leal'],
    ['ar', 'للاستفسار يمكن الاتصال بالمستشار/ خالد عمر الفارس، إدارة نزع السلاح، البريد الإلكتروني: k.alfares@gov.example', 'خالد عمر الفارس'],
    ['ru', 'По всем вопросам просьба обращаться к советнику Ивану Сергеевичу Орлову, отдел разоружения, i.orlov@gov.example.', 'Ивану Сергеевичу Орлову'],
  ])('takes the name after a diplomatic rank written as a title (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('finds a Russian name after a colon inside the sentence', () => {
    expect(found('Просьба обращаться к советнику отдела: Петров Олег Николаевич, o.petrov@gov.example.')).toEqual([
      { name: 'Петров Олег Николаевич', email: 'o.petrov@gov.example' },
    ]);
  });

  it.each([
    ['the word before a three-character name', '请联系主任王小明先生，电子邮件：wxm@gov.example', '王小明'],
    ['the word before a two-character name', '联系人李华女士，电子邮件：lihua@gov.example', '李华'],
    ['a dotted name kept whole', '联系人：努尔兰·阿赫梅托夫先生，电子邮件：n.akhmetov@gov.example', '努尔兰·阿赫梅托夫'],
    ['a four-character Vietnamese name', '阮氏秋香女士，司长，电子邮件：nguyen.th@gov.example', '阮氏秋香'],
    ['a name whose surname no list holds, alone in its table cell', '姓名\t职务\t电子邮件\n中村智子女士\t课长\tt.nakamura@gov.example', '中村智子'],
  ])('Chinese: %s', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('Chinese: takes the name a post follows as a title, and none where the post follows an office', () => {
    expect(found('如需进一步信息，请联系：王志刚处长，外交部条法司，电子邮件：wang.zg@gov.example。').map((c) => c.name)).toEqual(['王志刚']);
    expect(found('如需进一步信息，请联系外交部安全司副司长，电子邮件：anquan@gov.example。').map((c) => c.name ?? null)).not.toContain('安全司');
  });
});

describe('names across a line break', () => {
  it('takes the rest of a name that a prose line\'s wrap cuts after its first word', () => {
    expect(found("Le Comité voudra bien s'adresser à Mme Marie-Claire\nNdayishimiye, Directrice des affaires juridiques (m.ndayishimiye@mae.example.gov).")).toEqual([
      { name: 'Marie-Claire Ndayishimiye', email: 'm.ndayishimiye@mae.example.gov' },
    ]);
  });

  it.each([
    ['son of', 'للتواصل يرجى الاتصال بالسيدة فاطمة الزهراء بنت\nعبد الله، مستشارة بوزارة الخارجية، البريد الإلكتروني: f.abdallah@mae.example.gov', 'فاطمة الزهراء بنت عبد الله'],
    ['ould', 'يمكن الاتصال بالعقيد أحمد سالم ولد\nالشيخ، مدير الحدود، البريد الإلكتروني: a.cheikh@defense.example.gov', 'أحمد سالم ولد الشيخ'],
  ])('takes the rest of an Arabic name that a wrap cuts after a linking word (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('takes the name on the line after a title that ends the line above', () => {
    expect(found('El coordinador nacional es el Embajador\nMarco Antonio Ruiz Soto, Director General (correo: mruiz@gov.example).')).toEqual([
      { name: 'Marco Antonio Ruiz Soto', email: 'mruiz@gov.example' },
    ]);
  });
});

describe('names with initials and titles, copies and withdrawn designations', () => {
  it.each([
    ['a middle initial', 'The point of contact is Mr. Tomas R. Ilves, Senior Adviser, Ministry of Defence (e-mail: t.ilves@mod.example.gov).', 'Tomas R. Ilves'],
    ['an abbreviated Spanish title', 'La persona de contacto es la Abog. Lucía Fernanda Rojas Peña, Directora (correo electrónico: lrojas@sre.example.gov).', 'Lucía Fernanda Rojas Peña'],
    ['a Spanish title followed by the abbreviation of "Don"', 'Para cualquier aclaración, la persona de contacto es el Sr. D. Ernesto Mba Ondo, Director General (correo electrónico: e.mba@mae.example.gov).', 'Ernesto Mba Ondo'],
    ['an Arabic rank written with a slash', '- العقيد/ سالم أحمد الهاجري، الإدارة العامة للجمارك، البريد الإلكتروني: s.alhajri@customs.example.gov', 'سالم أحمد الهاجري'],
  ])('reads the name after %s', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('takes no lettered item ("D. Contrôle des exportations") for a title and its person', () => {
    expect(hasTitledPersonAsSubject("D. Contrôle des exportations\tIl n'existe aucun régime de licences d'exportation.")).toBe(false);
  });

  it.each([
    ['a capitalised particle followed by a lower-case one', 'Toute demande peut être adressée à M. Joost Van der Heyden, Direction des affaires multilatérales (joost.vanderheyden@mfa.example.gov).', 'Joost Van der Heyden'],
    ['a Portuguese particle', 'Further information may be obtained from Ms. Ana do Carmo Belo, Adviser (e-mail: a.belo@mne.example.gov).', 'Ana do Carmo Belo'],
    ['a pair of Dutch particles', 'Las consultas pueden dirigirse a:\n- Dr. Anneke van den Berg, Directora de Salvaguardias (correo electrónico: a.vdberg@anvs.example.gov)', 'Anneke van den Berg'],
    ['a German pair of particles', 'Contact: Mr. Klaus von der Heide, Head of Unit, k.heide@bafa.example.gov', 'Klaus von der Heide'],
  ])('reads a name with %s whole', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('does not join an office to a name through "de la"', () => {
    expect(found('Puede dirigirse al Sr. Juan Pérez de la Dirección General de Aduanas (correo: jperez@aduana.example.gov).').map((c) => c.name)).toEqual(['Juan Pérez']);
  });

  it("leaves out a body copied on a copy line whose address wraps to the next line", () => {
    expect(found('Nueva York, 8 de abril de 2025\nc.c.: Organismo Regional de Energía Nuclear de la Cuenca del Plata\n(info@orenp.example.org)')).toEqual([]);
  });

  it('leaves out a person named again later in the sentence as the one who left', () => {
    const text = 'The designation of Mr. Aleki Fonua (a.fonua@mfa.example.gov) as point of contact, notified on\n'
      + '2 May 2021, is revoked, since Mr. Fonua has retired. The new point of contact is Ms. Mele Tupou, Director, m.tupou@mfa.example.gov.';
    expect(found(text).map((c) => c.email)).toEqual(['m.tupou@mfa.example.gov']);
  });

  it('leaves out a person whose designation the note replaces and withdraws', () => {
    const text = 'Ms. Liis Tamm, Director, l.tamm@mfa.example.gov, is designated as point of contact.\n'
      + 'The above designation replaces that of Mr. Rein Kask, which is hereby withdrawn. Correspondence should no longer be addressed to his former e-mail address (rein.kask@mfa.example.gov).';
    expect(found(text).map((c) => c.email)).toEqual(['l.tamm@mfa.example.gov']);
  });
});

describe('names written in another script or after a post', () => {
  it.each([
    ['a Latin-script name with a Chinese title', '二、Siti Aminah binti Yusof女士\n    总检察署高级法律顾问\n    电子邮件：siti.yusof@agc.example.gov', 'Siti Aminah binti Yusof'],
    ['a Spanish title D.ª', 'Puede dirigirse a D.ª Elena Ruiz Marín, Jefa de Área (correo electrónico: e.ruiz@comercio.example.gov).', 'Elena Ruiz Marín'],
    ['a name whose words open with the ʻokina', 'The point of contact is Ms. ʻAna Mele Taufaʻao, Deputy Secretary, a.taufaao@mfa.example.gov.', 'ʻAna Mele Taufaʻao'],
    ['a transliterated name after its post', '如需进一步信息，请联系外交部法律司副秘书阿尼塔·古隆女士（电子邮件：a.gurung@mofa.example.gov）。', '阿尼塔·古隆'],
  ])('reads %s', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('leaves out a person whose designation the new ones replace, called to other duties', () => {
    const text = 'Mme Claire Roux, conseillère, c.roux@gouv.example.gov.\nCes désignations remplacent celle de M. Paul Morel (p.morel@gouv.example.gov), appelé à d\'autres fonctions.';
    expect(found(text).map((c) => c.email)).toEqual(['c.roux@gouv.example.gov']);
  });
});

describe('transliterated names inside Chinese sentences', () => {
  it('reads each dotted name up to where the sentence goes on, and leaves out the one transferred', () => {
    const text = '自即日起，国家联络人为外交部国际组织司副司长甘蓬·西哈，电子邮箱：\n    k.siha@mofa.example.gov\n'
      + '    原由维莱·坎塔担任的联络人一职，维莱·坎塔已调任他职（电子邮箱 v.kanta@mofa.example.gov）。\n'
      + '    海关总局执法司司长本米·占塔继续担任海关事务的联络人，电子邮箱：\n    b.chanta@customs.example.gov';
    expect(found(text).map((c) => c.name)).toEqual(['甘蓬·西哈', '本米·占塔']);
  });

  it('reads a name with no title after its office, its address in the brackets after it, and keeps a dotted name whole', () => {
    expect(found('如需进一步信息，请联系外交部条法司张伟明（电子邮件：zhang.wm@mfa.example.gov）。').map((c) => c.name)).toEqual(['张伟明']);
    expect(found('如需进一步信息，请联系国家原子能机构核安全司吴静（电子邮件：wu.jing@caea.example.gov）。').map((c) => c.name)).toEqual(['吴静']);
    expect(found('请联系外交部法律司顾问阿兹曼·易卜拉欣（电子邮件：a.ibrahim@mfa.example.gov）。').map((c) => c.name)).toEqual(['阿兹曼·易卜拉欣']);
    expect(found('请联系联邦外交部军控和出口管制司莱娜·霍夫曼女士（电子邮件：l.hoffmann@diplo.example.gov）。').map((c) => c.name)).toEqual(['莱娜·霍夫曼']);
  });

  it('gives the address to the name before the brackets when the note gives the telephone first, wrapped or not', () => {
    const wrapped = '详情请联系国防部核查处李文静（电话：+86 10 8888 1234，电子邮件：\nli.wenjing@mod.example.gov）。';
    expect(found(wrapped).map((c) => [c.name, c.email])).toEqual([['李文静', 'li.wenjing@mod.example.gov']]);
    const oneLine = '请联系商务部出口管制局赵建国（联系电话：010-6519 8000；邮箱：zhao.jg@mofcom.example.gov）。';
    expect(found(oneLine).map((c) => [c.name, c.email])).toEqual([['赵建国', 'zhao.jg@mofcom.example.gov']]);
  });

  it('reads the grade of a diplomat\'s post (三等秘书) as the post\'s, not a name\'s end, and the row\'s first cell as the name', () => {
    const text = '姓名\t单位及职务\t电子邮箱\n王明\t外交部条法司处长\twangming@gov.example\n林小红\t外交部条法司二等秘书\tlxh@gov.example';
    expect(found(text).map((c) => c.name)).toEqual(['王明', '林小红']);
  });

  it('reads a Latin-script name set apart from its Chinese title by a space', () => {
    expect(found('请联系外交部一等秘书 Malee Srisuk 女士（电子邮件：malee.s@mfa.example.gov）。').map((c) => c.name)).toEqual(['Malee Srisuk']);
  });
});

describe('copy lines, ranks, headings and names in running text', () => {
  it('leaves out every person of a copy line that names several, not only the first', () => {
    const text = 'Point de contact : Mme Louise Carpentier, conseillère, l.carpentier@gouv.example.gov\n'
      + 'Copie : M. Hans Vogel, OIAC, La Haye (h.vogel@opcw.example.org) ; Mme Sara Lind, AIEA, Vienne (s.lind@iaea.example.org)';
    expect(found(text).map((c) => c.email)).toEqual(['l.carpentier@gouv.example.gov']);
  });

  it.each([
    ['en', 'Copy for information to: Ms. Jane Doyle, Interpol (j.doyle@interpol.example.org)'],
    ['ar', 'نسخة مع التحية إلى: السيد سامي نور، الوكالة الدولية للطاقة الذرية (s.nour@iaea.example.org)'],
  ])('reads a copy marker with words before its colon (%s)', (_, line) => {
    expect(found(`Contact: Mr. Omar Said, Director, o.said@gov.example.gov\n${line}`).map((c) => c.email)).toEqual(['o.said@gov.example.gov']);
  });

  it('takes the name after a naval rank written in lower case, not the rank', () => {
    expect(found('Capitaine de frégate Anne-Laure Morvan\tChargée de mission\ta.morvan@defense.example.gov').map((c) => c.name)).toEqual(['Anne-Laure Morvan']);
    expect(found('Capitán de navío Jorge Salas Prieto, Jefe de Sección, jsalas@armada.example.gov').map((c) => c.name)).toEqual(['Jorge Salas Prieto']);
  });

  it.each([
    ['en', '2. Chief Superintendent Mariana Soares Lobo, Commander, Border Police, e-mail: m.lobo@police.example.gov', 'Mariana Soares Lobo'],
    ['fr', '- Commissaire Hervé Lemoine, chef de la brigade des douanes, courriel : h.lemoine@police.example.gov', 'Hervé Lemoine'],
    ['es', '- Comisaria Rosa Vega Prado, Jefa de la Unidad de Fronteras, correo: r.vega@policia.example.gov', 'Rosa Vega Prado'],
    ['ru', '- майор Орлов Сергей Иванович, начальник отдела, s.orlov@mvd.example.gov', 'Орлов Сергей Иванович'],
    ['ar', '- النقيب سالم أحمد الهاجري، شرطة الحدود، البريد الإلكتروني: s.hajri@police.example.gov', 'سالم أحمد الهاجري'],
  ])('takes the name after a police rank, not the rank (%s)', (_, line, name) => {
    expect(found(line).map((c) => c.name)).toEqual([name]);
  });

  it.each([
    ['es', 'Titular: Lic. Ana Rivas, Directora, tel. 2200-1000. Alterno: Subcomisionado de Policía Tomás Ibarra Luna, Dirección Antidrogas, correo t.ibarra@policia.example.gov.', 'Tomás Ibarra Luna'],
    ['en', 'Alternate: Commissioner of Police Kwame Asante Boateng, Criminal Investigations, e-mail k.boateng@police.example.gov', 'Kwame Asante Boateng'],
    ['fr', 'Suppléant : Commissaire de police Henri Dufresne, Police des frontières, courriel h.dufresne@police.example.gov', 'Henri Dufresne'],
  ])('reads a commissioner\'s rank and the force it names as the title before the name (%s)', (_, line, name) => {
    expect(found(line).find((c) => c.email !== '')?.name).toBe(name);
  });

  it('takes the name after a Russian title or rank declined as the sentence needs, and after д-р', () => {
    const text = 'По этим вопросам можно обращаться к г-же\nИрэн Сато, директору департамента (эл. почта: i.sato@gov.example), или к\n'
      + 'капитану Жоау Пинту, Полиция (эл. почта: j.pinto@police.example).\n- д-р Олег Ланг, начальник отдела; эл. почта: o.lang@gov.example';
    expect(found(text).map((c) => c.name)).toEqual(['Ирэн Сато', 'Жоау Пинту', 'Олег Ланг']);
  });

  it('reads a rank written after a name, or before it as a post, in Chinese, as no part of the name', () => {
    expect(found('2. 卡洛斯·门多萨中校，国防部核查处处长（电子邮件：c.mendoza@mod.example.gov）').map((c) => c.name)).toEqual(['卡洛斯·门多萨']);
    expect(found('阿里·汗督察\t边境警察局\ta.khan@police.example.gov').map((c) => c.name)).toEqual(['阿里·汗']);
    expect(found('请联系海军上校马丁·克鲁格（电子邮件：m.kruger@navy.example.gov）。').map((c) => c.name)).toEqual(['马丁·克鲁格']);
  });

  it('keeps a transliterated double name joined by a hyphen whole', () => {
    expect(found('让-皮埃尔·杜邦先生\t外交部司长\tjp.dupont@mfa.example.gov').map((c) => c.name)).toEqual(['让-皮埃尔·杜邦']);
    expect(found('安娜·施密特-韦伯女士\t外交部参赞\ta.schmidt@mfa.example.gov').map((c) => c.name)).toEqual(['安娜·施密特-韦伯']);
  });

  it('takes no Chinese section heading for the person of a mailbox named after it', () => {
    expect(found('四、其他事项\n有关信息请发送至秘书处电子邮箱 office@un.example.org。')).toEqual([]);
    expect(found('联络人\n王小明\n电子邮件：wang.xm@gov.example')).toEqual([{ name: '王小明', email: 'wang.xm@gov.example' }]);
  });

  it('reads a Russian full name with its patronymic in running text, in either order', () => {
    expect(found('Контактным лицом назначена Ким Алия Маратовна, советник Департамента (эл. почта: a.kim@mfa.example.gov).')).toEqual([
      { name: 'Ким Алия Маратовна', email: 'a.kim@mfa.example.gov' },
    ]);
    expect(found('Координатором является Тимур Рустамович Алиев, начальник отдела, t.aliev@gov.example.')).toEqual([
      { name: 'Тимур Рустамович Алиев', email: 't.aliev@gov.example' },
    ]);
  });

  it('reads a Russian full name whose patronymic a prose wrap carries to the next line, after a label or in running text', () => {
    expect(found('10. Контактное лицо в министерстве: Орлов Сергей\nИванович, советник, тел. +7 495 000 0000, s.orlov@gov.example.').map((c) => c.name)).toEqual([
      'Орлов Сергей Иванович',
    ]);
    expect(found('Контактным лицом назначена Ким Алия\nМаратовна, советник Департамента (эл. почта: a.kim@mfa.example.gov).').map((c) => c.name)).toEqual([
      'Ким Алия Маратовна',
    ]);
  });

  it('gives an address to no Russian name of another paragraph, and leaves out the person replaced, named in the genitive', () => {
    const text = '2. Петренко Мария Олеговна — консультант отдела нераспространения\nДепартамента безопасности Министерства иностранных дел;\nтел.: +7 495 000 00 00\n\n'
      + 'Указанные в качестве контактных лиц с 1 марта\nсотрудники заменяют г-на Сидоренко Павла Андреевича\n(p.sidorenko@mfa.example.gov), сведения о котором направлялись ранее.';
    // The listed person, given with a telephone only, is a contact with no address to write to.
    expect(found(text)).toEqual([{ name: 'Петренко Мария Олеговна', email: '' }]);
  });

  it('leaves out the person whose place the new contacts take, named after the newcomers (ar)', () => {
    const text = 'ويحل المنسقان الجديدان محل السيد فهد بن راشد الكندي (f.alkindi@mofa.example.gov)، الذي انتقل إلى مهام أخرى.\n'
      + 'الاسم: السيدة مريم بنت سالم الهنائية، مديرة الإدارة، m.alhinai@mofa.example.gov';
    expect(found(text).map((c) => c.email)).toEqual(['m.alhinai@mofa.example.gov']);
  });
});

describe('an address said to be out of use on the wrapped line after it', () => {
  it('is not a contact', () => {
    const text = 'Mr. Ivo Marin, whose designation was notified in 2019, has left the service, and the address i.marin@gov.example\nis no longer monitored. The new contact is Ms. Vesna Bral, Head of Unit, v.bral@gov.example.';
    expect(found(text).map((c) => c.email)).toEqual(['v.bral@gov.example']);
  });
});

describe('a person the state thanks for help', () => {
  it.each([
    ['en', 'Fiji thanks Mr. Rafael Ortiz Vega, regional coordinator of an international organization (r.ortiz@org.example), for his support. Enquiries: Ms. Ana Tora, Director, a.tora@gov.example.'],
    ['fr', "Le Niger remercie M. Paul Duval, expert de l'organisation (p.duval@org.example), de son appui. Point de contact : Mme Awa Sani, Directrice, a.tora@gov.example."],
  ])('is not a contact (%s)', (_language, text) => {
    expect(found(text).map((c) => c.email)).toEqual(['a.tora@gov.example']);
  });

  it('but a request to write to someone is no thanks to them', () => {
    expect(found('The Mission would be grateful if the Committee would address its questions to Ms. Ana Tora, Director, a.tora@gov.example.').map((c) => c.email)).toEqual(['a.tora@gov.example']);
  });
});

describe('names and ranks the tables did not hold', () => {
  it('keeps two particles inside a name ("van der")', () => {
    expect(found('Questions may be addressed to Ms. Annelies van der Berg-Jansen, Senior Policy Officer (e-mail: a.berg@gov.example).')).toEqual([
      { name: 'Annelies van der Berg-Jansen', email: 'a.berg@gov.example' },
    ]);
  });

  it('takes المقدم before a name as a rank, with بـ, and not "the submitted" after a noun (ar)', () => {
    expect(found('يمكن الاتصال بالسيدة رنا خوري (r.khoury@gov.example)، أو بالمقدم سامر عيسى، رئيس مكتب الجمارك (s.issa@gov.example).')).toEqual([
      { name: 'رنا خوري', email: 'r.khoury@gov.example' },
      { name: 'سامر عيسى', email: 's.issa@gov.example' },
    ]);
    expect(found('وفقاً للتقرير المقدم سابقاً إلى اللجنة (info@gov.example).')).toEqual([]);
  });

  it('drops every title of a stack written without dots, not only the first (ar)', () => {
    expect(found('للمزيد من المعلومات: العقيد المهندس سالم راشد النعيمي، مدير الإدارة، البريد الإلكتروني: s.nuaimi@gov.example').map((c) => c.name)).toEqual([
      'سالم راشد النعيمي',
    ]);
  });

  it.each([
    ['ar', 'يمكن الاتصال بالسيد خالد عمر ناصر، المستشار بالبعثة الدائمة، البريد الإلكتروني: k.nasser@gov.example', 'خالد عمر ناصر'],
    ['en', 'Queries may go to Mr. John Carter, Counsellor Political Affairs, e-mail j.carter@gov.example.', 'John Carter'],
    ['es', 'Puede dirigirse al Sr. Juan Pérez Soto, Consejero Político Principal (correo: jperez@gov.example).', 'Juan Pérez Soto'],
  ])('takes a title after a titled name and its comma for the post in apposition, not another person (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('takes المقدم as a rank after a list item\'s bullet, which still opens its line (ar)', () => {
    expect(found('للاستفسار:\n- المقدم/ سامر عيسى، رئيس مكتب الجمارك، البريد الإلكتروني: s.issa@gov.example')).toEqual([
      { name: 'سامر عيسى', email: 's.issa@gov.example' },
    ]);
  });
});

describe('copy lines and mailboxes', () => {
  it.each([
    ['fr', 'Copie : Centre régional des Nations Unies pour la paix, Lomé, à\nl\'attention de M. Paul Morel (p.morel@unrec.example.org)'],
    ['en', 'Copy: United Nations Regional Centre for Peace and Disarmament, Lomé, for the\nattention of Mr. Paul Morel (p.morel@unrec.example.org)'],
    ['es', 'Copia: Centro Regional de las Naciones Unidas para la Paz, Lima, a la\natención del Sr. Pablo Moreno (p.moreno@unlirec.example.org)'],
    ['ru', 'Копия: Региональный центр Организации Объединенных Наций по вопросам мира, Лима, для\nг-на Павла Морозова (p.morozov@un.example.org)'],
  ])('leaves out a person named on the wrapped line of a copy line (%s)', (_, line) => {
    expect(found(`Contact: Mr. Omar Said, Director, o.said@gov.example.gov\n${line}`).map((c) => c.email)).toEqual(['o.said@gov.example.gov']);
  });

  it.each([
    ['es', 'c.c.: Sr. Tobias Reinhardt, Subdivisión de Cooperación, OPAQ\n(t.r@opcw.example.org); Sra. Inés Caballero Ruiz, Oficina Regional de la UNODC para\nCentroamérica (ines@unodc.example.org)'],
    ['fr', 'Copie : M. Hans Vogel, Division de la coopération, OIAC\n(h.vogel@opcw.example.org) ; Mme Sara Lind, Bureau régional de l\'ONUDC pour\nl\'Afrique (s.lind@unodc.example.org)'],
    ['en', 'cc: Mr. Hans Vogel, International Cooperation Branch, OPCW\n(h.vogel@opcw.example.org); Ms. Sara Lind, Regional Office of UNODC for\nCentral America (s.lind@unodc.example.org)'],
    ['ru', 'Копия: г-н Ханс Фогель, Отдел международного сотрудничества, ОЗХО\n(h.vogel@opcw.example.org); г-жа Сара Линд, Региональное отделение ЮНОДК для\nЦентральной Америки (s.lind@unodc.example.org)'],
  ])('leaves out the second person of a copy line whose wrapped line opens with the first one\'s address (%s)', (_, line) => {
    expect(found(`Contact: Mr. Omar Said, Director, o.said@gov.example.gov\n${line}`).map((c) => c.email)).toEqual(['o.said@gov.example.gov']);
  });

  it.each([
    ['es', 'Para consultas de prensa: Oficina de Prensa, Departamento de Comunicación Global, prensa@un.example.org'],
    ['en', 'Press enquiries: Office of Communications, Department of Global Communications, press@un.example.org'],
    ['fr', 'Pour la presse : Service de presse, Département de la communication, presse@un.example.org'],
    ['ru', 'Для прессы: Отдел печати, Департамент глобальных коммуникаций, press@un.example.org'],
    ['ar', 'للاستفسارات الصحفية: مكتب الإعلام، إدارة التواصل العالمي، press@un.example.org'],
  ])('takes no office behind a functional mailbox for a person (%s)', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('ranks in lower case, titles after a name, names cut by a wrap', () => {
  it.each([
    ['fr', 'Le Comité peut s\'adresser à Mme Ana Belo (a.belo@gov.example) et au colonel Mihai Stanciu, Police des frontières (m.stanciu@gov.example).', 'Mihai Stanciu'],
    ['es', 'Puede dirigirse a la Sra. Rosa Pinto (rpinto@gov.example) y al teniente coronel Luis Vega Soto, Aduanas (l.vega@gov.example).', 'Luis Vega Soto'],
  ])('takes the name after a rank written in lower case inside a sentence (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toContain(name);
  });

  it('drops the abbreviated Russian title М-р', () => {
    expect(found('Назначен: М-р Георгиев Стефан, начальник отдела (s.georgiev@gov.example).')).toEqual([{ name: 'Георгиев Стефан', email: 's.georgiev@gov.example' }]);
  });

  it('drops 工程师 written after a Chinese name as a title', () => {
    expect(found('1. 扬·德沃夏克工程师，不扩散处处长，电子邮件：jan.dvorak@gov.example')).toEqual([{ name: '扬·德沃夏克', email: 'jan.dvorak@gov.example' }]);
  });

  it('joins a transliterated name that a hard wrap cuts after its dot', () => {
    expect(found('2. 玛尔凯塔·斯沃\n博多娃女士，高级视察员，电子邮件：\nm.svobodova@gov.example').map((c) => c.name)).toEqual(['玛尔凯塔·斯沃博多娃']);
  });

  it('takes the rest of a name that a wrap cuts after its particle, and no post on the next line for a name', () => {
    expect(found('(a) Dr Aoife Ní\nChonaill, Assistant Principal; aoife@gov.example\n\n(b) Mr Cathal Ó\nBriain, Senior Inspector; cathal@gov.example').map((c) => c.name)).toEqual([
      'Aoife Ní Chonaill', 'Cathal Ó Briain',
    ]);
    expect(found('Mr. John Smith\nDirector, Ministry of Defence, j.smith@gov.example').map((c) => c.name)).toEqual(['John Smith']);
  });

  it('takes the rest of a wrapped name that holds a particle on the next line', () => {
    expect(found('For any question, the Committee may contact Ms. Siti\nNora binti Ismail, Senior Officer, e-mail s.ismail@gov.example.').map((c) => c.name)).toEqual([
      'Siti Nora binti Ismail',
    ]);
  });

  it.each([
    ['en', 'For any question, the point of contact is Ms. Maria Elena\nGarcia, Director of Trade (e-mail: m.garcia@gov.example).', 'Maria Elena Garcia'],
    ['es', 'Para cualquier consulta, el punto de contacto es la Licda. Ana María\nLópez Vera, Directora (correo electrónico: alopez@gov.example).', 'Ana María López Vera'],
    ['fr', "Pour toute question, le Comité peut s'adresser à M. Jean Pierre\nDurand, conseiller (courriel : jp.durand@gouv.example).", 'Jean Pierre Durand'],
  ])('takes the rest of a name that a sentence\'s wrap cuts after its second word (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('keeps "St." inside a surname', () => {
    expect(found('Contact: Ms. Marie St. Clair, Director, m.stclair@gov.example').map((c) => c.name)).toEqual(['Marie St. Clair']);
  });

  it('keeps a Philippine particle written as one word ("dela", "delos") inside a name in a table row', () => {
    expect(found('Name\tPost\tE-mail\nJose dela Paz Ramos\tDirector\tj.ramos@gov.example\nAna delos Santos\tChief\ta.santos@gov.example').map((c) => c.name)).toEqual([
      'Jose dela Paz Ramos', 'Ana delos Santos',
    ]);
  });
});

describe('a person taken off the list of contacts, or whose sentence says they left', () => {
  it.each([
    ['en', 'Mr. Tom Hale (t.hale@gov.example) has been removed from the list of contacts.'],
    ['fr', 'M. Paul Morel (p.morel@gov.example) est retiré de la liste des points de contact.'],
    ['es', 'El Sr. Luis Vega Soto (lvega@gov.example) queda excluido de la lista de puntos de contacto.'],
    ['ru', 'Каримов Бахром Олимович исключается из списка контактных лиц; адрес b.karimov@gov.example более\nнедействителен.'],
    ['zh', '李华先生(li.hua@gov.example)已从联络人名单中删除。'],
    ['ar', 'تم حذف السيد سمير حداد (s.haddad@gov.example) من قائمة جهات الاتصال.'],
  ])('is no contact (%s)', (_, text) => {
    expect(found(`${text}\nContact: Ms. Ana Lima, Director, a.lima@gov.example`).map((c) => c.email)).toEqual(['a.lima@gov.example']);
  });

  it.each([
    ['es', 'El Sr. Rafael Tejada Peña (rtejada@gov.example), quien hasta la fecha fungía como punto de\ncontacto, ha asumido otras funciones.'],
    ['en', 'Mr. Tom Hale (t.hale@gov.example), who until now served as point of contact, has taken up other duties.'],
    ['fr', "M. Paul Morel (p.morel@gov.example), qui était jusqu'ici point de contact, a pris d'autres fonctions."],
  ])('leaves out the subject whose predicate, past a relative clause, says they left (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['es', 'Las nuevas designaciones se comunican al Comité tras la salida del Sr. Luis Vega Soto (lvega@gov.example),\nquien ha asumido otras funciones.'],
    ['en', 'The new designations are made following the departure of Mr. Tom Hale (t.hale@gov.example),\nwho has taken up other duties.'],
    ['fr', "Les nouvelles désignations suivent le départ de M. Paul Morel (p.morel@gov.example),\nqui a pris d'autres fonctions."],
    ['ru', 'Новые назначения производятся после ухода г-на Иванова Олега (o.ivanov@gov.example),\nкоторый переведен на другую работу.'],
  ])('reads the clause after an address that is no subject past the comma and a wrap to the next line (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['es, sustituyen', 'Los nuevos puntos de contacto sustituyen al Sr. Luis Vega Soto (lvega@gov.example).'],
    ['es, reemplazan', 'Las nuevas designaciones reemplazan a la Sra. Rosa Pinto Leal (rpinto@gov.example).'],
    ['fr, succèdent', 'Les nouveaux points de contact succèdent à M. Paul Morel (p.morel@gouv.example).'],
  ])('leaves out the person whom several newcomers replace (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads no sentence across a table: the row after which a former contact is named stays', () => {
    const text = 'ФИО\tДолжность\tЭл. почта\nРахимов Фаррух Саидович\tНачальник управления\tf.rakhimov@gov.example\n'
      + 'Ранее назначенный контактным лицом г-н Шарипов Бахтиёр (b.sharipov@gov.example) более не выполняет эти функции.';
    expect(found(text).map((c) => c.email)).toEqual(['f.rakhimov@gov.example']);
  });

  it('keeps the subject when the leaving is said of the person they replace', () => {
    expect(found('Ms. Ana Lima (a.lima@gov.example), who replaces the former contact, will coordinate the replies.').map((c) => c.email)).toEqual(['a.lima@gov.example']);
  });
});

describe('contacts as the document lists them', () => {
  it.each([
    ['ru, a dash in the e-mail column', 'Ф. И. О.\tДолжность\tЭл. почта\nНазарова Мадина Рустамовна\tНачальник управления\tm.nazarova@gov.example\nШарипов Далер Хуршедович\tНачальник отдела\t-', 'Шарипов Далер Хуршедович'],
    ['en, an item with a phone only', '(a) Ms. Elena Trajkovska, Head of Unit; e-mail: elena@gov.example;\n\n(b) Lt. Col. Aleksandar Petreski, Head of Section; tel. +389 2 328 0000.', 'Aleksandar Petreski'],
    ['fr', '- M. Arben Hoxha, directeur, arben@gov.example\n- Ing. Dritan Shehu, inspecteur principal, tél. +355 4 237 5512', 'Dritan Shehu'],
    ['es', '1. Lic. Rosa Pinto Leal, Directora, rpinto@gov.example\n2. Ing. Marcos del Río Lay, Inspector, teléfono: +670 000 1111', 'Marcos del Río Lay'],
    ['ar', '- السيد خالد منصور، مدير، البريد الإلكتروني: k.mansour@gov.example\n- السيد سمير حداد، رئيس قسم، الهاتف: 123 456', 'سمير حداد'],
    ['zh', '1. 王小明先生，处长，电子邮件：wxm@gov.example\n2. 李华女士，科长，电话：+86 10 0000 0000', '李华'],
  ])('names a listed person without an address, with an empty address (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
  });

  it.each([
    ['en', '6. Conversely, Fiji offers to share its experience.\n7. The request is coordinated by Mr. Jone Tora, Director (j.tora@gov.example).', 'Jone Tora'],
    ['ar', '6. وفي المقابل، تعرب الدولة عن استعدادها لتقاسم خبرتها.\n7. يتولى تنسيق هذا الطلب م. عبد الرحمن آدم حسن، المنسق الوطني (ar.hassan@gov.example).', 'عبد الرحمن آدم حسن'],
  ])('takes no numbered paragraph of prose for a list of people (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it.each([
    ['fr', 'Nom et titre\tFonction\tCourriel\nM. Jean Roux\tDirecteur\tj.roux@gov.example\nPaul Obame Ndong, colonel\tCommandant\tnéant', 'Paul Obame Ndong'],
    ['en', 'Name\tPost\tE-mail\nMs. Ana Lima\tDirector\ta.lima@gov.example\nTom Hale Brown, Senior Inspector\tCustoms\t-', 'Tom Hale Brown'],
    ['ru', 'Ф. И. О.\tДолжность\tЭл. почта\nНазарова Мадина Рустамовна\tНачальник управления\tm.nazarova@gov.example\nШарипов Далер Хуршедович, полковник\tНачальник отдела\t-', 'Шарипов Далер Хуршедович'],
  ])('names the person of a row whose first cell goes on with a rank or post after a comma (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
  });

  it.each([
    ['ru', '1. Саргсян Анна Ованесовна, начальник управления\nтел.: +374 10 00 00 01; эл. почта: a.s@mfa.example.gov\n2. Манукян Лилит Сергеевна, специалист\nтел.: +374 10 00 00 03\nГоспожа Саргсян А. О. заменяет г-на Геворкяна Артура Левоновича (a.g@mfa.example.gov).', 'Манукян Лилит Сергеевна'],
    ['en', '1. Ms. Ana Lima, Director\ne-mail: a.lima@gov.example\n2. Mr. Tom Hale, Inspector\ntel. +1 473 000 0000\nMs. Lima replaces Mr. Karl Berg (k.berg@gov.example).', 'Tom Hale'],
  ])('ends a listed item at a line that opens with another titled person, whose address is no part of it (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
  });

  it.each([
    ['ru', 'VI. Контактные лица\nГасанов Эльчин Рауф оглы, начальник отдела, тел. +994 12 596 91 44, e.hasanov@mfa.example.gov\nАлиева Гюнай Тофиг кызы, главный специалист, тел. +994 12 512 07 36', ['Гасанов Эльчин Рауф оглы', 'Алиева Гюнай Тофиг кызы']],
    ['en', 'Contacts\nMs. Ana Lima, Director, a.lima@gov.example\nMr. Tom Hale, Inspector, tel. +1 473 000 0000', ['Ana Lima', 'Tom Hale']],
    ['ar', 'جهات الاتصال\nالسيد خالد منصور، مدير، k.mansour@gov.example\nالسيد سمير حداد، رئيس قسم، الهاتف: 123 456', ['خالد منصور', 'سمير حداد']],
    ['zh', '联络人\n王小明先生，处长，wxm@gov.example\n李华女士，科长，电话：+86 10 0000 0000', ['王小明', '李华']],
  ])('reads lines that each open with a titled or patronymic-marked person and their post as a list with no markers (%s)', (_, text, names) => {
    expect(found(text).map((c) => c.name)).toEqual(names);
  });

  it.each([
    ['en', 'For technical questions, the Committee may contact Ms. Ana Lima, Director (a.lima@gov.example).\n\nCommander Tom Hale, Staff Officer at Naval Headquarters, will act as focal point for maritime matters.'],
    ['fr', 'Le point de contact est Mme Claire Roux, directrice (c.roux@gov.example).\n\nM. Paul Morel, inspecteur principal des douanes, assurera la liaison pour les contrôles aux frontières.'],
    ['ru', 'Контактным лицом назначена г-жа Анна Белова, начальник отдела (a.belova@gov.example).\n\nГ-н Сергей Орлов, советник таможенной службы, будет отвечать за пограничный контроль.'],
    ['ar', 'يمكن الاتصال بالسيدة ليلى حداد، مديرة الإدارة (l.haddad@gov.example).\n\nالعقيد سمير منصور، رئيس قسم الحدود، سيتولى التنسيق في مسائل الحدود.'],
  ])('names a person designated in the paragraph next to a contact\'s, opening it with a title and a post, with an empty address (%s)', (_, text) => {
    expect(found(text)).toHaveLength(2);
    expect(found(text).at(-1)?.email).toBe('');
  });

  it.each([
    ['ru', 'Контактным лицом назначен Петров Олег Николаевич, советник (o.petrov@gov.example).\n\nПо вопросам таможенного контроля можно также обращаться ко второму контактному\nлицу: Саргсян Лусине Грачевна, главный специалист, тел. +374 10 594 718.', 'Саргсян Лусине Грачевна'],
    ['en', 'The focal point is Ms. Ana Lima, Director (a.lima@gov.example).\n\nFor customs matters the Committee may also contact the second focal\npoint: Mr. Tom Hale, Senior Inspector, tel. +1 473 000 0000.', 'Tom Hale'],
    ['es', 'El punto de contacto es la Sra. Ana Lima, Directora (a.lima@gov.example).\n\nPara asuntos aduaneros podrá dirigirse también al segundo punto de\ncontacto: Sr. Tomás Vera, Inspector Principal, tel. +502 2410 0000.', 'Tomás Vera'],
  ])('names a person designated after the label of the paragraph next to a contact\'s, with a post and a telephone (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
  });

  it('takes no person opening a paragraph that no contact\'s paragraph stands next to', () => {
    const text = 'Ms. Ana Lima, Director of Export Control, may be reached at a.lima@gov.example.\n\nThe workshop was held in March.\n\nMr. Tom Hale, Minister of Defence, opened the workshop.';
    expect(found(text).map((c) => c.name)).toEqual(['Ana Lima']);
  });

  it('reads a Chinese list numbered with the enumeration comma, each person named after their post with the title after the name', () => {
    const text = '一、外交部国际安全司副司长 Kong Sovannarith 先生，电话 +855 23 216 122，电子邮件\nk.s@mfa.example.gov。\n\n二、海关总局边境执法处处长 Heng Bunthoeun 上校，电话 +855 12 771 304（暂无电子邮件）。';
    expect(found(text)).toEqual([{ name: 'Kong Sovannarith', email: 'k.s@mfa.example.gov' }, { name: 'Heng Bunthoeun', email: '' }]);
  });

  it('ends a listed item at a copy line: those copied, with their addresses, are no part of the last person\'s item', () => {
    const text = '- Ms. Ana Lima, Director, e-mail a.lima@gov.example;\n- Inspector Paul Brown, Police Unit, tel. +1 473 000 0000.\ncc: Mr. Hans Muller, Programme Manager (h.muller@org.example.org)';
    expect(found(text).map((c) => c.name)).toEqual(['Ana Lima', 'Paul Brown']);
  });

  it('takes no column heading, and no numbered heading before a paragraph, for a listed person', () => {
    expect(found('姓名\t职务\t电子邮件\n中村智子女士\t课长\tt.nakamura@gov.example').map((c) => c.name)).toEqual(['中村智子']);
    expect(found('3. Other matters\nNone.\n1. Ms. Ana Lima, Director, a.lima@gov.example').map((c) => c.name)).toEqual(['Ana Lima']);
  });

  it.each([
    ['en', 'At the workshop, Mr. Hans Muller (h.muller@opcw.example.org) presented the chemical controls.'],
    ['ru', 'На семинаре опыт Венгрии представил г-н Ласло Ковач (l.kovacs@haea.example.hu).'],
    ['zh', '禁止化学武器组织专家汉斯·米勒先生（h.mueller@opcw.example.org）介绍了经验。'],
  ])('leaves out a person named in prose at another administration\'s address when the contacts are listed (%s)', (_, prose) => {
    const list = '1. Ms. Ana Lima, Director, a.lima@mfa.example.gov\n2. Mr. Tom Hale, Adviser, t.hale@mod.example.gov';
    expect(found(`${prose}\n${list}`).map((c) => c.email)).toEqual(['a.lima@mfa.example.gov', 't.hale@mod.example.gov']);
  });

  it('keeps a coordinator named in prose at an address of the same administration as the listed contacts', () => {
    const text = 'The coordinator is Ms. Joana Ximenes, who may be reached at joana@mnec.example.gov.\n1. Dr. Abilio Belo, Head, a.belo@ms.example.gov\n2. Ms. Filomena Pinto, Commander, f.pinto@pntl.example.gov';
    expect(found(text).map((c) => c.email)).toEqual(['joana@mnec.example.gov', 'a.belo@ms.example.gov', 'f.pinto@pntl.example.gov']);
  });
});

describe('titles and honorifics around an Arabic name', () => {
  it.each([
    ['المحترم after a listed name', '1. العميد/ سالم راشد الحربي المحترم، مدير الإدارة، البريد الإلكتروني: s.harbi@mod.example.gov', 'سالم راشد الحربي'],
    ['المحترمة after a name in a sentence', 'وتتولى المهندسة ريم خليل العنزي المحترمة، رئيسة القسم، التنسيق (r.anazi@env.example.gov).', 'ريم خليل العنزي'],
  ])('leaves the honorific written after the name out of it (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('ends a name at the next title: the person after "محل السيد" is another, the one replaced', () => {
    const text = '1. السيد/ وليد سعد الفارس، مدير الشؤون الدولية، w.alfares@mfa.example.gov\nويحل السيد/ وليد سعد الفارس محل السيد/ ماجد علي السالم، ويرجى حذف عنوانه m.alsalem@mfa.example.gov من السجلات.';
    expect(found(text)).toEqual([{ name: 'وليد سعد الفارس', email: 'w.alfares@mfa.example.gov' }]);
  });
});

describe('a list in a text whose lines are whole paragraphs (a DOCX, an unwrapped text)', () => {
  const opening = {
    en: 'The Permanent Mission has the honour to inform the Committee that the Government has decided to change the list of its national points of contact for the implementation of resolution 1540 (2004), which is now as follows:',
    fr: "La Mission permanente a l'honneur d'informer le Comité que le Gouvernement a décidé de modifier la liste de ses points de contact nationaux pour l'application de la résolution 1540 (2004), qui s'établit désormais comme suit :",
    ar: 'تتشرف البعثة الدائمة بإبلاغ اللجنة بأن الحكومة قررت تعديل قائمة جهات الاتصال الوطنية المعنية بتنفيذ القرار 1540 (2004) التي أبلغت بها اللجنة في مذكرات سابقة، لتصبح على النحو التالي:',
  };
  it.each([
    ['en', `${opening.en}\n1. Ms. Ana Lima, Director, Ministry of Trade, e-mail: a.lima@trade.example.gov\n2. Mr. Tom Hale, Head of Unit, Customs, tel. +1 555 0100 (no e-mail)\nWith this change, Ms. Ana Lima takes over from Mr. Paul Grey, whose address p.grey@trade.example.gov should be deleted from the Committee's records.`, ['Ana Lima', 'Tom Hale']],
    ['fr', `${opening.fr}\n1. Mme Claire Roux, directrice, courriel : c.roux@mae.example.gov\n2. M. Paul Morel, chef de bureau, douanes, tél. +33 1 00 00 00 00 (pas de courriel)\nDésormais, Mme Claire Roux remplace M. Jean Petit, dont l'adresse j.petit@mae.example.gov doit être supprimée des registres du Comité.`, ['Claire Roux', 'Paul Morel']],
    ['ar', `${opening.ar}\n1. السيدة هند سامي الخطيب، مديرة الإدارة، البريد الإلكتروني: h.khatib@mfa.example.gov\n2. المهندس عمر فؤاد الزين، رئيس القسم، الجمارك، الهاتف: 000000 961+ (لا يوجد بريد إلكتروني)\nوتحل السيدة هند سامي الخطيب محل السيد/ كريم نبيل الحسن، ويرجى حذف عنوانه k.hassan@mfa.example.gov من سجلات اللجنة.`, ['هند سامي الخطيب', 'عمر فؤاد الزين']],
  ])('ends the last item with its own paragraph, before a paragraph of prose that names another address (%s)', (_, text, names) => {
    expect(found(text).map((c) => c.name)).toEqual(names);
  });
});

describe('a former contact who is the subject of a reported clause', () => {
  it.each([
    ['en', 'The Mission has the honour to inform the Committee that Mr. Tom Hale (t.hale@mfa.example.gov), designated by the note of 3 May 2019, has retired. The new contact is Ms. Ana Lima, a.lima@mfa.example.gov.', 'a.lima@mfa.example.gov'],
    ['fr', "La Mission a l'honneur d'informer le Comité que M. Paul Morel (p.morel@mae.example.gov), désigné par la note du 3 mai 2019, a été appelé à d'autres fonctions. Le nouveau point de contact est Mme Claire Roux, c.roux@mae.example.gov.", 'c.roux@mae.example.gov'],
    ['es', 'La Misión tiene el honor de informar al Comité que el Sr. Luis Vega Soto (lvega@mre.example.gov), designado por nota de 3 de mayo de 2019, ha sido trasladado. Se designa a la Sra. Rosa Pinto Leal, rpinto@mre.example.gov.', 'rpinto@mre.example.gov'],
    ['ru', 'Представительство сообщает Комитету, что г-н Орлов Сергей Иванович (s.orlov@mid.example.gov), назначенный нотой от 3 мая 2019 года, более не является контактным лицом. Новое контактное лицо: Белова Анна Петровна, a.belova@mid.example.gov.', 'a.belova@mid.example.gov'],
  ])('leaves out the person the clause after "that" says has left (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });
});

describe('a former contact replaced by a pronoun that points back to them', () => {
  it.each([
    ['en', 'Further to its note informing the Committee of the designation of Mr. Tom Hale (t.hale@mfa.example.gov) as coordinator, the Government has designated new contacts in his place, as follows.\n\nMs. Ana Lima, Director, a.lima@mfa.example.gov.', 'a.lima@mfa.example.gov'],
    ['es', 'En relación con su nota sobre la designación del Sr. Luis Vega Soto (lvega@mre.example.gov) como coordinador, el Gobierno ha designado nuevos puntos de contacto en su lugar, a saber.\n\nSra. Rosa Pinto Leal, Directora, rpinto@mre.example.gov.', 'rpinto@mre.example.gov'],
    ['ru', 'Ссылаясь на ноту о назначении г-на Орлова Сергея (s.orlov@mid.example.gov) координатором, Правительство назначило вместо него новых контактных лиц.\n\nГ-жа Белова Анна Петровна, начальник отдела, a.belova@mid.example.gov.', 'a.belova@mid.example.gov'],
    ['ar', 'وبالإشارة إلى مذكرتها التي أبلغت فيها اللجنة بتعيين السيد/ سمير فؤاد حداد (s.haddad@mfa.example.gov) منسقا وطنيا، قررت الحكومة تعيين جهات اتصال جديدة بدلا منه.\n\nالسيدة هند سامي الخطيب، مديرة الإدارة، h.khatib@mfa.example.gov.', 'h.khatib@mfa.example.gov'],
  ])('leaves out the person named before "in his place" in the sentence (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });
});

describe('a table row whose name cell wraps in a narrow column', () => {
  it.each([
    ['en', 'Name\tPost\tInstitution\tTelephone\tE-mail\nMs. Ana Lima\tDirector\tMinistry of Trade\t+1 555 0100\ta.lima@trade.example.gov\nInspector\tHead,\tNational\t+1 555 0101\t(none)\nJohn Peter\tBorder Desk\tPolice\nMwale\tUnit', 'John Peter Mwale'],
    ['fr', 'Nom\tFonction\tInstitution\tTéléphone\tCourriel\nMme Claire Roux\tDirectrice\tMinistère\t+33 1 00 00 00 00\tc.roux@mae.example.gov\nCommissaire\tChef,\tPolice\t+33 1 00 00 00 01\tnéant\nJean-Paul\tbrigade\tnationale\nMorel\tfrontières', 'Jean-Paul Morel'],
    ['es', 'Nombre\tCargo\tInstitución\tTeléfono\tCorreo\nSra. Rosa Pinto Leal\tDirectora\tCancillería\t+51 1 000 0000\trpinto@mre.example.gov\nComisario\tJefe,\tPolicía\t+51 1 000 0001\t—\nLuis\tUnidad de\tNacional\nVega Soto\tFronteras', 'Luis Vega Soto'],
  ])('reads the name from the first cells of the lines the row wraps onto (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toContain(name);
  });
});

describe('a spokesperson named for the media', () => {
  it.each([
    ['en', 'The Committee will meet again in June.\nFor further information, the media may contact the spokesperson of the Office, Ms. Ana Lima (press@un.example.org).'],
    ['fr', 'Le Comité se réunira en juin.\nPour tout renseignement, les médias peuvent s\'adresser au porte-parole du Bureau, M. Paul Morel (presse@un.example.org).'],
    ['es', 'El Comité volverá a reunirse en junio.\nPara más información, los medios de comunicación pueden dirigirse a la portavoz, Sra. Rosa Pinto Leal (prensa@un.example.org).'],
    ['ru', 'Комитет соберется в июне.\nЗа дополнительной информацией представители СМИ могут обращаться к г-ну Орлову Сергею Ивановичу (press@un.example.org).'],
    ['ar', 'وستجتمع اللجنة في حزيران/يونيه.\nولمزيد من المعلومات، يمكن لوسائل الإعلام الاتصال بالمتحدثة باسم المكتب، السيدة هند سامي الخطيب (press@un.example.org).'],
    ['zh', '委员会将于六月再次开会。\n如需更多信息，媒体可联系办公室发言人王小明先生(press@un.example.org)。'],
  ])('is no point of contact (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the officer a letter names for enquiries', () => {
    expect(found('Enquiries concerning this letter may be addressed to Ms. Ana Lima, Secretary of the Committee (e-mail: a.lima@un.example.org).').map((c) => c.name)).toEqual(['Ana Lima']);
  });
});

describe('a series of designations in prose that ends with a person who has no address', () => {
  it.each([
    ['ar', 'عينت الحكومة السيد/ سمير فؤاد حداد، مدير الإدارة، منسقا وطنيا، ويمكن مراسلته على العنوان s.haddad@mfa.example.gov.\n\nكما عينت الدكتورة/ هند سامي الخطيب، رئيسة القسم، جهة اتصال للمسائل الفنية، وعنوانها h.khatib@moh.example.gov.\n\nأما المسائل الجمركية فيتولاها العقيد/ عمر فؤاد الزين، من شؤون الجمارك، ويمكن التواصل معه عن طريق البعثة.', 'عمر فؤاد الزين'],
    ['en', 'The Government has designated Mr. Tom Hale, Director of Trade, as national coordinator (t.hale@trade.example.gov).\n\nIt has also designated Dr. Ana Lima, Head of the Laboratory, for technical matters (a.lima@health.example.gov).\n\nBorder matters are handled by Colonel Peter Mwale, of the Customs Service, who may be reached through the Mission.', 'Peter Mwale'],
    ['fr', 'Le Gouvernement a désigné M. Paul Morel, directeur, comme coordonnateur national (p.morel@mae.example.gov).\n\nIl a également désigné Mme Claire Roux, cheffe du laboratoire, pour les questions techniques (c.roux@sante.example.gov).\n\nLes questions douanières relèvent du colonel Jean Petit, de la Direction des douanes, joignable par la Mission.', 'Jean Petit'],
  ])('designates that person too (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toContain(name);
    expect(found(text)).toHaveLength(3);
  });

  it('takes no titled person from a paragraph next to a single designation', () => {
    const text = 'The Government has designated Mr. Tom Hale, Director, as coordinator (t.hale@trade.example.gov).\n\nThe workshop was opened by Dr. Ana Lima, Minister of Health, in March.';
    expect(found(text).map((c) => c.name)).toEqual(['Tom Hale']);
  });
});

describe('contacts whose e-mail slot is empty, given with a telephone', () => {
  it.each([
    ['fr, stacked blocks', 'Points de contact\nMme Claire Roux\nDirectrice des affaires juridiques\nCourriel : c.roux@gov.example\nCapitaine Paul Morel\nChef du bureau des douanes\nTél. : +241 01 76 00 00', 'Paul Morel'],
    ['en, stacked blocks', 'Contact points\nMs. Ana Lima\nDirector, Legal Affairs\nE-mail: a.lima@gov.example\nInspector Tom Hale\nHead, Border Police Unit\nTelephone: +1 473 000 0000', 'Tom Hale'],
    ['ru, stacked blocks', 'Контактные лица\nГ-жа Анна Белова\nначальник отдела\nЭл. почта: a.belova@gov.example\nполковник Сергей Орлов\nначальник таможенного поста\nТелефон: +7 495 000 00 00', 'Сергей Орлов'],
    ['es, two persons in one sentence', 'La coordinación corresponde al Lic. Pedro Ruiz Soto, Director (correo electrónico: pruiz@gov.example), y a la Licda. Ana Pérez de los Ríos, Secretaria Técnica (teléfono: +1 809 000 0000).', 'Ana Pérez de los Ríos'],
    ['zh, title after the name', '国家联络点为外交部条法司处长王小明先生（电子邮件：wxm@gov.example）。海关方面的联系人为海关总署处长陈立华女士（电话：+86 10 0000 0000）。', '陈立华'],
    ['ar, lines with dashes', 'جهات الاتصال:\nالعقيد/ سامي فؤاد الحربي – مدير الإدارة – البريد الإلكتروني: s.harbi@gov.example\nالسيدة منى خالد العتيبي – باحثة قانونية – هاتف: 22000000 (965+)', 'منى خالد العتيبي'],
  ])('names the person whose entry gives a telephone where the others give an address, with an empty address (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
    expect(found(text)).toHaveLength(2);
  });

  it.each([
    ['fr', 'Titulaire\n\nNom : Mme Anne Colin\n\nFonction : Directrice\n\nCourriel : a.colin@gov.example\n\nSuppléant\n\nNom : M. Marc Duval\n\nFonction : Chef de bureau, Direction\ndes douanes\n\nTéléphone : +33 1 00 00 00 00 (pas de courriel)', 'Marc Duval'],
    ['es', 'Titular\n\nNombre: Sra. Ana Gil\n\nCorreo: agil@gov.example\n\nSuplente\n\nNombre: Sr. Luis Mora Vela\n\nCargo: Jefe de Sección\n\nTeléfono: +34 910 000 000', 'Luis Mora Vela'],
  ])('reads a form of labelled fields, a paragraph each, as one entry: the person with a telephone is a contact (%s)', (_, text, name) => {
    expect(found(text).at(-1)).toEqual({ name, email: '' });
    expect(found(text)).toHaveLength(2);
  });

  it('names no person three labelled fields away whose paragraph after the name opens with no label', () => {
    expect(found('Nom : M. Marc Duval\n\nLe ministère répond aux questions.\n\nTéléphone : +33 1 00 00 00 00')).toEqual([]);
  });

  it.each([
    ['fr', 'Pour toute question, le point de contact national est le Commandant Jean Obame Nze, Directeur des douanes (tél. : +241 01 00 00 00).', 'Jean Obame Nze'],
    ['es', 'El punto de contacto nacional es el Ing. Marcos Vera Lay, Jefe de la Unidad de Control, teléfono: +502 2410 0000.', 'Marcos Vera Lay'],
    ['ar', 'يمكن التواصل بشأن هذه المعلومات مع المنسق الوطني، العقيد سامي فؤاد الحربي، إدارة الشؤون القانونية، هاتف: +966 11 000 0000.', 'سامي فؤاد الحربي'],
    ['zh', '如有疑问，请联系国家原子能机构核安保处处长陈立华女士（电话：+86 10 0000 0000）。', '陈立华'],
    ['ru', 'Контактное лицо — полковник Сергей Орлов, начальник отдела (телефон: +7 495 000 00 00).', 'Сергей Орлов'],
    ['en', 'For any question, the national point of contact is Lt. Col. Aleksandar Petreski, Head of Section, tel. +389 2 328 0000.', 'Aleksandar Petreski'],
  ])('names a contact given alone with a telephone and no address (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });

  it.each([
    ['en, the address after the telephone', 'The contact is Ms. Ana Lima, Director, tel. +1 473 000 0000, e-mail: a.lima@gov.example.'],
    ['en, the address on the line after', 'Ms. Ana Lima\nDirector\nTel.: +1 473 000 0000\nE-mail: a.lima@gov.example'],
    ['zh, the address after the telephone', '联络人为王小明先生（电话：+86 10 0000 0000，电子邮件：a.lima@gov.example）。'],
  ])('reads a person whose telephone comes before their address as one contact (%s)', (_, text) => {
    expect(found(text)).toEqual([{ name: found(text)[0]!.name, email: 'a.lima@gov.example' }]);
  });

  it.each([
    ['en, another sentence', 'Mr. Tom Hale opened the workshop. The Ministry may be reached at tel. +1 473 000 0000.'],
    ['fr, a blank line between', 'M. Paul Morel, ministre de la défense\n\nStandard du ministère : tél. +241 01 00 00 00'],
    ['fr, the person replaced', "M. Paul Morel (tél. : +241 01 00 00 00) n'exerce plus les fonctions de point de contact."],
    ['es, a copy line', 'c.c.: Sr. Tomás Vera, Organización Mundial de Aduanas (teléfono: +32 2 000 0000)'],
  ])('takes no person whose telephone is another entry\'s, or who is no contact (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves the courtesy Arabic writes after a name out of it, before and after the name alike', () => {
    const text = '1. العقيد/ سامي فؤاد الحربي المحترم، مدير الإدارة، البريد الإلكتروني: s.harbi@gov.example\n2. الدكتورة منى خالد العتيبي المحترمة، رئيسة قسم، الهاتف: 22000000 965+';
    expect(found(text)).toEqual([{ name: 'سامي فؤاد الحربي', email: 's.harbi@gov.example' }, { name: 'منى خالد العتيبي', email: '' }]);
  });

  it('leaves the slash Arabic sets after a title out of a table row\'s name', () => {
    const text = 'الاسم\tالمنصب\tالبريد الإلكتروني\nالسيد خالد منصور\tمدير\tk.mansour@gov.example\nالمقدم/ يوسف ناصر الحارثي\tضابط ارتباط\t—';
    expect(found(text).at(-1)).toEqual({ name: 'يوسف ناصر الحارثي', email: '' });
  });
});

describe('a table whose rows wrap over several lines', () => {
  it.each([
    ['en', 'No.\tName\tPost\tTelephone / e-mail\n1\tAmina Grace\tHead of the\t+1 555 0100\n\tOkonkwo\tExport Unit\ta.okonkwo@trade.example.gov\n\t\tMinistry of Trade\n2\tPeter Mwale\tInspector, Border Police\t+1 555 0101', 'Amina Grace Okonkwo', 'Peter Mwale'],
    ['fr', 'N°\tNom\tFonction\tTéléphone / courriel\n1.\tClaire Anne\tCheffe du\t+33 1 00 00 00 00\n\tDubois-Roux\tbureau juridique\tc.dubois@mae.example.gov\n2.\tPaul Morel\tCommissaire, police des frontières\t+33 1 00 00 00 01', 'Claire Anne Dubois-Roux', 'Paul Morel'],
    ['es', 'N.º\tNombre\tCargo\tTeléfono / correo\n1\tRosa María\tDirectora de\t+51 1 000 0000\n\tPinto Leal\tAsuntos Jurídicos\trpinto@mre.example.gov\n2\tLuis Vega Soto\tJefe de Aduanas\t+51 1 000 0001', 'Rosa María Pinto Leal', 'Luis Vega Soto'],
    ['ru', '№\tФ.И.О.\tДолжность\tТелефон, эл. почта\n1\tБелова Анна\tначальник\t+7 495 000 00 00\n\tПетровна\tотдела\ta.belova@mid.example.gov\n2\tОрлов Сергей Иванович\tсоветник\t+7 495 000 00 01', 'Белова Анна Петровна', 'Орлов Сергей Иванович'],
  ])('reads a numbered row from its number to the next, its wrapped name whole, and the row with a telephone only as a contact (%s)', (_, text, first, second) => {
    expect(found(text)).toEqual([{ name: first, email: expect.stringContaining('@') }, { name: second, email: '' }]);
  });

  it.each([
    ['ru', 'Ф.И.О.\tДолжность\tТелефон, эл. почта\nБелова Анна\tначальник отдела\t+7 495 000 00 00\nПетровна\tэкспортного контроля\ta.belova@mid.example.gov\nОрлов Сергей Иванович\tсоветник\t+7 495 000 00 01', 'Белова Анна Петровна'],
    ['es', 'Nombre\tCargo\tCorreo\nAna María\tDirectora de\t+51 1 000 0000\nQuispe\tAsuntos Jurídicos\taquispe@mre.example.gov', 'Ana María Quispe'],
  ])('reads one word under a name cell, on a line of its row\'s cells, as the end of that name (%s)', (_, text, name) => {
    expect(found(text)[0]).toEqual({ name, email: expect.stringContaining('@') });
  });

  it.each([
    ['fr', 'Nom\tFonction\tCourriel\nMme Claire Roux\tDirectrice\tc.roux@mae.example.gov\nCommissaire\tChef,\tnéant\nJean-Paul\tbrigade\nMorel\tfrontières', 'Claire Roux'],
    ['ru', 'Ф.И.О.\tДолжность\tЭл. почта\nБелова Анна Петровна\tначальник отдела\ta.belova@mid.example.gov\nПолковник\tначальник\t—\nОрлов Сергей\tтаможни', 'Белова Анна Петровна'],
  ])('takes no title under a name for the end of that name: it opens the next person (%s)', (_, text, name) => {
    expect(found(text)[0]).toEqual({ name, email: expect.stringContaining('@') });
  });
});

describe('a name written after its post, before the bracket that holds its own address', () => {
  it.each([
    ['ru', 'По вопросам, связанным с настоящей нотой, просьба обращаться к советнику Департамента международной безопасности Рахимову Фаррух (эл. почта: f.rakhimov@mfa.example.gov).', 'Рахимову Фаррух'],
    ['en', 'Enquiries may be addressed to the head of the export control unit of the ministry Amina Okonkwo (e-mail: a.okonkwo@trade.example.gov).', 'Amina Okonkwo'],
    ['fr', 'Les questions peuvent être adressées à la cheffe du bureau juridique du ministère Claire Dubois (courriel :\nc.dubois@mae.example.gov).', 'Claire Dubois'],
    ['es', 'Las consultas pueden dirigirse a la directora de asuntos jurídicos de la cancillería Rosa Quispe (correo electrónico: rquispe@mre.example.gov).', 'Rosa Quispe'],
  ])('takes the name whose address spells it (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: expect.stringContaining('@') }]);
  });

  it.each([
    ['en', 'Enquiries may be addressed to the Ministry of Foreign Affairs (e-mail: info@mfa.example.gov).'],
    ['ru', 'По всем вопросам просьба обращаться в МИД Республики Беларусь (эл. почта: info@mfa.example.gov).'],
    ['es', 'Las consultas pueden dirigirse a la Cancillería de la República Dominicana (correo: consultas@mre.example.gov).'],
  ])('takes no office or state for a person, whose address does not spell it (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Chinese names after a post or before a wrapped address', () => {
  it.each([
    ['副秘书长', '如需进一步信息，请联系国家管理局副秘书长阿兰·杜邦(电子邮件：a.dupont@gov.example)。', '阿兰·杜邦'],
    ['厅长', '如有疑问，请联系司法厅厅长玛丽·居里（电子邮件：m.curie@gov.example）。', '玛丽·居里'],
  ])('leaves the post that ends in 长 out of the transliterated name after it (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it.each([
    ['full-width bracket', '如需进一步信息，请联系外交部条法司王丽华（电子邮件：\nwang.lihua@gov.example）。', '王丽华'],
    ['ASCII bracket', '如有疑问，请联系国家原子能机构核安保处陈立新(电子邮件：\n  chen.lixin@gov.example)。', '陈立新'],
  ])('takes the name before the bracket whose label ends the line above the address (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('titles and ranks written in more forms before a name', () => {
  it.each([
    ['fr, colonel-major', 'Le point focal est le colonel-major Issa Koné, Directeur de la coordination (courriel : i.kone@gov.example).', 'Issa Koné'],
    ['en, a retired ambassador', 'Focal point\tAmbassador (ret.) Grace Mwangi-Otieno, Special Envoy\tg.mwangi@gov.example', 'Grace Mwangi-Otieno'],
    ['es, a staff qualification after the rank', '1. Enlace: Cnel. EMC. Tomás Ignacio Rivas Molina, Jefe de Estado Mayor. Correo:\ntrivas@gov.example', 'Tomás Ignacio Rivas Molina'],
    ['ar, Ustadh', 'للمزيد من المعلومات يرجى التواصل مع الأستاذ/ سامي بن علي العتيبي، مدير الإدارة القانونية (البريد الإلكتروني: s.otaibi@gov.example).', 'سامي بن علي العتيبي'],
    ['ar, a staff rank with a slash', 'المنسق\tاللواء الركن/ عادل حسن الزعابي، قائد الحرس\ta.zaabi@gov.example', 'عادل حسن الزعابي'],
  ])('leaves the title out and keeps the person (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: expect.stringContaining('@') }]);
  });

  it('reads no section number as a staff qualification of a title', () => {
    expect(found('IV. Contact\nIV. Jorge Luis Medina, Director\njmedina@gov.example').map((c) => c.name)).not.toContain('Jorge Luis Medina');
  });
});

describe('a table of contacts and the text after it', () => {
  it('gives a functional mailbox named below the table to no row, whose own detail is a telephone', () => {
    const text = [
      'Name\tOffice\tContact',
      'Ms. Ingrid Solberg, adviser\tMinistry of Foreign Affairs\ti.solberg@gov.example',
      'Mr. Pieter Janssens, lawyer\tCustoms Administration\ttel. +32 2 000 00 00',
      'Licence questions may also be sent to the service mailbox (licences@gov.example).',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'Ingrid Solberg', email: 'i.solberg@gov.example' },
      { name: 'Pieter Janssens', email: '' },
    ]);
  });

  it.each([
    ['en', ['Function\tName\tE-mail', 'Coordinator\tMs. Lena Fischer, Director\tl.fischer@gov.example', 'Customs\tCaptain Tomas Berg, Head of Unit\tby telephone only (+1 555 0100)'], 'Tomas Berg'],
    ['ar', ['الصفة\tالاسم\tالبريد', 'المنسق\tالسيد/ سالم علي الحمادي، مدير\ts.hammadi@gov.example', 'الشؤون الكيميائية\tالمهندس/ راشد محمد النعيمي، خبير\tلا يوجد'], 'راشد محمد النعيمي'],
  ])('takes the person from the titled cell of a row that opens with their function (%s)', (_, lines, name) => {
    expect(found(lines.join('\n'))).toContainEqual({ name, email: '' });
  });
});

describe('the newcomer whose details follow the sentence that replaces the former contact', () => {
  it.each([
    ['fr, post in apposition', "Le Dr Paul Ndiaye, chef du service juridique, remplace M. Jean Sarr en qualité de point de contact. Ses coordonnées sont les suivantes : courriel p.ndiaye@gov.example ; téléphone +221 33 000 00 00.", 'Paul Ndiaye', 'p.ndiaye@gov.example'],
    ['en, no comma', 'Ms. Rita Gomes replaces Mr. Tom Hale as the national contact point. Her details are: e-mail r.gomes@gov.example.', 'Rita Gomes', 'r.gomes@gov.example'],
    ['es', 'La Sra. Lucía Paredes Vidal, asesora jurídica, sustituye al Sr. Tomás Ibarra como punto de contacto. Sus datos: correo lparedes@gov.example.', 'Lucía Paredes Vidal', 'lparedes@gov.example'],
  ])('gives the details to the one who replaces, not to the one replaced (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('still gives no one the address written in the replaced person\'s own clause', () => {
    expect(found('Ms. Rita Gomes replaces Mr. Tom Hale (t.hale@gov.example) as the national contact point.')).toEqual([]);
  });
});

describe('a table that holds the title in a column of its own', () => {
  it.each([
    ['en', ['Title\tName\tPost\tE-mail', 'Dr\tJane Moyo Phiri\tDirector, Legal Affairs\tj.moyo@gov.example', 'Colonel\tPeter Banda\tHead, Customs Unit\t—'], 'Jane Moyo Phiri', 'Peter Banda'],
    ['ar', ['اللقب\tالاسم\tالمنصب\tالبريد الإلكتروني', 'الدكتورة\tسلمى بنت علي الهنائية\tمديرة الشؤون القانونية\ts.alhinai@gov.example', 'العقيد\tسعيد بن خلفان المعمري\tإدارة الجمارك\t—'], 'سلمى بنت علي الهنائية', 'سعيد بن خلفان المعمري'],
  ])('takes the name from the cell after the title, with the address or without one (%s)', (_, lines, first, second) => {
    expect(found(lines.join('\n'))).toEqual([{ name: first, email: expect.stringContaining('@') }, { name: second, email: '' }]);
  });

  it('keeps the newcomer a later Arabic sentence says replaces another ("تحل X محل السيد Y")', () => {
    const text = [
      'اللقب\tالاسم\tالبريد الإلكتروني', 'الدكتورة\tسلمى بنت علي الهنائية\ts.alhinai@gov.example', '',
      'وتحل الدكتورة سلمى بنت علي الهنائية محل السيد حمد بن سالم الراشدي الذي انتقل إلى مهام أخرى.',
    ].join('\n');
    expect(found(text)).toEqual([{ name: 'سلمى بنت علي الهنائية', email: 's.alhinai@gov.example' }]);
  });
});

describe('a Chinese name whose bracketed address a wrap puts on the next line', () => {
  it('takes the name that ends the line before the bracket', () => {
    expect(found('如需进一步信息，请联系商务部产业安全司 李海燕\n（电子邮箱：li_haiyan@mofcom.example.gov）。')).toEqual([
      { name: '李海燕', email: 'li_haiyan@mofcom.example.gov' },
    ]);
  });
});

describe('a second contact in the sentence after the one that gives an address', () => {
  it.each([
    ['es, after a label\'s colon', 'Punto de contacto: Lic. Ana Ruiz Pardo, Directora de Tratados (aruiz@gov.example). Para los temas aduaneros: Ing. Pablo Soto Lima, Jefe de Fiscalización.', 'Ana Ruiz Pardo', 'Pablo Soto Lima'],
    ['ar, after a word of contacting', 'جهة الاتصال هي السيدة هالة يوسف النمر، مديرة الإدارة القانونية، البريد الإلكتروني: h.alnimer@gov.example. ولأغراض الرقابة على الصادرات يمكن التواصل مع المهندس فهد ناصر العتيبي، رئيس قسم التراخيص.', 'هالة يوسف النمر', 'فهد ناصر العتيبي'],
    ['en, after a word of contacting', 'The point of contact is Ms. Ana Lima, Director of Legal Affairs (a.lima@gov.example). On customs matters, please contact Inspector Tom Hale, Head of the Border Unit.', 'Ana Lima', 'Tom Hale'],
  ])('names the titled person of that sentence, with no address (%s)', (_, text, first, second) => {
    expect(found(text)).toEqual([{ name: first, email: expect.stringContaining('@') }, { name: second, email: '' }]);
  });

  it('names no one the next sentence names with neither a label nor a word of contacting', () => {
    expect(found('The point of contact is Ms. Ana Lima, Director (a.lima@gov.example). The report was reviewed by Dr. Tom Hale, Chief Adviser.')).toEqual([
      { name: 'Ana Lima', email: 'a.lima@gov.example' },
    ]);
  });
});

describe('an Arabic title is a whole word', () => {
  it.each([
    ['the inspectorate', 'المهندس كمال سعيد الحربي، رئيس قسم\tالمفتشية الفنية للطاقة\tk.harbi@gov.example'],
    ['the chancellery', 'السيد كمال سعيد الحربي، ملحق\tالمستشارية الثقافية\tk.harbi@gov.example'],
  ])('reads no title inside the name of a body in the next cell (%s)', (_, row) => {
    expect(found(row)).toEqual([{ name: 'كمال سعيد الحربي', email: 'k.harbi@gov.example' }]);
  });
});

describe('the header row of a table of contacts', () => {
  it('is no person, though its label is written as a name is', () => {
    const text = [
      'الاسم والوظيفة\tالجهة\tالبريد الإلكتروني',
      'السيدة نورة خالد المطيري، مديرة\tوزارة الخارجية\tn.almutairi@gov.example',
      'العقيد فهد سعد الدوسري، رئيس قسم\tالجمارك\tf.aldosari@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: 'نورة خالد المطيري', email: 'n.almutairi@gov.example' },
      { name: 'فهد سعد الدوسري', email: 'f.aldosari@gov.example' },
    ]);
  });
});

describe('a Russian full name that opens the entry under a heading with no stop', () => {
  const before = 'Республика Беларусь, в свою очередь, готова поделиться опытом.\n4. Контактное лицо\n';
  it('is the contact, not the capitalised words of the paragraph above', () => {
    const text = `${before}Лукашевич Ольга Петровна, советник Министерства иностранных дел, эл. почта: o.lukashevich@mfa.example.gov.`;
    expect(found(text)).toEqual([{ name: 'Лукашевич Ольга Петровна', email: 'o.lukashevich@mfa.example.gov' }]);
  });

  it('is no contact alone on its line under a signatory\'s post, before a mission\'s mailbox', () => {
    const text = 'Первый секретарь посольства\n\nКузнецов Павел Андреевич\n\nэл. почта представительства: mission@mission.example.gov';
    expect(found(text)).toEqual([]);
  });
});

describe('a copy line whose list goes on over indented lines', () => {
  it.each([
    ['zh', '联系人：外交部军控司 王建国先生，电子邮件：wang.jg@mfa.example.gov\n\n抄送：国际原子能机构法律事务办公室\n      约翰·史密斯先生（j.smith@iaea.example.org）', '王建国', 'wang.jg@mfa.example.gov'],
    ['ru', 'Контактное лицо: Петрова Анна Сергеевна, эл. почта: a.petrova@mfa.example.gov\n\nКопия: Организация по запрещению химического оружия (ОЗХО)\n        Г-н Иван Смирнов (i.smirnov@opcw.example.org)', 'Петрова Анна Сергеевна', 'a.petrova@mfa.example.gov'],
  ])('takes no one set in under the marker as a contact (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('an Arabic name that a prose line\'s wrap cuts before the family name', () => {
  it('takes the words before the comma on the next line as the rest of the name', () => {
    const text = 'يمكن الاتصال في هذا الشأن بالسيدة/ منى عبد الرحمن\nالشمري، مستشارة في الإدارة القانونية، البريد الإلكتروني: m.alshammari@gov.example';
    expect(found(text)).toEqual([{ name: 'منى عبد الرحمن الشمري', email: 'm.alshammari@gov.example' }]);
  });

  it('takes no post that opens the next line', () => {
    const text = 'يمكن الاتصال في هذا الشأن بالسيد/ أحمد سالم\nمدير الإدارة، البريد الإلكتروني: a.salem@gov.example';
    expect(found(text)).toEqual([{ name: 'أحمد سالم', email: 'a.salem@gov.example' }]);
  });
});

describe('a telephone that a line\'s wrap parts from its label, or that no label names', () => {
  it.each([
    ['ru, label ending its line', 'Сотрудничество ведется с государствами региона.\n\n3. Контактные лица\n\nИванова Мария Петровна, советник Управления международной безопасности Министерства\nиностранных дел, m.ivanova@mfa.example.gov\n\nСидоров Олег Игоревич, начальник отдела Таможенной службы, тел.\n(495) 000-11-22 (электронная почта не указана)'],
    ['en, reached on a number', 'Enquiries may be sent to Mr. Paul Mensah, Director of Treaties (p.mensah@mfa.example.gov). His deputy is Ms. Olive Tetteh, Senior Legal Officer, who can be\nreached by telephone on +233 30 266 4000.'],
    ['fr, joignable au', "Le point de contact est M. Paul Mensah, directeur des traités (p.mensah@mfa.example.gov), ou Mme Olive Tetteh, cheffe de service à l'Autorité, joignable au +233 30 266 4000."],
  ])('keeps the person with the number as a contact with no address (%s)', (_, text) => {
    const contacts = detectContacts(text);
    expect(contacts).toHaveLength(2);
    expect(contacts[1]!.email).toBe('');
    expect(contacts[1]!.name).toMatch(/^(Сидоров Олег Игоревич|Olive Tetteh)$/u);
  });

  it('takes no clause of reaching into the post', () => {
    const text = 'Enquiries may be sent to Mr. Paul Mensah, Director of Treaties (p.mensah@mfa.example.gov). His deputy is Ms. Olive Tetteh, Senior Legal Officer, who can be reached by telephone on +233 30 266 4000.';
    expect(detectContacts(text)[1]!.role).toBe('Senior Legal Officer');
  });
});

describe('a post written before the address\'s label or bracket', () => {
  it.each([
    ['ru, label after a comma', 'Контактное лицо\nПетрова Анна Сергеевна, второй секретарь Департамента, электронная почта: a.petrova@mfa.example.gov.', 'второй секретарь Департамента'],
    ['ru, label in brackets', 'Контактное лицо: Петрова Анна Сергеевна, второй секретарь Департамента (электронная почта: a.petrova@mfa.example.gov).', 'второй секретарь Департамента'],
    ['es, bracket left on the line', 'La coordinación corresponde a la Cancillería. Punto de contacto: Lic.\nAna Lucía Pineda Cruz, Directora de Tratados (apineda@sre.example.gov). Para otros asuntos, la Dirección.', 'Directora de Tratados'],
  ])('ends the role before them (%s)', (_, text, role) => {
    expect(detectContacts(text)[0]!.role).toBe(role);
  });
});

describe('a table row whose cells wrapped with the column edge on their last line only', () => {
  const text = [
    'The national points of contact are the following:',
    'Point of contact\tE-mail',
    'Mr. Karel Novak, Director of Security Policy,\tk.novak@mzv.example.gov',
    'Colonel Petra Svobodova, Head of the Border None; please write to the Permanent',
    'Control Unit, Police Presidium (customs matters)\tMission',
    'Dr. Jana Horakova, Head of Licensing,\tj.horakova@mpo.example.gov',
  ].join('\n');

  it('takes the person the row opens with on the line above, and no office from the wrapped cell', () => {
    expect(found(text)).toEqual([
      { name: 'Karel Novak', email: 'k.novak@mzv.example.gov' },
      { name: 'Jana Horakova', email: 'j.horakova@mpo.example.gov' },
      { name: 'Petra Svobodova', email: '' },
    ]);
  });
});

describe('a name whose line wraps before its patronymic or particle', () => {
  it.each([
    ['ms, binti', 'Focal point for customs: Puan Nurul Aina\nbinti Hashim, Senior Officer, Royal Customs; e-mail:\nnurul.hashim@customs.example.gov', 'Nurul Aina binti Hashim'],
    ['ms, bin after a rank', 'Border matters: Inspector Ahmad Faizal\nbin Ismail, Head, Border Unit; e-mail: ahmad.ismail@police.example.gov', 'Ahmad Faizal bin Ismail'],
    ['ar in Latin script, ibn', 'Export licensing: Dr. Khalid Omar\nibn Rashid, Adviser, Trade Ministry (k.rashid@trade.example.gov)', 'Khalid Omar ibn Rashid'],
    ['nl, van der', 'Contact for biosafety: Dr. Pieter Jan\nvan der Berg, Head of Unit, p.vandenberg@rivm.example.gov', 'Pieter Jan van der Berg'],
  ])('keeps the particle and the name after it (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('ends the role before the address\'s label left at the line\'s end', () => {
    const text = 'Focal point: Ms. Nurul Aina\nbinti Hashim, Senior Officer, Royal Customs; e-mail:\nnurul.hashim@customs.example.gov';
    expect(detectContacts(text)[0]!.role).toBe('Senior Officer, Royal Customs');
  });
});

describe('a rank or degree written before the name', () => {
  it.each([
    ['es, police rank and its grade', 'c) Comisario General Julio César Paredes, Jefe de la Policía Antidrogas. Correo: jparedes@policia.example.gov', 'Julio César Paredes'],
    ['fr, police rank and its grade', 'Commissaire divisionnaire Anne Lefort, Cheffe de l\'Office central, a.lefort@interieur.example.gov', 'Anne Lefort'],
    ['es, academic degree', 'Ministerio de Ambiente\tMSc. Laura Vargas Rojas\tAsesora técnica\tlvargas@minae.example.gov', 'Laura Vargas Rojas'],
    ['en, doctorate', 'PhD. Amal Haddad, Senior Scientist, Atomic Energy Commission (a.haddad@aec.example.gov)', 'Amal Haddad'],
  ])('is no part of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('persons joined by a conjunction, said together to leave the post', () => {
  it.each([
    ['es', 'Los nuevos puntos de contacto sustituyen a los anteriores, a saber, el Sr. Mario Ruiz (mruiz@gov.example) y la Sra. Elena Paz (epaz@gov.example), quienes han asumido otras funciones.\nPunto de contacto: Lic. Rosa Pinto Leal, Directora, rpinto@gov.example'],
    ['en', 'The previous designations, namely Mr. Tom Hale (t.hale@gov.example) and Ms. Jane Roe (j.roe@gov.example), who have retired, are withdrawn.\nPoint of contact: Lic. Rosa Pinto Leal, Director, rpinto@gov.example'],
    ['fr', "Les désignations de M. Paul Morel (p.morel@gov.example) et de Mme Anne Blanc (a.blanc@gov.example), qui n'exercent plus ces fonctions, sont retirées.\nPoint de contact : Lic. Rosa Pinto Leal, Directrice, rpinto@gov.example"],
  ])('leaves out the first as well as the second (%s)', (_, text) => {
    expect(found(text).map((c) => c.email)).toEqual(['rpinto@gov.example']);
  });

  it('keeps both where the clause after them says nothing of leaving', () => {
    const text = 'Los puntos de contacto son el Sr. Mario Ruiz (mruiz@gov.example) y la Sra. Elena Paz (epaz@gov.example), quienes coordinarán la aplicación.';
    expect(found(text).map((c) => c.email)).toEqual(['mruiz@gov.example', 'epaz@gov.example']);
  });
});

describe('ranks, degrees and posts written before a name in a table or list', () => {
  it.each([
    ['en, a police rank in initials', 'Point of contact: ACP Ruth Wanjiku Otieno, Head of the Bomb Disposal Unit, r.otieno@police.example.gov', 'Ruth Wanjiku Otieno'],
    ['en, a senior superintendent', 'Point of contact: SSP Kofi Mensah Boateng, Director of Operations, k.boateng@police.example.gov', 'Kofi Mensah Boateng'],
    ['es, a naval rank with the ship capitalised', 'Función\tNombre\tCargo\tCorreo\nTitular\tCapitán de Fragata (r) Jorge Luis Medina Paz\tJefe de Asuntos Nucleares\tjmedina@marina.example.gov', 'Jorge Luis Medina Paz'],
  ])('keeps the rank out of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  const table = (first: string, post: string) => [
    '№\tФ.И.О.\tДолжность\tЭл. почта',
    `1\t${first}\t${post}\tl.petrova@mid.example.gov`,
    '2\tподполковник юстиции Орлов Игорь Сергеевич\tначальник правового отдела\t— (через координатора)',
  ].join('\n');

  it.each([
    ['a scholar\'s degree before the name', table('к.т.н. Петрова Лариса Ивановна', 'заместитель директора')],
    ['a post cell that opens with a rank\'s word', table('Петрова Лариса Ивановна', 'советник Департамента')],
  ])('lists the row with no address whose rank names its service, beside a row with %s', (_, text) => {
    expect(found(text)).toEqual([
      { name: 'Петрова Лариса Ивановна', email: 'l.petrova@mid.example.gov' },
      { name: 'Орлов Игорь Сергеевич', email: '' },
    ]);
  });

  it('zh: takes the name after a rank and a space in a cell, the row giving a telephone only', () => {
    const text = [
      '序号\t姓名\t单位及职务\t联系方式',
      '1\t赵丽娟女士\t外交部军控司参赞\t电子邮件：zhao_lj@mfa.example.gov',
      '2\t警务处助理处长 郑国栋\t边境管理局局长\t电话：+852 0000 1234',
    ].join('\n');
    expect(found(text)).toEqual([
      { name: '赵丽娟', email: 'zhao_lj@mfa.example.gov' },
      { name: '郑国栋', email: '' },
    ]);
  });

  it('zh: takes a name marked by its romanisation in brackets, the post on the line above', () => {
    const text = '联络人如下：\n\n    一、商务部产业安全与进出口管制局处长\n孙晓明（SUN Xiaoming），负责出口管制事务，\n电子邮箱：sun_xm@mofcom.example.gov；\n';
    const [contact] = detectContacts(text);
    expect(contact).toMatchObject({ name: '孙晓明', email: 'sun_xm@mofcom.example.gov', role: '负责出口管制事务' });
  });
});

describe('a table of labels and values, one block of rows per person', () => {
  it.each([
    ['es', 'Contacto principal\t\nNombre\tLic. Marta Ruiz Peña\nCargo\tDirectora de Asuntos Jurídicos\nCorreo electrónico\tmruiz@gov.example\nContacto alterno\t\nNombre\tMgtr. Pablo Soto Vega\nCargo\tJefe de Sección\nCorreo electrónico\tpsoto@gov.example\nContacto técnico\t\nNombre\tComisario Tomás Rey Gil\nCargo\tSubdirector de Aduanas\nCorreo electrónico\tSe comunicará más adelante',
      [['Marta Ruiz Peña', 'mruiz@gov.example'], ['Pablo Soto Vega', 'psoto@gov.example'], ['Tomás Rey Gil', '']]],
    ['en', 'Primary contact\t\nName\tDr. Ellen Ward\nPosition\tDirector, Legal Affairs\nE-mail\te.ward@gov.example\nAlternate contact\t\nName\tMr. Owen Price\nPosition\tSenior Officer\nE-mail\to.price@gov.example',
      [['Ellen Ward', 'e.ward@gov.example'], ['Owen Price', 'o.price@gov.example']]],
  ])('gives each address to the name of its block, and the block with no address a contact with none (%s)', (_, text, expected) => {
    expect(found(text).map((c) => [c.name, c.email])).toEqual(expected);
  });
});

describe('a list whose items name their subject before the titled person', () => {
  it.each([
    ['es', 'La Misión tiene el honor de comunicar los puntos de contacto:\na) Coordinación nacional: Sra. Marta Ruiz Peña, Directora, Subdirección de\nDesarme, Ministerio de Relaciones Exteriores; correo electrónico: mruiz@gov.example. Sustituye\na la Sra. Ana Vidal, que ha cambiado de destino.\nb) Control fronterizo: Comandante Pablo Soto Vega, Jefatura de Fronteras de la Policía. Las\ncomunicaciones se cursarán por conducto de la Misión.\nc) Bioseguridad: Dr. Luis Gil Mora, Jefe de Servicio, Ministerio de Sanidad; correo\nelectrónico: lgil@gov.example.', 'Pablo Soto Vega'],
    ['en', 'The Mission has the honour to transmit the points of contact:\na) National coordination: Ms. Ellen Ward, Director, Disarmament Division, Ministry of\nForeign Affairs; e-mail: e.ward@gov.example. She replaces Mr. Tom Hale, who has\nmoved to another post.\nb) Border control: Colonel Owen Price, Border Police Command. Messages to him\nwill go through the Permanent Mission.\nc) Biosafety: Dr. Ruth Hale, Head of Unit, Ministry of Health; e-mail:\nr.hale@gov.example.', 'Owen Price'],
  ])('names the item\'s person with no address as a contact with none (%s)', (_, text, name) => {
    expect(found(text)).toContainEqual({ name, email: '' });
    expect(found(text)).toHaveLength(3);
  });

  it('reads a name the item\'s line cuts before its particle as one person, found whole by the telephone', () => {
    const text = 'The following officials are designated:\n\n(a) Coordination: Ms. Nora Aziz, Director, Ministry of Foreign Affairs; e-mail:\nnora.aziz@gov.example.\n\n(b) Law enforcement: Inspector Amir Hakim\nbin Yusof, Head, Border Unit, Police Force;\ntelephone: +60 3 0000 0000.';
    expect(found(text).map((c) => [c.name, c.email])).toEqual([['Nora Aziz', 'nora.aziz@gov.example'], ['Amir Hakim bin Yusof', '']]);
  });
});

describe('the flag ranks of a navy and the grade after a police rank', () => {
  it.each([
    ['en, a commodore in a table', 'No.\tName and post\tE-mail\n1\tCommodore Peter J. Rolle, Chief of Naval Staff\tp.rolle@navy.example.gov', 'Peter J. Rolle'],
    ['es, a comodoro in a list', '1. Comodoro Andrés Felipe Mora Ruiz, Jefe de Operaciones Navales, correo: amora@armada.example.gov', 'Andrés Felipe Mora Ruiz'],
    ['fr, an amiral in a sentence', "Le point de contact est l'amiral Yves Le Goff, chef d'état-major, y.legoff@marine.example.gov.", 'Yves Le Goff'],
    ['ar, a naval rank and its word', 'جهة الاتصال: العميد البحري/ سالم راشد الكعبي، مدير العمليات، s.alkaabi@navy.example.gov', 'سالم راشد الكعبي'],
    ['fr, a police rank and its grade in a sentence', "Le Comité peut s'adresser au commissaire adjoint Jean Morel Dufour, chef de la brigade (j.morel@police.example.gov).", 'Jean Morel Dufour'],
    ['fr, an inspector and his grade in a labelled field', 'Nom : Inspecteur divisionnaire Paul Hervé Laroche\nFonction : Chef du bureau\nCourriel : p.laroche@douanes.example.gov', 'Paul Hervé Laroche'],
    ['fr, a woman doctor', "Les questions sanitaires peuvent être adressées à la Dre Anne Claire Morin, directrice (a.morin@sante.example.gov).", 'Anne Claire Morin'],
  ])('is no part of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a Spanish surname with "de la"', () => {
  it('keeps the particle and the surname after it', () => {
    expect(found('Punto de contacto: Lic. Rosa María de la Peña Ortiz, Directora, rpena@sre.example.gov')).toEqual([
      { name: 'Rosa María de la Peña Ortiz', email: 'rpena@sre.example.gov' },
    ]);
  });

  it('ends the name before "de la" and the office it joins the name to', () => {
    expect(found('Punto de contacto: Sr. Juan Pérez Soto de la Comisión Nacional de Energía, jperez@cne.example.gov').map((c) => c.name)).toEqual(['Juan Pérez Soto']);
  });
});

describe('a middle name abbreviated to its first letters', () => {
  it('is part of the name between two names', () => {
    expect(found('Questions may be addressed to Mr. Nikos Th. Pappas, Head of Licensing (n.pappas@trade.example.gov).').map((c) => c.name)).toEqual(['Nikos Th. Pappas']);
  });
});

describe('labelled fields run on in one paragraph', () => {
  it.each([
    ['en', 'Name: Colonel Mateus Joao Silva Title: Head of Border Police Tel.: +258 21 000 111 E-mail: m.silva@police.example.gov', 'Mateus Joao Silva'],
    ['ru', 'Ф.И.О.: г-жа Исаева Марина Олеговна Должность: начальник отдела Эл. почта: m.isaeva@mid.example.gov', 'Исаева Марина Олеговна'],
  ])('take the next field\'s label out of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a person said to leave the post before a later sentence gives the address', () => {
  it('is no contact, past the relative clause after the name', () => {
    const text = 'Mr. Tom Hale, who served as point of contact since 2019, has retired from the Ministry. The Committee is requested to delete\nhis address (t.hale@gov.example) from its records.\n\nPoint of contact: Ms. Ana Lima, Director, a.lima@gov.example';
    expect(found(text).map((c) => c.email)).toEqual(['a.lima@gov.example']);
  });
});

describe('a person said to leave their post, in words of leaving', () => {
  it.each([
    ['en', 'Ms. Jane Roe (j.roe@gov.example) is leaving her post at the end of May.\nPoint of contact: Mr. Owen Price, Director, o.price@gov.example'],
    ['fr', 'Mme Anne Blanc (a.blanc@gov.example) quitte ses fonctions le 1er avril.\nPoint de contact : M. Paul Roux, Directeur, p.roux@gov.example'],
    ['es', 'La Sra. Elena Paz Soto (epaz@gov.example) deja el cargo en marzo.\nPunto de contacto: Lic. Rosa Pinto Leal, Directora, rpinto@gov.example'],
    ['ru', 'Г-жа Белова Анна Петровна (a.belova@gov.example) оставляет свою должность.\nКонтактное лицо: Орлов Сергей Иванович, s.orlov@gov.example'],
  ])('is no contact (%s)', (_, text) => {
    expect(found(text)).toHaveLength(1);
  });
});

describe('an entry that opens its own paragraph with a person, in a script the note does not write', () => {
  it.each([
    ['ru', 'Г-н Hallyýew Aman, ранее отвечавший за эти\nвопросы, оставил должность.', 'Координатор запроса:', 'Kuliyew Serdar, начальник Управления, s.kuliyew@gov.example'],
    ['en', 'Mr. Tom Hale, who handled these matters, has retired.', 'Coordinator:', 'Kuliyew Serdar, head of the Security Department,\nMinistry of Foreign Affairs, s.kuliyew@gov.example'],
  ])('is the address\'s, not the titled person of a paragraph above (%s)', (_, above, heading, entry) => {
    const text = [above, '', heading, '', entry].join('\n');
    expect(found(text)).toEqual([{ name: 'Kuliyew Serdar', email: 's.kuliyew@gov.example' }]);
  });

  it('opens the paragraph below a post that a blank line ends, with no stop after it', () => {
    const text = [
      'По вопросам таможенного контроля:',
      '',
      'начальник отдела радиационного контроля государственной таможенной службы',
      '',
      'Gurbanowa Jeren, j.gurbanowa@gov.example',
    ].join('\n');
    expect(found(text)).toEqual([{ name: 'Gurbanowa Jeren', email: 'j.gurbanowa@gov.example' }]);
  });
});
