/**
 * A treaty's status read from how the statement or the table is built, with inputs written here (states and wording the
 * labelled corpora do not use): a step put in the future; a domestic procedure begun; an apposition that says party while the
 * clause's verb denies something else; a name that wraps over the lines under a table's last row; a line between two rows
 * that names an instrument of its own with no status; a name that never crosses from one cell into the next; a ratification
 * column left blank; a row whose wrapped lines keep their columns; an instrument submitted for consideration; the step of
 * joining as the subject of its clause (the year in an amendment's name no date of a step); a treaty ratified but not yet in force
 * itself; domestic procedures in progress; a clause opened by a contrast or an Arabic "أما" / "ولا"; an apposition that says
 * party of a list of names; the Hague Code of Conduct subscribed ("suscrito"); the line that closes a cell of a table's last row; a
 * bill on joining still before the legislature.
 */
import { describe, expect, it } from 'vitest';
import { detectTreaties } from '../../../shared/extraction/detection/treaties.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';

const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const treatiesOf = (lines: string[]) => detectTreaties(unitsOf(lines)).sort();

describe('a step of joining put in the future', () => {
  it.each([
    ['en', 'Accession to the Comprehensive Nuclear-Test-Ban Treaty is to be examined by the new Government.'],
    ['en', 'An Additional Protocol will be concluded with the Agency once the review of the nuclear law is complete.'],
    ['fr', "La conclusion d'un protocole additionnel sera examinée au cours de la période couverte par le plan."],
    ['es', 'La conclusión de un protocolo adicional se considerará durante el período del plan.'],
    ['ru', 'Вопрос о заключении дополнительного протокола будет рассмотрен в течение срока действия плана.'],
    ['zh', '政府将审议缔结附加议定书的问题。'],
    ['ar', 'سيتم النظر في إبرام بروتوكول إضافي خلال فترة الخطة.'],
  ])('is no treaty the state is party to (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it.each([
    ['en', 'As a State party to the Chemical Weapons Convention, Palau will report its declarations each year.'],
    ['fr', 'En tant que partie à la Convention sur les armes chimiques, les Palaos continueront de soumettre leurs déclarations.'],
  ])('leaves a treaty whose clause also says party (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['cwc']);
  });
});

