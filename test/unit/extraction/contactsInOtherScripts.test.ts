/**
 * Contacts written in Arabic, Chinese and Russian, from small texts written here (not from any corpus document): a sentence
 * that goes on after an Arabic name, a name given beside its transliteration, a post on the line under a name with no
 * title, telephones in Arabic-Indic digits, Chinese names and labels padded with spaces, Chinese names with no title,
 * Russian names over two lines or after a body in the genitive, and an Arabic sentence that a page break cuts.
 */
import { describe, expect, it } from 'vitest';
import { detectContacts } from '../../../shared/extraction/detection/contacts.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { utf8 } from './support/documents.js';

const found = (text: string) => detectContacts(text).map(({ name, email }) => ({ name, email }));
const L = (...lines: string[]) => lines.join('\n');

describe('an Arabic sentence that goes on after the name', () => {
  it.each([
    ['a preposition of place', 'نقطة الاتصال هي الدكتورة سلمى حداد في هيئة الطاقة الذرية (s.haddad@aec.example.gov).', 'سلمى حداد'],
    ['the body the person is from', 'ويتولى هذه المهمة السيد باسم النجار من وزارة الخارجية، البريد الإلكتروني: b.alnajjar@mfa.example.gov', 'باسم النجار'],
    ['the means of reaching them', 'ويمكن الاتصال بالسيد هشام الرفاعي عبر البريد الإلكتروني h.alrifai@mofa.example.gov.', 'هشام الرفاعي'],
    ['"على" before the address', 'ويمكن الاتصال بالدكتورة ليلى آل ثاني على العنوان l.althani@mofa.example.gov للاستفسار.', 'ليلى آل ثاني'],
  ])('ends the name before %s', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('keeps "على" inside a name where no contact detail follows it (the name Ali, as some write it)', () => {
    expect(found('جهة الاتصال: السيد محمد على الشامي، مدير الإدارة، البريد الإلكتروني: m.alshami@mfa.example.gov').map((c) => c.name)).toEqual(['محمد على الشامي']);
  });
});

describe('an Arabic name with no title, its post on the line under it', () => {
  it('takes the name, not the post that Arabic writes as a name\'s words are written', () => {
    const text = L('نقطة الاتصال الوطنية', 'عبد الرحمن يوسف الخطيب', 'مدير إدارة نزع السلاح', 'البريد الإلكتروني: a.alkhatib@mfa.example.gov');
    expect(found(text)).toEqual([{ name: 'عبد الرحمن يوسف الخطيب', email: 'a.alkhatib@mfa.example.gov' }]);
  });

  it('takes a name that opens with "مساعد", a given name as well as a post', () => {
    const text = L('مساعد بن محمد العتيبي', 'رئيس قسم المعاهدات', 'البريد الإلكتروني: m.alotaibi@mfa.example.gov');
    expect(found(text)).toEqual([{ name: 'مساعد بن محمد العتيبي', email: 'm.alotaibi@mfa.example.gov' }]);
  });
});

describe('a name given with its transliteration in brackets beside it', () => {
  it.each([
    ['Arabic, then Latin letters', L('جهة الاتصال الوطنية:', 'السيد محمد بن راشد الشامسي (Mr. Mohammed bin Rashid Al Shamsi)', 'مدير إدارة منع الانتشار، وزارة الخارجية', 'البريد الإلكتروني: m.alshamsi@mofa.example.gov'), 'محمد بن راشد الشامسي'],
    ['Latin letters, then Cyrillic', 'Point of contact: Mr. Ivan Petrov (г-н Иван Петров), Head of Division, e-mail: i.petrov@mid.example.ru', 'Ivan Petrov'],
  ])('keeps the name as first written (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('still takes a second titled person in brackets written in the same script', () => {
    const text = 'Contact: Mr. John Carver (Ms. Anna Lee in his absence), e-mail: a.lee@gov.example';
    expect(found(text).map((c) => c.name)).toEqual(['Anna Lee']);
  });
});

describe('a telephone written in Arabic-Indic digits', () => {
  it('makes the person a contact with no address, as a telephone in Western digits does', () => {
    expect(found('جهة الاتصال: السيدة رنا الخوري، مستشارة، الهاتف: ٩٦١١٣٣٣٤٤٤+')).toEqual([{ name: 'رنا الخوري', email: '' }]);
  });
});

