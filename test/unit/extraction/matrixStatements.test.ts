/**
 * Measures read from statements, not from whatever line names an element: contact lines, table
 * rows that name only a lead agency and a timeline, rows whose other cell says the law is still a
 * draft, and a passing mention in another section when the element's own section states a gap.
 * The documents are written here, for states and wording the labelled corpus does not show.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { GAP_CUE, POWER_TO_ACT, RESPONSIBILITY_MOVED, RISK_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { utf8 } from './support/documents.js';

async function extractText(lines: string[]) {
  return extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
}

async function extractDocxWithTable(before: string[], rows: string[][]) {
  const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
  const doc = new Document({ sections: [{ children: [...before.map((text) => new Paragraph(text)), table] }] });
  return extractDocument({ bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: 'report.docx' });
}

const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('contact and signature lines', () => {
  it.each([
    {
      what: 'an address at the customs service (en)',
      lines: [
        'Government of the Republic of Botswana', 'Gaborone, 3 April 2025', 'Export controls',
        'The Export Control Act 2019 requires a licence for the export of dual-use goods.',
        'Contact: Ms. Neo Kgosi, Principal Officer, e-mail: n.kgosi@customs.example.gov',
      ],
      absent: 'op3c.border_control',
    },
    {
      what: 'a director of nuclear security signing (fr)',
      lines: [
        'République du Sénégal', 'Dakar, le 3 avril 2025', 'Contrôle des exportations',
        "La loi n° 2019-12 soumet l'exportation des biens à double usage à une licence.",
        'M. Ousmane Diallo, Directeur de la protection physique des matières nucléaires, courriel : o.diallo@arsn.example.sn',
      ],
      absent: 'op3b.physical_protection',
    },
  ])('$what is not a measure', async ({ lines, absent }) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).toContain('op3d.export_control');
    expect(present(extraction)).not.toContain(absent);
  });
});

describe('a report\'s contacts section or contact form', () => {
  it.each([
    ['en, a numbered paragraph that leads into the contacts', [
      'Republic of Botswana', '4. Export controls', 'Botswana does not yet license exports of dual-use goods; a Strategic Trade Bill is being drafted.',
      '5. Technical contacts, Radiation Protection Authority:', 'For border matters:', 'Principal Officer, Border Control and Customs Supervision Agency', 'Ms. Neo Kgosi, n.kgosi@bpi.example.gov',
    ], 'op3c.border_control'],
    ['ru, a heading over a contact given by its post', [
      'Кыргызская Республика', '2. Законопроект об экспортном контроле разрабатывается.', '3. Контактные лица', 'По вопросам физической защиты:',
      'заместитель начальника Государственной службы надзора за физической защитой ядерных материалов', 'Асанов Бакыт, b.asanov@mfa.example.kg',
    ], 'op3b.physical_protection'],
  ])('reads no measure from the posts of %s', async (_case, lines, absent) => {
    // Each line a paragraph of its own, as a plain-text note sets its contacts apart.
    const extraction = await extractDocument({ bytes: utf8(lines.join('\n\n')), fileName: 'report.txt' });
    expect(present(extraction)).not.toContain(absent);
    expect(present(extraction)).not.toContain('op3d.export_control');
  });

  it.each([
    ['ru, one field a row', [['Поле', 'Сведения'], ['Фамилия, имя, отчество', 'Асанов Бакыт'], ['Должность', 'Начальник отдела таможенного контроля'], ['Телефон', '+996 312 00 00 00']]],
    ['fr, one field a row', [['Rubrique', 'Point de contact principal'], ['Nom', 'Mme Claire Dubois'], ['Titre/fonction', 'Cheffe du service de contrôle aux frontières'], ['Ministère/organisme', 'Direction générale des douanes'], ['Téléphone', '+33 1 00 00 00 00']]],
  ])('reads no measure from a contact form (%s)', async (_case, rows) => {
    const extraction = await extractDocxWithTable(['Republic of Botswana', 'The Export Control Act 2019 requires a licence for the export of dual-use goods.'], rows);
    expect(present(extraction)).toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3c.border_control');
  });
});

describe('a note that changes the points of contact', () => {
  it.each([
    ['en', 'The Permanent Mission of Malta has the honour to inform the Committee of the designation of new national points of contact.',
      'Mr. John Borg, Head of the Border Control Division, Customs Department (j.borg@customs.example.gov), replaces Ms. Anna Vella.',
      'The Ministry has set up a single inter-agency group on export control and weapons of mass destruction.',
      'The Radiation Protection Board keeps the national register of radioactive sources under article 16 of the Nuclear Safety Act 2015.'],
    ['fr', "La Mission permanente de la Tunisie a l'honneur d'informer le Comité de la désignation de nouveaux points de contact nationaux.",
      'M. Karim Ben Salah, chef de la Division du contrôle aux frontières, Direction générale des douanes (k.bensalah@douane.example.gov), remplace Mme Leila Trabelsi.',
      "Le Ministère a créé un groupe interministériel unique sur le contrôle des exportations et les armes de destruction massive.",
      "Le Centre national de radioprotection tient le registre national des sources radioactives en application de l'article 16 de la loi n° 2015-12."],
    ['ru', 'Постоянное представительство Болгарии имеет честь сообщить Комитету о назначении новых национальных контактных лиц.',
      'Г-н Георгиев Стефан, начальник отдела пограничного контроля Агентства таможен (s.georgiev@customs.example.gov), заменяет г-жу Петрову.',
      'Министерство создало единую межведомственную группу по экспортному контролю и оружию массового уничтожения.',
      'Агентство ядерного регулирования ведет национальный реестр радиоактивных источников в соответствии со статьей 16 Закона о безопасном использовании ядерной энергии.'],
    ['ar', 'تتشرف البعثة الدائمة للأردن بأن تبلغ اللجنة بتعيين جهات الاتصال الوطنية الجديدة.',
      'السيد أحمد سعيد، رئيس قسم مراقبة الحدود، دائرة الجمارك (a.saeed@customs.example.gov)، يحل محل السيدة ليلى حسن.',
      'وقد أنشأت الوزارة فريقا مشتركا بين الوكالات معنيا بمراقبة الصادرات وأسلحة الدمار الشامل.',
      'وتمسك هيئة تنظيم الطاقة السجل الوطني للمصادر المشعة عملا بالمادة 16 من قانون الأمان النووي لعام 2015.'],
  ])('reads the measure a paragraph states by its law, not the contacts\' posts or the groups they belong to (%s)', async (_language, opening, contact, group, register) => {
    const extraction = await extractText([opening, '', contact, '', group, '', register, '', '3 February 2030']);
    expect(extraction.reportType).toBe('point_of_contact');
    expect(present(extraction)).toEqual(['op3a.accounting']);
  });
});

describe('penalties in a numbered paragraph of their own, after the one that states the export licensing', () => {
  const report = (penalty: string) => [
    'Additional information of Ruritania on resolution 1540 (2004)', '',
    'III. Operative paragraph 3',
    '1. Federal Decree-Law No. 27 of 2030 on Controlled Goods requires a licence for the export, re-export and transit of dual-use goods.',
    '2. The Decree-Law also makes brokering in controlled goods subject to prior licensing.',
    `3. ${penalty}`,
  ].join('\n');

  it.each([
    ['en', 'Anyone who violates the provisions of the Decree-Law is punished by imprisonment of up to ten years (article 28).'],
    ['ar', 'يعاقب كل من يخالف أحكام المرسوم بقانون بالسجن مدة لا تزيد على عشر سنوات (المادة 28).'],
  ])('are the export control\'s penalties where they name the law they punish breaches of (%s)', async (_, penalty) => {
    const extraction = await extractDocument({ bytes: utf8(report(penalty)), fileName: 'update.txt' });
    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });

  it('are nothing where they name no law', async () => {
    const extraction = await extractDocument({ bytes: utf8(report('Offenders are punished by imprisonment of up to ten years.')), fileName: 'update.txt' });
    expect(present(extraction)).not.toContain('op3d.penalties');
  });
});

describe('an intent in Arabic', () => {
  it.each([
    ['the state\'s, to issue a text: a lack', 'تعتزم المملكة إصدار لائحة للرقابة على الصادرات.', true],
    ['the offender\'s, to commit the act a law punishes: no lack', 'تجرم المادة 34 تقديم أي دعم لكيان إرهابي أو لشخص يعتزم ارتكاب عمل إرهابي.', false],
  ])('is %s', (_, sentence, gap) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(gap);
  });
});

describe('physical protection as other Chinese texts name it', () => {
  it('is read in "物理防护" as in "实物保护"', () => {
    expect(elementsIn(fold('经2030年修订的《物理防护法》要求对放射性物质的运输实施物理防护。'))).toContain('op3b.physical_protection');
  });
});

describe('three weapons banned in Chinese', () => {
  it.each([
    ['by an order\'s title and article', '《大规模杀伤性武器（禁止）令》（2019年）第5条禁止任何人制造、获取或使用核武器、化学武器或生物武器。', ['op2.nuclear', 'op2.chemical', 'op2.biological']],
    ['by the resolution, with no law named', '决议要求各国禁止任何非国家行为者制造、获取或使用核武器、化学武器或生物武器。', []],
  ])('are the national ban where a law is named, the resolution\'s formula where none is: %s', (_, sentence, elements) => {
    expect(elementsIn(fold(sentence)).filter((e) => e.startsWith('op2.') && e !== 'op2.financing')).toEqual(elements);
  });
});

describe('table rows', () => {
  it('a row whose other cell says the law is being drafted states a gap (docx table, fr)', async () => {
    const extraction = await extractDocxWithTable(
      ['République du Niger', 'Niamey, le 12 mars 2025', 'Situation de la mise en œuvre'],
      [
        ['Domaine', 'Description', 'Forme'],
        ['Loi sur le contrôle des exportations', "Appui à la rédaction d'un projet de loi sur les biens à double usage", 'Expertise juridique'],
      ],
    );
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it('a row whose other cell says the law is being drafted states a gap (pipes, es)', async () => {
    const extraction = await extractText([
      'República del Paraguay', 'Asunción, 5 de mayo de 2025', 'Situación por elemento',
      'Elemento | Situación',
      'Control de exportaciones de bienes de doble uso | Proyecto de ley en preparación',
      'Controles fronterizos | La Dirección Nacional de Aduanas aplica perfiles de riesgo en los pasos de frontera',
    ]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
    expect(present(extraction)).toContain('op3c.border_control');
  });

  it('a row naming only a lead agency and a timeline takes nothing from the wrapped line above it', async () => {
    const extraction = await extractText([
      'Republic of Zambia', 'Lusaka, 14 February 2025', 'National action plan',
      'No. | Action | Lead | Timeline',
      // A PDF table's cell wrapped over lines: the fragments come apart from their row.
      'Draft a law on the transfer of weapons of mass destruction to',
      '',
      'non-State actors',
      '',
      '1.1 Ministry of Home Affairs | June 2026',
    ]);
    expect(present(extraction)).not.toContain('op1');
  });
});

describe("an element's own section", () => {
  const BORDER = [
    'Republic of Kenya', 'Nairobi, 8 July 2025', '(c) Border controls',
    'The Kenya Revenue Authority commissioned radiation portal monitors at Mombasa in 2021. Customs officers enforce import and export prohibitions at all points of entry.',
  ];

  it('outweighs a passing mention elsewhere when it says the control does not exist yet', async () => {
    const extraction = await extractText([...BORDER, '(d) Export controls', 'Kenya does not yet have a licensing system for the export of dual-use goods.']);
    expect(present(extraction)).toContain('op3c.border_control');
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it('keeps the measure when the section states one besides a gap', async () => {
    const extraction = await extractText([
      ...BORDER, '(d) Export controls',
      'The Strategic Goods Act 2022 requires a licence for the export of dual-use goods.',
      'Controls on brokering are under consideration.',
    ]);
    expect(present(extraction)).toContain('op3d.export_control');
  });

  it('a year closing a sentence does not carry the next sentence\'s "pending" into a measure', async () => {
    const extraction = await extractText([
      'Republic of Kenya', 'Nairobi, 8 July 2025', '(c) Border controls',
      'The Customs Service commissioned new radiation detection portals in 2021. Officers may detain goods pending an assessment by the Ministry.',
      '(d) Export controls',
      'The Strategic Goods Act 2022 requires a licence for exports.',
    ]);
    expect(present(extraction)).toContain('op3c.border_control');
  });
});

describe('gaps about material, not about the weapon', () => {
  it.each([
    {
      what: 'no register of pathogen collections (ru)',
      lines: ['Правительство Республики Таджикистан', 'Душанбе, 4 марта 2025 г.', 'Вместе с тем в стране отсутствует единый реестр коллекций патогенов и токсинов в лабораториях.'],
    },
    {
      what: 'no accounting of toxic chemicals held by laboratories (en)',
      lines: ['Government of the Republic of Malawi', 'Lilongwe, 4 March 2025', 'There is no national register for the accounting of toxic chemicals held by laboratories.'],
    },
  ])('$what is an OP3 gap only', async ({ lines }) => {
    const extraction = await extractText(lines);
    expect(extraction.gaps).toContain('op3a.accounting');
    expect(extraction.gaps.filter((g) => g.startsWith('op2.'))).toEqual([]);
  });

  it('a missing law that names the weapon is an OP2 gap too (es)', async () => {
    const extraction = await extractText([
      'República de Honduras', 'Tegucigalpa, 4 de marzo de 2025',
      'Honduras carece de una ley que tipifique las armas biológicas y no cuenta con un registro de los agentes biológicos en los laboratorios.',
    ]);
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('status words and negated subjects', () => {
  it('reads a status cell that says the rule is still being developed as a gap (ru, a tab table)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Армения', 'Нью-Йорк, 3 февраля 2030 года', 'Элемент\tМера\tСтатус',
      'Экспортный контроль\tЗакон «Об экспортном контроле», статья 4: лицензирование товаров двойного назначения\tдействует',
      'Контроль финансирования экспорта\tПравила контроля услуг по перевозке и финансированию экспорта\tв разработке',
    ]);

    expect(present(extraction)).toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });

  it('reads "no … has so far been laid down" as a gap, not as a measure', async () => {
    const extraction = await extractText([
      'Government of Botswana', 'Gaborone, 3 February 2030',
      'The Export Control Act 2019 requires a licence for the export of dual-use goods.',
      'No criminal penalty has so far been laid down for a breach of the export licence requirement.',
    ]);

    expect(present(extraction)).not.toContain('op3d.penalties');
    expect(extraction.gaps).toContain('op3d.penalties');
  });

  it('reads funds given to terrorists, in either order, as the financing prohibition', async () => {
    const extraction = await extractText([
      'Government of Botswana', 'Gaborone, 3 February 2030',
      'Section 9 of the Counter-Terrorism Act 2014 makes it an offence to provide or collect funds for the use of chemical weapons by terrorists.',
    ]);

    expect(present(extraction)).toContain('op2.financing');
  });

  it('keeps each clause of a gap joined by "، كما" about its own element (ar)', async () => {
    const extraction = await extractText([
      'حكومة جمهورية أرمينيا', 'يريفان، 3 شباط/فبراير 2030',
      'لا يوجد حتى الآن تشريع يتناول وسائل إيصال أسلحة الدمار الشامل، كما لا توجد ضوابط على تمويل الصادرات أو خدمات النقل المرتبطة بها.',
    ]);

    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.delivery', 'op3d.financing_services']));
    expect(extraction.gaps).not.toContain('op3d.export_control');
  });
});

describe('what restates, commits or checks at the border', () => {
  it.each([
    ['El párrafo 2 obliga a los Estados a adoptar leyes que prohíban a los agentes no estatales fabricar armas químicas.'],
    ['Пункт 2 резолюции обязывает государства принять законы, запрещающие негосударственным субъектам приобретать ядерное оружие.'],
    ['Botswana reaffirms its full commitment to refrain from providing any support to non-State actors.'],
  ])('reads no measure in a restatement or a commitment: %s', async (sentence) => {
    const extraction = await extractText(['Government of Botswana', 'Gaborone, 3 February 2030', sentence]);

    expect(present(extraction)).toEqual([]);
  });

  it('reads customs checking imports and exports as a border control, not as export licensing', async () => {
    const extraction = await extractText([
      'Government of Botswana', 'Gaborone, 3 February 2030',
      'Under sections 93 and 120 of the Customs Act 2011, customs officers may examine and seize goods imported or exported in breach of any prohibition.',
    ]);

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });

  it('reads a domain table row by its label, its law and its stage', async () => {
    const extraction = await extractText([
      'Government of Botswana', 'Gaborone, 3 February 2030', 'Subject\tInstrument\tStage',
      'Chemical weapons\tChemical Weapons Act 2020, s. 4\tOperational',
      'Biological agents and toxins\tBiological and Toxin Weapons Bill\tDraft before Cabinet',
    ]);

    expect(present(extraction)).toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('support to terrorists named before the verb that gives it', () => {
  it.each([
    ['zh', ['图瓦卢政府', '2030年2月3日，富纳富提', '《2003年反恐怖主义法》第7条规定，任何人向恐怖组织或意图获取核、化学或生物武器的个人提供任何形式的支持，即构成犯罪。']],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Section 7 of the Counter-Terrorism Act 2003 makes it an offence to provide terrorist groups, or persons who seek nuclear, chemical or biological weapons, with any support.']],
  ])('is OP1, and the weapons the support would serve are no OP2 ban (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).toEqual(['op1']);
  });
});

describe('a proposal, which is no measure yet', () => {
  it('reads a proposal to amend the penal code that would cover a weapon as a gap, not a measure of that code (es)', async () => {
    const extraction = await extractText([
      'República de Honduras', 'Tegucigalpa, 4 de marzo de 2025',
      'La Comisión de Codificación evalúa una propuesta de reforma del Código Penal que incluiría las armas biológicas.',
    ]);
    expect(present(extraction)).not.toContain('op2.biological');
    expect(extraction.gaps).toContain('op2.biological');
  });

  it.each([
    ['en', 'the Ministry is assessing a proposal to amend the Penal Code'],
    ['en', 'a proposed amendment to the Penal Code'],
    ['fr', 'le ministère examine une proposition de réforme du Code pénal'],
    ['ru', 'министерство направило предложение о внесении изменений в Уголовный кодекс'],
    ['zh', '司法部收到一项刑法修订建议'],
    ['ar', 'تنظر الوزارة في اقتراح تعديل قانون العقوبات'],
  ])('reads a proposal to change the law as a gap cue (%s)', (_lang, phrase) => {
    expect(GAP_CUE.test(fold(phrase))).toBe(true);
  });
});

describe('a law that stops short of the ban', () => {
  it('reads a pathogens law that does not explicitly prohibit biological weapons as a gap, not a ban (zh)', async () => {
    const extraction = await extractText([
      '越南社会主义共和国', '2025年3月4日',
      '4. 2015年《病原体法》规范病原体的持有和使用，但未明确禁止非国家行为者开发或使用生物武器；相关修正案正在审议之中。',
    ]);
    expect(present(extraction)).not.toContain('op2.biological');
    expect(extraction.gaps).toContain('op2.biological');
  });

  it.each([
    ['en', 'the Act does not explicitly prohibit non-State actors from developing biological weapons'],
    ['fr', "la loi n'interdit pas expressément aux acteurs non étatiques de mettre au point des armes biologiques"],
    ['es', 'la ley no prohíbe expresamente a los agentes no estatales desarrollar armas biológicas'],
    ['ru', 'закон прямо не запрещает негосударственным субъектам разрабатывать биологическое оружие'],
    ['zh', '该法并未明确禁止非国家行为者开发生物武器'],
    ['ar', 'ولا يحظر القانون صراحة على الجهات من غير الدول استحداث الأسلحة البيولوجية'],
  ])('reads a ban the law does not make as a gap cue (%s)', (_lang, phrase) => {
    expect(GAP_CUE.test(fold(phrase))).toBe(true);
  });
});

describe('penalties right after the export control of their paragraph', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 4 March 2025', '5. The Trade Act 2018 requires a licence for the export of dual-use goods. Breaches of that Act are punishable by fines and imprisonment.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 4 mars 2025', "5. La loi n° 12/2018 soumet à licence l'exportation des biens à double usage. Les infractions à cette loi sont punies d'une amende et d'un emprisonnement."]],
    ['es', ['Gobierno de Honduras', 'Tegucigalpa, 4 de marzo de 2025', '5. La Ley de Comercio Exterior somete a licencia la exportación de bienes de doble uso. Sus artículos 45 a 47 castigan las infracciones con multas.']],
    ['ru', ['Правительство Республики Молдова', 'Кишинев, 4 марта 2025 года', '5. Закон № 12 требует лицензии на экспорт товаров двойного назначения. Нарушения этого закона наказываются штрафом и лишением свободы.']],
    ['zh', ['越南社会主义共和国', '2025年3月4日', '7. 《贸易管制法》对两用物项的出口实行许可证管理。违反该法的，依照第41条处以罚款或监禁。']],
    ['ar', ['المملكة الأردنية الهاشمية', 'عمّان، 4 آذار/مارس 2025', '5. تخضع صادرات السلع ذات الاستخدام المزدوج لترخيص بموجب القانون رقم 12 لسنة 2018. ويعاقب على مخالفة هذا القانون بالغرامة والحبس.']],
  ])('reads a penalty sentence that names nothing after the export licensing as its penalties (%s)', async (_lang, lines) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).toContain('op3d.penalties');
    expect(present(extraction)).toContain('op3d.export_control');
  });
});

describe('penalties as words of a law\'s title', () => {
  it.each([
    ['en', 'Customs control prohibited and restricted goods at the ports under the Customs (Offences and Penalties) Act 2017.', 'Breaches of the customs law are punishable by fines of up to 5,000 dollars.'],
    ['es', 'La Dirección General de Aduanas controla las mercancías prohibidas en los puertos con arreglo a la Ley Especial para Sancionar Infracciones Aduaneras de 2017.', 'Las infracciones aduaneras se castigan con multas de hasta 5.000 dólares.'],
    ['ru', 'Таможенная служба контролирует запрещенные товары в портах в соответствии с Законом «Об ответственности за таможенные правонарушения» 2017 года.', 'Таможенные правонарушения наказываются штрафом.'],
    ['zh', '海关依照《海关行政处罚实施条例》对进出境的禁止和限制货物实施监管。', '违反海关法的，处以罚款。'],
  ])('reads a control based on a law whose title names penalties as the control, not as penalties (%s)', (_language, control, penalties) => {
    expect(elementsIn(fold(control))).toEqual(['op3c.border_control']);
    expect(elementsIn(fold(penalties))).toContain('op3d.penalties');
  });
});

describe('the bodies that wrote the document', () => {
  it('takes no border control from the customs administration named among the authors of the report (zh)', async () => {
    const extraction = await extractText([
      '越南社会主义共和国', '2025年3月4日',
      '1. 本补充资料更新越南2021年提交的国家报告，由外交部会同原子能局、海关总署及卫生部编写。',
    ]);
    expect(present(extraction)).not.toContain('op3c.border_control');
  });

  it.each([
    ['en', 'This report was prepared by the Ministry of Foreign Affairs with the Customs Administration and the Police.'],
    ['fr', "Le présent rapport a été établi par le Ministère des affaires étrangères avec l'Administration des douanes."],
    ['es', 'El presente informe fue elaborado por el Ministerio de Relaciones Exteriores con la Dirección de Aduanas.'],
    ['ru', 'Настоящий доклад подготовлен Министерством иностранных дел совместно с Таможенной службой.'],
    ['zh', '本报告由外交部会同海关总署编写。'],
    ['ar', 'أعدت هذا التقرير وزارة الخارجية بالتعاون مع مصلحة الجمارك.'],
  ])('reads who wrote the document as no measure (%s)', (_lang, phrase) => {
    expect(RESPONSIBILITY_MOVED.test(fold(phrase))).toBe(true);
  });
});

describe('what is to come before a policy is there', () => {
  it('reads a ministry asking for advice before a policy is prepared as no export control (en)', async () => {
    const extraction = await extractText([
      'Government of the Republic of Zambia', 'Lusaka, 4 March 2025', 'Export controls',
      'Zambia does not yet have a licensing system for the export of dual-use goods. The Ministry of Commerce has asked for technical advice before a policy is prepared.',
    ]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it.each([
    ['en', 'the Ministry has asked for technical advice before a policy is prepared'],
    ['fr', "le ministère a demandé un avis technique avant qu'une politique ne soit élaborée"],
    ['es', 'el Ministerio pidió asesoramiento técnico antes de que se elabore una política'],
    ['ru', 'министерство запросило техническую консультацию, прежде чем будет разработана политика'],
    ['zh', '贸易部在制定相关政策之前征求了技术咨询'],
    ['ar', 'طلبت الوزارة مشورة تقنية قبل أن يتم إعداد سياسة'],
  ])('reads a policy still to be prepared as a gap cue (%s)', (_lang, phrase) => {
    expect(GAP_CUE.test(fold(phrase))).toBe(true);
  });
});

describe('non-State actors as the subject of a ban', () => {
  it('reads a ban of the weapons to non-State actors as OP2 only, a ban of transfers to them as OP1 as well', async () => {
    const ban = await extractText(['Government of Botswana', 'Gaborone, 3 February 2030', 'Prohibition of chemical weapons to non-State actors\tX\tLaw No. 2016/008 on chemical weapons, art. 4']);
    const transfers = await extractText(['Government of Botswana', 'Gaborone, 3 February 2030', 'The Strategic Goods Act 2019 forbids the transfer of missiles and their parts to non-State actors.']);

    expect(present(ban)).toEqual(['op2.chemical']);
    expect(present(transfers)).toEqual(expect.arrayContaining(['op1', 'op2.delivery']));
  });

  it('reads a missing law that would prohibit, in the subjunctive, delivery systems to non-State actors as an OP2 gap, not OP1 (es)', async () => {
    const extraction = await extractText(['República de Honduras', 'Tegucigalpa, 4 de marzo de 2025', 'Tampoco existe legislación que prohíba a los agentes no estatales adquirir o transferir misiles, cohetes u otros sistemas vectores.']);

    expect(extraction.gaps).toEqual(['op2.delivery']);
  });

  it('reads a heading that prohibits the activities of non-State actors, with no support named, as no OP1 heading (zh)', async () => {
    const extraction = await extractText([
      '博茨瓦纳共和国政府', '2030年2月3日', '三、决议第2段：禁止非国家行为者的活动',
      '4. 《刑法》第一百二十五条规定，非法制造、买卖、运输或储存毒害性、放射性物质的，依法追究刑事责任。上述规定适用于核、化学和生物武器。',
    ]);
    expect(present(extraction)).not.toContain('op1');
  });

  it('reads "has yet to establish" as a gap', async () => {
    const extraction = await extractText(['Government of Botswana', 'Gaborone, 3 February 2030', 'Botswana has yet to establish a licensing system for strategic or dual-use exports.']);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op3d.export_control']);
  });
});

describe('weapons named by their substances, without the article (ar)', () => {
  it.each([
    ['chemical', 'op2.chemical', 'يعاقب قانون العقوبات (المادة ٨٨) كل من صنع أو حاز أو نقل مواد كيميائية سامة بقصد استخدامها كسلاح.'],
    ['biological', 'op2.biological', 'يعاقب قانون العقوبات (المادة ٨٩) كل من صنع أو حاز أو نقل عوامل بيولوجية بقصد استخدامها كسلاح.'],
  ])('reads a ban on making or holding %s substances as that weapon\'s OP2 measure', async (_weapon, element, sentence) => {
    const extraction = await extractText(['حكومة المملكة الأردنية الهاشمية', 'عمان، 3 شباط/فبراير 2030', sentence]);
    expect(present(extraction)).toContain(element);
  });
});

describe('Arabic cues as words of their own', () => {
  it('reads no gap where folding would join the end of one word to the next ("أحكام المواد")', async () => {
    const extraction = await extractText([
      'حكومة جمهورية جيبوتي', 'جيبوتي، 3 شباط/فبراير 2030',
      'وتطبق المديرية العامة للجمارك أحكام المواد ٣٢ إلى ٣٨ من قانون الجمارك على السلع المحظورة في ميناء دوراليه، غير أن المنافذ البرية لا تملك حتى الآن أجهزة للكشف عن المواد المشعة.',
    ]);

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });

  it('reads no measure of the last section in the closing courtesy, whose "تقديرها" holds the letters of دائرة', async () => {
    const extraction = await extractDocument({ bytes: utf8([
      'البعثة الدائمة لجيبوتي لدى الأمم المتحدة', 'نيويورك، في 3 شباط/فبراير 2030',
      'خامساً: ضوابط التصدير والخدمات المتصلة بها',
      'ولا توجد حتى الآن أي ضوابط على خدمات التمويل والنقل المتصلة بالصادرات.',
      'وتغتنم البعثة الدائمة هذه المناسبة لتعرب لرئيس اللجنة مجدداً عن أسمى آيات تقديرها.',
    ].join('\n\n')), fileName: 'note.txt' });

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('clauses and titles inside one paragraph', () => {
  it.each([
    ['a numbered paragraph\'s run-in title (ar)', ['حكومة ليبيا', 'طرابلس، 3 شباط/فبراير 2030', '٩. الحصر والتأمين والحماية المادية (الفقرتان الفرعيتان (أ) و(ب)): يتولى مكتب الوقاية من الإشعاع حصر المصادر المشعة في السجل الوطني المنشأ بموجب قرار رقم ٤١٢ لسنة ٢٠٠٩، في حين لا توجد حتى الآن أي قواعد ملزمة للحماية المادية للمصادر المشعة.'], ['op3a.accounting'], ['op3b.physical_protection']],
    ['"tandis qu\'" with its elision (fr)', ['Gouvernement de la Guinée', 'Conakry, le 3 février 2030', "Les sources radioactives sont inscrites au registre national tenu en application de l'article 22 de la loi L/2019/0031, tandis qu'aucune norme de protection physique des sources n'a encore été fixée."], ['op3a.accounting'], ['op3b.physical_protection']],
    ['"，而" (zh)', ['基里巴斯政府', '2030年2月3日', '海关署依据《海关法》对进出境货物实施查验，而关于出口许可和管制清单的《战略物资出口管理法》仍在起草之中。'], ['op3c.border_control'], ['op3d.export_control']],
  ])('reads each clause on its own: %s', async (_what, lines, measures, gaps) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).toEqual(measures);
    expect(extraction.gaps).toEqual(gaps);
  });

  it('reads "financial support" to terrorists as OP1\'s support, not OP2\'s financing', async () => {
    const extraction = await extractText([
      'Government of Botswana', 'Gaborone, 3 February 2030',
      'Section 4 of the Counter-Terrorism Act 2014 prohibits any person from providing support, including material and financial support, to any person or group for the commission of a terrorist act.',
    ]);

    expect(present(extraction)).toEqual(['op1']);
  });
});

describe('financing of acts committed with the weapons, and contact lines', () => {
  it('reads a law on financing terrorist acts, weapons named among the acts, as the financing prohibition only', async () => {
    const extraction = await extractText([
      'Gobierno de la República de Honduras', 'Tegucigalpa, 3 de febrero de 2030',
      'La Ley contra el Financiamiento del Terrorismo, artículo 53, castiga a quien financie la comisión de actos terroristas, incluidos los cometidos con armas nucleares, químicas o biológicas.',
    ]);

    expect(present(extraction)).toEqual(['op2.financing']);
  });

  it.each([
    ['ar', ['حكومة دولة قطر', 'الدوحة، 3 فبراير 2030', 'يجرّم قانون مكافحة الإرهاب رقم 27 لسنة 2029 (المادة 21) تمويل الأعمال الإرهابية أو المساعدة عليها.']],
    ['ru', ['Правительство Кыргызской Республики', 'Бишкек, 3 февраля 2030 года', 'Статья 21 Закона № 27 от 2029 года устанавливает уголовную ответственность за финансирование любой террористической деятельности.']],
  ])('reads the financing of terrorist acts, words between the two, as the financing prohibition (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).toContain('op2.financing');
  });

  it('reads a contact line that opens with a person and the post as naming no measure', async () => {
    const extraction = await extractText([
      'Постоянное представительство Украины', 'Нью-Йорк, 3 февраля 2030 года', 'Контактные лица:',
      '2. Шевчук Оксана Ивановна — начальник отдела международного сотрудничества Государственной службы экспортного контроля;',
      '3. Мельник Виталий Сергеевич — главный специалист управления физической защиты Государственной инспекции ядерного регулирования;',
    ]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('rows left blank, thanks, goods in transit and laws to come', () => {
  it('reads a table row whose other cells are empty as a row, not as a heading over the paragraph after the table', async () => {
    const rows = [
      ['Element', 'Legal basis', 'Status'],
      ['Customs controls (OP3 c)', 'Customs Act 2015, s. 41', 'In force'],
      ['Funds and services related to exports', '', ''],
    ];
    const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
    const doc = new Document({ sections: [{ children: [
      new Paragraph('Government of the Republic of Fiji'), new Paragraph('Suva, 3 February 2030'), table,
      new Paragraph('The Ministry will keep the Committee informed of further developments.'),
    ] }] });

    const extraction = await extractDocument({ bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: 'update.docx' });

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });

  it.each([
    ['en', 'The Government thanks Japan for its offer of training in biosecurity, which will be considered with the Ministry of Health.'],
    ['es', 'El Gobierno agradece el apoyo prestado por Chile en 2021 para la formación de funcionarios de aduanas.'],
  ])('reads thanks to a partner for its offer or support as neither a measure nor a gap (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Government of the Republic of Fiji', 'Suva, 3 February 2030', sentence]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual([]);
  });

  it('reads customs holding goods on import, export and in transit as a border control only (fr)', async () => {
    const extraction = await extractText([
      'Gouvernement de la République du Bénin', 'Cotonou, le 3 février 2030',
      "Le Code des douanes (loi n° 12 de 2016, article 30) permet au Service des douanes de retenir les marchandises à l'importation, à l'exportation et en transit.",
    ]);

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });

  it('reads a missing law implementing a convention as a gap for the convention\'s weapon (es)', async () => {
    const extraction = await extractText([
      'Gobierno de la República de Panamá', 'Panamá, 3 de febrero de 2030',
      'No existe todavía una ley de aplicación de la Convención sobre las Armas Biológicas.',
    ]);

    expect(extraction.gaps).toEqual(['op2.biological']);
  });

  it.each([
    ['lacking detection equipment for the materials', 'The inspectorate still lacks equipment for identifying radioactive materials and toxic chemicals.', []],
    ['a list of missing things, one of them a weapon law', 'There is no specific legislation on biological weapons, nor regulations for the physical protection of nuclear material.', ['op2.biological', 'op3b.physical_protection']],
  ])('reads a gap that names only materials as no OP2 gap: %s', async (_what, sentence, gaps) => {
    const extraction = await extractText(['Government of the Republic of Fiji', 'Suva, 3 February 2030', sentence]);

    expect([...extraction.gaps].sort()).toEqual(gaps);
  });

  it.each([
    ['es', 'Gobierno de la República de Panamá', 'Panamá, 3 de febrero de 2030', 'Las sanciones por infracciones de los controles de exportación se fijarán en la futura ley; hoy no existen.'],
    ['fr', 'Gouvernement de la République du Bénin', 'Cotonou, le 3 février 2030', "Les sanctions applicables aux infractions au contrôle des exportations seront fixées par la loi à venir."],
  ])('reads penalties left to a law to come as a gap (%s)', async (_lang, ...lines) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3d.penalties');
  });

  it('reads a financing offence beside customs sharing alerts as no export penalty', async () => {
    const extraction = await extractText([
      'Government of the Republic of Fiji', 'Suva, 3 February 2030',
      'The Financial Transactions Act 2012 (section 9) makes the financing of terrorist acts a criminal offence, and the Financial Intelligence Unit shares alerts with Customs.',
    ]);

    expect(present(extraction)).not.toContain('op3d.penalties');
    expect(present(extraction)).toContain('op2.financing');
  });

  it('reads an action-plan row that starts with "صياغة" (drafting) as a plan, not a measure (ar)', async () => {
    const extraction = await extractText([
      'حكومة جمهورية جيبوتي', 'جيبوتي، 3 شباط/فبراير 2030', 'الإجراء\tالجهة المسؤولة\tالموعد',
      'صياغة قانون مراقبة الصادرات وقائمة وطنية للمواد الخاضعة للرقابة\tوزارة التجارة\tالربع الأخير من 2031',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it.each([
    ['es', 'asistencia técnica y jurídica para redactar una ley'],
    ['fr', 'une assistance technique et juridique pour rédiger une loi'],
    ['ar', 'المساعدة التقنية والقانونية في صياغة قانون'],
  ])('reads help asked to draft, its kind named after the noun, as a gap (%s)', (_lang, phrase) => {
    expect(GAP_CUE.test(fold(phrase))).toBe(true);
  });

  it('reads "no disponen de" (plural) as a gap (es)', async () => {
    const extraction = await extractText([
      'Gobierno de la República de Panamá', 'Panamá, 3 de febrero de 2030',
      'Los hospitales no disponen de un registro de las fuentes radiactivas que utilizan.',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op3a.accounting']);
  });
});

describe('the state\'s word on support to non-State actors', () => {
  it.each([
    ['fr', ['Gouvernement du Niger', 'Niamey, le 3 février 2030', "Le Niger s'abstient d'apporter quelque forme d'appui que ce soit à des acteurs non étatiques."]],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Tuvalu has never provided, and will never provide, any form of support to non-State actors.']],
  ])('alone, restates the obligation: no OP1 measure (%s)', async (_language, lines) => {
    expect(present(await extractText(lines))).not.toContain('op1');
  });

  it('with the law that makes support an offence in its paragraph, is the OP1 measure', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'Tuvalu does not provide any form of support to non-State actors. Part 3 of the Counter-Terrorism Act 2009 punishes the supply of weapons to a terrorist group.',
    ]);

    expect(present(extraction)).toContain('op1');
  });
});

describe('an action plan\'s table', () => {
  it('a row under a header with a target-date column is an action to take, even with a timing that is no date', async () => {
    const extraction = await extractText([
      'Gouvernement du Tchad', "N'Djamena, le 3 février 2030",
      'N°\tAction\tResponsable\tÉchéance',
      '4\tPrévoir des sanctions pénales pour les violations du contrôle des exportations\tMinistère de la Justice\tchaque année',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe('a measure said not to exist, not to reach, or to come only once adopted', () => {
  it.each([
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Tuvalu has not established any system to account for radioactive sources.'], 'op3a.accounting'],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'The offences of the Penal Code do not reach the production or stockpiling of biological weapons.'], 'op2.biological'],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'The Radiation Safety Regulation would, once adopted, lay down physical-protection requirements for sources.'], 'op3b.physical_protection'],
    ['fr', ['Gouvernement du Tchad', "N'Djamena, le 3 février 2030", "Le Tchad n'a pas mis en place de registre national des sources radioactives."], 'op3a.accounting'],
    // "No domestic legislation", as "no national legislation", after a clause on the treaty it would implement.
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', '3.3 Biological weapons.', 'Although Tuvalu is now bound by the Biological and Toxin Weapons Convention, no domestic legislation giving effect to it has been enacted.'], 'op2.biological'],
    ['es', ['Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030', 'Los delitos del Código Penal no alcanzan la producción de armas biológicas.'], 'op2.biological'],
    // Kinds joined before the noun the "no" denies.
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'As no export licensing law exists, no criminal or civil penalties for export violations have been established.'], 'op3d.penalties'],
    // "No provisions on …" with the subject first: the existing law has none.
    ['zh', ['图瓦卢政府', '2030年2月3日，富纳富提', '现行法律没有关于运载工具的规定。'], 'op2.delivery'],
  ])('is a gap (%s)', async (_language, lines, element) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).not.toContain(element);
    expect(extraction.gaps).toContain(element);
  });
});

describe('drafting begun under an element\'s heading', () => {
  it.each([
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', '5. Physical protection', 'The Radiation Authority has begun drafting security requirements for sources.']],
    ['fr', ['Gouvernement du Tchad', "N'Djamena, le 3 février 2030", '5. Protection physique', "L'Agence de régulation a entamé la rédaction de prescriptions en la matière."]],
    ['es', ['Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030', '5. Protección física', 'La Autoridad Reguladora ha iniciado la redacción de requisitos en la materia.']],
    ['ru', ['Правительство Таджикистана', 'Душанбе, 3 февраля 2030 года', '5. Физическая защита', 'Агентство по регулированию приступило к разработке требований в этой области.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '五、实物保护', '原子能委员会已开始起草这方面的规章。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', 'خامساً: الحماية المادية', 'بدأت الهيئة الوطنية للطاقة الذرية في صياغة متطلبات في هذا المجال.']],
  ])('is a gap of that element, not its measure (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });
});

describe('a matrix-style row marked "partially"', () => {
  it('with its law is a measure, the remark on what is still missing notwithstanding; "П. 3(d)" is the row\'s code', async () => {
    const extraction = await extractText([
      'Правительство Республики Молдова', 'Кишинев, 3 февраля 2030 г.',
      'Элемент\tМера\tПравовая основа\tПримечание',
      'П. 3(b) — физическая защита\tЧастично\tПравила физической защиты источников (2019 г.)\tЛаборатории пока не охвачены',
      'П. 3(d) — контроль за финансированием и услугами\tНет\t–\tНа рассмотрении',
    ]);

    expect(present(extraction)).toEqual(['op3b.physical_protection']);
    expect(extraction.gaps).toEqual(['op3d.financing_services']);
  });
});

describe('goods that customs hold or recognise', () => {
  it.each([
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Under section 12 of the Customs Act 2011 the Customs Department may detain and examine any container in transit.']],
    ['es', ['Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030', 'La Dirección de Aduanas aplica, conforme a la Ley de Aduanas, un sistema de gestión de riesgos a las mercancías en tránsito.']],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Customs officers at the airport received training in the recognition of dual-use goods under the Customs Act 2011.']],
  ])('are a border control, not an export licensing (%s)', async (_language, lines) => {
    expect(present(await extractText(lines))).toEqual(['op3c.border_control']);
  });

  it('leave the export licensing that customs enforce, and the brokering of dual-use goods, to export control', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'Under the Strategic Goods Act 2019 brokering services for dual-use goods need a permit from the Ministry of Trade.',
    ]);

    expect(present(extraction)).toContain('op3d.export_control');
  });
});

describe('a control list, in the six languages', () => {
  it.each([
    ['es', ['Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030', 'El Decreto Ejecutivo 70 de 2021 somete a licencia previa los bienes incluidos en la lista nacional de control.']],
    ['fr', ['Gouvernement du Tchad', "N'Djamena, le 3 février 2030", "L'arrêté n° 12 de 2021 fixe la liste nationale de contrôle."]],
    ['ru', ['Правительство Республики Молдова', 'Кишинев, 3 февраля 2030 г.', 'Постановлением Правительства № 12 утвержден национальный контрольный список.']],
    ['ar', ['حكومة دولة قطر', 'الدوحة، 3 فبراير 2030', 'يحدد القرار الوزاري رقم 12 قائمة المراقبة الوطنية للسلع.']],
  ])('names export control (%s)', async (_language, lines) => {
    expect(present(await extractText(lines))).toContain('op3d.export_control');
  });

  it('with a licence required further on in an Arabic sentence on penalties, names the licensing too', async () => {
    const extraction = await extractText([
      'حكومة دولة قطر', 'الدوحة، 3 فبراير 2030',
      'يخضع تصدير المواد الكيميائية المدرجة في الجداول وإعادة تصديرها ونقلها العابر وإعادة شحنها لترخيص مسبق وفقاً للقانون رقم 13، ويعاقب القانون بالسجن والغرامة على التصدير دون ترخيص.',
    ]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });
});

describe('a treaty\'s status under an operative paragraph\'s heading', () => {
  it('is neither the heading\'s measure nor its gap; a law that implements a treaty still is a measure', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'II. Operative paragraph 1',
      'Tuvalu acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1976, and its safeguards agreement with the International Atomic Energy Agency entered into force in 1997.',
      'Accession to the Convention on the Physical Protection of Nuclear Material is under consideration.',
      'III. Chemical weapons',
      'The Act implementing the Chemical Weapons Convention, 2009, sections 4 to 7, applies to every person in Tuvalu.',
    ]);

    expect(present(extraction)).toEqual(['op2.chemical']);
    expect(extraction.gaps).toEqual([]);
  });
});

describe('Arabic export words and a licence the law requires', () => {
  it('reads no export in a word that only contains its letters ("ومصادرته", and its confiscation)', async () => {
    const extraction = await extractText([
      'حكومة دولة قطر', 'الدوحة، 3 فبراير 2030',
      'يخول قانون الجمارك رقم 12 موظفي الجمارك تفتيش البضائع وحجز الممنوع منها ومصادرته.',
    ]);

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });

  it.each([
    ['ar', ['حكومة دولة قطر', 'الدوحة، 3 فبراير 2030', 'يشترط القانون رقم 28 الحصول على ترخيص مسبق لتصدير المواد الكيميائية، ويعاقب بالسجن على التصدير دون ترخيص.']],
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'The Act 2019 requires a prior licence for each export of listed chemicals, and an export without it is punishable by a fine.']],
  ])('reads a sentence on penalties that also says the law requires a licence as the licensing too (%s)', async (_language, lines) => {
    expect(present(await extractText(lines))).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });
});

describe('services named as what is exported', () => {
  it('are not the funds and services related to exports; a state that does not subject their financing to a licence has that gap', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'Exports of listed items require a licence under the Act of 1987 relating to control of the export of strategic goods, services and technology.',
      'Tuvalu does not at present subject the financing or insurance of exports of listed items to a licensing obligation.',
    ]);

    expect(present(extraction)).toEqual(['op3d.export_control']);
    expect(extraction.gaps).toEqual(['op3d.financing_services']);
  });
});

describe('a law that does not contain the offence, what is not there yet', () => {
  it.each([
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', 'The Penal Code in force does not contain any offence of developing or acquiring missiles.'], 'op2.delivery'],
    ['ru', ['Правительство Республики Молдова', 'Кишинев, 3 февраля 2030 г.', 'Действующий Уголовный кодекс не содержит норм, которые запрещали бы разработку или приобретение средств доставки.'], 'op2.delivery'],
    ['ru', ['Правительство Республики Молдова', 'Кишинев, 3 февраля 2030 г.', 'Единого реестра коллекций патогенов в лабораториях пока нет.'], 'op3a.accounting'],
    ['ar', ['حكومة دولة قطر', 'الدوحة، 3 فبراير 2030', 'أما الرقابة على تمويل صادرات هذه المواد وعلى خدمات نقلها، فلم تنظم بعد.'], 'op3d.financing_services'],
  ])('is a gap (%s)', async (_language, lines, element) => {
    const extraction = await extractText(lines);

    expect(present(extraction)).not.toContain(element);
    expect(extraction.gaps).toContain(element);
  });

  it('"no changes" written with "нет" at its end is no gap', async () => {
    const extraction = await extractText([
      'Правительство Республики Молдова', 'Кишинев, 3 февраля 2030 г.',
      'В отношении химического и биологического оружия изменений по сравнению с предыдущей информацией нет.',
    ]);

    expect(extraction.gaps).toEqual([]);
  });
});

describe('missing legislation for three weapons', () => {
  it('is a gap for each of them, though three weapons with no law named otherwise restate the resolution (es)', async () => {
    const extraction = await extractText([
      'Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030',
      'No existe legislación nacional que tipifique como delito la fabricación, adquisición o empleo de armas nucleares, químicas o biológicas por agentes no estatales.',
    ]);

    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical', 'op2.biological']));
  });
});

describe('assistance listed among the ancillary offences', () => {
  it('is OP2\'s offence of assisting, not OP1\'s support (es)', async () => {
    const extraction = await extractText([
      'Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030',
      'La Ley núm. 33-20 contra el Terrorismo castiga, en sus artículos 5 a 7, la tentativa, la complicidad, la asistencia y la financiación de actos terroristas.',
    ]);

    expect(present(extraction)).toEqual(['op2.financing']);
  });
});

describe('a short sentence after a run-in title', () => {
  it('goes on with the title\'s paragraph: it is a gap of the titled weapon, not a title of its own (en)', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      '4.2 Chemical weapons. The Chemical Weapons Act 2015 makes it an offence to develop, produce or stockpile a chemical weapon (section 3).',
      '4.3 Toxin weapons. No specific legislation yet exists.',
    ]);

    expect(present(extraction)).toEqual(['op2.chemical']);
    expect(extraction.gaps).toEqual(['op2.biological']);
  });

  it('a numbered Chinese run-in title with its full stop sets the topic of the paragraph it opens (zh)', async () => {
    const extraction = await extractText([
      '瑙鲁政府', '2030年2月3日',
      '5. 罚则。违反许可证规定者，可处最高5万元罚款，并可处两年以下监禁。',
    ]);

    expect(present(extraction)).toEqual(['op3d.penalties']);
  });
});

describe('clauses of an Arabic list joined by "؛"', () => {
  it('are read one by one: a register beside a ban names no prohibition of nuclear weapons (ar)', async () => {
    const extraction = await extractText([
      'حكومة جمهورية جزر القمر', 'موروني، 3 شباط/فبراير 2030',
      '(أ) القانون رقم ٤/١٩ الذي يحظر استحداث الأسلحة الكيميائية أو إنتاجها أو حيازتها ويعاقب على ذلك بالسجن؛ (ب) السجل الوطني للمصادر المشعة الذي تمسكه الهيئة الوطنية بموجب المرسوم رقم ٥٥/٢٠.',
    ]);

    expect(present(extraction).sort()).toEqual(['op2.chemical', 'op3a.accounting']);
  });
});

describe('negated subjects and controls not planned', () => {
  it.each([
    ['en', 'No rule governs the financing or insurance of exports of sensitive goods.'],
    ['en', 'Nothing in national law presently regulates transport services related to the export of dual-use goods.'],
    ['fr', "Le pays ne dispose ni d'un registre des sources ni d'un inventaire des agents pathogènes."],
    ['fr', "Aucun règlement ne fixe les mesures de protection physique des sources."],
    ['fr', "La mise en place d'un régime de licences d'exportation n'est pas envisagée à court terme."],
    ['es', 'Ninguna norma regula la financiación de las exportaciones de bienes sensibles.'],
    ['es', 'Nada en la legislación nacional regula los servicios de transporte vinculados a las exportaciones.'],
    ['ru', 'Требования к физической защите источников будут установлены новым законом.'],
    ['zh', '没有任何法律规定与出口有关的融资服务。'],
    ['ar', 'لا شيء في القانون الوطني ينظم تمويل الصادرات.'],
    // The state has none: "has no", as English "has no licensing system" already reads.
    ['fr', "Le Tchad n'a pas de régime de licences pour l'exportation des biens à double usage."],
    ['es', 'Honduras no tiene ningún régimen de licencias para la exportación de bienes de doble uso.'],
    ['ru', 'Республика не имеет системы лицензирования экспорта товаров двойного назначения.'],
    ['zh', '图瓦卢没有两用物项出口许可制度。'],
  ])('reads "%s: %s" as a gap', (_lang, sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it('reads a section whose only sentence says nothing in the law regulates the services as that gap, not a measure (en)', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'Nothing in national law presently regulates the provision of financing or transport services related to the export of sensitive goods.',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op3d.financing_services']);
  });
});

describe('funds provided or collected for the offences named before', () => {
  it.each([
    ['en', 'Section 103 of the Criminal Code makes it an offence to provide or collect funds for the above offences.'],
    ['fr', "L'article 103 du Code pénal réprime le fait de fournir ou de réunir des fonds en vue de commettre les infractions ci-dessus."],
    ['es', 'El artículo 103 del Código Penal castiga a quien proporcione o recaude fondos para cometer dichos delitos.'],
    ['ru', 'Статья 103 Уголовного кодекса устанавливает ответственность за предоставление или сбор средств для совершения указанных преступлений.'],
    ['zh', '《刑法典》第103条规定，为上述罪行提供或筹集资金，构成犯罪。'],
    ['ar', 'تجرم المادة 103 من قانون العقوبات تقديم الأموال أو جمعها بقصد ارتكاب الجرائم المذكورة.'],
  ])('is the financing offence (%s)', async (_language, sentence) => {
    const extraction = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', sentence]);

    expect(present(extraction)).toContain('op2.financing');
  });
});

describe('a numbered paragraph\'s run-in title', () => {
  it.each([
    ['en', ['Government of Tuvalu', 'Funafuti, 3 February 2030', '10. Export controls: the Trade Controls Act 2012 requires a licence for the export of dual-use items. Violations of the above provisions are punishable by up to ten years.']],
    ['zh', ['图瓦卢政府', '2030年2月3日', '10. 出口管制：《2012年贸易管制法》对两用物项的出口实行许可证制度。违反上述规定者，可处最高10年监禁或罚款。']],
  ])('is the topic of the paragraph\'s later sentences: its penalties are those of export control (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);

    expect(present(extraction).sort()).toEqual(['op3d.export_control', 'op3d.penalties']);
  });

  it('glued to its sentence, stays the topic of that sentence: financing acts that serve the weapons\' use are financing (zh)', async () => {
    const extraction = await extractText([
      '图瓦卢政府', '2030年2月3日',
      '6. 资助和协助：2023年修订的《刑法典》第89c条将为实施暴力行为（包括使用核、化学或生物武器）而收集、接受或提供资产的行为定为犯罪。',
    ]);

    expect(present(extraction)).toEqual(['op2.financing']);
  });
});

describe('a state that has no control', () => {
  it('reads "n\'a pas de régime de licences" as the export-control gap, not a measure (fr)', async () => {
    const extraction = await extractText([
      'Gouvernement du Tchad', "N'Djamena, le 3 février 2030",
      "6. Le Tchad n'a pas de régime de licences pour l'exportation, le transit ou le transbordement des biens à double usage.",
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op3d.export_control']);
  });
});

describe('States in general as the subject of the obligation', () => {
  it.each([
    ['es', 'De conformidad con la resolución, los Estados deben abstenerse de suministrar cualquier forma de apoyo a los agentes no estatales.'],
    ['en', 'Under the resolution, States must refrain from providing any form of support to non-State actors.'],
  ])('restate the resolution, which is no measure (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030', sentence]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('imprisonment as what makes an act punishable', () => {
  it('reads a law that punishes making or moving delivery means with imprisonment as their prohibition (zh)', async () => {
    const extraction = await extractText([
      '瑙鲁政府', '2030年2月3日',
      '《武器管理法》将可运载大规模毁灭性武器的无人驾驶飞行器列入清单，未经许可制造或运输此类物项的行为可处以五年以下监禁。',
    ]);

    expect(present(extraction)).toContain('op2.delivery');
  });
});

describe('non-State actors as the addressees of a prohibition', () => {
  it('reads a missing prohibition on their acquiring or transferring delivery means as an OP2 gap, not an OP1 one (en, ar)', async () => {
    const en = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', 'No law yet prohibits non-State actors from acquiring or transferring missiles.']);
    const ar = await extractText(['حكومة جمهورية جزر القمر', 'موروني، 3 شباط/فبراير 2030', 'ولا يتضمن التشريع الوطني أحكاما تحظر على الجهات من غير الدول حيازة وسائل إيصال أسلحة الدمار الشامل أو نقلها.']);

    expect(en.gaps).toEqual(['op2.delivery']);
    expect(ar.gaps).toEqual(['op2.delivery']);
  });
});

describe('Arabic names of customs, exports and smuggling without the article', () => {
  it('reads penalties not yet set in the law against smuggling of goods as a penalties gap (ar)', async () => {
    const extraction = await extractText([
      'حكومة جمهورية جزر القمر', 'موروني، 3 شباط/فبراير 2030',
      'أما العقوبات على المخالفات فلم تحدد بعد، ومشروع تعديل قانون مكافحة تهريب السلع لا يزال قيد المراجعة.',
    ]);

    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe('a nuclear safety regulator named', () => {
  it('is no physical protection: folding makes "الأمان النووي" read as "الأمن النووي" (ar)', async () => {
    const extraction = await extractText([
      'حكومة جمهورية جزر القمر', 'موروني، 3 شباط/فبراير 2030',
      'يلزم القانون رقم ١٢ لعام ٢٠١٠ كل حائز لترخيص بمسك سجل للمصادر المشعة وإبلاغ الهيئة الوطنية للأمان النووي بكل نقل.',
    ]);

    expect(present(extraction)).toEqual(['op3a.accounting']);
  });
});

describe('the Hague Code named in its Chinese word order', () => {
  it('is masked as a treaty: subscribing to it under study is no delivery gap (zh)', async () => {
    const extraction = await extractText(['瑙鲁政府', '2030年2月3日', '我国正在研究加入《防止弹道导弹扩散海牙行为准则》的问题。']);

    expect(extraction.gaps).toEqual([]);
  });
});

describe('a note that designates points of contact', () => {
  it('reports no measures, gaps or treaties, whatever its contacts\' posts name (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Iceland to the United Nations', 'New York, 3 February 2030',
      'I have the honour to inform the Committee that the following officials will serve as national points of contact for resolution 1540 (2004):',
      'Ms. Sigrun Jonsdottir, Head of the inter-agency group on export control, Ministry for Foreign Affairs, e-mail: s.jonsdottir@mfa.example.gov',
      'Dr. Olafur Einarsson, Institute for Verification of the Chemical Weapons Convention, e-mail: o.einarsson@chem.example.gov',
    ]);

    expect(extraction.reportType).toBe('point_of_contact');
    expect(extraction.matrix).toEqual([]);
    expect(extraction.gaps).toEqual([]);
    expect(extraction.treaties).toEqual([]);
  });
});

describe('a treaty promulgated by decree', () => {
  it('states the treaty\'s status, not a law on its weapons: the penal law that does not yet cover them is the gap (es)', async () => {
    const extraction = await extractText([
      'Gobierno de Honduras', 'Tegucigalpa, 3 de febrero de 2030',
      '7. Armas químicas.',
      'La Convención fue promulgada por el Decreto núm. 41-2001, pero el Código Penal todavía no tipifica las conductas que prohíbe.',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op2.chemical']);
  });
});

describe('secure storage named in each language', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 3 February 2030', 'There is as yet no secure storage facility for disused radioactive sources.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 3 février 2030', "Aucune installation d'entreposage sécurisée n'existe encore pour les sources radioactives retirées du service."]],
    ['es', ['Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', 'No existe todavía ninguna instalación de almacenamiento seguro para las fuentes radiactivas en desuso.']],
    ['ru', ['Правительство Монголии', 'Улан-Батор, 3 февраля 2030 года', 'Пока отсутствует хранилище для безопасного хранения выведенных из эксплуатации радиоактивных источников.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '目前尚无用于安全贮存废旧放射源的设施。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', 'لا يوجد حتى الآن مرفق للتخزين الآمن للمصادر المشعة المهملة.']],
  ])('is physical protection: missing, a gap (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });
});

describe('draft amendments to a code', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 3 February 2030', '6. Means of delivery.', 'The draft amendments to the Criminal Code are with the Ministry of Justice.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 3 février 2030', '6. Vecteurs.', "Un projet d'amendements au Code pénal est entre les mains du Ministère de la justice."]],
    ['es', ['Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', '6. Sistemas vectores.', 'Un proyecto de reforma del Código Penal está en manos del Ministerio de Justicia.']],
    ['ru', ['Правительство Монголии', 'Улан-Батор, 3 февраля 2030 года', '6. Средства доставки.', 'Проект соответствующих поправок в Уголовный кодекс готовится Министерством юстиции.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '6. 运载工具', '刑法修正案草案由司法部负责。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', '6. وسائل الإيصال.', 'مشروع تعديل قانون العقوبات لدى وزارة العدل.']],
  ])('are no measure: what they would cover is a gap (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).not.toContain('op2.delivery');
    expect(extraction.gaps).toContain('op2.delivery');
  });
});

describe('a decision of the government as the instrument in force', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 3 February 2030', '', 'The Decision of the Council of Ministers No. 312 sets security requirements for radioactive sources, including access control.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 3 février 2030', '', 'La décision n° 312 du Conseil des ministres fixe les exigences de protection physique des sources radioactives.']],
    ['es', ['Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', '', 'La Decisión N.° 312 del Consejo de Ministros fija los requisitos de protección física de las fuentes radiactivas.']],
    ['ru', ['Правительство Монголии', 'Улан-Батор, 3 февраля 2030 года', '', 'Решение Совета министров № 312 определяет требования к физической защите радиоактивных источников.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '', '内阁第312号决定对放射源提出了实物保护要求。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', '', 'يحدد قرار مجلس الوزراء رقم 312 متطلبات الحماية المادية للمصادر المشعة.']],
  ])('states a measure (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).toContain('op3b.physical_protection');
  });
});

describe('a table of needs', () => {
  it.each([
    {
      lang: 'en',
      lines: ['PERMANENT MISSION OF NAURU', 'New York, 3 March 2026', 'Nauru requests assistance in the following areas:', '',
        'Area | Current situation | Assistance sought', 'Radioactive sources | Each hospital keeps its own files | Advice on establishing a national register of sealed sources'],
    },
    {
      lang: 'es',
      lines: ['MISIÓN PERMANENTE DE BELICE', 'Nueva York, 3 de marzo de 2026', 'Belice solicita asistencia en los ámbitos siguientes:', '',
        'Ámbito | Situación actual | Asistencia solicitada', 'Fuentes radiactivas | Cada hospital lleva sus propias fichas | Asesoramiento para crear un registro nacional de fuentes selladas'],
    },
  ])('reads the help a row asks as a need, not as a measure in force ($lang)', async ({ lines }) => {
    const extraction = await extractText(lines);

    expect(extraction.assistanceRequested).toContain('op3a.accounting');
    expect(present(extraction)).not.toContain('op3a.accounting');
  });

  it.each([
    ['en', 'No consolidated register'],
    ['fr', 'Pas de registre centralisé'],
    ['es', 'Sin registro nacional'],
    ['ru', 'Нет единого реестра'],
    ['zh', '无统一登记册'],
    ['ar', 'لا أحكام بشأن وسائل الإيصال'],
  ])('reads a cell that opens with the lack as a gap cue (%s: %s)', (_lang, cell) => {
    expect(GAP_CUE.test(fold(cell))).toBe(true);
  });

  it('does not read a ban opened by "no person" as a gap cue (en)', () => {
    expect(GAP_CUE.test(fold('No person shall possess a nuclear weapon.'))).toBe(false);
  });
});

describe('a law said to be missing on a weapon, in Chinese', () => {
  it.each([
    '图瓦卢目前没有关于化学武器的任何立法。',
    '目前没有针对无人机或其他运载工具的法律规定。',
  ])('reads "%s" as a gap cue', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });
});

describe('a sentence whose line ends with "No." before the number', () => {
  it('is read whole, the law with the acts it punishes (en)', async () => {
    const extraction = await extractText([
      'Government of Montenegro',
      'Podgorica, 3 March 2026',
      '',
      'Article 301 of the Criminal Code, as amended by Law No.',
      '12/2020, punishes anyone who manufactures, acquires or uses a nuclear, chemical or biological weapon.',
    ]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical', 'op2.biological']));
  });
});

describe('support given to whoever seeks the weapons', () => {
  it.each([
    ['en', 'Article 12 of the Penal Code punishes anyone who provides weapons, funds or any other support to a person seeking to acquire nuclear, chemical or biological weapons.'],
    ['fr', "L'article 88 du Code pénal punit quiconque apporte un appui à un groupe tentant d'acquérir des armes nucléaires, chimiques ou biologiques."],
    ['es', 'El artículo 40 del Código Penal castiga a quien preste apoyo a una persona que intente adquirir armas nucleares, químicas o biológicas.'],
    ['ru', 'Статья 205 Уголовного кодекса наказывает за оказание поддержки лицам, пытающимся приобрести ядерное, химическое или биологическое оружие.'],
    ['zh', '《刑法》第120条惩处向企图获取核、化学或生物武器的个人或团体提供资金或其他支持的行为。'],
    ['ar', 'تعاقب المادة 50 من قانون العقوبات كل من يقدم دعما لأي شخص يسعى إلى حيازة أسلحة نووية أو كيميائية أو بيولوجية.'],
  ])('is OP1, not a ban on the weapons themselves (%s)', (_lang, sentence) => {
    const elements = elementsIn(fold(sentence));

    expect(elements).toContain('op1');
    expect(elements).not.toContain('op2.nuclear');
  });
});

describe('export controls missing beside the services that serve exports', () => {
  it('reads a missing control list as an export-control gap apart from the missing services controls (es)', () => {
    const elements = elementsIn(fold('El país carece de lista nacional de control y de licencias de exportación, y no hay controles sobre los servicios financieros vinculados a la exportación de bienes sensibles.'), { gap: true });

    expect(elements).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.financing_services']));
  });

  it('reads missing controls on the services alone as that gap only (en)', () => {
    const elements = elementsIn(fold('There are no controls on the financial services related to the export of dual-use goods.'), { gap: true });

    expect(elements).toContain('op3d.financing_services');
    expect(elements).not.toContain('op3d.export_control');
  });
});

describe('a requirement that binds only once adopted', () => {
  it('reads the rules that apply "until they are adopted" as missing, not in force (en)', async () => {
    const extraction = await extractText([
      'Government of Fiji', 'Suva, 3 February 2030', '',
      '(b) Physical protection. Rules on the security of radioactive sources are being prepared by the Authority. Until they are adopted no binding physical-protection requirement applies to licence holders.',
    ]);
    expect(present(extraction)).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });

  it.each([
    ['en', 'until they are adopted no binding requirement applies'],
    ['fr', "jusqu'à leur adoption, aucune exigence contraignante ne s'applique"],
    ['es', 'hasta su aprobación no se aplica ningún requisito obligatorio'],
    ['ru', 'до их принятия обязательные требования к владельцам источников не применяются'],
    ['zh', '在该条例通过之前，对持有者没有约束性要求'],
    ['ar', 'وإلى حين اعتمادها لا تنطبق أي متطلبات ملزمة'],
  ])('reads "until adopted" as a gap cue (%s)', (_lang, phrase) => {
    expect(GAP_CUE.test(fold(phrase))).toBe(true);
  });
});

describe('a needs table row that says what else is missing', () => {
  it('makes what its situation cell says is missing a gap too, beside the row\'s own (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Fiji', 'New York, 3 February 2030', '',
      'Area | Present situation | Assistance sought',
      '4. Export controls | Fiji has no licensing system for the export of dual-use goods; nor are there any controls on financing or transport services connected with such exports. | Advice on drafting a licensing procedure.',
    ]);
    expect(extraction.gaps.sort()).toEqual(['op3d.export_control', 'op3d.financing_services']);
  });
});

describe('a gap row\'s remark that names another paragraph', () => {
  it('says the row\'s own subject in other words: a draft law on biosafety in the biological weapons row is no physical-protection gap (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Fiji', 'New York, 3 February 2030', '',
      'Matrix element | In place | Legal basis | Comment',
      'OP2 biological weapons | No | | Draft law on biosafety being prepared',
    ]);
    expect(extraction.gaps).toEqual(['op2.biological']);
  });
});

describe('a needs table row whose situation cell cites the law in force and admits a lack', () => {
  it.each([
    ['en', 'C. Sources | The Authority maintains a national register of radioactive sources (Decree No. 19, article 5); no rule on the physical protection of disused sources has yet been adopted. | Securing disused sources.'],
    ['fr', "C. Sources radioactives | L'Autorité tient le registre national des sources radioactives (arrêté n° 19-044, article 5) ; aucune réglementation sur leur protection physique n'a encore été adoptée. | Sécurisation des sources."],
    ['es', 'C. Fuentes radiactivas | La Autoridad lleva el registro nacional de fuentes radiactivas (Decreto N.° 19, artículo 5); aún no se ha adoptado ninguna norma sobre su protección física. | Aseguramiento de las fuentes.'],
  ])('reads the register as in force and the protection as missing (%s)', async (_lang, row) => {
    const extraction = await extractText(['Permanent Mission of the Comoros', 'New York, 3 February 2030', '', 'Area | Present situation | Assistance sought', row]);
    expect(present(extraction)).toContain('op3a.accounting');
    expect(extraction.gaps).toContain('op3b.physical_protection');
    expect(extraction.gaps).not.toContain('op3a.accounting');
  });

  it('reads a law named without its number as the one to draft (es)', async () => {
    const extraction = await extractText([
      'Misión Permanente de Honduras', 'Nueva York, 3 de febrero de 2030', '', 'Esfera | Necesidad | Situación actual',
      'Legislación | Asesoramiento jurídico para redactar una ley de prohibición de las armas químicas y biológicas | No existe legislación específica',
    ]);
    expect(present(extraction)).not.toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.chemical');
  });
});

describe('an operative sub-paragraph\'s section', () => {
  it.each([
    ['en', [
      '11. Border controls (paragraph 3 (c)): the Customs Act 2022 (sections 35 and 36) empowers customs to search goods at ports and punishes their smuggling.',
      '12. Export controls (paragraph 3 (d)): there is no licensing system for the export of related materials. Nor are there penalties for violations of export controls, since no such controls exist.',
    ]],
    ['ar', [
      '١١ - مراقبة الحدود (الفقرة ٣ (ج)): يخوّل قانون الجمارك لسنة ٢٠٢٢ (المادتان ٣٥ و٣٦) هيئة الجمارك تفتيش البضائع في الموانئ، ويعاقب على تهريبها.',
      '١٢ - ضوابط التصدير (الفقرة ٣ (د)): لا يوجد حاليا نظام لترخيص تصدير المواد ذات الصلة. ولا توجد كذلك عقوبات خاصة بانتهاك ضوابط التصدير، نظرا لعدم وجود هذه الضوابط.',
    ]],
  ])('holds the penalties of 3 (d) stated missing under export controls over a penalty named under border controls (%s)', async (_lang, paragraphs) => {
    const extraction = await extractText(['Government of Yemen', 'Sana’a, 3 February 2030', '', ...paragraphs]);
    expect(present(extraction)).not.toContain('op3d.penalties');
    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe('a paragraph that states a lack, then how things go without it', () => {
  it.each([
    ['en', '5.4 Export licensing. Eswatini has no licensing system for dual-use goods. Exports of such goods leave the country under the general customs declaration procedure.'],
    ['fr', "5.4 Licences d'exportation. L'Eswatini n'a pas de régime de licences pour les biens à double usage. Les exportations de ces biens quittent le pays selon la procédure douanière ordinaire."],
    ['es', '5.4 Licencias de exportación. Eswatini no cuenta con un sistema de licencias para los bienes de doble uso. Las exportaciones de esos bienes salen del país por el procedimiento aduanero general.'],
    ['ru', '5.4 Экспортное лицензирование. Эсватини не имеет системы лицензирования товаров двойного назначения. Экспорт таких товаров осуществляется по общей таможенной процедуре декларирования.'],
    ['zh', '5.4 出口许可。斯威士兰没有两用物项出口许可制度。此类物项的出口按一般海关申报程序离境。'],
    ['ar', '٥-٤ ترخيص التصدير. لا يوجد في إسواتيني نظام لترخيص تصدير السلع ذات الاستخدام المزدوج. وتغادر صادرات هذه السلع البلاد وفق إجراءات التصريح الجمركي العامة.'],
  ])('reads the export control as a gap (%s)', async (_lang, paragraph) => {
    const extraction = await extractText(['Kingdom of Eswatini', 'Mbabane, 3 February 2030', '', paragraph]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });
});

describe('penalties named as sanctions, in the six languages', () => {
  it.each([
    ['en', 'The bill provides for export licensing and for sanctions for breaches of its provisions.'],
    ['fr', "Le projet de loi prévoit des licences d'exportation et des sanctions pénales en cas de violation."],
    ['es', 'El proyecto de ley prevé licencias de exportación y sanciones por el incumplimiento de sus disposiciones.'],
    ['ru', 'Законопроект предусматривает лицензирование экспорта, а также санкции за нарушение его положений.'],
    ['zh', '该法案规定了出口许可制度及违反其规定的罚则。'],
    ['ar', 'ينص مشروع القانون على ترخيص التصدير وعلى عقوبات على مخالفة أحكامه.'],
  ])('reads the penalties of a bill on exports (%s)', (_lang, sentence) => {
    expect(elementsIn(fold(sentence), { gap: true })).toContain('op3d.penalties');
  });
});

describe('a contact line with a telephone or an e-mail label', () => {
  it.each([
    ['en', 'Enquiries: Director of Customs, Ministry of Finance (tel. +679 330 1234; e-mail:'],
    ['fr', 'Renseignements : Directeur des douanes, Ministère des finances, tél. +227 20 72 23 00'],
    ['es', 'Consultas: Director de Aduanas, Ministerio de Hacienda, tel. +598 2 555 1540'],
    ['ru', 'Справки: начальник таможенного управления Министерства финансов, тел. +7 7172 55 01 40'],
    ['zh', '联系人：财政部海关司司长，电话：+86 10 6555 1234'],
    ['ar', 'للاستفسار: مدير الجمارك بوزارة المالية، الهاتف: +216 71 571 697'],
  ])('states no measure of the post it names (%s)', async (_language, line) => {
    const extraction = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', line]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('a law named without its number, and the lack its own sentence admits', () => {
  it.each([
    ['en', 'The Trade Act licenses the export of certain listed goods, but dual-use items are not licensed and there is no national control list.'],
    ['fr', "La loi sur le commerce soumet à licence l'exportation de certains biens, mais il n'existe aucune liste nationale de contrôle des biens à double usage."],
    ['es', 'La Ley de Comercio somete a licencia la exportación de ciertos bienes, pero no existe una lista nacional de control de bienes de doble uso.'],
  ])('leaves the element a gap (%s)', async (_language, sentence) => {
    const extraction = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', '', sentence]);

    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it('keeps the law cited by its number', async () => {
    const extraction = await extractText([
      'Government of Tuvalu', 'Funafuti, 3 February 2030',
      'Customs control restricted goods under sections 40 to 45 of the Customs Act, 2023, but the ports have no radiation detection equipment.',
    ]);

    expect(present(extraction)).toContain('op3c.border_control');
  });
});

describe('a status cell that opens with its mark and goes on with a remark', () => {
  it.each([
    ['es', 'Protección física\tDecreto N.° 98/2019, art. 30\tParcial: se aplica a fuentes de categorías 1 a 3; no abarca el transporte', 'Control de servicios de financiación y transporte vinculados a las exportaciones\t—\tNo previsto'],
    ['en', 'Physical protection\tRadiation Regulations 2019, s. 30\tPartially – sources in transport are not covered', 'Financing and transport services related to exports\t—\tNot provided for'],
    ['ru', 'Физическая защита\tПравила физической защиты (приказ № 112)\tЧастично: транспортировка не охвачена', 'Контроль за финансовыми и транспортными услугами, связанными с экспортом\t—\tНе предусмотрено'],
  ])('reads a partial mark beside its law as a measure, and a negated status as a gap (%s)', async (_language, partialRow, negatedRow) => {
    const extraction = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', 'Element\tLegal reference\tStatus', partialRow, negatedRow]);

    expect(present(extraction)).toEqual(['op3b.physical_protection']);
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('a missing law whose purpose stands before it (zh)', () => {
  it('is a gap', () => {
    expect(GAP_CUE.test(fold('该国目前没有禁止非国家行为者开发、获取或使用生物武器的专门立法。'))).toBe(true);
  });
});

describe('an article cited as "الفصل" (ar, Maghreb)', () => {
  it('is a law in force beside the border control it grounds', async () => {
    const extraction = await extractText([
      'حكومة الجمهورية التونسية', 'تونس، 3 فبراير 2030',
      'تراقب الإدارة العامة للديوانة البضائع الممنوعة عند المنافذ الحدودية بموجب الفصول 34 إلى 40 من مجلة الديوانة.',
    ]);

    expect(present(extraction)).toContain('op3c.border_control');
  });
});

describe('a heading that names the three weapons', () => {
  it.each([
    ['en', ['3. Nuclear, chemical and biological weapons.', 'Article 169 of the Criminal Code prohibits the development, production and acquisition of weapons of mass destruction by any person.']],
    ['ru', ['3. Ядерное, химическое и биологическое оружие.', 'Статья 169 Уголовного кодекса запрещает разработку, производство и приобретение оружия массового поражения любым лицом.']],
  ])('is the topic of the prohibition under it (%s)', async (_language, lines) => {
    const extraction = await extractText(['Government of Tuvalu', 'Funafuti, 3 February 2030', ...lines]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical', 'op2.biological']));
  });
});

describe('a labelled row partly in place, its lack joined by "and"', () => {
  it.each([
    ['en', 'Radioactive sources\tThe Authority keeps a national register of radioactive sources since 2019 (Decree No. 2019-087, article 12), and there are no physical protection regulations'],
    ['ar', 'المصادر المشعة\tالسلطة الوطنية للحماية من الإشعاع تمسك سجلاً وطنياً للمصادر المشعة منذ 2019 (المرسوم رقم 2019-087، المادة 12)، ولا توجد لوائح للحماية المادية'],
  ])('reads what the opening states as in force and what the rest names as missing (%s)', async (_lang, row) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', 'Area\tPresent situation', row]);
    expect(present(extraction)).toContain('op3a.accounting');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });
});

describe('a matrix row labelled by the services alone', () => {
  it.each([
    ['ru', 'Контроль за финансовыми и транспортными услугами\t-\tНе регулируется\tВопрос изучается'],
    ['en', 'Controls on financial and transport services\t-\tNot regulated\tUnder study'],
    ['fr', 'Contrôle des services financiers et de transport\t-\tNon réglementé\tEn cours d\'examen'],
  ])('is the services of OP3(d), without the exports named (%s)', async (_lang, row) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', 'Element\tLegal basis\tStatus\tRemark', row]);
    expect(extraction.gaps).toEqual(['op3d.financing_services']);
  });
});

describe('means of delivery of the weapons, written in Chinese without 的', () => {
  it('is a delivery gap alone, not a gap on each weapon (zh)', async () => {
    const extraction = await extractText(['汤加常驻联合国代表团', '2030年3月3日，纽约', '此外，汤加法律目前没有关于核、化学或生物武器运载工具的专门规定，司法部正在研究是否需要修订《刑法典》。']);
    expect(extraction.gaps).toEqual(['op2.delivery']);
  });
});

describe('customs that check imports and exports, named in the plural', () => {
  it.each([
    ['es', 'La Dirección General de Aduanas ejerce el control de las mercancías en frontera en virtud de la Ley de Importaciones y Exportaciones (Decreto No. 12-2019, artículo 7).'],
    ['fr', 'La Direction générale des douanes contrôle les marchandises aux frontières en vertu du Code des importations et exportations (article 7).'],
  ])('is a border control, not export licensing (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', sentence]);
    expect(present(extraction)).toEqual(['op3c.border_control']);
  });
});

describe('a missing offence on the weapons beside a missing export control', () => {
  it.each([
    ['es', 'El ordenamiento jurídico aún no contiene tipos penales específicos sobre las armas químicas y biológicas, y el país no cuenta con un sistema de licencias para la exportación de bienes de doble uso.'],
    ['en', 'There are no specific criminal offences on chemical and biological weapons, and there is no licensing system for the export of dual-use goods.'],
  ])('is a gap on each weapon and on export control (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', sentence]);
    expect([...extraction.gaps].sort()).toEqual(['op2.biological', 'op2.chemical', 'op3d.export_control']);
  });
});

describe('a question before its answer', () => {
  it.each([
    ['es', 'Pregunta 6. ¿Dispone Tonga de un sistema de licencias para la exportación de bienes de doble uso?', 'Respuesta: No. Tonga no cuenta todavía con un régimen de licencias de exportación para bienes de doble uso.'],
    ['en', 'Question 6. Does Tonga have a licensing system for the export of dual-use goods?', 'Answer: No. Tonga does not yet have a licensing system for the export of dual-use goods.'],
    ['ar', 'السؤال 6. هل لدى تونغا نظام لترخيص تصدير السلع ذات الاستخدام المزدوج؟', 'الجواب: لا. لا يوجد لدى تونغا بعد نظام لترخيص تصدير السلع ذات الاستخدام المزدوج.'],
  ])('states nothing: the answer says the control is missing (%s)', async (_lang, question, answer) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', question, '', answer]);
    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toEqual(['op3d.export_control']);
  });
});

describe('a permit required for exports, with fines for breaches', () => {
  it('is the export licensing as well as its penalties (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Tonga', 'New York, 3 March 2030', '',
      'Under section 15, the export and import of toxic chemicals listed in the Schedules require a permit issued by the National Authority, and section 22 provides for fines of up to 100,000 dollars or imprisonment for any breach of the permit requirements.',
    ]);
    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });
});

describe('a table cell that says two things in two sentences', () => {
  it.each([
    ['en', 'The Chemical Weapons Act 2011 (sections 6-9) makes it an offence to develop, produce or use chemical weapons. There is no offence covering biological weapons.'],
    ['fr', "La loi n° 2011-12 (articles 6 à 9) incrimine la mise au point, la fabrication et l'emploi d'armes chimiques. Il n'existe aucune infraction visant les armes biologiques."],
  ])('reads each sentence apart: the law in force and the lack beside it (%s)', async (_lang, cell) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', 'Area\tCurrent situation\tPriority', `OP2: weapons offences\t${cell}\tHigh`]);
    expect(present(extraction)).toEqual(['op2.chemical']);
    expect(extraction.gaps).toEqual(['op2.biological']);
  });
});

describe('rules not adopted, acts not criminalised', () => {
  it.each([
    ['es', 'No se han adoptado normas específicas sobre la protección física de materiales nucleares o radiactivos.', 'op3b.physical_protection'],
    ['ru', 'Деяния, связанные со средствами доставки, отдельно не криминализированы.', 'op2.delivery'],
    ['es', 'Los actos relacionados con los sistemas vectores no están penalizados de forma específica.', 'op2.delivery'],
  ])('is a gap (%s)', async (_lang, sentence, gap) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', sentence]);
    expect(extraction.gaps).toEqual([gap]);
  });
});

describe('support forbidden to those who seek the weapons, under the OP1 heading', () => {
  it.each([
    ['ru', 'II. Пункт 1 резолюции', 'Статья 6 Закона «О борьбе с терроризмом» запрещает государственным органам оказывать содействие лицам и организациям, добивающимся приобретения оружия массового уничтожения или средств его доставки.'],
    ['en', 'II. Operative paragraph 1', 'Section 6 of the Counter-Terrorism Act prohibits public bodies from giving support to persons or groups seeking to acquire weapons of mass destruction or their means of delivery.'],
  ])('is OP1, not a ban on the means of delivery (%s)', async (_lang, heading, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', heading, '', sentence]);
    expect(present(extraction)).toEqual(['op1']);
  });
});

describe('a line that leads into a list under an export-control title', () => {
  it.each([
    ['en', 'Export controls.', 'The Strategic Goods Act 2025 entered into force on 1 May 2025. Under that Act:',
      '- section 22 subjects the provision of financing, insurance and transport services linked to those operations to authorization;',
      '- section 31 punishes violations with a fine and imprisonment of up to eight years.'],
    ['es', 'Pregunta 3 (controles de exportación).', 'El 1 de agosto de 2025 entró en vigor el Decreto 12-2025. Conforme a esa ley:',
      '- el artículo 22 somete a autorización la prestación de servicios de financiamiento, seguro y transporte vinculados a dichas operaciones;',
      '- el artículo 31 sanciona las infracciones con multa y prisión de dos a ocho años.'],
  ])('keeps the title\'s section for the items: their services and penalties are the export control\'s (%s)', async (_lang, title, lead, services, penalties) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', title, lead, '', services, '', penalties]);
    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.financing_services', 'op3d.penalties']));
  });
});

describe('no change, said with the verb of being there', () => {
  it.each([
    ['es', 'En cuanto a los sistemas vectores, no hay cambios respecto de lo informado en 2018.'],
    ['ar', 'وفيما يتعلق بوسائل إيصال الأسلحة، لا توجد تغييرات منذ تقرير عام 2018.'],
  ])('is neither a measure nor a gap (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', sentence]);
    expect(extraction.gaps).toEqual([]);
    expect(present(extraction)).toEqual([]);
  });
});

describe('left outside the law, or only a study planned', () => {
  it.each([
    ['en', 'Means of delivery.', 'Missiles and unmanned aerial vehicles remain outside the national legal framework.'],
    ['es', 'Sistemas vectores.', 'Los misiles y los vehículos aéreos no tripulados quedan fuera del marco jurídico nacional.'],
    ['en', 'Means of delivery.', 'The Ministry of Defence plans a study of the options in 2026.'],
    ['zh', '运载工具', '对于运载工具，现行法律没有任何具体规定。'],
  ])('is a gap (%s)', async (_lang, title, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', title, sentence]);
    expect(extraction.gaps).toEqual(['op2.delivery']);
    expect(present(extraction)).toEqual([]);
  });
});

describe('no provision that bans the acts OP2 lists, for the three weapons', () => {
  it.each([
    ['fr', "À ce jour, aucune disposition du droit national n'incrimine la fabrication, la détention ou l'emploi d'armes nucléaires, chimiques ou biologiques ni de leurs vecteurs."],
    ['es', 'Ninguna disposición del derecho interno tipifica la fabricación, la posesión o el empleo de armas nucleares, químicas o biológicas ni de sus vectores.'],
  ])('is a gap for each weapon (%s)', async (_lang, sentence) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', sentence]);
    expect([...extraction.gaps].sort()).toEqual(['op2.biological', 'op2.chemical', 'op2.delivery', 'op2.nuclear']);
  });
});

describe('lacks in the words the cues missed', () => {
  it.each([
    ["Les Comores ne disposent d'aucun système de licences pour l'exportation de biens à double usage."],
    ["Le pays souhaiterait une assistance pour l'élaboration d'un registre des sources radioactives."],
    ["Aucune installation d'entreposage sécurisé"],
    ['Ni loi ni liste nationale de contrôle'],
    ['Sin instalación de almacenamiento seguro'],
    ['No secure storage facility'],
    ['《进出口管理法令》修正案，待国会审议'],
    ['Reglamento pendiente de aprobación'],
    ["Décret en attente d'adoption"],
  ])('%s', (text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });
});

describe("a plan's baseline column", () => {
  it.each([
    ['es', ['Elemento\tLínea de base\tAcción\tResponsable\tFecha meta', 'Control fronterizo (párr. 3 c)\tSAT-Aduanas con detectores de radiación en los puertos\tInstalar dos portales adicionales\tSAT\tDiciembre de 2027']],
    // The row's number glued to its label: the baseline column is counted from the right.
    ['ru', ['№\tЭлемент\tСуществующее положение\tМера\tОтветственный орган\tСрок', '6 Пограничный контроль (п. 3 c)\tТаможенная служба; радиационные мониторы на 12 пунктах пропуска\tОбучение операторов\tГТС\t2027 г.']],
  ])('says what is in place, though it cites no law (%s)', async (_lang, rows) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 3 March 2030', '', ...rows]);
    expect(present(extraction)).toContain('op3c.border_control');
  });
});

describe('funds and services named without the exports', () => {
  it.each([
    ['Related services', { label: true }],
    ['Services connexes', { label: true }],
    ['The Unit applies the targeted financial sanctions on the financing of proliferation under Decision No. 14 of 2023, which oblige banks to refrain from providing financial services or transport services to listed persons.', {}],
    ['تطبق الوحدة الجزاءات المالية المتعلقة بتمويل انتشار أسلحة الدمار الشامل، وتلزم المصارف بالامتناع عن تقديم الخدمات المالية أو خدمات النقل للأشخاص المدرجين.', {}],
  ])('%s names the services OP3(d) controls', (text, reading) => {
    expect(elementsIn(fold(text), reading)).toEqual(['op3d.financing_services']);
  });

  it.each([
    ['disused sources are kept in a secured facility'],
    ['تصميم وتجهيز مرفق مؤمن لتخزين المصادر المشعة المهملة'],
  ])('%s names physical protection', (text) => {
    expect(elementsIn(fold(text))).toContain('op3b.physical_protection');
  });
});

describe('a missing law that would implement a convention', () => {
  it.each([
    ['en', 'Vanuatu has no law implementing the Convention on the Prohibition of Chemical Weapons, and its laboratories keep no register of the pathogens they hold.'],
    ['fr', "Le Vanuatu ne dispose pas encore de loi d'application de la Convention sur l'interdiction des armes chimiques, et ses laboratoires ne tiennent aucun registre des agents pathogènes qu'ils détiennent."],
    ['es', 'Vanuatu no cuenta con una ley de aplicación de la Convención sobre la Prohibición de las Armas Químicas, y sus laboratorios no llevan ningún registro de los agentes patógenos que poseen.'],
  ])('is missing for the convention\'s weapon; pathogens named beside it lack their register, not a law (%s)', async (_language, sentence) => {
    const { gaps } = await extractText(['Permanent Mission of Vanuatu', 'New York, 3 February 2030', sentence]);

    expect(gaps).toEqual(expect.arrayContaining(['op2.chemical', 'op3a.accounting']));
    expect(gaps).not.toContain('op2.biological');
  });
});

describe('a sentence that opens with a concession', () => {
  it.each([
    {
      what: 'en',
      text: 'Although the Radiation Safety (Security of Sources) Regulations 2023, in force since March 2023, require licensees to protect their sources against theft and sabotage, there is still no national register of radioactive sources or toxic chemicals.',
    },
    {
      what: 'fr',
      text: "Bien que le décret n° 2022-415, relatif à la sécurité des sources radioactives, impose aux exploitants des mesures de protection physique, le pays ne dispose pas encore d'un inventaire national des sources radioactives.",
    },
  ])('grants the measure it names and states the lack in its main clause ($what)', async ({ text }) => {
    const extraction = await extractText(['Permanent Mission of Tonga', 'New York, 12 May 2030', '', '3. Accounting and physical protection', '', text]);
    expect(present(extraction)).toContain('op3b.physical_protection');
    expect(extraction.gaps).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3a.accounting');
  });

  it('granting only a treaty, leaves the missing law to the convention it would implement', async () => {
    const extraction = await extractText([
      'Permanent Mission of Tonga', 'New York, 12 May 2030', '', '3. National legislation', '',
      'Although Tonga has acceded to the Chemical Weapons Convention, no national legislation implementing the Convention has been adopted.',
    ]);
    expect(extraction.gaps).toContain('op2.chemical');
  });
});

describe("a plan's table with a baseline column", () => {
  const plan = (rows: string[][]) => extractDocxWithTable(
    ['Mission permanente du Bénin', 'New York, le 3 avril 2030', "Plan d'action national"],
    [['Domaine', 'Situation de référence', 'Objectif et échéance'], ...rows],
  );

  it('a target that names the law to adopt with its year in brackets cites no law in force', async () => {
    const extraction = await plan([['Armes chimiques (PO 2)', 'Néant', 'Loi adoptée (2028)']]);
    expect(present(extraction)).not.toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.chemical');
  });

  it('a partial mark whose remark opens with what is in place is a measure', async () => {
    const extraction = await plan([
      ['Comptabilité (PO 3 a)', "Partielle : registre des sources radioactives tenu par l'autorité de radioprotection depuis 2016 ; rien pour les produits chimiques", 'Inventaire des produits chimiques (2027)'],
    ]);
    expect(present(extraction)).toContain('op3a.accounting');
  });
});

describe('a law confined to some of the weapons', () => {
  it.each([
    ['en', ['Republic of Palau', '12 May 2025', 'Chemical and biological weapons', '9. Article 41 of the Radiation Act applies to radioactive sources only.']],
    ['fr', ['République du Bénin', '12 mai 2025', 'Armes chimiques et biologiques', "9. L'article 41 de la loi sur la radioprotection ne s'applique qu'aux matières radioactives."]],
    ['es', ['República de Honduras', '12 de mayo de 2025', 'Armas químicas y biológicas', '9. El artículo 41 de la Ley de protección radiológica se aplica únicamente a los materiales radiactivos.']],
  ])('reads the weapons the law leaves out as gaps, not measures (%s)', async (_lang, lines) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).not.toContain('op2.chemical');
    expect(present(extraction)).not.toContain('op2.biological');
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.chemical', 'op2.biological']));
  });

  it('keeps the measure where the law reaches not only what it names first', async () => {
    const extraction = await extractText([
      'Republic of Palau', '12 May 2025', 'Chemical and biological weapons',
      '9. Article 41 of the Radiation Act applies not only to radioactive sources but to every toxic agent.',
    ]);
    expect(extraction.gaps).not.toContain('op2.chemical');
  });
});

describe('a risk the state sees', () => {
  it('reads a register that could be misused as no measure', async () => {
    const extraction = await extractText([
      'Republic of Palau', '12 May 2025', 'Introduction',
      '1. Palau has no weapons of mass destruction. Its open ports and its ship register could be misused by non-State actors.',
    ]);
    expect(present(extraction)).not.toContain('op3a.accounting');
  });

  it.each([
    ['en', 'its ship register could be misused by non-State actors'],
    ['fr', 'ses ports pourraient être détournés par des acteurs non étatiques'],
    ['es', 'sus puertos podrían ser explotados por agentes no estatales'],
    ['ru', 'его порты могут быть использованы в преступных целях негосударственными субъектами'],
    ['zh', '其港口可能被非国家行为者滥用'],
    ['ar', 'وقد يساء استخدام موانئها من جانب جهات من غير الدول'],
  ])('reads the concern as such (%s)', (_lang, phrase) => {
    expect(RISK_CUE.test(fold(phrase))).toBe(true);
  });
});

describe('a power to ban exports that has not been used', () => {
  it('reads export control as a gap, and the finance portfolio as no financial service', async () => {
    const extraction = await extractText([
      'Republic of Palau', '12 May 2025', 'Export controls',
      '14. Section 88 of the Trade Act empowers the Minister of Finance and Planning to restrict the export of any goods by order. No licence is required for the export of dual-use goods and there is no control list.',
    ]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3d.financing_services');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it.each([
    ['en', 'section 88 allows the Secretary of Trade to prohibit the export of any goods'],
    ['fr', "l'article 88 habilite le ministre du commerce à interdire l'exportation de toute marchandise"],
    ['es', 'el artículo 88 faculta al Ministro de Comercio para prohibir la exportación de cualquier mercancía'],
    ['ru', 'статья 88 уполномочивает министра торговли запрещать вывоз любых товаров'],
    ['zh', '第88条授权商务部长禁止出口任何货物'],
    ['ar', 'تخول المادة 88 وزير التجارة حظر تصدير أي سلع'],
  ])('reads the power as such (%s)', (_lang, phrase) => {
    expect(POWER_TO_ACT.test(fold(phrase))).toBe(true);
  });
});
