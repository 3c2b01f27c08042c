/**
 * Rules that follow how a statement or a layout is built rather than its wording, each with inputs
 * written here (states and phrasing the labelled corpora do not use): a sentence ends at a number
 * before a script without capitals; a clause that names nothing continues its sentence's topic;
 * Russian "а" opens a clause of its own; support to terrorists is OP1 and the weapons it lists are
 * no OP2 prohibitions; a table of contents names topics and describes nothing; a row with a target
 * date is a plan; a matrix's penalties row without a code; the Bangkok Treaty by its short name;
 * a safeguards agreement named only as what an Additional Protocol attaches to.
 */
import { describe, expect, it } from 'vitest';
import { withoutContentsEntries } from '../../../shared/extraction/detection/contents.js';
import { detectTreaties } from '../../../shared/extraction/detection/treaties.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element).sort();
const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });

describe('sentences and clauses', () => {
  it('ends an Arabic sentence at an article number, so that the next sentence keeps its own polarity', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لدولة الكويت لدى الأمم المتحدة',
      'تراقب الإدارة العامة للجمارك الشحنات في ميناء الشويخ بموجب قانون الجمارك، المادة 61. ولا يوجد حتى الآن نظام لمراقبة عبور السلع ذات الاستخدام المزدوج.',
    ]);

    expect(present(extraction)).toContain('op3c.border_control');
    expect(extraction.gaps).toContain('op3d.export_control');
    expect(extraction.gaps).not.toContain('op3c.border_control');
  });

  it.each([
    ['es', '5. Párrafo 3 a) y b): contabilidad, aseguramiento y protección física', 'La Dirección General de Energía mantiene el registro nacional de fuentes radiactivas conforme al Acuerdo Gubernativo 55-2001.'],
    ['en', '5. Paragraph 3 (a) and (b): accounting, securing and physical protection', 'The Directorate General of Energy keeps the national register of radioactive sources under Regulation 55 of 2001.'],
    ['ru', '5. Пункт 3 a) и b): учет, сохранность и физическая защита материалов', 'Агентство ведет государственный реестр источников ионизирующего излучения в соответствии с постановлением № 310.'],
  ])('keeps a numbered title apart from the paragraph under it, though it is longer than a short line (%s)', (_language, title, sentence) => {
    // Lines wrapped at the width of a page, as a PDF reader returns them: the title stops well short of them.
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et';
    const units = unitsOf([filler, `${filler}.`, title, sentence.slice(0, 100), sentence.slice(100), `${filler}.`]);
    expect(units.find((u) => u.text === title)?.heading).toBe(true);
  });

  it('keeps a digit that ends a Latin sentence before a lower-case word inside the sentence', () => {
    expect(unitsOf(['The fee is set by decree 12. it applies to all licences.']).length).toBe(1);
  });

  it('reads a clause after Russian ", а" on its own: a licensing law and a penalty in one sentence are both measures', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Молдова',
      'Вывоз товаров двойного назначения производится по разрешениям Министерства экономики согласно Закону № 1163 (статья 9), а статья 248 Уголовного кодекса предусматривает ответственность за контрабанду таких товаров.',
    ]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });

  it('does not cut at ", а также" (as well as): the weapons listed after it stay under the same prohibition', async () => {
    const extraction = await extractText([
      'Постоянное представительство Монголии',
      'Статья 301 Уголовного кодекса запрещает незаконное приобретение ядерного материала, а также химического оружия.',
    ]);

    expect(present(extraction)).toContain('op2.chemical');
  });

  it('reads a clause that names nothing as its sentence read as a gap: missing services controls are no licensing gap', async () => {
    const extraction = await extractText([
      'Permanent Mission of Mongolia to the United Nations',
      'Export licences for dual-use goods are issued by the Ministry of Economy under the Law on Export Control, article 6.',
      'Financial and transport services related to such exports are not regulated; rules are being prepared.',
    ]);

    expect(extraction.gaps).toEqual(['op3d.financing_services']);
    expect(present(extraction)).toContain('op3d.export_control');
  });
});

