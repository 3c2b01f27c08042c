/**
 * Wording and layouts the labelled corpus does not show, written for these tests: bans listed in
 * one Russian sentence, measures "still under study" in the six languages, deadlines worded the
 * way each language's Committee texts put them, and deadlines inside table rows.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { EXTRACTION_LIMITS, WorkBudget } from '../../../shared/extraction/limits.js';
import { readPdf } from '../../../shared/extraction/readers/pdfReader.js';
import { utf8 } from './support/documents.js';

async function extractText(lines: string[]) {
  return extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
}

const present = (extraction: Awaited<ReturnType<typeof extractText>>) => extraction.matrix.map((m) => m.element);

const MEASURES_IN_FORCE = [
  {
    what: 'chemical and biological bans joined to a nuclear one by "а также"',
    lines: [
      'Правительство Республики Армения',
      'Ереван, 9 октября 2023 г.',
      'Статьи 386 и 387 Уголовного кодекса устанавливают ответственность за незаконный оборот ядерных материалов, а также за разработку и приобретение химического и биологического оружия.',
    ],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological'],
  },
  {
    what: 'a Russian code cited by its abbreviation, with "средств его доставки"',
    lines: ['Правительство Туркменистана', 'Ашхабад, 2 марта 2024 г.', 'УК Туркменистана запрещает изготовление, приобретение и передачу ядерного, химического и биологического оружия, а также средств его доставки.'],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological', 'op2.delivery'],
  },
  {
    what: 'weapon adjectives in a list ending with the noun (en)',
    lines: ['Government of the Republic of Fiji', 'Suva, 2 March 2024', 'The Crimes Act 2009 makes it an offence to develop, acquire or possess nuclear, chemical or biological weapons.'],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological'],
  },
  {
    what: 'weapon adjectives in a list ending with the noun (fr)',
    lines: ['Gouvernement de la République du Tchad', "N'Djamena, le 2 mars 2024", "Le Code pénal réprime la fabrication et la détention d'armes nucléaires, chimiques ou biologiques."],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological'],
  },
  {
    what: 'weapon adjectives in a list ending with the noun (es)',
    lines: ['Gobierno de la República de Panamá', 'Panamá, 2 de marzo de 2024', 'El Código Penal sanciona la fabricación y tenencia de armas nucleares, químicas o biológicas.'],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological'],
  },
  {
    what: 'weapon adjectives in a list ending with the noun (zh)',
    lines: ['越南政府', '2024年3月2日', '《刑法》禁止非法制造、储存核、化学和生物武器。'],
    present: ['op2.nuclear', 'op2.chemical', 'op2.biological'],
  },
  {
    what: 'an export-control text that bans transfers to non-State actors (en)',
    lines: ['Government of the Republic of Singapore', 'Singapore, 2 March 2024', 'The Strategic Goods Regulations forbid the export or transfer of missiles and their parts to non-State actors.'],
    present: ['op2.delivery', 'op1'],
  },
  {
    what: 'an export-control text that bans transfers to non-State actors (zh, "不得")',
    lines: ['新加坡政府', '2024年3月2日', '《战略物资管制条例》规定，任何单位和个人不得向非国家行为者出口或转让导弹。'],
    present: ['op2.delivery', 'op1'],
  },
  {
    what: 'a licensing board that examines applications (not "being examined")',
    lines: [
      'Government of the Republic of Zambia',
      'Lusaka, 2 June 2024',
      'Under the Export Control Act, 2019, every application for an export licence is examined by the Licensing Board within thirty days.',
    ],
    present: ['op3d.export_control'],
  },
];

describe.each(MEASURES_IN_FORCE)('a measure in force: $what', ({ lines, present: elements }) => {
  it('is read as present, not as a gap', async () => {
    const extraction = await extractText(lines);

    expect(present(extraction)).toEqual(expect.arrayContaining(elements));
    for (const element of elements) expect(extraction.gaps).not.toContain(element);
  });
});

/** A government's heading and a date, per language: what a short note starts with. */
const HEADING = {
  en: ['Government of the Republic of Zambia', 'Lusaka, 2 June 2024'],
  fr: ['Gouvernement de la République du Niger', 'Niamey, le 2 juin 2024'],
  es: ['Gobierno de la República del Paraguay', 'Asunción, 2 de junio de 2024'],
  ru: ['Правительство Республики Таджикистан', 'Душанбе, 2 июня 2024 г.'],
  zh: ['蒙古国政府', '2024年6月2日'],
  ar: ['حكومة دولة الكويت', 'الكويت، 2 حزيران/يونيه 2024'],
} as const;