describe('Chinese names and labels padded with spaces', () => {
  it.each([
    ['a full-width space', L('联系人：王　明', '职务：处长', '电子邮箱：wang.ming@mfa.example.cn'), '王明'],
    ['spaces in the label and the name', L('姓    名：李 华', '职    务：科长', '电子邮箱：li.hua@mfa.example.cn'), '李华'],
  ])('reads the name whole (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('takes no post field\'s value for a name', () => {
    expect(found(L('职务：处长', '电子邮箱：office@mfa.example.cn'))).toEqual([]);
  });
});

describe('an Arabic notice of changes written as numbered paragraphs', () => {
  it('takes the newcomer named after "بدلا منه" (in his place), the name a wrap cut after its first word', () => {
    const text = 'ثالثا- لم يعد العميد مازن درويش جهة اتصال. ويسمى بدلا منه للمسائل الجمركية: العقيد سالم\nأحمد الكعبي، مديرية الجمارك،\nهاتف: +971 2 000 0000 (لا يوجد بريد إلكتروني).';
    expect(found(text)).toEqual([{ name: 'سالم أحمد الكعبي', email: '' }]);
  });

  it('gives the address whose label names a person by title and surname to the one the paragraph named in full', () => {
    const text = 'أولا- تحل السيدة منى سالم الحداد، مديرة الإدارة، محل السيد خالد الفارس. ويرجى حذف عنوانه k.alfares@gov.example من القوائم.\nالبريد الإلكتروني للسيدة الحداد: m.haddad@gov.example';
    expect(found(text)).toEqual([{ name: 'منى سالم الحداد', email: 'm.haddad@gov.example' }]);
  });

  it('gives it so in French too, where the address does not spell the name', () => {
    const text = 'Mme Anne Marie Dossou remplace M. Paul Adjovi comme point de contact.\nCourriel de Mme Dossou : coordination.snd@gov.example';
    expect(found(text)).toEqual([{ name: 'Anne Marie Dossou', email: 'coordination.snd@gov.example' }]);
  });
});

describe('a Chinese name with no title', () => {
  it('takes the name its romanisation follows in brackets, in capitals or not', () => {
    expect(found(L('联系人：王明（Wang Ming）', '电子邮箱：wang.ming@mfa.example.cn'))).toEqual([{ name: '王明', email: 'wang.ming@mfa.example.cn' }]);
  });

  it('takes the name right after its office, before the comma that opens the address\'s field', () => {
    expect(found('我国国家联络人为外交部军控司王明，电子邮箱：wang.ming@mfa.example.cn。')).toEqual([{ name: '王明', email: 'wang.ming@mfa.example.cn' }]);
  });

  it('takes no office or phrase for a name before the address\'s field', () => {
    expect(found('有关事项请联系国家安全，电子邮箱：info@mfa.example.cn。')).toEqual([]);
  });

  it('takes the name set after its office by a space, after a label that names the details too', () => {
    expect(found('联系人及联系方式：外交部军控司 王明，电话：+86 10 6596 3000，电子邮箱：wang.ming@mfa.example.cn')).toEqual([{ name: '王明', email: 'wang.ming@mfa.example.cn' }]);
  });

  it('takes a Korean name set after its post by a space, its address in the brackets after it', () => {
    expect(found('如需进一步信息，请联系外交部防扩散处处长 朴志勋（电子邮件：jhpark@mofa.example.kr）。')).toEqual([{ name: '朴志勋', email: 'jhpark@mofa.example.kr' }]);
  });

  it('takes the name before "研究员" (researcher), a title written after the name, reached by telephone', () => {
    expect(found('有关实物保护的问题，可联系核控制院韩东旭研究员，电话：+82 42 000 0000。')).toEqual([{ name: '韩东旭', email: '' }]);
  });

  it('takes the name before its post in a sentence of contacting, reached by telephone', () => {
    expect(found('具体事宜可与国防科工局徐晓东处长联系，电话：+86 10 8888 9999。')).toEqual([{ name: '徐晓东', email: '' }]);
  });
});