describe('operative paragraph 1', () => {
  it.each([
    { language: 'en', line: 'Section 7 of the Anti-Terrorism Act, 2016 makes it an offence to give any support to a terrorist organization, including the supply of nuclear, chemical or biological weapons.' },
    { language: 'fr', line: "L'article 12 de la loi n° 2018-04 punit quiconque apporte un soutien à un groupe terroriste, y compris par la fourniture d'armes nucléaires, chimiques ou biologiques." },
    { language: 'es', line: 'El artículo 9 de la Ley 31/2017 sanciona a quien preste apoyo a organizaciones terroristas, incluido el suministro de armas químicas, biológicas o nucleares.' },
  ])('support to terrorists is OP1, and the weapons it lists are no OP2 prohibitions ($language)', async ({ line }) => {
    const extraction = await extractText(['Permanent Mission of Nepal to the United Nations', line]);

    expect(present(extraction)).toEqual(['op1']);
  });

  it('an OP1 heading with the word "dispositivo" gives its section OP1', async () => {
    const extraction = await extractText([
      'Misión Permanente de Honduras ante las Naciones Unidas',
      '',
      'Párrafo dispositivo 1',
      '',
      'Honduras no presta ningún tipo de apoyo y lo prohíbe en el artículo 590 del Código Penal.',
    ]);

    expect(present(extraction)).toContain('op1');
  });
});

describe('a prohibition of making the weapons', () => {
  it('is OP2 even where the amending law is named by its export title', async () => {
    const extraction = await extractText([
      'Permanent Mission of Austria to the United Nations',
      '',
      'The Act of 4 May 2021 amending the Foreign Trade Act on exports and transit inserted section 177c in the Criminal Code, which punishes the development, production and possession of biological agents or toxins for hostile purposes.',
    ]);

    expect(present(extraction)).toContain('op2.biological');
  });

  it('an export ban that names one act only stays an export control', async () => {
    const extraction = await extractText([
      'Permanent Mission of Austria to the United Nations',
      '',
      'Section 25 of the Foreign Trade Act prohibits the export of goods that may be used to develop chemical weapons without a licence.',
    ]);

    expect(present(extraction)).not.toContain('op2.chemical');
    expect(present(extraction)).toContain('op3d.export_control');
  });
});

describe('a table of contents', () => {
  it.each([
    ['en', 'Contents', ['I. Introduction', 'II. Border controls', 'III. Contact for further information'], 'I. Introduction'],
    ['fr', 'Table des matières', ['I. Introduction\t2', 'II. Contrôles aux frontières\t3', 'III. Informations complémentaires\t5'], 'I. Introduction'],
    ['ru', 'Содержание', ['1. Введение', '2. Пограничный контроль', '3. Дополнительная информация'], '1. Введение'],
  ])('has its entries left out of the text up to where the body repeats the first one (%s)', (_language, heading, entries, body) => {
    const text = ['Title', heading, ...entries, body, 'The first paragraph.'].join('\n');

    expect(withoutContentsEntries(text)).toBe(['Title', heading, body, 'The first paragraph.'].join('\n'));
  });

  it('is kept whole where its first entry never comes back, for nothing says where it ends', () => {
    const text = ['Contents', 'I. Introduction', 'II. Border controls', 'Customs officers inspect cargo.'].join('\n');

    expect(withoutContentsEntries(text)).toBe(text);
  });

  it('names elements and describes none, even where its entries run into each other', async () => {
    const extraction = await extractText([
      'Permanent Mission of Namibia to the United Nations',
      '',
      'Table of contents',
      '',
      '1. Introduction 2. Operative paragraph 1: non-State actors 3.',
      '4. Physical protection and border controls 5.',
      '',
      'Introduction',
      '',
      'Namibia submits this first report on the implementation of the resolution to the Committee.',
      'The Nuclear Energy and Radiation Protection Act, 2005, section 52, prohibits the possession of a nuclear explosive device.',
    ]);

    expect(present(extraction)).toEqual(['op2.nuclear']);
  });

  it('ends at the first numbered paragraph of running text', async () => {
    const extraction = await extractText([
      'Permanent Mission of Namibia to the United Nations',
      '',
      'Contents',
      '',
      'I. Physical protection',
      'II. Border controls',
      '',
      '1. The Customs and Excise Act, 1998, section 34, empowers customs officers to search goods at every border post.',
    ]);

    expect(present(extraction)).toEqual(['op3c.border_control']);
  });
});

