/**
 * Who wrote a text, from where the Committee's name stands: as the heading or a Chair's letter title
 * (the Committee's text, whatever states its body names), as a matrix title (the Committee's text
 * about one state), or inside a mission's note as its addressee (the state's).
 */
import { describe, expect, it } from 'vitest';
import { committeeAuthorship } from '../../../shared/extraction/detection/committeeAuthorship.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { utf8 } from './support/documents.js';

const lines = (...text: string[]) => text.join('\n');

describe('committee authorship', () => {
  it.each([
    ['a bulletin headed by the Committee (en)', lines('1540 Committee bulletin', 'No. 2, September 2026', 'Egypt hosted a seminar for customs officers in Cairo.')],
    ['a Chair\'s letter under a UN header (fr)', lines('Nations Unies    S/AC.44/2026/OC.4', 'Conseil de sécurité    Distr. générale 9 mars 2026', 'Lettre datée du 2 mars 2026, adressée aux États Membres par la Présidente du Comité')],
    ['a Chair\'s letter addressed to Permanent Representatives (en)', lines('Letter dated 2 March 2026 from the Chair of the Committee addressed to the Permanent Representatives of all Member States')],
    ['a heading in Russian', lines('Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)', 'Информационный бюллетень, май 2026 года')],
    ['a Chair\'s letter to the permanent representatives of states (ru)', lines('Письмо Председателя Комитета от 3 марта 2026 года на имя постоянных представителей государств-членов')],
    ['a Chair\'s letter whose title is broken over two lines (zh)', lines('2026年3月2日第1540(2004)号决议所设安全理事会委员会主席', '给各会员国常驻代表的信')],
    // The Chair's letterhead: the Committee's name, the office alone below it, then a reference symbol that reads as a header's.
    ['a Chair\'s letterhead under the UN\'s name (es)', lines('NACIONES UNIDAS', 'Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)', 'La Presidenta', 'Referencia: S/AC.44/2026/OC.3', '2 de marzo de 2026', 'Excelentísimo señor:')],
    ['a Chair\'s letterhead in capitals (fr)', lines('COMITÉ DU CONSEIL DE SÉCURITÉ CRÉÉ PAR LA RÉSOLUTION 1540 (2004)', 'Le Président', 'Réf. : S/AC.44/2026/OC.5', 'New York, le 2 mars 2026')],
    ['a Chair\'s letterhead below its symbol (zh)', lines('                S/AC.44/2026/OC.7', '', '安全理事会关于第1540(2004)号决议的委员会', '主席', '        2026年3月2日', '阁下：')],
    // The long form of the Chinese name says what the resolution is about before its number.
    ['a Chair\'s letterhead with the Committee\'s long name (zh)', lines('安全理事会关于不扩散核武器、化学武器和生物武器的第1540（2004）号决议所设委员会', '主席', 'S/AC.44/2030/OC.4', '2030年2月1日', '阁下：', '讲习班将由蒙古于2030年6月在乌兰巴托主办。')],
    ['a Chair\'s letterhead with the Committee\'s name broken (ar)', lines('لجنة مجلس الأمن المنشأة عملا', 'بالقرار 1540 (2004)', 'الرئيسة', 'S/AC.44/2026/OC.2')],
    // Under a UN header block, a title that names no sender and no state.
    // Under the Committee's heading a Chair's letter opens with its date line and a salutation: the Permanent Representatives it greets receive it.
    ['a Chair\'s letter that greets the Permanent Representatives under the Committee\'s heading (fr)', lines('Nations Unies', 'S/AC.44/2026/OC.9', 'Comité du Conseil de sécurité créé par la résolution 1540 (2004)', 'New York, le 2 mars 2026', 'Madame la Représentante permanente, Monsieur le Représentant permanent,', 'J\'ai l\'honneur de vous écrire au sujet du programme de travail du Comité.')],
    ['a Chair\'s letter that greets an Excellency under the Committee\'s heading (en)', lines('United Nations    S/AC.44/2026/OC.10', 'Security Council Committee established pursuant to resolution 1540 (2004)', '2 March 2026', 'Dear Permanent Representative of Nepal,', 'I have the honour to write to you about the Committee\'s programme of work.')],
    ['an information note under a UN header (en)', lines('United Nations    S/AC.44/2026/INF.1', 'Security Council    Distr.: General', '    9 March 2026', '    Original: English', '', 'Security Council Committee established pursuant to resolution 1540 (2004)', '', 'Information note', 'Update on the work of the Committee', '1. The Committee held a workshop in Amman.')],
    // A letter signed by the Chair: the office in the signature block, beside the signer's name marked as signed.
    ['a Chair\'s letter to one State\'s representative, signed by the Chair (zh)', lines('安全理事会第1540（2004）号决议所设委员会', 'S/AC.44/2026/OC.8', '2026年3月2日', '尼泊尔常驻联合国代表', '阁下：', '委员会请贵国政府于2026年5月1日前对尼泊尔矩阵草案提出意见。', '安全理事会第1540（2004）号决议所设委员会主席', '王明（签名）', '附件：尼泊尔矩阵草案')],
    ['a Chair\'s letter whose office is broken over two lines below the signed name (ru)', lines('Исх. № S/AC.44/2026/OC.9', 'Нью-Йорк, 2 марта 2026 года', 'Постоянным представителям государств – членов', 'Учебный курс пройдет в Катманду (Непал).', '(Подпись) Иван Петров', 'Председатель Комитета Совета Безопасности,', 'учрежденного резолюцией 1540 (2004)')],
    ['a Chair\'s letter whose office is broken over three lines above the signed name (ru)', lines('S/AC.44/2026/OC.12', '2 марта 2026 года', 'Председатель Комитета свидетельствует свое уважение постоянным представителям государств — членов.', 'Учебный курс прошел в Минске по приглашению Правительства Республики Беларусь.', 'Председатель Комитета Совета', 'Безопасности, учрежденного', 'резолюцией 1540 (2004)', '(Подпись) Иван Петров')],
    ['a Chair\'s letter signed above its office (en)', lines('S/AC.44/2026/OC.11', '2 March 2026', 'Permanent Representative of Nepal to the United Nations', 'The Committee invites your Government to comment on the draft matrix of Nepal.', '(Signed) Ana Gómez', 'Chair of the Security Council Committee established pursuant to resolution 1540 (2004)')],
    // A press release: the issuing office above its symbol, the issue date alone on its line, then the title the Committee's name opens.
    ['a press release titled by the Committee under its symbol and date (en)', lines('UNITED NATIONS', 'Meetings Coverage and Press Releases', 'SC/C.1540/PR/30/07', '14 May 2030', '1540 Committee takes stock of reporting at open briefing', 'The Committee met Member States on 6 May in an open briefing.')],
    // The UN's press-release banner is a header line: the headline below it names the Committee first.
    ['a press release whose banner says it is no official record (en)', lines('SC/17001', '2 March 2030', '', 'Meetings Coverage and Press Releases', '(For information media - not an official record)', '', '1540 COMMITTEE REVIEWS OUTREACH,', 'SETS DATES FOR REPORTS', '', 'NEW YORK, 2 March -- Delegations met at Headquarters as the Committee', 'held its annual open briefing.', 'A workshop hosted by Nepal with funding from Norway was reviewed.')],
    // The place and date it was issued at stand alone on their line above the headline: no title.
    ['a press release dated at its place above the headline (es)', lines('Naciones Unidas', 'Comunicado de prensa SC/1540/2030/1', 'Nueva York, 15 de enero de 2030', 'El Comité 1540 fija sus prioridades para 2030', 'El Comité celebró hoy su primera sesión del año.')],
    ['a press release dated at its place above the headline (ru)', lines('Организация Объединенных Наций', 'Пресс-релиз SC/1540/2030/1', 'Нью-Йорк, 15 января 2030 года', 'Комитет 1540 определил свои приоритеты на 2030 год', 'Комитет провел сегодня свое первое заседание в этом году.')],
    ['a press release dated at its place above the headline (ar)', lines('الأمم المتحدة', 'بيان صحفي SC/1540/2030/1', 'نيويورك، في 15 كانون الثاني/يناير 2030', 'لجنة 1540 تحدد أولوياتها لعام 2030', 'عقدت اللجنة اليوم أول جلسة لها هذا العام.')],
    // A headline whose subject is the Committee says what it does, whoever its story names.
    ['a press release whose headline the Committee opens and whose story names the Permanent Representative chairing it (es)', lines('Naciones Unidas', 'Comunicado de prensa SC/1540/2030/1', 'Nueva York, 15 de enero de 2030', 'El Comité 1540 fija sus prioridades para 2030', 'El Comité celebró hoy su primera sesión, presidida por la Representante Permanente de Portugal.')],
    ['a press release whose headline the Committee opens and whose story names the Permanent Representative chairing it (en)', lines('United Nations', 'Press release SC/1540/2030/1', '15 January 2030', '1540 Committee sets its priorities for 2030', 'The Committee held its first meeting today, chaired by the Permanent Representative of Portugal.')],
    ['a press release whose headline the Committee opens and whose story names the Permanent Representative chairing it (zh)', lines('联合国', '新闻稿 SC/1540/2030/1', '2030年1月15日', '1540委员会确定2030年优先事项', '委员会今天举行本年度第一次会议，由葡萄牙常驻代表主持。')],
    ['a press release under its French banner (fr)', lines('CS/17001', '2 mars 2030', 'Couverture des réunions & communiqués de presse', '(Pour information - document non officiel)', 'LE COMITÉ 1540 FAIT LE POINT SUR LES RAPPORTS', 'NEW YORK, 2 mars -- Les délégations se sont réunies au Siège', 'pour la séance d\'information annuelle du Comité,', 'qui a passé en revue l\'année écoulée.', 'Un atelier organisé par le Népal avec le soutien de la Norvège a été examiné.')],
    // A note the Chair issues, titled as such under the Committee's heading: the state its title names is what it reviews.
    ['a note by the Chair reviewing a visit to a named State (es)', lines('S/AC.44/2030/9', 'Naciones Unidas', 'Consejo de Seguridad', 'Distr. limitada', '30 de marzo de 2030', 'Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)', 'Nota de la Presidencia: examen de la visita del Comité a la República del Paraguay (3 a 5 de febrero de 2030)', 'Aprobada por el Comité el 24 de marzo de 2030', '1. El Gobierno del Paraguay invitó al Comité.')],
    ['a note by the Chair on a named State (en)', lines('United Nations    S/AC.44/2030/9', 'Security Council    Distr.: Limited', '    30 March 2030', '', 'Security Council Committee established pursuant to resolution 1540 (2004)', '', 'Note by the Chair: review of the Committee\'s visit to Nepal', '1. The Government of Nepal invited the Committee.')],
    ['a note by the Chair on a named State (ru)', lines('Организация Объединенных Наций    S/AC.44/2030/9', 'Совет Безопасности    Distr.: Limited', '    30 March 2030', '', 'Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)', '', 'Записка Председателя: обзор посещения Непала Комитетом', '1. Правительство Непала пригласило Комитет.')],
    // The UN's name set before the Committee's on one heading line, with a dash: the Committee heads the text.
    ['a heading that puts the UN\'s name before the Committee\'s (es)', lines('Naciones Unidas – Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)', 'Se invitó a Bosnia y Herzegovina a presentar su informe.')],
    ['a heading that puts the UN\'s name before the Committee\'s (ar)', lines('الأمم المتحدة - لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004)', 'بيان صحفي', 'رحبت اللجنة بحلقة العمل التي استضافتها دولة قطر.')],
    ['a heading that puts the UN\'s name before the Committee\'s (ru)', lines('Организация Объединенных Наций — Комитет 1540', 'Комитет приветствовал семинар, который провела Республика Казахстан.')],
    // The Committee's name above a line that ends in a symbol: it heads the document; the headline under the symbol names no sender.
    ['the Committee\'s name above an information note\'s symbol (es)', lines('Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)', 'Nota informativa CS/1540/2030/03', 'El Comité 1540 acuerda su calendario', 'Nueva York, 14 de abril de 2030. El Comité celebró hoy su sesión.', 'La Presidenta informó sobre la visita a Bosnia y Herzegovina.')],
    ['the Committee\'s name above an information note\'s symbol (fr)', lines('Comité 1540', 'Note d\'information CS/1540/2030/03', 'Le Comité 1540 adopte son calendrier', 'New York, 14 avril 2030. Le Comité s\'est réuni aujourd\'hui.', 'La Présidente a rendu compte de la visite au Népal.')],
    // An information note under a UN header whose title names the Committee as the one that visits a State: the State is visited.
    ...([
      ['en', 'Information note on the visit of the Committee to the Republic of Djibouti (2-4 March 2030)'],
      ['fr', 'Note d\'information sur la visite du Comité en République de Djibouti (2-4 mars 2030)'],
      ['es', 'Nota informativa sobre la visita del Comité a la República de Djibouti (2 a 4 de marzo de 2030)'],
      ['ru', 'Информационная записка о посещении Комитетом Республики Джибути (2–4 марта 2030 года)'],
      ['zh', '关于委员会访问吉布提共和国（2030年3月2日至4日）的资料说明'],
      ['ar', 'مذكرة إعلامية بشأن زيارة اللجنة إلى جمهورية جيبوتي (2-4 آذار/مارس 2030)'],
    ] as const).map(([language, title]) => [`an information note on the Committee's visit to a named State (${language})`, lines('United Nations', 'S/AC.44/2030/INF.3', 'Security Council Committee established pursuant to resolution 1540 (2004)', 'Distr.: General', '25 March 2030', 'Original: French', title, '20 March 2030', '1. The Government invited the Committee.')]),
  ])('is the Committee\'s for %s', (_what, text) => {
    expect(committeeAuthorship(text)).toBe('committee');
  });

  it.each([
    ['a Committee matrix (es)', lines('Fecha de publicación: 3 de marzo de 2026', 'Matriz del Comité 1540: República de Honduras', 'Aprobada por el Comité el 10 de febrero de 2026')],
    ['a draft matrix (en)', lines('DRAFT 1540 COMMITTEE MATRIX OF NEPAL', 'Prepared on 4 May 2026')],
    ['a matrix titled by the Committee\'s full name, with the state between it and the matrix (zh)', lines('网上发布日期：2026年3月3日', '安全理事会第1540(2004)号决议所设委员会关于尼泊尔的矩阵', '委员会于2026年2月10日核准')],
  ])('is a matrix about a state for %s', (_what, text) => {
    expect(committeeAuthorship(text)).toBe('matrix');
  });

  it.each([
    ['a note addressed to the Committee', lines('Permanent Mission of Nepal to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Security Council Committee established pursuant to resolution 1540 (2004).')],
    ['a note whose title names the Chair as addressee', lines('Note verbale dated 4 May 2026 from the Permanent Mission of Nepal addressed to the Chair of the Committee')],
    ['a mission\'s letter to the Chair in Chinese', lines('2026年5月4日尼泊尔常驻联合国代表团给第1540(2004)号决议所设安全理事会委员会主席的信')],
    ['a report whose opening sentence names the Committee', lines('Report of Nepal', 'Submitted to the 1540 Committee on 4 May 2026.')],
    ['a letter whose addressee block names the Chair before the Committee', lines('The Chair', 'Security Council Committee established pursuant to resolution 1540 (2004)', 'Permanent Mission of Nepal to the United Nations')],
    ['a national report under a UN header whose title names the state', lines('United Nations    S/AC.44/2026/2', 'Security Council    Distr.: General', '    9 March 2026', '', 'Security Council Committee established pursuant to resolution 1540 (2004)', '', 'National report of the Republic of Honduras', 'I. Introduction')],
    ['a note verbale under a UN header (ru)', lines('Организация Объединенных Наций    S/AC.44/2026/3', 'Совет Безопасности    Distr.: General', '    9 March 2026', '', 'Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)', '', 'Вербальная нота Постоянного представительства при Организации Объединенных Наций от 2 марта 2026 года')],
    ['a state\'s letter under a UN header that greets the Chair and names its Government in its first sentence', lines('United Nations    S/AC.44/2026/4', 'Security Council Committee established pursuant to resolution 1540 (2004)', '2 March 2026', 'Dear Chair,', 'I have the honour to transmit the report of the Government of Nepal.')],
    ['a note that closes with its addressee block after the signed Permanent Representative', lines('Permanent Mission of Nepal to the United Nations', 'The Permanent Mission of Nepal presents its compliments to the Chair and transmits its report.', '(Signed) Ram Thapa', 'Permanent Representative', 'The Chair', 'Security Council Committee established pursuant to resolution 1540 (2004)')],
    // A state's note the UN issues under the Committee's name above the symbol: the title under the symbol names its sender.
    ['a note verbale under the Committee\'s name above its symbol (en)', lines('Security Council Committee established pursuant to resolution 1540 (2004)', 'Note verbale S/AC.44/2030/7', 'Note verbale dated 2 May 2030 from the Permanent Mission of Nepal to the United Nations addressed to the Chair of the Committee')],
    // A UN title may name the Committee as its addressee before its sender: the Committee there does not act.
    ['a letter whose title names the Committee\'s Chair as addressee before the sending State (fr)', lines('Nations Unies', 'S/AC.44/2030/9', 'Distr. générale', '2 juin 2030', 'Original : anglais', 'Comité du Conseil de sécurité créé par la résolution 1540 (2004)', 'Lettre datée du 12 mai 2030, adressée au Président du Comité par le Représentant permanent de la', 'Slovaquie auprès de l\'Organisation des Nations Unies', 'Monsieur le Président,')],
    ['a letter whose title names the Committee\'s Chair as addressee before the sending State (es)', lines('Naciones Unidas', 'S/AC.44/2030/7', 'Distr. general', '9 de junio de 2030', 'Original: inglés', 'Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)', 'Carta de fecha 26 de mayo de 2030 dirigida a la Presidencia del Comité por el Representante', 'Permanente de Saint Kitts y Nevis ante las Naciones Unidas', 'Tengo el honor de dirigirme a usted.')],
  ])('is nobody\'s in particular (a state\'s) for %s', (_what, text) => {
    expect(committeeAuthorship(text)).toBe('none');
  });

  // A state's note hard-wrapped so that a line begins with the Chair's letter it answers: the line goes on with the note's
  // opening sentence, whose start names the mission that writes.
  it.each([
    ['en', lines('PERMANENT MISSION OF GHANA TO THE UNITED NATIONS', '', 'The Permanent Mission of Ghana presents its compliments to the Chair of the', 'Committee and, in reply to the', 'letter dated 3 May 2030 from the Chair of the Committee, has the honour', 'to transmit the following additional information.')],
    ['fr', lines('MISSION PERMANENTE DU GABON', '', 'La Mission permanente du Gabon présente ses compliments à la Présidente du', 'Comité et, en réponse à la', "lettre datée du 3 mai 2030 de la Présidente du Comité, a l'honneur de lui", 'transmettre les informations complémentaires suivantes.')],
    ['es', lines('MISIÓN PERMANENTE DE BOLIVIA', '', 'La Misión Permanente de Bolivia saluda atentamente a la Presidencia del', 'Comité y, en respuesta a la', 'carta de fecha 3 de mayo de 2030 de la Presidencia del Comité, tiene el', 'honor de transmitir la siguiente información adicional.')],
    ['ru', lines('ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО МОНГОЛИИ', '', 'Постоянное представительство Монголии свидетельствует свое уважение', 'Председателю Комитета и в ответ на', 'письмо Председателя от 3 мая 2030 года имеет честь представить', 'следующую дополнительную информацию.')],
    ['zh', lines('纳米比亚常驻联合国代表团', '', '纳米比亚常驻联合国代表团向安全理事会第1540(2004)号决议所设委员会主席致意，并谨答复', '委员会主席2030年5月3日的信，提交补充资料如下。')],
    ['ar', lines('البعثة الدائمة لناميبيا لدى الأمم المتحدة', '', 'تهدي البعثة الدائمة لناميبيا لدى الأمم المتحدة تحياتها إلى رئيس اللجنة، وردا على', 'رسالة مؤرخة 3 أيار/مايو 2030 من رئيس اللجنة، تتشرف بأن تقدم المعلومات الإضافية التالية.')],
  ])('is a state\'s for a note wrapped where it names the Chair\'s letter it answers (%s)', (_language, text) => {
    expect(committeeAuthorship(text)).toBe('none');
  });

  // A letter in the first person names no mission in its sentence: the lower case that opens the wrapped line says it goes on.
  it.each([
    ['en', lines('Excellency,', '', 'I have the honour to refer to the', 'letter dated 3 May 2030 from the Chair of the Committee and to transmit', 'the enclosed additional information.')],
    ['es', lines('Excelentísimo señor:', '', 'Tengo el honor de referirme a la', 'carta de fecha 3 de mayo de 2030 de la Presidencia del Comité y de', 'transmitirle la información adicional adjunta.')],
    ['ru', lines('Ваше превосходительство!', '', 'Имею честь сослаться на', 'письмо Председателя от 3 мая 2030 года и препроводить', 'прилагаемую дополнительную информацию.')],
  ])('is a state\'s for a first-person letter wrapped where it names the Chair\'s letter (%s)', (_language, text) => {
    expect(committeeAuthorship(text)).toBe('none');
  });

  it('keeps a Chair\'s letter whose title goes on in lower case on its second line (fr)', () => {
    const text = lines('Lettre datée du 19 décembre 2030, adressée au Président du Conseil de sécurité par', 'la Présidente du Comité du Conseil de sécurité créé par la résolution 1540 (2004)');

    expect(committeeAuthorship(text)).toBe('committee');
  });
});

