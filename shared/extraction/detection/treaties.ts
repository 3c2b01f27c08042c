/**
 * Treaties the state is party to (or that are in force for it), by name and acronym in the six
 * languages. A mention whose clause says only "signed", "ratification in progress", "under
 * consideration" or "planned" does not count; nor do protocols to nuclear-weapon-free-zone
 * treaties (signed by nuclear-weapon States without making them party to a zone).
 */
import type { Treaty } from '../contract.js';
import { cellDates } from './dates.js';
import { UNDER_STUDY } from './statementCues.js';
import { tablesOf, type TableRowText } from './tableRows.js';
import { anyOf, fold } from './textFolding.js';
import { TABLE_ROW, type TextUnit } from './textUnits.js';

/**
 * The Chemical and the Biological Weapons Conventions named together under one plural head: "the Chemical and Biological Weapons
 * Conventions", "les Conventions sur les armes chimiques et biologiques", "las Convenciones sobre las Armas Químicas y Biológicas",
 * "Конвенций о химическом и биологическом оружии", "化学和生物武器公约", "اتفاقيتي الأسلحة الكيميائية والبيولوجية". The name is each one's.
 */
const BOTH_WEAPONS_CONVENTIONS = [
  '<(chemical|biological) and (chemical|biological) weapons conventions>', '<conventions on (the prohibition of )?(the )?(chemical|biological) and (chemical|biological) weapons',
  '<conventions sur (l.interdiction des |les )?armes (chimiques|biologiques) et (chimiques|biologiques)', '<convenciones sobre (la prohibición de )?(las )?armas (químicas|biológicas) y (químicas|biológicas)',
  '<конвенци[а-я]* о (запрещении )?(химическ|биологическ)[а-я]* и (химическ|биологическ)[а-я]* оружии', '(化学|生物)(武器)?(和|与|及)(化学|生物)武器(两项)?公约',
  '(اتفاقيتي|اتفاقيتا) (حظر )?الأسلحة (الكيميائية|البيولوجية) و ?(الكيميائية|البيولوجية)',
];

const TREATY_NAMES = {
  npt: anyOf(['<npt>', 'non-proliferation of nuclear weapons', '<tnp>', 'non-prolifération des armes nucléaires', 'no proliferación de las armas nucleares', '<дняо>', 'нераспространении ядерного оружия', '不扩散核武器条约', 'عدم انتشار الأسلحة النووية']),
  cwc: anyOf(['<cwc>', 'chemical weapons convention', 'convention on the prohibition of [^.;]{0,90}chemical weapons', '<ciac>', 'convention sur (l.interdiction des |les )?armes chimiques', 'convention sur l.interdiction [^.;]{0,90}armes chimiques', '<caq>', 'convención sobre (la prohibición [^.;]{0,90})?(las )?armas químicas', '<кхо>', 'конвенци[а-я]* о запрещении [^.;]{0,90}химического оружия', 'конвенци[а-я]* о химическом оружии', '化学武器公约', 'اتفاقية (حظر )?الأسلحة الكيميائية', 'اتفاقية حظر [^.،؛]{0,60}الأسلحة الكيميائية', 'معاهدة حظر الأسلحة الكيميائية', ...BOTH_WEAPONS_CONVENTIONS]),
  bwc: anyOf(['<bwc>', '<btwc>', 'biological (and toxin )?weapons convention', 'convention on the prohibition of [^.;]{0,120}(bacteriological|biological)', '<cabt>', '<ciab>', '<ciabt>', 'convention sur [^.;]{0,120}armes (bactériologiques|biologiques)', 'convención sobre [^.;]{0,120}armas (bacteriológicas|biológicas)', '<кбто>', '<кбо>', 'конвенци[а-я]* о запрещении [^.;]{0,120}биологическ', 'конвенци[а-я]* о биологическом (и токсинном )?оружии', '生物武器公约', '细菌[（(]生物[)）]及毒素武器', 'اتفاقية (حظر )?(استحداث )?[^.،]{0,60}الأسلحة (البيولوجية|البكتريولوجية|البكتيرية)', ...BOTH_WEAPONS_CONVENTIONS]),
  geneva_1925: anyOf(['geneva protocol', 'protocol for the prohibition of the use in war of asphyxiating', 'protocole de genève', 'protocolo de ginebra', 'женевск[а-я]* протокол', '日内瓦议定书', 'بروتوكول جنيف']),
  // The Convention's name, not a decree or rules on the same subject ("décret relatif à la protection physique des matières nucléaires").
  cppnm: anyOf([
    'convention on the physical protection of nuclear material', '<cppnm>', '<cppmn>', '<cpfmn>', 'convention sur la protection physique des matières nucléaires',
    'convención sobre la protección física de los materiales nucleares', 'конвенци[а-я]* о физической защите ядерного материала', '<кфзям>', '核材料实物保护公约', 'اتفاقيه الحمايه الماديه للمواد النوويه',
    // Its short name, still headed by "Convention": "the amendment to the Physical Protection Convention", "لاتفاقية الحماية المادية".
    'convention on (the )?physical protection>', '<physical protection convention>', 'convention sur la protection physique>', 'convención sobre (la )?protección física>',
    'конвенци[а-я]* о физической защите>', '实物保护公约', 'اتفاقيه الحمايه الماديه',
  ]),
  cppnm_a: anyOf(['nuclear material and nuclear facilities', 'matières nucléaires et des installations nucléaires', 'materiales nucleares y las instalaciones nucleares', 'ядерного материала и ядерных установок', '核材料和核设施实物保护公约', 'المواد النووية والمرافق النووية']),
  // Its abbreviations as the others': ICSANT, the French and Spanish CIRATN, the Russian МКБАЯТ.
  icsant: anyOf(['acts of nuclear terrorism', '<icsant>', '<ciratn>', 'terrorisme nucléaire', 'terrorismo nuclear', 'ядерного терроризма', '<мкбаят>', '核恐怖主义', 'الإرهاب النووي']),
  ctbt: anyOf(['<ctbt>', 'comprehensive nuclear-test-ban', 'comprehensive test ban', '<tice>', 'interdiction complète des essais nucléaires', '<tpce>', 'prohibición completa de los ensayos nucleares', '<двзяи>', 'всеобъемлющем запрещении ядерных испытаний', '全面禁止核试验条约', 'الحظر الشامل للتجارب النووية']),
  // The Agency may be named between the agreement and its safeguards: "Соглашение с МАГАТЭ о всеобъемлющих гарантиях",
  // "accord avec l'AIEA relatif aux garanties", "acuerdo con el OIEA de salvaguardias amplias".
  iaea_csa: anyOf(['comprehensive safeguards agreement', 'safeguards agreement', "accord (avec l'aiea )?(de|relatif aux) garanties", 'acuerdo (con el oiea )?(de|sobre) salvaguardias', 'acuerdo cuatripartito', 'соглашени[а-я]* (с магатэ )?о (всеобъемлющих )?гарантиях', '<соглашени[а-я]* [^.;]{0,60}о применении (всеобъемлющих )?гарантий', '<гарантии магатэ применя', '<infcirc/193>',
    // Safeguards applied under an agreement named by its parties ("sometidos a salvaguardias en virtud del Acuerdo entre la República Argentina, … y el OIEA").
    'safeguards (pursuant to|under|in accordance with) (the |an )?agreement', 'garanties (en vertu de|conformément à) l.accord', 'salvaguardias (en virtud del|de conformidad con el|con arreglo al|conforme al) acuerdo',
    'гаранти[а-я]* (в соответствии с|согласно|на основании) соглашени',
    // The comprehensive agreement by its title, the application of safeguards after the parties and before the Treaty it serves: "Agreement
    // between … and the IAEA for the Application of Safeguards in Connection with the NPT", "Accord … relatif à l'application de garanties dans
    // le cadre du Traité …", "Acuerdo … para la aplicación de salvaguardias en relación con el Tratado …" (one for a reactor covers that item only).
    '<agreement [^.;]{0,120}(for|on) the application of safeguards in connection with (the )?(treaty|npt|tlatelolco)',
    "<accord [^.;]{0,120}(relatif à|pour) l.application de(s)? garanties dans le cadre d(u|es) (traité|tnp)",
    '<acuerdo [^.;]{0,120}(para|sobre) la aplicación de (las )?salvaguardias (en relación|en conexión|en virtud del|en el marco del?) (con )?(el |los )?(tratado|tnp)', '根据[^。；]{0,60}协定[^。；]{0,20}保障监督', 'ضمانات (بموجب (ال)?|وفقا (لل|ل))اتفاق', '全面保障监督协定', '保障监督协定', '全面保障协定', 'اتفاق(يه)? (ال)?ضمانات']),
  // English also writes the protocol's title in its own order: "Protocol Additional to the Agreement between … and the Agency".
  // Arabic joins "its" to the noun: "وبروتوكوله الإضافي" (and its Additional Protocol), as "its Additional Protocol" elsewhere.
  iaea_ap: anyOf(['additional protocol', '<protocols? additional to>', 'protocole additionnel', 'protocolo adicional', 'дополнительн[а-я]* протокол', '附加议定书', '(ال)?بروتوكول(ه|ها)? (ال)?إضافي']),
  hcoc: anyOf([
    // The full names first, so that masking them leaves no "ballistic missiles" for the matrix to read.
    'hague code of conduct against ballistic missile proliferation', 'code de conduite de la haye contre la prolifération des missiles balistiques',
    'código de conducta de la haya contra la proliferación de (los )?misiles balísticos', 'гаагск[а-я]* кодекс[а-я]* поведения (по предотвращению|против) распространения баллистических ракет',
    '海牙防止弹道导弹扩散行为准则', '防止弹道导弹扩散海牙行为准则', 'مدونة لاهاي (لقواعد السلوك )?(لمكافحة|لمنع) انتشار القذائف التسياريه',
    'hague code of conduct', '<hcoc>', 'code de conduite de la haye', 'código de conducta de la haya', 'гаагск[а-я]* кодекс', '海牙行为准则', 'مدونة لاهاي']),
  // The Convention's name with its head word: the subject alone is how laws and measures are described ("Répression du
  // financement du terrorisme" in a matrix's measure cell, "Law on the suppression of the financing of terrorism").
  icsft: anyOf([
    '<convention [^.;]{0,30}suppression of the financing of terrorism', '<terrorist financing convention>', '<convention [^.;]{0,30}répression du financement du terrorisme',
    '<(convenio|convención) [^.;]{0,30}represión de la financiación del terrorismo', 'конвенци[а-я]* о борьбе с финансированием терроризма', '制止向恐怖主义提供资助的?国际公约',
    'اتفاقي[^.،؛]{0,20}قمع تمويل الإرهاب',
  ]),
  // Chinese also shortens the zone to "无核区" (the official title of the Treaty of Rarotonga: 《南太平洋无核区条约》).
  nwfz: anyOf(['nuclear[- ]weapons?[- ]free[- ]zones?', '<tlatelolco>', '<rarotonga>', '<pelindaba>', '<semipalatinsk>', '<(treaty of bangkok|bangkok treaty)>', '<(traité|tratado) de bangkok>', '<бангкокск[а-я]* договор', '曼谷条约', 'معاهدة بانكوك', 'zone exempte d.armes nucléaires', 'zona libre de armas nucleares', 'зон[а-я]*,? свободн[а-я]* от ядерного оружия', '<семипалатинск', '<тлателолко', '<пелиндаба', 'безъядерн', '无核(武器)?区', '拉罗汤加', '佩林达巴', 'منطقة خالية من الأسلحة النووية', 'بليندابا', 'تلاتيلولكو',
    // The Treaty of Tlatelolco by its full title, which names no zone: "Treaty for the Prohibition of Nuclear Weapons in Latin America …".
    'prohibition of nuclear weapons in latin america', 'interdiction des armes nucléaires en amérique latine', 'proscripción de las armas nucleares en (la )?américa latina',
    'запрещении ядерного оружия в латинской америке', '拉丁美洲和加勒比禁止核武器条约', '拉丁美洲禁止核武器条约', '特拉特洛尔科', 'حظر الأسلحة النووية في أمريكا اللاتينية']),
} satisfies Record<Treaty, RegExp>;