const STILL_UNDER_STUDY = ([
  ['en', 'Whether to keep a national inventory of dangerous pathogens remains the subject of discussion between the health and agriculture ministries.'],
  ['fr', "La tenue d'un inventaire national des agents pathogènes dangereux fait l'objet d'une réflexion entre les ministères concernés."],
  ['es', 'La creación de un inventario nacional de patógenos peligrosos es objeto de análisis por parte de los ministerios competentes.'],
  ['ru', 'Вопрос о ведении национального реестра опасных патогенов находится на стадии проработки в профильных министерствах.'],
  ['zh', '关于建立危险病原体国家登记制度的问题，相关部委仍在探讨。'],
  ['ar', 'لا يزال إنشاء سجل وطني للعوامل الممرضة الخطرة موضع دراسة لدى الوزارات المعنية.'],
  ['en', 'Records of stocks of dangerous pathogens held by private laboratories are not currently subject to any national register.'],
  ['fr', "Les stocks d'agents pathogènes détenus par les laboratoires privés ne sont pas soumis à un registre national."],
  ['es', 'Las existencias de patógenos de los laboratorios privados no están sujetas a un registro nacional.'],
  ['ru', 'Запасы патогенов в частных лабораториях не подлежат внесению в национальный реестр.'],
  ['zh', '私营实验室持有的病原体不受国家登记制度管理。'],
  ['ar', 'لا تخضع مخزونات العوامل الممرضة في المختبرات الخاصة لأي سجل وطني.'],
] as const).map(([language, sentence]) => ({ language, lines: [...HEADING[language], sentence] }));

describe.each(STILL_UNDER_STUDY)('a measure still under study or not yet applied ($language)', ({ language, lines }) => {
  it('is a gap, not a measure', async () => {
    const extraction = await extractText(lines);

    expect(extraction.language).toBe(language);
    expect(extraction.gaps).toContain('op3a.accounting');
    expect(present(extraction)).not.toContain('op3a.accounting');
  });
});

const COMMITTEE_DEADLINES = [
  {
    language: 'zh',
    lines: ['第1540(2004)号决议所设委员会', '2026年1月12日', '2026年工作方案', '1. 专家组将在2026年4月30日前完成区域讲习班的报告。', '2. 各国联络点名单每年11月底前更新。', '3. 依照第2325(2016)号决议开展工作。'],
    want: [['2026-04-30', 'day', null], ['2026-11-30', 'month', 'yearly']],
  },
  {
    language: 'es',
    lines: ['Comité establecido en virtud de la resolución 1540 (2004)', '12 de enero de 2026', 'Programa de trabajo para 2026', '1. El Grupo de Expertos presentará el informe sobre los talleres a más tardar el 30 de abril de 2026.', '2. La Secretaría actualizará el directorio de puntos de contacto a fines de noviembre de 2026.'],
    want: [['2026-04-30', 'day', null], ['2026-11-30', 'month', null]],
  },
  {
    language: 'ru',
    lines: ['Комитет, учрежденный резолюцией 1540 (2004)', '12 января 2026 года', 'Программа работы на 2026 год', '1. Группа экспертов представит доклад о семинарах не позднее 30 апреля 2026 года.', '2. Секретариат обновит справочник контактных лиц не позднее конца ноября 2026 года.'],
    want: [['2026-04-30', 'day', null], ['2026-11-30', 'month', null]],
  },
  {
    language: 'fr',
    lines: ['Comité créé par la résolution 1540 (2004)', '12 janvier 2026', 'Programme de travail pour 2026', "1. Le Groupe d'experts remettra son rapport d'ici au 30 avril 2026.", '2. Le Comité examinera les matrices avant la fin de novembre de chaque année.', "3. La résolution 1977 (2011) a prorogé le mandat jusqu'au 25 avril 2021."],
    want: [['2026-04-30', 'day', null], ['2026-11-30', 'month', 'yearly']],
  },
  {
    language: 'ar',
    lines: ['اللجنة المنشأة عملا بالقرار 1540 (2004)', '12 كانون الثاني/يناير 2026', 'برنامج عمل اللجنة لعام 2026', '1. يقدم فريق الخبراء الاستعراض السنوي للحلقات في موعد أقصاه 30 نيسان/أبريل 2026.'],
    want: [['2026-04-30', 'day', null]],
  },
] as const;

describe.each(COMMITTEE_DEADLINES)('a Committee programme of work ($language)', ({ language, lines, want }) => {
  it('yields its deadlines, not the years of resolutions', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.reportType).toBe('committee_document');
    expect(extraction.deadlines.map((d) => [d.date, d.precision, d.recurrence])).toEqual(want);
  });
});

const ROWS = [
  ['Deliverable', 'Lead', 'Due', 'Status'],
  ['Circulate the revised reporting guide to States', 'Secretariat', '15 May 2026', 'ongoing'],
  ['Submit the outreach calendar to the Committee', 'Working group 4', '30 June 2026', 'not started'],
];

