/**
 * The services related to exports and the penalties for export violations stated missing: in a clause that names them
 * without the exports its sentence has named in other words, in a clause that names both, and in the other words a
 * state uses for the lack. The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { pdfOf, utf8 } from './support/documents.js';

/** A plain-text report as written (a table's lines one under the other), or its paragraphs apart. */
const extractRaw = (text: string) => extractDocument({ bytes: utf8(text), fileName: 'report.txt', state: 'TUV' });
const extractText = (lines: string[]) => extractRaw(lines.join('\n\n'));
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);
const opening = ['Permanent Mission of Tuvalu', 'New York, 3 February 2030'];

describe('penalties said missing in a clause of a sentence on the export control', () => {
  it.each([
    ['en', 'A Strategic Goods Bill, which would set up licensing for dual-use goods, is being drafted; there are at present no penalties for such violations.'],
    ['fr', "Un projet de loi, qui soumettrait à licence les biens à double usage, est en cours d'élaboration ; il n'existe à présent aucune sanction pour de telles infractions."],
    ['es', 'Se está elaborando un proyecto de ley que sometería a licencia los bienes de doble uso; por ahora no existen sanciones para esas infracciones.'],
    ['ru', 'Разрабатывается законопроект о лицензировании товаров двойного назначения; санкций за такие нарушения пока нет.'],
    ['zh', '正在起草一项关于两用物项许可的法案；目前尚无对此类违规行为的处罚。'],
    ['ar', 'ويجري إعداد مشروع قانون لترخيص السلع ذات الاستخدام المزدوج؛ ولا توجد حالياً أي عقوبات على هذه المخالفات.'],
  ])('are the export control\'s penalties (%s)', async (_language, sentence) => {
    const extraction = await extractText([...opening, sentence]);

    expect(extraction.gaps).toContain('op3d.penalties');
    expect(present(extraction)).not.toContain('op3d.penalties');
  });
});

describe('services and penalties named together in a clause on what a draft is to cover', () => {
  it.each([
    ['en', ['Tuvalu has no licensing system for exports of dual-use goods.', 'A Strategic Goods Bill is under preparation; it is to cover related financing and transport services and to set penalties, none of which exist yet.']],
    ['fr', ["Les Tuvalu n'ont pas de régime de licences d'exportation.", "Un projet de loi est en préparation ; il couvrira les services de transport et fixera les sanctions, qui n'existent pas encore."]],
    ['es', ['Tuvalu no tiene un régimen de licencias de exportación.', 'Un proyecto de ley está en preparación; abarcará los servicios de transporte y las sanciones, que aún no existen.']],
    ['ru', ['В Тувалу нет системы лицензирования экспорта.', 'Разрабатывается законопроект; он будет охватывать транспортные услуги и санкции, которых пока нет.']],
    ['zh', ['图瓦卢尚未建立出口许可制度。', '相关法案正在起草之中，将涵盖运输服务以及违规处罚。']],
    ['ar', ['لا يوجد في توفالو نظام لترخيص الصادرات.', 'ويجري إعداد مشروع قانون سيشمل خدمات النقل والعقوبات.']],
  ])('are both missing (%s)', async (_language, lines) => {
    const extraction = await extractText([...opening, lines.join(' ')]);

    expect(extraction.gaps).toEqual(expect.arrayContaining(['op3d.financing_services', 'op3d.penalties']));
    expect(present(extraction)).not.toContain('op3d.financing_services');
    expect(present(extraction)).not.toContain('op3d.penalties');
  });
});

describe('a lack in the words of a status cell or a plural subject', () => {
  it.each([
    ['zh', '目前没有任何管制措施'],
    ['zh', '对相关运输服务没有任何监管'],
    ['fr', "Les autorités ne disposent pas d'un régime de licences."],
    ['fr', "Les îles ne disposent pas encore d'une liste nationale de contrôle."],
  ])('is read as a gap (%s): %s', (_language, clause) => {
    expect(GAP_CUE.test(fold(clause))).toBe(true);
  });

  it('reads a services row whose situation has no control at all as that gap (zh)', async () => {
    const extraction = await extractText([...opening, '领域\t现状\t所需援助', '与出口有关的融资和运输服务\t目前没有任何管制措施\t—']);

    expect(extraction.gaps).toContain('op3d.financing_services');
  });

  it('reads a plural subject that has neither licensing nor controls on services as both gaps (fr)', async () => {
    const extraction = await extractText([...opening, "Les îles ne disposent pas d'un régime de licences pour l'exportation des biens à double usage, ni de contrôles sur le financement et le transport de ces exportations."]);

    expect(extraction.gaps).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.financing_services']));
    expect(present(extraction)).toEqual([]);
  });
});

