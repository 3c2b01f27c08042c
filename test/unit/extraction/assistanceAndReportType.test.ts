/**
 * Assistance requests laid out as real requests are (a table of needs by area, a list nested under a
 * numbered paragraph) and the report type a document's purpose gives it, on documents written for
 * these tests: other states, other languages, other layouts than the labelled corpus.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsOfRequest } from '../../../shared/extraction/detection/assistance.js';
import { NEED_MET, REQUEST_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n\n')), fileName: 'document.txt' });

async function docxWithTable(before: string[], rows: string[][], after: string[]): Promise<Uint8Array> {
  const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
  const doc = new Document({ sections: [{ children: [...before.map((text) => new Paragraph(text)), table, ...after.map((text) => new Paragraph(text))] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('assistance requested', () => {
  it('reads every row of a table of needs by area that follows the request, and not the offer after it (es, docx)', async () => {
    const bytes = await docxWithTable(
      [
        'MISIÓN PERMANENTE DE LA REPÚBLICA DEL PARAGUAY ANTE LAS NACIONES UNIDAS',
        'Nueva York, 14 de marzo de 2024',
        'II. Necesidades',
        '3. El Gobierno del Paraguay solicita asistencia en las esferas siguientes:',
      ],
      [
        ['Esfera', 'Necesidad', 'Modalidad'],
        ['Inventario de materiales', 'Creación de un registro nacional de fuentes radiactivas', 'Asesoramiento técnico'],
        ['Aduanas', 'Equipos de detección para los pasos de frontera con el Brasil', 'Equipos y formación'],
        ['Fiscalía', 'Capacitación de fiscales en casos de tráfico ilícito y de intermediación de materiales nucleares', 'Talleres'],
      ],
      ['4. El Paraguay agradece la oferta de España de apoyar la protección física de sus instalaciones, que se examina por separado.'],
    );
    const extraction = await extractDocument({ bytes, fileName: 'solicitud.docx' });
    expect(extraction.assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
  });

  it.each([
    ['en', 'request.docx', ['Permanent Mission of Malaysia to the United Nations', '23 March 2030', 'The Permanent Mission has the honour to submit a request for assistance from the Government of Malaysia.'],
      ['Area', 'Current situation', 'Assistance sought'], ['Export controls', 'The Strategic Trade Act 2010 subjects exports, transit and brokering of strategic items to permits', 'Training of licensing officers in end-user verification']],
    ['fr', 'demande.docx', ['Mission permanente de la République du Bénin auprès des Nations Unies', 'New York, le 23 mars 2030', "La Mission permanente a l'honneur de présenter une demande d'assistance du Gouvernement du Bénin."],
      ['Domaine', 'Situation actuelle', 'Assistance demandée'], ["Contrôle des exportations", "La loi n° 2019-12 soumet à licence les exportations, le transit et le courtage des biens à double usage", 'Formation des agents chargés des licences à la vérification des utilisateurs finals']],
    // Help that names no element of its own: the row asks for its area's, and the brokering its situation cell names is in force.
    ['en', 'request.docx', ['Permanent Mission of Malaysia to the United Nations', '23 March 2030', 'The Permanent Mission has the honour to submit a request for assistance from the Government of Malaysia.'],
      ['Area', 'Current situation', 'Assistance sought'], ['Export controls', 'The Strategic Trade Act 2010 subjects exports, transit and brokering of strategic items to permits', 'Two training courses for the officials concerned']],
    ['fr', 'demande.docx', ['Mission permanente de la République du Bénin auprès des Nations Unies', 'New York, le 23 mars 2030', "La Mission permanente a l'honneur de présenter une demande d'assistance du Gouvernement du Bénin."],
      ['Domaine', 'Situation actuelle', 'Assistance demandée'], ["Contrôle des exportations", "La loi n° 2019-12 soumet à licence les exportations, le transit et le courtage des biens à double usage", 'Deux sessions de formation pour les agents concernés']],
  ])('reads a row of a table of needs by its area and its help, not by what its column on the current situation names (%s)', async (_language, fileName, before, header, row) => {
    const bytes = await docxWithTable(before, [header, row], []);
    const extraction = await extractDocument({ bytes, fileName });
    expect(extraction.assistanceRequested).toEqual(['op3d.export_control']);
  });

  it('keeps the area of a row whose situation and help cells a layout glued into one, where the header has a column on the situation (es)', async () => {
    const extraction = await extractText([
      'Gobierno de la República del Paraguay', 'Asunción, 3 de junio de 2030', 'El Gobierno del Paraguay solicita asistencia en las esferas siguientes:',
      'N.°\tÁrea\tSituación actual\tAsistencia solicitada',
      '4\tServicios vinculados a\tNo existe control alguno Capacitación de la',
      '\tlas exportaciones\tsobre la financiación ni\tSecretaría de',
      '\t\tel transporte de bienes\tPrevención de Lavado',
      '\t\tsensibles\ten la supervisión de esos servicios',
    ].join('\n').split('\n\n'));
    expect(extraction.assistanceRequested).toContain('op3d.financing_services');
  });

  it('ends a request list at the next numbered paragraph of the body (en)', async () => {
    const extraction = await extractText([
      'Government of the Republic of Zambia',
      'Lusaka, 3 June 2024',
      'VI. Assistance',
      '21. Zambia requests assistance in the following areas:',
      '- the drafting of a chemical weapons bill;',
      '- a national control list and licensing procedures for dual-use goods.',
      '22. Zambia thanks Japan for the radiation detection equipment delivered to its border posts at Chirundu in 2021.',
    ]);
    expect(extraction.assistanceRequested.sort()).toEqual(['op2.chemical', 'op3d.export_control']);
  });

  it('keeps lettered items nested under a numbered request (fr)', async () => {
    const extraction = await extractText([
      'République du Bénin',
      'Cotonou, le 5 février 2024',
      '7. Le Bénin sollicite une assistance pour :',
      'a) la mise en place d\'un inventaire national des agents pathogènes;',
      'b) la formation des douaniers à la détection des matières radioactives.',
      '8. Le Bénin a adopté en 2019 une loi sur les armes chimiques.',
    ]);
    expect(extraction.assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
  });

  it('reads needs listed under their own heading without a sentence asking for help (en)', async () => {
    const extraction = await extractText([
      'Government of Belize',
      'Belmopan, 12 August 2024',
      'IV. Assistance needs',
      '- Radiation detection equipment for the ports of Belize City and Big Creek',
      '- A register of radioactive sources held by hospitals',
      'V. Legislation',
      '9. The Chemical Weapons Act 2017 prohibits the use of chemical weapons.',
    ]);
    expect(extraction.assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
  });

  it('reads needs numbered under their own heading, leaving an offer aside (ru)', async () => {
    const extraction = await extractText([
      'Правительство Республики Таджикистан',
      'Душанбе, 10 сентября 2024 г.',
      'Потребности в содействии',
      '1. Оснащение таможенных постов на границе оборудованием для обнаружения радиоактивных материалов.',
      '2. Разработка национального контрольного списка и процедур лицензирования экспорта.',
      '3. Таджикистан предлагает поделиться опытом физической защиты с соседними государствами.',
    ]);
    expect(extraction.assistanceRequested.sort()).toEqual(['op3c.border_control', 'op3d.export_control']);
  });

  it.each([
    ['a list', '- '],
    ['paragraphs', ''],
  ])('passes over thanks for past help among needs written as %s, but not thanks that ask (es)', async (_form, marker) => {
    const extraction = await extractText([
      'Gobierno de la República Dominicana',
      'Santo Domingo, 10 de septiembre de 2024',
      'IV. Necesidades de asistencia',
      `${marker}La República Dominicana agradece al Japón los equipos de detección entregados en 2021 a los puestos fronterizos.`,
      `${marker}La República Dominicana agradecería recibir apoyo para establecer un registro de las fuentes radiactivas.`,
      'V. Legislación',
      '9. La Ley de 2017 sobre armas químicas prohíbe su empleo.',
    ]);
    expect(extraction.assistanceRequested).toEqual(['op3a.accounting']);
  });

  it.each([
    ['en', ['Government of the Republic of Malawi', 'Lilongwe, 3 June 2030', 'II. Assistance requested', 'The Government of Malawi requests assistance in the following areas:',
      '(a) Legislative assistance in drafting a law implementing the Chemical Weapons Convention, including criminal provisions on non-State actors;',
      '(b) Detection equipment for the border post at Mwanza.']],
    ['es', ['Gobierno de la República de Honduras', 'Tegucigalpa, 3 de junio de 2030', 'II. Asistencia solicitada', 'El Gobierno de Honduras solicita asistencia en las esferas siguientes:',
      '(a) Asistencia legislativa para la redacción de una ley de aplicación de la Convención sobre las Armas Químicas, incluidas las disposiciones penales relativas a los agentes no estatales;',
      '(b) Equipos de detección para el puesto fronterizo de Guasaule.']],
    ['ar', ['حكومة جمهورية موريتانيا', 'نواكشوط، 3 حزيران/يونيه 2030', 'ثانيا: المساعدة المطلوبة', 'تطلب حكومة موريتانيا المساعدة في المجالات التالية:',
      '(أ) المساعدة التشريعية في صياغة قانون تنفيذ اتفاقية الأسلحة الكيميائية، بما في ذلك الأحكام الجنائية المتعلقة بالجهات من غير الدول؛',
      '(ب) معدات للكشف عن الإشعاع في مركز روصو الحدودي.']],
  ])('reads an item that opens with the help asked as the request, not as a gap of what its object names (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.gaps).not.toContain('op1');
    expect(extraction.assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control']);
  });

  it('reads a table of needs that opens its section directly under the heading (zh)', async () => {
    const extraction = await extractDocument({
      bytes: utf8([
        '蒙古国政府',
        '2024年5月6日于乌兰巴托',
        '三、援助需求',
        '领域 | 需求',
        '海关 | 为边境口岸配备辐射探测设备',
        '出口管制 | 制定国家管制清单和许可程序',
        '四、国家立法',
        '《刑法》第300条禁止发展和使用化学武器。',
      ].join('\n')),
      fileName: 'needs.txt',
    });
    expect(extraction.assistanceRequested.sort()).toEqual(['op3c.border_control', 'op3d.export_control']);
  });
});

describe('a wish for help stated outright', () => {
  it.each([
    ['fr', 'Madagascar souhaite en conséquence bénéficier d\'une assistance dans les domaines suivants :', '- mise en place d\'un registre national des agents pathogènes détenus dans les laboratoires ;'],
    ['en', 'Tonga accordingly wishes to receive assistance in the following areas:', '- establishing a national register of pathogens held in laboratories;'],
    ['es', 'Tonga desea por ello recibir asistencia en las esferas siguientes:', '- establecimiento de un registro nacional de agentes patógenos en los laboratorios;'],
  ])('asks for the items listed after it, which state no measure (%s)', async (_lang, request, item) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', request, item]);
    expect(extraction.assistanceRequested).toEqual(['op3a.accounting']);
    expect(extraction.matrix).toEqual([]);
  });
});

describe('report type from the document\'s purpose', () => {
  // The reference clause runs from its opener to the verb that transmits: a report it names belongs to the letter referred to.
  it.each([
    ['en', 'The Permanent Mission of Fiji, with reference to the letter of the Chair dated 3 May 2030, in which the Committee asked for details of the national report of Fiji of 2019, has the honour to transmit the following answers.'],
    ['fr', "La Mission permanente du Gabon, se référant à la lettre de la Présidente du 3 mai 2030, dans laquelle le Comité demandait des précisions sur le rapport national du Gabon de 2019, a l'honneur de transmettre les réponses suivantes."],
    ['es', 'La Misión Permanente de Bolivia, haciendo referencia a la carta de la Presidencia de 3 de mayo de 2030, en la que el Comité pedía aclaraciones sobre el informe nacional de Bolivia de 2019, tiene el honor de transmitir las respuestas siguientes.'],
    ['ru', 'Постоянное представительство Монголии, ссылаясь на письмо Председателя от 3 мая 2030 года, в котором Комитет запросил пояснения к национальному докладу Монголии 2019 года, имеет честь препроводить следующие ответы.'],
    ['zh', '纳米比亚常驻联合国代表团向委员会主席致意，并提及主席2030年5月3日的信，该信要求澄清纳米比亚2019年国家报告中的若干资料，谨转交以下答复。'],
    ['ar', 'تهدي البعثة الدائمة لليمن تحياتها إلى رئيس اللجنة، وإشارة إلى رسالة الرئيس المؤرخة 3 أيار/مايو 2030، التي طلبت فيها اللجنة توضيحات بشأن التقرير الوطني لليمن لعام 2019، تتشرف بأن تقدم الردود التالية.'],
  ])('types a note that answers questions on a national report its reference clause names as additional_information (%s)', async (_language, sentence) => {
    const extraction = await extractText([sentence, '3 June 2030']);
    expect(extraction.reportType).toBe('additional_information');
  });

  it('keeps the type a note transmits after its reference clause (en)', async () => {
    const extraction = await extractText(['The Permanent Mission of Fiji, with reference to the letter of the Chair dated 3 May 2030, has the honour to transmit its first national report.', '3 June 2030']);
    expect(extraction.reportType).toBe('national_report');
  });

  // Updating or taking over from a contact point is designating one: "已更新其国家联络点", "接替原联络点".
  it.each([
    ['更新', '斐济常驻联合国代表团向委员会主席致意，谨通知委员会，斐济政府已更新其国家联络点：外交部裁军司司长陈明先生（c.ming@mfa.example.fj）。'],
    ['接替', '斐济常驻联合国代表团向委员会主席致意，谨通知委员会，陈明先生（c.ming@mfa.example.fj）接替2020年照会所通报的原联络点。'],
  ])('types a Chinese note whose contact point is %s as point_of_contact', async (_verb, sentence) => {
    const extraction = await extractText(['斐济常驻联合国代表团', sentence, '2030年6月3日于纽约']);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it('types a note whose purpose is to designate a contact point as point_of_contact (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Беларусь при Организации Объединенных Наций',
      'Постоянное представительство свидетельствует свое уважение Председателю Комитета и имеет честь сообщить, что Правительство назначило национальным координатором по резолюции 1540 (2004) г-жу Ольгу Ковалеву (o.kovaleva@mfa.example.by).',
      'Нью-Йорк, 4 апреля 2024 года',
    ]);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it.each([
    ['says with the verb سمّى that contacts were designated, though it cites its national report', [
      'البعثة الدائمة للمملكة الأردنية الهاشمية لدى الأمم المتحدة',
      'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيطه علماً بأن الحكومة قد سمّت السيدة ليلى حداد (l.haddad@mfa.example.jo) جهة الاتصال الوطنية لأغراض القرار 1540 (2004).',
      'ولا يزال التقرير الوطني الذي قدمته المملكة في عام 2006 يمثل الإطار العام لتنفيذ القرار.',
      'عمّان، 3 آذار/مارس 2026',
    ]],
    ['tells of the changes made to the list of contacts, though its report stays valid', [
      'البعثة الدائمة لدولة قطر لدى الأمم المتحدة',
      'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيطه علما بالتعديلات التي أدخلتها الحكومة على قائمة جهات الاتصال الوطنية، وهي: السيد جاسم علي المري (j.almarri@mofa.example.qa).',
      'وتبقى المعلومات الواردة في التقرير الوطني الذي قدمته الدولة في عام 2021 سارية دون تغيير.',
      'الدوحة، 3 آذار/مارس 2030',
    ]],
  ])('types a note that %s as point_of_contact (ar)', async (_case, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it.each([
    ['en', 'The Permanent Mission of Fiji has the honour to submit an update of the information on its implementation of resolution 1540 (2004).'],
    ['fr', "La Mission permanente du Gabon a l'honneur de transmettre une mise à jour des informations relatives à l'application de la résolution 1540 (2004)."],
    ['es', 'La Misión Permanente de Bolivia tiene el honor de transmitir una actualización de la información sobre la aplicación de la resolución 1540 (2004).'],
    ['ru', 'Постоянное представительство Монголии имеет честь препроводить обновление информации об осуществлении резолюции 1540 (2004).'],
    ['ar', 'تتشرف البعثة الدائمة لليمن بأن تقدم تحديث المعلومات المتعلقة بتنفيذ القرار 1540 (2004).'],
  ])('types a note that submits an update of the information as additional_information (%s)', async (_language, sentence) => {
    const extraction = await extractText([sentence, '3 February 2030']);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['en', 'The Permanent Mission of Fiji has the honour to submit the needs identified by its national committee on weapons of mass destruction.'],
    ['fr', "J'ai l'honneur de vous faire part des besoins recensés par le Comité national sur les armes de destruction massive du Gabon."],
    ['es', 'La Misión Permanente de Bolivia tiene el honor de transmitir las necesidades determinadas por su comité nacional sobre armas de destrucción masiva.'],
    ['ru', 'Постоянное представительство Монголии имеет честь препроводить потребности, выявленные национальным комитетом по оружию массового уничтожения.'],
    ['zh', '斐济常驻代表团谨转交本国大规模毁灭性武器委员会确定的需求。'],
    ['ar', 'تتشرف البعثة الدائمة لليمن بأن تحيل الاحتياجات التي حددتها اللجنة الوطنية المعنية بأسلحة الدمار الشامل.'],
  ])('types a note whose verb of transmission has the needs as its object as assistance_request (%s)', async (_language, sentence) => {
    const extraction = await extractText([sentence, '3 February 2030']);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it('types a note that submits "طلباً للمساعدة", the help after لـ, as assistance_request (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لليمن لدى الأمم المتحدة',
      'تهدي البعثة الدائمة لليمن أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تقدم طلباً للمساعدة في تعزيز التنفيذ الوطني للقرار.',
      'نيويورك، في 3 شباط/فبراير 2030',
    ]);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it('keeps a national report that lists its contact points a national report (en)', async () => {
    const extraction = await extractText([
      'Republic of Botswana',
      'National report on the implementation of resolution 1540 (2004)',
      'Gaborone, 2 May 2024',
      '1. The Chemical Weapons (Prohibition) Act 2018 prohibits the development and use of chemical weapons.',
      'National points of contact',
      '2. The national points of contact are Ms. Kagiso Molefe (k.molefe@mofa.example.bw) and Mr. Tumelo Sebele (t.sebele@burs.example.bw).',
    ]);
    expect(extraction.reportType).toBe('national_report');
  });

  it.each([
    ['Plan Nacional de Acción de la República del Paraguay para la aplicación de la resolución 1540 (2004), 2026-2029', 'es'],
    ["Plan national d'action de la République du Niger pour la mise en œuvre de la résolution 1540 (2004), 2026-2029", 'fr'],
  ])('types a plan whose title puts "national" between "plan" and "action" as an action plan: %s', async (title) => {
    const extraction = await extractText([title, '1. Presentación', 'El Plan identifica las medidas vigentes y las acciones previstas.']);
    expect(extraction.reportType).toBe('action_plan');
  });

  it.each([
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and has the honour to transmit herewith the request of the Government of the Republic of Zambia for assistance in implementing resolution 1540 (2004).', 'Lusaka, 2 May 2026']],
    ['ru', ['Постоянное представительство Кыргызской Республики при Организации Объединенных Наций', 'Постоянное представительство свидетельствует свое уважение Председателю Комитета и имеет честь препроводить настоящим запрос Правительства Кыргызской Республики об оказании содействия в осуществлении резолюции 1540 (2004).', 'Нью-Йорк, 2 мая 2026 года']],
    ['ru, a heading', ['Постоянное представительство Кыргызской Республики при Организации Объединенных Наций', 'Запрос об оказании содействия', 'Лабораториям требуется обучение персонала.']],
  ])('types a note transmitting a request whose sender stands between the request and the assistance asked for as an assistance request (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it.each([
    ['en', ['Ministry of Foreign Affairs of the Kingdom of Tonga', "Nuku'alofa, 2 May 2030", 'I have the honour to transmit the request of the Kingdom of Tonga to obtain assistance in the areas set out below.']],
    ['fr', ['Ministère des affaires étrangères du Royaume du Maroc', 'Rabat, le 2 mai 2030', "J'ai l'honneur de vous transmettre la demande du Royaume du Maroc visant à obtenir une assistance dans les domaines ci-après."]],
    ['es', ['Ministerio de Relaciones Exteriores de la República del Paraguay', 'Asunción, 2 de mayo de 2030', 'Tengo el honor de transmitirle la solicitud de la República del Paraguay para obtener asistencia en las esferas siguientes.']],
    ['ru', ['Министерство иностранных дел Кыргызской Республики', 'Бишкек, 2 мая 2030 года', 'Имею честь препроводить просьбу Кыргызской Республики о получении содействия в следующих областях.']],
    ['zh', ['蒙古国外交部', '2030年5月2日，乌兰巴托', '谨转递蒙古国关于请求获得援助的来文，所涉领域如下。']],
    ['ar', ['سلطنة عُمان', 'مسقط في: 2 مايو 2030', 'يسرّني أن أحيل إليكم طلب سلطنة عُمان الحصول على المساعدة في المجالات المبينة أدناه.']],
  ])('types a letter transmitting the request of the state, by its own name, to obtain assistance as an assistance request (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it.each([
    ['INFORME NACIONAL ACTUALIZADO DE LA REPÚBLICA DEL PARAGUAY SOBRE LA APLICACIÓN DE LA RESOLUCIÓN 1540 (2004)', 'es'],
    ['Rapport national actualisé du Niger sur la mise en œuvre de la résolution 1540 (2004)', 'fr'],
    ['Updated national report of Zambia on the implementation of resolution 1540 (2004)', 'en'],
  ])('types a national report its title calls updated as additional information: %s', async (title) => {
    const extraction = await extractText([title, '1. The Chemical Weapons (Prohibition) Act 2018 prohibits the development and use of chemical weapons.']);
    expect(extraction.reportType).toBe('additional_information');
  });

  it('reads "national report" inside an updated national report\'s title for the update only, so the body\'s "this national report" does not outweigh it (es)', async () => {
    const extraction = await extractText(['Informe nacional actualizado de la República del Paraguay', '1. Este informe nacional recoge los cambios normativos posteriores.']);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['es', ['República del Paraguay', '1. Paraguay presentó su primer informe nacional al Comité el 26 de octubre de 2004. El presente documento actualiza esa información.', '2. La Ley N° 18.730 prohíbe las armas químicas.']],
    ['en', ['Republic of Zambia', '1. Zambia submitted its first national report to the Committee in 2005. This document updates that information.', '2. The Chemical Weapons Act 2018 prohibits chemical weapons.']],
    ['ru', ['Кыргызская Республика', '1. Кыргызская Республика представила свой первый национальный доклад в 2005 году. Настоящий документ обновляет эту информацию.', '2. Уголовный кодекс запрещает химическое оружие.']],
  ])('types a text that says it updates a first report made in the past as additional information (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['Sharing experience in implementing resolution 1540 (2004): practices that have worked for Zambia', 'en'],
    ["Partage d'expériences du Niger dans la mise en œuvre de la résolution 1540 (2004)", 'fr'],
    ['Обмен опытом Кыргызской Республики в осуществлении резолюции 1540 (2004)', 'ru'],
  ])('types a paper whose title shares the state\'s experience as effective practices: %s', async (title) => {
    const extraction = await extractText(['Permanent Mission to the United Nations', title, 'Customs and police share one targeting unit under the Customs Act of 2007.']);
    expect(extraction.reportType).toBe('effective_practices');
  });

  it.each([
    ['fr', 'Pratiques effectives du Gabon dans la mise en œuvre de la résolution 1540 (2004)'],
    ['es', 'Una práctica eficaz del Paraguay: la ventanilla única de licencias'],
    ['es', 'Prácticas efectivas de Bolivia en el control de fronteras'],
    ['fr', 'Enseignements tirés par le Gabon du contrôle des frontières'],
    ['es', 'Lecciones aprendidas por el Paraguay en el control de fronteras'],
    ['ru', 'Извлеченные уроки Кыргызской Республики в пограничном контроле'],
    ['zh', '斐济在边境管制方面的经验教训'],
    ['ar', 'الدروس المستفادة من تجربة اليمن في مراقبة الحدود'],
  ])('types a paper whose title names effective practices or lessons learned as effective practices (%s): %s', async (_language, title) => {
    const extraction = await extractText(['Permanent Mission to the United Nations', title, 'Customs and police share one targeting unit under the Customs Act of 2007.']);
    expect(extraction.reportType).toBe('effective_practices');
  });

  // Giving the updated list of contacts is designating them: "la liste actualisée des points de contact", "актуализированный список".
  it.each([
    ['fr', "La Mission permanente du Gabon présente ses compliments au Président du Comité et a l'honneur de lui communiquer la liste actualisée des points de contact nationaux du Gabon pour la mise en œuvre de la résolution 1540 (2004), qui figure ci-après à l'intention du Comité et de ses experts."],
    ['ru', 'Постоянное представительство Монголии свидетельствует свое уважение Председателю Комитета и имеет честь препроводить актуализированный список контактных лиц Монголии по осуществлению резолюции 1540 (2004).'],
  ])('types a note that gives the updated list of its contact points as point_of_contact (%s)', async (_language, sentence) => {
    const extraction = await extractText([sentence, 'Le rapport national présenté en 2005 reste valable.', '3 June 2030']);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it.each([
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and, with reference to its note dated 4 March 2025 on additional information, has the honour to transmit the following request for assistance.']],
    ['fr', ['Mission permanente de la République du Niger auprès des Nations Unies', "La Mission permanente présente ses compliments au Président du Comité et, se référant à sa note datée du 4 mars 2025 sur les informations complémentaires, a l'honneur de lui transmettre la demande d'assistance ci-après."]],
    ['ru', ['Постоянное представительство Кыргызской Республики при Организации Объединенных Наций', 'Постоянное представительство свидетельствует свое уважение Председателю Комитета и, ссылаясь на свою ноту от 4 марта 2025 года о дополнительной информации, имеет честь препроводить запрос об оказании содействия.']],
    ['ar', ['البعثة الدائمة لدولة الكويت لدى الأمم المتحدة', 'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وبالإشارة إلى مذكرتها المؤرخة 4 آذار/مارس 2025 بشأن المعلومات الإضافية، تتشرف بأن تحيل إليه طلب المساعدة التالي.']],
    ['es', ['Misión Permanente de la República del Paraguay ante las Naciones Unidas', 'La Misión Permanente saluda al Presidente del Comité y, con referencia a su nota de fecha 4 de marzo de 2025 sobre la información adicional, tiene el honor de transmitir la siguiente solicitud de asistencia.']],
    ['zh', ['蒙古国常驻联合国代表团', '蒙古国常驻联合国代表团向委员会主席致意，并谨提及其2025年3月4日关于补充资料的照会，随函转递蒙古国的援助请求。']],
  ])('types a note by what it transmits, not by the sender\'s own earlier note on additional information it cites by date (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it.each([
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and, with reference to the national report submitted by Zambia on 4 March 2016, has the honour to request, on behalf of the Government of the Republic of Zambia, the assistance of the Committee in the areas below.', 'Lusaka, 2 May 2026']],
    ['fr', ['Mission permanente de la République du Niger auprès des Nations Unies', "La Mission permanente présente ses compliments au Président du Comité et, se référant au rapport national présenté par le Niger le 4 mars 2016, a l'honneur de solliciter, au nom du Gouvernement de la République du Niger, l'assistance du Comité dans les domaines ci-après.", 'New York, le 2 mai 2026']],
    ['es', ['Misión Permanente de la República del Paraguay ante las Naciones Unidas', 'La Misión Permanente saluda al Presidente del Comité y, con referencia al informe nacional presentado por el Paraguay el 4 de marzo de 2016, tiene el honor de solicitar, en nombre del Gobierno de la República del Paraguay, la asistencia del Comité en las esferas siguientes.', 'Nueva York, 2 de mayo de 2026']],
    ['ru', ['Постоянное представительство Кыргызской Республики при Организации Объединенных Наций', 'Постоянное представительство свидетельствует свое уважение Председателю Комитета и, ссылаясь на национальный доклад, представленный Кыргызской Республикой 4 марта 2016 года, имеет честь просить от имени Правительства Кыргызской Республики об оказании содействия в следующих областях.', 'Нью-Йорк, 2 мая 2026 года']],
    ['ar', ['البعثة الدائمة لدولة الكويت لدى الأمم المتحدة', 'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف، إشارة إلى التقرير الوطني الذي قدمته الكويت في 4 آذار/مارس 2016، بأن تطلب باسم حكومة دولة الكويت مساعدة اللجنة في المجالات المبينة أدناه.', 'نيويورك، في 2 أيار/مايو 2026']],
  ])('types a note that requests assistance on its Government\'s behalf as an assistance request, not by the earlier national report it refers to (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('assistance_request');
  });

  it.each([
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and has the honour to transmit herewith additional information on the implementation of resolution 1540 (2004). It updates the report of 2020 and makes an assistance request in part IV.', 'I. International instruments', 'Zambia is a party to the Chemical Weapons Convention.', 'IV. Assistance request', 'Zambia requests training for customs officers.']],
    ['zh', ['蒙古国常驻联合国代表团', '蒙古国常驻联合国代表团向委员会主席致意，并谨随函转交蒙古国关于执行第1540(2004)号决议的补充资料。本资料是对蒙古国2020年报告的更新，并在第四部分提出援助请求。', '一、国际文书', '蒙古国是《禁止化学武器公约》的缔约国。', '四、援助请求', '蒙古国请求为海关人员举办培训。']],
    ['ar', ['البعثة الدائمة لدولة الكويت لدى الأمم المتحدة', 'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيل إليه معلومات إضافية عن تنفيذ القرار 1540 (2004). وهي تحدث تقرير عام 2020 وتتضمن في الجزء الرابع طلب المساعدة.', 'أولا - الصكوك الدولية', 'الكويت دولة طرف في اتفاقية الأسلحة الكيميائية.', 'رابعا - طلب المساعدة', 'تطلب الكويت تدريب موظفي الجمارك.']],
  ])('types a note by what it transmits, not by the request a numbered part of it makes (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['fr', ['Mission permanente de la République du Niger auprès des Nations Unies', "La Mission permanente présente ses compliments au Président du Comité et a l'honneur de lui faire parvenir, en complément du rapport national présenté en 2016, le tableau ci-joint.", 'La loi n° 2018-12 interdit les armes chimiques.']],
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and has the honour to transmit, in addition to the national report submitted in 2016, the attached table.', 'The Chemical Weapons Act 2018 prohibits chemical weapons.']],
    ['es', ['Misión Permanente de la República del Paraguay ante las Naciones Unidas', 'La Misión Permanente saluda al Presidente del Comité y tiene el honor de remitir, como complemento del informe nacional presentado en 2016, el cuadro adjunto.', 'La Ley N° 18.730 prohíbe las armas químicas.']],
    ['ru', ['Постоянное представительство Кыргызской Республики при Организации Объединенных Наций', 'Постоянное представительство свидетельствует свое уважение Председателю Комитета и имеет честь препроводить в дополнение к национальному докладу 2016 года прилагаемую таблицу.', 'Уголовный кодекс запрещает химическое оружие.']],
  ])('types a note that transmits something in addition to its national report as additional information (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['ar', ['البعثة الدائمة لدولة الكويت لدى الأمم المتحدة', 'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تقدم إليه المعلومات الإضافية التالية عن التدابير التي اتخذتها الكويت منذ تقريرها السابق.', 'أولا - التشريعات', 'يحظر القانون رقم 12 لعام 2019 الأسلحة الكيميائية.', 'ثانيا - طلب المساعدة', 'تطلب الكويت تدريب موظفي الجمارك.']],
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee and has the honour to submit the following additional information on the measures taken since its previous report.', 'I. Legislation', 'The Chemical Weapons Act 2019 prohibits chemical weapons.', 'II. Assistance request', 'Zambia requests training for customs officers.']],
    ['fr', ['Mission permanente de la République du Niger auprès des Nations Unies', "La Mission permanente présente ses compliments au Président du Comité et a l'honneur de lui soumettre les informations complémentaires suivantes sur les mesures prises depuis son rapport précédent.", 'I. Législation', 'La loi n° 2019-12 interdit les armes chimiques.', "II. Demande d'assistance", 'Le Niger demande une formation pour ses douaniers.']],
  ])('types a note by the additional information it submits, not by the previous report that dates its measures (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('additional_information');
  });

  it.each([
    ['zh', ['蒙古国常驻联合国代表团', '蒙古国常驻联合国代表团向委员会主席致意，并谨转递蒙古国关于执行第1540（2004）号决议的最新情况。', '蒙古国《化学武器法》第6条禁止化学武器。']],
    ['zh', ['蒙古国常驻联合国代表团', '蒙古国常驻联合国代表团向委员会主席致意。本次更新按委员会矩阵的要素逐项列出。', '蒙古国《化学武器法》第6条禁止化学武器。']],
    ['en', ['Permanent Mission of the Republic of Zambia to the United Nations', 'The Permanent Mission presents its compliments to the Chair of the Committee. This update follows the elements of the Committee matrix.', 'The Chemical Weapons Act 2018 prohibits chemical weapons.']],
    ['es', ['Misión Permanente de la República del Paraguay ante las Naciones Unidas', 'La Misión Permanente saluda al Presidente del Comité. La presente actualización sigue los elementos de la matriz del Comité.', 'La Ley N° 18.730 prohíbe las armas químicas.']],
  ])('types a note that calls what it transmits an update as additional information (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.reportType).toBe('additional_information');
  });

  const measures = (sentence: string) => Array.from({ length: 14 }, (_, i) => `${i + 2}. ${sentence}`);

  it.each([
    ['en', 'The Permanent Mission of Zambia has the honour to transmit herewith the report of Zambia on the steps it has taken to implement resolution 1540 (2004).',
      'The Customs and Excise Act, section 12, allows officers to detain goods exported in breach of a prohibition or a restriction.',
      'Further information on this report may be obtained from Ms. Mutale Banda (m.banda@mfa.example.gov).'],
    ['es', 'La Misión Permanente del Paraguay tiene el honor de transmitir el informe del Paraguay sobre las medidas adoptadas para aplicar la resolución 1540 (2004).',
      'La Ley de Aduanas, artículo 12, faculta a los funcionarios para retener las mercancías exportadas en infracción de una prohibición.',
      'Para obtener información adicional puede dirigirse a la Sra. Rosa Vera (r.vera@mre.example.gov).'],
  ])('leaves a report whose opening names no type a national report, whatever its last paragraph offers (%s)', async (_language, opening, measure, enquiries) => {
    const extraction = await extractText([opening, ...measures(measure), enquiries]);
    expect(extraction.reportType).toBe('national_report');
  });

  it.each([
    ['en', 'The Permanent Mission of Zambia has the honour to provide an account of the measures adopted by Zambia since its report of 2019.'],
    ['fr', 'La Mission permanente du Niger a l\'honneur de rendre compte des mesures prises par le Niger depuis son rapport de 2019.'],
    ['es', 'La Misión Permanente del Paraguay tiene el honor de transmitir las respuestas a las preguntas sobre el informe presentado por el Paraguay en 2017.'],
    ['ru', 'Постоянное представительство Казахстана имеет честь сообщить о мерах, принятых Казахстаном после доклада 2019 года.'],
    ['zh', '蒙古国常驻联合国代表团谨通报蒙古国在2019年提交的报告之后采取的措施。'],
    ['ar', 'تتشرف البعثة الدائمة لدولة الكويت بأن توافي اللجنة بالتدابير التي اتخذتها الكويت بعد تقريرها لعام 2019.'],
  ])('types a note whose opening names no type but refers to the state\'s earlier report as additional information (%s)', async (_language, opening) => {
    const extraction = await extractText([opening, 'The Chemical Weapons Act 2021 prohibits chemical weapons.']);
    expect(extraction.reportType).toBe('additional_information');
  });

  it('reads a report\'s type past the entries of its table of contents', async () => {
    const extraction = await extractText([
      'Report of Zambia on the implementation of resolution 1540 (2004)', 'Contents', 'I. Introduction', 'II. Border controls', 'III. Contact for further information',
      'I. Introduction', ...measures('The Customs and Excise Act, section 12, allows officers to detain goods exported in breach of a prohibition or a restriction.'),
    ]);
    expect(extraction.reportType).toBe('national_report');
  });

  it('types a note that gives the new contact points, named in the Arabic dual, as point_of_contact (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لدولة قطر لدى الأمم المتحدة',
      'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيطه علماً بما يلي.',
      'وتحل جهتا الاتصال الجديدتان محل جهة الاتصال السابقة اعتباراً من 1 آذار/مارس 2026.',
      'الدوحة، 3 شباط/فبراير 2026',
    ]);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it('types a note that designates two contact points, "نقطتي الاتصال" in the dual, as point_of_contact although it says its earlier report remains valid (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لمملكة البحرين لدى الأمم المتحدة',
      'تهدي البعثة الدائمة أطيب تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيطه علماً بأن الحكومة قررت تسمية نقطتي الاتصال التاليتين بدلاً من السيد أحمد بن سالم الزياني الذي انتقل إلى مهام أخرى:',
      '1- السيد يوسف بن علي المناعي، وزارة الخارجية، البريد الإلكتروني: y.almannai@mofa.example.gov',
      'وتود البعثة أن تشير إلى أن التقرير الذي قدمته البحرين في عام 2018 لا يزال صالحاً.',
      'المنامة، 9 أيار/مايو 2026',
    ]);
    expect(extraction.reportType).toBe('point_of_contact');
  });

  it('types a Chair\'s letter that mentions a course for national contact points as a Committee text, not point_of_contact (es)', async () => {
    const extraction = await extractText([
      'Carta de la Presidencia del Comité',
      'Estimados colegas:',
      'El Comité organizó en Lima un curso para los puntos de contacto nacionales de la región, con la participación de quince Estados.',
      'Agradezco a los Estados de la región su participación activa.',
    ]);
    expect(extraction.reportType).toBe('committee_document');
  });
});

describe('needs grouped by area', () => {
  it('takes the items under each area heading of a request that opens a list', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Botswana', 'New York, 3 February 2030',
      '4. The Government of Botswana requests assistance in the following areas:',
      'Legislation',
      '- Expert support in drafting provisions prohibiting chemical weapons;',
      'Border and customs',
      '- Handheld radiation detectors for the main land border posts;',
      'Export control',
      '- Advice on a national control list and a licensing procedure for dual-use goods.',
    ]);

    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control', 'op3d.export_control']);
  });

  it('takes the paragraphs under a heading that asks for help, up to the closing courtesy', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Botswana', 'New York, 3 February 2030',
      'Assistance requested',
      'Area A - Biological materials: technical assistance to establish a national register of dangerous pathogens.',
      'Area B - Border control: training of customs officers in the interdiction of illicit trafficking.',
      'The Government would be grateful if the Committee could bring this letter to the attention of its partners.',
    ]);

    expect(assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
  });
});

describe('needs named by what they would set up', () => {
  it.each([
    ['services named one by one beside the exports', 'Servicios vinculados a exportaciones\tElaboración de normas sobre el control de la financiación y el transporte relacionados con la exportación de bienes de doble uso\tAsesoría jurídica', ['op3d.financing_services']],
    ['disused sources to secure', 'Fuentes radiactivas en desuso\tAseguramiento y traslado a un almacén centralizado de las fuentes en desuso\tAsistencia técnica', ['op3b.physical_protection']],
    ['a law on the means of delivery of the weapons', 'Législation\tRédaction de dispositions pénales interdisant le transfert de missiles et d\'autres vecteurs d\'armes nucléaires, chimiques ou biologiques\tAppui juridique', ['op2.delivery']],
  ])('maps %s', async (_what, row, elements) => {
    const { assistanceRequested } = await extractText([
      'Misión Permanente de la República de Honduras', 'Nueva York, 3 de febrero de 2030',
      `El Gobierno solicita asistencia en las áreas siguientes:\nÁrea\tNecesidad\tTipo de asistencia\n${row}`,
    ]);

    expect(assistanceRequested).toEqual(elements);
  });
});

describe('items lettered inside the request\'s own paragraph', () => {
  it('takes (a), (b) and "and (c)" as the request\'s items', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Botswana', 'New York, 3 February 2030',
      '16. Botswana requests assistance for: (a) finalizing the Chemical Weapons (Prohibition) Bill; (b) drafting physical protection requirements for radioactive sources; and (c) establishing a licensing system and a national control list for strategic goods.',
    ]);

    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3b.physical_protection', 'op3d.export_control']);
  });
});

describe('items lettered inside one sentence, read one by one', () => {
  it.each([
    ['en', 'Botswana requests assistance in the following: (a) training customs officers to detect illicit trafficking; (b) drafting controls on brokering and financing services related to sensitive exports.'],
    ['fr', "Le Niger sollicite une assistance pour : (a) la formation des douaniers à la détection du trafic illicite ; (b) l'élaboration de contrôles sur les services de courtage et de financement liés aux exportations sensibles."],
    ['ar', 'تطلب الحكومة المساعدة فيما يلي: (أ) تدريب موظفي الجمارك على كشف الاتجار غير المشروع؛ (ب) إعداد ضوابط على خدمات السمسرة والتمويل المرتبطة بالصادرات الحساسة.'],
  ])('illicit trafficking in one item leaves brokering controls in another to the services (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Government of the Republic of Botswana', 'Gaborone, 3 February 2030', sentence]);

    expect(assistanceRequested).toContain('op3c.border_control');
    expect(assistanceRequested).toContain('op3d.financing_services');
  });
});

describe('a request read object by object', () => {
  it.each([
    ['en', 'Malawi requests assistance in drafting its chemical weapons legislation and in securing radioactive sources at the central store.', ['op2.chemical', 'op3b.physical_protection']],
    ['en', 'Malawi requests assistance with legislative drafting for the Chemical Weapons Bill and for provisions prohibiting biological weapons.', ['op2.biological', 'op2.chemical']],
    ['fr', "Le Gouvernement sollicite une assistance pour la rédaction d'une loi sur les armes biologiques et pour la sécurisation des matières radioactives des hôpitaux.", ['op2.biological', 'op3b.physical_protection']],
  ])('a law on the weapons one object names, and materials another object names, are apart (%s)', async (_language, sentence, elements) => {
    const { assistanceRequested } = await extractText(['Government of the Republic of Malawi', 'Lilongwe, 3 February 2030', sentence]);

    expect(assistanceRequested.sort()).toEqual(elements);
  });

  it('a law on one weapon that also covers materials asks for no law on the weapon of those materials', async () => {
    const { assistanceRequested } = await extractText([
      'Government of the Republic of Malawi', 'Lilongwe, 3 February 2030',
      'Malawi requests assistance in drafting a chemical weapons law whose schedules also cover nuclear material.',
    ]);

    expect(assistanceRequested).toEqual(['op2.chemical']);
  });

  it.each([
    ['en', 'Malawi requests assistance in drafting provisions that prohibit the transfer of missiles to non-State actors, and in establishing a register of radioactive sources.'],
    ['fr', "Le Niger sollicite une assistance pour la rédaction d'une loi interdisant le transfert de vecteurs à des acteurs non étatiques, et pour l'établissement d'un registre des sources radioactives."],
    ['ru', 'Малави просит оказать помощь в подготовке законодательных положений, запрещающих передачу средств доставки негосударственным субъектам, и в создании реестра радиоактивных источников.'],
  ])('a law on the means of delivery, named with no word for weapons, is asked beside a register (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Government of the Republic of Malawi', 'Lilongwe, 3 February 2030', sentence]);

    expect(assistanceRequested.sort()).toEqual(['op2.delivery', 'op3a.accounting']);
  });
});

describe('a law on all three weapons asked beside other help', () => {
  it.each([
    ['en', 'Tonga requests assistance in drafting its Weapons of Mass Destruction Bill, which is to cover nuclear, chemical and biological weapons, and in training customs officers.'],
    ['fr', "Le Niger sollicite une assistance pour la rédaction d'une loi visant les armes nucléaires, chimiques et biologiques, ainsi que pour la formation des douaniers."],
    ['es', 'Honduras solicita asistencia para redactar una ley que abarque las armas nucleares, químicas y biológicas, así como para capacitar a los funcionarios de aduanas.'],
    ['ru', 'Таджикистан просит оказать помощь в разработке закона, охватывающего ядерное, химическое и биологическое оружие, а также в обучении сотрудников таможни.'],
    ['zh', '老挝请求协助起草涵盖核武器、化学武器和生物武器的法律，以及培训海关人员。'],
    ['ar', 'تطلب موريتانيا المساعدة في صياغة قانون يشمل الأسلحة النووية والكيميائية والبيولوجية، وفي تدريب موظفي الجمارك.'],
  ])('is a law on each of the three, as it is when asked alone (%s)', (_language, sentence) => {
    expect(elementsOfRequest(fold(sentence)).sort()).toEqual(['op2.biological', 'op2.chemical', 'op2.nuclear', 'op3c.border_control']);
  });

  it('still reads the resolution\'s phrase, the three weapons with their means of delivery, as no law\'s subject', () => {
    expect(elementsOfRequest(fold('Tonga requests assistance in drafting legislation on nuclear, chemical and biological weapons and their means of delivery, and in training customs officers.'))).toEqual(['op3c.border_control']);
  });
});

describe('a request worded as a courtesy', () => {
  it.each([
    ['es', 'Honduras agradecería recibir asistencia para el establecimiento de un sistema de licencias de exportación.'],
    ['fr', "Le Niger serait reconnaissant de recevoir une assistance pour l'établissement d'un régime de licences d'exportation."],
    ['en', 'Malawi would be grateful for assistance in establishing an export licensing system.'],
    ['ru', 'Республика Молдова была бы признательна за техническую помощь в создании системы лицензирования экспорта.'],
    ['ar', 'يطلب العراق المساعدة في إنشاء نظام لترخيص الصادرات.'],
  ])('is a request (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission', '3 February 2030', sentence]);

    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a request written in the first person, as a letter speaks for its state', () => {
  it.each([
    ['fr', "Nous sollicitons l'appui d'experts pour établir un régime de licences d'exportation."],
    ['fr', "Une aide est demandée pour établir un régime de licences d'exportation."],
    ['fr', "Nous souhaiterions bénéficier de conseils pour établir un régime de licences d'exportation."],
    ['es', 'Solicitamos asistencia para el establecimiento de un sistema de licencias de exportación.'],
    ['es', 'Agradeceríamos recibir apoyo para el establecimiento de un sistema de licencias de exportación.'],
    ['ru', 'Просим оказать техническую помощь в создании системы лицензирования экспорта.'],
    ['ar', 'نلتمس الدعم التقني في إنشاء نظام لترخيص الصادرات.'],
  ])('is a request (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);

    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });

  it('asks for the equipment it asks to be supplied (fr)', async () => {
    const { assistanceRequested } = await extractText(['Mission permanente de la République du Niger', 'New York, le 3 février 2030', 'Nous demandons la fourniture de détecteurs de rayonnements pour le port.']);

    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a request that points back to the sentence before it', () => {
  it.each([
    ['en', 'Financing and transport services related to exports are not yet subject to any control. Malawi also requests technical assistance in setting controls on these services.'],
    ['fr', "Les services financiers liés aux exportations ne font encore l'objet d'aucun contrôle. Le Niger sollicite une assistance technique pour l'établissement de contrôles sur ces services."],
    ['ru', 'Предоставление финансовых услуг, связанных с экспортом, пока не контролируется. Республика Молдова просит оказать техническую помощь в установлении контроля над этими услугами.'],
    ['ar', 'ولا تخضع الخدمات المالية المرتبطة بتصدير السلع الحساسة لأي رقابة. ويطلب العراق كذلك المساعدة في وضع ضوابط على هذه الخدمات.'],
  ])('asks for what that sentence names (%s)', async (_language, paragraph) => {
    const { assistanceRequested } = await extractText(['Permanent Mission', '3 February 2030', paragraph]);

    expect(assistanceRequested).toEqual(['op3d.financing_services']);
  });

  it('and one that does not point back asks for nothing the sentence before names', async () => {
    const { assistanceRequested } = await extractText(['Permanent Mission', '3 February 2030',
      'Financing and transport services related to exports are not yet subject to any control. Malawi also requests technical assistance for its national authority.']);

    expect(assistanceRequested).toEqual([]);
  });
});

describe('a need whose object is in the area cell and its securing in the need cell', () => {
  it.each([
    ['fr', 'Matières radioactives\tSécurisation des stocks orphelins\tAppui technique'],
    ['en', 'Disused sources\tSecuring and storage at a central facility\tTechnical support'],
  ])('is physical protection (%s)', async (_language, row) => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Malawi', 'New York, 3 February 2030',
      `The Government requests assistance in the following areas:\nArea\tNeed\tForm of assistance\n${row}`,
    ]);

    expect(assistanceRequested).toEqual(['op3b.physical_protection']);
  });
});

describe('needs asked for indirectly', () => {
  it('reads each numbered need by its own request, the title naming what a request leaves unsaid, and no next title as an item (en)', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Malawi', 'New York, 3 February 2030',
      'Needs of Malawi for the implementation of resolution 1540 (2004), in order of priority',
      '1. Legislation on chemical weapons',
      'The Penal Code contains no offence relating to chemical weapons. Malawi would welcome the help of legal experts in preparing amendments that would close this gap.',
      '2. Accounting for pathogens',
      'The Central Veterinary Laboratory keeps a register of dangerous pathogens on paper. Malawi would welcome support in computerizing this register.',
      '3. Customs and border controls',
      'The Customs Act of 2014 empowers customs officers to seize prohibited goods at every port of entry.',
      '4. Trade in dual-use goods',
      'No licence is required for the export of dual-use goods. An expert visit to advise on a national control list would be of great help.',
    ]);

    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3a.accounting', 'op3d.export_control']);
  });

  it.each([
    ['en', ['Customs officers at the airport have no means of detecting radioactive material and would benefit from training.'], ['op3c.border_control']],
    ['fr', ['Le Niger bénéficierait d\'un appui pour établir une liste nationale de contrôle des biens à double usage.'], ['op3d.export_control']],
    ['es', ['III. Asistencia solicitada', 'El Ecuador vería con agrado el apoyo de expertos para asegurar las fuentes radiactivas en desuso.'], ['op3b.physical_protection']],
    ['ru', ['Кыргызская Республика нуждается в техническом содействии в создании системы лицензирования экспорта.'], ['op3d.export_control']],
  ])('reads a request worded as a wish or a need (%s)', async (_, lines, elements) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', ...lines]);
    expect(assistanceRequested).toEqual(elements);
  });

  it('reads a law on two weapons and their means of delivery as those three, not as the resolution\'s phrase', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Tuvalu', 'New York, 3 February 2030',
      'Support in drafting provisions on chemical and biological weapons and their means of delivery would be most welcome.',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op2.biological', 'op2.chemical', 'op2.delivery']);
  });

  it('takes a list for export control only when it is a control list', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Tuvalu', 'New York, 3 February 2030',
      'Tuvalu requests assistance in training its customs officers, and asks that the request be sent to the providers listed on the Committee\'s website.',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a table that asks for help in a column of its own', () => {
  it('asks for a row\'s action where its cell is a yes, and for nothing where it is a no (fr, docx)', async () => {
    const bytes = await docxWithTable(
      ['RÉPUBLIQUE DU BÉNIN', 'Cotonou, le 3 février 2030', 'Plan d\'action national'],
      [
        ['N°', 'Action', 'Échéance', 'Assistance requise'],
        ['1', 'Élaborer une loi interdisant les armes chimiques', '2031', 'Oui (OIAC)'],
        ['2', 'Installer des portiques de détection aux frontières', '2031', 'Non'],
        ['3', 'Établir une liste nationale de contrôle des biens à double usage', '2032', 'Oui'],
      ],
      [],
    );
    const { assistanceRequested } = await extractDocument({ bytes, fileName: 'plan.docx' });
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3d.export_control']);
  });

  it('passes over a row whose help cell says none is needed, under a heading that asks (en)', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030',
      'Assistance requested',
      'Area\tMeasures in force\tAssistance needed\nChemical weapons legislation\tNo offence in the Penal Code\tDrafting of a chemical weapons bill\nPhysical protection\tRegulations of 2019 on the security of radioactive sources\tNot required\nCustoms\tCustoms Act 2010\tRadiation detectors for the border posts',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control']);
  });

  it('reads a column headed with the help required, with no sentence asking (ru)', async () => {
    const { assistanceRequested } = await extractText([
      'Постоянное представительство Республики Молдова', 'Нью-Йорк, 3 февраля 2030 г.',
      'Направление\tДействующие меры\tТребуемое содействие\nПограничный контроль\tТаможенный кодекс 2010 г.\tПоставка переносных детекторов излучения для пунктов пропуска\nФизическая защита\tПоложение о физической защите радиоактивных источников\tПомощь не требуется',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('reads a yes or no in full-width brackets by its mark, not by the help or the reason beside it (zh)', async () => {
    const { assistanceRequested } = await extractText([
      '蒙古国常驻联合国代表团', '2030年2月3日于纽约',
      '领域\t现状\t目标\t是否需要援助\n化学武器\t尚无禁止化学武器的法律\t起草化学武器法\t否（由司法部自行起草）\n衡算\t放射源登记册由核能局保存\t建立电子登记系统\t否（软件已由伙伴国提供）\n边境管制\t海关在机场执法\t在陆路口岸安装辐射探测设备\t是（设备与培训）',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('reads a no for the time being ("Non pour le moment") as a no (fr)', async () => {
    const { assistanceRequested } = await extractText([
      'MISSION PERMANENTE DE LA RÉPUBLIQUE DU TCHAD', 'New York, le 3 février 2030',
      'Domaine\tSituation actuelle\tAssistance requise ?\nContrôle des exportations\tAucune liste de contrôle\tNon pour le moment\nDouanes\tPas de détecteurs aux postes frontaliers\tOui',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('reads a layout export\'s table with no rule, whose rows stand apart by blank lines and wrap in their own columns (en, txt)', async () => {
    const text = [
      'PERMANENT MISSION OF THE REPUBLIC OF PALAU TO THE UNITED NATIONS',
      '',
      'New York, 3 February 2030',
      '',
      'Action table',
      '',
      'Area              Baseline                        Target                    Assistance?',
      '',
      'Chemical          No offence covers the use of    Chemical Weapons Act      Yes: legal',
      'weapons           chemical weapons                adopted                   drafting',
      '',
      'Export            Export licensing under the      Control list issued       No',
      'licensing         Trade Act 2012, section 9',
      '',
      'Border            Customs has no radiation        Detectors at the two      Yes: portal',
      'control           detectors                       seaports                  monitors',
      '',
      'Page 2 of 3',
    ].join('\n');
    const { assistanceRequested } = await extractDocument({ bytes: utf8(text), fileName: 'plan.txt' });
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control']);
  });

  it('reads a column that asks whether help is required, verb first, beside a column on the kind of help (ru)', async () => {
    const { assistanceRequested } = await extractText([
      'Постоянное представительство Кыргызской Республики', 'Нью-Йорк, 3 февраля 2030 г.',
      '№\tНаправление\tТекущее состояние\tТребуется помощь\tВид помощи\n1\tКонтроль на границе\tДетекторы только в аэропорту\tДа\tПоставка детекторов\n2\tРеестр химических веществ\tВедется\tНет\t-\n3\tЛицензирование экспорта\tЗакон действует\tНет\tПолучена в 2029 году',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('asks for each area a yes row lists with semicolons, not only for the law its first area asks (ru)', async () => {
    const { assistanceRequested } = await extractText([
      'Постоянное представительство Кыргызской Республики', 'Нью-Йорк, 3 февраля 2030 г.',
      '№\tНаправление\tТекущее состояние\tТребуется помощь\n1\tЗапрет химического оружия; биобезопасность лабораторий\tПроект закона готовится\tДа',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3b.physical_protection']);
  });

  it('reads "с учетом" (taking into account) in a request as no accounting (ru)', async () => {
    const { assistanceRequested } = await extractText([
      'Постоянное представительство Кыргызской Республики', 'Нью-Йорк, 3 февраля 2030 г.',
      '3. С учетом сказанного Правительство просит оказать содействие в поставке детекторов излучения для таможни.',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('leaves the measures in force that such a table describes to the matrix: its header asks for nothing itself (ru)', async () => {
    const { matrix, assistanceRequested } = await extractText([
      'Постоянное представительство Республики Молдова', 'Нью-Йорк, 3 февраля 2030 г.',
      'Направление\tДействующие меры\tТребуемое содействие\nПограничный контроль\tТаможенный кодекс Республики Молдова (статья 12) устанавливает радиационный контроль на границе\tПоставка переносных детекторов излучения для пунктов пропуска\nФизическая защита\tПоложение о физической защите радиоактивных источников (постановление № 112)\tПомощь не требуется',
    ]);
    expect(matrix.map((m) => m.element).sort()).toEqual(['op3b.physical_protection', 'op3c.border_control']);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('leaves them to the matrix under a heading of needs too: the rows ask through their help column alone (es)', async () => {
    const { matrix, assistanceRequested } = await extractText([
      'Misión Permanente de la República de Honduras', 'Nueva York, 3 de febrero de 2030',
      'Necesidades de asistencia',
      'Ámbito\tSituación actual\tAsistencia solicitada\nControles fronterizos\tEl Código Aduanero de 2015 (artículo 40) faculta a la aduana para inspeccionar y decomisar mercancías prohibidas en las fronteras\tSuministro de detectores de radiación portátiles\nArmas químicas\tLa Ley n.º 5/2018 prohíbe a los agentes no estatales desarrollar, adquirir o emplear armas químicas\tFormación de fiscales en la aplicación de la ley sobre armas químicas',
    ]);
    expect(matrix.map((m) => m.element).sort()).toEqual(['op2.chemical', 'op3c.border_control']);
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control']);
  });
});

describe('a help column beside a column on the present situation', () => {
  it.each([
    ['en', 'Area | Present situation | Assistance sought', '4. Export controls | There is no licensing system for dual-use exports, nor any control of the financing or transport services connected with them. | Advice on drafting a national control list.', 'op3d.export_control'],
    ['zh', '序号 | 领域 | 现状 | 所需援助', '2 | 病原体登记 | 原子能许可证局依据《原子能许可证法》维护放射源登记册；病原体尚无登记制度。 | 协助建立病原体登记制度。', 'op3a.accounting'],
  ])('asks for what the help and the row\'s label name, not for what the situation says is missing (%s)', async (_language, header, needs, asked) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Fiji', 'New York, 3 February 2030', `${header}\n${needs}`]);
    expect(assistanceRequested).toEqual([asked]);
  });
});

describe('transport services by their other names', () => {
  it.each([
    ['en', 'Training of the Financial Intelligence Unit on controls of related shipping services.'],
    ['fr', 'Formation de la cellule de renseignement financier au contrôle des services de fret.'],
    ['es', 'Capacitación de la unidad de inteligencia financiera en el control de los servicios de transporte.'],
    ['ru', 'Обучение сотрудников подразделения финансовой разведки контролю транспортных услуг.'],
    ['zh', '培训金融情报机构人员对航运服务实施管制。'],
    ['ar', 'تدريب وحدة الاستخبارات المالية على مراقبة خدمات الشحن.'],
  ])('asks for controls on financing and related services (%s)', async (_language, help) => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Fiji', 'New York, 3 February 2030', `Area | Present situation | Assistance sought\n6. Related services | — | ${help}`,
    ]);
    expect(assistanceRequested).toEqual(['op3d.financing_services']);
  });
});

describe('a request said in a whole sentence', () => {
  it('takes no numbered paragraph after it as its item: the body goes on (en)', async () => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Fiji', 'New York, 3 February 2030',
      'I have the honour to submit to the Committee a request for assistance, prepared by the Inter-Ministerial Committee.',
      '1. Fiji is a party to the Convention on the Physical Protection of Nuclear Material and to the Chemical Weapons Convention.',
      '2. Fiji seeks assistance in training customs officers to detect radioactive material.',
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a help column headed with the need for help', () => {
  it.each([
    ['en', 'Permanent Mission of Fiji', 'Element\tLegal basis\tStatus\tNeed for assistance', 'yes: radiation detectors for the border posts', 'no'],
    ['fr', 'Mission permanente du Gabon', 'Élément\tBase juridique\tSituation\tBesoin d\'assistance', 'oui : détecteurs de rayonnements pour les postes frontières', 'non'],
    ['es', 'Misión Permanente de Bolivia', 'Elemento\tBase jurídica\tSituación\tNecesidad de asistencia', 'sí: detectores de radiación para los pasos fronterizos', 'no'],
    ['ru', 'Постоянное представительство Монголии', 'Пункт\tПравовая основа\tСтатус\tПотребность в помощи', 'да: детекторы излучения для пунктов пропуска на границе', 'нет'],
    ['zh', '瑙鲁常驻联合国代表团', '要素\t法律依据\t现状\t援助需求', '是：为边境口岸提供辐射探测设备', '否'],
    ['ar', 'البعثة الدائمة لقطر', 'العنصر\tالأساس القانوني\tالحالة\tالحاجة إلى المساعدة', 'نعم: أجهزة الكشف عن الإشعاع للمنافذ الحدودية', 'لا'],
  ])('asks, row by row, what a "yes" with its help describes (%s)', async (_language, mission, header, yes, no) => {
    const { assistanceRequested } = await extractText([
      mission, '3 February 2030',
      `${header}\nOP 3 (c)\tCustoms Code 2010, art. 12\tIn force\t${yes}\nOP 3 (b)\tRegulation No. 5 of 2019\tIn force\t${no}`,
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('help against the financing of proliferation', () => {
  it.each([
    ['zh', '老挝政府请求在下列领域获得援助：', '(a) 对商业银行和金融情报机构开展关于防止扩散融资的培训。'],
    ['en', 'The Government requests assistance in the following areas:', '(a) training of commercial banks and the financial intelligence unit on countering proliferation financing.'],
  ])('asks for the control of financial services (%s)', async (_lang, request, item) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', request, item]);
    expect(extraction.assistanceRequested).toEqual(['op3d.financing_services']);
  });
});

describe('a need that asks for one of the two things its area names', () => {
  it.each([
    ['ar', ['المجال\tالوضع الحالي\tالاحتياجات', 'حصر المصادر المشعة وتأمينها\tلا توجد لوائح تنظم الحماية المادية للمصادر.\tتأمين المستودع الوطني للمصادر المشعة المهملة وتزويده بأنظمة إنذار.']],
    ['en', ['Area\tCurrent situation\tNeeds', 'Accounting for and securing radioactive sources\tNo rules on the physical protection of sources.\tSecuring the national store of disused radioactive sources with alarms.']],
  ])('asks for what its help cell names (%s)', async (_lang, lines) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', lines.join('\n')]);
    expect(extraction.assistanceRequested).toEqual(['op3b.physical_protection']);
  });

  it('keeps the area\'s element where the help names another thing (en)', async () => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', [
      'Area\tCurrent status\tAssistance requested',
      'OP 2 - biological weapons\tNo law prohibits biological weapons.\tLegal drafting assistance to finalize the Bill, including offences for non-State actors.',
    ].join('\n')]);
    expect(extraction.assistanceRequested).toEqual(['op2.biological']);
  });
});

describe('a table whose wrapped cells end a row with their stops', () => {
  it.each([
    ['en', ['Area\tCurrent situation\tAssistance sought\tPriority', 'Border control\tCustoms exercise search powers under the\tHandheld detectors for customs officers at\tMedium', 'Customs Act 2013, section 42.\tthe ports.', 'Export control\tThere is no licensing of exports of dual-use\tAdvice on adopting a national control list\tHigh', 'goods.\tand licensing rules.']],
    ['es', ['Área\tSituación actual\tAsistencia solicitada\tPrioridad', 'Control fronterizo\tLas aduanas ejercen facultades de inspección según la\tDetectores portátiles para los funcionarios de\tMedia', 'Ley de Aduanas de 2013, artículo 42.\taduanas en los puertos.', 'Control de las exportaciones\tNo existe un sistema de licencias de exportación de bienes\tAsesoramiento para adoptar una lista nacional de control\tAlta', 'de doble uso.\ty normas de licencias.']],
  ])('goes on to the next row, which asks through the same help column (%s)', async (_lang, lines) => {
    const { assistanceRequested } = await extractDocument({ bytes: utf8(['Permanent Mission of Tonga', '', 'New York, 3 March 2030', '', ...lines].join('\n')), fileName: 'document.txt' });
    expect(assistanceRequested.sort()).toEqual(['op3c.border_control', 'op3d.export_control']);
  });
});

describe('a request for rows of a table named by their numbers', () => {
  const plan = 'Núm.\tAcción\tResponsable\tPlazo\n1 Elaborar un anteproyecto de ley que tipifique las armas nucleares y químicas\tMinisterio\t2031\n2 Adoptar un reglamento de seguridad física de fuentes radiactivas\tMinisterio\t2031\n3 Dotar de detectores de radiación a los puertos\tAutoridad Portuaria\t2032';

  it('asks for what those rows are about (es)', async () => {
    const { assistanceRequested } = await extractText([
      'Misión Permanente de la República de Honduras', 'Nueva York, 3 de febrero de 2030', plan,
      'Para la ejecución de las acciones 1 y 3, Honduras solicita asistencia técnica de los Estados que estén en condiciones de prestarla.',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op2.nuclear', 'op3c.border_control']);
  });

  it('keeps to its own subject where it names one (es)', async () => {
    const { assistanceRequested } = await extractText([
      'Misión Permanente de la República de Honduras', 'Nueva York, 3 de febrero de 2030', plan,
      'Honduras solicita asistencia para redactar las disposiciones de la acción 1 relativas a las armas químicas.',
    ]);
    expect(assistanceRequested).toEqual(['op2.chemical']);
  });
});

describe('a law asked on the Convention\'s own words for biological weapons', () => {
  it.each([
    ['en', 'Fiji would be grateful for technical support in drafting legislation on biological agents and toxins.'],
    ['fr', "Le Niger sollicite une assistance pour la rédaction d'une loi sur les agents biologiques et les toxines."],
  ])('is a law on biological weapons (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);
    expect(assistanceRequested).toEqual(['op2.biological']);
  });
});

describe('a bill asked for by its title, named where the text says which prohibition is missing', () => {
  it.each([
    ['en', ['5. There is as yet no law that prohibits chemical weapons. A Hazardous Substances Control Bill is being prepared by the Ministry of Justice.', '9. Fiji requests assistance in drafting the Hazardous Substances Control Bill.']],
    ['fr', ["5. Aucune loi n'interdit encore les armes chimiques; un projet de loi sur les substances dangereuses est en préparation.", "9. Le Niger sollicite une assistance pour la rédaction de la loi sur les substances dangereuses."]],
  ])('is a law on the weapon whose ban is missing (%s)', async (_language, lines) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', ...lines]);
    expect(assistanceRequested).toEqual(['op2.chemical']);
  });

  it('leaves to other texts the lacks stated before the clause that names the bill (en)', async () => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030',
      '5. There is as yet no law that prohibits biological weapons, and no licensing of dual-use exports; a Strategic Goods Bill is being drafted.',
      '9. Fiji requests assistance in drafting the Strategic Goods Bill.']);
    expect(assistanceRequested).not.toContain('op2.biological');
  });
});

describe('help looked forward to', () => {
  it.each([
    ['en', 'Fiji looks forward to receiving technical support to train its customs officers in identifying dual-use goods.'],
    ['ar', 'وتتطلع دولة فيجي إلى الحصول على دعم تقني لتدريب موظفي الجمارك على التعرف على هذه السلع.'],
  ])('is a request (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a help column that says "no" and why', () => {
  it('asks nothing for a row whose cell opens with the mark and goes on with the reason (fr)', async () => {
    const { assistanceRequested } = await extractText([
      'Mission permanente de la République du Bénin', 'New York, le 3 février 2030',
      'N°\tAction\tResponsable\tÉchéance\tAssistance demandée\n1.1 Adoption de la loi sur les armes chimiques\tMinistère de la justice\t2031\tOui : expertise juridique\n3.2 Portiques de détection des rayonnements au port de Cotonou\tDouanes\t2031\tNon : équipement fourni en 2029',
    ]);
    expect(assistanceRequested).toEqual(['op2.chemical']);
  });
});

describe('offers in Chinese', () => {
  it.each([
    ['help given to others "upon request" (应请求)', '我国继续向邻国提供出口管制培训，并愿应请求向其他国家提供类似援助。'],
    ['a visit offered, with the requests for it', '我国愿意接待其他国家海关人员来访考察，有关请求可在访问日期前30天提出。'],
  ])('ask nothing: %s', async (_what, sentence) => {
    const { assistanceRequested } = await extractText(['瑙鲁常驻联合国代表团', '2030年2月3日', sentence]);
    expect(assistanceRequested).toEqual([]);
  });
});

describe('needs numbered on lines of their own', () => {
  it('reads each need after its number under the needs heading (fr)', async () => {
    const { assistanceRequested, gaps } = await extractText([
      'République du Bénin', 'Cotonou, le 3 février 2030',
      "Le Bénin ne dispose pas d'un registre des sources radioactives.",
      "Besoins d'assistance",
      'Besoin n° 1.',
      "Aide technique à la création d'un registre national des sources radioactives.",
      'Besoin n° 2.',
      'Fourniture de détecteurs de rayonnements pour le port de Cotonou et formation des agents des douanes.',
      'Coordination',
      'Le point focal national est M. Koffi Adjovi (k.adjovi@mae.example.gov).',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
    expect(gaps).toEqual(['op3a.accounting']);
  });
});

describe('a need said to be none', () => {
  it.each([
    ['en', ['Permanent Mission of Fiji', 'New York, 3 February 2030', 'The Chemical Weapons Act 2019, section 5, prohibits the production of chemical weapons; Fiji does not require assistance in this area.', 'Fiji requests assistance to obtain radiation detectors for customs at its ports.']],
    ['fr', ['Mission permanente du Gabon', 'New York, le 3 février 2030', "La loi n° 12/2019 (article 5) interdit la production d'armes chimiques ; le Gabon n'a besoin d'aucune assistance dans ce domaine.", "Le Gabon sollicite une assistance pour l'acquisition de détecteurs de rayonnements pour les douanes."]],
    ['es', ['Misión Permanente de Bolivia', 'Nueva York, 3 de febrero de 2030', 'La Ley N.° 12 de 2019 (artículo 5) prohíbe la producción de armas químicas; Bolivia no requiere asistencia en este ámbito.', 'Bolivia solicita asistencia para obtener detectores de radiación para las aduanas.']],
    ['ru', ['Постоянное представительство Монголии', '3 февраля 2030 года', 'Закон о химическом оружии 2019 года (статья 5) запрещает производство химического оружия; Монголия не нуждается в помощи в этой области.', 'Монголия просит оказать помощь в приобретении детекторов излучения для таможенных постов.']],
    ['zh', ['老挝常驻联合国代表团', '2030年2月3日', '《化学武器法》第5条禁止任何人生产化学武器，在这一领域老挝不需要援助。', '老挝请求提供海关使用的辐射探测设备。']],
    ['ar', ['البعثة الدائمة لليمن', 'نيويورك، في 3 شباط/فبراير 2030', 'يحظر القانون رقم 12 لعام 2019 (المادة 5) إنتاج الأسلحة الكيميائية، ولا تطلب اليمن أي مساعدة في هذا المجال.', 'تطلب اليمن المساعدة في الحصول على أجهزة الكشف عن الإشعاع للجمارك.']],
  ])('asks nothing for it, and the measure it states stays a measure (%s)', async (_language, lines) => {
    const { assistanceRequested, matrix } = await extractText(lines);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
    expect(matrix.map((m) => m.element)).toContain('op2.chemical');
  });

  it('asks nothing for a row whose help cell says no assistance is required (en, docx)', async () => {
    const bytes = await docxWithTable(
      ['Permanent Mission of Fiji', 'New York, 3 February 2030', 'The current status of each area and the assistance requested are set out below.'],
      [
        ['Area', 'Current status', 'Assistance requested'],
        ['OP 2 - chemical weapons', 'Chemical Weapons Act 2019, section 5, in force.', 'No assistance required.'],
        ['OP 3 (c) - border control', 'Customs Act 2011, section 59.', 'Radiation detectors for the ports.'],
      ],
      [],
    );
    const { assistanceRequested, matrix } = await extractDocument({ bytes, fileName: 'request.docx' });
    expect(assistanceRequested).toEqual(['op3c.border_control']);
    expect(matrix.map((m) => m.element).sort()).toEqual(['op2.chemical', 'op3c.border_control']);
  });
});

describe('a request that names what it asks for without the word "help"', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 3 February 2030', 'Fiji requests the provision of radiation detectors for its border crossing points.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 3 février 2030', 'Le Gabon demande la fourniture de détecteurs de rayonnements pour ses postes frontaliers.']],
    ['es', ['Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', 'Bolivia solicita el suministro de detectores de radiación para sus pasos de frontera.']],
    ['ru', ['Правительство Монголии', 'Улан-Батор, 3 февраля 2030 года', 'Монголия просит предоставить переносные средства обнаружения радиоактивных материалов для пунктов пропуска на границе.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '老挝请求提供边境口岸使用的辐射探测设备。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', 'تطلب اليمن تزويدها بأجهزة الكشف عن الإشعاع لمنافذها الحدودية.']],
  ])('asks for it (%s)', async (_language, lines) => {
    const { assistanceRequested } = await extractText(lines);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a need\'s sentence that says what is missing', () => {
  it.each([
    ['en', ['Permanent Mission of Fiji', 'New York, 3 February 2030', '2. Assistance needs', 'Fiji requests assistance in the following areas:', '(a) Export control.', 'Fiji has no licensing system for the export of dual-use goods.', 'Assistance is requested to draft a national control list.']],
    ['fr', ['Mission permanente du Gabon', 'New York, le 3 février 2030', '2. Besoins', 'Le Gabon sollicite une assistance dans les domaines suivants :', 'a) Contrôle des exportations.', "Le Gabon ne dispose pas encore d'un régime de licences pour l'exportation des biens à double usage.", 'Une assistance est demandée pour élaborer une liste nationale de contrôle.']],
    ['es', ['Misión Permanente de Bolivia', 'Nueva York, 3 de febrero de 2030', '2. Necesidades', 'Bolivia solicita asistencia en las esferas siguientes:', 'a) Control de las exportaciones.', 'Bolivia no cuenta todavía con un régimen de licencias para la exportación de bienes de doble uso.', 'Se solicita asistencia para elaborar una lista nacional de control.']],
    ['ru', ['Постоянное представительство Монголии', '3 февраля 2030 года', '2. Потребности', 'Монголия просит оказать помощь по следующим направлениям:', 'а) Экспортный контроль.', 'В Монголии пока отсутствует система лицензирования экспорта товаров двойного назначения.', 'Монголия просит оказать помощь в разработке национального контрольного списка.']],
    ['zh', ['老挝常驻联合国代表团', '2030年2月3日', '二、需求', '老挝请求在以下领域提供援助：', '(a) 出口管制。', '老挝尚未建立两用物项出口许可制度。', '老挝请求协助编制国家管制清单。']],
    ['ar', ['البعثة الدائمة لليمن', 'نيويورك، في 3 شباط/فبراير 2030', '2. الاحتياجات', 'تطلب اليمن المساعدة في المجالات التالية:', '(أ) ضوابط التصدير.', 'لا يوجد حتى الآن نظام لترخيص تصدير السلع ذات الاستخدام المزدوج.', 'تطلب اليمن المساعدة في إعداد قائمة مراقبة وطنية.']],
  ])('asks for it, and it is a gap (%s)', async (_language, lines) => {
    const { assistanceRequested, gaps } = await extractText(lines);
    expect(assistanceRequested).toContain('op3d.export_control');
    expect(gaps).toContain('op3d.export_control');
  });
});

describe('needs lettered the Arabic way', () => {
  it('takes every item lettered (أ), (ب), (ج) after the request, with the weapons joined by و (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لجمهورية القمر المتحدة',
      'تطلب حكومة جزر القمر المساعدة في المجالات التالية:',
      '(أ) مساعدة تشريعية في صياغة قانون يحظر الأسلحة الكيميائية والبيولوجية؛',
      '(ب) توفير أجهزة للكشف عن الإشعاع لموظفي الجمارك؛',
      '(ج) المساعدة في وضع قائمة مراقبة وطنية وإجراءات لترخيص التصدير.',
    ]);

    expect(extraction.assistanceRequested.sort()).toEqual(['op2.biological', 'op2.chemical', 'op3c.border_control', 'op3d.export_control']);
  });
});

describe('a request closed by its full stop', () => {
  it('is followed by the numbered paragraphs of the document, not by its items (ru)', async () => {
    const extraction = await extractText([
      'ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО КЫРГЫЗСКОЙ РЕСПУБЛИКИ',
      'Постоянное представительство имеет честь обратиться к Комитету с просьбой об оказании содействия.',
      '1. Кыргызская Республика является участником Конвенции о запрещении биологического и токсинного оружия.',
      '2. Правительство просит содействия по следующим направлениям:',
      '- поставка оборудования радиационного контроля для таможенных постов.',
    ]);

    expect(extraction.assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a request with the ground it is made under set off by commas', () => {
  it.each([
    ['es', 'La Misión Permanente de Belice tiene el honor de solicitar, de conformidad con el párrafo 7 de dicha resolución, la asistencia del Comité para las necesidades siguientes.'],
    ['en', 'The Permanent Mission of Nauru has the honour to request, under paragraph 7 of resolution 1540 (2004), the assistance of the Committee for the needs below.'],
    ['fr', "La Mission permanente du Gabon a l'honneur de solliciter, conformément au paragraphe 7 de ladite résolution, l'assistance du Comité."],
  ])('types the note as an assistance request (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Nueva York, 3 de marzo de 2026', sentence, 'Ley de Armas Químicas de 2018, artículo 3.']);

    expect(extraction.reportType).toBe('assistance_request');
  });
});

describe('weapons an Arabic request joins with و', () => {
  it('asks a law on each weapon of "الأسلحة الكيميائية والبيولوجية" (ar)', () => {
    expect(elementsOfRequest(fold('مساعدة تشريعية في صياغة قانون يحظر الأسلحة النووية والبيولوجية')).sort()).toEqual(['op2.biological', 'op2.nuclear']);
  });
});

describe('a letter that asks in the first person, or names several kinds of help', () => {
  it.each([
    ['en', 'We request radiation portal monitors for the container terminal.', 'op3c.border_control'],
    ['en', 'Fiji requests legal drafting assistance to establish an export licensing system.', 'op3d.export_control'],
    ['fr', 'Nous demandons des détecteurs de rayonnements pour le port.', 'op3c.border_control'],
    ['ru', 'Просим предоставить детекторы излучения для таможенных постов.', 'op3c.border_control'],
  ])('is a request (%s: %s)', async (_language, sentence, element) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);

    expect(assistanceRequested).toEqual([element]);
  });
});

describe('items titled by their first sentence, with what is in place after it', () => {
  it('takes each item\'s title, past the sentences of the item before it', async () => {
    const extraction = await extractText([
      'Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030',
      'Fiji would be grateful for assistance in the following areas:',
      '(a) Chemical weapons legislation. Fiji has no law that prohibits chemical weapons.',
      '(b) Detection at ports of entry. Customs control restricted goods under sections 40 to 45 of the Customs Act, 2023. The ports have no radiation detection equipment.',
      'Please accept the assurances of our highest consideration.',
    ]);

    expect(extraction.assistanceRequested.sort()).toEqual(['op2.chemical', 'op3c.border_control']);
    expect(extraction.matrix.map((m) => m.element)).toContain('op3c.border_control');
  });
});

describe('a needs table whose column is headed by the need alone', () => {
  it.each([
    ['en', ['Permanent Mission of Tonga', 'New York, 3 March 2030', 'Area\tNeed\tPresent situation',
      'Border control\tRadiation detectors and training for customs officers\tCustoms inspect goods without any detection equipment']],
    ['fr', ['Mission permanente du Tchad', 'New York, le 3 mars 2030', 'Domaine\tBesoin\tSituation actuelle',
      'Contrôle aux frontières\tDétecteurs de rayonnements et formation des douaniers\tLes douanes contrôlent sans aucun équipement de détection']],
    ['ar', ['البعثة الدائمة لجيبوتي', 'نيويورك، 3 آذار/مارس 2030', 'المجال\tالحاجة\tالوضع الحالي',
      'مراقبة الحدود\tمعدات للكشف الإشعاعي وتدريب أعوان الجمارك\tتراقب الجمارك السلع دون معدات كشف']],
  ])('reads the need cell of each row as the help asked (%s)', async (_lang, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.assistanceRequested).toEqual(['op3c.border_control']);
  });

  it('leaves the need cell to the matrix, where it says what is missing (fr)', async () => {
    const extraction = await extractText([
      'Mission permanente du Tchad', 'New York, le 3 mars 2030', 'Domaine\tBesoin\tForme d\'assistance souhaitée',
      "Législation (armes chimiques)\tRédaction d'un projet de loi d'application de la Convention sur les armes chimiques\tExperts juridiques, modèle de loi",
    ]);
    expect(extraction.gaps).toContain('op2.chemical');
    expect(extraction.matrix.map((m) => m.element)).not.toContain('op2.chemical');
  });
});

describe('a request in the passive that names what is asked after it', () => {
  it.each([
    ['fr', 'Sont demandés des détecteurs portatifs et la formation de cinquante agents.'],
    ['en', 'Requested are hand-held detectors and the training of fifty officers.'],
    ['es', 'Se solicitan detectores portátiles y la formación de cincuenta agentes.'],
    ['ru', 'Запрашиваются портативные детекторы и подготовка пятидесяти сотрудников.'],
  ])('asks for what it names (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', sentence]);
    expect(extraction.assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a request that points back to the one lack stated before it', () => {
  it.each([
    ['fr', "a) Aide à la rédaction législative. Le Code pénal ne contient pas encore d'incrimination de l'emploi d'armes biologiques. La Mission sollicite le concours d'experts pour la rédaction d'un projet de loi comblant cette lacune."],
    ['en', 'a) Legislative drafting. The Penal Code does not yet make the use of biological weapons an offence. The Government requests assistance in drafting a bill to close this gap.'],
    ['es', 'a) Redacción legislativa. El Código Penal aún no tipifica el empleo de armas biológicas. El Gobierno solicita expertos para redactar un proyecto de ley que subsane esta laguna.'],
  ])('asks for what the lack names (%s)', async (_lang, paragraph) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', paragraph]);
    expect(extraction.assistanceRequested).toEqual(['op2.biological']);
  });

  it('asks, of a sentence that goes on from what is in force to what is missing, for the missing alone (zh)', async () => {
    const extraction = await extractText([
      '汤加常驻联合国代表团', '2030年3月3日，纽约',
      '（c）与出口有关的服务。两用物项的出口须依照第594/2004号法律取得许可证；但目前尚无对与此类出口有关的融资和运输服务实行管制的规定。请求提供立法咨询，协助起草此类管制规定。',
    ]);
    expect(extraction.assistanceRequested).toEqual(['op3d.financing_services']);
  });
});

describe('the present request named as a noun', () => {
  it('is no request: thanks for an offer that is "not part of this request" ask nothing (zh)', async () => {
    const extraction = await extractText([
      '汤加常驻联合国代表团', '2030年3月3日，纽约',
      '汤加感谢斐济提出在2031年合办两用物项出口许可讲习班，该提议正在双边讨论中，不属于本请求的范围。',
    ]);
    expect(extraction.assistanceRequested).toEqual([]);
  });
});

describe('a request that asks for the thing, or calls the help useful', () => {
  it.each([
    ['en', 'We ask for hand-held radiation detectors for the two main ports.', ['op3c.border_control']],
    ['en', 'A visit by specialists to advise on setting up a register of pathogens would be most useful.', ['op3a.accounting']],
    ['fr', "Les Comores souhaiteraient bénéficier d'une assistance pour l'inventaire des sources radioactives.", ['op3a.accounting']],
    ['es', 'Pedimos detectores portátiles de radiación para los dos puertos principales.', ['op3c.border_control']],
    ['es', 'Sería muy útil una visita de expertos para establecer un registro de agentes patógenos.', ['op3a.accounting']],
    ['zh', '派专家协助建立病原体登记制度将非常有用。', ['op3a.accounting']],
    ['ar', 'سيكون من المفيد إيفاد خبراء لإنشاء سجل وطني للعوامل الممرضة.', ['op3a.accounting']],
  ])('is a request (%s)', async (_language, sentence, elements) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);

    expect(assistanceRequested).toEqual(elements);
  });
});

describe('a letter whose purpose is to request the Committee\'s help', () => {
  it.each([
    ['en', "I write on behalf of the Government of Fiji to request the Committee's help in matching Fiji with partners able to support it."],
    ['fr', "Le Gouvernement du Gabon a l'honneur de solliciter l'aide du Comité pour trouver des partenaires."],
    ['es', 'El Gobierno de Bolivia tiene el honor de solicitar la ayuda del Comité para encontrar asociados.'],
  ])('is an assistance request (%s)', async (_language, sentence) => {
    const extraction = await extractText(['Permanent Mission', sentence, '3 February 2030']);

    expect(extraction.reportType).toBe('assistance_request');
  });
});

describe('a reply to the draft matrix the Committee transmitted', () => {
  it.each([
    ['en', "The Permanent Mission of Fiji refers to the Chair's letter of 14 October 2029, which transmitted the draft matrix of Fiji and asked four questions, and has the honour to reply as follows."],
    ['fr', "La Mission permanente du Gabon se réfère à la lettre de la Présidence du 14 octobre 2029, par laquelle a été transmis le projet de matrice du Gabon, et a l'honneur de répondre ce qui suit."],
    ['es', 'La Misión Permanente de Guatemala tiene el honor de referirse a la carta de la Presidencia de fecha 14 de octubre de 2029, mediante la cual se transmitió el proyecto de matriz de Guatemala. En respuesta, la Misión comunica lo siguiente.'],
    ['ru', 'Постоянное представительство Монголии ссылается на письмо Председателя от 14 октября 2029 года, которым был препровожден проект матрицы Монголии, и имеет честь ответить следующее.'],
    ['zh', '汤加常驻代表团谨提及主席2029年10月14日转交汤加矩阵草案的信，现答复如下。'],
    ['ar', 'تشير البعثة الدائمة لليمن إلى رسالة الرئيس المؤرخة 14 تشرين الأول/أكتوبر 2029 التي أحيل بموجبها مشروع المصفوفة الخاصة باليمن، وتتشرف بالرد على النحو التالي.'],
  ])('brings additional information (%s)', async (_language, sentence) => {
    const extraction = await extractText([sentence, '3 February 2030']);

    expect(extraction.reportType).toBe('additional_information');
  });
});

describe('securing sources asked as their secure storage', () => {
  it.each([
    ['es', 'Solicitamos apoyo para el resguardo seguro de las fuentes radiactivas en desuso.'],
    ['ar', 'وتطلب الحكومة المساعدة في تصميم وتجهيز مرفق مؤمن لتخزين المصادر المشعة المهملة.'],
  ])('asks for physical protection (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', sentence]);

    expect(assistanceRequested).toEqual(['op3b.physical_protection']);
  });
});

describe('a table row whose cells wrap onto a line one cell short', () => {
  it.each([
    ['es', ['Área\tSituación actual\tAsistencia solicitada\tSocio sugerido', 'Control fronterizo\tLas aduanas aplican la Ley de Aduanas, artículo 12.\tDetectores portátiles de radiación.\tOIEA',
      'Control de\tLa Ley de Precursores, artículo 9, exige\tNinguna por el\t-', 'exportaciones\tlicencia previa para exportar.\tmomento.']],
    ['en', ['Area\tCurrent situation\tAssistance requested\tSuggested partner', 'Border control\tCustoms apply the Customs Act, section 12.\tHand-held radiation detectors.\tIAEA',
      'Export\tThe Precursors Act, section 9, requires a\tNone at this\t-', 'control\tprior licence for each export.\tstage.']],
  ])('reads the line as the row\'s own, whose help column asks nothing (%s)', async (_language, lines) => {
    const { assistanceRequested } = await extractDocument({
      bytes: utf8(['Permanent Mission of Tonga', '', 'New York, 3 March 2030', '', 'The needs are set out below:', '', ...lines].join('\n')), fileName: 'document.txt',
    });
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a request inside a paragraph with a run-in title', () => {
  it.each([
    ['en', '4. Biosecurity: There is no framework for biosafety and biosecurity in laboratories. An expert visit to assess the main laboratories would be most welcome.', ['op3b.physical_protection']],
    ['fr', "2. Contrôle aux frontières : Les douanes appliquent le Code des douanes dans tous les ports. Le Gouvernement sollicite une visite d'experts pour évaluer les moyens des ports.", ['op3c.border_control']],
    ['ar', '3. الرقابة على الصادرات: يخضع القانون رقم 5 لسنة 2020 تصدير السلع ذات الاستخدام المزدوج لترخيص مسبق، غير أن اللائحة التنفيذية لم تصدر بعد. وتطلب المملكة مشورة قانونية لصياغة اللائحة.', ['op3d.export_control']],
  ])('asks for what the title names (%s)', async (_language, paragraph, elements) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', paragraph]);

    expect(assistanceRequested).toEqual(elements);
  });
});

describe('needs announced as a list, without a word that asks', () => {
  it.each([
    ['en', 'The priority needs of Tonga are the following:', '(a) a national register of dangerous pathogens held in laboratories;'],
    ['es', 'Las necesidades prioritarias de Bolivia son las siguientes:', '(a) un registro nacional de agentes patógenos peligrosos en los laboratorios;'],
    ['ar', 'وتتمثل الاحتياجات ذات الأولوية فيما يلي:', '(أ) إنشاء سجل وطني للعوامل الممرضة الخطرة في المختبرات؛'],
  ])('asks for the items of the list (%s)', async (_language, announcement, item) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of the Republic of Fiji', 'New York, 3 February 2030', announcement, item]);

    expect(assistanceRequested).toEqual(['op3a.accounting']);
  });

  it('leaves to the matrix an item that cites the law in force its need builds on (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Tonga', '3 February 2030', 'The priority needs of Tonga are the following:',
      '(a) strengthening the detection capacity of the customs service, which controls goods at the ports under the Customs Act (section 87), by providing radiation detectors;',
    ]);

    expect(extraction.assistanceRequested).toEqual(['op3c.border_control']);
    expect(extraction.matrix.map((m) => m.element)).toContain('op3c.border_control');
  });
});

describe('a request said in a table row, an offer to those who ask, and help already met', () => {
  it.each([
    ['en', ['No.', 'Area', 'Baseline', 'Action', 'Deadline', 'Cooperation'], [
      ['1', 'OP2 – biological weapons', 'No offence exists', 'Draft a bill', 'June 2031', 'Assistance is requested'],
      ['2', 'OP3 (a) – accounting', 'In force: Radiation Regulations 2019, reg. 12, national register of sources', 'Digitise the register', 'March 2031', '–'],
      ['3', 'OP3 (c) – border control', 'In force: Customs Act 2015, s. 40', 'Train officers', '2031', 'Support received from the WCO in 2029'],
    ]],
    ['fr', ['N°', 'Domaine', 'Situation de départ', 'Action', 'Échéance', 'Coopération'], [
      ['1', 'PO2 – armes biologiques', "Aucune incrimination n'existe", 'Rédiger un avant-projet de loi', 'juin 2031', 'Une assistance est sollicitée'],
      ['2', 'PO3 a) – comptabilité', 'En vigueur : arrêté n° 12/2019, art. 4, registre national des sources', 'Numériser le registre', 'mars 2031', '–'],
      ['3', 'PO3 c) – contrôle aux frontières', 'En vigueur : Code des douanes, art. 40', 'Former les agents', '2031', "Appui de l'OMD déjà reçu en 2029"],
    ]],
  ])('asks, in an action plan, for the one action whose cooperation cell asks, and leaves the other rows to the matrix (%s)', async (_language, header, rows) => {
    const bytes = await docxWithTable(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'National action plan'], [header, ...rows], []);
    const extraction = await extractDocument({ bytes, fileName: 'plan.docx' });

    expect(extraction.assistanceRequested).toEqual(['op2.biological']);
    expect(extraction.gaps).toContain('op2.biological');
    expect(extraction.matrix.map((m) => m.element)).toContain('op3a.accounting');
  });

  it.each([
    ['es', 'El Estado solicita al Comité que facilite, por conducto de su mecanismo de intermediación, la asistencia técnica para redactar una ley sobre armas biológicas.', ['op2.biological']],
    ['en', "The State requests, through the Committee's brokering role, technical assistance in drafting a national control list.", ['op3d.export_control']],
    ['fr', "L'État sollicite, par l'intermédiaire du mécanisme de courtage du Comité, une assistance pour la rédaction d'une loi sur les armes biologiques.", ['op2.biological']],
  ])('reads the channel a request goes through, set off by commas, as no object of it (%s)', (_language, sentence, elements) => {
    expect(elementsOfRequest(fold(sentence))).toEqual(elements);
  });

  it.each([
    ['fr', ['Domaine', 'Situation actuelle', 'Assistance souhaitée'], ['Sources radioactives', "Protection physique assurée par l'arrêté n° 7/2020", 'Néant (besoin satisfait)'], ['Armes chimiques', "Aucune loi d'application", "Appui à la rédaction d'un projet de loi sur les armes chimiques"]],
    ['es', ['Ámbito', 'Situación actual', 'Asistencia deseada'], ['Fuentes radiactivas', 'Protección física conforme al Decreto N° 7/2020', 'Necesidad ya cubierta'], ['Armas químicas', 'No existe ley de aplicación', 'Apoyo para redactar una ley sobre armas químicas']],
    ['en', ['Area', 'Current situation', 'Assistance desired'], ['Radioactive sources', 'Physical protection under Regulation 7 of 2020', 'Nil (need met)'], ['Chemical weapons', 'No implementing law', 'Support in drafting a law on chemical weapons']],
  ])('reads a column of the help wished for row by row, where a need met or "nothing" asks nothing (%s)', async (_language, header, met, asked) => {
    const bytes = await docxWithTable(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Annex: needs for assistance by area'], [header, met, asked], []);
    const extraction = await extractDocument({ bytes, fileName: 'besoins.docx' });

    expect(extraction.assistanceRequested).toEqual(['op2.chemical']);
  });

  it.each([
    ['ar', 'تعرب الدولة عن استعدادها لتبادل خبراتها في مجال الرقابة على الصادرات مع الدول التي تطلب ذلك، ولا تطلب في الوقت الراهن أي مساعدة.'],
    ['en', 'The State stands ready to share its experience in export licensing with States that request assistance in that field.'],
    ['zh', '该国可向提出请求的国家介绍其出口许可方面的经验。'],
  ])('asks nothing where an offer is for the States that request it (%s)', async (_language, sentence) => {
    const extraction = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Additional information', sentence]);

    expect(extraction.assistanceRequested).toEqual([]);
    expect(extraction.reportType).not.toBe('assistance_request');
  });

  it.each([
    ['ar', 'ترحب الدولة بأي دعم فني من الدول القادرة على تقديمه في تأمين المصادر المشعة.', ['op3b.physical_protection']],
    ['zh', '该国希望在以下方面获得援助：起草禁止生物武器的立法；为实验室人员提供生物安保培训。', ['op2.biological', 'op3b.physical_protection']],
    ['en', 'The State would welcome assistance in the following: drafting a law banning biological weapons; biosecurity training for laboratory staff.', ['op2.biological', 'op3b.physical_protection']],
  ])('reads a welcome of "any" help, a wish with the areas between its verbs, and each item after the colon (%s)', async (_language, sentence, elements) => {
    const extraction = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', sentence]);

    expect(extraction.assistanceRequested.sort()).toEqual(elements);
  });
});

describe('a help column asked as a question', () => {
  it.each([
    ['es', 'Misión Permanente de Bolivia', 'Situación actual\tAcción\tPlazo\t¿Asistencia?', 'Armas químicas: no existe tipo penal\tRedactar una ley sobre armas químicas\t2031\tSí (asesoría legislativa)', 'Fronteras: Código Aduanero de 2010, art. 12\tCapacitar a los aduaneros\t2031\tNo'],
    ['en', 'Permanent Mission of Fiji', 'Current situation\tAction\tTarget date\tAssistance?', 'Chemical weapons: no offence covers them\tDraft a law on chemical weapons\t2031\tYes (legislative advice)', 'Border: Customs Code 2010, art. 12\tTrain customs officers\t2031\tNo'],
    ['ru', 'Постоянное представительство Монголии', 'Текущее положение\tМера\tСрок\tПомощь?', 'Химическое оружие: состав преступления отсутствует\tРазработать закон о химическом оружии\t2031\tДа (законодательная помощь)', 'Граница: Таможенный кодекс 2010 года, статья 12\tОбучить таможенников\t2031\tНет'],
    ['zh', '瑙鲁常驻联合国代表团', '现状\t行动\t期限\t援助？', '化学武器：尚无相关罪名\t起草关于化学武器的法律\t2031年\t是', '边境：2010年《海关法》第12条\t培训海关官员\t2031年\t否'],
  ])('reads the column row by row whatever marks its header (%s)', async (_language, mission, header, yes, no) => {
    const { assistanceRequested } = await extractText([mission, '3 February 2030', `${header}\n${yes}\n${no}`]);
    expect(assistanceRequested).toEqual(['op2.chemical']);
  });

  it.each([
    ['es', 'Situación actual\tAcción\tResponsable\tPlazo\tAsistencia', 'Diciembre de 2029 Sí', 'Junio de 2028 No'],
    ['en', 'Current situation\tAction\tResponsible\tTarget date\tAssistance', 'December 2029 Yes', 'June 2028 No'],
    ['fr', 'Situation actuelle\tAction\tResponsable\tÉchéance\tAssistance', 'Décembre 2029 Oui', 'Juin 2028 Non'],
  ])('reads the yes or no a layout glued to the date before it (%s)', async (_language, header, yes, no) => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Vanuatu', '3 February 2030',
      `${header}\nExport control: no licensing system\tDraft a law with a control list and licensing\tMinistry of Trade\t${yes}\nServices: no controls on financing and transport services\tStudy on such controls\tCentral Bank\t${no}`,
    ]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a need already met', () => {
  it.each([
    ['es', ['Área', 'Necesidad', 'Situación'], ['Registro de fuentes radiactivas', 'Digitalización del registro nacional', 'Atendida en 2024 por el OIEA'], ['Armas químicas', 'Apoyo para redactar una ley sobre armas químicas', 'Pendiente']],
    ['en', ['Area', 'Need', 'Status'], ['Source register', 'Digitising the national register', 'Met in 2024 with IAEA support'], ['Chemical weapons', 'Support in drafting a law on chemical weapons', 'Pending']],
    ['fr', ['Domaine', 'Besoin', 'État'], ['Registre des sources', 'Numérisation du registre national', "Satisfait en 2024 avec l'appui de l'AIEA"], ['Armes chimiques', "Appui à la rédaction d'une loi sur les armes chimiques", 'En attente']],
  ])('asks nothing for a row whose status says its need was met (%s)', async (_language, header, met, open) => {
    const bytes = await docxWithTable(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Needs for assistance'], [header, met, open], []);
    const extraction = await extractDocument({ bytes, fileName: 'needs.docx' });
    expect(extraction.assistanceRequested).toEqual(['op2.chemical']);
  });

  it.each([
    ['zh', '三、援助', '1. 该国希望在建立出口管制制度方面获得援助，包括制定国家管制清单。', '2. 该国海关官员在2024年接受了探测培训，该项需求已经得到满足，可从援助请求清单中删除。'],
    ['en', 'III. Assistance', '1. The State requests assistance in establishing a national control list.', '2. The detection training given to customs officers in 2024 has met the need, which can be removed from the list of assistance requests.'],
    ['ru', 'III. Помощь', '1. Государство просит оказать помощь в составлении национального контрольного списка.', '2. Эта потребность уже удовлетворена: в 2024 году таможенники прошли обучение обнаружению, и её можно исключить из перечня запросов о помощи.'],
  ])('asks nothing in a paragraph that says a need was met (%s)', async (_language, heading, asked, met) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', heading, asked, met]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a need met among the needs listed under their heading', () => {
  it.each([
    ['en', 'II. Needs for assistance', '(a) Drafting a national control list for dual-use goods.', '(b) Detection training for customs officers: this need has already been met by a course given in 2024.'],
    ['es', 'II. Necesidades de asistencia', 'a) Elaboración de una lista nacional de control de bienes de doble uso.', 'b) Capacitación de los aduaneros en detección: esta necesidad ya ha sido atendida con un curso impartido en 2024.'],
    ['fr', "II. Besoins d'assistance", "a) Élaboration d'une liste nationale de contrôle des biens à double usage.", 'b) Formation des douaniers à la détection : ce besoin a déjà été satisfait par un cours donné en 2024.'],
  ])('passes over the item that says its need was met (%s)', async (_language, heading, open, met) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', heading, open, met]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a needs column headed by the need it names', () => {
  it.each([
    ['ar', ['المجال', 'الاحتياج المحدد', 'الوضع الحالي'], ['الحماية المادية', 'تأمين المصادر المشعة المهملة', 'تمسك الهيئة سجلا وطنيا للمصادر المشعة بموجب القانون رقم 12']],
    ['en', ['Area', 'Identified need', 'Current situation'], ['Physical protection', 'Securing disused radioactive sources', 'The Authority keeps a national register of sources under Act No. 12']],
    ['fr', ['Domaine', 'Besoin identifié', 'Situation actuelle'], ['Protection physique', 'Sécurisation des sources radioactives retirées du service', "L'Autorité tient un registre national des sources en vertu de la loi n° 12"]],
  ])('reads the need, not the register its situation column names (%s)', async (_language, header, row) => {
    const bytes = await docxWithTable(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'The national committee has identified the following needs:'], [header, row], []);
    const extraction = await extractDocument({ bytes, fileName: 'needs.docx' });
    expect(extraction.assistanceRequested).toEqual(['op3b.physical_protection']);
  });
});

describe('a help cell that points elsewhere', () => {
  it.each([
    ['en', ['Area', 'Current situation', 'Assistance sought'], ['Security of sources', 'No requirements for the physical protection of sources', 'See paragraph below the table.'], ['Customs', 'Customs Act 2010, s. 12', 'Radiation detectors for the port']],
    ['fr', ['Domaine', 'Situation actuelle', 'Assistance demandée'], ['Sécurité des sources', 'Aucune exigence de protection physique des sources', 'Voir le paragraphe sous le tableau.'], ['Douanes', 'Code des douanes, art. 12', 'Détecteurs de rayonnements pour le port']],
    ['es', ['Área', 'Situación actual', 'Asistencia solicitada'], ['Seguridad de las fuentes', 'No hay requisitos de protección física de las fuentes', 'Véase el párrafo siguiente.'], ['Aduanas', 'Ley de Aduanas, art. 12', 'Detectores de radiación para el puerto']],
  ])('asks nothing by the reference itself (%s)', async (_language, header, referring, asked) => {
    const bytes = await docxWithTable(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Request for assistance'], [header, referring, asked],
      ['The offer of another State to secure the sources is discussed bilaterally and is not part of the present request.']);
    const extraction = await extractDocument({ bytes, fileName: 'request.docx' });
    expect(extraction.assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a numbered paragraph whose request goes on after a semicolon', () => {
  it.each([
    ['en', 'The State would welcome assistance, in particular for the drafting of legislation prohibiting chemical weapons;', 'for radiation detectors at border posts; and for the establishment of a national register of radioactive sources.'],
    ['fr', "L'État accueillerait favorablement une assistance, en particulier pour la rédaction d'une loi interdisant les armes chimiques;", "pour des détecteurs de rayonnements aux postes frontières; et pour la création d'un registre national des sources radioactives."],
    ['es', 'El Estado vería con agrado recibir asistencia, en particular para redactar una ley que prohíba las armas químicas;', 'para detectores de radiación en los pasos fronterizos; y para el establecimiento de un registro nacional de fuentes radiactivas.'],
  ])('reads the objects after the cut as the same request (%s)', async (_language, first, rest) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'VII. Assistance', `15. ${first} ${rest}`]);
    expect(assistanceRequested.sort()).toEqual(['op2.chemical', 'op3a.accounting', 'op3c.border_control']);
  });

  it.each([
    ['es', 'El Gobierno solicita asistencia en las siguientes áreas:', 'a) equipos de detección de radiación para las aduanas;', '7. En cuanto a la seguridad física de las fuentes en desuso, el Organismo ya presta apoyo mediante un proyecto nacional; por ello no se solicita asistencia adicional en esa materia.'],
    ['en', 'The Government requests assistance in the following areas:', '(a) radiation detection equipment for customs;', '7. As regards the physical protection of disused sources, the Agency already supports the State under a national project; therefore, no further assistance is requested in that area.'],
  ])('asks nothing for what a sentence, after its semicolon, declines help for (%s)', async (_language, request, item, declined) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Assistance requested', `6. ${request}\n${item}`, declined]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a request read object by object for what it names only as lacking', () => {
  it.each([
    ['ru', 'Государство было бы признательно за содействие в разработке механизма контроля за финансовыми и транспортными услугами, а также в обучении персонала лабораторий вопросам биозащиты.'],
    ['en', 'The State would welcome assistance in developing controls on financial and transport services related to exports, as well as in training laboratory staff in biosecurity.'],
    ['fr', "L'État souhaiterait bénéficier d'une assistance pour la mise en place de contrôles des services financiers et de transport liés aux exportations, ainsi que pour la formation du personnel des laboratoires à la biosécurité."],
  ])('keeps the object the help mapping names nothing of (%s)', (_language, sentence) => {
    expect(elementsOfRequest(fold(sentence)).sort()).toEqual(['op3b.physical_protection', 'op3d.financing_services']);
  });

  it.each([
    ['en', 'The State requests assistance in drafting its biosecurity bill, as well as in drawing up a national control list.'],
    ['es', 'El Estado solicita asistencia para redactar su proyecto de ley de bioseguridad, así como para elaborar una lista nacional de control.'],
  ])('reads a law asked for by its weapons alone, beside the other objects (%s)', (_language, sentence) => {
    expect(elementsOfRequest(fold(sentence))).toEqual(['op3d.export_control']);
  });
});

describe('help asked before and given since', () => {
  it.each([
    ['en', 'II. Needs for assistance', '(a) Drafting a national control list for dual-use goods.', '(b) The assistance requested in 2021 for detection training of customs officers, confirmed at the 2022 review, was provided in 2024 by the World Customs Organization.'],
    ['fr', "II. Besoins d'assistance", "a) Élaboration d'une liste nationale de contrôle des biens à double usage.", "b) L'appui sollicité en 2021 pour la formation des douaniers à la détection a été fourni en 2024 par l'Organisation mondiale des douanes."],
    ['es', 'II. Necesidades de asistencia', 'a) Elaboración de una lista nacional de control de bienes de doble uso.', 'b) La asistencia solicitada en 2021 para capacitar a los aduaneros en detección fue prestada en 2024 por la Organización Mundial de Aduanas.'],
    ['ar', 'احتياجات المساعدة', '(أ) إعداد قائمة المراقبة الوطنية للسلع ذات الاستخدام المزدوج.', '(ب) وقد تم تقديم المساعدة المطلوبة لتدريب موظفي الجمارك على الكشف في عام 2024.'],
  ])('asks nothing in an item whose verb says the help was given (%s)', async (_language, heading, open, given) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', heading, open, given]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });

  it.each([
    ['ru', 'Государство было бы признательно за содействие по следующим направлениям:', 'а) разработка национального контрольного списка товаров двойного назначения;', 'б) потребность в обучении таможенников обнаружению, заявленная в 2021 году, удовлетворена при содействии ОБСЕ в 2024 году.'],
    ['en', 'The State would welcome assistance in the following areas:', '(a) drafting a national control list for dual-use goods;', '(b) the need for detection training of customs officers, stated in 2021, was met in 2024 with the support of a partner State.'],
  ])('passes over a listed item whose need was met (%s)', async (_language, request, open, met) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', `${request}\n${open}\n${met}`]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });

  it.each([
    ['en', 'II. Needs for assistance', '(a) Drafting a national control list for dual-use goods.', 'III. Needs met since the last report', 'A national register of radioactive sources was set up in 2024 with the support of the Agency.'],
    ['fr', "II. Besoins d'assistance", "a) Élaboration d'une liste nationale de contrôle des biens à double usage.", 'III. Besoins déjà satisfaits', "Un registre national des sources radioactives a été établi en 2024 avec l'appui de l'Agence."],
  ])('reads no need under a heading of needs met (%s)', async (_language, heading, open, metHeading, met) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', heading, open, metHeading, met]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('no new request, or one kept for later', () => {
  it.each([
    ['en', 'The Government has no new request at this stage and reserves the right to submit a request for assistance once the export control bill is adopted.'],
    ['fr', "Le Gouvernement n'a pas de nouvelle demande à formuler ; il se réserve de présenter une demande d'assistance après l'adoption de la loi sur le contrôle des exportations."],
    ['es', 'El Gobierno no tiene nuevas solicitudes por ahora y se reserva el derecho de presentar una solicitud de asistencia tras la aprobación de la ley de control de exportaciones.'],
    ['zh', '政府目前没有新的援助请求，并保留在出口管制法通过后提出请求的权利。'],
  ])('asks nothing (%s)', async (_language, sentence) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', '3. Assistance', sentence]);
    expect(assistanceRequested).toEqual([]);
  });

  it.each([
    ['ru', 'Государство было бы признательно за содействие по следующим направлениям:', 'а) разработка национального контрольного списка товаров двойного назначения;', 'б) обучение таможенников обнаружению проведено ОБСЕ в 2024 году;', 'дополнительного содействия по этому направлению не требуется.'],
  ])('asks nothing for an item whose help is said, after its semicolon, to be needed no more (%s)', async (_language, request, open, done, declined) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', `${request}\n${open}\n${done} ${declined}`]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });

  it('passes over a need said to be needed no more under the needs heading (ar)', async () => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'احتياجات المساعدة',
      '(أ) إعداد قائمة المراقبة الوطنية للسلع ذات الاستخدام المزدوج.', '(ب) تلقى موظفو الجمارك تدريبا على الكشف في عام 2024، ولم تعد هناك حاجة إلى مساعدة في هذا المجال.']);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('help welcomed with the state named between the verb and the help (ar)', () => {
  it('reads the request', async () => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'رابعا - المساعدة',
      'ترحب المملكة الأردنية الهاشمية بأي مساعدة تقنية تمكنها من إعداد قائمة وطنية للمراقبة وترخيص الصادرات.']);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a law asked for by its title, which the document says prohibits a weapon', () => {
  it.each([
    ['en', 'The law on biosecurity, now being drafted by the Ministry of Health, will prohibit biological and toxin weapons.', 'The State requests assistance in finalising the law on biosecurity.'],
    ['en', 'The Biosecurity Bill, tabled in 2029, prohibits biological weapons.', 'The State requests assistance in finalising the Biosecurity Bill.'],
    ['ar', 'ويتضمن مشروع قانون السلامة الأحيائية حظر الأسلحة البيولوجية والتكسينية.', 'تطلب الدولة المساعدة في صياغة مشروع قانون السلامة الأحيائية.'],
    ['fr', "Le projet de loi sur la biosécurité, en cours de rédaction, interdira les armes biologiques.", "L'État sollicite une assistance pour finaliser le projet de loi sur la biosécurité."],
  ])('asks for the law on the weapon (%s)', async (_language, described, asked) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'II. Planned measures', described, 'III. Assistance', asked]);
    expect(assistanceRequested).toContain('op2.biological');
  });

  it('does not take a law named by its reach alone for another law', async () => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'II. Measures',
      'National legislation prohibits chemical weapons under the Penal Code, art. 12.', 'III. Assistance', 'The State requests assistance in drafting new national legislation on radioactive sources.']);
    expect(assistanceRequested).not.toContain('op2.chemical');
  });
});

describe('requests written in Chinese as a wish framed by where the help is wanted', () => {
  it.each([
    ['斐济希望在起草禁止化学武器和有毒化学品的国家专门立法方面获得援助。', ['op2.chemical']],
    ['斐济希望在建立国家病原体和毒素登记制度以及编制实验室人员名册方面得到技术支持。', ['op3a.accounting']],
  ])('reads the wish as a request however long the need between its verbs (%s)', async (request, elements) => {
    const { assistanceRequested } = await extractText(['斐济常驻联合国代表团', '2030年4月8日', '三、援助', request]);
    expect(assistanceRequested.sort()).toEqual(elements);
  });

  it('passes over an item whose need, named "需要", is said met', async () => {
    const { assistanceRequested } = await extractText(['斐济常驻联合国代表团', '2030年4月8日', '三、援助', '斐济请求在以下领域获得援助：',
      '(a) 编制国家两用物项管制清单；', '(b) 边境口岸的辐射探测设备，新西兰已于2028年交付，该需要已得到满足。']);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('a list of needs under a section the request opens', () => {
  // Paragraphs on lines of their own with no blank line between them, as a word processor's text gives them: the section's
  // number ("三、") and the items' bracketed numbers ("（一）") mark two lists, one inside the other.
  const singleLines = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'document.txt' });

  it('reads the bracketed items under a numbered section as the request\'s items, not as the next section (zh)', async () => {
    const { assistanceRequested } = await singleLines(['斐济常驻联合国代表团', '2030年4月8日', '三、援助需求', '斐济希望在以下领域获得援助：',
      '（一）编制国家两用物项出口管制清单和许可程序；', '（二）为海关人员提供辐射探测培训。', '四、联络人', '斐济国家联络人为外交部司长。']);
    expect(assistanceRequested.sort()).toEqual(['op3c.border_control', 'op3d.export_control']);
  });

  it.each([
    ['zh', ['斐济希望在以下领域获得援助：', '（一）编制国家两用物项出口管制清单；', '（二）斐济愿与太平洋邻国分享在边境口岸联合查验方面的经验。']],
    ['en', ['Fiji requests assistance in the following areas:', '(a) drafting a national control list of dual-use goods;', '(b) Fiji stands ready to share its experience of joint border posts with its Pacific neighbours.']],
    ['fr', ['Fidji sollicite une assistance dans les domaines suivants :', "a) l'élaboration d'une liste nationale de contrôle des biens à double usage ;", "b) Fidji est disposée à partager son expérience des postes frontière conjoints avec ses voisins."]],
  ])('passes over an item of the list that offers the state\'s own help to others (%s)', async (_language, lines) => {
    const { assistanceRequested } = await singleLines(['Permanent Mission of Fiji', 'New York, 8 April 2030', ...lines]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('the section after a request list', () => {
  it.each([
    ['en', ['7. Assistance', 'Fiji would welcome assistance in the following areas:', '(a) radiation detection equipment for the port of Suva;', '(b) training of customs officers.',
      '8. National points of contact', 'Name\tPosition\tE-mail', 'Ms. Litia Rabuka\tHead, Export Licensing Unit\tl.rabuka@trade.example.gov']],
    ['fr', ['VII. Assistance', 'Fidji souhaiterait bénéficier d\'une assistance dans les domaines suivants :', 'a) équipements de détection des rayonnements pour le port de Suva ;', 'b) formation des agents des douanes.',
      'VIII. Points de contact nationaux', 'Nom\tFonction\tCourriel', 'Mme Litia Rabuka\tCheffe du service des licences d\'exportation\tl.rabuka@trade.example.gov']],
    ['zh', ['三、援助', '斐济希望在以下领域获得援助：', '(a) 苏瓦港的辐射探测设备；', '(b) 海关人员培训。',
      '四、国家联络人', '姓名\t职务\t电子邮件', '莉蒂亚·拉布卡\t贸易部出口许可处处长\tl.rabuka@trade.example.gov']],
    // Arabic numbers sections by ordinal words; a body of full-length paragraphs makes the short lines headings.
    ['ar', [...Array(9).fill('تحظر المادة 12 من قانون العقوبات على أي شخص إنتاج الأسلحة الكيميائية أو حيازتها أو نقلها أو استعمالها، ويعاقب على ذلك بالسجن.'), 'خامسًا - المساعدة', 'تطلب فيجي المساعدة في المجالين التاليين:', '(أ) معدات الكشف عن الإشعاع لميناء سوفا؛', '(ب) تدريب موظفي الجمارك.',
      'سادساً - نقاط الاتصال الوطنية', 'الاسم\tالوظيفة\tالبريد الإلكتروني', 'السيدة ليتيا رابوكا\tرئيسة وحدة ترخيص الصادرات\tl.rabuka@trade.example.gov']],
  ])('does not read the next section\'s table, marked as the request\'s own section is, as the request\'s items (%s)', async (_language, lines) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Fiji', 'New York, 8 April 2030', ...lines]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });
});

describe('a help cell that leaves the answer for later', () => {
  it.each([
    ['en', 'Current situation\tAction\tTarget date\tAssistance?', 'Yes: legislative advice', 'To be determined'],
    ['es', 'Situación actual\tAcción\tPlazo\t¿Asistencia?', 'Sí: asesoría legislativa', 'Se evaluará en 2031'],
    ['fr', 'Situation actuelle\tAction\tÉchéance\tAssistance ?', 'Oui : conseils législatifs', 'À déterminer'],
    ['ru', 'Текущее положение\tМера\tСрок\tПомощь?', 'Да: законодательная помощь', 'Будет определено в 2031 году'],
    ['zh', '现状\t行动\t期限\t援助？', '是：立法咨询', '待定'],
  ])('asks nothing for the row whose need is not decided yet (%s)', async (_language, header, yes, later) => {
    const { assistanceRequested } = await extractText([
      'Permanent Mission of Vanuatu', '3 February 2030',
      `${header}\nChemical weapons: no offence covers them\tDraft a law on chemical weapons\t2031\t${yes}\nMeans of delivery: no law\tStudy a law on missiles and other means of delivery\t2032\t${later}`,
    ]);
    expect(assistanceRequested).toEqual(['op2.chemical']);
  });
});

describe('a row whose help names nothing, beside a situation that names the measures in force', () => {
  it.each([
    ['en', 'Area\tBaseline (2029)\tTarget (2032)\tResponsible\tAssistance required?',
      'Prohibitions\tThe Penal Code, section 12, makes the production and use of chemical and biological weapons offences; it does not cover nuclear weapons\tAmendment of the Penal Code to cover nuclear weapons, to be laid before the National Assembly in 2031\tMinistry of Justice\tYes: legislative advice'],
    ['es', 'Área\tLínea de base (2029)\tMeta (2032)\tResponsable\t¿Requiere asistencia?',
      'Prohibiciones\tEl Código Penal, art. 12, tipifica la producción y el empleo de armas químicas y biológicas; no cubre las armas nucleares\tReforma del Código Penal que incluya las armas nucleares, presentada a la Asamblea Nacional en 2031\tMinisterio de Justicia\tSí: asesoría legislativa'],
  ])('asks for what the row\'s action names, not for the weapons its situation says are covered (%s)', async (_language, header, row) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', '3 February 2030', `${header}\n${row}`]);
    expect(assistanceRequested).toEqual(['op2.nuclear']);
  });
});

describe('a list item whose need, said in a later sentence of the item, was met', () => {
  it.each([
    ['en', 'Vanuatu seeks assistance in the following areas:', '(a) drafting a national control list of dual-use goods;',
      '(b) radiation detectors for the port of Port Vila. Two portal monitors were installed in 2028 with the support of a partner; this need has been met and is recalled for information;'],
    ['es', 'Vanuatu solicita asistencia en las esferas siguientes:', 'a) elaboración de una lista nacional de control de bienes de doble uso;',
      'b) detectores de radiación para el puerto de Port Vila. En 2028 se instalaron dos pórticos con el apoyo de un asociado; esta necesidad ya ha sido atendida y se recuerda a título informativo;'],
    ['fr', 'Vanuatu sollicite une assistance dans les domaines suivants :', "a) l'élaboration d'une liste nationale de contrôle des biens à double usage ;",
      "b) des détecteurs de rayonnements pour le port de Port-Vila. Deux portiques ont été installés en 2028 avec l'appui d'un partenaire ; ce besoin a été satisfait et est rappelé pour information ;"],
  ])('passes over the item (%s)', async (_language, ...lines) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Assistance', ...lines]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('an Arabic request that goes on to its next object with "and for" written on the word', () => {
  it('reads the second object for what it names as lacking (ar)', async () => {
    expect(elementsOfRequest(fold('وتطلب فانواتو مساعدة قانونية لصياغة أحكام جزائية تجرّم الأسلحة الكيميائية، ولإعداد قواعد تنظّم الأمن البيولوجي في المختبرات.')).sort())
      .toEqual(['op2.chemical', 'op3b.physical_protection']);
  });
});

describe('a Chinese wish that others provide help', () => {
  it.each([
    ['斐济希望国际原子能机构为建立国家放射源登记册提供技术援助。', ['op3a.accounting']],
    ['斐济希望捐助国向斐济海关提供辐射探测设备援助。', ['op3c.border_control']],
    // The state's own help to others is its offer.
    ['斐济希望向太平洋邻国提供海关辐射探测培训方面的援助。', []],
    ['斐济希望能够为太平洋邻国建立放射源登记册提供支持。', []],
  ])('reads who provides: others for the state, or the state for others (%s)', async (sentence, elements) => {
    const { assistanceRequested } = await extractText(['斐济常驻联合国代表团', '2030年4月8日', '三、合作', sentence]);
    expect(assistanceRequested.sort()).toEqual(elements);
  });
});

describe('a note written under the paragraph of the resolutions on assistance', () => {
  it.each([
    ['fr', "La Mission permanente du Tchad présente ses compliments au Comité et, en application du paragraphe 7 de ladite résolution, a l'honneur de porter à sa connaissance ce qui suit."],
    ['en', 'The Permanent Mission of Chad presents its compliments to the Committee and, pursuant to paragraph 16 of resolution 2663 (2022), has the honour to inform it of the following.'],
    ['es', 'La Misión Permanente del Chad saluda atentamente al Comité y, conforme al párrafo 7 de la resolución 1540 (2004), tiene el honor de informarle de lo siguiente.'],
  ])('is an assistance request (%s)', async (_language, opening) => {
    const body = 'Les services des douanes appliquent le code des douanes. The customs service applies the customs code.';
    const { reportType } = await extractText(['Permanent Mission of Chad', 'New York, 3 February 2030', opening, body]);
    expect(reportType).toBe('assistance_request');
  });

  it('is not one for another paragraph or resolution (en)', async () => {
    const opening = 'The Permanent Mission of Chad presents its compliments to the Committee and, pursuant to paragraph 7 of resolution 2325 (2016), has the honour to inform it of the following.';
    const { reportType } = await extractText(['Permanent Mission of Chad', 'New York, 3 February 2030', opening, 'The customs service applies the customs code.']);
    expect(reportType).not.toBe('assistance_request');
  });
});

describe('an Arabic list lettered with a letter and a stop ("أ.", "ب.")', () => {
  const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });

  it('reads each lettered line as an item, its letter not a sentence of its own; a title\'s letter before a name is none', () => {
    const units = unitsOf(['أ. إنشاء سجل وطني للمواد الكيميائية الخطرة.', '', 'ب. تدريب موظفي الموانئ.', '', 'د. كمال منصور، مدير إدارة الشؤون القانونية.']);
    expect(units.map((u) => [u.text.slice(0, 2), u.listItem])).toEqual([['أ.', true], ['ب.', true], ['د.', false]]);
  });

  it('takes the items the request announces (ar)', async () => {
    const { assistanceRequested } = await extractText([
      'البعثة الدائمة لجمهورية فانواتو', 'نيويورك في 3 شباط/فبراير 2030', 'تطلب فانواتو المساعدة في المجالات الآتية:',
      'أ. إنشاء سجل وطني للمواد الكيميائية الخطرة في المصانع.', 'ب. تزويد ميناء بورت فيلا بأجهزة كشف إشعاعي.',
    ]);
    expect(assistanceRequested.sort()).toEqual(['op3a.accounting', 'op3c.border_control']);
  });
});

describe('a request said, in an item of the list, to have been met or to be needed no more', () => {
  it.each([
    // The request as the subject, its being met as the verb after a relative clause.
    ['ar', 'تطلب فانواتو المساعدة في المجالات الآتية:', '(أ) إعداد قائمة وطنية للمواد ذات الاستخدام المزدوج؛',
      '(ب) ملاحظة: طلب المساعدة في تأمين المصادر المشعة الذي قدمته فانواتو عام 2027 تمت تلبيته في عام 2028.'],
    ['ar', 'تطلب فانواتو المساعدة في المجالات الآتية:', '(أ) إعداد قائمة وطنية للمواد ذات الاستخدام المزدوج؛',
      '(ب) أما تأمين المصادر المشعة فقد دعمته دولة شريكة، ولذلك لم يعد مطلوبا.'],
    ['en', 'Vanuatu seeks assistance in the following areas:', '(a) drafting a national control list of dual-use goods;',
      '(b) securing disused radioactive sources, for which help is no longer required.'],
    ['fr', 'Vanuatu sollicite une assistance dans les domaines suivants :', "a) l'élaboration d'une liste nationale de contrôle des biens à double usage ;",
      "b) la sécurisation des sources radioactives retirées du service, qui n'est plus nécessaire."],
  ])('asks for the other items alone (%s)', async (_language, ...lines) => {
    const { assistanceRequested } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', 'Assistance', ...lines]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });

  it('reads the need met with its verb first ("لبّى احتياجات", met the needs) as help that came (ar)', () => {
    expect(NEED_MET.test(fold('وقدمت الوكالة التدريب ولبّى احتياجات فانواتو في هذا المجال.'))).toBe(true);
  });
});

describe('help asked as training needed, and help declined with its qualifier after it (fr)', () => {
  it('reads "a besoin de formations" as a request and "aucune assistance supplémentaire n\'est sollicitée" as none', async () => {
    const { assistanceRequested } = await extractText([
      'Mission permanente de Vanuatu', 'New York, le 3 février 2030',
      "Vanuatu a en outre besoin de formations à l'intention des douaniers sur la détection des matières radioactives.",
      "S'agissant de la liste nationale de contrôle, son élaboration bénéficie déjà de l'appui d'un partenaire ; aucune assistance supplémentaire n'est sollicitée à ce titre.",
    ]);
    expect(assistanceRequested).toEqual(['op3c.border_control']);
  });

  it.each([
    ['en', 'Vanuatu needs training for its customs officers.'],
    ['es', 'Vanuatu necesita capacitación para sus funcionarios de aduanas.'],
    ['ru', 'Вануату нуждается в обучении сотрудников таможни.'],
    ['zh', '瓦努阿图需要培训海关官员。'],
  ])('reads training needed as help asked (%s)', (_language, sentence) => {
    expect(REQUEST_CUE.test(fold(sentence))).toBe(true);
  });
});

describe('an Arabic note written under "the paragraph 7 of the resolution" it has cited', () => {
  it('is an assistance request, and one under another resolution\'s paragraph 7 is not (ar)', async () => {
    const opening = (resolution: string) => `تهدي البعثة الدائمة لجمهورية فانواتو تحياتها إلى لجنة مجلس الأمن المنشأة عملاً بالقرار 1540 (2004)، وتتشرف، عملاً بالفقرة 7 من ${resolution}، بأن تحيل إليها طيه مذكرة بشأن الوضع في فانواتو.`;
    const body = 'تطبق مصلحة الجمارك قانون الجمارك في جميع المنافذ.';
    const typeOf = async (resolution: string) => (await extractText(['البعثة الدائمة لجمهورية فانواتو', 'نيويورك في 3 شباط/فبراير 2030', opening(resolution), body])).reportType;
    expect(await typeOf('القرار')).toBe('assistance_request');
    expect(await typeOf('القرار 2325 (2016)')).not.toBe('assistance_request');
  });
});

describe('a letter that refers to the national report and gives the following update', () => {
  it.each([
    ['en', 'I have the honour to refer to the national report of Vanuatu of 2019 and to provide the Committee with the following update on the steps taken since then.',
      'Vanuatu is a party to the Chemical Weapons Convention.'],
    ['fr', "J'ai l'honneur de me référer au rapport national de Vanuatu de 2019 et de communiquer au Comité la mise à jour suivante sur les mesures prises depuis lors.",
      'Vanuatu est partie à la Convention sur les armes chimiques.'],
  ])('is additional information, not a first report (%s)', async (_language, opening, body) => {
    const { reportType } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', opening, body]);
    expect(reportType).toBe('additional_information');
  });
});

describe('help already given, the helper as the subject and the request as its object', () => {
  it.each([
    ['ar', 'أما تدريب موظفي المختبرات، فقد لبّت منظمة الصحة العالمية طلب فانواتو بشأنه في عام 2028.'],
    ['en', 'As to laboratory training, the World Health Organization met that request in 2028.'],
    ['fr', "Quant à la formation du personnel des laboratoires, l'OMS a satisfait cette demande en 2028."],
    ['es', 'En cuanto a la capacitación del personal de laboratorio, la OMS atendió esa solicitud en 2028.'],
    ['ru', 'Что касается подготовки персонала лабораторий, ВОЗ удовлетворила эту просьбу в 2028 году.'],
    ['zh', '关于实验室人员培训，世界卫生组织已于2028年满足了该请求。'],
  ])('reads the need as met (%s)', (_language, sentence) => {
    expect(NEED_MET.test(fold(sentence))).toBe(true);
  });

  it('leaves the item out of the request list it stands in (ar)', async () => {
    const { assistanceRequested } = await extractText([
      'البعثة الدائمة لجمهورية فانواتو', 'نيويورك في 3 شباط/فبراير 2030', 'ثانياً - المساعدة المطلوبة',
      '3. تطلب فانواتو المساعدة في إعداد قائمة وطنية للمواد ذات الاستخدام المزدوج.',
      '4. أما تأمين المصادر المشعة المهملة، فقد لبّت دولة شريكة طلب فانواتو بشأنه في عام 2028.',
    ]);
    expect(assistanceRequested).toEqual(['op3d.export_control']);
  });
});

describe('customs training against illicit brokering', () => {
  it.each([
    ['fr', 'Vanuatu sollicite une formation des douaniers à la détection du courtage illicite.'],
    ['en', 'Vanuatu requests assistance to train customs officers in detecting illicit brokering.'],
    ['es', 'Vanuatu solicita capacitación de los aduaneros en la detección de la intermediación ilícita.'],
  ])('is law enforcement at the border, not a control of brokering services (%s)', (_language, sentence) => {
    expect(elementsOfRequest(fold(sentence))).toEqual(['op3c.border_control']);
  });
});

describe('an Arabic heading on areas that still need work', () => {
  it('asks for nothing; areas that need help do (ar)', () => {
    expect(REQUEST_CUE.test(fold('ثالثاً: المجالات التي لا تزال تحتاج إلى استكمال'))).toBe(false);
    expect(REQUEST_CUE.test(fold('ثالثاً: المجالات التي تحتاج إلى مساعدة'))).toBe(true);
  });

  it('does not make the lacks listed under it a request (ar)', async () => {
    const { assistanceRequested } = await extractText([
      'البعثة الدائمة لجمهورية فانواتو', 'نيويورك في 3 شباط/فبراير 2030', 'ثالثاً: المجالات التي لا تزال تحتاج إلى استكمال',
      '- الأسلحة الكيميائية: لا يوجد حتى الآن أي نص قانوني يحظر الأسلحة الكيميائية.',
      '- ضوابط التصدير: لا يوجد نظام لترخيص تصدير السلع ذات الاستخدام المزدوج.',
    ]);
    expect(assistanceRequested).toEqual([]);
  });
});