describe('deadlines in the rows of a table', () => {
  it('reads a date in the middle of a DOCX row', async () => {
    const table = new Table({ rows: ROWS.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
    const doc = new Document({ sections: [{ children: [new Paragraph('Programme of work of the Committee'), new Paragraph('12 January 2026'), table] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));

    const extraction = await extractDocument({ bytes, fileName: 'pow.docx' });

    expect(extraction.deadlines.map((d) => d.date)).toEqual(['2026-05-15', '2026-06-30']);
    expect(extraction.deadlines[0]!.task).toContain('Circulate the revised reporting guide');
  });

  it('reads a date in the middle of a PDF row, columns kept apart', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    page.drawText('Programme of work of the Committee', { x: 50, y: 800, size: 12, font });
    page.drawText('12 January 2026', { x: 50, y: 780, size: 10, font });
    ROWS.forEach((cells, r) => cells.forEach((text, c) => page.drawText(text, { x: [50, 300, 400, 500][c]!, y: 740 - r * 24, size: 9, font })));
    // A cell that wraps: its date sits between the two lines of the task, as when cells are centred.
    page.drawText('Prepare the draft annual review for', { x: 50, y: 660, size: 9, font });
    page.drawText('31 October 2026', { x: 400, y: 653, size: 9, font });
    page.drawText('the Committee', { x: 50, y: 646, size: 9, font });

    const extraction = await extractDocument({ bytes: await pdf.save(), fileName: 'pow.pdf' });

    expect(extraction.deadlines.map((d) => d.date)).toEqual(['2026-05-15', '2026-06-30', '2026-10-31']);
    expect(extraction.deadlines[2]!.task).toContain('Prepare the draft annual review');
  });
});

const STATE_ADJECTIVES = [
  { language: 'en', state: 'ZMB', lines: ['Note on the implementation of resolution 1540 (2004)', 'The Zambian Government has reinforced controls at border posts, and Zambian customs officers apply the Customs and Excise Act.'] },
  { language: 'fr', state: 'MLI', lines: ['Note sur la mise en œuvre de la résolution 1540 (2004)', 'Le Gouvernement malien a renforcé les contrôles aux postes frontières et les douanes maliennes appliquent le Code des douanes.'] },
  { language: 'es', state: 'COL', lines: ['Nota sobre la aplicación de la resolución 1540 (2004)', 'El Gobierno colombiano ha reforzado los controles en los pasos fronterizos y las autoridades colombianas aplican el Estatuto Aduanero.'] },
  { language: 'ru', state: 'UZB', lines: ['Записка о выполнении резолюции 1540 (2004)', 'Узбекская сторона усилила контроль на пограничных постах, а узбекские таможенники применяют Таможенный кодекс.'] },
  { language: 'zh', state: 'CHN', lines: ['关于执行第1540(2004)号决议的说明', '中国政府加强了边境口岸管制，中国海关依照《海关法》执法。'] },
  { language: 'ar', state: 'EGY', lines: ['مذكرة بشأن تنفيذ القرار 1540 (2004)', 'عززت الحكومة المصرية الرقابة في المنافذ الحدودية، وتطبق الجمارك المصرية قانون الجمارك.'] },
  // Partners named by adjective weigh less than the letterhead.
  { language: 'en', state: 'BWA', lines: ['Permanent Mission of the Republic of Botswana to the United Nations', 'Gaborone, 3 April 2025', 'Zambian, Namibian and Zimbabwean customs officers took part in a joint border exercise organised under the Customs and Excise Duty Act.'] },
] as const;

describe.each(STATE_ADJECTIVES)('a note with state adjectives ($language, $state)', ({ language, state, lines }) => {
  it('yields its own state', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.state).toBe(state);
  });
});

const SIGNATURE_BLOCKS = [
  { language: 'en', lines: ['New York, 11 September 2030', 'My Government co-organised a workshop with Estonia in Tallinn; officials of Estonia took part in it.', '(Signed) Kaarina Mäkelä', 'Permanent Representative of Finland to the United Nations'] },
  { language: 'fr', lines: ['New York, le 11 septembre 2030', 'Mon pays a coorganisé un atelier avec la Norvège à Oslo ; des fonctionnaires de la Norvège y ont participé.', '(Signé) Kaarina Mäkelä', "Représentante permanente de la Finlande auprès de l'Organisation des Nations Unies"] },
  { language: 'es', lines: ['Nueva York, 11 de septiembre de 2030', 'Mi país organizó un taller con Estonia en Tallin, en el que participaron funcionarios de Estonia.', '(Firmado) Kaarina Mäkelä', 'Representante Permanente de Finlandia ante las Naciones Unidas'] },
  { language: 'ru', lines: ['Нью-Йорк, 11 сентября 2030 года', 'Наша страна провела семинар совместно с Эстонией в Таллине, и в нем участвовали сотрудники Эстонии.', '(Подпись) Кайса Мякеля', 'Постоянный представитель Финляндии при Организации Объединенных Наций'] },
  { language: 'zh', lines: ['2030年9月11日，纽约', '我国与爱沙尼亚在塔林合办了讲习班，爱沙尼亚官员也参加了讲习班。', '（签名）卡琳娜·马凯莱', '芬兰常驻联合国代表'] },
  { language: 'ar', lines: ['نيويورك، 11 أيلول/سبتمبر 2030', 'نظمت بلادي مع إستونيا حلقة عمل في تالين، وشارك فيها موظفون من إستونيا.', '(توقيع) كارينا ماكيلا', 'المندوب الدائم لفنلندا لدى الأمم المتحدة'] },
] as const;

describe.each(SIGNATURE_BLOCKS)('a letter whose state is named only in its signature block ($language)', ({ language, lines }) => {
  it('yields the state its Permanent Representative signs for, not the partner named in the body', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.state).toBe('FIN');
  });
});