describe("a plan's table whose target-date column is headed in Arabic", () => {
  it('reads the baseline cell that cites a law by its number as in force', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لتوفالو', 'نيويورك، 3 شباط/فبراير 2030',
      'العنصر\tالوضع الحالي (خط الأساس)\tالهدف\tالموعد المستهدف',
      'الفقرة 3 (د): العقوبات\tالمواد من 30 إلى 34 من القانون رقم 7.19\tمراجعة سلم الغرامات\t2028',
      'الفقرة 3 (أ): الحصر\tالسجل الوطني للمصادر المشعة (القانون رقم 3.11، المادة 9)\tرقمنة السجل\t2027',
    ]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.penalties', 'op3a.accounting']));
    expect(extraction.gaps).not.toContain('op3d.penalties');
    expect(extraction.gaps).not.toContain('op3a.accounting');
  });
});

describe('amendments being studied or prepared', () => {
  it.each([
    ['en', 'The unit is studying amendments to the Proceeds of Crime Act.'],
    ['en', 'The Ministry is preparing draft amendments to the Customs Act.'],
    ['fr', 'La cellule étudie des modifications de la loi sur le blanchiment.'],
    ['es', 'La unidad estudia unas reformas a la ley contra el lavado de activos.'],
    ['ru', 'Подразделение изучает поправки к закону о противодействии отмыванию денег.'],
    ['zh', '金融情报中心正在研究对《犯罪所得法》的修正。'],
    ['ar', 'وتدرس وحدة الاستخبارات المالية تعديلات على قانون عائدات الجريمة.'],
  ])('are no measure yet (%s): %s', (_language, sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it('leaves the services they would address missing, not in force', async () => {
    const extraction = await extractText([
      ...opening, 'Export controls',
      'Exports of listed goods require a licence under section 5 of the Export Control Act 2019.',
      '7. There is no provision controlling the financing or transport services related to such exports; the Financial Intelligence Unit is studying amendments to the Proceeds of Crime Act to address proliferation financing.',
    ]);

    expect(present(extraction)).not.toContain('op3d.financing_services');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('brokering services licensed with the exports', () => {
  it.each([
    ['en', 'Exports, transit and brokering services for dual-use goods are licensed under section 4 of the Strategic Goods Act 2019.'],
    ['fr', "Les exportations, le transit et les services de courtage de biens à double usage sont soumis à licence en vertu de l'article 4 de la loi n° 2019-12."],
    ['es', 'Las exportaciones, el tránsito y los servicios de intermediación de bienes de doble uso requieren licencia según el artículo 4 de la Ley N° 19/2019.'],
    ['ru', 'Экспорт, транзит и брокерские услуги в отношении товаров двойного назначения лицензируются на основании статьи 4 Закона о стратегических товарах.'],
    ['zh', '根据《战略物项法》第4条，两用物项的出口、过境和经纪服务须经许可。'],
    ['ar', 'ويخضع تصدير السلع ذات الاستخدام المزدوج وعبورها وخدمات السمسرة المتعلقة بها للترخيص بموجب المادة 4 من القانون رقم 19 لسنة 2019.'],
  ])('are the export control, not the financing services (%s)', async (_language, sentence) => {
    const extraction = await extractText([...opening, sentence]);

    expect(present(extraction)).toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3d.financing_services');
  });
});

describe('penalties missing for breaches of the licensing regime', () => {
  it.each([
    ['en', 'The Regulations do not yet provide penalties for violations of the licensing regime.'],
    ['fr', "Aucune sanction n'est encore prévue pour les infractions au régime de licences."],
    ['es', 'Todavía no se han establecido sanciones por las infracciones al régimen de licencias.'],
    ['ru', 'Санкции за нарушения режима лицензирования пока не установлены.'],
    ['zh', '对违反许可制度的行为尚无处罚规定。'],
    ['ar', 'ولا توجد بعد عقوبات على مخالفة نظام الترخيص.'],
  ])('are the export penalties missing (%s)', async (_language, sentence) => {
    const extraction = await extractText([...opening, sentence]);

    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe('a sentence that runs over a page break', () => {
  it('is read whole: its lack is what the text on both pages says', async () => {
    const bytes = await pdfOf([
      ['Permanent Mission of Tuvalu', 'New York, 3 February 2030', 'Tuvalu has no licensing system for exports of dual-use goods. For the same reason, there are also no'],
      ['penalties for violations of export controls.', 'Customs officers inspect cargo at the port under section 12 of the Customs Act 2014.'],
    ]);
    const extraction = await extractDocument({ bytes, fileName: 'report.pdf', state: 'TUV' });

    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe('a row whose cells wrap in several columns at once', () => {
  it('is read whole, and the table goes on with its help column under the header', async () => {
    const text = [
      'Permanent Mission of Tuvalu', '', 'New York, 3 February 2030', '',
      'Area\tCurrent situation\tAssistance needed?\tType of assistance sought',
      'Export control\tNo national control list\tYes\tAssistance in developing',
      '\tand no licensing of dual-use\t\ta control list',
      '\texports or transit\t\tand licensing procedures',
      '\tor trans-shipment',
      'Proliferation financing\tFinancing of proliferation is an offence under section 12A of the Anti-Money Laundering Act 2019\tNo\t-',
    ].join('\n');
    const extraction = await extractRaw(text);

    expect(present(extraction)).toContain('op2.financing');
    expect(extraction.gaps).not.toContain('op2.financing');
    expect(extraction.gaps).toContain('op3d.export_control');
  });
});

describe('cells of a row wrapped in a column before its last', () => {
  const rowsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] }).map((u) => u.text).filter((t) => t.includes('\t'));

  it('joins the lines that go on in lower case, and the one that closes the sentence with its stop', () => {
    const rows = rowsOf([
      'Area\tSituation\tAction\tHelp',
      'Treaties\tTuvalu is not a party to the Convention for\tDeposit the\tNo',
      '\tthe Suppression of Acts of\tinstrument',
      '\tNuclear Terrorism.',
    ]);
    expect(rows).toEqual(['Area\tSituation\tAction\tHelp', 'Treaties\tTuvalu is not a party to the Convention for the Suppression of Acts of Nuclear Terrorism.\tDeposit the instrument\tNo']);
  });

  it('joins a line that goes on in lower case with the first cell and the cells beside it, column by column', () => {
    const rows = rowsOf([
      'Элемент\tОснова\tСтатус\tПримечание',
      'П. 2 — финансирование,\tУголовный кодекс, ст. 12\tдействует\tв том числе',
      'пособничество\tи ст. 40\t\tфинансирование ОМУ',
    ]);
    expect(rows).toEqual([
      'Элемент\tОснова\tСтатус\tПримечание',
      'П. 2 — финансирование, пособничество\tУголовный кодекс, ст. 12 и ст. 40\tдействует\tв том числе финансирование ОМУ',
    ]);
  });

  it('keeps as rows of their own the lines that open a cell with a capital and no stop', () => {
    const rows = rowsOf(['Paragraph\tWeapon\tStatus\tLaw', 'OP 2\tnuclear weapons\tIn force\tPenal Code', '\tChemical weapons\tNone']);
    expect(rows).toEqual(['Paragraph\tWeapon\tStatus\tLaw', 'OP 2\tnuclear weapons\tIn force\tPenal Code', 'Chemical weapons\tNone']);
  });
});

describe('what is said to be not regulated at present, the adverb before the negation', () => {
  it.each([
    ['en', 'Such services are currently not regulated.'],
    ['fr', 'Ces services ne sont actuellement pas réglementés.'],
    ['ar', 'وهذه الخدمات غير منظمة حاليا.'],
  ])('is a lack (%s)', (_language, sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it('makes the services a request names in the same sentence a gap', async () => {
    const extraction = await extractText([...opening, '5. Tuvalu would be grateful for help in drafting rules to control the insurance and financial services related to the export of sensitive goods, which are currently not regulated.']);

    expect(extraction.assistanceRequested).toContain('op3d.financing_services');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('a law adopted that enters into force on a date to come, said with the date alone (ru)', () => {
  it('is not in force yet', () => {
    expect(GAP_CUE.test(fold('Закон принят и вступает в силу 1 июля 2031 г.'))).toBe(true);
  });

  it('makes its row a gap, not a measure', async () => {
    const text = [
      'Постоянное представительство Тувалу', '', 'Нью-Йорк, 3 февраля 2030 года', '',
      'Элемент\tПравовая основа\tСтатус',
      'П. 3 (d) — экспортный контроль\tЗакон «Об экспортном контроле» (2029)\tпринят, вступает в силу 1 июля 2031 г.',
    ].join('\n');
    const extraction = await extractRaw(text);

    expect(extraction.gaps).toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3d.export_control');
  });
});