describe('rows of an action table', () => {
  it('a row with a target date is something to do, whatever verb starts its action', async () => {
    const extraction = await extractText([
      'Government of Belize',
      'National action plan',
      'Action\tLead\tTarget date',
      'Finish the national inventory of radioactive sources\tDepartment of the Environment\t30 September 2027',
    ]);

    expect(present(extraction)).not.toContain('op3a.accounting');
  });
});

describe('rows of a matrix-style update', () => {
  it('a penalties row without an operative-paragraph code is OP3(d) penalties', async () => {
    const extraction = await extractText([
      'Mission permanente du Gabon',
      'Élément\tOui/Non\tRéférence',
      'Sanctions\tOui\tCode pénal, art. 211',
    ]);

    expect(present(extraction)).toEqual(['op3d.penalties']);
  });
});

describe('treaties', () => {
  it('reads the Bangkok Treaty by its short name in a table row, and not the city', () => {
    expect(detectTreaties(unitsOf(['Bangkok Treaty (Southeast Asia Nuclear Weapon-Free Zone)\tY\tRatified 1997']))).toEqual(['nwfz']);
    expect(detectTreaties(unitsOf(['A regional workshop was held in Bangkok in 2024.']))).toEqual([]);
  });

  it.each([
    ['en', 'The Additional Protocol to its safeguards agreement with the IAEA entered into force in 2012.'],
    ['en, the title\'s own order', 'The Protocol Additional to its safeguards agreement with the IAEA entered into force in 2012.'],
    ['ar', 'دخل البروتوكول الإضافي لاتفاق الضمانات حيز النفاذ عام 2012.'],
  ])('a safeguards agreement named only as what the Additional Protocol attaches to is not itself stated (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual(['iaea_ap']);
  });

  it.each([
    ['es', 'La posible adhesión al Tratado de Prohibición Completa de los Ensayos Nucleares sigue bajo estudio.'],
    ['fr', "L'adhésion à la Convention internationale pour la répression des actes de terrorisme nucléaire fait l'objet d'une réflexion."],
  ])('a treaty whose accession is still studied is not one the state is party to (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual([]);
  });

  it.each([
    ['en', 'Accession to the International Convention for the Suppression of Acts of Nuclear Terrorism (ICSANT)\tAttorney-General\t2031', []],
    ['ar', 'الانضمام إلى الاتفاقية الدولية لقمع أعمال الإرهاب النووي\tوزارة الشؤون الخارجية\t٢٠٣١', []],
    ['es', 'Convención sobre las Armas Químicas\tRatificación\t12 de mayo de 2001', ['cwc']],
  ])('a treaty in a table row dated after the document is a step of a schedule, one dated before is its status (%s)', (_language, row, treaties) => {
    const units = unitsOf(['Action\tLead\tTarget date', row]);

    expect(detectTreaties(units, '2030-04-02')).toEqual(treaties);
  });

  it.each([
    ['en', ['No.\tAction\tLead agency\tTarget', '1\tRatification of the Chemical Weapons Convention\tMinistry of Foreign Affairs\t2030'], []],
    ['ar', ['الرقم\tالإجراء\tالجهة\tالموعد', '1\tالتصديق على اتفاقية الأسلحة الكيميائية\tوزارة الخارجية\t2030'], []],
    ['fr', ['Action\tResponsable\tÉchéance', "L'adhésion à la Convention sur les armes chimiques\tMinistère des affaires étrangères\t2030"], []],
    ['es', ['Instrumento\tSituación\tAño', 'Convención sobre las Armas Químicas\tRatificada\t2030'], ['cwc']],
  ])('a numbered row whose action is the step of joining, due in the document\'s own year, is a step still to take (%s)', (_language, lines, treaties) => {
    expect(detectTreaties(unitsOf(lines), '2030-02-11')).toEqual(treaties);
  });

  it.each([
    ['ru', 'Поправка 2005 года к Конвенции о физической защите ядерного материала вступила в силу для Армении в 2017 году.', ['cppnm_a']],
    ['en', 'The 2005 Amendment to the Convention on the Physical Protection of Nuclear Material entered into force for Nepal in 2019.', ['cppnm_a']],
    ['zh', '《核材料实物保护公约》2005年修正案已于2019年对尼泊尔生效。', ['cppnm_a']],
    ['fr', "L'amendement de 2005 à la Convention sur la protection physique des matières nucléaires, à laquelle le Bénin est partie depuis 2009, est en vigueur.", ['cppnm', 'cppnm_a']],
  ])('the Convention named only as what its 2005 Amendment amends is not itself stated; a relative clause on it is (%s)', (_language, line, treaties) => {
    expect(detectTreaties(unitsOf([line])).sort()).toEqual(treaties);
  });

  it.each([
    ['fr', "L'adhésion à la Convention internationale pour la répression des actes de terrorisme nucléaire est prévue en 2031."],
    ['es', 'Está prevista la ratificación del Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear.'],
    ['ar', 'من المقرر الانضمام إلى الاتفاقية الدولية لقمع أعمال الإرهاب النووي خلال فترة الخطة.'],
    ['ar', 'دراسة الانضمام إلى الاتفاقية الدولية لقمع أعمال الإرهاب النووي.'],
    ['ru', 'Планом предусмотрено присоединение к Международной конвенции о борьбе с актами ядерного терроризма.'],
  ])('a treaty whose accession is planned is not one the state is party to (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual([]);
  });

  it.each([
    ['fr', 'Convention internationale pour la répression des actes de terrorisme nucléaire\tNon partie\t–'],
    ['ru', 'Гаагский кодекс поведения\tне присоединилась\t–'],
    ['en', 'Amendment of 2005 to the Convention on the Physical Protection of Nuclear Material\tDomestic procedures not completed\t–'],
    ['es', 'Protocolo adicional al acuerdo de salvaguardias\tNo\t–'],
    ['zh', '制止核恐怖主义行为国际公约\t未加入\t–'],
    ['ar', 'الاتفاقية الدولية لقمع أعمال الإرهاب النووي\tغير طرف\t–'],
    ['fr', 'Amendement de 2005 à la CPPMN\tEn cours de ratification\tProjet de loi adopté'],
    ['es', 'Enmienda de 2005 a la Convención sobre la protección física de los materiales nucleares\tEn curso de ratificación\t–'],
    ['ar', 'الاتفاقية الدولية لقمع أعمال الإرهاب النووي\tقيد التصديق\t–'],
  ])('a treaty table row whose status cell denies or falls short of being party does not count (%s)', (_language, row) => {
    expect(detectTreaties(unitsOf(['Instrument\tStatus\tDate', row]))).toEqual([]);
  });

  it.each([
    ['fr', "Le Gabon est partie à la Convention sur la protection physique des matières nucléaires. La ratification de l'amendement de 2005 à la Convention sur la protection physique est en cours."],
    ['en', 'Nauru is party to the Convention on the Physical Protection of Nuclear Material. The ratification of the 2005 Amendment to the Physical Protection Convention is under way.'],
    ['es', 'Bolivia es parte en la Convención sobre la protección física de los materiales nucleares. La ratificación de la enmienda de 2005 a la Convención sobre la protección física está en curso.'],
    ['ru', 'Монголия является участником Конвенции о физической защите ядерного материала. Ратификация поправки 2005 года к Конвенции о физической защите идёт.'],
    ['zh', '蒙古是《核材料实物保护公约》缔约国。批准2005年《实物保护公约》修正案的工作正在进行。'],
    ['ar', 'اليمن طرف في اتفاقية الحماية المادية للمواد النووية. والتصديق على تعديل عام 2005 لاتفاقية الحماية المادية لا يزال جاريا.'],
  ])('the step of joining as the subject, "in progress" as its predicate, is not yet joined (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual(['cppnm']);
  });

  it.each([
    ['fr', 'PO 2 - Financement\tRépression du financement du terrorisme\tCode pénal, art. 4\tEn vigueur', 'Le Gabon est partie à la Convention internationale pour la répression du financement du terrorisme.'],
    ['en', 'OP2 - Financing\tSuppression of the financing of terrorism\tPenal Code, s. 4\tIn force', 'Fiji is a party to the International Convention for the Suppression of the Financing of Terrorism.'],
    ['es', 'PO 2 - Financiación\tRepresión de la financiación del terrorismo\tCódigo Penal, art. 4\tVigente', 'Bolivia es parte en el Convenio Internacional para la Represión de la Financiación del Terrorismo.'],
    ['ru', 'ПП 2 - Финансирование\tБорьбе с финансированием терроризма посвящён закон\tЗакон № 12, ст. 4\tДействует', 'Монголия является участником Международной конвенции о борьбе с финансированием терроризма.'],
    ['zh', '执行部分第2段 - 资助\t制止向恐怖主义提供资助\t《反洗钱法》第4条\t有效', '蒙古是《制止向恐怖主义提供资助的国际公约》缔约国。'],
    ['ar', 'الفقرة 2 - التمويل\tقمع تمويل الإرهاب\tالقانون رقم 12، المادة 4\tنافذ', 'اليمن طرف في الاتفاقية الدولية لقمع تمويل الإرهاب.'],
  ])('the Financing Convention is named with its head word; the subject alone describes a measure (%s)', (_language, row, statement) => {
    expect(detectTreaties(unitsOf(['Element\tMeasure\tReference\tStatus', row]))).toEqual([]);
    expect(detectTreaties(unitsOf([statement]))).toEqual(['icsft']);
  });

  it('a status cell that says ratified outweighs a remark on the treaty itself', () => {
    expect(detectTreaties(unitsOf(['Instrument\tStatus', 'Comprehensive Nuclear-Test-Ban Treaty\tRatified 2004; Treaty not yet in force']))).toEqual(['ctbt']);
  });

  it('a clause after the treaty that denies the step of joining it goes on with its status', () => {
    expect(detectTreaties(unitsOf(['Parliament has endorsed accession to the International Convention for the Suppression of Acts of Nuclear Terrorism; the instrument of accession has not yet been deposited.']))).toEqual([]);
  });

  it('a clause on the amendment after the treaty speaks of the amendment only', () => {
    expect(detectTreaties(unitsOf(['Nepal has been party to the Convention on the Physical Protection of Nuclear Material since 2016; ratification of its 2005 Amendment is pending.']))).toEqual(['cppnm']);
  });

  it('a Chinese comma before 并 opens a clause with its own status', () => {
    expect(detectTreaties(unitsOf(['本国签署了《全面禁止核试验条约》，并已批准《禁止化学武器公约》。']))).toEqual(['cwc']);
  });

  it('an Arabic comma before وقد or ولم opens a clause with its own status, the negation kept with its own treaty', () => {
    const line = 'موريتانيا دولة طرف في معاهدة عدم انتشار الأسلحة النووية، وقد دخل اتفاق الضمانات الشاملة حيز النفاذ بالنسبة لها، ولم تبرم بروتوكولا إضافيا.';

    expect(detectTreaties(unitsOf([line])).sort()).toEqual(['iaea_csa', 'npt']);
  });

  it.each([
    ['ar', 'ووقعت موريتانيا على معاهدة الحظر الشامل للتجارب النووية دون أن تصدق عليها حتى الآن.'],
    ['en', 'Mauritania signed the Comprehensive Nuclear-Test-Ban Treaty in 1996 without ratifying it.'],
  ])('a treaty signed without ratification is not one the state is party to (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual([]);
  });

  it('reads a Russian comprehensive safeguards agreement named by what it applies', () => {
    expect(detectTreaties(unitsOf(['С МАГАТЭ заключено соглашение о применении всеобъемлющих гарантий в связи с ДНЯО (INFCIRC/999).'])).sort()).toEqual(['iaea_csa', 'npt']);
  });

  it.each([
    ['es', 'El artículo 5 de la Ley No. 31 de 2003, de Protección contra Actos de Terrorismo Nuclear, prohíbe prestar apoyo a agentes no estatales.', []],
    ['fr', 'La loi n° 2010-12 relative à la répression des actes de terrorisme nucléaire punit ces actes.', []],
    ['ru', 'Статья 3 Закона «О борьбе с актами ядерного терроризма» устанавливает ответственность.', []],
    ['ar', 'يجرم قانون مكافحة الإرهاب النووي رقم 5 لسنة 2010 هذه الأفعال.', []],
    ['es', 'Mediante la Ley 12 de 2008 se aprobó el Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear.', ['icsant']],
  ])('a national law whose title ends with a treaty-like name says nothing of the treaty; a law approving the treaty does (%s)', (_language, line, treaties) => {
    expect(detectTreaties(unitsOf([line]))).toEqual(treaties);
  });

  it('reads a verb that shares the decree\'s stem ("указать") as no law title before a treaty (ru)', () => {
    const line = 'Просим указать, что Кыргызская Республика является участником Конвенции о физической защите ядерного материала с 2005 года.';

    expect(detectTreaties(unitsOf([line]))).toEqual(['cppnm']);
  });

  it('reads the Biological Weapons Convention by its full French name', () => {
    expect(detectTreaties(unitsOf(["Le Niger est partie à la Convention sur l'interdiction de la mise au point, de la fabrication et du stockage des armes bactériologiques (biologiques) ou à toxines."]))).toEqual(['bwc']);
  });

  it('a state weighing what joining would require is not party', () => {
    expect(detectTreaties(unitsOf(['The Ministry is reviewing what joining the Convention on the Physical Protection of Nuclear Material would entail.']))).toEqual([]);
  });

  it('a safeguards agreement stated with its protocol counts', () => {
    expect(detectTreaties(unitsOf(['Its comprehensive safeguards agreement and the Additional Protocol thereto are in force.'])).sort()).toEqual(['iaea_ap', 'iaea_csa']);
  });

  it.each([
    ['en', 'The State is a party to the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean.'],
    ['fr', "L'État est partie au Traité visant l'interdiction des armes nucléaires en Amérique latine et dans les Caraïbes."],
    ['es', 'El Estado es parte en el Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe.'],
    ['ru', 'Государство является участником Договора о запрещении ядерного оружия в Латинской Америке и Карибском бассейне.'],
    ['zh', '该国是《拉丁美洲和加勒比禁止核武器条约》的缔约国。'],
    ['ar', 'الدولة طرف في معاهدة حظر الأسلحة النووية في أمريكا اللاتينية ومنطقة البحر الكاريبي.'],
  ])('reads the Treaty of Tlatelolco by its full title, which names no zone (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual(['nwfz']);
  });

  it.each([
    ['zh', '中国已签署和批准《拉丁美洲和加勒比禁止核武器条约》《非洲无核武器区条约》等无核武器区条约的相关议定书。'],
  ])('reads protocols named after a list of zone treaties as protocols to each (%s)', (_language, line) => {
    expect(detectTreaties(unitsOf([line]))).toEqual([]);
  });

  it('reads the Additional Protocol written in its title\'s order, "Protocol Additional to"', () => {
    expect(detectTreaties(unitsOf(['Its safeguards agreement with the IAEA entered into force in 2005, together with a Protocol Additional to it.'])).sort()).toEqual(['iaea_ap', 'iaea_csa']);
  });
});