// The UN's own names, where they differ from the reference list's ("San Cristóbal y Nieves", "Saint-Christophe-et-Niévès",
// "شمال مقدونيا"), beside a partner named by its listed name.
const UN_NAMES = [
  { language: 'es', state: 'KNA', lines: ['Nota sobre la aplicación de la resolución 1540 (2004)', 'El Gobierno de Saint Kitts y Nevis ha reforzado los controles en el puerto de Basseterre.'] },
  { language: 'fr', state: 'KNA', lines: ['Note sur la mise en œuvre de la résolution 1540 (2004)', 'Le Gouvernement de Saint-Kitts-et-Nevis a renforcé les contrôles au port de Basseterre.'] },
  { language: 'ar', state: 'MKD', lines: ['البعثة الدائمة لجمهورية مقدونيا الشمالية لدى الأمم المتحدة', 'تتشرف البعثة الدائمة بأن تحيل طلب المساعدة المقدم من حكومة جمهورية مقدونيا الشمالية، وترحب بعرض اليابان تنظيم دورة تدريبية.'] },
] as const;

describe.each(UN_NAMES)('a note naming its state by the UN\'s name ($language, $state)', ({ language, state, lines }) => {
  it('yields that state', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.state).toBe(state);
  });
});

// A minister signs for the state without "of" before its name: the state stands alone under the office, below a
// body where a donor is named after "Government of", as a letterhead names the author.
const MINISTERS_SIGNATURES = [
  { language: 'en', lines: ['Majuro, 17 March 2030', 'The national workshop was financed by the Government of Australia, and officials of the ministries took part in it.', '(Signed) Jemi Nashon', 'Minister of Foreign Affairs', 'Republic of the Marshall Islands'] },
  { language: 'fr', lines: ['Majuro, le 17 mars 2030', "L'atelier national a été financé par le Gouvernement de l'Australie, et des fonctionnaires des ministères y ont participé.", '(Signé) Jemi Nashon', 'Ministre des affaires étrangères', 'République des Îles Marshall'] },
  { language: 'es', lines: ['Majuro, 17 de marzo de 2030', 'El taller nacional fue financiado por el Gobierno de Australia, y en él participaron funcionarios de los ministerios.', '(Firmado) Jemi Nashon', 'Ministro de Relaciones Exteriores', 'República de las Islas Marshall'] },
  { language: 'ru', lines: ['Маджуро, 17 марта 2030 года', 'Национальный семинар был профинансирован правительством Австралии, и в нем участвовали сотрудники министерств.', '(Подпись) Джеми Нашон', 'Министр иностранных дел', 'Республика Маршалловы Острова'] },
  { language: 'zh', lines: ['2030年3月17日，马朱罗', '国家讲习班由澳大利亚政府资助，各部委官员参加了讲习班。', '（签名）杰米·纳雄', '外交部长', '马绍尔群岛共和国'] },
  { language: 'ar', lines: ['ماجورو، 17 آذار/مارس 2030', 'مولت حكومة أستراليا حلقة العمل الوطنية، وشارك فيها موظفو الوزارات.', '(توقيع) جيمي ناشون', 'وزير الخارجية', 'جمهورية جزر مارشال'] },
] as const;

describe.each(MINISTERS_SIGNATURES)('a letter whose state stands alone under its signer\'s office ($language)', ({ language, lines }) => {
  it('yields the state signed for, not the donor named after "Government of"', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.state).toBe('MHL');
  });
});

async function tablePdf(lines: string[], rows: string[][], columns: number[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 800 - i * 18, size: 10, font }));
  rows.forEach((cells, r) => cells.forEach((text, c) => page.drawText(text, { x: columns[c]!, y: 720 - r * 24, size: 8, font })));
  return pdf.save();
}

describe('an action plan laid out as a table', () => {
  it('reads a PDF table cell by cell: columns stay apart, a numbered heading stays a heading', async () => {
    const bytes = await tablePdf(
      ['Government of the Republic of Malawi', 'Lilongwe, 8 July 2025', 'National implementation action plan'],
      [['Area', 'Action to be taken', 'Lead', 'Timeline'], ['Pathogen inventory', 'Adopt regulations creating a register of pathogens', 'Ministry of Health', '2026']],
      [50, 160, 400, 500],
    );

    const extraction = await extractDocument({ bytes, fileName: 'plan.pdf' });

    expect(extraction.gaps).toContain('op3a.accounting');
    expect(present(extraction)).not.toContain('op3a.accounting');
  });


  it('reads the action cell as a plan and the lead agency as nothing in force', async () => {
    const extraction = await extractText([
      'Government of the Republic of Malawi',
      'Lilongwe, 8 July 2025',
      'National implementation action plan',
      'Area | Action to be taken | Lead | Timeline',
      'Pathogen inventory | Adopt regulations creating a register of dangerous pathogens | Ministry of Health | 2026',
      'Border control | The Customs and Excise Act is in force | Procure radiation detectors | Malawi Revenue Authority | 2025',
    ]);

    expect(extraction.reportType).toBe('action_plan');
    expect(extraction.gaps).toContain('op3a.accounting');
    expect(present(extraction)).not.toContain('op3a.accounting');
    expect(present(extraction)).toContain('op3c.border_control');
  });
});

