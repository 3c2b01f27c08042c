/**
 * What a report's layout and wording say about where an element stands: a contents list written
 * inline, a heading that names its operative paragraph by number, a law's title, a denial, a
 * recommendation, and proliferation financing under export controls. The documents are written
 * here, for states and wording the labelled corpus does not show.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { GAP_CUE, NO_CHANGE_CUE, PLANNED_ACTION } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { docxOf, utf8 } from './support/documents.js';

async function extractText(lines: string[]) {
  return extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
}

const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('a table of contents written inline', () => {
  it('names the sections and describes no measure', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      'Contents: I. Introduction; II. Operative paragraph 1; III. Operative paragraph 2 (nuclear weapons; means of delivery); IV. Operative paragraph 3 (c): border controls and law enforcement; V. Assistance.',
      '',
      'I. Introduction', '',
      '1. This report was prepared by an interagency committee chaired by the Ministry of Foreign Affairs.',
    ]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('a table of contents numbered by Arabic ordinal words', () => {
  it('keeps each entry apart, so that the entries and the introduction after them describe no measure (ar)', async () => {
    const extraction = await extractDocument({
      bytes: await docxOf([
        'تقرير دولة الكويت الأول', 'المحتويات', 'أولاً – مقدمة',
        'ثانياً – الفقرة 3 (ج): مراقبة الحدود والجمارك',
        'ثالثاً – الفقرة 3 (د): ضوابط التصدير وخدمات التمويل والنقل ذات الصلة والعقوبات',
        'رابعاً – نقاط الاتصال', 'أولاً – مقدمة',
        'تقدم دولة الكويت تقريرها الوطني الأول، وقد أعدته لجنة وطنية تضم وزارة الخارجية ووزارة التجارة والإدارة العامة للجمارك.',
        'ثالثاً – الفقرة 3 (د): ضوابط التصدير',
        'لا يوجد حتى الآن نظام لترخيص صادرات السلع ذات الاستخدام المزدوج، ولا تخضع خدمات التمويل والنقل المتصلة بالصادرات لأي رقابة.',
      ]),
      fileName: 'report.docx',
    });

    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3d.financing_services');
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.financing_services']));
  });
});

describe('words that say what exists is not the measure', () => {
  it.each([
    { what: 'a passive denial (en)', text: 'Security requirements for radioactive sources in storage have not been laid down in any instrument so far.' },
    { what: 'a passive denial (fr)', text: "Les exigences de sécurité n'ont pas encore été fixées." },
    { what: 'a passive denial (es)', text: 'Los requisitos de seguridad no han sido establecidos.' },
    { what: 'an offence not regarded as the penalty (en)', text: 'The general offence of smuggling under the Customs Act is not regarded as such a penalty.' },
    { what: 'an offence not regarded as the penalty (fr)', text: "L'infraction générale de contrebande n'est pas considérée comme une telle sanction." },
    { what: 'an offence not regarded as the penalty (ru)', text: 'Общая ответственность за контрабанду не рассматривается как такая санкция.' },
    { what: 'a recommendation (en)', text: 'The technical committee has recommended that such a system be established.' },
    { what: 'a recommendation (fr)', text: 'Le comité technique a recommandé la création d’un tel système.' },
    { what: 'a recommendation (es)', text: 'El comité técnico ha recomendado que se establezca dicho sistema.' },
    { what: 'a recommendation (ru)', text: 'Техническая комиссия рекомендовала создать такую систему.' },
    { what: 'a recommendation (zh)', text: '技术委员会建议建立这一制度。' },
    { what: 'a working group to study the options (en)', text: 'The Ministry has convened an interagency working group to study options for a strategic trade control law.' },
    { what: 'a control denied in the impersonal passive (es)', text: 'No se controlan los seguros ni el flete de las exportaciones de bienes estratégicos.' },
    { what: 'a control denied in the passive (fr)', text: "Les assurances et le fret des exportations de biens stratégiques ne sont pas contrôlés." },
    { what: 'a control denied in the passive (ru)', text: 'Страхование и фрахт при экспорте стратегических товаров не контролируются.' },
    { what: 'help wished in setting a system up (zh)', text: '缅甸希望在建立两用物项出口许可制度和国家管制清单方面获得技术援助。' },
    { what: 'a text laid before the legislature (en)', text: 'The amendment was tabled in the National Assembly in March.' },
    { what: 'a text laid before the legislature (ru)', text: 'Поправки внесены в Мажилис Парламента.' },
    { what: 'a text laid before the legislature (zh)', text: '该修正案已提交国会审议。' },
    { what: 'a text laid before the legislature (es)', text: 'La reforma fue presentada a la Asamblea Legislativa.' },
  ])('$what is a gap, not a measure', ({ text }) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });

  it('a plan row whose baseline denies the control of services makes them a gap, not a measure (es)', async () => {
    const extraction = await extractText([
      'Gobierno de la República del Paraguay', 'Asunción, 3 de febrero de 2030', '',
      'Elemento\tSituación actual\tMeta\tResponsable',
      'PO3 d) Servicios financieros\tNo se controlan los seguros ni el flete de las exportaciones de bienes estratégicos\tReglamento aprobado\tMinisterio de Industria',
    ]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3d.financing_services');
  });

  it.each([
    { what: 'after a bracketed Chinese item number (zh)', text: '（二）起草《出口管制法》并编制国家管制清单；' },
    { what: 'after an item letter (en)', text: '(b) Draft a strategic trade control law;' },
  ])('an instruction $what is a planned action', ({ text }) => {
    expect(PLANNED_ACTION.test(fold(text))).toBe(true);
  });

  it("a row that cites a government's numbered resolution beside a partial mark is a measure (zh)", async () => {
    const extraction = await extractText([
      '缅甸联邦共和国常驻联合国代表团', '2030年2月3日于纽约', '',
      '矩阵栏目\t法律依据\t状态\t说明',
      '第3(d)段：出口管制\t政府2021年第58号决议（两用物项出口许可）\t部分实施\t许可证由商务部签发',
    ]);

    expect(present(extraction)).toContain('op3d.export_control');
  });

  it('a row whose stage says the amending law is before the legislature is a gap (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Таджикистан', '«3» февраля 2030 г.', '',
      'Элемент\tПравовая основа\tСтадия',
      'п. 2 — средства доставки\tЗакон «О внесении изменений в Уголовный кодекс»\tвнесен в Маджлиси намояндагон',
    ]);

    expect(present(extraction)).not.toContain('op2.delivery');
    expect(extraction.gaps).toContain('op2.delivery');
  });

  it('an export licence law that a later sentence confines to goods that are no weapons, stating the lack, is no measure (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '21. The Trade Licensing Act, 2003 requires a licence for the export of the goods in its first schedule. That schedule lists only timber, live animals and scrap metal; there is no national control list of dual-use goods.',
    ]);

    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it('a register law that a later sentence confines to one weapon\'s materials stays a measure (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '11. Under section 9 of the Radiation Act, 2012 the regulator keeps a national register of radioactive sources. The register covers only radioactive sources; there is no register of pathogens.',
    ]);

    expect(present(extraction)).toContain('op3a.accounting');
  });

  it('security requirements for sources that have not been laid down are a physical-protection gap (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '11. Security requirements for radioactive sources in use and in storage have not been laid down in any instrument so far.',
    ]);

    expect(extraction.gaps).toContain('op3b.physical_protection');
  });

  it('a recommendation that a licensing system be set up leaves export control a gap (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '6.1 Belize does not yet have a system for licensing the export or transit of dual-use goods. The technical committee has recommended that such a system be established; the recommendation is under consideration by the Ministry of Trade.',
    ]);

    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });

  it('a customs offence not regarded as an export penalty leaves the penalties a gap (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '15. As no export licensing system exists, there are no penalties for breaches of export controls. The general offence of smuggling under the Customs Act, 2011, is not regarded as such a penalty; penalties will be included in the future law.',
    ]);

    expect(present(extraction)).not.toContain('op3d.penalties');
    expect(extraction.gaps).toContain('op3d.penalties');
  });
});

describe("a clause on a treaty's status", () => {
  it('takes nothing from the section it stands in, though it does not name the treaty again (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      'II. Operative paragraph 1', '',
      '2.2 Belize is not yet a party to the Convention on the Physical Protection of Nuclear Material or to the International Convention for the Suppression of Acts of Nuclear Terrorism; accession to these instruments is under consideration.',
    ]);

    expect(extraction.gaps).not.toContain('op1');
  });
});

describe("a law's title", () => {
  it('that says "Licensing" names no export licensing: the licence is for holding a source (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      '10. Under the Radiation Protection (Licensing) Regulations, 2020, every person who holds a radioactive source must be licensed by the Radiation Protection Authority, which keeps the national register of sealed sources.',
    ]);

    expect(present(extraction)).toContain('op3a.accounting');
    expect(present(extraction)).not.toContain('op3d.export_control');
  });
});

describe('proliferation financing', () => {
  it('under a heading that names operative paragraph 3 (d) is the control of funds related to exports (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      'VI. Operative paragraph 3 (d)', '',
      '14. The Financial Intelligence Unit has issued guidelines under the Anti-Terrorism Act, 2018, that require banks and shipping agents to screen their customers and to freeze, without delay, funds connected with the financing of proliferation.',
    ]);

    expect(present(extraction)).toContain('op3d.financing_services');
    expect(present(extraction)).not.toContain('op2.financing');
  });

  it('under the ancillary offences stays OP2 financing (en)', async () => {
    const extraction = await extractText([
      'Government of Belize', 'Belmopan, 3 February 2030', '',
      'III. Operative paragraph 2', '', 'Financing', '',
      '9. Section 49 of the Anti-Money Laundering Act, 2020 criminalises proliferation financing and requires banks to freeze the funds of designated persons.',
    ]);

    expect(present(extraction)).toContain('op2.financing');
    expect(present(extraction)).not.toContain('op3d.financing_services');
  });

  it('in a table row on services related to exports is a gap of that control (ru)', async () => {
    const extraction = await extractText([
      'Правительство Республики Таджикистан', 'Душанбе, 3 февраля 2030 г.', '',
      '6\tКонтроль за финансовыми и транспортными услугами, связанными с экспортом (пункт 3 d))\tКонтроль за такими услугами в настоящее время отсутствует.\tОбучение сотрудников Службы финансового мониторинга выявлению операций по финансированию распространения.',
    ]);

    expect(extraction.gaps).toContain('op3d.financing_services');
    expect(extraction.gaps).not.toContain('op2.financing');
  });
});

describe('Arabic weapons and acts', () => {
  it('names the weapons by the noun, then indefinite adjectives, and counts "صنع أو حاز" as two acts (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة للجمهورية اليمنية', 'نيويورك في 3 شباط/فبراير 2030', '',
      'يعاقب قانون مكافحة الإرهاب رقم 19 لعام 2012، في مادته السادسة، كلَّ من صنع أو حاز أو نقل أو استخدم أسلحة نووية أو كيميائية أو جرثومية بقصد ارتكاب عمل إرهابي، ويعاقب في مادته الرابعة كلَّ من قدّم أموالاً بقصد استخدامها في تمويل عمل إرهابي، ويسري العقاب على الشروع والاشتراك.',
    ]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical', 'op2.biological', 'op2.financing']));
  });

  it('names a nuclear explosive device as the nuclear weapon it is (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة للجمهورية اليمنية', 'نيويورك في 3 شباط/فبراير 2030', '',
      'يجرّم قانون الوقاية من الإشعاع الصادر بالمرسوم رقم 50/2019 (المادة 31) صنع أي جهاز متفجر نووي أو حيازته.',
    ]);

    expect(present(extraction)).toContain('op2.nuclear');
  });

  it.each([
    { what: 'the law does not address it', text: 'أما وسائل إيصال هذه الأسلحة فلا يتناولها التشريع الوطني حتى الآن' },
    { what: 'a draft amendment', text: 'وتعمل وزارة العدل على إعداد مشروع تعديل لقانون العقوبات يسد هذه الثغرة' },
  ])('$what is a gap (ar)', ({ text }) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });

  it('"nothing new" about physical protection is no measure (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة للجمهورية اليمنية', 'نيويورك في 3 شباط/فبراير 2030', '',
      'وفيما يخص الحماية المادية، لا جديد يُذكر منذ المعلومات المقدَّمة في عام 2008.',
    ]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('Russian updates', () => {
  it('"изменений … не произошло" says no change, and liability extended to means of delivery is a measure (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Беларусь', 'Нью-Йорк, 3 февраля 2030 года', '',
      'Изменений в организации пограничного и таможенного контроля не произошло.', '',
      'Теперь уголовная ответственность распространяется также на разработку, производство, приобретение, хранение, перевозку и передачу средств доставки такого оружия.',
    ]);

    expect(present(extraction)).toEqual(['op2.delivery']);
  });

  it('"средств его доставки" in a catch-all rule names no funds (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Беларусь', 'Нью-Йорк, 3 февраля 2030 года', '',
      'Постановлением № 951 установлен всеобъемлющий контроль: разрешение требуется и на вывоз товаров, не включенных в список, если экспортеру известно, что они могут быть использованы для создания оружия массового поражения или средств его доставки.',
    ]);

    expect(present(extraction)).toContain('op3d.export_control');
    expect(present(extraction)).not.toContain('op3d.financing_services');
  });
});

describe('a heading that names several paragraphs', () => {
  it('gives no section element to a sentence that names none (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Беларусь', 'Нью-Йорк, 3 февраля 2030 года', '',
      '3. Пункт 3 (a) и (b)', '',
      'Положение вводит категорирование объектов по степени угрозы и порядок проверки благонадежности персонала, утвержденный постановлением № 92.',
    ]);

    expect(present(extraction)).not.toContain('op3a.accounting');
  });
});

describe("a plan's row", () => {
  const header = ['Área (resolución 1540)', 'Situación actual', 'Acción prevista', 'Responsable', 'Plazo'].join('\t');

  it('with its subject in the label and the law in force beside it is that subject\'s measure (es)', async () => {
    const extraction = await extractText([
      'Gobierno de Costa Rica', 'San José, 3 de febrero de 2030', '', header,
      ['OP2 – armas químicas', 'Vigente: Ley N.° 8855 de 2010 para la aplicación de la Convención sobre las Armas Químicas, arts. 5 a 12', 'Actualizar las listas de sustancias controladas', 'Autoridad Nacional', 'Segundo semestre de 2025'].join('\t'),
      ['OP3 d) – fondos y servicios conexos', 'En estudio por la Unidad de Inteligencia Financiera', 'Determinar las necesidades normativas', 'Unidad de Inteligencia Financiera', '2027'].join('\t'),
    ]);

    expect(present(extraction)).toEqual(['op2.chemical']);
    expect(extraction.gaps).toEqual(['op3d.financing_services']);
  });

  it('of a treaty table names the treaty, no element (ru)', async () => {
    const extraction = await extractText([
      'Постоянное представительство Республики Таджикистан', 'Нью-Йорк, 3 февраля 2030 года', '',
      ['Договор', 'Статус', 'Год'].join('\t'),
      ['Конвенция о запрещении бактериологического (биологического) и токсинного оружия (КБТО)', 'участник', '2005'].join('\t'),
    ]);

    expect(extraction.gaps).toEqual([]);
  });
});

describe('a treaty in Chinese title marks', () => {
  it('is no national prohibition, whatever its wording (zh)', async () => {
    const extraction = await extractText([
      '中华人民共和国常驻联合国代表团', '2030年2月3日', '',
      '中国签署了《全面禁止核试验条约》，并已签署和批准《拉丁美洲和加勒比禁止核武器条约》《非洲无核武器区条约》等无核武器区条约的相关议定书。',
    ]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('a titled person as the subject', () => {
  it('states that person\'s duties, no measure (ar)', async () => {
    const extraction = await extractText([
      'البعثة الدائمة لسلطنة عمان', 'نيويورك في 3 شباط/فبراير 2030', '',
      'وتتولى الدكتورة عائشة الرواحية مهام التنسيق الوطني وإعداد التقارير المقدمة إلى اللجنة، فيما يتولى العقيد خالد البلوشي المسائل المتصلة بالرقابة على الحدود والمنافذ الجمركية.',
    ]);

    expect(present(extraction)).toEqual([]);
  });

  it.each([
    { what: 'es', text: 'Por su parte, el Ing. Paredes Santillán atenderá, en nombre del IPEN, autoridad encargada del registro y la seguridad de las fuentes radiactivas, las cuestiones técnicas.' },
    { what: 'en', text: 'For its part, Dr. Aisha Rahman will answer, for the Radiation Authority that keeps the register of radioactive sources, technical questions.' },
    { what: 'fr', text: "Pour sa part, M. Jean Dupont répondra, au nom de l'autorité chargée du registre et de la sécurité des sources radioactives, aux questions techniques." },
  ])("states that person's duties after an opening phrase, no measure ($what)", async ({ text }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', text]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('means of delivery of the weapons', () => {
  it.each([
    { what: 'fr', text: "11. Le droit national ne vise pas encore expressément les vecteurs d'armes nucléaires, chimiques ou biologiques." },
    { what: 'en', text: '11. National law does not yet cover the means of delivery of nuclear, chemical or biological weapons.' },
  ])('name delivery alone, no restated formula ($what)', async ({ text }) => {
    const extraction = await extractText(['Government of Gabon', 'Libreville, 3 February 2030', '', text]);

    expect(extraction.gaps).toEqual(['op2.delivery']);
  });
});

describe('a missile described by the weapons it can deliver', () => {
  it.each([
    { what: 'en', text: '8. Under the Missile Security Act of 2030, section 4, it is an offence to produce, acquire or transfer a missile designed or modified to deliver a nuclear, chemical or biological weapon.' },
    { what: 'fr', text: "8. La loi n° 30-12, article 4, interdit de produire, d'acquérir ou de transférer des missiles conçus pour emporter des armes nucléaires, chimiques ou biologiques." },
    { what: 'es', text: '8. La Ley N.º 30-12, artículo 4, prohíbe producir, adquirir o transferir misiles diseñados para transportar armas nucleares, químicas o biológicas.' },
    { what: 'ru', text: '8. Статья 4 Закона № 30-12 запрещает производить, приобретать или передавать ракеты, предназначенные для доставки ядерного, химического или биологического оружия.' },
    { what: 'zh', text: '8. 2030年第12号法第4条禁止生产、获取或转让能够运载核、化学或生物武器的导弹。' },
    { what: 'ar', text: '8. تحظر المادة 4 من القانون رقم 12 لسنة 2030 إنتاج أو حيازة أو نقل القذائف المصممة لإيصال الأسلحة النووية أو الكيميائية أو البيولوجية.' },
  ])('is a measure on the means of delivery, not on the weapons ($what)', async ({ text }) => {
    const extraction = await extractText(['Government of Gabon', 'Libreville, 3 February 2030', '', text]);

    expect(present(extraction)).toEqual(['op2.delivery']);
  });
});

describe('a reorganization', () => {
  it.each([
    { what: 'en', text: 'Following the reorganization of the state administration, responsibility for non-proliferation and export-control matters has been transferred to the Ministry of Foreign Affairs and Foreign Trade.' },
    { what: 'fr', text: "À la suite de la réorganisation, la responsabilité des questions de contrôle des exportations a été transférée au Ministère des affaires étrangères." },
    { what: 'ru', text: 'После реорганизации ответственность за вопросы экспортного контроля передана Министерству иностранных дел.' },
  ])('that moves who answers for a field describes no measure ($what)', async ({ text }) => {
    const extraction = await extractText(['Government of Slovakia', 'Bratislava, 3 February 2030', '', text]);

    expect(present(extraction)).toEqual([]);
  });
});

describe('a title that gives its operative paragraph by code', () => {
  it('is a heading though it is long: what follows is not about the section before (en)', async () => {
    const extraction = await extractText([
      'Permanent Mission of Fiji', 'New York, 3 February 2030', '',
      'OP1 and means of delivery', '',
      'The information on OP1 and on means of delivery is unchanged since our previous report.', '',
      'OP2: nuclear, chemical and biological weapons', '',
      'The Weapons of Mass Destruction (Prohibitions) Act 2021 consolidated the offences that previously sat in several statutes.',
    ]);

    expect(present(extraction)).not.toContain('op1');
    expect(present(extraction)).not.toContain('op2.delivery');
    expect(extraction.gaps).toEqual([]);
  });

  it('is a heading when the code closes it, and a gap under it is its own section\'s (ar)', async () => {
    const extraction = await extractText([
      'وزارة الخارجية', 'عمان، 3 شباط/فبراير 2030', '',
      'ضوابط التصدير والنقل العابر (الفقرة 3 (د))', '',
      '12. لا يوجد حتى الآن نظام لترخيص تصدير المواد ذات الاستخدام المزدوج أو نقلها العابر.',
    ]);

    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });
});

describe('a Chinese title that gives its operative paragraph by code', () => {
  it('is a heading though it is long, not a statement on non-State actors (zh)', async () => {
    const extraction = await extractText([
      '瑙鲁外交部', '2030年2月3日', '',
      '二、禁止非国家行为者获取大规模杀伤性武器（决议第2段）', '',
      '《刑法》第一百二十五条规定，非法制造、买卖、储存核材料的，依法追究刑事责任。',
    ]);

    expect(present(extraction)).not.toContain('op1');
    expect(present(extraction)).toContain('op2.nuclear');
  });
});

describe('support given to non-State actors, named as its recipients', () => {
  it.each([
    { what: 'en', text: '3. Section 2 of Decree No. 152 provides that no public body may give support of any kind to non-State actors that seek to develop, acquire or possess nuclear, chemical or biological weapons.' },
    { what: 'fr', text: "3. L'article 2 du décret n° 152 dispose qu'aucun organisme public ne peut apporter un appui à des acteurs non étatiques qui cherchent à mettre au point, acquérir ou détenir des armes nucléaires, chimiques ou biologiques." },
    { what: 'es', text: '3. El Decreto N° 152, artículo 2, dispone que ningún organismo público podrá prestar apoyo, de ninguna forma, a agentes no estatales que procuren desarrollar, adquirir o poseer armas nucleares, químicas o biológicas.' },
    { what: 'ru', text: '3. Статья 2 Указа № 152 не допускает оказания государственными органами поддержки негосударственным субъектам, стремящимся разработать, приобрести или хранить ядерное, химическое или биологическое оружие.' },
    { what: 'zh', text: '三、第152号法令第二条规定，任何公共机构不得向非国家行为者提供任何形式的支持，以开发、获取或拥有核、化学或生物武器。' },
    { what: 'ar', text: '3. تنص المادة 2 من المرسوم رقم 152 على أنه لا يجوز لأي هيئة عامة تقديم أي دعم إلى الجهات الفاعلة من غير الدول التي تسعى إلى تطوير الأسلحة النووية أو الكيميائية أو البيولوجية أو حيازتها.' },
  ])('is the OP1 measure with no OP1 heading above it, though the acts it names are OP2\'s ($what)', async ({ text }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', text]);

    expect(present(extraction)).toContain('op1');
  });
});

describe('non-State actors a ban would be addressed to', () => {
  it.each([
    { what: 'es', text: 'Apoyo para redactar una ley que prohíba a los agentes no estatales fabricar o poseer vectores de armas biológicas.' },
    { what: 'ar', text: 'مساعدة خبراء في صياغة مشروع قانون يحظر على الجهات من غير الدول صنع وسائل إيصال الأسلحة أو حيازتها.' },
  ])('are no recipients of the support asked for: no OP1 ($what)', ({ text }) => {
    expect(elementsIn(fold(text), { gap: true })).not.toContain('op1');
  });
});

describe('a nuclear weapon named in the singular (es)', () => {
  it('is the nuclear prohibition: "nuclear" is the Spanish singular of "nucleares"', async () => {
    const extraction = await extractText([
      'Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', '',
      'La Ley N° 19.056, artículo 44, sanciona con pena de penitenciaría a quien fabrique, adquiera o posea un dispositivo explosivo nuclear.',
    ]);

    expect(present(extraction)).toContain('op2.nuclear');
  });
});

describe('information said to be unchanged', () => {
  it.each([
    { what: 'en', text: 'The information on OP1 and on means of delivery is unchanged since our 2019 submission, and we have no further comments.' },
    { what: 'ru', text: 'Информация по пункту 1 остается неизменной со времени представления доклада 2019 года.' },
    { what: 'zh', text: '关于第1段的信息自2019年报告以来保持不变。' },
    { what: 'ar', text: 'لم تتغير المعلومات المتعلقة بالفقرة 1 منذ تقرير عام 2019.' },
  ])('says no change, though it has "no further comments" ($what)', ({ text }) => {
    expect(NO_CHANGE_CUE.test(fold(text))).toBe(true);
  });
});

describe('a ban on support under the OP1 heading', () => {
  it.each([
    { what: 'en', lines: ['II. Operative paragraph 1: support to non-State actors', '', '5. Section 3 of the Non-Proliferation Act 1994 prohibits any public authority from giving support to a person or group that seeks to develop, acquire or use nuclear, chemical or biological weapons.'] },
    { what: 'fr', lines: ['II. Paragraphe 1 : appui aux acteurs non étatiques', '', "5. L'article 3 de la loi du 11 mars 1994 interdit à toute autorité publique d'apporter un appui à une personne ou à un groupement qui cherche à mettre au point, acquérir ou employer des armes nucléaires, chimiques ou biologiques."] },
    { what: 'es', lines: ['Capítulo I. Párrafo 1 de la parte dispositiva', '', 'El artículo 5 de la Ley No. 96 de 2001 prohíbe a toda persona natural o jurídica prestar cualquier forma de apoyo a agentes no estatales que traten de desarrollar, adquirir, fabricar o poseer armas nucleares, químicas o biológicas.'] },
    { what: 'ru', lines: ['Пункт 1 резолюции', '', 'Статья 3 Закона о нераспространении запрещает любым государственным органам оказывать поддержку лицам или группам, стремящимся разработать, приобрести или применить ядерное, химическое или биологическое оружие.'] },
  ])('is the OP1 measure, though the acts it names are OP2\'s ($what)', async ({ lines }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', ...lines]);

    expect(present(extraction)).toContain('op1');
  });
});

describe('penalties under the export-control heading', () => {
  it.each([
    { what: 'fr', lines: ['VI. Paragraphe 3 d)', '', "14. L'exportation des biens à double usage est soumise à licence en vertu de la loi du 9 février 1993.", "15. Les infractions à cette loi sont punies d'un emprisonnement de quatre mois à cinq ans et d'une amende (article 11)."] },
    { what: 'es', lines: ['Control de exportaciones.', '', 'La Resolución No. 88 de 2002 somete a licencia previa la exportación de bienes de doble uso.', 'Las infracciones se sancionan con arreglo al artículo 220 del Código Penal y con multas de hasta 50 000 pesos.'] },
    { what: 'en', lines: ['OP3 (d) export controls', '', 'The export of dual-use goods requires a licence under the Strategic Goods Act 2015.', 'Breaches of the Act are punishable by a fine or imprisonment of up to five years (section 40).'] },
  ])('that name no element are the penalties of that control ($what)', async ({ lines }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', ...lines]);

    expect(present(extraction)).toEqual(expect.arrayContaining(['op3d.export_control', 'op3d.penalties']));
  });
});

describe('"these weapons" after a convention\'s name', () => {
  it.each([
    { what: 'ar', text: '- القانون رقم 03-09 المؤرخ في 19 يوليو 2003 المتضمن قمع جرائم مخالفة أحكام اتفاقية الأسلحة الكيميائية، الذي يحظر في مواده 9 إلى 17 استحداث هذه الأسلحة وإنتاجها وحيازتها واستعمالها؛' },
    { what: 'fr', text: "La loi n° 2003-09 réprimant les infractions à la Convention sur l'interdiction des armes chimiques interdit en ses articles 9 à 17 la mise au point, la production, le stockage et l'emploi de ces armes." },
    { what: 'en', text: 'Act No. 9 of 2003 on offences against the Chemical Weapons Convention prohibits, in sections 9 to 17, the development, production, stockpiling and use of such weapons.' },
  ])('are the convention\'s weapons, which the law bans ($what)', async ({ text }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', text]);

    expect(present(extraction)).toContain('op2.chemical');
  });
});

describe('aiding and abetting', () => {
  it.each([
    'The Financial Crimes Act 2017, sections 36 and 37, makes it an offence to provide or collect property for the purpose of terrorism, or to aid and abet such an act.',
    'Section 14 of the Penal Code punishes whoever aided or abetted the commission of a terrorist act.',
  ])('written as a doublet is OP2\'s ancillary offence: %s', async (text) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', text]);

    expect(present(extraction)).toContain('op2.financing');
  });
});

describe('the Physical Protection Convention by its short name', () => {
  it.each([
    { what: 'ar', text: 'أما البروتوكول الإضافي فلم يدخل حيز النفاذ بعد، ولا يزال قبول تعديل عام 2005 لاتفاقية الحماية المادية قيد الدراسة.' },
    { what: 'en', text: 'Acceptance of the 2005 amendment to the Physical Protection Convention is still under consideration.' },
    { what: 'fr', text: "L'acceptation de l'amendement de 2005 à la Convention sur la protection physique est encore à l'étude." },
    { what: 'ru', text: 'Вопрос о принятии поправки 2005 года к Конвенции о физической защите рассматривается.' },
  ])('is a treaty whose status is under study, no physical-protection gap ($what)', async ({ text }) => {
    const extraction = await extractText(['Permanent Mission of Ghana to the United Nations', 'New York, 3 February 2030', '', text]);

    expect(extraction.gaps).not.toContain('op3b.physical_protection');
  });
});

describe('a run-in title after its paragraph\'s code', () => {
  it.each([
    ['en', ['Government of Fiji', 'Suva, 3 February 2030', '', 'E2. Physical protection. The Radiation Safety Regulations 2022, Part V, require locked rooms and permanent guarding at each facility.']],
    ['fr', ['Gouvernement du Gabon', 'Libreville, le 3 février 2030', '', 'E2. Protection physique. Le règlement de 2022 sur la sûreté radiologique, titre V, impose des locaux fermés à clé et une surveillance permanente dans chaque installation.']],
    ['es', ['Gobierno de Bolivia', 'La Paz, 3 de febrero de 2030', '', 'E2. Protección física. El Reglamento de Seguridad Radiológica de 2022, título V, exige locales cerrados con llave y vigilancia permanente en cada instalación.']],
    ['ru', ['Правительство Монголии', 'Улан-Батор, 3 февраля 2030 года', '', 'Д2. Физическая защита. Правила радиационной безопасности 2022 года (раздел V) требуют запираемых помещений и постоянного надзора на каждом объекте.']],
    ['zh', ['老挝政府', '2030年2月3日，万象', '', 'E2. 实物保护。2022年《辐射安全条例》第五部分要求每个设施设有上锁房间和常设警卫。']],
    ['ar', ['حكومة اليمن', 'صنعاء، في 3 شباط/فبراير 2030', '', 'هـ-2. الحماية المادية. تفرض لائحة الأمان الإشعاعي لعام 2022 (الباب الخامس) غرفاً مقفلة وحراسة دائمة في كل منشأة.']],
  ])('is the topic of the sentence after it, which states the measure (%s)', async (_language, lines) => {
    const extraction = await extractText(lines);
    const finding = extraction.matrix.find((m) => m.element === 'op3b.physical_protection');
    expect(finding?.evidence[0]?.text).toContain('2022');
  });
});

describe('a heading on operative paragraphs 1 and 2 written in Chinese', () => {
  it('is no section of OP1 alone: a ban on making a weapon under it is OP2\'s, and support to terrorists OP1\'s', async () => {
    const extraction = await extractText([
      '老挝人民民主共和国关于执行第1540(2004)号决议的国家报告', '',
      '二、执行部分第1段和第2段', '',
      '3. 《刑法》第88条规定，任何人向参与恐怖主义活动的组织提供任何形式的支持，均构成犯罪。', '',
      '4. 《2012年化学武器法》第6条至第10条禁止任何人开发、生产、获取、储存、转让或使用化学武器。',
    ]);

    expect(present(extraction).sort()).toEqual(['op1', 'op2.chemical']);
  });

  it('reads support to those the sentence describes before the word terrorist as OP1 (zh)', () => {
    expect(elementsIn(fold('《刑法》第88条规定，任何人向参与恐怖主义活动的组织提供任何形式的支持，均构成犯罪。'))).toContain('op1');
  });
});

describe('support to terrorist groups listed with attempt and complicity', () => {
  it.each([
    ['en', 'Section 41 of the Criminal Code punishes whoever provides funds, shelter or any other support to terrorist groups, including attempt and complicity.'],
    ['fr', "L'article 41 du Code pénal punit quiconque fournit un appui ou toute autre aide aux groupes terroristes, y compris la tentative et la complicité."],
    ['es', 'El artículo 41 del Código Penal sanciona a quien preste apoyo o cualquier forma de ayuda a grupos terroristas, incluida la tentativa y la complicidad.'],
  ])('is OP1\'s support still (%s)', (_language, sentence) => {
    expect(elementsIn(fold(sentence))).toContain('op1');
  });

  it('leaves assistance to terrorist acts listed with them the ancillary offence', () => {
    expect(elementsIn(fold('El Código Penal castiga la tentativa, la complicidad, la asistencia y la financiación de actos terroristas.'))).not.toContain('op1');
  });
});

describe('Arabic words of the Maghreb and of the definite form', () => {
  it('reads the Tunisian customs, "الديوانة", as a border control, not "الديوان", an office', () => {
    expect(elementsIn(fold('وتراقب الديوانة الوطنية البضائع في جميع المعابر بموجب مجلة الديوانة.'))).toContain('op3c.border_control');
    expect(elementsIn(fold('ويراقب الديوان الوطني للإحصاء هذه البيانات.'))).not.toContain('op3c.border_control');
  });

  it('reads support to terrorist organisations named with the article as OP1', () => {
    expect(elementsIn(fold('يجرم القانون عدد 12 لسنة 2016 تقديم أي دعم للتنظيمات الإرهابية.'))).toContain('op1');
    expect(elementsIn(fold('يعاقب القانون كل من قدم دعما للجماعات الإرهابية.'))).toContain('op1');
  });
});