describe('a domestic procedure begun', () => {
  it.each([
    ['en', 'For the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material, the domestic procedure has been initiated.', []],
    ['fr', "Pour l'amendement de 2005 à la Convention sur la protection physique des matières nucléaires, une procédure interne a été engagée.", []],
    ['es', 'Respecto de la enmienda de 2005 a la Convención sobre la protección física de los materiales nucleares, se ha iniciado el trámite interno.', []],
    ['ru', 'По поправке 2005 года к Конвенции о физической защите ядерного материала запущена внутренняя процедура.', []],
    ['zh', '关于《核材料实物保护公约》2005年修正案，已启动国内程序。', []],
  ])('does not make the state a party to the amendment, and names the Convention only as what it amends (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });
});

describe('an apposition that says party', () => {
  it.each([
    ['fr', "Monaco, État partie à la Convention sur l'interdiction des armes chimiques, n'a pas d'industrie chimique lourde.", ['cwc']],
    ['es', 'Andorra, Estado parte en la Convención sobre las Armas Químicas, aún no cuenta con industria química.', ['cwc']],
    ['en', 'Tuvalu, a party to the Biological Weapons Convention, has not yet set up laboratories of containment level three.', ['bwc']],
    ['ru', 'Монголия, являясь участником Конвенции о химическом оружии, пока не имеет химической промышленности.', ['cwc']],
  ])('keeps its treaty whatever the main verb denies (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });

  it.each([
    ['en', 'Its accession to the Chemical Weapons Convention, approved by the Cabinet in 2024, is awaiting ratification by the Senate.'],
    ['zh', '关于加入《化学武器公约》的问题，主管部门正在研究。'],
  ])('is set off on both sides: a phrase opening the clause is its subject, not an apposition (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('still reads a denial inside the apposition', () => {
    expect(treatiesOf(['Tuvalu, not yet a party to the Biological Weapons Convention, has no laboratories.'])).toEqual([]);
  });
});

describe('treaty tables', () => {
  it.each([
    ['es', ['Instrumento\tSituación\tAño', 'Convención sobre las Armas Químicas\tRatificación\t1999', 'Convenio Internacional para la\tAdhesión\t2008', 'Represión de la Financiación del', 'Terrorismo', '3. Contabilidad'], ['cwc', 'icsft']],
    ['en', ['Instrument\tStatus\tYear', 'Chemical Weapons Convention\tRatified\t1999', 'International Convention for the\tAcceded\t2008', 'Suppression of the Financing of', 'Terrorism', '3. Accounting'], ['cwc', 'icsft']],
    ['fr', ['Instrument\tStatut\tAnnée', 'Convention sur les armes chimiques\tRatifiée\t1999', 'Convention internationale pour la\tSignée\t2008', 'répression du financement du', 'terrorisme', '3. Comptabilité'], ['cwc']],
  ])('reads a name that wraps over the lines under the last row with that row\'s status (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual(treaties);
  });

  it.each([
    ['en', ['Instrument\tX\tDetails', 'Convention on the Physical Protection of Nuclear Material (CPPNM)\tX\tAccession 2002', '2005 Amendment to the CPPNM', 'Chemical Weapons Convention (CWC)\tX\tRatified 1999'], ['cppnm', 'cwc']],
    ['fr', ['Instrument\tX\tDétails', 'Convention sur la protection physique des matières nucléaires\tX\tAdhésion 2002', 'Amendement de 2005 à la Convention sur la protection physique', 'Convention sur les armes chimiques\tX\tRatifiée 1999'], ['cppnm', 'cwc']],
  ])('a line between two rows that names an instrument of its own is a row with no status, no wrapped name (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual(treaties);
  });

  it.each([
    ['en', 'IAEA safeguards\tAgreement for the application of safeguards to one research reactor (INFCIRC/999), in force\t2011'],
    ['fr', 'Garanties de l\'AIEA\tAccord pour l\'application de garanties à un réacteur de recherche (INFCIRC/999)\t2011'],
  ])('reads no name across two cells of a row (%s)', (_language, row) => {
    expect(treatiesOf(['Instrument\tStatus\tYear', row])).toEqual([]);
  });
});

describe('a treaty table whose ratification column is left blank', () => {
  it.each([
    ['en', ['Instrument\tSignature\tRatification or accession\tStatus', 'Chemical Weapons Convention\t-\t4 May 2001\tIn force', 'Additional Protocol\t9 March 2011\t-\tUnder negotiation'], ['cwc']],
    ['fr', ['Instrument\tSignature\tRatification ou adhésion\tStatut', 'Convention sur les armes chimiques\t-\t4 mai 2001\tEn vigueur', 'Amendement de 2005 à la Convention sur la protection physique des matières nucléaires\t-\t-\tProcédure constitutionnelle'], ['cwc']],
    ['es', ['Instrumento\tFirma\tRatificación o adhesión\tSituación', 'Convención sobre las Armas Químicas\t-\t4 de mayo de 2001\tVigente', 'Protocolo adicional\t9 de marzo de 2011\t—\tVigente'], ['cwc', 'iaea_ap']],
    ['ru', ['Документ\tПодписание\tРатификация или присоединение\tСтатус', 'Конвенция о химическом оружии\t-\t4 мая 2001 года\tВ силе', 'Дополнительный протокол\t9 марта 2011 года\t-\tПереговоры продолжаются'], ['cwc']],
    ['ar', ['الصك\tالتوقيع\tالتصديق أو الانضمام\tالحالة', 'اتفاقية الأسلحة الكيميائية\t-\t4 أيار/مايو 2001\tنافذة', 'البروتوكول الإضافي\t9 آذار/مارس 2011\t-\tنافذ منذ 2014', 'اتفاق الضمانات الشاملة مع الوكالة الدولية للطاقة الذرية\t-\t-\tقيد التفاوض'], ['cwc', 'iaea_ap']],
  ])('keeps a row only where its status says in force (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual([...treaties].sort());
  });
});

