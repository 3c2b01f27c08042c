/**
 * Matrix-style tables read by their structure: the label cell and its OP code name the element,
 * the mark says in place or not, and a positive mark counts only beside a legal reference.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { labelElements, readLabelledRow, readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';

const label = (text: string) => labelElements(fold(text), (f) => elementsIn(f, { heading: true }));
const row = (...cells: string[]) => readMarkedRow(cells, (f) => elementsIn(f, { heading: true }));

describe('the label of a matrix row', () => {
  it.each([
    ['OP3 (c) – frontières', ['op3c.border_control']],
    ['PD 3 d) Sanciones por infracciones', ['op3d.penalties']],
    ['OP 3(d) funds and services', ['op3d.financing_services']],
    ['ПП 3(d) экспортный контроль', ['op3d.export_control']],
    ['OP2 financing of proliferation', ['op2.financing']],
    ['OP2 – biological weapons', ['op2.biological']],
    // The paragraph written out or abbreviated: the code alone names the element.
    ['Контроль за финансированием (п. 3 d)', ['op3d.financing_services']],
    ['Paragraph 3 (c) – coast guard', ['op3c.border_control']],
    ['Párr. 1 – apoyo', ['op1']],
    // Chinese writes the code between 第 and 段; 第 before an article number (第3条) is no paragraph.
    ['第3(d)段：相关资金和运输服务', ['op3d.financing_services']],
    ['第3(b)段：实物保护', ['op3b.physical_protection']],
    ['《刑法》第1条', []],
    // Or puts the letter after 段.
    ['第3段(d)：处罚', ['op3d.penalties']],
    ['第3段（a）：衡算', ['op3a.accounting']],
    // Arabic letters OP3's sub-paragraphs ب ج د.
    ['العقوبات (الفقرة 3 د)', ['op3d.penalties']],
    ['مراقبة الحدود (الفقرة 3 ج)', ['op3c.border_control']],
    ['الحماية (الفقرة 3 ب)', ['op3b.physical_protection']],
    // Two paragraphs' codes: the row is about each.
    ['Биологическое оружие (п. 2, п. 3 b)', ['op2.biological', 'op3b.physical_protection']],
    ['Biological weapons (para. 2, para. 3 (b))', ['op2.biological', 'op3b.physical_protection']],
  ])('%s names %j', (text, elements) => {
    expect(label(text)).toEqual(elements);
  });
});

describe('a status written as the measure\'s absence', () => {
  it.each([['en', 'Non-existent'], ['fr', 'Inexistant'], ['es', 'Inexistente'], ['ru', 'Не существует'], ['zh', '不存在'], ['ar', 'غير موجود']])(
    'makes the row a gap (%s)', (_language, status) => {
      expect(row('OP 3 (d) funds and services', '—', status, '—')).toMatchObject({ elements: ['op3d.financing_services'], status: 'gap' });
    },
  );
});

describe('a marked row', () => {
  it('is a measure with a positive mark and a legal reference in another cell', () => {
    expect(row('OP2 chemical weapons', 'Sí', 'Ley N° 1234, art. 7', '')).toMatchObject({ elements: ['op2.chemical'], status: 'measure' });
  });

  it('is neither with a positive mark and no legal reference', () => {
    expect(row('Border controls', 'X', '', 'Annual report 2019, p. 4')).toMatchObject({ status: 'neither' });
  });

  it('is a gap with a negative mark, or with a remark that the law is being drafted', () => {
    expect(row('Export licensing', 'Нет', '', '')).toMatchObject({ elements: ['op3d.export_control'], status: 'gap' });
    expect(row('Physical protection', 'Yes', '', 'Regulation being drafted')).toMatchObject({ status: 'gap' });
  });

  it.each([
    { what: 'nothing and no measure (fr)', cells: ['Vecteurs (par. 2)', 'Néant', '', 'Aucune mesure'], elements: ['op2.delivery'] },
    { what: 'a draft, beside the draft it names (fr)', cells: ['Protection physique (par. 3 b))', 'Prescriptions de sécurité des installations', "Projet d'arrêté relatif à la protection physique, art. 4", 'Projet'], elements: ['op3b.physical_protection'] },
    { what: 'a draft (ru)', cells: ['Технический регламент о физической защите ядерных материалов', 'Требования к физической защите объектов', 'проект'], elements: ['op3b.physical_protection'] },
    { what: 'a draft (es)', cells: ['OP3 (d) fondos y servicios', 'Reglamento sobre servicios financieros conexos, art. 2', 'Proyecto'], elements: ['op3d.financing_services'] },
    { what: 'nothing (en)', cells: ['OP3 (d) penalties', 'None'], elements: ['op3d.penalties'] },
    { what: 'a draft (zh)', cells: ['OP3 (b) 实物保护', '核材料实物保护条例 第5条', '草案'], elements: ['op3b.physical_protection'] },
    { what: 'nothing (ar)', cells: ['OP3 (c) الحدود', 'لا يوجد'], elements: ['op3c.border_control'] },
    { what: 'nothing yet (zh)', cells: ['OP3 (c) 边境管制', '尚无'], elements: ['op3c.border_control'] },
  ])('is a gap when its status cell says $what', ({ cells, elements }) => {
    expect(row(...cells)).toMatchObject({ elements, status: 'gap' });
  });

  it.each([
    ['en', 'In force'], ['fr', 'En vigueur'], ['es', 'Vigente'], ['ru', 'действует'], ['zh', '生效'], ['ar', 'نافذ'],
  ])('reads a status that says "in force" as a yes: neither without a legal reference, a measure beside one (%s)', (_language, status) => {
    expect(row('OP 1', 'No-support policy', '—', status)).toMatchObject({ elements: ['op1'], status: 'neither' });
    expect(row('OP 3 (c)', 'Customs radiation control', 'Customs Code, art. 88', status)).toMatchObject({ elements: ['op3c.border_control'], status: 'measure' });
  });

  it.each([
    ['en', 'Implemented'], ['fr', 'Mis en œuvre'], ['es', 'Implementado'], ['ru', 'реализовано'], ['zh', '已实施'], ['ar', 'مطبق'],
  ])('reads a status that says "implemented" as "in force" (%s)', (_language, status) => {
    expect(row('OP 1', 'No-support policy', '—', status)).toMatchObject({ elements: ['op1'], status: 'neither' });
    expect(row('OP 3 (c)', 'Customs radiation control', 'Customs Code, art. 88', status)).toMatchObject({ elements: ['op3c.border_control'], status: 'measure' });
  });

  it.each([
    ['en', 'Partly in place'], ['fr', 'Partiellement mis en œuvre'], ['es', 'Parcialmente implementado'], ['ru', 'частично действует'], ['zh', '部分实施'], ['ar', 'مطبق جزئيا'],
  ])('reads a status that says "partly in place" as partial: a measure beside its law, whatever the remark lacks (%s)', (_language, status) => {
    expect(row('OP 3 (a)', 'Source register; pathogen collections not yet registered', 'Regulation No. 4 of 2021, art. 22', status)).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });

  it('reads a government\'s numbered resolution as the row\'s legal reference, as "resolución" and "постановление" are (zh)', () => {
    expect(row('第3(d)段：出口管制', '内阁2028年第47号决议（战略物项出口许可）', '部分实施', '许可证由贸易部签发')).toMatchObject({ elements: ['op3d.export_control'], status: 'measure' });
  });

  it.each([
    ['en', 'In force (partly)'], ['fr', 'Oui (partiellement)'], ['es', 'Vigente (parcial)'], ['ru', 'Действует (частично)'], ['zh', '生效（部分）'], ['ar', 'نافذ (جزئيا)'],
  ])('reads "in force" or a yes qualified in brackets as partial: a measure beside its law, whatever the remark lacks (%s)', (_language, status) => {
    expect(row('OP 3 (d)', 'Export Control Order No. 31 of 2022', status, 'Chemical precursors only; nuclear dual-use items are not covered yet')).toMatchObject({ elements: ['op3d.export_control'], status: 'measure' });
  });

  it.each([
    ['en', 'Under consideration'], ['fr', "En cours d'examen"], ['es', 'En estudio'], ['ru', 'На рассмотрении'], ['zh', '起草中'], ['ar', 'قيد الدراسة'],
  ])('is a gap when its status says work on the measure is under way, beside a law that covers something else (%s)', (_language, status) => {
    expect(row('OP 2 – means of delivery', '—', 'The Arms Export Act 1998 licenses exports of missiles; no prohibition applies at home', status)).toMatchObject({ elements: ['op2.delivery'], status: 'gap' });
  });

  it.each([
    ['en', 'Planned'], ['fr', 'Prévu'], ['es', 'Previsto'], ['ru', 'планируется'], ['zh', '计划中'], ['ar', 'مخطط له'],
  ])('is a gap when its status says the measure is planned, beside the regulation the plan will bring (%s)', (_language, status) => {
    expect(row('OP 3 (b)', status, '—', 'Physical protection regulations, art. 5, expected in 2026')).toMatchObject({ elements: ['op3b.physical_protection'], status: 'gap' });
  });

  it.each([
    ['en', 'no'], ['fr', 'Non'], ['es', 'No'], ['ru', 'нет'], ['zh', '否'], ['ar', 'لا'],
  ])('reads a yes or no after the status as another column\'s answer, not a remark that the measure is missing (%s)', (_language, answer) => {
    expect(row('OP 3 (d) export control', 'Licensing of exports', 'Export Control Law No. 13, art. 6', 'In force', answer)).toMatchObject({ elements: ['op3d.export_control'], status: 'measure' });
    expect(row('OP 3 (d) export control', 'Licensing of exports', 'Export Control Law No. 13, art. 6', 'In force', `${answer}: expert review of the draft bill`)).toMatchObject({ status: 'measure' });
  });

  it.each([
    ['en', 'Introduce export licensing for dual-use goods', 'Draft decree under study', 'Yes'],
    ['fr', "Instituer un régime de licences d'exportation des biens à double usage", "Projet de décret à l'étude", 'Oui'],
    ['es', 'Establecer un régimen de licencias de exportación de bienes de doble uso', 'Proyecto de decreto en estudio', 'Sí'],
    ['ru', 'Ввести лицензирование экспорта товаров двойного назначения', 'Проект постановления на рассмотрении', 'Да'],
    ['zh', '建立两用物项出口许可制度', '草案审议中', '是'],
    ['ar', 'إنشاء نظام لترخيص تصدير السلع ذات الاستخدام المزدوج', 'مشروع مرسوم قيد الدراسة', 'نعم'],
  ])('reads a status in words before a yes that answers another column as the status, not as more of the label (%s)', (_language, action, status, yes) => {
    expect(row('4', action, '3 d)', status, '2027', yes)).toMatchObject({ elements: ['op3d.export_control'], status: 'gap' });
  });

  it.each([
    ['en', 'Border and customs control', 'Customs Code, arts. 198-203; the border posts have no radiation detection equipment yet', 'In force'],
    ['fr', 'Contrôle aux frontières et douanier', "Code des douanes, articles 198 à 203; les postes frontières ne disposent pas encore d'équipement de détection des rayonnements", 'En vigueur'],
    ['es', 'Control fronterizo y aduanero', 'Código de Aduanas, artículos 198 a 203; los puestos fronterizos aún no cuentan con equipos de detección de radiación', 'Vigente'],
    ['ru', 'Пограничный и таможенный контроль', 'Таможенный кодекс, статьи 198–203; брокерская деятельность пока не регулируется', 'действует'],
    ['zh', '边境和海关管制', '《海关法》第198条至第203条；边境口岸尚无辐射探测设备', '已生效'],
    ['ar', 'مراقبة الحدود والجمارك', 'قانون الجمارك، المواد 198 إلى 203؛ لا توجد بعد معدات للكشف عن الإشعاع في المراكز الحدودية', 'نافذ'],
  ])('keeps an "in force" row beside its law a measure where a remark\'s clause names what it does not cover yet (%s)', (_language, area, remark, status) => {
    const read = readMarkedRow([area, remark, status], (f) => elementsIn(f, { heading: true }), (f, gap) => elementsIn(f, { gap }));
    expect(read).toMatchObject({ elements: ['op3c.border_control'], status: 'measure' });
    expect(read?.missing).not.toContain('op3c.border_control');
  });

  it('makes what a clause of an "in force" row names missing a gap where it is another element', () => {
    const read = readMarkedRow(['Export controls', 'Export Control Act 2015, s. 4; the financing of such exports is not yet subject to any control', 'In force'], (f) => elementsIn(f, { heading: true }), (f, gap) => elementsIn(f, { gap }));
    expect(read).toMatchObject({ elements: ['op3d.export_control'], status: 'measure', missing: ['op3d.financing_services'] });
  });

  it('reads an instrument named by its kind beside an "in force" status as its legal reference, with no number', () => {
    expect(row('Par. 3 a) : comptabilité', 'Normes de la Commission nationale sur la comptabilité des matières nucléaires', 'En vigueur')).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
    expect(row('Физическая защита (п. 3 b)', 'Распоряжение Управления по радиационной безопасности', 'действует')).toMatchObject({ elements: ['op3b.physical_protection'], status: 'measure' });
  });

  it.each([
    ['es', 'PO3 b) - Protección física', 'Norma técnica NT-12 sobre la protección física de fuentes', 'Vigente', 'op3b.physical_protection'],
    ['fr', 'PO3 b) - Protection physique', 'Norme nationale sur la protection physique des installations', 'En vigueur', 'op3b.physical_protection'],
    ['en', 'OP3 (b) - Physical protection', 'Regulatory Standard on the security of sealed sources', 'In force', 'op3b.physical_protection'],
    ['es', 'PO3 d) - Exportación', 'Acuerdo por el que se sujeta a licencia previa la exportación de bienes de doble uso', 'Vigente', 'op3d.export_control'],
  ])('reads a standard or an executive order named by its kind beside an "in force" status as its legal reference (%s)', (_language, area, instrument, status, element) => {
    expect(row(area, instrument, status, 'No')).toMatchObject({ elements: [element], status: 'measure' });
  });

  it('is no marked row when "none" stands beside a law in force: it answers another column (no action to take)', () => {
    expect(row('OP2 – financiamiento y complicidad', 'Vigente: Ley N.° 8204, art. 69 bis', 'Ninguna', 'Instituto Costarricense sobre Drogas', '–')).toBeNull();
  });

  it('is no marked row when no cell after the first is a mark: the row is read as a statement', () => {
    expect(row('Customs Code, art. 12', 'Customs inspect all cargo at the port')).toBeNull();
  });
});

describe('a matrix-style update in a Word table', () => {
  it('gives measures, gaps and nothing for the bare marks', async () => {
    const rows = [
      ['Element', 'In place', 'Legal basis', 'Comment'],
      ['OP2 nuclear weapons', 'Yes', 'Penal Code, art. 301', ''],
      ['OP3 (b) physical protection', 'Yes', '', 'Reported in 2017'],
      ['OP3 (d) penalties', 'No', '', 'Amendment under consideration'],
    ];
    const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
    const doc = new Document({ sections: [{ children: [new Paragraph('Permanent Mission of Mongolia to the United Nations'), new Paragraph('Updates to the matrix of Mongolia'), table] }] });

    const extraction = await extractDocument({ bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: 'update.docx' });

    expect(extraction.reportType).toBe('additional_information');
    expect(extraction.matrix.map((m) => m.element)).toEqual(['op2.nuclear']);
    expect(extraction.matrix[0]!.legalReferences.join(' ')).toContain('Penal Code');
    expect(extraction.gaps).toEqual(['op3d.penalties']);
  });
});

describe('wording the vocabulary missed', () => {
  it('reads Russian customs adjectives and the short names of the conventions', async () => {
    const text = [
      'Правительство Республики Таджикистан',
      'Республика Таджикистан является участником Конвенции о химическом оружии и Конвенции о биологическом и токсинном оружии.',
      'Таможенные органы проводят досмотр грузов в пунктах пропуска в соответствии со статьей 45 Таможенного кодекса.',
    ].join('\n');

    const extraction = await extractDocument({ bytes: new TextEncoder().encode(text), fileName: 'note.txt' });

    expect(extraction.treaties).toEqual(expect.arrayContaining(['cwc', 'bwc']));
    expect(extraction.matrix.map((m) => m.element)).toContain('op3c.border_control');
  });

  it('reads a sentence that states a licensing requirement and its penalties as both', () => {
    const both = elementsIn(fold('Exports of dual-use goods are subject to a licence from the Ministry of Trade under the Export Act, and violations are punishable under section 9.'));
    const penaltiesOnly = elementsIn(fold('Exporting dual-use goods without authorization is punishable under section 9 of the Export Act.'));

    expect(both).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
    expect(penaltiesOnly).toContain('op3d.penalties');
    expect(penaltiesOnly).not.toContain('op3d.export_control');
  });

  it('makes a missing control of export-related services that gap alone', () => {
    expect(elementsIn(fold('controls on financing and transport services related to exports are planned'), { gap: true })).toEqual(['op3d.financing_services']);
  });
});

describe('a weapon column', () => {
  it.each([
    [['Manufacture, acquisition, possession, transport, transfer, use', 'Nuclear', 'Yes', 'Criminal Code, art. 171', ''], ['op2.nuclear']],
    [['Fabrication, acquisition, détention, transport, emploi', 'Chimique', 'Oui', 'Code pénal, art. 421-1', ''], ['op2.chemical']],
    [['Производство, приобретение, хранение, передача, применение', 'Ядерное, химическое', 'Да', 'Уголовный кодекс, ст. 283', ''], ['op2.nuclear', 'op2.chemical']],
  ])('names the weapon of an OP2 row by its adjective alone: %j', (cells, elements) => {
    expect(row(...cells)).toMatchObject({ elements, status: 'measure' });
  });

  it('beside an OP3 control names what the control covers, not an OP2 prohibition', () => {
    expect(row('Physical protection', 'Biological', 'No', '-', 'Biosecurity regulation under study')).toMatchObject({ elements: ['op3b.physical_protection'], status: 'gap' });
  });
});

describe('a labelled row of a domain or needs table', () => {
  const labelled = (...cells: string[]) => readLabelledRow(cells, (f) => elementsIn(f, { heading: true }), () => false);

  it('cites its law with Arabic-Indic digits as with ASCII ones (ar)', () => {
    expect(labelled('حصر المواد الحساسة', 'تمسك هيئة البيئة سجلاً للمصادر المشعة بموجب المادة ١٤ من قانون الوقاية من الإشعاع')).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });

  it.each([
    { what: 'ar', cells: ['حصر المواد الحساسة', 'تمسك هيئة البيئة سجلاً للمصادر المشعة بموجب المادة 14 من قانون الوقاية من الإشعاع، ولا يوجد سجل للعوامل الممرضة في المختبرات', 'دعم فني لإنشاء سجل وطني للعوامل الممرضة'] },
    { what: 'es', cells: ['Registro de fuentes', 'Registro nacional de fuentes radiactivas según la Ley 19.300, art. 4; no existe registro de patógenos', 'Apoyo técnico para el registro de patógenos'] },
    { what: 'en', cells: ['Source inventory', 'National register of radioactive sources under the Radiation Act 2011, s. 27; there is no register of pathogens', 'Support for a pathogen register'] },
  ])('is a measure when one cell cites the law in force and then says what is still missing ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });

  it.each([
    { what: 'en', cells: ['OP 3 (d) funds and services', 'Exports of dual-use goods are licensed under the Export Control Act 2007, s. 6; brokering services are not controlled', 'Support for rules on brokering'] },
    { what: 'fr', cells: ['Par. 3 d) services de financement', "Les exportations de biens à double usage sont soumises à licence en vertu de la loi n° 7 de 2007, article 6 ; il n'existe aucun contrôle des services de courtage", 'Appui à la rédaction de règles'] },
    { what: 'ru', cells: ['Финансовые и посреднические услуги (пункт 3 d)', 'Экспорт продукции двойного назначения лицензируется в соответствии с Законом об экспортном контроле (статьи 6–9); контроль за посредническими услугами законодательством не предусмотрен', 'Содействие в разработке норм'] },
  ])('is a gap when the law in force the cell opens with is another element\'s, which it gives as in force ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op3d.financing_services'], status: 'gap', inForce: ['op3d.export_control'] });
  });

  it.each([
    ['en', 'OP 3 (d)', 'Funds and services related to exports', 'Not yet regulated'],
    ['ru', 'п. 3 d)', 'Контроль финансовых услуг, связанных с экспортом', 'отсутствует'],
    ['zh', '第3(d)段', '对与出口有关的资金和运输服务的管制', '尚无规定'],
  ])('reads a label that is only a code with the cell beside it, which says which element of OP3 (d) it is (%s)', (_language, code, measure, status) => {
    expect(labelled(code, measure, '—', status)).toMatchObject({ elements: ['op3d.financing_services'], status: 'gap' });
  });

  it.each([
    { what: 'en', cells: ['Detection at border posts', 'Customs control prohibited goods under section 82 of the Customs Act. The border posts have no radiation monitors.', 'Radiation monitors for the posts'] },
    { what: 'zh', cells: ['口岸辐射探测', '海关依据《海关法》第三十一条对禁止货物实施管制。边境口岸缺乏辐射监测设备。', '提供辐射监测设备'] },
  ])('is a measure when the law in force and what is still missing are two sentences of one cell ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op3c.border_control'], status: 'measure' });
  });

  it.each([
    { what: 'en', cells: ['OP 3 (a) – accounting', 'Nuclear material and radioactive sources: Radiation Safety Regulations 2016, ss. 12 to 15 (register). Biological agents: no inventory exists yet.'] },
    { what: 'fr', cells: ['Par. 3 a) – comptabilité', "Matières nucléaires : décret n° 2016-44, art. 12 à 15 (registre). Agents biologiques : aucun inventaire n'existe encore."] },
    { what: 'es', cells: ['Párr. 3 a) – contabilidad', 'Material nuclear: Reglamento N.° 16 de 2016, arts. 12 a 15 (registro). Agentes biológicos: aún no existe inventario.'] },
  ])('is a measure of its OP3 control when the law in force it opens with names the weapon the control covers ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });

  it.each([
    { what: 'en', cells: ['OP 3 (a) – accounting', 'Act No. 9 of 2012 regulates fertilisers and does not concern nuclear, chemical or biological materials; no inventory of sources exists yet'] },
    { what: 'fr', cells: ['Par. 3 a) – comptabilité', 'La loi n° 9-012 régit les engrais et ne concerne pas les matières nucléaires, chimiques ou biologiques ; aucun inventaire des sources'] },
  ])('stays a gap when the law it cites is said not to concern the matter ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op3a.accounting'], status: 'gap' });
  });

  it('stays a gap when the only law it names is a draft (en)', () => {
    expect(labelled('Source inventory', 'Draft regulations on the source register, s. 5, are being prepared')).toMatchObject({ status: 'gap' });
  });
});