describe('a supplementary report', () => {
  it.each([
    ['es', 'Informe complementario de la República de Chile sobre la aplicación de la resolución 1540 (2004)', 'Chile solicita asistencia técnica para capacitar a sus funcionarios de aduanas.'],
    ['fr', 'Rapport complémentaire de la République du Togo sur la mise en œuvre de la résolution 1540 (2004)', 'Le Togo sollicite une assistance technique pour former ses agents des douanes.'],
    ['en', 'Supplementary report of the Republic of Malta on the implementation of resolution 1540 (2004)', 'Malta requests technical assistance to train its customs officers.'],
  ])('is additional information (%s), even when it also asks for help', async (_language, title, request) => {
    const extraction = await extractText([title, '2 March 2024', request]);

    expect(extraction.reportType).toBe('additional_information');
  });
});

const TREATY_STILL_IN_PROCESS = [
  { language: 'en', lines: ['Government of Saint Lucia', 'Castries, 2 March 2024', 'Saint Lucia will initiate the procedure to accede to the International Convention for the Suppression of Acts of Nuclear Terrorism.'], treaty: 'icsant' },
  { language: 'fr', lines: ['Gouvernement de la République du Burundi', 'Gitega, le 2 mars 2024', "L'adhésion à la Convention internationale pour la répression des actes de terrorisme nucléaire fait l'objet d'une procédure interne d'examen."], treaty: 'icsant' },
  { language: 'es', lines: ['Gobierno de la República de Honduras', 'Tegucigalpa, 2 de marzo de 2024', 'Iniciar el proceso de adhesión al Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear.'], treaty: 'icsant' },
  { language: 'ru', lines: ['Правительство Республики Молдова', 'Кишинев, 2 марта 2024 г.', 'Начата процедура присоединения к Международной конвенции о борьбе с актами ядерного терроризма.'], treaty: 'icsant' },
  { language: 'zh', lines: ['柬埔寨政府', '2024年3月2日', '柬埔寨正在办理加入《制止核恐怖主义行为国际公约》的国内手续。'], treaty: 'icsant' },
  { language: 'ar', lines: ['حكومة دولة قطر', 'الدوحة، 2 آذار/مارس 2024', 'بدأت إجراءات الانضمام إلى الاتفاقية الدولية لقمع أعمال الإرهاب النووي.'], treaty: 'icsant' },
  // The instruments being prepared, the accession being weighed.
  { language: 'en', lines: ['Government of Grenada', "St. George's, 2 March 2024", 'Instruments of accession to the Convention on the Physical Protection of Nuclear Material are being prepared by the Ministry of Legal Affairs.'], treaty: 'cppnm' },
  { language: 'es', lines: ['Gobierno de Belice', 'Belmopán, 2 de marzo de 2024', 'Se están preparando los instrumentos de adhesión a la Convención sobre la protección física de los materiales nucleares.'], treaty: 'cppnm' },
  { language: 'ar', lines: ['حكومة جمهورية ملديف', 'ماليه، 2 آذار/مارس 2024', 'وتنظر الحكومة حاليا في الانضمام إلى اتفاقية الحماية المادية للمواد النووية.'], treaty: 'cppnm' },
] as const;

describe.each(TREATY_STILL_IN_PROCESS)('a treaty still in the process of accession ($language)', ({ language, lines, treaty }) => {
  it('is not counted as a treaty the state is party to', async () => {
    const extraction = await extractText([...lines]);

    expect(extraction.language).toBe(language);
    expect(extraction.treaties).not.toContain(treaty);
  });
});

describe('table columns in a PDF', () => {
  it('keeps narrow columns apart and leaves justified prose whole', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    // Justified prose drawn word by word, every gap 1.6 font heights wide.
    let x = 50;
    for (const word of 'The Customs Service inspects every container at the port'.split(' ')) {
      page.drawText(word, { x, y: 800, size: 10, font });
      x += font.widthOfTextAtSize(word, 10) + 16;
    }
    // Two cells 1.5 font heights apart: a narrow column.
    page.drawText('Adopt a control list', { x: 50, y: 760, size: 10, font });
    page.drawText('Ministry of Trade', { x: 50 + font.widthOfTextAtSize('Adopt a control list', 10) + 15, y: 760, size: 10, font });

    const { pages } = await readPdf(await pdf.save(), new WorkBudget(EXTRACTION_LIMITS));

    expect(pages[0]).toContain('The Customs Service inspects every container at the port');
    expect(pages[0]).toContain('Adopt a control list\tMinistry of Trade');
  });
});

describe('a treaty table whose status cell is blank', () => {
  it('reads a treaty named alone beside marked rows as not joined', async () => {
    const lines = ['1540 Committee matrix of Nepal', 'Approved on 4 May 2030', 'Instrument\tX\tRemarks', 'Chemical Weapons Convention\tX\tRatified 1997',
      'Hague Code of Conduct against Ballistic Missile Proliferation', 'Biological Weapons Convention\tX\tRatified 2016'];
    const { treaties } = await extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'matrix.txt' });

    expect(treaties.sort()).toEqual(['bwc', 'cwc']);
  });
});

