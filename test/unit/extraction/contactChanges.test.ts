/**
 * Contacts from small texts written here (not from any corpus document), in notices that change points of contact: a block
 * whose mail field says there is no address, a service's mailbox named after a person who has an address of their own, a
 * table of changes that marks its rows previous or new, the predecessor named after "خلفا للسيد", and Turkic patronymics after
 * a title.
 */
import { describe, expect, it } from 'vitest';
import { isOneReplaced, namesReplacedIn } from '../../../shared/extraction/detection/contactDeparture.js';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));

describe('a block whose mail field says there is no address', () => {
  it.each([
    ['en', 'Name: Colonel Peter Grant\nPosition: Head of Customs Enforcement\nTelephone: +1 555 000 0000\nE-mail: none\nGeneral correspondence may be sent to the office mailbox enquiries@gov.example', 'Peter Grant'],
    ['es', 'Nombre: Coronel Andrés Molina Paz\nCargo: Jefe de Aduanas\nTeléfono: +51 1 000 0000\nCorreo electrónico: no tiene\n\nLas consultas generales pueden dirigirse a consultas@gov.example', 'Andrés Molina Paz'],
    ['zh', '姓名：王建国 先生；职务：海关执法处处长；电话：+86 10 0000 0000；电子邮箱：无\n一般来文可寄至公共邮箱 office@gov.example。', '王建国'],
    ['ar', 'الاسم: العقيد سالم أحمد الكعبي\nالوظيفة: رئيس مصلحة الجمارك\nالهاتف: +971 2 000 0000\nالبريد الإلكتروني: لا يوجد\nويمكن توجيه المراسلات العامة إلى العنوان الوظيفي office@gov.example', 'سالم أحمد الكعبي'],
  ])('gives the person no address, and the mailbox below to no one (%s)', (_, text, name) => {
    expect(found(text)).toEqual([{ name, email: '' }]);
  });

  it('still gives the address on the next line to a label that ends its line', () => {
    expect(found('Name: Ms. Laura Finch\nE-mail:\nl.finch@gov.example')).toEqual([{ name: 'Laura Finch', email: 'l.finch@gov.example' }]);
  });
});

describe('a service mailbox named after a person who has an address of their own', () => {
  it.each([
    ['en', 'Ms. Laura Finch is designated as contact. General enquiries may be sent to info@gov.example.\n\nName: Ms. Laura Finch\nE-mail: l.finch@gov.example'],
    ['ru', 'Контактным лицом назначен Петренко Олег Игоревич. Общие запросы направляются на адрес 1540@gov.example.\n\nФ.И.О.: Петренко Олег Игоревич\nЭл. почта: o.petrenko@gov.example'],
  ])('keeps the person\'s own address only (%s)', (_, text) => {
    expect(found(text).map((c) => c.email)).toEqual([expect.stringMatching(/^(l\.finch|o\.petrenko)@/u)]);
  });
});

describe('a table of changes that marks each row previous, new or unchanged', () => {
  it.each([
    ['en', 'Status\tName\tE-mail\nPrevious\tMr. Owen Price\to.price@gov.example\nNew\tMs. Laura Finch\tl.finch@gov.example', 'l.finch@gov.example'],
    ['es', 'Situación\tNombre\tCorreo\nAnterior\tSr. Luis Vega Soto\tlvega@gov.example\nNuevo\tSra. Rosa Pinto Leal\trpinto@gov.example', 'rpinto@gov.example'],
    ['ar', 'الصفة\tالاسم\tالبريد الإلكتروني\nالسابقة\tالسيد خالد عمر الفارس\tk.alfares@gov.example\nالجديدة\tالسيدة منى سالم الحداد\tm.haddad@gov.example', 'm.haddad@gov.example'],
  ])('keeps the new row\'s person only (%s)', (_, text, kept) => {
    expect(found(text).map((c) => c.email)).toEqual([kept]);
  });
});

