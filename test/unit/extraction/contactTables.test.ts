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
    ['inside a word of its domain, as a word longer than the column is cut', 'a.lima@tr ade.example.gov', 'a.lima@trade.example.gov'],
    ['inside a word of its local part', 'a.lima.re yes@trade.example.gov', 'a.lima.reyes@trade.example.gov'],
  ])('is read whole, broken %s', (_, cell, address) => {
    const text = `No.\tName\tPost\tTelephone\tE-mail\n1\tMs. Ana Lima\tDirector\t+1 555 0100\t${cell}\n2\tMr. Owen Price\tDeputy\t+1 555 0101\to.price@trade.example.gov`;
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: address }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });

  it('is read whole where the row\'s line ends after the "@" and the cell goes on in the lines below', () => {
    const text = 'Institution\tPost\tName\tE-mail\nMinistry of\tDirector,\tMs. Ana Lima\ta.lima@\nForeign Affairs\tTreaties\tReyes\ttrade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima Reyes', email: 'a.lima@trade.example.gov' }]);
  });

  it('reads at once a cell of many words in lower case around an address (no reading that backtracks without end)', () => {
    const text = `Name\tPost\tE-mail\nMs. Ana Lima\tDirector\t${'assurances of my '.repeat(6)}a.lima@trade.example.gov x`;
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }]);
  });

  it.each([
    ['a word before it', 'Office a.lima@trade.example.gov'],
    ['a telephone before it', '+1 555 0100 a.lima@trade.example.gov'],
    ['a word after it', 'a.lima@trade.example.gov only'],
  ])('joins nothing in a cell that holds more than the address: %s', (_, cell) => {
    const text = `Name\tPost\tE-mail\nMs. Ana Lima\tDirector\t${cell}`;
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }]);
  });
});

describe('a row whose first cell is left empty under a body that spans its people', () => {
  it('is a row of its own where it gives its own address', () => {
    const text = 'Agency\tStatus\tName and post\tE-mail\nMinistry of Trade\tConfirmed\tMs. Ana Lima, Director\ta.lima@trade.example.gov\n\tAdded\tMr. Owen Price, Deputy\to.price@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });
});

describe('a status column that marks the outgoing person of a change', () => {
  it.each([
    ['en', 'Agency\tStatus\tName\tE-mail\nMinistry\tOutgoing\tMr. Tom Hale\tt.hale@mfa.example.gov\nMinistry\tIncoming\tMs. Ana Lima\ta.lima@mfa.example.gov', 'Ana Lima'],
    ['fr', 'Organisme\tStatut\tNom\tCourriel\nMinistère\tSortant\tM. Paul Morel\tp.morel@mae.example.gov\nMinistère\tEntrant\tMme Claire Roux\tc.roux@mae.example.gov', 'Claire Roux'],
    ['es', 'Institución\tCondición\tNombre\tCorreo\nCancillería\tSaliente\tSr. Luis Vega Soto\tlvega@mre.example.gov\nCancillería\tEntrante\tLic. Rosa Pinto Leal\trpinto@mre.example.gov', 'Rosa Pinto Leal'],
    ['ru', 'Ведомство\tСтатус\tФ.И.О.\tЭл. почта\nМИД\tПрежний\tОрлов Сергей Иванович\ts.orlov@mid.example.gov\nМИД\tНовый\tБелова Анна Петровна\ta.belova@mid.example.gov', 'Белова Анна Петровна'],
    ['zh', '单位\t状态\t姓名\t电子邮箱\n外交部\t离任\t李华先生\tli.hua@mfa.example.gov\n外交部\t新任\t王小明先生\twang.xm@mfa.example.gov', '王小明'],
    ['ar', 'الجهة\tالحالة\tالاسم\tالبريد الإلكتروني\nوزارة الخارجية\tالسابق\tالسيد سمير حداد\ts.haddad@mfa.example.gov\nوزارة الخارجية\tالجديد\tالسيد خالد منصور\tk.mansour@mfa.example.gov', 'خالد منصور'],
  ])('keeps only the incoming person (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('keeps a person whose row is unchanged or confirmed', () => {
    const text = 'Agency\tStatus\tName\tE-mail\nCustoms\tUnchanged\tMs. Ana Lima\ta.lima@customs.example.gov\nPolice\tConfirmed\tMr. Owen Price\to.price@police.example.gov';
    expect(found(text).map((c) => c.name)).toEqual(['Ana Lima', 'Owen Price']);
  });

  it('keeps the newcomer beside a cell that names the one who retired', () => {
    const text = 'Institution\tPrevious contact\tContact\tE-mail\nRadiation Authority\tDr. Tom Hale (retired)\tDr. Ana Lima, Head\ta.lima@rpa.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@rpa.example.gov' }]);
  });
});

