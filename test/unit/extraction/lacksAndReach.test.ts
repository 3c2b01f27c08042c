/**
 * What a report says is missing, and how far a law it names reaches: a lack worded with "requirements", "measure" or "does
 * not provide for", work begun on a study, a law said to reach only so far beside the lack, services named after the export
 * control they serve, the Arabic article as a word of its own, a contents heading between a title and its entries, and a
 * table set out by spaces with no rule. The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { GAP_CUE, MEASURE_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { fixedWidthTablesAsRows } from '../../../shared/extraction/readers/fixedWidthTables.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt', state: 'FJI' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('a lack in other words', () => {
  it.each([
    'The rules contain no security or safety requirements for sources in storage.',
    'The Mining Act 2011 does not provide for the licensing of dual-use exports.',
    'The Ministry of Agriculture has begun to study how a pathogen register could be kept.',
    "Aucune mesure ne vise les services de transport liés aux exportations.",
    'Ninguna medida regula los servicios de transporte vinculados a las exportaciones.',
    'Le ministère a commencé à étudier la création d’un registre des agents pathogènes.',
    'El ministerio ha comenzado a estudiar la creación de un registro de patógenos.',
    'Министерство начало изучать вопрос о создании реестра патогенов.',
    '卫生部已开始研究建立病原体登记制度。',
    'وبدأت وزارة الصحة في دراسة إنشاء سجل وطني للعوامل الممرضة.',
    'ترحب الحكومة بأي مساعدة تقنية تمكنها من صياغة قانون لمراقبة الصادرات.',
  ])('is read as a gap: %s', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it.each([
    'Disused sources are kept at the hospital without adequate security measures.',
    'Les sources usagées sont stockées au port sans aucune mesure de sécurité.',
    'Las fuentes en desuso se almacenan en el hospital sin medidas de seguridad.',
    'Отработавшие источники хранятся на складе без надлежащих мер защиты.',
    '废旧放射源在没有安保措施的情况下存放在仓库。',
    'تخزن المصادر المهملة في المستودع دون تدابير أمنية.',
  ])('reads a thing kept without the measure as its lack: %s', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it.each([
    'No person may export listed goods without a licence.',
    "Nul ne peut exporter ces biens sans autorisation préalable.",
    'Se prohíbe exportar sin licencia los bienes de doble uso.',
  ])('leaves the offence of acting without a licence a measure: %s', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(false);
  });

  it('is not a negated participle that says which acts a rule reaches (ru)', () => {
    const clause = 'нарушение порядка экспорта, не содержащее признаков преступления, влечет штраф по статье 12 Кодекса';
    expect(GAP_CUE.test(fold(clause))).toBe(false);
  });
});

describe('a law said to reach only so far beside the lack its sentence states', () => {
  it.each([
    {
      lang: 'en', lines: [
        'Physical protection and biosafety', '',
        'The Biosafety Act 2018 deals only with genetically modified crops; it does not apply to laboratories or dangerous pathogens.',
      ],
    },
    {
      lang: 'fr', lines: [
        'Protection physique et biosécurité', '',
        'La loi n° 2018-12 sur la biosécurité ne couvre que les organismes génétiquement modifiés ; elle ne s’applique pas aux laboratoires.',
      ],
    },
    {
      lang: 'es', lines: [
        'Protección física y bioseguridad', '',
        'La Ley N° 412 de bioseguridad regula solamente los cultivos transgénicos; no se aplica a los laboratorios.',
      ],
    },
  ])('is no measure of what the lack is about ($lang)', async ({ lines }) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });

  it('still states in force what the lack is not about', async () => {
    const extraction = await extractText([
      'Prohibitions', '',
      'No provision of the Penal Code covers biological weapons; article 210 of the Penal Code covers only nuclear and chemical weapons, whose manufacture and possession it prohibits.',
    ]);
    expect(present(extraction)).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical']));
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('funds and services named after the export control of their paragraph', () => {
  it('are missing as the export control\'s related services', async () => {
    const extraction = await extractText([
      'Trade controls', '',
      'There is no licensing system for the export or transit of dual-use goods. The Customs Act 2013 lists prohibited goods for revenue purposes only. No law controls the insurance or shipping services connected with such transfers.',
    ]);
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.financing_services']));
  });
});

describe('the Arabic article as a word of its own', () => {
  it('is cited as "المادة 12" or "المواد 40 إلى 48", not read in "المادية" (material)', () => {
    expect(MEASURE_CUE.test(fold('بموجب المادة 12 من القانون رقم 5'))).toBe(true);
    expect(MEASURE_CUE.test(fold('بموجب المواد 40 إلى 48 من مدونة الجمارك'))).toBe(true);
    expect(MEASURE_CUE.test(fold('الفقرة 3 (ب): الحماية المادية'))).toBe(false);
  });

  it('leaves a stage cell\'s label of physical protection a gap where the row names a draft', async () => {
    const extraction = await extractText([
      'يبين الجدول التالي النصوص ومرحلة كل منها.', '',
      'النص\tالمجال\tالمرحلة',
      'مشروع قانون بشأن الأمن النووي\tالفقرة 3 (ب): الحماية المادية\tمشروع أمام البرلمان',
    ]);
    expect(present(extraction)).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });

  it('leaves a law that imposes physical protection requirements a measure ("تفرض")', async () => {
    const extraction = await extractText([
      'تمسك الهيئة سجلا للمصادر المشعة، كما تفرض متطلبات الحماية المادية للمصادر أثناء النقل والتخزين.',
    ]);
    expect(present(extraction)).toContain('op3b.physical_protection');
  });
});

describe('a contents heading between the title and its entries, as a DOCX gives its paragraphs line by line', () => {
  it('keeps the entries out of the title, so that they state no measure', async () => {
    const extraction = await extractText([
      'التقرير الوطني الأول بشأن تنفيذ القرار 1540 (2004)',
      'المحتويات',
      'أولاً - مقدمة',
      'ثانياً - الفقرتان 3 (أ) و3 (ب): الحصر والحماية المادية',
      'ثالثاً - الفقرة 3 (د): ضوابط التصدير والخدمات المتصلة بها والعقوبات',
      'أولاً - مقدمة',
      '1 - لا توجد حتى الآن أي لوائح بشأن الحماية المادية للمصادر المشعة.',
    ]);
    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });
});

describe('"с учетом" (taking into account)', () => {
  it('names no accounting', () => {
    expect(elementsIn(fold('национальный список обновляется ежегодно с учетом списков режимов экспортного контроля'))).not.toContain('op3a.accounting');
    expect(elementsIn(fold('организации ведут учет ядерных материалов'))).toContain('op3a.accounting');
  });
});

describe('a table set out by spaces with no rule under its header', () => {
  // Laid out as a fixed-width font sets it: each Chinese character two columns wide; the last row's label runs to one place
  // before the next column, and its status starts a place left of the header's.
  const chinese = [
    '要素                    法律依据                            状况',
    '第2段 核武器            《刑法》第12条                      已实施',
    '第3(d)段 处罚           《出口管制法》第30条至第35条        已实施',
    '第3(d)段 资金和运输服务 尚无规定                           正在研究',
  ].join('\n');

  it('gives each row as cells, with columns counted as the layout counts them (a Chinese character takes two)', () => {
    expect(fixedWidthTablesAsRows(chinese).split('\n')).toEqual([
      '要素\t法律依据\t状况',
      '第2段 核武器\t《刑法》第12条\t已实施',
      '第3(d)段 处罚\t《出口管制法》第30条至第35条\t已实施',
      '第3(d)段 资金和运输服务\t尚无规定\t正在研究',
    ]);
  });

  it('joins the lines a cell wraps onto, with columns a place off their header\'s', () => {
    const table = [
      'Element            Legal basis                       Status',
      'Penalties          Export Control Act 2019, ss. 30  In force',
      '                   to 35 (fines, imprisonment)',
      'Related services   None                               Under study',
    ].join('\n');
    expect(fixedWidthTablesAsRows(table).split('\n')).toEqual([
      'Element\tLegal basis\tStatus',
      'Penalties\tExport Control Act 2019, ss. 30 to 35 (fines, imprisonment)\tIn force',
      'Related services\tNone\tUnder study',
    ]);
  });

  it('leaves prose with double spaces as it is', () => {
    const prose = 'The Act  was adopted in 2019  and amended in 2022.\nIt applies to all  exporters  and brokers.\nCustoms enforce it.';
    expect(fixedWidthTablesAsRows(prose)).toBe(prose);
  });

  it('joins a cell wrapped onto many lines in one pass', () => {
    const wrapped = Array.from({ length: 20_000 }, () => '           and fines        imprisonment');
    const started = process.cpuUsage();
    const rows = fixedWidthTablesAsRows(['Element    Legal basis      Status', 'Penalties  Act 2019, s. 30  In force', ...wrapped].join('\n')).split('\n');
    expect(rows).toHaveLength(2);
    expect(process.cpuUsage(started).user / 1000).toBeLessThan(5_000);
  });

  it('reads the status column of such a table (zh)', async () => {
    const extraction = await extractText(['下表说明国内立法及实施状况。', '', chinese]);
    expect(present(extraction)).toContain('op3d.penalties');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('what a text still to come will cover', () => {
  it.each([
    ['en', 'it is to cover the brokering of such goods and the penalties for unlicensed exports'],
    ['en', 'it will regulate the financing and transport services related to exports'],
    ['fr', 'il couvrira le courtage et les sanctions applicables aux exportations sans licence'],
    ['es', 'abarcará el corretaje y las sanciones por exportaciones sin licencia'],
    ['ru', 'он будет охватывать посредничество и санкции за экспорт без лицензии'],
    ['zh', '将涵盖中介活动以及对无证出口的处罚'],
    ['ar', 'وسيشمل السمسرة والعقوبات على التصدير دون ترخيص'],
  ])('is a lack, not a reach in force (%s)', (_language, clause) => {
    expect(GAP_CUE.test(fold(clause))).toBe(true);
  });

  it.each([
    ['en', ['Tonga has no licensing system for exports of dual-use goods.', 'A Strategic Trade Bill is being drafted; it will cover related financing and transport services.'], 'op3d.financing_services'],
    ['fr', ["Les Tonga n'ont pas de régime de licences d'exportation.", "Un projet de loi sur le commerce stratégique est en cours d'élaboration ; il couvrira les services connexes et les sanctions."], 'op3d.penalties'],
    ['es', ['Tonga no tiene un régimen de licencias de exportación.', 'Un proyecto de ley de comercio estratégico está en preparación; abarcará los servicios conexos y las sanciones.'], 'op3d.penalties'],
  ])('names, after the draft it goes on from, what is missing (%s)', async (_language, lines, element) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 February 2030', lines.join(' ')]);

    expect(extraction.gaps).toContain(element);
    expect(present(extraction)).not.toContain(element);
  });
});