describe('a table of contacts whose remarks column, after the address, gives each row\'s change', () => {
  it.each([
    ['es', 'N.º\tNombre\tCorreo\tTeléfono\tObservaciones\n1\tSra. Rosa Pinto Leal\trpinto@gov.example\t+58 1 000 0001\tNueva; sustituye al Sr. Vega\n2\tSr. Luis Vega Soto\tlvega@gov.example\t+58 1 000 0002\tBaja: deja de ser punto de contacto\n3\tDr. Aldo Ruiz Mora\taruiz@gov.example\t+58 1 000 0003\tSe mantiene; nuevo correo, el anterior queda sin efecto'],
    ['ru', '№\tФ.И.О.\tЭл. почта\tТелефон\tПримечание\n1\tПетренко Олег Игоревич\to.petrenko@gov.example\t+7 1 000 0001\tназначается вместо Соколова И.В.\n2\tСоколов Иван Васильевич\ti.sokolov@gov.example\t+7 1 000 0002\tисключается из списка в связи с переходом на другую работу\n3\tОрлова Анна Сергеевна\ta.orlova@gov.example\t+7 1 000 0003\tбез изменений'],
    ['ar', 'م\tالاسم\tالبريد الإلكتروني\tالهاتف\tملاحظات\n1\tالسيدة منى سالم الحداد\tm.haddad@gov.example\t+971 2 000 0001\tجديدة، خلفاً للسيد خالد عمر الفارس\n2\tالسيد خالد عمر الفارس\tk.alfares@gov.example\t+971 2 000 0002\tلم يعد نقطة اتصال\n3\tالعقيد سالم أحمد الكعبي\ts.alkaabi@gov.example\t+971 2 000 0003\tمستمر'],
    ['en', 'No.\tName\tE-mail\tTelephone\tRemarks\n1\tMs. Laura Finch\tl.finch@gov.example\t+1 555 000 0001\tNew; replaces Mr. Price, who has retired\n2\tMr. Owen Price\to.price@gov.example\t+1 555 000 0002\tNo longer a point of contact\n3\tDr. Amir Kazemi\ta.kazemi@gov.example\t+1 555 000 0003\tUnchanged; his former address is withdrawn'],
  ])('keeps every row but the one its remarks take off the list (%s)', (_, text) => {
    const emails = found(text).map((c) => c.email);

    expect(emails).toHaveLength(2);
    expect(emails.some((e) => /^(lvega|i\.sokolov|k\.alfares|o\.price)@/u.test(e))).toBe(false);
  });
});

describe('persons replaced, joined by "and", the second with no address, and said to have left after the second', () => {
  const text = [
    'Estos puntos de contacto sustituyen a los designados en 2022, a saber, el Sr. Luis Vega Soto (lvega@gov.example) y la Sra. Rosa',
    'Pinto Leal, quienes ya no ejercen esas funciones.',
    'Punto de contacto principal',
    'Nombre: Ana María Ruiz Mora',
    'Cargo: Coordinadora',
    'Correo electrónico: amruiz@gov.example',
  ].join('\n');

  it('keeps neither, and gives the address below the label to the person the label names, not to the name the wrap cut above', () => {
    expect(found(text)).toEqual([{ name: 'Ana María Ruiz Mora', email: 'amruiz@gov.example' }]);
  });
});

describe('an address said to be switched off, after it, in the paragraph of the one who replaces its holder', () => {
  const text = [
    '1. Петренко Ольга Игоревна, заведующая отделом, назначается основным контактным лицом вместо Соколова И.В., который',
    'больше не является контактным лицом. Адрес i.sokolov@gov.example',
    'отключен. Адрес электронной почты г-жи Петренко:',
    'o.petrenko@gov.example.',
  ].join('\n');

  it('is no one\'s, and the address that spells the full name above it is that person\'s', () => {
    expect(found(text)).toEqual([{ name: 'Петренко Ольга Игоревна', email: 'o.petrenko@gov.example' }]);
  });
});

describe('a person kept, with a new address, whose former address is said to be out of use after it', () => {
  it('keeps the person at the new address', () => {
    const text = 'Unchanged: Mr. Owen Price, Chief Specialist, Customs Board. Please note his new address, owen.price@gov.example; the former address o.price@old.example is no longer in use.';
    expect(found(text)).toEqual([{ name: 'Owen Price', email: 'owen.price@gov.example' }]);
  });
});