describe('a post cell that names the person the row\'s person replaces', () => {
  it.each([
    ['en', 'No.\tName\tPost\tE-mail\n1\tMs. Ana Lima\tSuperintendent (replaces Mr. Tom Hale, retired)\ta.lima@customs.example.gov', 'Ana Lima'],
    ['fr', 'N°\tNom\tFonction\tCourriel\n1\tMme Claire Roux\tCheffe de brigade (en remplacement de M. Paul Morel)\tc.roux@douanes.example.gov', 'Claire Roux'],
    ['zh', '序号\t姓名\t职务\t电子邮箱\n1\t吴家豪\t副处长（接替已退休的郑国荣先生）\tng@customs.example.gov', '吴家豪'],
  ])('gives the row\'s address to the person who opens the row (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a mailbox written in a sentence under a table with a column of addresses', () => {
  it('is nobody\'s of the table: its last person, with no address of their own, keeps none', () => {
    const text = 'Institution\tName\tE-mail\nMinistry\tMs. Ana Lima, Counsellor\ta.lima@mfa.example.gov\nPolice\tChief Superintendent Owen Price\tthrough the coordinator\nGeneral correspondence may be sent to the mailbox 1540@mfa.example.gov.';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@mfa.example.gov' }, { name: 'Owen Price', email: '' }]);
  });
});

describe('titles that narrow tables put before a name', () => {
  it.each([
    ['initials after a title and its note', 'Dr. (Eng.) W. A. D. Perera', 'W. A. D. Perera'],
    ['a doctor of science', 'Dra. C. Marisol Acosta Guerra', 'Marisol Acosta Guerra'],
    ['a doctor of science, written as one word', 'Dr.C. Mayelín Duarte Sosa', 'Mayelín Duarte Sosa'],
    ['a Chinese honorific before the name', '女士素素温', '素素温'],
    ['a Chinese rank before the name', '上校昂乃敏', '昂乃敏'],
    ['a Chinese police rank before the name', '警监黄志明', '黄志明'],
  ])('leaves out %s', (_, cell, name) => {
    const text = `No.\tName\tPost\tE-mail\n1\t${cell}\tDirector\tx.one@mfa.example.gov\n2\tMs. Ana Lima\tCounsellor\ta.lima@mfa.example.gov`;
    expect(found(text)[0]).toEqual({ name, email: 'x.one@mfa.example.gov' });
  });

  it('reads a name after an abbreviated Spanish rank, in a row with no address, as a contact', () => {
    const text = 'Institución\tNombre\tCargo\tCorreo\nAduana\tLic. Rosa Pinto Leal\tDirectora\trpinto@aduana.example.gov\nAduana\tTte. Cor. Raúl Ibarra Soto\tJefe de la Dirección\tno dispone';
    expect(found(text)).toEqual([{ name: 'Rosa Pinto Leal', email: 'rpinto@aduana.example.gov' }, { name: 'Raúl Ibarra Soto', email: '' }]);
  });

  it('reads a name with a Chinese title before it, in a row with no address, as a contact', () => {
    const text = '序号\t姓名\t职务\t电子邮箱\n1\t女士素素温\t副司长\tsusuwin@mofa.example.gov\n2\t上校昂乃敏\t副司长\t无';
    expect(found(text)).toEqual([{ name: '素素温', email: 'susuwin@mofa.example.gov' }, { name: '昂乃敏', email: '' }]);
  });
});

describe('persons set side by side, a column each', () => {
  it('reads each column as its person\'s entry, the addresses in the order of the columns', () => {
    const text = 'The following officials are designated:\nMs. Ana Lima\tMr. Owen Price\nDirector\tDeputy Director\nMinistry of Trade\tCustoms Service\nTel.: +1 555 0100\tTel.: +1 555 0101\nE-mail: a.lima@trade.example.gov\tE-mail: o.price@customs.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }, { name: 'Owen Price', email: 'o.price@customs.example.gov' }]);
  });

  it('reads names with no title, three columns wide', () => {
    const text = 'Ana Lima\tOwen Price\tKeala Mahoe\nCoordinator\tExpert\tExpert\nTel.: +1 555 0100\tTel.: +1 555 0101\tTel.: +1 555 0102\nE-mail: a.lima@mfa.example.gov\tE-mail: o.price@mfa.example.gov\tE-mail: k.mahoe@mfa.example.gov';
    expect(found(text).map((c) => c.email)).toEqual(['a.lima@mfa.example.gov', 'o.price@mfa.example.gov', 'k.mahoe@mfa.example.gov']);
    expect(found(text)[0]!.name).toBe('Ana Lima');
  });

  it('reads the column that gives its address, beside a signature\'s column that gives none', () => {
    const text = 'Coordinator of the National Committee\tMinister of Foreign Affairs\nDr. Ana Lima\tOwen Price\nE-mail: a.lima@mfa.example.gov\t(signature and seal)';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@mfa.example.gov' }]);
  });

  it('reads an Arabic block so, the signatory beside the contact no contact', () => {
    const text = 'منسق اللجنة الوطنية\tوزير الخارجية والتعاون\nد. سالم أحمد نور\tعلي حسن موسى\nالبريد الإلكتروني: s.nur@mfa.example.gov\t(التوقيع والختم)';
    expect(found(text)).toEqual([{ name: 'سالم أحمد نور', email: 's.nur@mfa.example.gov' }]);
  });

  it('leaves a table whose person row gives the address with its label as it is', () => {
    const text = 'Name\tPost\tContact\nMs. Ana Lima\tDirector\tTel.: +1 555 0100\nMr. Owen Price\tDeputy\tE-mail: o.price@trade.example.gov';
    expect(found(text)).toEqual(expect.arrayContaining([{ name: 'Owen Price', email: 'o.price@trade.example.gov' }]));
  });

  it('leaves a table whose rows are persons as it is', () => {
    const text = 'Name\tPost\tE-mail\nMs. Ana Lima\tDirector\ta.lima@trade.example.gov\nMr. Owen Price\tDeputy\to.price@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });
});

describe('a cell that lists two persons apart by a semicolon', () => {
  it('gives each the address of its rank in the address cell', () => {
    const text = 'Body\tContact\tE-mail\nMinistry of Trade\tDr. Ana Lima, Director; Mr. Owen Price, Analyst\ta.lima@trade.example.gov / o.price@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }, { name: 'Owen Price', email: 'o.price@trade.example.gov' }]);
  });

  it('gives no address to the person whose entry gives a telephone, where the cell holds one address', () => {
    const text = 'Ведомство\tКонтактное лицо\tЭл. почта\nАгентство\tг-н Орлов Пётр Ильич, директор; д-р Смирнова Анна, специалист (тел. +7 495 000 00 00)\tp.orlov@agency.example.gov';
    expect(found(text)).toEqual([{ name: 'Орлов Пётр Ильич', email: 'p.orlov@agency.example.gov' }, { name: 'Смирнова Анна', email: '' }]);
  });

  it('leaves a post that holds a semicolon whole', () => {
    const text = 'Body\tContact\tE-mail\nMinistry of Trade\tDr. Ana Lima, Director; national coordinator\ta.lima@trade.example.gov';
    expect(found(text)).toEqual([{ name: 'Ana Lima', email: 'a.lima@trade.example.gov' }]);
  });
});

describe('names written by their initials', () => {
  it.each([
    ['the surname and its initials, with no title', 'Орлов П.И., начальник отдела', 'Орлов П.И.'],
    ['the surname and its initials, after a rank', 'полковник Орлов П.И., начальник отдела', 'Орлов П.И.'],
    ['the initials written together before the surname', 'г-жа А.Б. Смирнова, директор', 'А.Б. Смирнова'],
  ])('reads %s in a cell', (_, cell, name) => {
    const text = `Ведомство\tКонтактное лицо\tЭл. почта\nМинистерство\t${cell}\tx.one@mfa.example.gov`;
    expect(found(text)).toEqual([{ name, email: 'x.one@mfa.example.gov' }]);
  });
});

describe('a mailbox named in a sentence after the table, beside a listed person', () => {
  it.each([
    ['declined in the sentence', 'Помимо адреса г-на Орлова П.И., сообщения направляются на общий адрес mission@mfa.example.gov.'],
    ['named again by surname only', 'Copies may go to Ms. Lima Reyes or to the mailbox mission@mfa.example.gov.'],
  ])('is not the person\'s, who is %s', (_, sentence) => {
    const text = `Body\tContact\tE-mail\nMinistry\tОрлов П.И., начальник\tp.orlov@mfa.example.gov\nMinistry\tMs. Ana María LIMA REYES, Director\talima@mfa.example.gov\n\n${sentence}`;
    expect(found(text).map((c) => c.email)).toEqual(['p.orlov@mfa.example.gov', 'alima@mfa.example.gov']);
  });
});

describe('titles and name forms of some states', () => {
  it.each([
    ['a Bhutanese conferred title', 'Dasho Karma Wangdi', 'Karma Wangdi'],
    ['a pharmacist\'s degree', 'Q.F. Gabriela Cevallos Ortiz', 'Gabriela Cevallos Ortiz'],
    ['a particle glued to the surname', 'Ms. Tina deBrum-Lang', 'Tina deBrum-Lang'],
  ])('reads %s', (_, cell, name) => {
    const text = `No.\tName\tPost\tE-mail\n1\t${cell}\tDirector\tx.one@mfa.example.gov`;
    expect(found(text)).toEqual([{ name, email: 'x.one@mfa.example.gov' }]);
  });
});

describe('a master\'s degree before the second person of a cell', () => {
  it('is no part of the name', () => {
    const text = 'Institución\tContacto\tCorreo\nSubsecretaría\tDr. Raúl Ibarra Soto, Subsecretario; Mgs. Diana Paredes Ortiz, Analista\trib@sub.example.gov / dparedes@sub.example.gov';
    expect(found(text)).toEqual([{ name: 'Raúl Ibarra Soto', email: 'rib@sub.example.gov' }, { name: 'Diana Paredes Ortiz', email: 'dparedes@sub.example.gov' }]);
  });
});

describe('a person replaced, written by the surname and initials after a title', () => {
  it('leaves the next line\'s person their address', () => {
    const text = 'Ранее назначенный г-н Орлов П.И. более не исполняет эти функции. Назначены:\n\n1) Смирнова Анна Петровна, начальник отдела\nМинистерства, a.smirnova@mfa.example.gov;';
    expect(found(text)).toEqual([{ name: 'Смирнова Анна Петровна', email: 'a.smirnova@mfa.example.gov' }]);
  });
});