describe('an English name in brackets after a Chinese office', () => {
  it('is no romanised name: its words are no pinyin', () => {
    expect(found(L('海关总署（General Administration）', '电子邮箱：office@customs.example.cn'))).toEqual([]);
  });
});

describe('Arabic titles and ranks before a name', () => {
  it.each([
    ['the sheikha', 'جهة الاتصال: الشيخة مي بنت محمد آل خليفة، رئيسة الهيئة، البريد الإلكتروني: m.alkhalifa@nca.example.gov', 'مي بنت محمد آل خليفة'],
    ['the major, after a label\'s colon', 'ضابط الاتصال: الرائد/ فيصل العنزي، الهاتف: +965 2222 3333، البريد الإلكتروني: f.alanazi@moi.example.gov', 'فيصل العنزي'],
    ['the first lieutenant, opening a line', L('الملازم أول سعد الشمري', 'ضابط اتصال', 'البريد الإلكتروني: s.alshammari@moi.example.gov'), 'سعد الشمري'],
  ])('leaves %s out of the name', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });

  it('keeps "الشيخ" after "آل", a family\'s name', () => {
    expect(found('جهة الاتصال: السيد عبد العزيز آل الشيخ، مدير الإدارة، البريد الإلكتروني: a.alsheikh@mofa.example.gov').map((c) => c.name)).toEqual(['عبد العزيز آل الشيخ']);
  });

  it('reads "الرائد" after a noun as "the leading", no rank', () => {
    expect(found('ونثمن الدور الرائد للمملكة في هذا المجال. للاستفسار: السيد علي حسن، البريد الإلكتروني: a.hassan@mofa.example.gov').map((c) => c.name)).toEqual(['علي حسن']);
  });

  it('leaves the rank out of the name of a table\'s row with no address', () => {
    const text = L('الاسم\tالوظيفة\tالبريد الالكتروني', 'العقيد ناصر آل سعود\tضابط اتصال\tn.alsaud@moi.example.gov', 'الرائد فيصل العنزي\tضابط ارتباط\t-');
    expect(found(text)).toEqual([{ name: 'ناصر آل سعود', email: 'n.alsaud@moi.example.gov' }, { name: 'فيصل العنزي', email: '' }]);
  });
});