describe('the name right after a replacing word', () => {
  it.each([
    ['Ms. Ana Lima replaces Mr. Owen Price, who has retired.', 'Owen Price', 'Owen Price'],
    ['Nueva; sustituye al Sr. Vega.', 'Vega', 'Luis Vega Soto'],
    ['Назначается вместо Соколова И.В. с 1 марта.', 'Соколова И.В', 'Соколов Иван Васильевич'],
    ['вместо Бондаренко Игоря Николаевича контактным лицом назначена Иванова', 'Бондаренко Игоря Николаевича', 'Бондаренко Игорь Николаевич'],
    ['李丽华女士接替王明先生的职务。', '王明', '王明'],
    ['عيّنت السيدة منى الحداد خلفا للسيد خالد عمر الفارس الذي انتقل', 'خالد عمر الفارس', 'خالد عمر الفارس'],
  ])('is the one replaced: %s', (sentence, replaced, contact) => {
    const names = namesReplacedIn(sentence);

    expect(names).toEqual([replaced]);
    expect(isOneReplaced(contact, names)).toBe(true);
    expect(isOneReplaced('Ana Lima', names)).toBe(false);
  });

  it('is a Chinese name up to the post after it, and no other name that opens with it', () => {
    expect(namesReplacedIn('李丽华女士接替王明华处长的职务。')).toEqual(['王明华']);
    expect(isOneReplaced('王明华', namesReplacedIn('李丽华女士接替王明先生的职务。'))).toBe(false);
  });

  it('is no name where the words after it are not one', () => {
    expect(namesReplacedIn('Ms. Ana Lima replaces the contact designated in 2021.')).toEqual([]);
  });
});

describe('the one a sentence says is replaced, whose details stand elsewhere in the notice', () => {
  it.each([
    ['en, a form of the previous and the new details side by side', [
      'Ms. Ana Lima replaces Mr. Owen Price, who has been posted abroad, as principal point of contact. The previous and the new details are set out below.',
      'Field\tUntil 28 February 2030\tFrom 1 March 2030',
      'Name\tMr. Owen Price\tMs. Ana Lima',
      'Post\tLegal Officer\tDirector',
      'E-mail\to.price@gov.example\ta.lima@gov.example',
    ]],
    ['es, a block of the one replaced after the sentence', [
      'La Sra. Ana Lima sustituye al Sr. Price como punto de contacto principal.',
      '',
      'Nombre: Sr. Owen Price',
      'Correo electrónico: o.price@gov.example',
      '',
      'Nombre: Sra. Ana Lima',
      'Correo electrónico: a.lima@gov.example',
    ]],
  ])('is no contact, wherever their details stand (%s)', (_, lines) => {
    expect(found(lines.join('\n')).map((c) => c.email)).toEqual(['a.lima@gov.example']);
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

describe('a person named on the letter\'s copy line, with no address', () => {
  it('is no contact beside the designated ones', () => {
    const text = [
      'Nom : Mme Claire Roux',
      'Fonction : Conseillère',
      'Courriel : c.roux@gov.example',
      '',
      'Nom : M. Paul Girard',
      'Fonction : Chef de service',
      'Courriel : p.girard@gov.example',
      '',
      'Paris, le 3 mars 2026',
      'Copie : M. Marc Lefèvre, Division de la coopération, Organisation internationale',
    ].join('\n');
    expect(found(text).map((c) => c.name)).toEqual(['Claire Roux', 'Paul Girard']);
  });
});

describe('a Turkic patronymic after a title', () => {
  it('keeps the word for son or daughter in the name', () => {
    expect(found('Контактное лицо: д.б.н. Алиева Гюнай Тофиг кызы, заведующая лабораторией, g.aliyeva@gov.example')).toEqual([
      { name: 'Алиева Гюнай Тофиг кызы', email: 'g.aliyeva@gov.example' },
    ]);
  });
});