describe('a state\'s note that answers the Chair\'s letter, in the extraction', () => {
  it('keeps its author and reads it as additional information, though a wrapped line begins with the Chair\'s letter (ru)', async () => {
    const text = lines(
      'ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО МОНГОЛИИ ПРИ ОРГАНИЗАЦИИ ОБЪЕДИНЕННЫХ НАЦИЙ', '',
      'Постоянное представительство Монголии свидетельствует свое уважение', 'Председателю Комитета и в ответ на',
      'письмо Председателя от 3 мая 2030 года имеет честь представить', 'следующую дополнительную информацию.', '',
      'Монголия является участником Конвенции о запрещении химического оружия.', '', 'Улан-Батор, 2 июня 2030 года',
    );

    const extraction = await extractDocument({ bytes: utf8(text), fileName: 'note.txt' });

    expect([extraction.state, extraction.reportType]).toEqual(['MNG', 'additional_information']);
    expect(extraction.treaties).toContain('cwc');
  });
});

describe('a Committee text in the extraction', () => {
  it('has no author state although its body names a host and a donor', async () => {
    const text = lines('1540 Committee bulletin', 'No. 2, September 2026', 'Egypt hosted a seminar for national points of contact in Cairo on 14 July 2026, funded by Norway.');

    const extraction = await extractDocument({ bytes: utf8(text), fileName: 'bulletin.txt' });

    expect([extraction.reportType, extraction.state, extraction.documentDate]).toEqual(['committee_document', null, null]);
    // Dated by month: what happened before September is no deadline.
    expect(extraction.deadlines).toEqual([]);
  });

  it('keeps the state a Committee matrix is about, with its treaties and measures', async () => {
    const text = lines(
      'DRAFT 1540 COMMITTEE MATRIX OF NEPAL',
      'Approved by the Committee on 4 May 2026',
      'Nepal is a party to the Chemical Weapons Convention.',
      'The Chemical Weapons (Prohibition) Act 2020, section 4, prohibits the development and use of chemical weapons.',
    );

    const extraction = await extractDocument({ bytes: utf8(text), fileName: 'matrix.txt' });

    expect([extraction.reportType, extraction.state, extraction.documentDate]).toEqual(['committee_document', 'NPL', '2026-05-04']);
    expect(extraction.treaties).toContain('cwc');
    expect(extraction.matrix.map((m) => m.element)).toContain('op2.chemical');
  });
});