describe('a treaty table with a column per step', () => {
  it('reads a date under "Signature" as signed only, and under "Ratification" or "Entry into force" as joined', async () => {
    const lines = ['Permanent Mission of Tonga', 'New York, 3 March 2030', 'Instrument\tSignature\tRatification\tEntry into force',
      'Comprehensive Nuclear-Test-Ban Treaty\t7 September 2000\t7 March 2001\tTreaty not in force',
      'IAEA comprehensive safeguards agreement\t18 March 1994\t-\t23 May 1997',
      'International Convention for the Suppression of Acts of Nuclear Terrorism\t14 September 2005\t-\t-'];
    const { treaties } = await extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });

    expect(treaties.sort()).toEqual(['ctbt', 'iaea_csa']);
  });
});

describe('a list of abbreviations', () => {
  it.each([
    ['ru', ['ДП — Дополнительный протокол; МКБАЯТ — Международная конвенция о борьбе с актами ядерного терроризма; МКБФТ — Международная конвенция о борьбе с финансированием терроризма.',
      'ДП — в силе с 28 июня 2004 г.;', 'МКБФТ — ратифицирована 16 марта 2004 г.;', 'МКБАЯТ подписана 15 сентября 2005 г.']],
    ['en', ['AP: Additional Protocol; ICSANT: International Convention for the Suppression of Acts of Nuclear Terrorism; TFC: International Convention for the Suppression of the Financing of Terrorism.',
      'AP: in force since 2004;', 'TFC: ratified in 2004;', 'ICSANT: signed in 2005.']],
  ])('says what each stands for, the status where it is used (%s)', async (_lang, body) => {
    const { treaties } = await extractDocument({ bytes: utf8(['Permanent Mission of Tonga', 'New York, 3 March 2030', ...body].join('\n')), fileName: 'report.txt' });

    expect(treaties.sort()).toEqual(['iaea_ap', 'icsft']);
  });
});

describe('a safeguards agreement that names the Agency before its safeguards', () => {
  it.each([
    ['ru', 'Соглашение с МАГАТЭ о всеобъемлющих гарантиях\tв силе\t2005'],
    ['fr', "Accord avec l'AIEA relatif aux garanties\ten vigueur\t2005"],
    ['es', 'Acuerdo con el OIEA de salvaguardias amplias\ten vigor\t2005'],
  ])('is the comprehensive safeguards agreement (%s)', async (_lang, row) => {
    const lines = ['Permanent Mission of Tonga', 'New York, 3 March 2030', 'Instrument\tStatus\tYear', row];
    const { treaties } = await extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
    expect(treaties).toEqual(['iaea_csa']);
  });
});

describe('a numbered treaty table of a Committee matrix', () => {
  it('reads the X mark set among a wrapped name\'s words, and a numbered row with no cell beside its name as not joined', async () => {
    const lines = ['1540 Committee matrix of Nepal', 'Approved on 4 May 2030', 'No.\tInstrument\tX\tStatus\tSource',
      '5 Convention on the X Physical Protection of Nuclear Material\tAccession 6 December 2021\tAI 2024, p. 3', '6 2005 Amendment to the CPPNM',
      '7 Chemical Weapons X Convention\tRatification 7 March 2007\tAI 2007, p. 1', '8 IAEA comprehensive safeguards agreement\tX\tIn force 1996\tIAEA website',
      '9 IAEA Additional Protocol', '10 Biological Weapons Convention\tX\tRatification 2016\tNR, p. 2'];
    const { treaties } = await extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'matrix.txt' });

    expect(treaties.sort()).toEqual(['bwc', 'cppnm', 'cwc', 'iaea_csa']);
  });
});

