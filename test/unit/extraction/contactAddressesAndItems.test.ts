/**
 * Contacts from small texts written here (not from any corpus document): an address that its own clause says is no longer
 * in use, with the words before it; initials written close together after a title; a numbered paragraph of prose that
 * gives a service's mailbox under a heading or another paragraph; ranks with their customs service or their force's
 * initials; an address given to the undersigned; a table row whose person is titled after the name; and a table set out
 * by spaces whose long cell pushes the rest of its row to the right.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';
import { fixedWidthTablesAsRows } from '../../../shared/extraction/readers/fixedWidthTables.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('an address its own clause says is no longer in use, with the words before it', () => {
  it.each([
    ['ar', 'نُقل السيد سالم أحمد الكعبي إلى بعثة أخرى، ولم يعد عنوانه s.kaabi@gov.example مستخدما. وعُيّنت السيدة هدى علي المنصوري منسقة وطنية، البريد الإلكتروني: h.mansouri@gov.example'],
    ['ar, wrapped', 'تعيّن السيدة هدى علي المنصوري، مديرة الإدارة، منسقة وطنية، وعُيّن السيد سالم الكعبي سفيرا. ولم يعد عنوان السيد الكعبي\ns.kaabi@gov.example صالحا.\n\nالاسم: السيدة هدى علي المنصوري\nالبريد الإلكتروني: h.mansouri@gov.example'],
    ['es', 'El Sr. Samuel Ortega Ríos fue destinado a la Embajada en Lima. Ya no se utiliza su dirección sortega@gov.example.\n\nNombre: Sra. Hilda Mora Paz\nCorreo electrónico: hmora@gov.example'],
    ['ru', 'Г-н Самуил Орлов направлен в посольство в Вене; более не действует его адрес s.orlov@gov.example.\n\nФ.И.О.: Хильда Морозова\nЭл. почта: h.morozova@gov.example'],
  ])('gives that address to no one (%s)', (_, text) => {
    expect(found(text).map((c) => c.email)).toEqual([expect.stringMatching(/^h\.?m/u)]);
  });

  it('keeps an address its clause names without saying it is out of use', () => {
    expect(found('La Sra. Hilda Mora Paz es la nueva coordinadora. Su dirección es hmora@gov.example.')).toEqual([{ name: 'Hilda Mora Paz', email: 'hmora@gov.example' }]);
  });
});

describe('initials written close together after a title', () => {
  it.each([
    ['ru', 'Г-жа Смирнова О.В., выполнявшая функции контактного лица, ушла на пенсию. Контактным лицом назначен г-н П.С. Орлов, начальник отдела; эл. почта: p.orlov@gov.example', 'П.С. Орлов'],
    ['en', 'Dr. Jane Wells, the former coordinator, has retired. The new contact is Mr W.A.D. Perera, Director; e-mail: w.perera@gov.example', 'W.A.D. Perera'],
  ])('read as the name of the one they precede, not of the person titled before (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: expect.stringContaining('@') }]);
  });
});

describe('a numbered paragraph of prose that gives a service mailbox', () => {
  it.each([
    ['ar', 'ثالثا: المسائل الأخرى\n4. لا توجد أحكام خاصة بالسمسرة، والمسألة قيد الدراسة.\n5. تُرسل الإشعارات التقنية إلى البريد الإلكتروني للوحدة الوطنية المختصة: unit@gov.example.'],
    ['en', 'III. Rafael Stone Matters\n4. No provision covers brokering yet; the matter is under study.\n5. Technical notifications go to the mailbox of the national unit: unit@gov.example.'],
  ])('takes no name from the heading or paragraph above it (%s)', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('still reads the person of a numbered entry whose details follow on the lines below', () => {
    expect(found('1. Ministry of Foreign Affairs\nMs. Hilda Mora, Director\nE-mail: h.mora@gov.example')).toEqual([{ name: 'Hilda Mora', email: 'h.mora@gov.example' }]);
  });
});

describe('a rank that names its customs service after it', () => {
  it.each([
    ['fr', 'c) Direction générale des douanes\nM. l\'Inspecteur principal des douanes OUEDRAOGO Paul, Chef du bureau des enquêtes\nCourriel : p.ouedraogo@gov.example', 'OUEDRAOGO Paul'],
    ['fr, colonel', 'Le point focal est le Colonel des Douanes Mamadou Diallo, chef de la brigade (m.diallo@gov.example).', 'Mamadou Diallo'],
    ['es', 'Contacto en la Dirección de Aduanas: Comisario de Aduanas Julio Paz Soto, Jefe de Control (jpaz@gov.example)', 'Julio Paz Soto'],
  ])('takes the service as part of the title, not the name (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: expect.stringContaining('@') }]);
  });
});

describe('an address its sentence gives to the undersigned', () => {
  it.each([
    ['es', '7. El seguimiento del plan estará a cargo de quien suscribe, que actuará como punto de contacto (jperez@gov.example).\n\nElaborado por:\tVisto bueno:\nLic. Jorge Pérez Mena\tEmbajadora Rosa Díaz Luna\nCoordinador del plan\tViceministra de Relaciones Exteriores', 'Jorge Pérez Mena'],
    ['en', 'Any questions on this plan may be addressed to the undersigned (r.mills@gov.example).\n\nDr. Ruth Mills\nNational Coordinator', 'Ruth Mills'],
    ['fr', 'Toute question peut être adressée au soussigné (p.roux@gov.example).\n\nM. Paul Roux\nCoordonnateur national', 'Paul Roux'],
    ['ar', 'ويمكن توجيه الاستفسارات إلى الموقع أدناه (k.salem@gov.example).\n\nالسيد خالد سالم العمري\nالمنسق الوطني', 'خالد سالم العمري'],
  ])('gives it to the first person who signs below (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: expect.stringContaining('@') }]);
  });

  it('gives a mailbox its sentence names no one for to no signer', () => {
    expect(found('General enquiries may be sent to info@gov.example.\n\nMr. Paul Roux\nAmbassador')).toEqual([]);
  });
});

describe('a table row whose person is written with the title after the name, in a later cell', () => {
  it('gives the row with no address its person, as the rows with addresses give theirs (zh)', () => {
    const table = '单位\t原联络人\t新联络人\t电子邮箱\n外交部条法司\t—\t李丽华女士，处长\tli.lihua@gov.example\n海关总署缉私局\t不变\t赵志强上校，副局长\t无';
    expect(found(table)).toEqual([{ name: '李丽华', email: 'li.lihua@gov.example' }, { name: '赵志强', email: '' }]);
  });
});

describe('a table row whose name cell sets a Chinese rank before a name in Latin letters', () => {
  it('gives the row its person, with no address where the address cell says none (zh)', () => {
    const table = '序号\t姓名\t电子邮件\t职务\n1\t林志强先生\tzq.lim@gov.example\t处长\n2\t警司 Ahmad Faizal bin Osman\t无\t科长';
    expect(found(table)).toEqual([{ name: '林志强', email: 'zq.lim@gov.example' }, { name: 'Ahmad Faizal bin Osman', email: '' }]);
  });
});

describe("a rank before its force's initials", () => {
  it('takes the rank and the initials as title (es)', () => {
    const block = 'Nombre: Mayor PNP Rodrigo Salas Vega\nCargo: Jefe de la División de Explosivos\nTeléfono: +51 1 000 0000\nCorreo electrónico: no tiene';
    expect(found(block)).toEqual([{ name: 'Rodrigo Salas Vega', email: '' }]);
  });

  it('takes the initials in brackets after the rank as title too, in a table row with a telephone only (es)', () => {
    const table = [
      'Función\tNombre\tDatos de contacto',
      'Principal\tLic. Ana Pinto Leal\tDirectora; Tel.: +58 212 000 0000; apinto@gov.example',
      'Aduanas\tCoronel (GNB) Rodrigo Salas Vega\tJefe de la Unidad; Tel.: +58 242 000 0000; sin correo electrónico',
    ].join('\n');
    expect(found(table)).toEqual([{ name: 'Ana Pinto Leal', email: 'apinto@gov.example' }, { name: 'Rodrigo Salas Vega', email: '' }]);
  });

  it('keeps a surname in capitals after a title, which has its vowels (en)', () => {
    expect(found('Name: Mr. WU Jianguo\nE-mail: wu.jianguo@gov.example')).toEqual([{ name: 'WU Jianguo', email: 'wu.jianguo@gov.example' }]);
  });
});

describe('a table set out by spaces whose long cell pushes the rest of its row to the right', () => {
  const table = [
    '姓名                    职务                      电子邮件',
    '王建国先生              外交部条法司处长          wang.jg@gov.example',
    '艾哈迈德·本·阿卜杜拉·哈桑先生  海关总署缉私局副局长    —',
  ].join('\n');

  it('reads that row by its cells, apart by runs of spaces as many as the header\'s', () => {
    expect(fixedWidthTablesAsRows(table).split('\n')).toEqual([
      '姓名\t职务\t电子邮件',
      '王建国先生\t外交部条法司处长\twang.jg@gov.example',
      '艾哈迈德·本·阿卜杜拉·哈桑先生\t海关总署缉私局副局长\t—',
    ]);
  });

  it('gives that row its person, with no address', () => {
    expect(found(fixedWidthTablesAsRows(table))).toEqual([{ name: '王建国', email: 'wang.jg@gov.example' }, { name: '艾哈迈德·本·阿卜杜拉·哈桑', email: '' }]);
  });
});

describe('a table of changes whose previous column names the one who left', () => {
  it('takes a Chinese cell that names a person, with a note that they left, for no status of the row (zh)', () => {
    const table = '单位\t原联络人\t新联络人\t电子邮箱\n外交部条法司\t王建国先生（已退休）\t李丽华女士，处长\tli.lihua@gov.example';
    expect(found(table)).toEqual([{ name: '李丽华', email: 'li.lihua@gov.example' }]);
  });

  it('still reads a short Chinese status cell as the row\'s status (zh)', () => {
    expect(found('状态\t姓名\t电子邮箱\n原联络人\t王建国先生\twang.jg@gov.example\n新联络人\t李丽华女士\tli.lihua@gov.example')).toEqual([{ name: '李丽华', email: 'li.lihua@gov.example' }]);
  });
});