describe('the Hague Code of Conduct, to which a state subscribes', () => {
  it('reads the Spanish "suscrito" of the Code as subscribed, a blank ratification column saying nothing of it', () => {
    expect(treatiesOf(['Instrumento\tFirma\tRatificación o adhesión\tSituación', 'Convención sobre las Armas Químicas\t-\t4 de mayo de 2001\tVigente',
      'Código de Conducta de La Haya contra la Proliferación de los Misiles Balísticos\t-\t-\tSuscrito en 2003'])).toEqual(['cwc', 'hcoc']);
  });

  it('reads it so in prose, and a convention only signed still not', () => {
    expect(treatiesOf(['El Paraguay ha suscrito el Código de Conducta de La Haya.', 'El Paraguay ha suscrito el Tratado de Prohibición Completa de los Ensayos Nucleares.'])).toEqual(['hcoc']);
  });

  it('leaves the Code out where the state has not subscribed', () => {
    expect(treatiesOf(['El Paraguay aún no ha suscrito el Código de Conducta de La Haya.'])).toEqual([]);
  });
});

describe('the line that closes a cell of a table\'s last row', () => {
  it('has the row\'s status, though its full stop ends the table', () => {
    expect(treatiesOf([
      'Esfera\tLínea de base\tAcción\tResponsable',
      '1. Armas químicas\tLey de armas químicas (Decreto 11-2015), vigente.\tCapacitar a los inspectores.\tMinisterio de Defensa',
      '2. Tratados\tParaguay no es parte del Convenio Internacional para\tDepositar el instrumento.\tCancillería',
      'la Represión de los Actos de',
      'Terrorismo Nuclear.',
      '3. Asistencia',
    ])).toEqual([]);
  });
});

describe('a table row whose wrapped lines keep their columns', () => {
  it.each([
    ['en', ['Instrument\tSignature\tRatification or accession\tStatus', 'Chemical Weapons Convention\t-\tAccession, 4 May 2001\tIn force',
      'Treaty of\t2 June 2019\t-\tBill of ratification', 'Rarotonga\t\t\tbefore the National', '(South Pacific Nuclear\t\t\tAssembly', 'Free Zone Treaty)',
      'Biological Weapons\t-\t-\tAccession under', 'Convention (BWC)\t\t\tstudy by the Cabinet'], ['cwc']],
    ['fr', ['Instrument\tSignature\tRatification ou adhésion\tStatut', 'Convention sur les armes chimiques\t-\tAdhésion, 4 mai 2001\tEn vigueur',
      'Convention sur les armes\t-\t-\tAdhésion à', 'biologiques (CABT)\t\t\tl\'étude au Conseil des ministres'], ['cwc']],
  ])('reads the row whole, its status with its name (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual(treaties);
  });
});

describe('an instrument submitted for consideration', () => {
  it.each([
    ['en', 'The bill approving the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material was submitted for consideration by the Senate.'],
    ['fr', "Le projet de loi portant approbation de l'amendement de 2005 à la Convention sur la protection physique des matières nucléaires a été déposé pour examen."],
    ['es', 'El proyecto de ley que aprueba la enmienda de 2005 a la Convención sobre la protección física de los materiales nucleares fue remitido para su examen.'],
    ['ru', 'Закон о принятии поправки 2005 года к Конвенции о физической защите ядерного материала внесен на рассмотрение Сената.'],
    ['ar', 'أحيل مشروع قانون التصديق على تعديل عام 2005 لاتفاقية الحماية المادية للمواد النووية إلى مجلس الشيوخ للنظر فيه.'],
  ])('is not in force for the state (%s)', (_language, line) => {
    expect(treatiesOf([line])).not.toContain('cppnm_a');
  });
});

