import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extraction/detection/dates.js';
import { detectDocumentDate } from '../../../shared/extraction/detection/documentDate.js';

const lines = (...text: string[]) => text.join('\n');

describe('the document date of a UN-issued document', () => {
  it('is the date closing the opening sentence of a report with no UN header, but not a date inside a later paragraph', () => {
    const text = [
      'Permanent Mission of the Republic of Ghana to the United Nations',
      '',
      'National report of the Republic of Ghana on the implementation of resolution 1540 (2004), 9 April 2025.',
      '',
      'A workshop on export controls was held in Accra on 3 June 2024, with the support of partners.',
    ].join('\n');

    expect(detectDocumentDate(text)).toBe('2025-04-09');
    expect(detectDocumentDate(text.split('\n').slice(0, 2).concat(text.split('\n').slice(3)).join('\n'))).toBeNull();
  });

  it('is the letter date its title names, not the later issue date of the header block', () => {
    const text = lines(
      'United Nations', 'S/2025/88', 'Security Council', 'Distr.: General', '14 February 2025', 'Original: English',
      'Letter dated 7 February 2025 from the Permanent Representative of Mongolia to the United Nations addressed to',
      'the Chair of the Committee',
      'I have the honour to transmit the report of Mongolia, prepared under the Law on Export Control of 3 March 2021',
      'and the Government Resolution of 19 November 2024 (see annex).',
      '(Signed) Batbayar Enkhtuvshin',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2025-02-07');
  });

  it('reads a French note verbale the same way, whatever words introduce its date', () => {
    const text = lines(
      'Nations Unies', 'S/AC.44/2023/12', 'Conseil de sécurité', 'Distr. générale', '11 octobre 2023', 'Français', 'Original : français',
      'Comité du Conseil de sécurité créé par la résolution 1540 (2004)',
      'Note verbale datée du 3 octobre 2023, adressée à la présidence du Comité par la Mission permanente du Mali',
      'La Mission permanente du Mali auprès de l’Organisation des Nations Unies présente ses compliments et, se référant',
      'à la note du Comité du 12 juin 2023, a l’honneur de lui transmettre le rapport national du Mali.',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2023-10-03');
  });

  it('takes the Russian letter date even after "от", and skips the header in Latin letters', () => {
    const text = lines(
      'Организация Объединенных Наций', 'S/2024/455', '', 'Совет Безопасности', 'Distr.: General', '12 June 2024', 'Russian', 'Original: Russian', '',
      'Письмо Постоянного представителя Узбекистана при Организации Объединенных Наций',
      'от 5 июня 2024 года на имя Председателя Комитета',
      '',
      'Имею честь препроводить дополнительную информацию Республики Узбекистан, подготовленную в соответствии',
      'с Законом от 26 декабря 2023 года.',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2024-06-05');
  });

  it('is the approval line under a title that states the period covered', () => {
    const text = lines(
      'United Nations', 'S/AC.44/2026/1', 'Security Council', 'Distr.: General', '20 January 2026', 'Original: English', '',
      'Programme of work of the Committee for the period',
      '1 February 2026 to 31 January 2027',
      '',
      'Approved by the Committee on 16 January 2026',
      '',
      'I. Introduction',
      '1. By resolution 2663 (2022) of 30 November 2022 the Council extended the mandate until 30 November 2032.',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2026-01-16');
  });

  it('is the closing date line of a report whose title carries no date, not the issue date at the top', () => {
    const text = lines(
      'S/AC.44/2023/9', 'Distr. general', '15 de septiembre de 2023', 'Original: español',
      'Informe nacional de la República Oriental del Uruguay sobre la aplicación de la resolución 1540 (2004)',
      'I. Introducción',
      '1. El presente informe describe la Ley núm. 19.355, de 19 de diciembre de 2015, y el Decreto de 2 de mayo de 2018.',
      '2. Uruguay es parte en los tratados pertinentes desde el 31 de agosto de 1970.',
      'Montevideo, 30 de agosto de 2023',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2023-08-30');
  });

  it('falls back on the issue date when nothing else dates the document', () => {
    const text = lines(
      'A/80/215', 'General Assembly', 'Distr.: General', '2 July 2025', 'Original: English',
      'Report of the Committee on its work in the first half of the year',
      'The Committee met four times and considered its programme of work.',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2025-07-02');
  });
});

describe('the document date of other documents', () => {
  it('is null for a message dated by month only, whatever events its paragraphs date', () => {
    const text = lines(
      'لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004)',
      'النشرة الإخبارية للجنة',
      'العدد الأول - كانون الثاني/يناير 2025',
      'في 14 كانون الأول/ديسمبر 2024، عقدت اللجنة اجتماعا مفتوحا مع الدول الأعضاء لمناقشة تنفيذ القرار، واستضافت قطر في 3 تشرين الثاني/نوفمبر 2024 حلقة عمل إقليمية بشأن الرقابة على الصادرات.',
      'وتعتزم اللجنة مواصلة عملها خلال عام 2025.',
    );

    const date = detectDocumentDate(text);

    expect(date).toBeNull();
  });

  it('reads a Chinese date written in Chinese numerals on the closing line', () => {
    const text = lines(
      '泰国关于执行安全理事会第1540（2004）号决议的补充资料',
      '一、导言',
      '泰国于2019年5月1日颁布《两用物项出口管制法》，并于2021年3月15日发布实施条例。',
      '泰王国常驻联合国代表团',
      '二〇二三年十一月二十日',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2023-11-20');
  });

  it('does not take a period standing on its own line for the date', () => {
    const text = lines(
      'Regional workshop on border controls',
      '1 March 2024 – 3 March 2024',
      'Programme notes prepared by the Permanent Mission of Chile',
      '(Signed) Ignacia Fuentes Rojas',
      '20 January 2024',
    );

    const date = detectDocumentDate(text);

    expect(date).toBe('2024-01-20');
  });

  it('does not take a date that a hard-wrapped sentence leaves nearly alone on its line', () => {
    const text = lines(
      'Lettre d\'information du Comité - avril 2025',
      '',
      'Le Comité a tenu trois réunions ouvertes au cours du premier',
      'trimestre et a poursuivi l\'examen des rapports nationaux.',
      '',
      'Le mandat du Comité court jusqu\'au 30 novembre 2032, en',
      'application de la résolution 2663 (2022).',
    );

    const date = detectDocumentDate(text);

    expect(date).toBeNull();
  });

  it('does not take a date that ends a hard-wrapped Chinese line, though few characters stand before it', () => {
    const text = lines(
      '委员会通讯 第五期                                    2026年3月2日',
      '',
      '委员会于2026年2月10日通过了2026年3月1日至2027年2月28日期间的工作',
      '方案。根据第2663（2022）号决议，委员会的任务期限延续至2032年11月30日。',
      '新的工作方案保留了四个工作组的分工。',
    );

    expect(detectDocumentDate(text)).toBe('2026-03-02');
  });

  it.each([
    ['en', 'Ms. Polanco Vásquez will coordinate the national replies and took part in the regional course held', 'in Panama City from 8 to 12 September 2025.'],
    ['fr', "Mme Polanco Vásquez coordonnera les réponses nationales et a participé au cours régional tenu dans", 'la ville de Panama le 12 septembre 2025.'],
    ['es', 'La Ing. Polanco Vásquez participó en el curso regional para puntos de contacto celebrado en', 'la Ciudad de Panamá del 8 al 12 de septiembre de 2025.'],
    ['ru', 'Г-жа Поланко Васкес приняла участие в региональном курсе для контактных лиц, проведенном', 'в городе Панама 12 сентября 2025 года.'],
    ['ar', 'وشاركت السيدة بولانكو فاسكيس في الدورة الإقليمية لجهات الاتصال التي عقدت في مدينة', 'بنما في 12 أيلول/سبتمبر 2025.'],
    ['zh', '波兰科·巴斯克斯女士参加了在巴拿马城为各国联络点举办的区域培训课程，课程结束于', '2025年9月12日。'],
  ])('does not take a date on the last line of a hard-wrapped paragraph, under a full line with no stop (%s)', (_language, full, last) => {
    expect(detectDocumentDate(lines('Permanent Mission to the United Nations', '', full, last))).toBeNull();
  });

  it.each([
    ['es', 'Dado en Santo Domingo de Guzmán, Distrito Nacional, capital de la República Dominicana, a los', 'catorce (14) días del mes de agosto del año dos mil veinticinco (2025).'],
    ['es', 'Dado en Santo Domingo de Guzmán, Distrito Nacional, capital de la República Dominicana, a los catorce', '(14) días del mes de agosto del año dos mil veinticinco (2025).'],
    ['en', 'Done at Basseterre, Saint Kitts and Nevis, in the presence of the members of the Committee, this', 'fourteenth (14th) day of August 2025.'],
    ['fr', 'Fait à Libreville, capitale de la République gabonaise, en deux exemplaires originaux, le', 'quatorzième (14e) jour du mois d\'août 2025.'],
  ])('takes the date of a closing line that says where it was done, wrapped onto the next line (%s)', (_language, full, last) => {
    expect(detectDocumentDate(lines('Informe nacional', '', 'La Ley núm. 24-16 prohíbe toda actividad relacionada con armas químicas.', full, last))).toBe('2025-08-14');
  });

  it.each([
    ['en', 'Note verbale MPRD-UN/DGPE/CS/1540/2025-00311          17/11/2025', 'The Permanent Mission refers to its note MPRD-UN/1540/2022-118 of 12 April 2022 on the points of contact.'],
    ['fr', 'Note verbale no MPRD-ONU/DGPE/CS/1540/2025-00311          17/11/2025', 'La Mission permanente se réfère à sa note MPRD-ONU/1540/2022-118 du 12 avril 2022 sur les points de contact.'],
    ['es', 'Nota verbal núm. MPRD-ONU/DGPE/CS/1540/2025-00311          17/11/2025', 'La Misión Permanente se refiere a su nota MPRD-ONU/1540/2022-118 de 12 de abril de 2022 sobre los puntos de contacto.'],
    ['ru', 'Вербальная нота № ПМДР-ООН/DGPE/CS/1540/2025-00311          17.11.2025', 'Постоянное представительство ссылается на свою ноту ПМДР-ООН/1540/2022-118 от 12 апреля 2022 года о контактных пунктах.'],
    ['ar', 'مذكرة شفوية رقم MPRD-ONU/DGPE/CS/1540/2025-00311          17/11/2025', 'تشير البعثة الدائمة إلى مذكرتها MPRD-ONU/1540/2022-118 المؤرخة 12 نيسان/أبريل 2022 بشأن جهات الاتصال.'],
    ['zh', '普通照会 第MPRD-ONU/DGPE/CS/1540/2025-00311号          2025年11月17日', '常驻代表团谨提及其2022年4月12日关于联络点的第MPRD-ONU/1540/2022-118号照会。'],
  ])('takes the date beside the reference number on a note\'s top line, however long the number (%s)', (_language, top, body) => {
    expect(detectDocumentDate(lines('PERMANENT MISSION OF THE DOMINICAN REPUBLIC', top, body))).toBe('2025-11-17');
  });
});

describe('dates in the cells of a table', () => {
  it.each([
    ['en', ['Programme of work for 2030', '1. The Committee adopted the present programme of work on 3 February 2030.', 'Task\tResponsible\tTime limit', 'Submit the annual workplan\tWorking groups\t15 March 2030', 'Update the list of contacts\tSecretariat\t15 March 2030']],
    ['zh', ['2030年工作方案', '一、委员会于2030年2月3日通过本工作方案。', '任务\t负责方\t时限', '提交年度工作计划\t各工作组\t2030年3月15日前', '更新联络点名单\t秘书处\t2030年3月15日前']],
  ])('are the rows\' time limits, not the text\'s date, however short their lines (%s)', (_language, text) => {
    expect(detectDocumentDate(lines(...text))).toBe('2030-02-03');
  });

  it('is the text\'s date in a label\'s row of a two-column table, among rows dating other submissions', () => {
    const text = lines('Entered on website: 06/11/2030', 'Approved 1540 Committee matrix', 'First national report\t27 October 2004', 'Additional information\t2 May 2030', 'Matrix approved by the Committee\t18 October 2030');
    expect(detectDocumentDate(text)).toBe('2030-10-18');
  });
});

describe('a sentence that says the text itself was adopted or agreed', () => {
  it.each([
    ['At its informal consultations on 11 March 2030, the Committee agreed on the present roadmap, which the Chair circulates to Member States.'],
    ['Lors de ses consultations officieuses du 11 mars 2030, le Comité est convenu de la présente feuille de route, que le Président diffuse aux États Membres.'],
    ['委员会于2030年3月11日举行非正式磋商，商定了本路线图，现由主席分发给各会员国。'],
    ['主席于2030年1月21日向安全理事会通报了筹备工作。委员会于2030年3月11日举行非正式磋商，商定了本路线图。'],
  ])('dates the text by that sentence, not by the later issue date of its header: %s', (sentence) => {
    const text = lines('United Nations    S/AC.44/2030/3', 'Security Council    Distr.: General', '    16 March 2030', '    Original: English', '', 'Roadmap for the comprehensive review', '', 'Note by the Chair', '', `1. ${sentence}`, '', '2. The Chair briefed the Security Council on 21 January 2030.');

    expect(detectDocumentDate(text)).toBe('2030-03-11');
  });
});

describe('the adoption of the text, against the other dates near it', () => {
  it.each([
    ['es', ['Nota de la Presidencia: examen de la visita del Comité al Paraguay (3 a 5 de febrero de 2030)', 'Aprobada por el Comité mediante el procedimiento de acuerdo tácito el 24 de marzo de 2030']],
    ['en', ['Note by the Chair: review of the Committee\'s visit to Nepal (3-5 February 2030)', 'Adopted by the Committee under the silence procedure on 24 March 2030']],
    ['ru', ['Записка Председателя: обзор посещения Непала Комитетом (5 февраля 2030 года)', 'Утверждена Комитетом 24 марта 2030 года']],
    ['zh', ['主席的说明：委员会访问尼泊尔（2030年2月5日）的审查', '委员会于2030年3月24日以默许程序通过']],
  ])('dates a title by its adoption line, not by the event the title names (%s)', (_language, title) => {
    const text = lines('United Nations    S/AC.44/2030/9', 'Security Council    Distr.: Limited', '    30 March 2030', '    Original: English', '', 'Security Council Committee established pursuant to resolution 1540 (2004)', ...title, 'I. Background', '1. The visit took place in February.');

    expect(detectDocumentDate(text)).toBe('2030-03-24');
  });

  it.each([
    ['es', ['Carta de fecha 9 de marzo de 2030 dirigida a la Presidencia del Consejo de Seguridad', 'Tengo el honor de transmitirle el programa de trabajo del Comité para 2030, que el Comité', 'aprobó el 4 de marzo de 2030 (véase el anexo).']],
    ['en', ['Letter dated 9 March 2030 addressed to the President of the Security Council', 'I have the honour to transmit the programme of work of the Committee for 2030, which the Committee', 'adopted on 4 March 2030 (see annex).']],
    ['fr', ['Lettre datée du 9 mars 2030 adressée à la Présidence du Conseil de sécurité', "J'ai l'honneur de vous transmettre le programme de travail du Comité pour 2030, que le Comité a", 'adopté le 4 mars 2030 (voir annexe).']],
    ['ru', ['Письмо от 9 марта 2030 года на имя Председателя Совета Безопасности', 'Имею честь препроводить программу работы Комитета на 2030 год, которую Комитет', 'утвердил 4 марта 2030 года (см. приложение).']],
  ])('dates a letter by its title, not by an adoption verb that opens a wrapped line of its first sentence (%s)', (_language, letter) => {
    const text = lines('United Nations    S/2030/58', 'Security Council    Distr.: General', '    12 March 2030', '    Original: English', '', ...letter);

    expect(detectDocumentDate(text)).toBe('2030-03-09');
  });

  it.each([
    ['es', '1. El Comité, cuyo mandato fue prorrogado hasta el 30 de noviembre de 2032 por la resolución 2663 (2022), aprobó el presente calendario el 16 de marzo de 2030, en cumplimiento de su programa de trabajo.'],
    ['ru', '1. Комитет, мандат которого продлен до 30 ноября 2032 года резолюцией 2663 (2022), утвердил настоящий график 16 марта 2030 года.'],
    ['en', '1. The Committee, whose mandate runs until 30 November 2032 under resolution 2663 (2022), adopted the present timetable on 16 March 2030.'],
  ])('dates the text by the date its adoption verb governs, not by another date of the sentence (%s)', (_language, sentence) => {
    const text = lines('United Nations    S/AC.44/2030/12', 'Security Council    Distr.: General', '    21 March 2030', '', 'Security Council Committee established pursuant to resolution 1540 (2004)', 'Note by the Chair', 'Timetable of the Committee\'s tasks', sentence);

    expect(detectDocumentDate(text)).toBe('2030-03-16');
  });
});

describe('the dates of a title under a header block', () => {
  it.each([
    ['en', 'Information note on the visit of the Committee to Nepal (2-4 March 2030)', '20 March 2030'],
    ['fr', 'Note d\'information sur la visite du Comité au Népal (2-4 mars 2030)', '20 mars 2030'],
    ['es', 'Nota informativa sobre la visita del Comité a Nepal (2 a 4 de marzo de 2030)', '20 de marzo de 2030'],
    ['ru', 'Информационная записка о посещении Непала Комитетом (2–4 марта 2030 года)', '20 марта 2030 года'],
    ['zh', '关于委员会访问尼泊尔（2030年3月2日至4日）的资料说明', '2030年3月20日'],
    ['ar', 'مذكرة إعلامية بشأن زيارة اللجنة إلى نيبال (2-4 آذار/مارس 2030)', '20 آذار/مارس 2030'],
  ])('are the date line under the title, not the visit its words name (%s)', (_language, title, dateLine) => {
    const text = lines('United Nations', 'S/AC.44/2030/INF.3', 'Distr.: General', '25 March 2030', 'Original: French', title, dateLine, '1. The Government of Nepal invited the Committee.');

    expect(detectDocumentDate(text)).toBe('2030-03-20');
  });

  it.each([
    ['en', ['Letter from the Permanent Representative of Nepal to the United Nations addressed to the Chair of the', 'Committee', 'I have the honour to refer to your letter of 9 January 2030 and to provide an update.'], 'New York, 27 April 2030'],
    ['fr', ['Lettre du Représentant permanent du Népal auprès de l\'Organisation des Nations Unies adressée au Président du', 'Comité', 'J\'ai l\'honneur de me référer à votre lettre du 9 janvier 2030 et de vous communiquer une mise à jour.'], 'New York, le 27 avril 2030'],
    ['es', ['Carta del Representante Permanente de Nepal ante las Naciones Unidas dirigida a la Presidencia del', 'Comité', 'Tengo el honor de referirme a su carta de 9 de enero de 2030 y de transmitirle una actualización.'], 'Nueva York, 27 de abril de 2030'],
    ['ru', ['Письмо Постоянного представителя Непала при Организации Объединенных Наций на имя Председателя', 'Комитета', 'Имею честь сослаться на Ваше письмо от 9 января 2030 года и представить обновленную информацию.'], 'Нью-Йорк, 27 апреля 2030 года'],
  ])('are not the body\'s, which may follow a title that names no date after its addressee (%s)', (_language, title, closing) => {
    // (A copy line under the closing date: the text does not end with it.)
    const text = lines('United Nations', 'S/AC.44/2030/9', 'Distr.: General', '6 May 2030', 'Original: English', ...title, 'The Customs Act 1986 controls goods at ports of entry.', '(Signed) Ram Thapa', closing, 'cc: UNRCPD (unrcpd@un.example.org)');

    expect(detectDocumentDate(text)).toBe('2030-04-27');
  });
  it.each([
    ['en', 'Letter dated 3 June 2031 from the Chair of the Committee addressed to all Member States', ['I have the honour to write in connection with the programme of work of the Committee, adopted at its meeting held on', '20 May 2031.']],
    ['ru', 'Письмо Председателя Комитета от 3 июня 2031 года в адрес всех государств-членов', ['Имею честь обратиться к Вам в связи с программой работы Комитета, утвержденной Комитетом на его заседании', '20 мая 2031 года.']],
  ])('are the title\'s letter date, not the body\'s date that a wrapped sentence leaves alone on its line (%s)', (_language, title, body) => {
    const text = lines('United Nations', 'S/AC.44/2031/OC.2', 'Distr.: General', '12 June 2031', 'Original: English', title, ...body, 'The Committee invites States to report by 30 September 2031.');

    expect(detectDocumentDate(text)).toBe('2031-06-03');
  });
});

describe('a date cue just before the date on a short date line', () => {
  it.each([
    ['fr', 'Genève, le 14 mai 2031', 'Fait à Lomé, le 2 mai 2031'],
    ['fr', 'New York, le 14 mai 2031', 'Fait à Bamako, le 2 mai 2031'],
  ])('dates the covering note, not the annex that closes the text with an earlier date (%s)', (_language, noteDate, annexClosing) => {
    const paragraph = 'x '.repeat(900);
    const text = lines('MISSION PERMANENTE', 'N° 77/MP/31', paragraph, noteDate, '', 'Annexe', paragraph, paragraph, annexClosing, 'Le Ministre');

    expect(detectDocumentDate(text)).toBe('2031-05-14');
  });
});

describe('date lines the document dates itself by', () => {
  it('is the Gregorian date a closing line gives before its Hijri equivalent', () => {
    const text = ['تتشرف البعثة الدائمة بأن تحيل المعلومات المؤرخة ١٠ كانون الثاني/يناير ٢٠٢٦.', 'المندوب الدائم', 'عمّان في ٣ آذار/مارس ٢٠٢٦ م، الموافق ١٤ رمضان ١٤٤٧ هـ'].join('\n');

    expect(detectDocumentDate(text)).toBe('2026-03-03');
  });

  it('is the Gregorian date a closing line gives after its Hijri equivalent, not a meeting date in a paragraph', () => {
    const text = ['1. لم تُعتمد بعد متطلبات الحماية المادية، وقد نوقش مشروع النظام في اجتماع اللجنة الوطنية المعقود في 3 أيلول/سبتمبر 2030.', 'وتغتنم البعثة هذه الفرصة لتعرب عن فائق احترامها.', 'نيويورك، في 14 جمادى الأولى 1452 هـ الموافق 5 تشرين الثاني/نوفمبر 2030'].join('\n');

    expect(detectDocumentDate(text)).toBe('2030-11-05');
  });

  it('is the date of the instrument named under an approval stamp, though "от" introduces it', () => {
    const text = ['УТВЕРЖДЕНА', '', 'распоряжением Правительства Республики Узбекистан от 12 марта 2026 года № 88-р', '', 'ДОРОЖНАЯ КАРТА', '1. Закон от 5 мая 2019 года действует.'].join('\n');

    expect(detectDocumentDate(text)).toBe('2026-03-12');
  });

  it('is the closing date of an Arabic UN note whose title is followed by a numbered paragraph "1 - " with an event date', () => {
    const text = [
      'الأمم المتحدة    S/AC.44/2026/INF.1', 'مجلس الأمن    Distr.: General', '    9 April 2026', '    Original: English', '',
      'لجنة مجلس الأمن المنشأة عملاً بالقرار 1540 (2004)', 'مذكرة إعلامية', '', 'أولاً - الأنشطة', '',
      '1 - عقدت اللجنة في 11 آذار/مارس 2026 حلقة عمل.', '', 'نيويورك، 2 نيسان/أبريل 2026',
    ].join('\n');

    expect(detectDocumentDate(text)).toBe('2026-04-02');
  });
});

describe('a closing line that names the day as a day of the month', () => {
  it.each([
    ['es, day and year in words with their figures in brackets, the line broken before the figures', ['El Decreto núm. 118-23 de 3 de mayo de 2023 regula las licencias.', 'Dado en Santo Domingo, a los treinta', '(30) días del mes de abril del año dos mil treinta (2030).'], '2030-04-30'],
    ['en, "this … day of"', ['The Act of 3 May 2023 regulates licences.', 'Done at Nairobi this 30th day of April 2030.'], '2030-04-30'],
    ['fr, "le … jour du mois d\'"', ['La loi du 3 mai 2023 régit les licences.', "Fait à Dakar, le 30e jour du mois d'avril 2030."], '2030-04-30'],
  ])('is that day (%s)', (_what, text, date) => {
    expect(detectDocumentDate(text.join('\n'))).toBe(date);
  });

  it('is the date of a line that opens with where the text was done, however long the place before its date', () => {
    const text = lines('El Decreto núm. 118-23 de 3 de mayo de 2023 regula las licencias.', 'Dado en Santo Domingo de Guzmán, Distrito Nacional, capital de la República, a los treinta (30) días del mes de abril del año dos mil treinta (2030).');

    expect(detectDocumentDate(text)).toBe('2030-04-30');
  });
});

describe('an approval line that closes with its verb', () => {
  it('dates the text, not the first time limit of its tasks, though "于" stands before its date', () => {
    const text = lines(
      '安全理事会第1540（2004）号决议所设委员会', '', '2030年工作路线图', '', '委员会于2030年2月3日核准', '',
      '1. 任务：确认或更新援助请求', '   负责方：有关会员国', '   期限：2030年4月30日前',
    );

    expect(detectDocumentDate(text)).toBe('2030-02-03');
  });

  it('is no approval where the verb closes a line of a treaty table', () => {
    expect(detectDocumentDate(lines('Report of 9 April 2030', '', '化学武器公约\t1995年9月5日通过', '', 'Vienna, 9 April 2030'))).toBe('2030-04-09');
  });
});

describe('dates written in Chinese numerals', () => {
  it('are read with their year digit by digit and their month and day in tens', () => {
    const found = findDates('二〇二四年三月五日于纽约；二〇一九年十二月三十一日；二〇二〇年十月；二〇〇四年四月二十八日');

    expect(found.map(({ year, month, day }) => [year, month, day])).toEqual([
      [2024, 3, 5], [2019, 12, 31], [2020, 10, null], [2004, 4, 28],
    ]);
  });
});

describe('a note dated on its last line', () => {
  it('is dated by that line, not by the earlier meeting its title names', () => {
    const text = lines(
      'S/AC.44/2030/4', 'Distr.: General', '24 March 2030', 'Original: English',
      'Note by the Chair', 'Informal meeting held on 12 March 2030',
      '1. The Committee heard briefings by the IAEA and the OPCW.',
      '2. The note will be before the Committee at its next meeting.',
      '20 March 2030',
    );

    expect(detectDocumentDate(text)).toBe('2030-03-20');
  });
});

describe('a closing date line written as some missions write it', () => {
  it.each([
    ['Egyptian name first, after a Hijri date', 'نيويورك في 3 رجب 1451هـ الموافق 9 أكتوبر/تشرين الأول 2029م', '2029-10-09'],
    ['Egyptian name first, alone', 'حُررت في القاهرة بتاريخ 12 يناير/كانون الثاني 2030', '2030-01-12'],
    ['Levantine name alone', 'دمشق في 4 كانون الأول 2029', '2029-12-04'],
  ])('reads the month of an Arabic date line with its names in either order (%s)', (_case, line, iso) => {
    const text = lines('البعثة الدائمة لدى الأمم المتحدة', '', 'تتشرف البعثة بأن تحيل المعلومات الإضافية.', '', 'المندوب الدائم', '', line);

    expect(detectDocumentDate(text)).toBe(iso);
  });

  it('does not read two names of different months as a month', () => {
    expect(findDates('في 5 سبتمبر/كانون الثاني 2026').filter((d) => d.year !== null)).toEqual([]);
  });

  it('reads a Russian place line that opens with "г." under a long signature line, at the end of a long text, as the date line (ru)', () => {
    const text = lines(
      'МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ',
      ...Array.from({ length: 12 }, () => 'Информация представляется Комитету в соответствии с пунктами 22 и 23 резолюции 2663 (2022).'),
      'Заместитель Министра иностранных дел Республики Молдова И. П. Кожокару',
      'г. Кишинев, 14 марта 2030 г.',
    );

    expect(detectDocumentDate(text)).toBe('2030-03-14');
  });
});

describe('a date line with the Maghreb month names', () => {
  it.each([
    ['Tunisian January', 'تونس في 14 جانفي 2030', '2030-01-14'],
    ['Algerian July', 'الجزائر في 3 جويلية 2029', '2029-07-03'],
    ['Algerian August', 'نيويورك في 21 أوت 2029', '2029-08-21'],
    ['Moroccan December', 'الرباط في 9 دجنبر 2029', '2029-12-09'],
  ])('is read with its month (%s)', (_case, line, iso) => {
    const text = lines('البعثة الدائمة لدى الأمم المتحدة', '', 'تتشرف البعثة بأن تحيل خطة العمل الوطنية التي اعتمدت بتاريخ 2 ديسمبر 2029.', '', line);

    expect(detectDocumentDate(text)).toBe(iso);
  });

  it('does not read a short month name at the end of another word', () => {
    expect(findDates('القانون عدد 3 الرسمي 2019').filter((d) => d.day !== null)).toEqual([]);
  });
});