/** Global copies for scanning every mention; built once (compiling these is the costly part). */
const TREATY_SCANNERS = (Object.entries(TREATY_NAMES) as Array<[Treaty, RegExp]>).map(
  ([treaty, re]) => [treaty, new RegExp(re.source, 'gu')] as const,
);
/** Any treaty name at all: most sentences name none, and one test spares the thirteen scans. */
const ANY_TREATY = new RegExp(TREATY_SCANNERS.map(([, re]) => re.source).join('|'), 'u');

/**
 * A treaty's title in Chinese title marks, whatever its wording ("《拉丁美洲和加勒比禁止核武器条约》", "《……公约》", "《……议定书》"):
 * the marks and the head noun say it is a treaty's name. Laws ("《……法》") are kept.
 */
const TREATY_TITLE_MARKS = /《[^《》]{1,60}(?:条约|公约|议定书)》/gu;

/**
 * Treaty names blanked out, those named above and any treaty title in Chinese title marks: "Convention on the Prohibition
 * of Chemical Weapons" is not a national prohibition.
 */
export function maskTreatyNames(folded: string): string {
  // Titles in marks first: a scanner that blanks the name inside them ("《禁止化学武器公约》") would leave its head noun gone
  // and the rest of the title ("禁止", prohibition) standing as a word of the sentence.
  let out = folded.includes('《') ? folded.replace(TREATY_TITLE_MARKS, (m) => ' '.repeat(m.length)) : folded;
  if (ANY_TREATY.test(out)) for (const [, scanner] of TREATY_SCANNERS) out = out.replace(scanner, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * Where a clause ends: a treaty's status is read within its own clause. A Chinese comma before
 * "并", "同时" or "而" opens a clause with its own verb ("签署了《全面禁止核试验条约》，并已签署和批准…议定书"), as an
 * Arabic comma before "وقد", "ولم", "لكن" does, the word kept with its clause ("طرف في معاهدة …، وقد دخل اتفاق
 * الضمانات … حيز النفاذ، ولم تبرم بروتوكولا إضافيا"); a bare "، و" only joins the next treaty of a list to the verb
 * before it ("وقعت على اتفاقية …، وعلى معاهدة …"). A second "that" clause after "and" has its own verb too ("…acceded to the
 * Convention …, and that the ratification of the Amendment is under consideration", "، وأن مسألة التصديق … قيد النظر").
 * The Arabic words are written folded, as the text is (alefs dropped: "وأن" reads "ون").
 * A clause that sets one instrument against another opens on its contrast ("whereas", "alors que", "mientras que", "тогда как",
 * "أما"), or on a denial joined by "and" ("ولا"): "صادقت على المعاهدة، أما البروتوكول فلم يوقع بعد" (the treaty ratified, as for the
 * protocol, not yet signed), "انضمت إلى الاتفاقية، ولا يزال التصديق على التعديل قيد النظر" each say two statuses.
 */
const ARABIC_CLAUSE_OPENERS = ['وقد', 'ولم', 'ولا', 'ولكن', 'لكن', 'غير أن', 'إلا أن', 'بينما', 'في حين', 'وأن', 'أما'].map(fold).join('|');
const CLAUSE_BREAKS = new RegExp(
  `;|；|\\.\\s|。|,\\s*(?:but|mais|pero|но|однако|whereas|alors que|tandis que|mientras que|тогда как|в то время как)\\s|,\\s*(?:and|et|y|и)\\s+(?:that\\s|que\\s|qu'|что\\s)|，(?:但|并|同时|而)|،(?=\\s*(?:${ARABIC_CLAUSE_OPENERS})\\s)`,
  'gu',
);
/**
 * A step of joining coordinated after the statuses before it, with its own instrument as object: "party to the Treaty …, has a
 * safeguards agreement …, and signed the Additional Protocol in 2005 without ratifying it", "et a signé le protocole additionnel",
 * "y firmó el Protocolo Adicional", "и подписала Дополнительный протокол", "，已签署《附加议定书》", "، ووقعت البروتوكول الإضافي". The
 * verb opens a clause that speaks of its own instrument only; where its object is the same treaty, named by no name ("signed the
 * Treaty in 1996 and ratified it in 2001"), the step stays in the treaty's clause. The Arabic verbs are written folded, as the text is.
 */
const COORDINATED_STEP_VERB = [
  '(?:has |have )?(?:also )?(?:signed|ratified|acceded|concluded)', '(?:a |ont )?(?:aussi |également )?(?:signé|ratifié|adhéré|conclu)',
  '(?:ha |han )?(?:también )?(?:firmado|ratificado|suscrito|adherido|concluido)|(?:también )?(?:firmó|ratificó|suscribió|concluyó|se adhirió)',
  '(?:также )?(?:подписал|ратифицировал|присоединил|заключил)[а-я]*',
].join('|');
const ARABIC_COORDINATED_STEPS = ['ووقع', 'وصادق', 'وانضم', 'وأبرم'].map(fold).join('|');
const COORDINATED_STEP = new RegExp(
  `(?:,\\s*|\\s)(?:and|et|y|и|а также)\\s+(?=(?:${COORDINATED_STEP_VERB})(?![a-zà-ÿа-я]))|，(?=(?:已经?)?(?:签署|批准|加入|缔结))|،\\s*(?=(?:${ARABIC_COORDINATED_STEPS}))`,
  'gu',
);

/** Where the clauses of a text break: at the breaks above, and before a coordinated step whose clause names an instrument of its own. */
function clauseBreaks(text: string): Array<{ index: number; length: number }> {
  const breaks = [...text.matchAll(CLAUSE_BREAKS)].map((m) => ({ index: m.index, length: m[0].length }));
  for (const m of text.matchAll(COORDINATED_STEP)) {
    const after = m.index + m[0].length;
    const next = breaks.find((b) => b.index >= after)?.index ?? text.length;
    if (ANY_TREATY.test(text.slice(after, next))) breaks.push({ index: m.index, length: m[0].length });
  }
  return breaks.sort((a, b) => a.index - b.index);
}

/** The rest of a national law's title right after a treaty's name: "(Implementation) Act", "Act 2021", "法". */
const LAW_TITLE_AFTER = anyOf(['^\\s*(\\((implementation|application|aplicación|application)\\)\\s*)?(act|law|bill|ordinance|loi|ley|decreto|закон)>', '^\\s*(实施)?法']);
/**
 * A national law whose title ends with the name, its head word before it ("Ley No. 31 de 2003, de Protección contra
 * Actos de Terrorismo Nuclear", "loi relative à la répression du terrorisme nucléaire", "Закон … о борьбе с актами
 * ядерного терроризма", "قانون مكافحة الإرهاب النووي"): the words between name no treaty, which a law approving one does.
 */
// (The Russian decree in its own case endings only: "указать", "указанный" are "indicate", "the said", no decree.)
// Arabic joins the article and prepositions to the word ("المرسوم بقانون رقم 45 … بشأن تنفيذ اتفاقية الأسلحة الكيميائية").
const LAW_TITLE_BEFORE = anyOf(['<(act|law|bill|ordinance|decree|loi|décret|ordonnance|ley|decreto|закон[а-я]*|указ(а|у|ом|е|ы|ов|ам|ами|ах)?|(ال|و|ب|ل|وال|بال)?(قانون|مرسوم))>[^;:]{0,80}$']);
const TREATY_WORD = anyOf(['<(convention|treaty|protocol|traité|protocole|convenio|convención|tratado|protocolo)', '<(конвенци|договор|протокол)', 'اتفاقي', 'معاهد', 'بروتوكول']);

/** A 2005 amendment mentioned next to the CPPNM. */
const AMENDMENT = anyOf(['<amendment', '<amendement', '<enmienda', '<поправк', '修订', '修正', 'تعديل']);
/** The amendment's name right before the Convention's ("2005 Amendment to the", "Поправка 2005 года к", "تعديل عام 2005 ل"). */
const AMENDMENT_TO = anyOf([
  '<amendments? (of 2005 )?(to|of) (the )?$', "<amendements? (de 2005 )?(à|de) (la |l')?$", '<enmiendas? (de 2005 )?(a|de) la $',
  '<поправк[а-я]* (2005 (года |г\\. ))?к $', 'تعديل (عام )?(2005 )?ل?$',
]);
/** The Convention named only as what its 2005 Amendment amends, before it or, in Chinese, after it ("公约》2005年修正案"). */
function amendedConvention(text: string, start: number, end: number): boolean {
  return AMENDMENT_TO.test(text.slice(Math.max(0, start - 40), start)) || /^\s*》?\s*(?:2005\s*年\s*)?(?:修正案|修订案|修订)/u.test(text.slice(end, end + 14));
}
/** The Convention named again by a word that points back ("to the said Convention", "a dicha Convención", "该公约的…修正案"). */
const SAID_CONVENTION = anyOf([
  '<(the said|that|this|the same) convention>', '<(ladite|cette|la même) convention>', '<(dicha|esta|la citada|la mencionada|la misma) convención>',
  '<(dicho|este|el citado|el mencionado|el mismo) convenio>', '<(указанной|этой|данной|той же|упомянутой) конвенции>', '(该|此|上述)公约', '(هذه|تلك) الاتفاقيه', 'الاتفاقيه (المذكوره|ذاتها|نفسها)',
]);
/** An amendment to the Convention named before it in the same text by the word that points back to it: the CPPNM's 2005 Amendment. */
function amendsSaidConvention(text: string, amendmentAt: number): boolean {
  return SAID_CONVENTION.test(text.slice(Math.max(0, amendmentAt - 12), amendmentAt + 40)) && TREATY_NAMES.cppnm.test(text.slice(0, amendmentAt));
}
/** A relative clause right after a name: ", to which it has been party since 1998", ", dont", ", de la que", ", участником которой", "، التي". */
const RELATIVE_CLAUSE_AFTER = anyOf([
  '^\\s*(\\([^)]{1,20}\\))?\\s*,\\s*((to|of|for) )?which>', "^\\s*(\\([^)]{1,20}\\))?\\s*,\\s*(dont|(à )?laquelle|auquel)>",
  '^\\s*(\\([^)]{1,20}\\))?\\s*,\\s*((de|en|a) )?(la )?(que|cual)>', '^\\s*(\\([^)]{1,20}\\))?\\s*,\\s*([а-я]+ )?котор', '^\\s*(\\([^)]{1,20}\\))?\\s*،?\\s*(التي|الذي)>',
]);
/**
 * A zone still to be created, the object of a call or an effort ("calls for the establishment of a zone free of nuclear weapons … in the
 * Middle East", "إنشاء منطقة خالية"): no treaty yet. A treaty named after its zone's creation ("Договор о создании зоны …") is one.
 */
const ZONE_TO_CREATE = anyOf([
  '<(establishment|creation|establishing|creating|establish|create) (of )?(an? )?$', "<(création|établissement|créer|établir) (d'une |une )?$",
  '<(establecimiento|creación|establecer|crear) (de )?(una )?$', '<(создани[а-я]*|создать) $', '(建立|设立)[^，。；]{0,8}$', '(إنشاء|إقامة) $',
]);
/**
 * Safeguards agreements that are not comprehensive: a voluntary offer, and an item-specific agreement (INFCIRC/66 type) that
 * covers only the items it lists ("item-specific", "relatif à des éléments déterminés", "para partidas específicas",
 * "в отношении конкретных предметов", "针对特定项目", "خاص بمفردات محددة").
 */
const NOT_COMPREHENSIVE = anyOf([
  'voluntary', 'volontaire', 'voluntari', 'добровольн', '自愿', 'طوعي',
  '<item-specific>', '<infcirc/66>', '<(éléments|articles) (déterminés|spécifiques)>', '<(partidas|elementos) específic', '<конкретн[а-я]* (предмет|позици|объект)', '特定项目', 'مفردات محدد',
]);
const ZONE_PROTOCOL = anyOf(['<protocols? (to|of|additional to)', '<protocoles?', '<protocolos?', '<протокол', '议定书', 'بروتوكول'], 'gu');
/** The scanners of every instrument but the zones: a name between a protocol and a zone says the protocol is another instrument's. */
const OTHER_THAN_ZONE = new RegExp(TREATY_SCANNERS.filter(([treaty]) => treaty !== 'nwfz').map(([, re]) => re.source).join('|'), 'u');

/** A comma before the next treaty of a list (", Договору Раротонга", ", the Treaty of …"): it goes on with the list. */
const COMMA_BEFORE_TREATY = new RegExp(`[,，、،](?=\\s*(?:[\\p{L}']{1,4}\\s+){0,2}(?:${TREATY_WORD.source}))`, 'gu');
/**
 * Whether a protocol named before a zone's name (in `before`, which ends where the name starts) is the zone's: nothing but the
 * zone's own title and other zones of a list stands between ("protocols to the Treaties of Tlatelolco, Rarotonga and Pelindaba",
 * "Протокол о негативных гарантиях безопасности к Договору о зоне …"). A protocol set off by a comma, or with another
 * instrument between, belongs elsewhere: "has a safeguards agreement and the additional protocol to it, is party to the Chemical
 * Weapons Convention, … the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", "附加议定书，并为《…》和《东南亚无核武器区条约》缔约国".
 */
function protocolOfZoneBefore(before: string): boolean {
  const protocol = [...before.matchAll(ZONE_PROTOCOL)].at(-1);
  if (!protocol) return false;
  const between = before.slice(protocol.index + protocol[0].length);
  if (OTHER_THAN_ZONE.test(between)) return false;
  // A comma is a list's only after a zone's name: one that follows the protocol's own words ("y su Protocolo Adicional, en el
  // Tratado de Tlatelolco", "et à son protocole additionnel, au Traité de …") closes the protocol, whatever the zone's head word.
  const firstComma = between.search(/[,，、،;；]/u);
  if (firstComma >= 0 && !ANY_TREATY.test(between.slice(0, firstComma))) return false;
  // The zones of a list are blanked with the comma after each, or the comma before the next treaty's head word ("к Договору
  // Тлателолко, Договору Раротонга и Договору …"): the commas that are left set the protocol off.
  return !/[,，、،;；]/u.test(maskTreatyNames(between).replace(/ {2,}[,，、،]/gu, ' ').replace(COMMA_BEFORE_TREATY, ' '));
}

/** Whether the zone's name at `start` follows a word for its creation that no treaty's name holds. */
function zoneToCreate(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const creation = ZONE_TO_CREATE.exec(before);
  return !!creation && !TREATY_WORD.test(before.slice(0, creation.index));
}

/** An e-mail address in folded text. */
const CONTACT_ADDRESS = /[a-z0-9._%+-]@[a-z0-9-]+\.[a-z]/u;

/**
 * A step taken and undone: the state withdrew from the treaty, or revoked its ratification ("withdrew from the Treaty",
 * "the ratification … was revoked", "s'est retiré du traité", "a retiré sa ratification", "se retiró del Tratado", "ратификация …
 * была отозвана", "вышла из договора", "撤销对…的批准", "退出…条约", "انسحبت من المعاهدة"). The ratification it names is no longer
 * in force. (A reservation withdrawn leaves the state a party: only the step of joining, or the treaty itself, is read.)
 */
const STEP_UNDONE = [
  '<(withdr(ew|awn|awal|aws)|withdrawing) from>', '<(ratification|signature|accession) ([^.;]{0,80} )?(was|has been|had been|were) (withdrawn|revoked|rescinded|annulled)>',
  '<(withdr(ew|awn)|revoked|rescinded|annulled) (its |the )?(ratification|signature|accession)>', '<de-?ratif(y|ied|ication)>', '<denounced (the )?(treaty|convention|protocol)>',
  "<(s'est|se sont|s'était) retirée?s? d(u|e la|e l'|es)>", "<(son |sa |le )?retrait (du|de la|de l')>", "<(ratification|signature|adhésion) ([^.;]{0,80} )?(a|avait) été (retirée|révoquée|annulée)>",
  "<(retiré|révoqué|annulé) (sa|la|son) (ratification|signature|adhésion)>", '<(a|avait) dénoncé>',
  '<se (retiró|retiraron|ha retirado|había retirado) (del|de la|de los)>', '<(su )?retiro (del|de la)>', '<(ratificación|firma|adhesión) ([^.;]{0,80} )?(fue|ha sido|había sido) (retirada|revocada|anulada)>',
  '<(retiró|revocó|anuló) (su|la) (ratificación|firma|adhesión)>', '<(denunció|ha denunciado)>',
  '<(ратификаци|подписани|присоединени)[а-я]* ([^.;]{0,100} )?(был[аио]? )?(отозван|аннулирован|отмен[её]н)', '<отозвал[аи]? (свою |ее |её |его )?(ратификаци|подпис)', '<(вышл[аи]|выш[её]л|выходит|вышедш[а-я]*) из>', '<денонсир',
  '撤(销|回)[^。；，]{0,20}(批准|签署|加入)', '退出[^。；，]{0,20}(条约|公约|议定书)',
  '<(و|ف)?(انسحبت|انسحب|الانسحاب)>( [^ .،؛]+){0,3} من>', '<(و|ف)?(سحبت|سحب|الغت|الغي|الغاء) (ال)?(تصديق|توقيع|انضمام)',
];

/** Status that falls short of being party. */
const NOT_PARTY = anyOf([
  '<not yet>', '<has not>', '<have not>', '<not (a )?party>', '<only signed>', '<ratification (is )?(pending|in progress|under)', '<under (consideration|review|study|examination)>', '<examining>', '<considering>', '<intends? to>', '<plans? to>', '<(is|are) planned>', '<planned>', '<envisag', '<possibility of>', '<process of (ratification|accession)>',
  "<pas encore>", "<n'a pas>", "<n'est pas partie>", "<en cours (d'|de )(examen|étude|ratification|adhésion)>", '<à l.étude>', '<envisage>', '<prévoit>', '<(est|sont|sera|seront) prévue?s?>', '<il est prévu>', "<n'ont pas>",
  '<examin', '<possibilité d', '<posibilidad de>', '<estudia', '<aún no>', '<todavía no>', '<no ha>', '<no es parte>', '<en (proceso|trámite|curso) de (ratificación|adhesión)>', '<en trámite>', '<trámite de (adhesión|ratificación)>', '<prevé>', '<previst[oa]s?>', '<en estudio>', '<se está (examinando|estudiando|considerando)>',
  "<(procédure|processus) (interne )?(d'examen|de ratification|d'adhésion)", "<l'objet d'une procédure", '<(iniciar|inicio del?|iniciará) (el )?(proceso|trámite)', '<proceso de (adhesión|ratificación)>', '<(ratificar|adherir|adherirse|suscribir)>', '<(ratifier|adhérer)>',
  // The body whose approval is awaited may stand between: "awaiting parliamentary approval", "尚待国会批准".
  '<not (yet )?ratified>', '<awaiting ([^.;]{0,30} )?(approval|ratification|adoption)>', '<pending (approval|ratification)>', "<en attente (de|d')>", '<pendiente de (aprobación|ratificación)>', '<en espera de>',
  '<ожида[а-я]* ([^.;]{0,30} )?(утверждения|ратификации|одобрения)', '待[^。；，]{0,8}(批准|核准)', 'في انتظار',
  '<n/a>', '<n\\.?a\\.?>', '<not applicable>', '<no aplica>', '<sans objet>', '<неприменим', '不适用', '^\\s*no>', '<non (encore )?ratifié', '<no ratificad', '<sin ratificar>', '<pendiente de ratificación>',
  // A domestic procedure begun, which has not yet made a party: "the domestic procedure has been initiated", "une procédure
  // interne a été engagée", "se ha iniciado el trámite", "начата внутригосударственная процедура", "已启动国内程序", "بدأت الإجراءات".
  '<(procedure|process) ([a-z]+ ){0,2}(has been |was |have been )?(initiated|started|launched|begun|opened)>',
  '<(initiated|started|launched|begun|opened) (the |a |its )?([a-z]+ )?(procedure|process)>',
  "<(procédure|processus) ([a-zé]+ ){0,2}(a été )?(engagée?|lancée?|entamée?|initiée?|ouverte?)>", "<(engagé|lancé|entamé|initié|ouvert) (la |le |une |un )?([a-zé]+ )?(procédure|processus)>",
  '<(iniciado|emprendido|comenzado|abierto) (el |un |los )?([a-záéíóú]+ )?(proceso|procedimiento|trámite)', '<(proceso|procedimiento|trámite)s? ([a-záéíóú]+ ){0,2}(iniciado|emprendido|comenzado)>',
  '<(начат[аоы]?|начал[аи]?сь|запущен[аоы]?) ([а-я]+ ){0,2}(процедур|процесс)', '<(процедур|процесс)[а-я]* ([а-я]+ ){0,2}(начат|начал|запущен)',
  '(启动|开始|着手)[^。；，]{0,8}(程序|进程|手续)', '(程序|进程|手续)已?(启动|开始)',
  '<(بدأت|بدء|شرعت|شرع) (في )?(ال)?(اجراءات|عمليه)',
  '<(initiate|start|begin|launch) the (process|procedure)', '<(ratification|accession) (process|procedure)>', '<(ratify|accede to)>',
  // The state weighing or awaiting the step: "is reviewing what joining … would require", "sigue pendiente en la Asamblea".
  // Before the legislature for its approval: "a consideración del Poder Legislativo", "soumis au Parlement".
  '<(a|en|bajo) (la )?consideración>', "<soumise? (à l'examen d[ue] |au |à l')(parlement|assemblée)", '<(submitted|referred) to (the )?(parliament|legislature|national assembly)>',
  '<внесен[а-я]* (на рассмотрение )?в (парламент|меджлис|верховн|государственн)', '提交[^。；]{0,12}(审议|批准)', '(معروضه|معروض) على',
  // Submitted for a body's consideration, whichever body it names after ("внесен на рассмотрение Милли Меджлиса", "submitted for
  // consideration by Parliament", "soumis pour examen", "sometido a consideración", "提交…审议" above, "أحيل … للنظر فيه").
  '<(submitted|referred|tabled|presented) (for|to) ([a-z]+ )?(consideration|approval|examination|ratification)>', '<(soumise?s?|transmise?s?|déposée?s?) pour (examen|approbation|ratification)>',
  '<(sometid|remitid|presentad)[oa]s? (a|para) (su |la )?(consideración|aprobación|examen|ratificación)>', '<(внесен|представлен|передан)[а-я]* на (рассмотрение|утверждение|ратификацию)>',
  '<(احيل|احيلت|قدم|قدمت)>[^.،؛]{0,160} (للنظر|للموافقه|للتصديق)>',
  // The step proposed, or the proposal before the body that decides on it: "A proposal for accession … is before Cabinet",
  // "une proposition d'adhésion est soumise au Conseil des ministres", "la propuesta de adhesión está ante el Consejo de Ministros",
  // "предложение о присоединении … находится на рассмотрении правительства", "加入…的提案", "مقترح الانضمام … معروض على مجلس الوزراء".
  '<(proposals?|recommendations?) (for|on|to) (the )?(accession|ratification|accede|ratify|join)', "<(propositions?|recommandations?) (d'|de |en vue de (l'|la ))(adhésion|ratification|adhérer|ratifier)",
  '<(propuestas?|recomendaciones?) (de|para) (la )?(adhesión|ratificación|adherir|ratificar)', '<(предложени|рекомендаци)[а-я]* (о|по) (присоединени|ратификаци)',
  '关于(加入|批准)[^。；，]{0,40}的(提案|建议)', '<(مقترح|اقتراح|توصيه) (ب|بشان )?(ال)?(انضمام|تصديق|مصادقه)',
  // A bill that would make the state a party, which the legislature has still to pass: "A bill on accession to the Convention … has been
  // tabled", "un projet de loi autorisant l'adhésion", "el proyecto de ley de adhesión", "законопроект о присоединении", "关于加入…的法案",
  // "مشروع قانون الانضمام". (A bill to implement a treaty says nothing of being party to it: only the step of joining is read.)
  '<(bills?|draft (laws?|legislation|acts?)) (on|for|to|concerning|approving|authori[sz]ing|providing for) (the )?(accession|ratification|approval|accede|ratify|approve|join)',
  "<projets? de loi (portant|relatif à|autorisant|sur|d'|de) ?(l'|la )?(adhésion|ratification|approbation)", '<(ante)?proyectos? de ley (de|sobre|para|que aprueba|aprobatori[oa] de) ?(la |el )?(adhesión|ratificación|aprobación)',
  '<(законопроект[а-я]*|проект[а-я]* (федерального )?закона) (о|об) (присоединени|ратификаци)', '(加入|批准)[^。；，]{0,40}的?(法案|法律草案)', '<مشروع (ال)?قانون (ب|بشان )?(ال)?(انضمام|تصديق|مصادقه)',
  '<(is|are|was|were|now|currently|remains?) before (the )?(cabinet|council of ministers|parliament|congress|senate|national assembly|legislature|house)>',
  "<(est|sont|reste|demeure) (actuellement )?(devant|soumise? (au|à l'))( le| la)? (conseil des ministres|gouvernement|parlement|assemblée nationale|sénat)", '<(está|están|se encuentra|se encuentran) (ante|en) el (consejo de ministros|congreso|parlamento|senado|gabinete)>',
  // A step still aimed at: "before Cabinet with a view to ratification", "en vue de son adhésion", "以期批准".
  '<with a view to (its )?(ratification|accession|ratifying|acceding)>', "<en vue de (sa |son |leur )?(ratification|adhésion)>", '<con (miras|vistas) a (su )?(ratificación|adhesión)>',
  '<в целях (ее |его |их )?(ратификации|присоединения)>', '以期(批准|加入)', '<(بغيه|بهدف) (التصديق|الانضمام)', '<تمهيدا (للتصديق|للانضمام)',
  // ... or the act it is before a body for: "is before Congress for its approval", "pour approbation", "для ее ратификации".
  '<for its (approval|ratification|adoption)>', '<pour (son |sa )?(approbation|ratification)>', '<para su (aprobación|ratificación|adhesión)>',
  '<для (ее |его |их )?(утверждения|ратификации|одобрения)>', '以?供(批准|审议|核准)', '<(للموافقه|للتصديق|للمصادقه) عليها>',
  '<(reviewing|studying|assessing|evaluating)>', '<(evaluando|analizando|valorando)>', "<(évalue|évaluent|évaluant)>", '<оценива', '评估', 'بتقييم', '<pending>',
  // Signed, and the step that makes a party denied of them all: "neither of which it has yet ratified", "ninguno de los cuales".
  '<neither>', '<none of (which|them|these)>', "<(aucun|aucune) (des deux|d'entre (eux|elles))>", '<ningun[oa] de (los|las) (cuales|dos)>', '<ни (один|одна|одно) из>', '<pendiente>', '<en suspens>', '<non encore>', '<non partie>', '<no (es )?parte>',
  // Signed without the step that makes a party: "without ratifying it", "sans l'avoir ratifiée", "دون أن تصدق عليها"
  // (folded, "تصدق" holds the party word "صادق").
  '<without (having )?(ratif|acced)', "<sans (l'avoir |les avoir )?(ratifi|adhér)", '<sin (haberl[oa]s? )?(ratific|adherir)', '<без ратификац', 'دون (ان )?(ت|ي)?(صادق|صدق|نضم)',
  '<пока не>', '<не (присоедин|участву|вступ|заверш)', '<предусм', '<غير طرف>', '<و?لم>',
  '<ещё не>', '<еще не>', '<не является>', '<не ратифицир', '<рассматрива', '<планирует', '<в процессе ратификации>', '<процедур[а-я]* (ратификации|присоединения)', '<(ратифицировать|присоединиться)>', '<изуча(ется|ются)>', '<вопрос[а-я]* о (присоединении|ратификации|принятии)>', '<на рассмотрении>',
  // Under review with the body that reviews it between ("正在参议院审议之中", as "en cours d'examen au Sénat"): the step still awaited.
  '正在[^。；，]{0,10}(审议|审查)', '(审议|审查)之中',
  '尚未', '未批准', '正在推进', '正在研究', '研究加入', '考虑', '计划', '拟', '(批准|加入)(程序|手续)', '正在办理', '(批准|加入)(工作|进程)[^。；，]{0,6}进行',
  'تدرس', 'يدرس', 'لم يتم', 'لم تصادق', 'لم يصادق', 'ليست طرفا', 'ليس طرفا', 'قيد الدراسة', 'قيد النظر', 'بعد', 'إجراءات (التصديق|الانضمام)', 'قيد (التصديق|المصادقة|الانضمام)', 'تعتزم', 'يعتزم', 'من المقرر', 'دراسة (التصديق|الانضمام|المصادقة)',
  // Weighing the step, as "considering" does in English: "وتنظر الحكومة حاليا في الانضمام إلى …".
  '<(و|ف)?(تنظر|ينظر)>[^.،؛]{0,30} في (ال)?(انضمام|تصديق|مصادقه)',
  ...STEP_UNDONE,
]);
/**
 * The step of joining put in the future, by the verb's own form: "is to be considered", "will be concluded", "sera examinée",
 * "se considerará", "будет рассмотрен", "将审议", "سيتم النظر". Like "signed", it counts against only when nothing in the
 * clause says party: a state already bound may say what it will do under a treaty ("as a party, it will report …").
 */
const PROSPECTIVE = anyOf([
  '<(is|are) to be>', '<will>', '<shall>',
  '<(sera|seront|devra|devront)>', '<(doit|doivent) être>', '<(examinera|étudiera|envisagera|conclura|ratifiera|adhérera)>',
  '<(será|serán|deberá|deberán)>', '<se [a-záéíóúñ]+(ará|erá|irá)n?>',
  '<(будет|будут|предстоит)>',
  '将(予以|会|要)?(审议|考虑|研究|评估|缔结|签署|批准|加入)', '拟(缔结|签署|批准|加入)',
  '<(سوف|سيتم|ستتم|سيجري|ستجري|سينظر|ستنظر|ستقوم|سيقوم)>',
]);
/** "Signed" counts against only when nothing says ratified, acceded or party. */
const SIGNED = anyOf(['<signed>', '<signature>', '<signé', '<firmado>', '<firmó>', '<firma>', '<suscrito>', '<подписал', '<подписан', '<подписание>', '签署', 'وقعت', 'وقع', 'التوقيع', '<توقيع>']);
const PARTY = anyOf([
  // A code of conduct is joined by subscribing: "Estado suscriptor", "État souscripteur" (the Spanish "suscrito" alone is also "signed").
  '<party>', '<parties>', '<ratified>', '<acceded>', '<accession>', '<in force>', '<member>', '<subscrib', '<suscriptor', '<souscri', '<adhered>', '<applies>', '<implements>',
  '<partie>', '<ratifié', '<adhéré', '<en vigueur>', '<applique>', '<parte>', '<ratificó>', '<ratificado>', '<adhirió>', '<vigor>', '<aplica>',
  '<участник', '<ратифицировал', '<присоедин', '<в силу>', '<сторон', '缔约国', '批准', '加入', '生效', 'طرف', 'صادق', 'انضم', 'حيز النفاذ',
  // In force as a status cell's adjective: "vigente", "в силе", "نافذ" / "نافذة", "سارية المفعول" ("en vigueur", "in force", "生效" above).
  '<vigentes?>', '<в силе>', '<(نافذ|نافذة|نافذا)>', '<سارية? المفعول>',
]);

function clauseAround(text: string, start: number, end: number): string {
  return clauseAt(text, start, end).clause;
}

/** The clause around a span, and where it starts in the text. */
function clauseAt(text: string, start: number, end: number): { clause: string; from: number } {
  let from = 0;
  let to = text.length;
  for (const m of clauseBreaks(text)) {
    if (m.index + m.length <= start) from = m.index + m.length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { clause: text.slice(from, to), from };
}

/**
 * The phrase set off by commas around a name, within its clause: an apposition that carries its own status ("Luxembourg, État
 * partie à la Convention …, n'a pas d'industrie …", "Chile, Estado parte en la Convención, no cuenta con …", "Казахстан,
 * являясь участником Конвенции, не имеет …"). The clause's main verb, and what it denies, speaks of something else.
 */
const APPOSITION_BREAK = /[,，،]/gu;
/** What may join two names of a list besides its comma: short words ("and the", "et à la", "и", "وعلى"), or nothing. */
const LIST_GLUE = /^[\s,，،]*(?:[\p{L}']{1,4}\s+){0,3}$/u;
function appositionAround(clause: string, start: number, end: number): string | null {
  // The names blanked out, so that a comma inside a name ("Договор о зоне, свободной от ядерного оружия") sets nothing off.
  const masked = maskTreatyNames(clause);
  const inName = (k: number) => masked[k] === ' ' && !/\s/u.test(clause[k] ?? ' ');
  const nameBefore = (c: number) => inName(c - 1 - /[\s)）»"”]*$/u.exec(clause.slice(0, c))![0].length);
  const nameAfter = (c: number) => inName(c + 1 + /^[\s(（]*(?:[\p{L}']{1,4}\s+){0,3}/u.exec(clause.slice(c + 1))![0].length);
  const breaks = [...masked.matchAll(APPOSITION_BREAK)].map((m) => m.index);
  // A comma between two names of a list sets off no apposition: in "являясь участником ДНЯО, КХО и КБТО, …" the phrase around
  // each name runs from the comma before the first to the one after the last.
  let from = -1;
  let edge = start;
  for (const c of breaks.filter((b) => b < start).reverse()) {
    if (LIST_GLUE.test(masked.slice(c + 1, edge)) && nameBefore(c)) edge = c;
    else {
      from = c + 1;
      break;
    }
  }
  let to = -1;
  edge = end;
  for (const c of breaks.filter((b) => b >= end)) {
    if (LIST_GLUE.test(masked.slice(edge, c)) && nameAfter(c)) edge = c + 1;
    else {
      to = c;
      break;
    }
  }
  // Set off on both sides: a phrase that opens the clause is its subject ("Accession to the Convention …, is under consideration").
  return from > 0 && to > 0 ? clause.slice(from, to) : null;
}
/**
 * The phrase set off by commas right after a name, which is said of the name ("En aplicación del Protocolo Adicional, en vigor para
 * Chile desde 2003, la Comisión presentó …", "the Additional Protocol, in force since 2003, requires …").
 */
const PHRASE_AFTER_NAME = /^\s*[)）]?\s*[,，،]([^,，،;；.。]{1,80})[,，،]/u;
/** A name whose apposition says party, without a word against it: the clause's own denial is about its main verb. */
function appositionSaysParty(clause: string, start: number, end: number): boolean {
  return [appositionAround(clause, start, end), PHRASE_AFTER_NAME.exec(clause.slice(end))?.[1]]
    .some((apposition) => !!apposition && PARTY.test(apposition) && counts(apposition));
}

/** The protocol's name right before the agreement ("protocol to the", "protocole additionnel à l'", "протокол к", "البروتوكول الإضافي لـ"). */
const PROTOCOL_TO = anyOf([
  '<(additional protocols?|protocols? additional) (thereto )?(to|of) (the |its |our )?([a-z-]+ ){0,2}$', "<protocoles? additionnels? (à|de) (l'|la |le |son |sa )?([a-zé-]+ ){0,2}$",
  '<protocolos? adicional(es)? (al?|de(l)?) (su |el |la )?([a-záéíóú-]+ ){0,2}$', '<дополнительн[а-я]* протокол[а-я]* (к )?([а-я-]+ ){0,2}$', 'البروتوكول الإضافي ?ل?$',
]);

/** The agreement named as what an Additional Protocol attaches to, before it or, in Chinese, after it ("协定的附加议定书"). */
function attachedToProtocol(text: string, start: number, end: number): boolean {
  return PROTOCOL_TO.test(text.slice(Math.max(0, start - 60), start)) || /^\s*的\s*附加议定书/u.test(text.slice(end, end + 12));
}

/** Where the clause holding a name that ends at `end` ends. */
function clauseEndAfter(text: string, end: number): number {
  for (const m of clauseBreaks(text)) if (m.index >= end) return m.index;
  return text.length;
}

/**
 * The clauses after a treaty's own that name no treaty but speak of the step of joining: they go on
 * with its status ("…approved accession to the Convention; the instruments of accession have not yet been deposited").
 */
/** The step of joining itself, not the treaty's own entry into force ("Ratified; Treaty not yet in force"). */
const JOINING = anyOf([
  '<ratif', '<accession', '<acced', '<join', '<instruments? of', '<deposit', '<adhési', '<adhér', '<dépôt', '<adhesi', '<adher', '<depósito', '<ратифи', '<присоедин', '<сдач', '批准', '加入', '交存',
  'تصديق', 'انضمام', 'ايداع',
]);

/**
 * A step still going on ("in progress", "est en cours", "en curso", "идёт", "正在进行", "لا يزال جاريا"): said of the step of
 * joining, whether it leads the clause or is its subject with the status at the end ("La ratification de l'amendement de
 * 2005 à la Convention … est en cours", "the ratification of the 2005 Amendment … is under way"), the treaty is not yet joined.
 */
const IN_PROGRESS = anyOf([
  '<in progress>', '<under ?way>', '<ongoing>', '<en cours>', '<en (curso|marcha)>', '<(идет|идёт|ведется|ведётся|продолжается)>', '<в процессе>',
  '正在进行', '进行中', 'لا (يزال|تزال) جاري', 'قيد الإجراء',
  // The instruments being prepared: "Instruments of accession … are being prepared", "en préparation", "se están preparando".
  '<(is|are) being (prepared|drafted|processed)>', '<en (cours de )?préparation>', '<en preparación>', '<se (está|están) (preparando|tramitando)>',
  '<(готовится|готовятся|подготавливается|подготавливаются)>', '正在(准备|拟订)', '(قيد|يجري) (الإعداد|إعداد)',
]);
/**
 * The domestic procedures by which a state joins ("domestic procedures", "procédures internes", "trámites internos",
 * "внутригосударственные процедуры", "国内程序", "الإجراءات الداخلية"): still in progress, they are the step of joining under way.
 */
const DOMESTIC_PROCEDURE = anyOf([
  '<(domestic|internal|national|constitutional) (procedures?|processes)>', '<procédures? (internes?|nationales?|constitutionnelles?)>',
  '<(procedimientos?|trámites?) (internos?|nacionales?|constitucionales?)>', '<(внутригосударственн|внутренн|конституционн)[а-я]* процедур', '国内(法律)?程序',
  '<(ال)?(إجراءات|اجراءات) (ال)?(داخلية|دستورية|وطنية)>',
]);
const joiningInProgress = (clause: string) => (JOINING.test(clause) || DOMESTIC_PROCEDURE.test(clause)) && IN_PROGRESS.test(clause);

/**
 * The step of joining as the subject of its clause, the treaty's name its complement: "La adhesión al Convenio … figura entre las
 * acciones del Plan", "Accession to the Convention is a priority", "L'adhésion à la Convention …", "Присоединение к Конвенции …",
 * "الانضمام إلى الاتفاقية …". The clause speaks of the step, not of a state already bound: with no date of it and no word of being
 * party after the name, it is a step still to take.
 */
const JOINING_OPENS_CLAUSE = anyOf([
  '^\\s*(the )?(accession|ratification) (to|of) (the )?', "^\\s*(l'|l’)?(adhésion|ratification) (à|de) (la |l'|l’|le )?", '^\\s*(la )?(adhesión|ratificación) (al?|del?) (la )?',
  '^\\s*(присоединение|ратификация) (к )?', '^\\s*(加入|批准)《?', '^\\s*(ال)?(انضمام|تصديق) (إلى|على) ',
]);
/**
 * The year in an instrument's name ("its 2005 Amendment", "amendement de 2005", "Поправка 2005 года", "2005年修正案", "تعديل عام 2005",
 * "Geneva Protocol of 1925"): no date of a step the state took.
 */
const INSTRUMENT_YEAR = anyOf([
  '<(amendment|amendement|enmienda|protocol|protocole|protocolo)s? (of |de |del )?(19|20)[0-9][0-9]>', '<(поправк|протокол)[а-я]* (19|20)[0-9][0-9]( года| г\\.)?',
  '<(19|20)[0-9][0-9] (amendment|protocol)', '(19|20)[0-9][0-9]\\s*年\\s*(修正案|修订|议定书)', '<(ال)?(تعديل|بروتوكول) (عام )?(19|20)[0-9][0-9]>',
], 'gu');
function stepToTake(clause: string, nameStart: number, nameEnd: number): boolean {
  const before = clause.slice(0, nameStart);
  const step = JOINING_OPENS_CLAUSE.exec(before);
  if (!step) return false;
  // The name goes on from the step's words, or from the head word of the treaty's title, after an adjective at most ("al Convenio
  // Internacional … Terrorismo Nuclear", "к Международной конвенции …").
  return nameFollowsStep(before.slice(step[0].length), clause) && !PARTY.test(clause.slice(nameEnd));
}

/**
 * Whether the treaty's name goes on from a step's words (`between` is what stands between them: nothing, or the head word of
 * the title after an adjective at most), with no comma to set it apart and no date of the step in the clause but an
 * instrument's own year.
 */
function nameFollowsStep(between: string, clause: string): boolean {
  const words = between.trim();
  return (words === '' || TREATY_WORD.test(words.split(/\s+/u).slice(0, 2).join(' '))) && !/[,،，]/u.test(between) && !YEAR.test(clause.replace(INSTRUMENT_YEAR, ' '));
}

/**
 * The step of joining right before the treaty's name, the object of a plan's goal: "Among the targets of the plan is accession to
 * the Convention …", "Uno de los objetivos del programa es la ratificación del Tratado …", "L'un des objectifs du plan est l'adhésion
 * à …", "Одной из целей плана является присоединение к …", "本计划的目标之一是加入《…》", "من أهداف الخطة الانضمام إلى …". A step
 * aimed at is not taken. The goal may be named after it, the step the subject ("Accession to the Convention … is among the targets of
 * the plan", "La adhesión al Convenio … figura entre las metas del plan").
 */
const JOINING_BEFORE_NAME = anyOf([
  '<(accession|ratification) (to|of) (the )?', "<(adhésion|ratification) (au|aux|à|de|du) (la |l'|l’|le )?", '<(adhesión|ratificación) (al?|del?) (la )?',
  '<(присоединени[а-я]*|ратификаци[а-я]*) (к )?', '(加入|批准)《?', '<(ال)?(انضمام|تصديق) (الي|إلى|على) ',
], 'gu');
const GOAL = anyOf([
  '<(goals?|targets?|objectives?|aims?)>', '<(objectifs?|buts?|cibles?)>', '<(metas?|objetivos?)>', '<(цел[ьиейям]*|задач[аиуей]*)>', '目标', '<(ال)?(هدف|اهداف)>',
]);
function stepAsGoal(clause: string, nameStart: number, nameEnd: number): boolean {
  const before = clause.slice(0, nameStart);
  const step = [...before.matchAll(JOINING_BEFORE_NAME)].at(-1);
  if (!step || !(GOAL.test(before.slice(0, step.index)) || GOAL.test(clause.slice(nameEnd)))) return false;
  // The name goes on from the step's words, or from the head word of the treaty's title ("accession to the International Convention for …").
  return nameFollowsStep(before.slice(step.index + step[0].length), clause);
}

/**
 * What the Committee's draft matrix records, as a reply to it quotes the draft ("The draft matrix lists the State as a party to the Treaty of
 * Pelindaba; the entry is mistaken", "Le projet de matrice indique que …", "El proyecto de matriz registra …", "В проекте
 * матрицы указано …", "矩阵草案将…列为", "يشير مشروع المصفوفة إلى …"): the draft's entry, which the state may go on to reject, is not
 * the state's own word, whether the reply names the draft matrix or the draft alone ("The draft shows an X for …"). Where the state
 * confirms it ("correctly records", "confirms"), the entry is the state's too.
 */
const MATRIX_RECORDS = anyOf([
  '<((the )?(draft |updated )*matrix|the draft)>[^.;:]{0,30}<(records?|recorded|lists?|listed|shows?|indicates?|states?|mentions?|reflects?|describes?)>',
  '<(le )?projet( de matrice)?>[^.;:]{0,30}<(indique|mentionne|fait état|présente|recense|considère|porte)>', '<(el )?proyecto( de matriz)?>[^.;:]{0,30}<(registra|indica|señala|menciona|recoge|presenta|considera)>',
  '<(в )?проект[а-я]*( матриц[а-я]*)?>[^.;:]{0,30}<(указ|отмеч|отраж|значит)', '(矩阵)?草案[^。；：]{0,20}(列为|显示|记载|指出|称)', '<مشروع( المصفوفه)?>[^.؛:]{0,30}(يشير|تشير|يذكر|يدرج|يبين)',
]);
const CONFIRMED = anyOf(['<(correct|correctly|confirm|confirms|confirmed|accurate|accurately)>', '<(correcte?|correctement|exacte?|confirme)>', '<(correcta|correctamente|exacta|confirma)>', '<(верно|правильно|подтвержда)', '(正确|确认)', '<(صحيح|تؤكد|يؤكد)>']);
/**
 * What the state asks the draft to say ("the draft should mention that …", "le projet devrait indiquer", "el proyecto debería registrar",
 * "в проекте следует указать", "草案应列为", "المشروع ينبغي أن يشير"): its own word, a correction.
 */
const ASKED_OF_DRAFT = anyOf(['<(should|must|shall|would|needs? to|ought to)>', '<(devrait|devraient|doit|doivent|devra)>', '<(debería|deberían|debe|deben|deberá)>', '<(следует|должн[а-я]*)', '(应当|应|须)', '<(ينبغي|يجب)>']);
function quotesDraftMatrix(clause: string, nameStart: number): boolean {
  const record = MATRIX_RECORDS.exec(clause.slice(0, nameStart));
  return !!record && !ASKED_OF_DRAFT.test(record[0]) && !CONFIRMED.test(clause);
}

function followingStatus(text: string, clauseEnd: number): string[] {
  const breaks = clauseBreaks(text).filter((m) => m.index >= clauseEnd);
  const out: string[] = [];
  for (const [k, m] of breaks.entries()) {
    const next = text.slice(m.index + m.length, breaks[k + 1]?.index ?? text.length);
    // A clause on an amendment ("; the ratification of the 2005 Amendment is under consideration") is about that instrument.
    if (ANY_TREATY.test(next) || AMENDMENT.test(next) || !JOINING.test(next)) break;
    out.push(next);
  }
  return out;
}

/**
 * The treaty's own entry into force denied beside a step the state took ("Ratified (treaty not yet in force)", "ratifié, le traité
 * n'étant pas encore en vigueur", "ratificado; el Tratado aún no ha entrado en vigor", "ратифицирован (договор ещё не вступил в силу)",
 * "已批准（条约尚未生效）", "صادقت عليها (لم تدخل المعاهدة حيز النفاذ بعد)"): the treaty awaits other states' ratifications, and what
 * the state had to do is done.
 */
const TREATY_NOT_IN_FORCE = anyOf([
  '[(（]?\\s*((the )?(treaty|convention|protocol|instrument) )?((is|has|having) )?not yet (in force|entered into force)\\s*[)）]?',
  "[(（]?\\s*((le |la )?(traité|convention|protocole) )?(n'est |n'étant |n'a |n'ayant )?pas encore (entrée? )?en vigueur\\s*[)）]?",
  '[(（]?\\s*((el |la )?(tratado|convenio|protocolo|convención) )?(aún|todavía) no (ha entrado|está|entra|se encuentra) en vigor\\s*[)）]?',
  '[(（]?\\s*((договор|конвенци|протокол)[а-я]* )?(ещё|еще|пока) не вступил[а-я]* в силу\\s*[)）]?',
  '[(（]?\\s*(条约|公约|议定书)?尚未生效\\s*[)）]?', '[(（]?\\s*(و)?لم (ي|ت)دخل ([^.،؛]{0,20} )?حيز النفاذ( بعد)?\\s*[)）]?',
], 'gu');
/** A status clause without the remark that the treaty itself is not yet in force, where the rest says the state's step is taken. */
function ownStatus(clause: string): string {
  const rest = clause.replace(TREATY_NOT_IN_FORCE, ' ');
  return rest !== clause && stepTaken(rest) ? rest : clause;
}

/**
 * What a state says has not changed ("the information in the matrix has not changed", "la información de la matriz no ha variado",
 * "n'a pas changé", "не изменилась", "没有变化", "لم تتغير"): the entries stand as they were, which denies no step.
 */
const UNCHANGED = anyOf([
  '<(has|have) not (been )?changed>', "<n'(a|ont) pas (changé|varié|évolué)>", '<no (ha|han) (variado|cambiado)>', '<не изменил[а-я]*', '没有(变化|改变)', '<لم (تتغير|يتغير)>',
], 'gu');

function counts(status: string): boolean {
  const clause = ownStatus(status).replace(UNCHANGED, ' ');
  // A status still being studied or weighed is read as for measures ("continúa bajo estudio", "fait l'objet d'une réflexion").
  if (NOT_PARTY.test(clause) || UNDER_STUDY.test(clause) || joiningInProgress(clause)) return false;
  if ((SIGNED.test(clause) || PROSPECTIVE.test(clause)) && !PARTY.test(clause)) return false;
  return true;
}

/**
 * A table row's folded text without the mark of an "X" column that a PDF's layout set among the words of a wrapped name
 * ("Chemical Weapons X Convention"): the mark is no word of the name.
 */
const MARK = / [x✓✔√](?= )/gu;
/** Cells of a row (tabs of a PDF or DOCX, pipes of plain text). */
const CELL_BREAK = /\t+|\s\|\s/u;
/**
 * A row's folded text, its cells kept apart by a bar that no name crosses: a name lies within one cell, so that the head of
 * one ("IAEA safeguards") and the first word of the next ("Agreement for the application of …") make no name.
 */
function withoutMarks(unit: TextUnit): string {
  if (!TABLE_ROW.test(unit.text)) return unit.folded;
  return ` ${unit.text.split(CELL_BREAK).map((cell) => fold(cell).trim()).join(' | ')} `.replace(MARK, '').trim();
}

/** The cells of a treaty table's row that say something beside the name and the row's number: its status. */
function statusCells(unit: TextUnit): string[] {
  return unit.text.split(/\t+|\s\|\s/u).map((cell) => ` ${fold(cell)} `.replace(MARK, '').trim())
    .filter((cell) => /\p{L}/u.test(cell) && !ANY_TREATY.test(cell));
}

/** A table row that names a treaty: a treaty table, whose rows give each treaty's status in a cell. */
const treatyRow = (unit: TextUnit | undefined) => !!unit && TABLE_ROW.test(unit.text) && ANY_TREATY.test(withoutMarks(unit));

/** The number a numbered table's row opens with. */
const rowNumber = (unit: TextUnit | undefined) => (unit ? Number(/^\s*(\d{1,3})\.?\s/u.exec(unit.text)?.[1] ?? NaN) : NaN);

/**
 * A treaty's name alone on its line beside the rows of a treaty table: a row whose status cell is
 * blank (the Committee's matrix leaves "X" out for what the state has not joined). In a numbered
 * table, the row is one by its number, between its neighbours', whatever words its name holds
 * ("6 2005 Amendment to the CPPNM", "12 IAEA Additional Protocol"), or a row with cells but none
 * beside the name and the number.
 */
function blankTableRow(units: readonly TextUnit[], i: number): boolean {
  const unit = units[i]!;
  const withStatus = (u: TextUnit | undefined) => treatyRow(u) && statusCells(u!).length > 0;
  const n = rowNumber(unit);
  const numbered = rowNumber(units[i - 1]) === n - 1 && withStatus(units[i - 1]) || rowNumber(units[i + 1]) === n + 1 && withStatus(units[i + 1]);
  if (numbered && statusCells(unit).length === 0) return true;
  if (TABLE_ROW.test(unit.text)) return false;
  if (maskTreatyNames(unit.folded).replace(/[^\p{L}]/gu, '').length <= 2) return treatyRow(units[i - 1]) || treatyRow(units[i + 1]);
  // A line between two rows whose own name the row above has whole in its first cell is no wrapped end of that name: it is a
  // row of its own with its name's words ("2005 Amendment to the CPPNM") and no status.
  return !CLOSED_OR_SECTION.test(unit.text) && namesInFirstCell(units[i - 1]) && treatyRow(units[i + 1]);
}

/** A treaty table's row whose first cell holds a treaty's whole name. */
function namesInFirstCell(unit: TextUnit | undefined): boolean {
  return treatyRow(unit) && ANY_TREATY.test(fold(unit!.text.split(CELL_BREAK)[0] ?? ''));
}

/**
 * A table row with a cell that is only a date later than the document's month: a line of a
 * schedule ("Accession to the CPPNM | Ministry of Foreign Affairs | 2026"), whose treaty is one to
 * join. A treaty table's dates (of signature, ratification, entry into force) are past.
 */
function scheduledRow(unit: TextUnit, documentDate: string | null): boolean {
  if (!documentDate || !TABLE_ROW.test(unit.text)) return false;
  const [year, month] = documentDate.split('-').map(Number) as [number, number];
  const cells = unit.text.split(TABLE_ROW);
  // A row whose action is the step of joining ("Ratification of the Convention | Ministry | 2026", "التصديق على الاتفاقية"), due
  // in the document's own year written alone: the year is still running, and the step is the plan's.
  // The row's number, which units join to its first cell ("1 Ratification of …"), is no word of the action.
  const stepToJoin = cells.some((cell) => JOINING_OPENS_CLAUSE.test(fold(cell.replace(/^\s*\d{1,3}[.)]?\s+/u, ''))));
  return cells.some((cell) =>
    cellDates(cell)?.some((d) => d.year !== null && (d.year > year || (d.year === year && (d.month > month || (d.month === 0 && stepToJoin))))));
}

/** A word that denies, in a status cell: "Non partie", "No", "не присоединился", "процедуры не завершены", "未加入", "غير طرف". */
const DENIAL = anyOf([
  '<no>(?! ?\\.? ?[0-9])', '<not>', '<none>', '<never>', '<non>', '<pas>', '<aucun', '<ningun', '<nunca>', '<не>', '<нет>', '<ни>',
  '未', '非缔约', '不是', '没有', '<غير>', '<و?لم>', '<ليس', '<ليست>',
]);

/**
 * The Hague Code of Conduct is no treaty to sign and ratify: a state takes part by subscribing to it, which Spanish writes with the
 * word it uses for signing a convention (a table's "Código de Conducta de La Haya | – | – | Suscrito", "el Estado ha suscrito el
 * Código"). Of the Code, that word says the state subscribed, and a ratification column left blank says nothing.
 */
const SUBSCRIBED_TO_CODE = anyOf(['<suscrit[oa]s?>', '<suscribi(ó|eron)>']);
const subscribesToCode = (status: string) => SUBSCRIBED_TO_CODE.test(status) && !NOT_PARTY.test(status) && !DENIAL.test(status);

/**
 * A row of a treaty table whose status cells (those after the name in the first cell) fall short of
 * being party: the status stands in its own cells, not in the treaty's clause. A status clause that
 * says party, ratified or in force without denying it outweighs one on the treaty itself ("Ratified;
 * Treaty not yet in force").
 */
function rowFallsShort(unit: TextUnit, headerCells: readonly string[] = []): boolean {
  if (!TABLE_ROW.test(unit.text)) return false;
  const cells = unit.text.split(/\t+|\s\|\s/u);
  const [name = '', ...rest] = cells;
  if (!ANY_TREATY.test(fold(name))) return false;
  if (TREATY_NAMES.hcoc.test(fold(name)) && rest.some((cell) => subscribesToCode(fold(cell)))) return false;
  // The header is read only where each cell has its column: blank cells may be missing from a row (a PDF writes no tab for them).
  const headers = cells.length === headerCells.length ? headerCells.slice(1) : [];
  const clauses = rest.flatMap((cell, k) => cellStatus(cell, headers[k]).split(/;|；|\.\s|。/u)).filter((clause) => /\p{L}/u.test(clause)).map(ownStatus);
  if (clauses.some((clause) => stepTaken(clause) && !DENIAL.test(clause) && counts(clause))) return false;
  return joiningLeftBlank(rest, headers) || clauses.some((clause) => DENIAL.test(clause) || !counts(clause));
}

/**
 * Whether a row leaves blank ("-", "—", empty) the cell under its table's column for the step that makes a party ("Ratification
 * or accession", "Ratification / adhésion", "Ratificación", "Ратификация", "批准/加入", "التصديق أو الانضمام"): the step is not taken,
 * whatever the status cell calls the instrument ("قيد التفاوض", "under constitutional procedure"), unless it says party or in force,
 * which is read first. A column that names signature too ("Date of signature / ratification") tells no step apart.
 */
function joiningLeftBlank(statusCells: readonly string[], headers: readonly string[]): boolean {
  return headers.some((header, k) => {
    const column = fold(header);
    return JOINING.test(column) && !SIGNED.test(column) && !/[\p{L}\p{N}]/u.test(statusCells[k] ?? '');
  });
}

/**
 * What a status cell says. A cell that is only a date says what its column's header names: "14 September 2005" under
 * "Signature" is a signature only, under "Ratification / accession" or "Entry into force" the step that makes a party.
 * A header that names both ("Date of signature / ratification") leaves the date as it was.
 */
function cellStatus(cell: string, header: string | undefined): string {
  const folded = fold(cell);
  if (!header || !cellDates(cell)) return folded;
  const column = fold(header);
  const joined = stepTaken(`${column} ${folded}`);
  if (SIGNED.test(column) && !joined) return column;
  return joined && !SIGNED.test(column) && !DENIAL.test(column) ? `${column} ${folded}` : folded;
}

/** English names a column by the treaty's entry into force; the other languages' words for it ("en vigueur", "в силу", "生效") are in PARTY. */
const INTO_FORCE = anyOf(['<(entry|entered) into force>']);
/** A year in a status clause: the date a step was taken on. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
/** Being party, or a step of joining or the entry into force with its date ("Ratification, 7 March 2001", "批准 2001年"): a step taken. */
const stepTaken = (clause: string) => PARTY.test(clause) || ((JOINING.test(clause) || INTO_FORCE.test(clause)) && YEAR.test(clause));

/** An entry of a list of abbreviations: the abbreviation in capitals, a dash or colon, what it stands for. */
const ABBREVIATION_ENTRY = /^\s*(?:[-•*]\s*)?(\p{Lu}[\p{Lu}\d/-]{1,9})\s*(?:[—–=:：]|\s-)\s*(\S.*?)\s*\.?\s*$/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');

interface Abbreviations {
  /** The units that are lists of abbreviations. */
  lists: Set<number>;
  /** Each abbreviation a list gives a treaty's name for, as a scanner of folded text. */
  scanners: Array<readonly [Treaty, RegExp]>;
}

/**
 * Lists of abbreviations ("ГКП — Гаагский кодекс …; ДВЗЯИ — Договор …; ДЗСЯО — договор о зоне, свободной от ядерного
 * оружия; …", "CWC: Chemical Weapons Convention; …"): a list says what each abbreviation stands for, not which treaties
 * the state has joined. A treaty's status is read where its abbreviation is used ("МКБФТ — ратифицирована 16 марта
 * 2004 г.", "ДП — в силе с 2004 г."), as where its name is. A unit is a list when it holds two entries or more, each
 * an abbreviation and a name with no status (no date, no step, no denial).
 */
function abbreviationsOf(units: readonly TextUnit[]): Abbreviations {
  const lists = new Set<number>();
  const scanners: Array<readonly [Treaty, RegExp]> = [];
  for (const unit of units) {
    const parts = unit.text.split(/[;；]/u).filter((part) => /\p{L}/u.test(part));
    if (parts.length < 2) continue;
    const entries = parts.map((part) => ABBREVIATION_ENTRY.exec(part));
    const defines = (entry: RegExpExecArray | null) => {
      const meaning = entry && fold(entry[2]!);
      return !!meaning && !YEAR.test(meaning) && !PARTY.test(meaning) && !JOINING.test(meaning) && !SIGNED.test(meaning) && !DENIAL.test(meaning) && counts(meaning);
    };
    if (!entries.every(defines) || !entries.some((entry) => ANY_TREATY.test(fold(entry![2]!)))) continue;
    lists.add(unit.index);
    for (const entry of entries) {
      const named = TREATY_SCANNERS.filter(([, scanner]) => new RegExp(scanner.source, 'u').test(fold(entry![2]!)));
      if (named.length === 1) scanners.push([named[0]![0], new RegExp(anyOf([`<${escapeRegExp(fold(entry![1]!))}>`]).source, 'gu')]);
    }
  }
  return { lists, scanners };
}

/** A section's numbered heading ("3. Assistance", "II. Needs"). */
const SECTION_NUMBER = /^\s*(?:\d+(?:\.\d+)*[.)]|[IVX]+\.)\s/u;
/** A line that closes a sentence. */
const CLOSED_LINE = /[.!?。！？؟]["»”)]?\s*$/u;
/** A line that closes a sentence, or a section's numbered heading: no part of a cell's wrapped name. */
const CLOSED_OR_SECTION = new RegExp(`${CLOSED_LINE.source}|${SECTION_NUMBER.source}`, 'u');
/** How many lines a cell's name wraps onto at most. */
const MAX_WRAPPED_NAME_LINES = 3;

/**
 * A treaty table's row whose name cell names no treaty alone, with the name read on across the lines its cell wraps onto
 * ("Convenio Internacional para la | Ratificación | 2003", then "Represión de la Financiación del", then "Terrorismo"): the
 * row's wrapped lines, and after a table's last row the unclosed lines under it, which a PDF sets as lines of their own.
 * Returns the row's folded text with the whole name in its first cell, or null.
 */
function rowWithWrappedName(units: readonly TextUnit[], row: TableRowText, lastRow: boolean): string | null {
  const [name = '', ...status] = row.cells;
  if (ANY_TREATY.test(fold(name))) return null;
  const after = lastRow ? units.slice(row.units.at(-1)!.index + 1, row.units.at(-1)!.index + 1 + MAX_WRAPPED_NAME_LINES) : [];
  let joined = name;
  for (const line of [...row.units.slice(1), ...after].slice(0, MAX_WRAPPED_NAME_LINES)) {
    if (TABLE_ROW.test(line.text) || CLOSED_OR_SECTION.test(line.text)) break;
    joined += ` ${line.text.trim()}`;
    if (ANY_TREATY.test(fold(joined))) return [joined, ...status].map((cell) => fold(cell).trim()).join(' | ');
  }
  return null;
}

/** How many words a cell's last wrapped line holds at most: a cell is narrow. */
const MAX_CLOSING_LINE_WORDS = 6;
/** How many words the wrapped end of a cell holds at most where it goes on in lower case, its lines joined as one. */
const MAX_CLOSING_TEXT_WORDS = 12;

/**
 * The line that closes a cell of a table's last row, left under it ("The State is not yet party to the International Convention for"
 * / "the Suppression of Acts of Nuclear" / "Terrorism."): its full stop ends the table, yet it ends the sentence the row left open,
 * and says nothing apart from the row. A short line under a row whose cells wrap already (its lines are a cell's narrow lines), or a
 * line that goes on in lower case, mid-sentence, as no paragraph of its own opens; neither a row, a heading nor a section.
 */
function closingLineOfLastRow(units: readonly TextUnit[], row: TableRowText | undefined): TextUnit | undefined {
  if (!row) return undefined;
  const last = row.units.at(-1)!;
  const next = units[last.index + 1];
  if (!next || next.heading || next.page !== last.page || TABLE_ROW.test(next.text) || !CLOSED_LINE.test(next.text) || SECTION_NUMBER.test(next.text)) return undefined;
  const words = next.text.trim().split(/\s+/u).length;
  if (/^\s*\p{Ll}/u.test(next.text)) return words <= MAX_CLOSING_TEXT_WORDS ? next : undefined;
  return row.units.length > 1 && !CLOSED_LINE.test(last.text) && words <= MAX_CLOSING_LINE_WORDS ? next : undefined;
}

/**
 * A treaty named again by its head word alone, in a sentence that names no treaty: "the Convention", "la Convention", "la Convención",
 * "el Convenio", "the Treaty", "le Traité", "el Tratado", and the words that point back to it
 * in every language ("this Convention", "cette Convention", "dicha Convención", "указанной Конвенции", "该公约", "الاتفاقية المذكورة").
 * "The draft matrix shows the Convention on … as signed only. In fact the State ratified the Convention on 2 May 2019": the second
 * sentence states the status of the treaty the first named.
 */
// (Not a title that goes on with its subject, "the Treaty on the Prohibition of Nuclear Weapons", "la Convention sur …", "el Tratado de …":
// another instrument, which no name of the list reads; "on" before a date is the day of the step.)
const TREATY_NAMED_AGAIN = new RegExp(`${anyOf(['<(the|la|el|le|al|du|del) (convention|convención|convenio|treaty|traité|tratado)>(?! (on|for|against|of|between|sur|pour|relative|contre|de|du|des|sobre|para|contra|relativ[oa]|international|internationale|internacional)>(?! [0-9]))(?! d\\u0027)']).source}|${SAID_CONVENTION.source}`, 'gu');
/** The head word a treaty's name is read by, so that "the Convention" points back to a convention and "the Treaty" to a treaty. */
const HEAD_WORDS = [anyOf(['<(convention|convención|convenio)>', '<конвенци', '公约', 'اتفاقي']), anyOf(['<(treaty|traité|tratado)>', '<договор', '条约', 'معاهد'])];
/** A step the state took itself (not the treaty's own entry into force): "acceded", "a adhéré", "ratificó", "присоединилась", "加入", "انضمت". */
const SENTENCE_ENDS = /[.!?؟](?=\s|$)|[。！？]/gu;
const STATE_STEP = anyOf([
  '<(ratified|acceded|party)>', '<(ratifié|adhéré|partie)', '<(ratificó|adhirió|ratificado|parte)>', '<(ратифицировал|присоединил|участни)', '(批准|加入|缔约国)', '(صادق|انضم|طرف)',
]);

function treatiesNamedAgain(units: readonly TextUnit[], i: number): Treaty[] {
  const unit = units[i]!;
  if (TABLE_ROW.test(unit.text)) return [];
  const text = unit.folded;
  const found: Treaty[] = [];
  for (const m of text.matchAll(TREATY_NAMED_AGAIN)) {
    const sentenceStart = Math.max(0, ...[...text.slice(0, m.index).matchAll(SENTENCE_ENDS)].map((e) => e.index + e[0].length));
    const sentenceEnd = text.slice(m.index).search(SENTENCE_ENDS);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? undefined : m.index + sentenceEnd);
    const clause = clauseAround(text, m.index, m.index + m[0].length);
    // An amendment to the Convention is read as the amendment ("l'amendement de 2005 à cette Convention").
    if (ANY_TREATY.test(sentence) || AMENDMENT.test(sentence) || !STATE_STEP.test(clause) || !counts(clause)) continue;
    // The treaty the text named last before this sentence, in this paragraph or the one before, with the same head word.
    const earlier = `${units[i - 1]?.folded ?? ''} ${text.slice(0, sentenceStart)}`;
    // (The head word may stand before the words the name is read by, or after them: "Convention … on Acts of Nuclear Terrorism", "Comprehensive Nuclear-Test-Ban Treaty".)
    const named = TREATY_SCANNERS.flatMap(([treaty, scanner]) => [...earlier.matchAll(scanner)].map((n) => ({ treaty, at: n.index, name: earlier.slice(Math.max(0, n.index - 80), n.index + n[0].length + 12) })));
    const last = named.sort((a, b) => b.at - a.at)[0];
    const head = HEAD_WORDS.find((word) => word.test(m[0]));
    if (last && head?.test(last.name)) found.push(last.treaty);
  }
  return found;
}

/** The 2005 Amendment named at `start`…`end` counts as joined: its clause says so, and does not make its ratification a step to take or a goal. */
function amendmentCounts(text: string, start: number, end: number): boolean {
  const { clause, from } = clauseAt(text, start, end);
  return counts(clause) && !stepToTake(clause, start - from, end - from) && !stepAsGoal(clause, start - from, end - from);
}

export function detectTreaties(units: readonly TextUnit[], documentDate: string | null = null): Treaty[] {
  const found = new Set<Treaty>();
  const abbreviations = abbreviationsOf(units);
  const scanners = [...TREATY_SCANNERS, ...abbreviations.scanners];
  const anyAbbreviation = abbreviations.scanners.length > 0 ? new RegExp(abbreviations.scanners.map(([, re]) => re.source).join('|'), 'u') : null;
  // A treaty named on a wrapped line of a table's cell ("6 Ratificar el | MINEX | 2026 | Pendiente" / "Convenio sobre
  // terrorismo nuclear") has the status its row gives.
  const rowOfWrappedLine = new Map<number, TableRowText>();
  // A row's status cells are read under their columns' headers ("Signature", "Ratification / accession").
  const headerOfRow = new Map<number, string[]>();
  // A row whose name wraps onto lines that name nothing alone is read with its name whole.
  const wrappedNameOfRow = new Map<number, string>();
  // A row whose wrapped lines keep its columns is read whole, cell by cell, on its first line; its wrapped lines say nothing apart.
  const wholeRow = new Map<number, TextUnit>();
  const readWhole = new Set<number>();
  for (const table of units.some((u) => TABLE_ROW.test(u.text)) ? tablesOf(units) : []) {
    for (const [k, row] of table.rows.entries()) {
      const whole = rowWithWrappedName(units, row, k === table.rows.length - 1);
      if (whole !== null) wrappedNameOfRow.set(row.units[0]!.index, whole);
      if (row.wholeCells) {
        const text = row.wholeCells.join('\t');
        wholeRow.set(row.units[0]!.index, { ...row.units[0]!, text, folded: fold(text) });
        wrappedNameOfRow.set(row.units[0]!.index, row.wholeCells.map((cell) => fold(cell).trim()).join(' | '));
        for (const u of row.units.slice(1)) readWhole.add(u.index);
      }
      headerOfRow.set(row.units[0]!.index, table.headerCells);
      for (const u of row.units.slice(1)) rowOfWrappedLine.set(u.index, row);
    }
    const closing = closingLineOfLastRow(units, table.rows.at(-1));
    if (closing) rowOfWrappedLine.set(closing.index, table.rows.at(-1)!);
  }
  for (const [i, unit] of units.entries()) {
    for (const treaty of treatiesNamedAgain(units, i)) found.add(treaty);
    const text = wrappedNameOfRow.get(unit.index) ?? withoutMarks(unit);
    if (!ANY_TREATY.test(text) && !anyAbbreviation?.test(text)) continue;
    if (abbreviations.lists.has(unit.index) || readWhole.has(unit.index)) continue;
    const rowUnit = wholeRow.get(unit.index) ?? unit;
    if (blankTableRow(units, i) || scheduledRow(rowUnit, documentDate) || rowFallsShort(rowUnit, headerOfRow.get(unit.index))) continue;
    const row = rowOfWrappedLine.get(unit.index);
    if (row && (!counts(fold(row.text)) || scheduledRow(row.units[0]!, documentDate))) continue;
    for (const [treaty, scanner] of scanners) {
      for (const m of text.matchAll(scanner)) {
        const { clause, from } = clauseAt(text, m.index, m.index + m[0].length);
        if (!counts(clause) && !(treaty === 'hcoc' && subscribesToCode(clause)) && !appositionSaysParty(clause, m.index - from, m.index - from + m[0].length)) continue;
        if (stepToTake(clause, m.index - from, m.index - from + m[0].length) || stepAsGoal(clause, m.index - from, m.index - from + m[0].length) || quotesDraftMatrix(clause, m.index - from)) continue;
        // A clause that carries an e-mail address is a person's entry (a contact's post, a copy line): the treaty's name
        // there is part of a body's ("Institute for Verification of the Chemical Weapons Convention", "Implementation Support Unit").
        if (CONTACT_ADDRESS.test(clause)) continue;
        if (followingStatus(text, clauseEndAfter(text, m.index + m[0].length)).some((next) => NOT_PARTY.test(next) || joiningInProgress(next))) continue;
        // "Chemical Weapons Convention (Implementation) Act, 2021": a national law named after the treaty says nothing of its status.
        if (LAW_TITLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
        const lawBefore = LAW_TITLE_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
        if (lawBefore && !TREATY_WORD.test(lawBefore[0])) continue;
        if (treaty === 'iaea_csa' && NOT_COMPREHENSIVE.test(clause)) continue;
        // "the Additional Protocol to the safeguards agreement", "附加议定书…协定的": the agreement named as what
        // the protocol attaches to is part of the protocol's name, not a statement about the agreement.
        if (treaty === 'iaea_csa' && attachedToProtocol(text, m.index, m.index + m[0].length)) continue;
        // "protocols to the Treaty of Rarotonga", "无核武器区条约的相关议定书": close to the name, not anywhere in a list.
        // A list of zones after "protocols to" ("протоколы к Договору Тлателолко, Договору Раротонга и …") is protocols all along.
        const listBefore = clause.slice(0, Math.max(0, clause.indexOf(m[0])));
        if (treaty === 'nwfz' && zoneToCreate(text, m.index)) continue;
        // Further names after it ("《拉丁美洲和加勒比禁止核武器条约》《非洲无核武器区条约》等…条约的相关议定书") are the same list of protocols: read past them.
        const afterNames = maskTreatyNames(text.slice(m.index + m[0].length, m.index + m[0].length + 200)).replace(/\s+/gu, ' ').slice(0, 25);
        if (treaty === 'nwfz' && (protocolOfZoneBefore(text.slice(Math.max(0, m.index - 40), m.index)) || new RegExp(ZONE_PROTOCOL.source, 'u').test(afterNames) || protocolOfZoneBefore(listBefore.slice(-200)))) continue;
        // "the 2005 Amendment to the Convention on the Physical Protection…", "公约》2005年修正案": the Convention named
        // as what the amendment amends, as a safeguards agreement is named in its protocol's; the amendment is read
        // below. A relative clause on the Convention itself (", участником которой она является") is its own statement.
        const end = m.index + m[0].length;
        if (treaty !== 'cppnm' || !amendedConvention(text, m.index, end) || RELATIVE_CLAUSE_AFTER.test(text.slice(end, end + 40))) found.add(treaty);
        if (treaty === 'cppnm') {
          const after = text.slice(m.index, m.index + m[0].length + 80);
          const amendment = AMENDMENT.exec(after);
          if (amendment && amendmentCounts(text, m.index + amendment.index, m.index + amendment.index + amendment[0].length)) found.add('cppnm_a');
        }
        if (treaty === 'cppnm_a') found.add('cppnm');
      }
    }
    // "the 2005 Amendment to the Convention", named before the convention itself.
    const amendment = AMENDMENT.exec(text);
    if (amendment && (TREATY_NAMES.cppnm.test(text.slice(amendment.index, amendment.index + 120)) || amendsSaidConvention(text, amendment.index))) {
      if (amendmentCounts(text, amendment.index, amendment.index + amendment[0].length) && /2005/u.test(clauseAround(text, amendment.index, amendment.index + amendment[0].length))) found.add('cppnm_a');
    }
  }
  return [...found];
}