describe('a bill that would make the state a party', () => {
  it.each([
    ['en', 'A bill providing for accession to the International Convention for the Suppression of Acts of Nuclear Terrorism was introduced in the Senate in May.'],
    ['fr', "Un projet de loi autorisant la ratification du Traité d'interdiction complète des essais nucléaires a été déposé à la Chambre des représentants."],
    ['es', 'El proyecto de ley de ratificación del Tratado de Prohibición Completa de los Ensayos Nucleares fue presentado a la Cámara de Representantes.'],
    ['ru', 'Законопроект о ратификации Договора о всеобъемлющем запрещении ядерных испытаний представлен в Палату представителей.'],
    ['zh', '关于批准《全面禁止核试验条约》的法案已提交众议院。'],
    ['ar', 'قدم مشروع قانون التصديق على معاهدة الحظر الشامل للتجارب النووية إلى مجلس النواب.'],
  ])('is no treaty the state is party to (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('leaves a treaty the state is party to beside a bill that implements it', () => {
    expect(treatiesOf(['Palau is a party to the Comprehensive Nuclear-Test-Ban Treaty; a bill to implement it is before the House.'])).toEqual(['ctbt']);
  });
});

describe('the step of joining as the subject of its clause', () => {
  it.each([
    ['es', 'La adhesión al Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear es una de las metas del presente programa.'],
    ['en', 'Accession to the International Convention for the Suppression of Acts of Nuclear Terrorism is one of the goals of this programme.'],
    ['fr', "L'adhésion à la Convention internationale pour la répression des actes de terrorisme nucléaire est l'un des objectifs du présent programme."],
    ['ru', 'Присоединение к Международной конвенции о борьбе с актами ядерного терроризма является одной из целей программы.'],
  ])('is a step to take, with no date of it (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('is a step taken where its year is given', () => {
    expect(treatiesOf(['La adhesión al Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear se produjo en 2009.'])).toEqual(['icsant']);
  });
});

