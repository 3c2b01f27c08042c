/**
 * Contacts named in running prose, several to a sentence or a paragraph, from small texts written here (not from any corpus
 * document): each person takes the address that follows them, a telephone closes a person's entry, and a service's mailbox
 * in a sentence of its own is no one's.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('titles written out before a name in a sentence', () => {
  it.each([
    ['en', 'Questions may be sent to Professor Lina Okafor Bello, Dean of Sciences (l.okafor@gov.example).', 'Lina Okafor Bello', 'l.okafor@gov.example'],
    ['fr, the name on the next line', "Le Comité peut s'adresser au Professeur\nMBALA NKOSI Jean-Marie, Directeur du Centre (jm.mbala@gov.example).", 'MBALA NKOSI Jean-Marie', 'jm.mbala@gov.example'],
    ['es', 'Las consultas pueden dirigirse a la Profesora Inés Carrillo Duarte, Decana de la Facultad (icarrillo@gov.example).', 'Inés Carrillo Duarte', 'icarrillo@gov.example'],
    ['ar', 'للاستفسار يرجى الاتصال بالبروفيسور سامي خليل النجار، عميد كلية العلوم (s.najjar@gov.example).', 'سامي خليل النجار', 's.najjar@gov.example'],
    ['en, the engineer\'s "Ir."', 'Technical questions may be addressed to Ir. Budi Santoso Wirawan, Head of Section, at b.wirawan@gov.example.', 'Budi Santoso Wirawan', 'b.wirawan@gov.example'],
    ['ru, a customs rank', 'По таможенным вопросам - подполковник таможни Дорошенко Павел, Таможенный комитет (p.doroshenko@gov.example).', 'Дорошенко Павел', 'p.doroshenko@gov.example'],
  ])('are no part of the name (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('keeps the particle "wa" inside a name', () => {
    expect(found("Le Comité peut s'adresser à Mme MWANGI wa KAMAU Grace, Conseillère juridique (g.mwangi@gov.example).")).toEqual([
      { name: 'MWANGI wa KAMAU Grace', email: 'g.mwangi@gov.example' },
    ]);
  });
});

describe('the rank or short form of a name in a sentence', () => {
  it('reads "المقدم" after a preposition as the lieutenant colonel\'s rank', () => {
    expect(found('يمكن توجيه الاستفسارات إلى المقدم خالد بن سعيد الهاشمي، رئيس قسم التفتيش، Email: k.hashemi@gov.example')).toEqual([
      { name: 'خالد بن سعيد الهاشمي', email: 'k.hashemi@gov.example' },
    ]);
  });

  it('keeps a surname with the initials after it, as written after a title', () => {
    expect(found('По техническим вопросам - д-р Лебедев О.Н., заведующий лабораторией (o.lebedev@gov.example).')).toEqual([
      { name: 'Лебедев О.Н.', email: 'o.lebedev@gov.example' },
    ]);
  });

  it('gives a name in short no address that does not spell its surname (a service\'s)', () => {
    expect(found('Помимо личного адреса г-на Лебедева О.Н., сообщения принимаются на общий адрес миссии mission@gov.example.')).toEqual([]);
  });

  it('leaves out the person said to have left the post ("ушла с должности")', () => {
    const text = 'Г-жа Орлова Ирина (i.orlova@gov.example), выполнявшая функции контактного лица, ушла с должности. Контактным лицом назначен г-н Ким Борис (b.kim@gov.example).';
    expect(found(text)).toEqual([{ name: 'Ким Борис', email: 'b.kim@gov.example' }]);
  });

  it('gives the address in brackets to the name right before it, not to a person named earlier', () => {
    const text = 'На семинаре выступила г-жа Соколова Елена, эксперт Комитета.\n\nОтдел возглавляет Тарасов Денис (d.tarasov@gov.example).';
    expect(found(text)).toEqual([{ name: 'Тарасов Денис', email: 'd.tarasov@gov.example' }]);
  });
});

describe('a name that a prose line wraps', () => {
  it('takes the address in brackets on the next line as the name\'s own', () => {
    expect(found('Отдел возглавляет его начальник - Ковальчук Ирина\n(i.kovalchuk@gov.example), которая отвечает за лицензии.')).toEqual([
      { name: 'Ковальчук Ирина', email: 'i.kovalchuk@gov.example' },
    ]);
  });

  it('reads the rest of the name up to its comma, "de la" inside it', () => {
    expect(found('La coordinación está asistida por el Dr. Andrés\nFelipe Cortés de la Vega, Director del Laboratorio (acortes@gov.example).')).toEqual([
      { name: 'Andrés Felipe Cortés de la Vega', email: 'acortes@gov.example' },
    ]);
  });

  it.each([
    ['"of" and the body', 'Questions on chemicals may be put to Ms. Amina\nRahima Latheef of the Environment Agency, who can be reached by telephone on +960 333 0101.', { name: 'Amina Rahima Latheef', email: '' }],
    ['the address in angle brackets', 'Questions on chemicals may be put to Ms. Amina\nRahima Latheef <a.latheef@gov.example>, at the Environment Agency.', { name: 'Amina Rahima Latheef', email: 'a.latheef@gov.example' }],
  ])('reads the rest of the name up to %s that follows it', (_, text, person) => {
    expect(found(text)).toEqual([person]);
  });

  it('reads the rest of the name after a post that a comma closes before the title', () => {
    expect(found('y en materia aduanera por la Jefa de la Unidad de Servicios Aduaneros, Lcda. Rosa Elena Pardo\nMejía (rpardo@gov.example).')).toEqual([
      { name: 'Rosa Elena Pardo Mejía', email: 'rpardo@gov.example' },
    ]);
  });
});

describe('ranks a sentence writes before a name', () => {
  it('takes "Secretaria de Embajada" for a title, the address in brackets being the name\'s after it', () => {
    const text = 'Se designa, para actuar junto a la Consejera\nEtchecopar Lynch, a la Secretaria de Embajada Lucía Belén Ortiz\n(lortiz@gov.example).';
    expect(found(text)).toEqual([{ name: 'Lucía Belén Ortiz', email: 'lortiz@gov.example' }]);
  });

  it('takes a police rank\'s grade for the rank\'s, though only a surname follows: no name, and the mailbox below no one\'s', () => {
    const text = 'Las consultas destinadas al Comisario Mayor Lucero deben canalizarse por la Cancillería. La correspondencia no dirigida a una persona puede enviarse a la casilla institucional 1540@gov.example.';
    expect(found(text)).toEqual([]);
  });
});

describe('a former coordinator said in a participle clause to have retired', () => {
  it.each([
    ['fr', ['4. M. Paul Adjovi, coordonnateur national depuis 2019, ayant été admis à la retraite, les fonctions', 'de coordination sont désormais assurées comme suit :', 'a) Coordonnatrice nationale : Mme Anne Dossou, directrice ; courriel :', 'a.dossou@gov.example']],
    ['es', ['4. El Sr. Pablo Ruiz Soto, coordinador nacional desde 2019, acogido a la jubilación, las funciones', 'de coordinación quedan asignadas como sigue:', 'a) Coordinadora nacional: Sra. Ana Lima Vega, directora; correo:', 'a.lima@gov.example']],
  ])('is no contact, the one who takes the functions over is (%s)', (_, lines) => {
    expect(found(lines.join('\n')).map((c) => c.email)).toEqual([expect.stringMatching(/^a\.(dossou|lima)@/u)]);
  });
});

describe('a person said to have retired, in a clause a line wraps', () => {
  it('is no contact, nor is the mailbox of their old division', () => {
    const text = 'Отдел возглавляет Белов Андрей (a.belov@gov.example), сменивший в 2023 году вышедшего\nна пенсию г-на Смирнова В. Общий адрес отдела export.unit@gov.example используется для заявок.';
    expect(found(text)).toEqual([{ name: 'Белов Андрей', email: 'a.belov@gov.example' }]);
  });
});

describe('a telephone number a prose line wraps between its groups', () => {
  it.each([
    ['en', 'Questions on sources may be put to Eng. Amina Rahima Latheef of the Radiation Authority by telephone on +960 333\n0101, as she has no e-mail address.', 'Amina Rahima Latheef'],
    ['ar', 'وللمسائل المتعلقة بالمصادر المشعة بالمهندسة منى سالم الحداد من الهيئة على الهاتف رقم +971 2 000\n0000، إذ لا يتوفر لها بريد إلكتروني.', 'منى سالم الحداد'],
  ])('still gives the person before it as a contact by telephone (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });
});

describe('a telephone closes the entry of the person it follows', () => {
  it.each([
    ['en, a mailbox in the next sentence', "Questions may be addressed to Mr Tom Reid, Adviser (tel. +44 20 7946 0000). General enquiries may also be sent to the unit's mailbox, trade.unit@gov.example.", 'Tom Reid'],
    ['fr, a mailbox in the next sentence', "Les questions peuvent être adressées à Mme Claire Fontaine, Conseillère (tél. +33 1 43 17 00 00). Les demandes générales peuvent être envoyées à la boîte du service, service.export@gov.example.", 'Claire Fontaine'],
    ['ar, the list\'s next item', '4) وزارة الصحة الدكتور سالم ناصر العلي، مدير المختبر، هاتف: 4400 1111 965+\n5) وحدة التحريات المالية: البريد الإلكتروني للوحدة fiu.desk@gov.example', 'سالم ناصر العلي'],
  ])('the address after it is a service\'s, and the person a contact by telephone (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });

  it.each([
    ['the next sentence gives their address', 'Contact Mr Tom Reid, Adviser, tel. +44 20 7946 0000. E-mail t.reid@gov.example.'],
    ['an extension follows "ext."', 'Contact Mr Tom Reid, Adviser; tel. +44 20 7946 0000, ext. 1540; t.reid@gov.example'],
    ['the next item is the entry\'s mail field', '- Mr Tom Reid, Adviser;\n- tel. +44 20 7946 0000;\n- e-mail: t.reid@gov.example.'],
  ])('while the entry goes on with the person\'s own address (%s)', (_, text) => {
    expect(found(text)).toEqual([{ name: 'Tom Reid', email: 't.reid@gov.example' }]);
  });
});

describe('a Latin-script name with no title, written in a Chinese sentence after the post', () => {
  it('takes the name after the rank set off by its bracket', () => {
    const text = '9. 关于第（c）项：海岸警卫队情报处副处长 Kapten Laut (T) Rudi Santoso，电子邮件：rudi.santoso@bakamla.example.gov。';

    expect(found(text)).toEqual([{ name: 'Rudi Santoso', email: 'rudi.santoso@bakamla.example.gov' }]);
  });

  it('takes the name that a degree follows', () => {
    const text = '12. 原子能委员会许可处处长 Elena P. MARQUEZ, Ph.D. 负责许可方面的联络，电子邮件 e.marquez@pnri.example.gov。';

    expect(found(text)).toEqual([{ name: 'Elena P. MARQUEZ', email: 'e.marquez@pnri.example.gov' }]);
  });
});