describe('treaty status as a careful reader reads it', () => {
  it.each([
    ['a ratification awaiting approval', 'The instrument of ratification of the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material is awaiting approval by the Assembly.', []],
    ['a clause that opens with "no"', 'Its comprehensive safeguards agreement has been in force since 1993; no Additional Protocol has been concluded.', ['iaea_csa']],
    ['the Hague Code under study (ru), its missiles no gap', 'Вопрос о присоединении к Гаагскому кодексу поведения по предотвращению распространения баллистических ракет изучается.', []],
    ['a safeguards agreement written without the article (ar)', 'أبرمت الدولة اتفاق ضمانات شاملة مع الوكالة الدولية للطاقة الذرية يكمله بروتوكول إضافي نافذ منذ عام ٢٠١٠.', ['iaea_ap', 'iaea_csa']],
    ['a national act named after a convention', 'The Chemical Weapons Convention (Implementation) Act, 2021 prohibits the development of chemical weapons.', []],
    ['an amendment before the legislature (es)', 'Ha ratificado la Convención sobre la Protección Física de los Materiales Nucleares; la Enmienda de 2005 a dicha Convención se encuentra a consideración del Poder Legislativo.', ['cppnm']],
    ['a convention before the government with a view to ratification', 'The International Convention for the Suppression of Acts of Nuclear Terrorism is before the Government with a view to ratification.', []],
    ['a convention before the government with a view to ratification (fr)', "La Convention internationale pour la répression des actes de terrorisme nucléaire est examinée par le Gouvernement en vue de sa ratification.", []],
    ['a convention before the government with a view to ratification (es)', 'El Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear está ante el Gobierno con miras a su ratificación.', []],
    ['a convention before the government with a view to ratification (zh)', '《制止核恐怖主义行为国际公约》现由内阁处理，以期批准。', []],
    ['the Hague Code being considered', 'Subscription to the Hague Code of Conduct against Ballistic Missile Proliferation is being considered by the Ministry.', []],
    ['safeguards applied under an agreement named by its parties (es)', 'Sus materiales nucleares están sometidos a salvaguardias en virtud del Acuerdo entre el Estado, la Agencia regional y el Organismo Internacional de Energía Atómica, en vigor desde 1994.', ['iaea_csa']],
    ['safeguards applied under an agreement named by its parties', 'Its nuclear material is subject to safeguards pursuant to the Agreement between the State, the regional agency and the International Atomic Energy Agency, in force since 1994.', ['iaea_csa']],
    ['a call for a zone still to be established', 'Botswana continues to call for the establishment of a nuclear-weapon-free zone in the Middle East.', []],
    ['a call for a zone still to be established (ar)', 'وهي تواصل الدعوة إلى إنشاء منطقة خالية من الأسلحة النووية في الشرق الأوسط.', []],
    ['a treaty signed whose ratification is still under way (zh)', '博茨瓦纳于1996年签署《全面禁止核试验条约》，批准工作尚在进行之中。', []],
    ['a zone treaty by its short Chinese title (zh)', '博茨瓦纳是《南太平洋无核区条约》（《拉罗汤加条约》）的缔约国。', ['nwfz']],
    ['an Additional Protocol written as "its" protocol (ar)', 'اتفاق الضمانات الشاملة المبرم مع الوكالة الدولية للطاقة الذرية وبروتوكوله الإضافي نافذان.', ['iaea_ap', 'iaea_csa']],
    ['a zone treaty named after the zone\'s creation (ru)', 'Ботсвана является участником Договора о создании зоны, свободной от ядерного оружия, в Центральной Азии.', ['nwfz']],
    ['a treaty in the name of a contact\'s institute', 'Enquiries: Dr. Ana Lima, Institute for Verification of the Chemical Weapons Convention (ana.lima@verifin.example.gov).', []],
    ['the Chemical Weapons Convention by its full name (ar)', 'صادقت الدولة على اتفاقية حظر استحداث وإنتاج وتخزين واستعمال الأسلحة الكيميائية وتدمير تلك الأسلحة عام 1995.', ['cwc']],
    ['treaties signed, neither of them ratified', 'Botswana has signed the Comprehensive Nuclear-Test-Ban Treaty and the Treaty of Pelindaba, neither of which it has yet ratified.', []],
    ['treaties signed, neither of them ratified (es)', 'Botsuana ha firmado el Tratado de Prohibición Completa de los Ensayos Nucleares y el Tratado de Pelindaba, ninguno de los cuales ha ratificado todavía.', []],
    ['an item-specific safeguards agreement', 'Its research reactor is subject to an item-specific safeguards agreement with the International Atomic Energy Agency of the INFCIRC/66 type.', []],
    ['the Hague Code whose subscription is being evaluated (es)', 'El Gobierno está evaluando su suscripción al Código de Conducta de La Haya contra la Proliferación de los Misiles Balísticos.', []],
    ['the Hague Code "subscribed" in a treaty table (es)', 'Código de Conducta de La Haya\tSuscrito\tEstado suscriptor desde 2002', ['hcoc']],
    // A convention before a body for the act that would make the state a party.
    ['a convention before Congress for its approval (es)', 'El Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear se encuentra en el Congreso para su aprobación.', []],
    ['a convention before Parliament for its approval', 'The International Convention for the Suppression of Acts of Nuclear Terrorism is before Parliament for its approval.', []],
    ['a convention before Parliament for its approval (fr)', 'La Convention internationale pour la répression des actes de terrorisme nucléaire est devant le Parlement pour approbation.', []],
    ['a convention before Parliament for its approval (ru)', 'Международная конвенция о борьбе с актами ядерного терроризма находится в парламенте для ее ратификации.', []],
    ['a convention before Parliament for its approval (zh)', '《制止核恐怖主义行为国际公约》已送交国会，以供批准。', []],
    ['a convention before Parliament for its approval (ar)', 'الاتفاقية الدولية لقمع أعمال الإرهاب النووي معروضة حاليا على البرلمان للموافقة عليها.', []],
    // The body whose approval is awaited named between.
    ['a protocol awaiting the legislature\'s approval (zh)', '附加议定书已于2019年签署，尚待国会批准。', []],
    ['a protocol awaiting the legislature\'s approval', 'The Additional Protocol is awaiting parliamentary ratification.', []],
    ['a protocol awaiting the legislature\'s approval (ru)', 'Дополнительный протокол ожидает в парламенте ратификации.', []],
    // A second "that" clause after "and" has its own status.
    ['a second "that" clause with its own status (ar)', 'تفيد الحكومة بأنها انضمت إلى الاتفاقية الدولية لقمع أعمال الإرهاب النووي في عام 2025، وأن مسألة التصديق على تعديل عام 2005 لاتفاقية الحماية المادية للمواد النووية قيد النظر.', ['icsant']],
    ['a second "that" clause with its own status', 'The Government reports that it acceded to the International Convention for the Suppression of Acts of Nuclear Terrorism in 2025, and that the ratification of the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material is under consideration.', ['icsant']],
    ['a second "that" clause with its own status (fr)', "Le Gouvernement indique qu'il a adhéré à la Convention internationale pour la répression des actes de terrorisme nucléaire en 2025, et que la ratification de l'amendement de 2005 à la Convention sur la protection physique des matières nucléaires est à l'étude.", ['icsant']],
    ['a second "that" clause with its own status (es)', 'El Gobierno informa que se adhirió al Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear en 2025, y que la ratificación de la Enmienda de 2005 a la Convención sobre la Protección Física de los Materiales Nucleares está en estudio.', ['icsant']],
    ['a second "that" clause with its own status (ru)', 'Правительство сообщает, что присоединилось к Международной конвенции о борьбе с актами ядерного терроризма в 2025 году, и что вопрос о ратификации поправки 2005 года к Конвенции о физической защите ядерного материала рассматривается.', ['icsant']],
    // The 2005 Amendment to the Convention just named, pointed back to.
    ['the amendment to "the said Convention" ratified (es)', 'Es parte en la Convención sobre la Protección Física de los Materiales Nucleares desde 1985 y depositó el 6 de junio de 2025 ante el Director General su instrumento de ratificación de la Enmienda de 2005 a dicha Convención.', ['cppnm', 'cppnm_a']],
    ['the amendment to "the said Convention" ratified', 'It has been party to the Convention on the Physical Protection of Nuclear Material since 1985 and deposited in 2025 its instrument of ratification of the 2005 Amendment to that Convention.', ['cppnm', 'cppnm_a']],
    ['the amendment to "the said Convention" ratified (fr)', "Il est partie à la Convention sur la protection physique des matières nucléaires depuis 1985 et a déposé le 6 juin 2025 auprès du Directeur général son instrument de ratification de l'amendement de 2005 à ladite Convention.", ['cppnm', 'cppnm_a']],
    ['the amendment to "the said Convention" ratified (ru)', 'Ботсвана является участником Конвенции о физической защите ядерного материала с 1985 года и 6 июня 2025 года сдала Генеральному директору на хранение ратификационную грамоту о поправке 2005 года к указанной Конвенции.', ['cppnm', 'cppnm_a']],
    ['the amendment to "the said Convention" ratified (zh)', '博茨瓦纳于1985年加入《核材料实物保护公约》，在完成国内全部法律程序、议会两院的辩论与表决以及国家元首的最终核可之后，于2025年6月6日通过本国常驻维也纳代表团向国际原子能机构总干事正式交存了该公约的2005年修正案的批准书。', ['cppnm', 'cppnm_a']],
    // A decree implementing a convention, with the article and preposition joined to the word (ar).
    ['a decree-law implementing a convention (ar)', 'المرسوم بقانون رقم 45 لسنة 2016 بشأن تنفيذ اتفاقية الأسلحة الكيميائية نافذ.', []],
  ])('%s', async (_what, sentence, treaties) => {
    const extraction = await extractText(['Government of Botswana', 'Gaborone, 3 February 2030', sentence]);

    expect(extraction.treaties.sort()).toEqual(treaties);
    expect(extraction.gaps).not.toContain('op2.delivery');
  });
});