describe('"الشيخ" after a word that links a name\'s parts', () => {
  it.each([
    ['daughter of, as Mauritania writes it', 'جهة الاتصال: السيدة مريم منت الشيخ، مستشارة، البريد الإلكتروني: m.cheikh@mae.example.gov', 'مريم منت الشيخ'],
    ['son of, the name going on after it', 'جهة الاتصال: السيد محمد ولد الشيخ سيديا، مدير، البريد الإلكتروني: m.sidiya@mae.example.gov', 'محمد ولد الشيخ سيديا'],
  ])('is a part of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a Chinese label\'s value that holds more than the name', () => {
  it.each([
    ['the post written after the name, apart', L('联系人：王明 处长', '电子邮箱：wang.ming@mfa.example.cn'), '王明'],
    ['the next fields run on in the line', '姓名：王明　性别：男　职务：处长　电子邮箱：wang.ming@mfa.example.cn', '王明'],
    ['the post written close before the name', '联系人：国家原子能机构国际合作司副司长李强，电子邮件：li.qiang@caea.example.cn', '李强'],
  ])('takes the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('a Russian name over two lines', () => {
  it('joins a table\'s name cell whose surname stands alone above the given name and patronymic', () => {
    const text = L('Ф.И.О.\tДолжность\tЭл. почта', 'Иванов\tначальник отдела\ts.ivanov@mid.example.ru', 'Сергей Петрович\t\t');
    expect(found(text)).toEqual([{ name: 'Иванов Сергей Петрович', email: 's.ivanov@mid.example.ru' }]);
  });

  it('takes the name under a contact\'s label written as a heading, with no colon', () => {
    const text = L('Контактное лицо', 'Мария Волкова', 'Советник', 'эл. почта: m.volkova@mid.example.ru');
    expect(found(text)).toEqual([{ name: 'Мария Волкова', email: 'm.volkova@mid.example.ru' }]);
  });
});

describe('a Russian post written as a title, its body before the name', () => {
  it.each([
    ['in the dative of a sentence', 'По вопросам реализации резолюции можно обращаться к советнику Департамента Петрову Ивану Сергеевичу, тел.: +7 495 111 22 33, эл. почта: i.petrov@mid.example.ru.', 'Петрову Ивану Сергеевичу'],
    ['after a label', 'Контактное лицо: советник Департамента Петров Иван Сергеевич, эл. почта: i.petrov@mid.example.ru.', 'Петров Иван Сергеевич'],
  ])('leaves the body\'s words out of the name (%s)', (_, text, name) => {
    expect(found(text).map((c) => c.name)).toEqual([name]);
  });
});

describe('an Arabic sentence that a page break cuts inside a name', () => {
  it('reads the name whole, past the page\'s number and running header', async () => {
    const text = [
      'البعثة الدائمة', '',
      'وللمزيد من المعلومات يمكن الاتصال بنقطة الاتصال الوطنية، العقيد/ سالم بن حمد', '', '-1-',
      '\fS/AC.44/2025/3', '', 'البوسعيدي، مدير إدارة المنافذ، البريد الإلكتروني: s.albusaidi@rop.example.gov', '', '-2-',
    ].join('\n');
    const { contacts } = await extractDocument({ bytes: utf8(text), fileName: 'note.txt' });
    expect(contacts.map(({ name, email }) => ({ name, email }))).toEqual([{ name: 'سالم بن حمد البوسعيدي', email: 's.albusaidi@rop.example.gov' }]);
  });
});

describe('the one replaced, named right after the replacing word', () => {
  it('leaves the person the clause leads to as the newcomer', () => {
    const text = 'Сообщаем, что вместо Бондаренко Игоря Николаевича контактным лицом назначена Соколова Ирина Петровна, советник отдела, эл. почта: i.sokolova@mid.example.ru.';
    expect(found(text)).toEqual([{ name: 'Соколова Ирина Петровна', email: 'i.sokolova@mid.example.ru' }]);
  });

  it('still reads the person right after the replacing word as the one who leaves', () => {
    expect(found('Соколова Ирина Петровна заменяет Бондаренко Игоря Николаевича (i.bondarenko@mid.example.ru).')).toEqual([]);
  });
});

describe('an Arabic sentence of thanks written with the noun', () => {
  it('takes the person thanked for no contact', () => {
    const text = 'وتعرب الحكومة عن شكرها للسيد جون سميث، خبير فريق الخبراء، (j.smith@un.example.org) على مساعدته. ولأي استفسار: السيد وليد المصري، البريد الإلكتروني: w.almasri@mfa.example.gov';
    expect(found(text)).toEqual([{ name: 'وليد المصري', email: 'w.almasri@mfa.example.gov' }]);
  });
});

describe('a form whose e-mail field comes before the contact\'s label', () => {
  it('gives the address to the person after the label', () => {
    expect(found(L('电子邮箱：wang.ming@mfa.example.cn', '联系人：王明', '职务：处长'))).toEqual([{ name: '王明', email: 'wang.ming@mfa.example.cn' }]);
  });
});

describe('names as some typesetting and lists write them', () => {
  it('reads a transliterated name whose middle dot is set apart by spaces', () => {
    expect(found('联系人：穆罕默德 · 阿里先生，电子邮件：m.ali@mfa.example.gov')).toEqual([{ name: '穆罕默德·阿里', email: 'm.ali@mfa.example.gov' }]);
  });

  it('reads a Russian full name whose surname is written in capitals, in running text', () => {
    expect(found('Контактным лицом является ПЕТРОВ Иван Сергеевич, советник (i.petrov@mid.example.ru).')).toEqual([{ name: 'ПЕТРОВ Иван Сергеевич', email: 'i.petrov@mid.example.ru' }]);
  });
});

describe('an Arabic name that a table\'s narrow column wraps after a linking word', () => {
  it('reads the name cell whole, its rest on the line below', () => {
    const text = L('الاسم\tالمنصب\tالبريد الإلكتروني', 'العميد الركن/ عبد الله بن\tمدير إدارة العمليات\ta.alqahtani@mod.example.gov', 'سعيد القحطاني\t\t');
    expect(found(text)).toEqual([{ name: 'عبد الله بن سعيد القحطاني', email: 'a.alqahtani@mod.example.gov' }]);
  });
});