describe('the year in an amendment\'s name', () => {
  it.each([
    ['fr', "L'adhésion à la Convention sur la protection physique des matières nucléaires et à son amendement de 2005 figure au programme du Gouvernement."],
    ['en', 'Accession to the Convention on the Physical Protection of Nuclear Material and its 2005 Amendment is on the agenda of the Cabinet.'],
  ])('is no date of a step taken: the accession is still to come (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
});

describe('a treaty ratified but not yet in force itself', () => {
  it.each([
    ['en', ['Instrument\tSignature\tRatification\tStatus', 'CTBT\t12 May 1997\tRatification, 3 March 2012\tRatified (treaty not yet in force)']],
    ['en', ['Instrument\tStatus', 'CTBT\tRatified (treaty not yet in force)']],
    ['fr', ['Instrument\tStatut', "TICE\tRatifié (le traité n'est pas encore entré en vigueur)"]],
    ['es', ['Instrumento\tSituación', 'TPCE\tRatificado (el Tratado aún no ha entrado en vigor)']],
  ])('is a treaty the state is party to (%s)', (_language, lines) => {
    expect(treatiesOf(lines)).toEqual(['ctbt']);
  });

  it('leaves a treaty only signed and not in force', () => {
    expect(treatiesOf(['Instrument\tStatus', 'Additional Protocol\tSigned; not yet in force'])).toEqual([]);
  });
});

describe('domestic procedures in progress', () => {
  it.each([
    ['ru', 'Поправка 2005 года к Конвенции о физической защите ядерного материала находится в процессе внутригосударственных процедур.'],
    ['en', 'For the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material, domestic procedures are in progress.'],
    ['fr', "Pour l'amendement de 2005 à la Convention sur la protection physique des matières nucléaires, les procédures internes sont en cours."],
  ])('do not make the state a party to the amendment (%s)', (_language, line) => {
    expect(treatiesOf([line])).not.toContain('cppnm_a');
  });
});

describe('a clause opened by a contrast', () => {
  it.each([
    ['ar', 'ودخل اتفاق الضمانات الشاملة مع الوكالة حيز النفاذ عام 2011، أما البروتوكول الإضافي فلم يوقع بعد.', ['iaea_csa']],
    ['ar', 'وانضمت الدولة إلى اتفاقية الحماية المادية للمواد النووية عام 2004، ولا يزال التصديق على تعديلها قيد النظر.', ['cppnm']],
    ['en', 'The safeguards agreement with the Agency entered into force in 2011, whereas the Additional Protocol has only been signed.', ['iaea_csa']],
  ])('gives each instrument its own status (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });
});

describe('an apposition that says party of a list of names', () => {
  it.each([
    ['ru', 'Республика, являясь участником ДНЯО, КХО и КБТО, рассматривает экспортный контроль как основу своей политики.', ['bwc', 'cwc', 'npt']],
    ['en', 'The Republic, a party to the NPT, the CWC and the BWC, is considering a new law on export control.', ['bwc', 'cwc', 'npt']],
  ])('gives every name of the list that status (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });
});

describe('the step of joining as the goal of a plan', () => {
  it.each([
    ['en', 'Among the targets of this plan is accession to the International Convention for the Suppression of Acts of Nuclear Terrorism.'],
    ['fr', "L'un des objectifs du plan est l'adhésion au Traité d'interdiction complète des essais nucléaires."],
    ['es', 'Entre los objetivos del plan figura la ratificación del Tratado de Prohibición Completa de los Ensayos Nucleares.'],
  ])('is a step still to take (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
});

describe("an entry of the Committee's draft matrix that a reply quotes", () => {
  it.each([
    ['en', 'The draft matrix lists the Republic as a party to the Treaty of Pelindaba. This entry is mistaken and should be removed.'],
    ['fr', 'Le projet de matrice indique que la République est partie au Traité de Pelindaba ; cette mention doit être supprimée.'],
    ['es', 'El proyecto de matriz registra a la República como parte en el Tratado de Pelindaba, lo que es un error.'],
  ])("is the draft's word, not the state's (%s)", (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('is the state\'s word too where the reply confirms it', () => {
    expect(treatiesOf(['The draft matrix correctly records the Republic as a party to the Chemical Weapons Convention.'])).toEqual(['cwc']);
  });
});

describe('a treaty named again by its head word', () => {
  it.each([
    ['fr', "Le projet de matrice mentionne une simple signature de la Convention internationale pour la répression des actes de terrorisme nucléaire. En réalité, la République a ratifié la Convention le 3 mai 2019.", ['icsant']],
    ['en', 'The draft matrix shows the Comprehensive Nuclear-Test-Ban Treaty as signed only. The Republic ratified the Treaty in 2012.', ['ctbt']],
    ['es', 'La República firmó la Convención sobre la Protección Física de los Materiales Nucleares en 2001. Se adhirió a dicha Convención en 2015.', ['cppnm']],
  ])('takes the status its sentence gives to the treaty the sentence before named (%s)', (_language, text, treaties) => {
    expect(treatiesOf([text])).toEqual(treaties);
  });

  it('takes nothing from the treaty entering into force itself', () => {
    expect(treatiesOf(['The Republic signed the Comprehensive Nuclear-Test-Ban Treaty in 1996. The Treaty has not entered into force.'])).toEqual([]);
  });
});

describe('a title that goes on after its head word', () => {
  it('names another instrument, not the treaty named before', () => {
    expect(treatiesOf(['The Republic has signed the Comprehensive Nuclear-Test-Ban Treaty. It has also ratified the Treaty on the Prohibition of Nuclear Weapons.'])).toEqual([]);
  });
});

describe('a proposal to join, or one before the body that decides on it', () => {
  it.each([
    ['en', 'A proposal for accession to the Chemical Weapons Convention has been drafted by the Ministry of Foreign Affairs.'],
    ['en', 'Accession to the Convention on the Physical Protection of Nuclear Material is currently before the Council of Ministers.'],
    ['fr', "Une proposition d'adhésion à la Convention sur la protection physique des matières nucléaires a été préparée."],
    ['es', 'La propuesta de adhesión a la Convención sobre la Protección Física de los Materiales Nucleares fue elaborada en 2025.'],
    ['ru', 'Подготовлено предложение о присоединении к Конвенции о физической защите ядерного материала.'],
    ['zh', '关于加入《核材料实物保护公约》的提案现已送交内阁。'],
    ['ar', 'أعدت وزارة الخارجية مقترح الانضمام إلى اتفاقية الحماية المادية للمواد النووية.'],
  ])('is no treaty the state is party to (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('leaves a treaty joined beside a proposal for another', () => {
    expect(treatiesOf(['Tonga acceded to the Chemical Weapons Convention in 2003; a proposal for accession to the Convention on the Physical Protection of Nuclear Material is before Cabinet.'])).toEqual(['cwc']);
  });
});

describe('the draft quoted by a reply to it', () => {
  it.each([
    ['en', 'The draft shows the Convention on the Physical Protection of Nuclear Material as ratified. Tonga has not ratified it.'],
    ['fr', 'Le projet indique la Convention sur la protection physique des matières nucléaires comme ratifiée; les Tonga ne l\'ont pas ratifiée.'],
    ['es', 'El proyecto registra la Convención sobre la Protección Física de los Materiales Nucleares como ratificada; Tonga no la ha ratificado.'],
  ])('is not the state\'s own word (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
  it('is the state\'s own where it says what the draft should mention', () => {
    expect(treatiesOf(['The draft should mention that the Chemical Weapons Convention has been in force for Tonga since 2003.'])).toEqual(['cwc']);
  });
});

describe('the step of joining as the subject, a goal named after it', () => {
  it.each([
    ['en', 'Accession to the International Convention for the Suppression of Acts of Nuclear Terrorism is among the objectives of the programme.'],
    ['fr', "L'adhésion à la Convention internationale pour la répression des actes de terrorisme nucléaire figure parmi les objectifs du programme."],
    ['es', 'Entre otros, la adhesión al Convenio Internacional para la Represión de los Actos de Terrorismo Nuclear figura entre los objetivos del programa.'],
    ['es', 'Entre otros, la ratificación de la Enmienda de 2005 a la Convención sobre la Protección Física de los Materiales Nucleares figura entre los objetivos del programa.'],
  ])('is a step still to take (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
});

describe('what a state says has not changed', () => {
  it.each([
    ['en', 'The information in the matrix has not changed, with one addition: Tonga, a party to the Convention on the Physical Protection of Nuclear Material since 2002, ratified its 2005 Amendment, in force for Tonga since 2024.'],
    ['es', 'La información de la matriz no ha variado, salvo un dato: Tonga, Estado parte en la Convención sobre la Protección Física de los Materiales Nucleares desde 2002, ratificó la Enmienda de 2005, vigente para Tonga desde 2024.'],
  ])('denies no step (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['cppnm', 'cppnm_a']);
  });
});

describe('a safeguards agreement by its title, and a phrase after a name that says in force', () => {
  it.each([
    ['en', 'Lesotho is party to the Agreement between the Kingdom of Lesotho and the International Atomic Energy Agency for the Application of Safeguards in Connection with the Treaty (in force since 1973).'],
    ['fr', "Le Bénin a conclu l'Accord entre la République du Bénin et l'Agence internationale de l'énergie atomique relatif à l'application de garanties dans le cadre du Traité sur la non-prolifération des armes nucléaires, en vigueur depuis 2019."],
    ['es', 'El Acuerdo entre la República del Paraguay y el Organismo Internacional de Energía Atómica para la aplicación de salvaguardias en relación con el Tratado sobre la No Proliferación de las Armas Nucleares está en vigor desde 1979.'],
  ])('reads the agreement named by its parties (%s)', (_language, line) => {
    expect(treatiesOf([line])).toContain('iaea_csa');
  });

  it.each([
    ['en', 'Under the Additional Protocol, in force for Uruguay since 2004, the regulator submitted its declarations within the planned time limits.'],
    ['es', 'Con arreglo al Protocolo Adicional, vigente para el Uruguay desde 2004, la autoridad presentó sus declaraciones en los plazos previstos.'],
  ])('reads the protocol whose phrase after it says in force, whatever the main verb says (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['iaea_ap']);
  });
});

describe('a step of joining coordinated after the statuses before it', () => {
  it.each([
    ['en', 'Belize is party to the Treaty on the Non-Proliferation of Nuclear Weapons, has a comprehensive safeguards agreement with the Agency, and signed the Additional Protocol in 2019 without ratifying it.'],
    ['fr', "Le Burundi est partie au Traité sur la non-prolifération des armes nucléaires, a conclu un accord de garanties généralisées et a signé le protocole additionnel en 2019 sans l'avoir ratifié."],
    ['es', 'Belice es parte en el Tratado sobre la No Proliferación de las Armas Nucleares, tiene un acuerdo de salvaguardias con el Organismo y firmó el Protocolo Adicional en 2019, sin haberlo ratificado todavía.'],
    ['ru', 'Таджикистан является участником Договора о нераспространении ядерного оружия, имеет соглашение о гарантиях и подписал Дополнительный протокол в 2019 году, но пока не ратифицировал его.'],
    ['ar', 'موريتانيا دولة طرف في معاهدة عدم انتشار الأسلحة النووية، ولديها اتفاق ضمانات مع الوكالة، ووقعت البروتوكول الإضافي سنة 2019 دون أن تصادق عليه بعد.'],
  ])('leaves the treaties before it party and only the signed instrument out (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['iaea_csa', 'npt']);
  });

  it('keeps in the treaty\'s clause a step whose object is the same treaty, named by no name', () => {
    expect(treatiesOf(['Belize signed the Comprehensive Nuclear-Test-Ban Treaty in 1996 and ratified it in 2004.'])).toEqual(['ctbt']);
  });
});

describe('a ratification under review with the reviewing body named in between', () => {
  it.each([
    ['zh', '斐济已签署《制止核恐怖主义行为国际公约》，批准问题目前正在国民议会审议之中。'],
    ['zh', '斐济已签署《制止核恐怖主义行为国际公约》，其批准正在由内阁审查。'],
  ])('leaves the signed instrument out (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
});

describe('an Additional Protocol named before a nuclear-weapon-free zone', () => {
  it.each([
    ['ru', 'Таджикистан является участником Договора о нераспространении ядерного оружия, имеет соглашение о гарантиях и дополнительный протокол к нему, является участником Договора о зоне, свободной от ядерного оружия, в Центральной Азии.'],
    ['zh', '老挝是《不扩散核武器条约》缔约国，已签订全面保障协定及附加议定书，并为《东南亚无核武器区条约》缔约国。'],
    ['es', 'Belice tiene un acuerdo de salvaguardias y un protocolo adicional, y es parte en el Tratado de Tlatelolco.'],
  ])('is the Agency\'s, and leaves the zone\'s treaty party (%s)', (_language, line) => {
    expect(treatiesOf([line])).toContain('nwfz');
  });

  it.each([
    ['es', 'Honduras es parte en el Acuerdo de Salvaguardias Amplias y su Protocolo Adicional, en el Tratado de Tlatelolco y en la Convención sobre las Armas Químicas.'],
    ['fr', "Le Togo est partie à l'accord de garanties et à son protocole additionnel, au Traité de Pelindaba et à la Convention sur les armes chimiques."],
    ['en', 'Fiji is a party to the safeguards agreement with its Additional Protocol, to the Treaty of Rarotonga and to the Chemical Weapons Convention.'],
  ])('is set off by the comma of a list of parties whose next item opens with a preposition (%s)', (_language, line) => {
    expect(treatiesOf([line])).toContain('nwfz');
  });

  it.each([
    ['en', 'The United Kingdom has ratified the protocols to the Treaties of Tlatelolco, Rarotonga and Pelindaba.'],
    ['ru', 'Франция ратифицировала протоколы к Договору Тлателолко, Договору Раротонга и Договору о зоне, свободной от ядерного оружия, в Центральной Азии.'],
    ['en', 'France has ratified the protocols to the South Pacific Nuclear Free Zone Treaty.'],
    ['ru', 'Российская Федерация ратифицировала Протокол о негативных гарантиях безопасности к Договору о зоне, свободной от ядерного оружия, в Центральной Азии.'],
  ])('still reads the protocols of the zones as no zone treaty (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });
});
