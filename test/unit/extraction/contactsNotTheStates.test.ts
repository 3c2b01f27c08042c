/**
 * Contacts from small texts written here (not from any corpus document) that also name persons and addresses that are not
 * the state's points of contact: a copy line opened by a preposition ("With copy to:", "Con copia a:"), the signatory of a
 * covering letter with the mission's details under the signature, and an international organisation's officer.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a copy line whose marker opens with a preposition', () => {
  it.each([
    ['en', 'The point of contact is Mr. Daniel Okoro, Director of Arms Control (d.okoro@gov.example).\n\nWith copy to: Ms. Elena Petrova, Office for Disarmament Affairs (e.petrova@org.example)', 'Daniel Okoro', 'd.okoro@gov.example'],
    ['fr', 'Le point de contact est M. Paul Koffi, Directeur des affaires juridiques (p.koffi@gouv.example).\n\nAvec copie à : Mme Sophie Marchand, OIAC (s.marchand@org.example)', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', 'El punto de contacto es el Sr. Luis Fernández Ortega, Director General (lfernandez@gob.example).\n\nCon copia a: Sr. Andrés Molina, Secretaría del Comité 1540 (molina@org.example)', 'Luis Fernández Ortega', 'lfernandez@gob.example'],
    ['ru', 'Контактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example\n\nС копией: г-н Иван Кузнецов, эксперт Комитета 1540 (kuznetsov@org.example)', 'Петров Сергей Иванович', 's.petrov@gov.example'],
    ['ar', 'جهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example\n\nمع نسخة إلى: السيد سامي عادل، خبير لجنة 1540 (s.adel@org.example)', 'أحمد محمود الخطيب', 'a.khatib@gov.example'],
  ])('keeps the state\'s contact only (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('the signatory of a covering letter, with the mission\'s details under the signature', () => {
  const contact = { en: ['Kwame Mensah', 'k.mensah@gov.example'], fr: ['Paul Koffi', 'p.koffi@gouv.example'], es: ['Luis Vega Soto', 'lvega@gob.example'], ru: ['Петров Сергей Иванович', 's.petrov@gov.example'], ar: ['أحمد محمود الخطيب', 'a.khatib@gov.example'] } as const;
  it.each([
    ['en', 'For further information, please contact Mr. Kwame Mensah, Head of the Non-Proliferation Unit, e-mail: k.mensah@gov.example.\n\nPlease accept, Madam Chair, the assurances of my highest consideration.\n\nAmbassador Joseph Adu-Boahen\nPermanent Representative\nTel.: +1 212 555 0199\nE-mail: pr.office@mission.example'],
    ['en', 'For further information, please contact Mr. Kwame Mensah, Head of the Non-Proliferation Unit, e-mail: k.mensah@gov.example.\n\n(Signed) Ambassador Joseph Adu-Boahen\nPermanent Representative\nE-mail: pr.office@mission.example'],
    ['fr', 'Le point de contact est M. Paul Koffi, Directeur des affaires juridiques, courriel : p.koffi@gouv.example.\n\nVeuillez agréer, Monsieur le Président, les assurances de ma très haute considération.\n\nM. Jean Dupont\nChargé d\'affaires a.i.\nCourriel : mission@mission.example'],
    ['es', 'El punto de contacto es el Sr. Luis Vega Soto, Director General, correo electrónico: lvega@gob.example.\n\n(Firmado) Embajador Carlos Ramírez Peña\nRepresentante Permanente\nCorreo electrónico: onu@mision.example'],
    ['ru', 'Контактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example\n\nПримите, г-н Председатель, уверения в моем самом высоком уважении.\n\nИванов Павел Николаевич\nПостоянный представитель\nЭл. почта: mission@mission.example'],
    ['ru', 'Контактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example\n\nС уважением,\n\nПостоянный представитель\nИванов Павел Николаевич\nэл. почта: mission@mission.example'],
    ['ar', 'جهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example\n\nوتغتنم البعثة هذه الفرصة لتعرب عن فائق تقديرها واحترامها.\n\nالسفير خالد عمر الفارس\nالمندوب الدائم\nالبريد الإلكتروني: mission@mission.example'],
    ['ar', 'جهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example\n\n(توقيع) السفير خالد عمر الفارس\nالمندوب الدائم\nالبريد الإلكتروني: mission@mission.example'],
  ])('is no contact, the state\'s is (%s)', (language, text) => {
    const [name, email] = contact[language as keyof typeof contact];
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('is still the contact when the letter gives the address to the undersigned', () => {
    const text = 'Any enquiries may be addressed to the undersigned (jrivera@gov.example).\n\n(Signed) Dr. Julia Rivera\nDirector General';
    expect(found(text)).toEqual([{ name: 'Julia Rivera', email: 'jrivera@gov.example' }]);
  });
});

describe('a signer whose signature names them the point of contact', () => {
  it.each([
    ['fr', 'Veuillez agréer, Monsieur le Président, les assurances de ma très haute considération.\n\nM. Paul Koffi\nDirecteur des affaires juridiques\nPoint de contact national\nCourriel : p.koffi@gouv.example', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', '(Firmado) Sr. Luis Vega Soto\nDirector General\nPunto de contacto nacional\nCorreo electrónico: lvega@gob.example', 'Luis Vega Soto', 'lvega@gob.example'],
  ])('is the contact (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('an officer of an international organisation, named with the address the organisation gives them', () => {
  it.each([
    ['en', 'The workshop was led by Ms. Hanna Lindqvist, Political Affairs Officer, UNODA (h.lindqvist@org.example), and by Mr. Tomasz Nowak of the IAEA Division of Nuclear Security (t.nowak@org.example).\n\nThe point of contact is Mr. Daniel Okoro, Director of Arms Control (d.okoro@gov.example).', 'Daniel Okoro', 'd.okoro@gov.example'],
    ['fr', 'Pour toute information sur cet atelier, contacter Mme Sophie Marchand, OIAC (s.marchand@org.example).\n\nLe point de contact est M. Paul Koffi, Directeur des affaires juridiques (p.koffi@gouv.example).', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', 'La coordinadora del taller fue la Sra. Patricia Gómez, Oficial de Programas del CICTE/OEA (pgomez@org.example).\n\nEl punto de contacto es el Sr. Luis Vega Soto, Director General (lvega@gob.example).', 'Luis Vega Soto', 'lvega@gob.example'],
    ['ru', 'Организатором семинара выступил г-н Ханс Мюллер, сотрудник Отдела физической ядерной безопасности МАГАТЭ (h.mueller@org.example).\n\nКонтактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example', 'Петров Сергей Иванович', 's.petrov@gov.example'],
    ['ar', 'قدم الدورة السيد كريم منصور، موظف في منظمة حظر الأسلحة الكيميائية (k.mansour@org.example).\n\nجهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example', 'أحمد محمود الخطيب', 'a.khatib@gov.example'],
    ['zh', '培训班由国际原子能机构核安保处官员张伟先生（w.zhang@org.example）授课。\n\n国家联络点为外交部军控司处长王建国先生，电子邮件：wang.jianguo@gov.example。', '王建国', 'wang.jianguo@gov.example'],
    ['en, the Committee\'s expert', 'The visit was prepared with Mr. Ivan Horak, Expert of the 1540 Committee (i.horak@org.example).\n\nThe point of contact is Mr. Daniel Okoro, Director of Arms Control (d.okoro@gov.example).', 'Daniel Okoro', 'd.okoro@gov.example'],
  ])('is no contact, the state\'s is (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it.each([
    ['en', 'The point of contact is Ms. Laura Finch, Counsellor, Permanent Mission to the IAEA (l.finch@gov.example).', 'Laura Finch', 'l.finch@gov.example'],
    ['fr', 'Le point de contact est M. Paul Koffi, Directeur de l\'Autorité nationale pour l\'OIAC (p.koffi@gouv.example).', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', 'El punto de contacto es el Sr. Luis Vega Soto, Punto focal ante el OIEA (lvega@gob.example).', 'Luis Vega Soto', 'lvega@gob.example'],
    ['zh', '国家联络点为常驻国际原子能机构代表团参赞王建国先生，电子邮件：wang.jianguo@gov.example。', '王建国', 'wang.jianguo@gov.example'],
  ])('is still the state\'s own official when the post only deals with the organisation (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('the Committee\'s own letter', () => {
  it('keeps the Secretariat\'s officer named for enquiries as its contact', () => {
    const text = 'Enquiries concerning this letter may be addressed to Ms. Ana Belo, Secretary of the Committee, Office for Disarmament Affairs (tel.: +1 212 000 0000; e-mail: a.belo@org.example).';
    expect(detectContacts(text, { byTheCommittee: true }).map(({ name, email }) => ({ name, email }))).toEqual([{ name: 'Ana Belo', email: 'a.belo@org.example' }]);
    expect(found(text)).toEqual([]);
  });
});

describe('a person the state\'s officials met with, named with an address', () => {
  it.each([
    ['en', 'Consultations were held with Mr. Tom Ivers, Ambassador of Nordia (t.ivers@nordia.example), on regional cooperation.\n\nPoint of contact: Mr. Daniel Okoro, Director of Arms Control (d.okoro@gov.example)', 'Daniel Okoro', 'd.okoro@gov.example'],
    ['fr', 'Des contacts ont été noués avec M. Karl Weber, de l\'Office fédéral de l\'économie de Nordia (k.weber@nordia.example).\n\nPoint de contact : M. Paul Koffi, Directeur des affaires juridiques (p.koffi@gouv.example)', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', 'Se celebraron consultas con el Sr. Tomás Ibáñez, Embajador de Nordia (tibanez@nordia.example), sobre la cooperación regional.\n\nPunto de contacto: Sr. Luis Vega Soto, Director General (lvega@gob.example)', 'Luis Vega Soto', 'lvega@gob.example'],
    ['ru', 'Министр встретился с г-ном Карлом Вебером, послом Нордии (k.weber@nordia.example).\n\nКонтактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example', 'Петров Сергей Иванович', 's.petrov@gov.example'],
    ['ar', 'وأجرى الوزير مشاورات مع السيد كريم منصور، سفير نورديا (k.mansour@nordia.example).\n\nجهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example', 'أحمد محمود الخطيب', 'a.khatib@gov.example'],
  ])('is no contact, the state\'s is (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('the author of a work a reference cites, with the address the publication gives', () => {
  it.each([
    ['en', 'Point of contact: Ms. Rita Mora, Head of the Export Control Unit (r.mora@gov.example)\n\nReferences\n1. Dr. Helen Park, "Strategic trade controls in small states", Journal of Nonproliferation 12 (2021), corresponding author: h.park@univ.example.', 'Rita Mora', 'r.mora@gov.example'],
    ['fr', 'Point de contact : M. Paul Koffi, Directeur des affaires juridiques (p.koffi@gouv.example)\n\nBibliographie\n1. M. Jacques Petit, « Le contrôle des biens à double usage », Revue de droit international, 2020 (j.petit@univ.example).', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['ru', 'Контактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example\n\nЛитература\n1. Д-р Иван Орлов, «Экспортный контроль в малых государствах», Вестник права, 2019 (i.orlov@univ.example).', 'Петров Сергей Иванович', 's.petrov@gov.example'],
  ])('is no contact, the state\'s is (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('leaves a contact whose post names a year, with no title quoted', () => {
    expect(found('Point of contact: Ms. Rita Mora, Head of the Export Control Unit since 2021 (r.mora@gov.example)')).toEqual([{ name: 'Rita Mora', email: 'r.mora@gov.example' }]);
  });
});

describe('the contact\'s office said in the past tense right before the person', () => {
  it.each([
    ['en', 'Point of contact: Ms. Nora Kent, Director of Disarmament (n.kent@gov.example).\n\nUntil now, the point of contact was Mr. Ben Hale (b.hale@gov.example).', 'Nora Kent', 'n.kent@gov.example'],
    ['fr', 'Point de contact : Mme Aminata Sow, Conseillère juridique (a.sow@gouv.example).\n\nJusqu\'à présent, le point de contact était M. Ibrahima Ndiaye (i.ndiaye@gouv.example).', 'Aminata Sow', 'a.sow@gouv.example'],
    ['es', 'Punto de contacto: Sra. Nora Quintero, Directora de Desarme (nquintero@gob.example).\n\nHasta ahora, el punto de contacto era el Sr. Mario Cano (mcano@gob.example).', 'Nora Quintero', 'nquintero@gob.example'],
    ['ru', 'Контактное лицо: Орлова Мария Петровна, советник, эл. почта: m.orlova@gov.example.\n\nДо настоящего времени контактным лицом являлся Зайцев Игорь Олегович (i.zaitsev@gov.example).', 'Орлова Мария Петровна', 'm.orlova@gov.example'],
    ['zh', '联络人：外交部军控司参赞刘洋女士，电子邮件：liu_yang@gov.example。\n\n此次变更前，联络人曾为 李明 先生（liming@gov.example）。', '刘洋', 'liu_yang@gov.example'],
    ['ar', 'جهة الاتصال الوطنية هي السيدة منى سالم الحداد، مستشارة، البريد الإلكتروني: m.haddad@gov.example\n\nوحتى الآن كانت جهة الاتصال السيد خالد عمر الفارس (k.alfares@gov.example).', 'منى سالم الحداد', 'm.haddad@gov.example'],
  ])('keeps the present contact only (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('still reads the office said in the present ("the point of contact is")', () => {
    expect(found('The point of contact is Mr. Ben Hale (b.hale@gov.example).')).toEqual([{ name: 'Ben Hale', email: 'b.hale@gov.example' }]);
  });
});

describe('a table row whose post cell says the person was the point of contact', () => {
  it.each([
    ['en', 'Name\tRole\tE-mail\nMs. Nora Kent\tNational point of contact\tn.kent@gov.example\nMr. Alan Brooks\tFormer point of contact (no longer in post)\ta.brooks@gov.example', 'Nora Kent', 'n.kent@gov.example'],
    ['es', 'Nombre\tCargo\tCorreo\nSra. Nora Quintero\tPunto de contacto nacional\tnquintero@gob.example\nSr. Pablo Ríos\tAnterior punto de contacto\tprios@gob.example', 'Nora Quintero', 'nquintero@gob.example'],
    ['ru', 'Ф.И.О.\tДолжность\tЭл. почта\nОрлова Мария Петровна\tКонтактное лицо\tm.orlova@gov.example\nКузьмин Олег Игоревич\tПрежнее контактное лицо\to.kuzmin@gov.example', 'Орлова Мария Петровна', 'm.orlova@gov.example'],
  ])('keeps the present contact only (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});

describe('a company\'s sales staff, named for its products', () => {
  it.each([
    ['es', 'El equipo fue suministrado por una empresa; para servicio técnico, contactar al Sr. Jorge Salinas, Gerente de Ventas (ventas@company.example).\n\nPunto de contacto: Sra. Marta Quiroga, Directora de Desarme (mquiroga@gob.example)', 'Marta Quiroga', 'mquiroga@gob.example'],
    ['en', 'The detectors were bought from a manufacturer (Mr. Sam Reed, Sales Manager, s.reed@company.example).\n\nPoint of contact: Ms. Rita Mora, Head of the Export Control Unit (r.mora@gov.example)', 'Rita Mora', 'r.mora@gov.example'],
    ['ru', 'Оборудование поставлено компанией (г-н Олег Титов, менеджер по продажам, o.titov@company.example).\n\nКонтактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example', 'Петров Сергей Иванович', 's.petrov@gov.example'],
  ])('is no contact, the state\'s is (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });

  it('leaves an official whose post controls sales', () => {
    expect(found('Point of contact: Ms. Rita Mora, Head of the Unit for the Control of Arms Sales (r.mora@gov.example)')).toEqual([{ name: 'Rita Mora', email: 'r.mora@gov.example' }]);
  });
});

describe('a distribution or copy list below its marker alone on a line', () => {
  it.each([
    ['en', 'Point of contact: Ms. Rita Mora, Head of the Export Control Unit (r.mora@gov.example)\n\ncc:\nMr. Omar Haddad, Permanent Mission of Nordia (o.haddad@nordia.example)\nMs. Lena Fox, Permanent Mission of Nordia (l.fox@nordia.example)', 'Rita Mora', 'r.mora@gov.example'],
    ['en', 'Point of contact: Ms. Rita Mora, Head of the Export Control Unit (r.mora@gov.example)\n\nDistribution list:\nMr. Omar Haddad, Permanent Mission of Nordia (o.haddad@nordia.example)', 'Rita Mora', 'r.mora@gov.example'],
    ['fr', 'Point de contact : M. Paul Koffi, Directeur des affaires juridiques (p.koffi@gouv.example)\n\nListe de diffusion :\nMme Lena Fox, Mission permanente de Nordia (l.fox@nordia.example)', 'Paul Koffi', 'p.koffi@gouv.example'],
    ['es', 'Punto de contacto: Sr. Luis Vega Soto, Director General (lvega@gob.example)\n\nDistribución:\n- Sra. Lena Fox, Misión Permanente de Nordia (l.fox@nordia.example)', 'Luis Vega Soto', 'lvega@gob.example'],
    ['ru', 'Контактное лицо: Петров Сергей Иванович, начальник отдела, эл. почта: s.petrov@gov.example\n\nСписок рассылки:\nг-жа Лена Фокс, Постоянное представительство Нордии (l.fox@nordia.example)', 'Петров Сергей Иванович', 's.petrov@gov.example'],
    ['ar', 'جهة الاتصال الوطنية هي السيد أحمد محمود الخطيب، مدير إدارة نزع السلاح، البريد الإلكتروني: a.khatib@gov.example\n\nقائمة التوزيع:\nالسيد سامي عادل، البعثة الدائمة لنورديا (s.adel@nordia.example)', 'أحمد محمود الخطيب', 'a.khatib@gov.example'],
  ])('keeps the state\'s contact only (%s)', (_, text, name, email) => {
    expect(found(text)).toEqual([{ name, email }]);
  });
});