describe('a treaty named on a wrapped line of a table\'s cell', () => {
  it('has the status its row gives (es)', async () => {
    const lines = ['Misión Permanente de Honduras', 'Nueva York, 3 de febrero de 2030', 'Núm.\tAcción\tResponsable\tPlazo\tEstado',
      '1 Ratificar el\tMinisterio\t2031\tPendiente', 'Convenio sobre terrorismo nuclear', '2 Adoptar un reglamento\tMinisterio\t2031\tPendiente'];
    const { treaties } = await extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'plan.txt' });

    expect(treaties).toEqual([]);
  });
});

describe('what a text refers to is not what it is', () => {
  it('types a designation of contacts that mentions earlier and later reports as a designation', async () => {
    const extraction = await extractText([
      'Permanent Mission of the Republic of Botswana', 'New York, 3 February 2030',
      'The Government of Botswana has designated the following national points of contact for matters related to resolution 1540 (2004):',
      'Ms. Neo Kgosi, Adviser, n.kgosi@mfa.example.gov',
      'The additional information submitted by Botswana on 30 June 2027 remains valid, and the Government will submit updated information in due course.',
    ]);

    expect(extraction.reportType).toBe('point_of_contact');
  });

  it('dates an action plan by its adoption line at the end, though the body and the place stand between', async () => {
    const extraction = await extractText([
      'دولة الإمارات العربية المتحدة', 'خطة العمل الوطنية الطوعية', 'تعتزم الدولة تنفيذ الإجراءات التالية.',
      'اعتمدت اللجنة الوطنية هذه الخطة في اجتماعها المنعقد في أبوظبي بتاريخ ١٢ رجب ١٤٥١هـ الموافق ١٢ يناير ٢٠٣٠م.',
    ]);

    expect(extraction.documentDate).toBe('2030-01-12');
  });
});
