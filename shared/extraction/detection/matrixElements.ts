/**
 * Matrix elements and gaps from prose. Each clause is read for the elements it is about (its own
 * signal terms, else those of the section heading above it) and for what it says about them: a
 * measure in force, or a gap (missing, drafted, planned, under study). An element is present when
 * at least one clause describes a measure; it is a gap when clauses only describe it as missing.
 */
import type { MatrixElement, MatrixFinding, Weapon } from '../contract.js';
import {
  ATTEMPT_OR_COMPLICITY, BIOSAFETY, BROKERING, ELEMENT_CUES, EXPORT_OR_CUSTOMS, FINANCING_SERVICES, namesWeaponMakingActs, PENALTY, PROHIBITION, PROLIFERATION_FINANCING, SERVICES, SERVICES_AS_EXPORTED_ITEMS, SUPPORT_TO_TERRORIST_GROUPS, SUPPORT_TO_TERRORISTS, WEAPON_ITSELF, WEAPON_TERMS, type WeaponKind,
} from './elementVocabulary.js';
import { givesContactDetails, hasTitledPersonAsSubject, opensWithPerson } from './contacts.js';
import { contactPartUnits } from './contactSections.js';
import { legalReferencesIn } from './legalReferences.js';
import { labelElements, namesPresentSituation, OP_CODE, readLabelledRow, readMarkedRow } from './matrixTableRows.js';
import { ARABIC_ARTICLE, CAPACITY_BUILDING, GAP_CUE, GRATITUDE_CUE, MEASURE_CUE, NEED_MET, NO_CHANGE_CUE, NOT_ONLY, OFFER_CUE, ONLY_SO_FAR, PLANNED_ACTION, POWER_TO_ACT, REQUEST_CUE, RESPONSIBILITY_MOVED, RESTATEMENT_CUE, RISK_CUE } from './statementCues.js';
import { describesAnotherStatesLaw } from './state.js';
import { maskTreatyNames as masked } from './treaties.js';
import { CONTENTS_HEADING, INLINE_CONTENTS } from './contents.js';
import { cellDates } from './dates.js';
import { anyOf, fold } from './textFolding.js';
import { TABLE_ROW, type TextUnit } from './textUnits.js';

/** OP2's prohibitions of the weapons and their means of delivery (not of their financing). */
const OP2_WEAPONS: ReadonlySet<MatrixElement> = new Set(['op2.nuclear', 'op2.chemical', 'op2.biological', 'op2.delivery']);

/** A sentence that ends as a question, in the six languages' question marks. */
const QUESTION = /[?？؟]\s*$/u;

const E_MAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

const WEAPON_KINDS = Object.keys(WEAPON_TERMS) as WeaponKind[];

/**
 * A heading that names one operative paragraph or sub-paragraph: "Пункты 1 и 2", "3 (a) and (b)", "3 (c) et (d)" name
 * several, and a sentence under them that names nothing is not about the first of them. Chinese writes each number with
 * its own "第…段" ("执行部分第1段和第2段").
 */
const NAMES_ONE_PARAGRAPH = (folded: string): boolean =>
  !/\d\s*(?:\(?[a-dа-г]\))?\s*段?\s*(?:and|et|y|e|и|或|和|及|、|,|-|–|و)\s*第?\s*\(?\d|[a-dа-г]\)\s*(?:and|et|y|e|и|或|和|及|、|,|-|–|و)\s*\(?[a-dа-г]\)/u.test(folded);

/**
 * Treaties named as a section's topic ("Замечания к разделу ОП1 (международные договоры)", "OP 1 (treaties)"): the section of
 * the Committee's matrix that lists the instruments, whatever paragraph it is filed under.
 */
const TREATIES_NAMED = anyOf([
  '<(treat(y|ies)|conventions?|traités?|tratados?|convenios?|convenciones?)>', '<international instruments?>', '<instruments? internationaux>', '<instrumentos? internacionales>',
  '<(договор|конвенци)', '<международн[а-я]* (документ|инструмент)', '条约', '公约', '国际文书', 'معاهد', 'اتفاقي', 'صكوك',
]);

/** Headings that name an operative paragraph whose element is unambiguous. */
const OP1_HEADING = anyOf([
  '<(operative )?paragraph 1>', '<op ?1>', '<paragraphe 1>', '<párrafo (dispositivo )?1>', '<пункт 1>', '第一段', '第1段', 'الفقرة 1', 'الفقرة الأولى',
]);

/**
 * Clause boundaries inside a sentence where the statement can change polarity, and a year that
 * closes a sentence the sentence splitter keeps whole ("… in 2021. Customs officers …"). An adverb
 * ("however", "cependant") opens a clause only after a comma: "ne comporte cependant pas encore" is one. So does a
 * consequence drawn after a comma ("…, por lo que la asistencia solicitada se refiere…", "…, therefore …"): a statement of its own.
 * An Arabic comma before "ولا يشمل" (and does not include) opens a denial of its own ("…لإجازة مسبقة، ولا يشمل هذا القرار
 * السلع…": the decision licenses, and does not cover the rest), as does "ولم يشمل" (and has not yet covered) after a law confined
 * to part of the element: the law covers that part, the denial says what it leaves out.
 */
export const CLAUSE_BREAK = /\.(?<=\b(?:1[89]|20)\d\d\.)\s+(?=\p{Lu})|;\s+|,?\s+(?:but|whereas|while|although|mais|pero|aunque|mientras que|но|тогда как|в то время как)\s+|,?\s+(?:alors|tandis) qu(?:e\s+|['’])|,\s+(?:however|cependant|toutefois|sin embargo|однако),?\s+|,\s+а\s+(?!также)|,\s+(?:por lo que|por lo cual|por consiguiente|de sorte que|c'est pourquoi|therefore|поэтому|в связи с чем)\s+|，(?:因此|所以)|،\s*(?:ولذلك|لذلك)\s*|[；؛]|，?(?:但是|但|然而)|，而|،?\s*(?:لكن|غير أن|إلا أن|في حين(?: أن)?|بينما)\s*|،\s*(?=كما\s)|،\s*(?=(?:ولا|ولم)\s+(?:يشمل|تشمل)\s)/iu;

/**
 * Imports and exports named together, as what customs check, and transit named with them: "goods imported or exported",
 * "marchandises à l'importation, à l'exportation et en transit", "importación y exportación", "进出口".
 */
const IMPORT_AND_EXPORT = new RegExp(anyOf([
  '<(imports?|imported|importing|importation),? (and |or |and/or )?(exports?|exported|exporting|exportation)(,? (and |or )?(in )?transit(ed|ing)?)?>', '<(exports?|exported) (and|or) (imports?|imported)>',
  // In the plural too, as a law's title or a customs sentence names them ("Ley … para Facilitar las Importaciones y Exportaciones").
  "<(à l'|de l'|l'|aux |des |les )?importations?,? (et |ou )?(à l'|de l'|l'|aux |des |les )?exportations?(,? (et |ou )?(en |le )?transit)?>", '<(a la |la |las )?importaci(ó|o)n(es)?,? (y |o |e )?(a la |la |las )?exportaci(ó|o)n(es)?(,? (y |o )?(en |el )?tr[aá]nsito)?>',
  '<(importados|importadas),? (o |y )?(exportados|exportadas)(,? (o |y )?en tr[aá]nsito)?>',
  '<(ввоз|импорт)[а-я]*,? (и |или )?(вывоз|экспорт)[а-я]*(,? (и |или )?транзит[а-я]*)?', '进出口(和|及|与|或)?(过境|转运)?', '进口(和|或)出口', 'الاستيراد (و|او) ?التصدير( (و|او) ?العبور)?',
]).source, 'gu');

/**
 * What customs check or learn to recognise at the border, named alone: goods in transit or passing
 * through, dual-use or strategic goods ("detain any container in transit", "mercancías en
 * tránsito", "training in the recognition of dual-use goods"). In a customs sentence these name the
 * goods, not a licensing of their export: that needs an export, a licence, a list or an end user.
 */
const GOODS_AT_THE_BORDER = new RegExp(anyOf([
  '<(in |en |el |le |de )?(transit|tránsito)>', '<passing through>', '<(goods|items) (entering|leaving)>', '<(dual-use|strategic) (goods|items)>', '<(biens|marchandises) (à|a) double usage>', '<(à |de )?double usage>',
  '<(bienes|mercancías|mercaderías) de doble uso>', '<de doble uso>', '<транзит[а-я]*', '<(товар[а-я]*|продукци[а-я]*) двойного назначения>', '<двойного назначения>',
  '过境', '两用(物项|物品|货物)?', '(ال)?عبور', '(ال)?سلع (ذات )?(ال)?استخدام (ال)?مزدوج', 'مزدوجة الاستخدام', '(ال)?استخدام (ال)?مزدوج',
]).source, 'gu');

/**
 * Licensing as a word of a law's title ("Nuclear Materials and Radiation Protection (Licensing) Regulations", "the Licensing
 * Act"): it names the law, which may license holding or using a source at home; an export licence is named by its export.
 */
const LICENSING_IN_A_TITLE = new RegExp(anyOf(['\\(licensing\\)', '<licensing (act|regulations?|rules|order)>']).source, 'gu');

/**
 * Penalties as words of a law's title ("con arreglo a la Ley Especial para Sancionar Infracciones Aduaneras", "the Customs
 * (Offences and Penalties) Act", "la loi portant répression des infractions douanières", "《海关行政处罚实施条例》"): they name
 * the law a control is based on; the penalties a sentence states are named outside it (fines, imprisonment, "punishable").
 */
const PENALTY_IN_A_TITLE = new RegExp(anyOf([
  '\\((customs )?offen[cs]es and penalties\\)', '<(act|law|code|decree) (on|for) (the )?(punishment|penalties|sanctions)>',
  '<(loi|code|décret|ordonnance) (portant|relative (à|aux)|sur) (la |les )?(répression|sanctions?)>',
  '<(ley|código|decreto)( especial| general| orgánica)? (para|de|sobre) (sancionar|(las |la )?(sanciones|sanción|represión))>',
  '<закон[а-я]* «?об? (административной |уголовной )?ответственности', '《[^》]{0,30}(处罚|罚则)[^》]{0,20}》',
]).source, 'gu');

/**
 * Means of delivery followed by the weapons they deliver, in the six languages' word order: "means of delivery of
 * nuclear, chemical or biological weapons", "vecteurs d'armes nucléaires…", "vectores de armas…", "средств доставки
 * ядерного, химического … оружия", "核、化学和生物武器的运载工具", "وسائل إيصال الأسلحة النووية…".
 */
const DELIVERY_OF_WEAPONS = new RegExp(anyOf([
  '<(means of delivery|delivery (systems?|means|vehicles?)) (of|for) (such |these |those |the )?([a-z]+,? (and |or )?){0,4}(weapons|arms)>',
  "<vecteurs? (d'|de |des |pour (les )?)(telles |ces )?armes?( [a-zé]+,?( et| ou)?){0,4}", '<(sistemas? vectores|vectores|medios? (de lanzamiento|vectores)) (de|para) (las |tales |estas )?armas?( [a-záéíóú]+,?( y| o| e| u)?){0,4}',
  '<средств[а-я]* (их |его )?доставки ([а-я]+,? (и |или )?){0,4}оружи[а-я]*', '(核|化学|生物)[^。；]{0,16}武器的?运载(工具|系统)', 'وسائل (ال)?(إيصال|إطلاق) (هذه |تلك )?(ال)?أسلحة( [^ .،؛]+){0,5}',
  // A missile or drone described by what it can carry: "designed or modified to deliver a nuclear, chemical or biological
  // weapon", "conçus pour emporter des armes…", "diseñados para transportar armas…", "предназначенные для доставки
  // ядерного … оружия", "能够运载核、化学或生物武器的导弹", "المصممة لإيصال أسلحة نووية…".
  '<(designed|modified|adapted|capable|intended|used)( (or|and) (designed|modified|adapted))? (to|of|for) deliver(ing|y of)? (an? |such |these |those |the )?([a-z]+,? (and |or )?){0,4}(weapons?|arms)>',
  "<(conçu|modifié|capable|destiné)e?s?( ou (conçu|modifié)e?s?)? (pour|à|de) (transporter|emporter|lancer|porter) (des |de |d'|une |un |les |de telles |ces )?armes?( [a-zé]+,?( et| ou)?){0,4}",
  '<(diseñad|modificad|destinad)[oa]s?( (o|y) (diseñad|modificad)[oa]s?)? (para|a) (transportar|lanzar|portar) (armas?|las armas|tales armas)( [a-záéíóú]+,?( y| o| e| u)?){0,4}',
  '<(предназначенн|способн|сконструированн|модифицированн)[а-я]* (для доставки|доставлять) ([а-я]+,? (и |или )?){0,4}оружи[а-я]*',
  '(能够|可以|可|用于)运载[^。；]{0,16}武器', '(المصمم|مصمم|المعدل|معدل|القادر|قادر)(ة|ه)? (على |ل)?(إيصال|حمل|إطلاق)( [^ .،؛]+){0,7}',
]).source, 'gu');

/**
 * Exports named before the funds and services that serve them ("export financing", "与出口有关的金融服务", "экспортное
 * кредитование"): the services' phrase, which holds the exports as its complement.
 */
const EXPORTS_BEFORE_SERVICES = new RegExp(anyOf([
  '<exports? (financing|insurance|credit)>', '<экспортн[а-я]* (финансир|кредит|страхов)[а-я]*', '出口[^。；，]{0,20}(服务|资金|融资|保险)',
]).source, 'gu');

/** What a sentence says before it names funds or services (the services' own phrase names the exports they serve). */
function beforeServices(folded: string): string {
  const rest = folded.replace(EXPORTS_BEFORE_SERVICES, ' ');
  const at = rest.search(SERVICES);
  return at >= 0 ? rest.slice(0, at) : rest;
}

/**
 * Illicit trafficking named as what customs combat ("illegal trafficking", "незаконный оборот", "打击非法贩运"): its "illegal"
 * names the trade a border control pursues, not a prohibition the sentence states.
 */
const ILLICIT_TRAFFICKING = new RegExp(anyOf([
  '<illegal (trafficking|trade|transfers?)>', '<незаконн[а-я]* (оборот|перемещени|торговл)[а-я]*', '非法(贩运|运输|贸易|转移|买卖)',
]).source, 'gu');

/**
 * The office that holds the finance portfolio ("the Secretary of Finance and Administration", "the Ministry of Finance",
 * "le ministère de l'Économie et des Finances"): its "finance" names who acts, not funds or financial services.
 */
const FINANCE_OFFICE = new RegExp(anyOf([
  '<(ministry|minister|ministries|secretary|secretariat|department|treasury) (of|for) (the )?([a-z]+,? (and )?){0,2}finances?>',
  "<(ministère|ministre|secrétariat|secrétaire|département|direction)( (d'état|général(e)?))? (de l'|de la |des? |du )([a-zéèê]+,? (et )?(de l'|de la |des? |du )?){0,2}finances>",
]).source, 'gu');

/** Russian "средства доставки" (means of delivery): its "средств" is no funds. */
const MEANS_OF_DELIVERY = /средств[а-я]* (?:их |его |её |ее )?доставки/gu;

export function weaponsIn(folded: string): WeaponKind[] {
  return WEAPON_KINDS.filter((w) => WEAPON_TERMS[w].test(folded));
}

/** Support given, or items handed over: what OP1 forbids, where a sentence names non-State actors ("transfer … to non-State actors"). */
const SUPPORT_WORD = anyOf([
  '<(support|assist|aid|transfer|export|supply|suppli|provid)', '<(appui|soutien|aide|assist|transf|export|fourni)', '<(apoyo|asistencia|ayuda|transf|export|suministr|proporcion)',
  '<(поддержк|содейств|помощ|переда|экспорт|постав|предостав)', '支持', '援助', '协助', '转让', '出口', '提供', 'دعم', 'مساعد', 'نقل', 'تصدير', 'توريد',
]);

/**
 * Non-State actors as the addressees of a prohibition: "prohibit(ing) non-State actors from", "interdit aux acteurs non
 * étatiques de", "prohíbe a los agentes no estatales", "запрещающее негосударственным субъектам", "禁止非国家行为者",
 * "تحظر على الجهات من غير الدول". The acts listed after are theirs (OP2), not support given to them (OP1).
 */
const PROHIBITED_ACTORS = anyOf([
  '<prohibit(s|ing|ed)? (any )?non-state actors? from>', "<interdi[a-z]* (à tout |aux |à des )?acteurs? non étatiques?>", '<prohíb[a-z]* a (los |cualquier )?(agentes|actores) no estatales>',
  '<запрещ[а-я]* негосударственным', '禁止非国家行为者', '(تحظر|يحظر) علي (ال)?جهات (الفاعله )?من غير الدول',
]);

/** The weapons themselves, not their materials ("radioactive sources", "pathogens"): what a missing OP2 prohibition names. */
export const WEAPON_WORD = anyOf(['<weapons?>', '<armes?>', '<armas?>', '<оружи', '武器', 'سلح']);

/**
 * A law that implements a convention ("législation nationale d'application de la Convention sur les armes chimiques",
 * "ley de aplicación de la Convención sobre las Armas Químicas"): the convention's name says which weapon the law is about.
 */
const IMPLEMENTING_LAW = anyOf([
  '<(legislation|laws?|act|bill|regulations?) (implementing|to implement|for (the )?implementation of|giving effect to)>', '<implementing (legislation|laws?|act|regulations?)>',
  "<(législation|loi|texte|réglementation)s?( nationale?s?)? (d'application|de mise en (œ|oe)uvre|portant application|d'exécution)>",
  '<(legislación|ley|leyes|normativa|reglamento)( nacional)? (de (aplicación|implementación|ejecución)|para (la )?(aplicación|implementación)|que aplique)>',
  '<закон[а-я]*( [а-я]+)? (об? )?(осуществлени|выполнени|реализаци|применени)',
  '公约[^。；]{0,6}(实施|执行)(法|条例|办法)', '(实施|执行)[^。；]{0,30}公约的(法律|立法|条例)', '(قانون|تشريع)[^.؛]{0,20}(لتنفيذ|تنفيذ)',
]);

/** Legislation as such: "no legislation prohibiting chemical weapons" is a missing law too. */
const LEGISLATION_WORD = anyOf(['<legislation>', '<législation>', '<legislación>', '<законодательств', '立法', 'تشريع']);

/** A law, article or code named in the sentence: what makes a multi-weapon sentence a measure. */
const LAW = anyOf([
  '<(act|law|code|article|section|decree|regulations?)>', '<(loi|code|article|décret)>', '<(ley|código|artículo|decreto)>', '<(закон|кодекс|стать|ук|коап|упк)', '法', '条例', 'قانون', 'تشريع', ARABIC_ARTICLE, '<(ال)?(فصل|فصول) [0-9]', 'مرسوم',
  // Chinese names an order or rules by their title's last word ("《大规模杀伤性武器（禁止）令》", "《…规定》", "《…办法》"), and an
  // article by its number ("第5条").
  '(令|规定|办法)》', '第[0-9〇一二三四五六七八九十百]+条',
]);

/** A law cited with its number ("article 16 of the Act", "Law 4934/2022", "المادة 14 من قانون"): one named without it may be the one to draft. */
export const citesNumberedLaw = (folded: string): boolean => LAW.test(folded) && /\p{N}/u.test(folded);

/** A licensing requirement stated as in force: with it, a sentence on penalties describes the licensing as well. */
const LICENSED = anyOf([
  // A permit is the licence by another name: "require a permit issued by the National Authority", "permis", "permiso", "разрешение", "تصريح".
  '<(are|is) licensed>', '<subject to (a |an )?(licen[cs]e|licensing|authori[sz]ation|permit)>', '<(licen[cs]e|authori[sz]ation|permit) is required>',
  '<soumise?s? à (une )?(licence|autorisation|permis)>', '<sujet[oa]s? a (una )?(licencia|autorización|permiso)>', '<requiere[n]? (una )?(licencia|permiso)>',
  '<подлеж[а-я]* лицензировани', '<требует[а-я]* (лицензи|разрешени)', '须经许可', '需要许可证', 'يخضع [^.]{0,120}(ترخيص|تصريح)', 'تخضع [^.]{0,120}(ترخيص|تصريح)',
  // A licence the law requires before the export: "requires a prior licence", "exige une licence", "يشترط الحصول على ترخيص".
  '<requires? (a |an )?(prior )?(licen[cs]e|authori[sz]ation|permit)>', '<(exige|exigent|requiert) (une )?(licence|autorisation|permis)>', '<exige[n]? (una )?(licencia|autorización|permiso)>', '(يشترط|تشترط|يتطلب|تتطلب) [^.]{0,60}(ترخيص|تصريح)',
]);

/**
 * A sentence of running text, numbered paragraphs included: where a table of contents has ended
 * (an entry has no closing stop, or ends with its page or the next entry's number).
 */
function isRunningText(unit: TextUnit): boolean {
  const text = unit.text.trim();
  return !unit.heading && !TABLE_ROW.test(text) && /[.!?。！？؟]$/u.test(text) && !/\d\s*\.?$/u.test(text) && text.length >= 40;
}

/**
 * A treaty as the subject of its own promulgation, publication or ratification, by whatever decree or law ("La Convención fue
 * promulgada por el Decreto núm. 2.977", "The Convention was promulgated by Decree No. 12", "La Convention a été publiée par
 * le décret", "Конвенция ратифицирована Законом", "该公约经第12号法令颁布", "صدرت الاتفاقية بموجب المرسوم"): the treaty's
 * status at home, which the treaty list reads, not a national law on its weapons.
 */
const TREATY_ENACTED = anyOf([
  '^[^a-z]*(the )?(convention|treaty|protocol) (was|has been|were) (promulgated|published|ratified|approved|incorporated)>',
  "^[^a-z]*(la |le )?(convention|traité|protocole) (a été|fut|ont été) (promulguée?|publiée?|ratifiée?|approuvée?)",
  '^[^a-z]*(la |el )?(convención|convenio|tratado|protocolo) (fue|ha sido) (promulgad|publicad|ratificad|aprobad)[oa]',
  '^[^а-я]*(конвенци|договор|протокол)[а-я]* (был[аио]? )?(ратифицирован|обнародован|опубликован)',
  '^[^。；]{0,8}(该|本)?公约经[^。；]{0,30}(颁布|公布|批准)', '^[^.؛]{0,12}(صدرت|نشرت|صدق(ت)? علي) (ال)?اتفاقي',
]);

/** Said to be in force or applied now. */
const IN_FORCE = anyOf(['<in force>', '<en vigueur>', '<(en )?vigente?>', '<en vigor>', '<действу', '<вступил[а-я]* в силу>', '生效', '现行', 'ساري', 'نافذ', 'حيز النفاذ']);

/** A cell that holds only a date ("31 March 2026", "December 2026", "2027"): a schedule, as in an action plan's timeline column. */
const isDateCell = (cell: string): boolean => cellDates(cell) !== undefined;

/**
 * A column head that gives each row its target date: the header of an action plan's table, whose
 * rows are actions to take ("№ | Мероприятие | Исполнители | Срок", "Action | Responsable | Échéance"). Arabic names the
 * target date with its adjective as the other languages do ("الموعد المستهدف", "الموعد النهائي").
 */
const TIMELINE_HEAD = anyOf([
  '^(deadline|timeline|time ?frame|target date|due date|completion date|schedule|échéance( nationale)?|délai|calendrier|date (cible|butoir|prévue)|plazo|fecha (límite|prevista|meta|objetivo)|cronograma|(целевой )?срок[а-я]*( исполнения| выполнения| реализации)?|期限|时限|完成时间|目标(日期|时间)|时间表|الإطار الزمني|الموعد|(ال)?موعد (ال)?(مستهدف|نهائي)|المهله|الجدول الزمني|التاريخ المستهدف)$',
]);

/** "These weapons", referring back: "ces armes", "estas armas", "этого оружия", "这些武器", "هذه الأسلحة". */
const THESE_WEAPONS = anyOf([
  '<(these|such|those|the said) (weapons|arms)>', '<(ces|de telles|lesdites|telles) armes>', '<(estas|esas|dichas|tales) armas>', '<(этого|такого|данного|указанного) оружия>',
  '(这些|此类|该类|上述)武器', '(هذه|تلك) (ال)?أسلحة',
]);

/**
 * Text with treaty names masked, where "these weapons" keeps its referent: a law that punishes breaches of a convention
 * names its weapons through the convention's name ("… المتضمن قمع جرائم مخالفة أحكام اتفاقية الأسلحة الكيميائية، الذي
 * يحظر … استحداث هذه الأسلحة وإنتاجها"), which masking hides. Where the masked text names no weapon and refers back to
 * "these weapons", they are the one weapon the unmasked text names.
 */
function maskedWithReferents(folded: string): string {
  const out = masked(folded);
  if (out === folded || !THESE_WEAPONS.test(out) || weaponsIn(out).length > 0) return out;
  const named = (Object.keys(WEAPON_ITSELF) as Array<keyof typeof WEAPON_ITSELF>).filter((w) => WEAPON_ITSELF[w].test(folded));
  return named.length === 1 ? out.replace(new RegExp(THESE_WEAPONS.source, 'gu'), ` ${named[0]} weapons `) : out;
}

/**
 * What a clause on a missing law implementing a convention lacks, read with the convention's name: the law is missing for the
 * convention's weapon. The name's own "prohibition" ("Convention sur l'interdiction des armes chimiques") bans nothing at home, so
 * a weapon the clause names only by its materials ("…, et ses laboratoires ne tiennent aucun registre des agents pathogènes")
 * lacks its register, not a law on the weapon.
 */
function gapsOfImplementingLaw(plain: string): MatrixElement[] {
  return elementsIn(plain, { gap: true }).filter((e) => {
    const weapon = /^op2\.(nuclear|chemical|biological)$/u.exec(e)?.[1] as keyof typeof WEAPON_ITSELF | undefined;
    return weapon === undefined || WEAPON_ITSELF[weapon].test(plain);
  });
}

/**
 * An article cited in brackets after the provision it grounds: "(статья 205.1)", "(article 421-2)", "(art. 12)", "(artículo 5)",
 * "（第十条）", "(المادة 5)". A sentence that cites one after each provision lists several offences, each with its own objects.
 */
const BRACKETED_ARTICLE = anyOf([
  '[(（]\\s*(articles?|arts?\\.?|sections?|ss?\\.|artículos?|стать[а-я]*|ст\\.)\\s*[0-9]', '[(（]\\s*第[^)）]{1,8}条', '[(（]\\s*(ال)?(مادة|مواد) [0-9]',
]);

/**
 * A second object of the verb joined after the first: ", as well as", "ainsi que", "así como", "а также", "以及", "وكذلك", "فضلا عن".
 */
const AS_WELL_AS = anyOf([',? as well as>', '<ainsi que>', '<así como>', '<а также>', '以及', '<(و)?كذلك>', '<فضلا عن>']);

/**
 * A second object of the verb joined by "and" with its own article or relative, as a law lists a second offence: "prohibits
 * support to non-State actors and the manufacture, acquisition … of nuclear weapons", "et la fabrication", "y la fabricación",
 * "y a quien fabrique", "и производство", "和制造", "وتصنيع". The acts that follow are that offence's, not what the support serves.
 */
const AND_ANOTHER_OBJECT = anyOf([
  '<and (the|any|all|to (anyone|any person|those|whoever) who)>', "<et (la|le|les|l'|toute?|à quiconque|à (celui|ceux) qui)",
  '<y (la|el|los|las|toda|todo|a quien(es)?|a (aquel|aquellos) que)>', '<и (разработк|производств|изготовлени|приобретени|хранени|применени|передач)',
  '(和|并|及)(禁止)?(研制|制造|生产|获取|拥有|储存)', '<و(ال)?(تصنيع|صنع|انتاج|حيازه|امتلاك|اقتناء|تطوير)',
]);

/**
 * The offences a sentence lists after the support it bars, once that support has been closed by its own article or by a second
 * object of the verb: "запрещает содействие террористической деятельности (статья 205.1), …, а также разработку, производство …
 * химического … оружия (статья 355)", "запрещает оказание поддержки террористическим организациям, а также изготовление … оружия".
 * The weapons named there are another offence's objects, not what the support would serve. Empty where nothing closes the support.
 */
function offencesAfterSupport(folded: string): string {
  const supportAt = folded.search(SUPPORT_TO_TERRORISTS);
  if (supportAt < 0) return '';
  const after = folded.slice(supportAt);
  const close = [BRACKETED_ARTICLE.exec(after), AS_WELL_AS.exec(after), AND_ANOTHER_OBJECT.exec(after)].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  return close ? after.slice(close.index + close[0].length) : '';
}

export interface ElementReading {
  /** A heading names its topic: a weapon alone is enough for OP2. */
  heading?: boolean;
  /** A gap statement names what is missing: "no law on missiles" is an OP2 gap without "prohibit". */
  gap?: boolean;
  /**
   * A table row's label names its element alone: "Control of financial and transport services" is OP3(d)'s services
   * without the exports they serve (a heading sets a section's topic, where the services are read beside the exports).
   */
  label?: boolean;
}

/** The elements a piece of (folded, treaty-masked) text is about. */
export function elementsIn(folded: string, reading: ElementReading = {}): MatrixElement[] {
  const found = new Set<MatrixElement>();
  // The means of delivery of the weapons ("les vecteurs d'armes nucléaires, chimiques ou biologiques") name delivery alone:
  // the weapons there say what is delivered, unlike "the weapons and their means of delivery".
  // A heading on biosafety ("Биологическая безопасность", "Biosafety") names OP3(b)'s control of laboratories: its
  // "biological" is no weapon the section is about.
  const topic = reading.heading === true ? folded.replace(BIOSAFETY, ' ') : folded;
  const weapons = weaponsIn(topic.replace(DELIVERY_OF_WEAPONS, ' means of delivery '));
  // Non-State actors a ban is addressed to ("a law that prohibits non-State actors from …") are no recipients of support.
  const support = SUPPORT_TO_TERRORISTS.test(folded) && !ATTEMPT_OR_COMPLICITY.test(folded) && !PROHIBITED_ACTORS.test(folded);
  // Attempt and complicity beside support make it the ancillary offence of assisting acts, unless the support goes to the groups
  // themselves: that is OP1's still. (The weapons such a list names are read as the list's own, as before.)
  const supportToGroups = !support && SUPPORT_TO_TERRORIST_GROUPS.test(folded) && !PROHIBITED_ACTORS.test(folded);
  // Weapons the sentence bans making or holding in an offence of their own, after the support's article: OP2's all the same.
  const afterSupport = support ? offencesAfterSupport(folded) : '';
  const weaponsBanned = afterSupport !== '' && namesWeaponMakingActs(afterSupport) ? weaponsIn(afterSupport) : [];
  // Read once: each of these is asked several times below.
  const makingActs = namesWeaponMakingActs(folded);
  const financing = ELEMENT_CUES['op2.financing'].test(folded);
  const prohibition = PROHIBITION.test(folded.replace(ILLICIT_TRAFFICKING, ' '));
  const law = LAW.test(folded);
  // Non-State actors named as the ones who must not make, hold or finance the weapons are OP2's subject, not OP1's support;
  // so are those a prohibition is addressed to, whatever acts it lists ("prohibiting non-State actors from acquiring or transferring").
  // A heading that prohibits their activities with no support named ("禁止非国家行为者的活动") is OP2's heading too.
  const nonStateActorsAsSubject = makingActs || financing || (prohibition && (weapons.length > 0 || reading.heading === true) && (!SUPPORT_WORD.test(folded) || PROHIBITED_ACTORS.test(folded)));
  // A heading on paragraph 1 and another ("执行部分第1段和第2段") is no section of OP1 alone.
  const op1 = support || supportToGroups || (ELEMENT_CUES.op1.test(folded) && !nonStateActorsAsSubject) || (reading.heading === true && OP1_HEADING.test(folded) && NAMES_ONE_PARAGRAPH(folded));
  // Customs enforcing what may be imported or exported is a border control: "import and export" there names no export licensing.
  // So are goods in transit and dual-use goods that customs hold or are trained to recognise (brokering of such goods
  // is a trade service an export regime controls, not the border's business).
  const border = ELEMENT_CUES['op3c.border_control'].test(folded);
  const customs = border && ELEMENT_CUES['op3c.border_control'].test(folded.replace(BROKERING, ' '));
  const unlicensed = folded.replace(LICENSING_IN_A_TITLE, ' ');
  const exportCue = ELEMENT_CUES['op3d.export_control'].test(border ? (customs ? unlicensed.replace(GOODS_AT_THE_BORDER, ' ') : unlicensed).replace(IMPORT_AND_EXPORT, ' ') : unlicensed);
  // So do the financial or transport services a proliferation-financing regime bars ("sanctions related to the financing of
  // proliferation … oblige banks … to refrain from providing financial services or transport services"), exports named or not.
  const servicesNamed = FINANCING_SERVICES.test(folded) && (reading.label === true || folded.search(PROLIFERATION_FINANCING) >= 0);
  const services = (exportCue || servicesNamed) && SERVICES.test(folded.replace(SERVICES_AS_EXPORTED_ITEMS, ' ').replace(MEANS_OF_DELIVERY, ' ').replace(FINANCE_OFFICE, ' '));
  // A ban on making or holding the weapons (two of OP2's acts named) is OP2, even where the law that
  // brought it is named by an export title; its penalties are for those acts, not for export violations.
  const makingBan = prohibition && makingActs;
  // So is a financing offence where no export is named: customs there share alerts, they do not punish export violations.
  const financingOffence = financing && !exportCue;
  const penalties = PENALTY.test(folded.replace(PENALTY_IN_A_TITLE, ' ')) && EXPORT_OR_CUSTOMS.test(folded) && !makingBan && !financingOffence;
  if (op1) found.add('op1');
  // A sentence on penalties for unlicensed exports is about the penalties, not the licensing; a
  // missing control of the services related to exports is that gap, not a gap in export licensing.
  // Export control named apart, before those services, is missing as well ("ne dispose ni d'une liste nationale de contrôle
  // … ni d'une procédure d'autorisation d'exportation, et aucun contrôle ne s'applique aux services … liés à l'exportation").
  const servicesOnly = services && (reading.gap === true || reading.label === true) && !ELEMENT_CUES['op3d.export_control'].test(beforeServices(unlicensed));
  if (exportCue && (!penalties || reading.gap || LICENSED.test(folded)) && !servicesOnly) found.add('op3d.export_control');
  if (services) found.add('op3d.financing_services');
  if (penalties) found.add('op3d.penalties');
  if (financing && !services) found.add('op2.financing');
  if (ELEMENT_CUES['op3a.accounting'].test(folded)) found.add('op3a.accounting');
  if (ELEMENT_CUES['op3b.physical_protection'].test(folded)) found.add('op3b.physical_protection');
  // Brokering named with exports ("contrôle des exportations, du courtage") is a control of trade services, not a border control.
  if (exportCue ? ELEMENT_CUES['op3c.border_control'].test(folded.replace(BROKERING, ' ')) : border) found.add('op3c.border_control');
  // A missing register of pathogens or a missing control of chemical exports is that OP3 gap; only
  // a missing law makes it a missing OP2 prohibition of the weapon as well.
  // So does a missing offence on the weapons themselves ("no specific criminal offences on chemical and biological weapons, and
  // no licensing system for exports"): the offence is the prohibition, with or without the word for a law.
  const missingLaw = law || LEGISLATION_WORD.test(folded);
  const weaponWord = WEAPON_WORD.test(folded);
  const missingBan = (missingLaw && (prohibition || weaponWord)) || (prohibition && weaponWord);
  const op3GapOnly = reading.gap === true && [...found].some((e) => e.startsWith('op3')) && !missingBan;
  const aboutWeapons = reading.heading || reading.gap ? weapons.length > 0 && !op3GapOnly : prohibition;
  // Three or more weapons without a law named is the resolution's formula, not a national prohibition.
  // A gap that says the legislation is missing for them ("No existe legislación nacional que tipifique … armas nucleares,
  // químicas o biológicas") names what no law covers yet, weapon by weapon.
  // A heading that lists them is the section's topic ("3. Nuclear, chemical and biological weapons."): the sentences under it
  // say what is in force for each.
  // So does one that says no provision bans the acts OP2 lists ("aucune disposition … n'incrimine la fabrication, la détention …
  // d'armes nucléaires, chimiques ou biologiques ni de leurs vecteurs"): the ban on making them is what is missing.
  const formula = weapons.length >= 3 && !law && !reading.heading && !(reading.gap === true && (LEGISLATION_WORD.test(folded) || makingBan));
  // A ban on transfers to non-State actors is OP2 even in an export-control text, and so is a ban on making the weapons.
  const op2Ban = ((op1 || ELEMENT_CUES.op1.test(folded)) && prohibition) || makingBan;
  // Financing acts committed with the weapons ("castiga a quien financie actos terroristas, incluidos los cometidos con armas
  // nucleares, químicas o biológicas") is the financing prohibition, not a ban on the weapons themselves.
  const financingOnly = found.has('op2.financing') && !makingActs;
  // A gap names what is missing: the weapon itself, or its materials ("no equipment to detect radioactive and chemical
  // materials", "no regulations for the physical protection of nuclear material"), which are no missing OP2 prohibition
  // unless a prohibition is named.
  const gapOnMaterials = reading.gap === true && !reading.heading && !prohibition;
  const op2Weapons = gapOnMaterials ? weapons.filter((w) => w === 'delivery' || WEAPON_ITSELF[w].test(folded)) : weapons;
  if (aboutWeapons && !formula && !support && !financingOnly && (!exportCue || reading.gap || op2Ban) && !penalties) {
    for (const w of op2Weapons) found.add(`op2.${w}` as MatrixElement);
  }
  if (prohibition) for (const w of weaponsBanned) found.add(`op2.${w}` as MatrixElement);
  return [...found];
}

/** A paragraph's number alone: "12.", "4.3.", "E2.", "Д2.", "هـ-2.", "B1)", "IV.", "١٢.". */
const PARAGRAPH_NUMBER = /^\s*(?:\p{L}{0,3}-?[\d٠-٩]+(?:\.[\d٠-٩]+)*|[IVX]+)[.)]?\s*$/u;

/**
 * "8. Vecteurs.", "Armas químicas.": a run-in title that sets the topic of what follows. So is a longer line with no
 * closing stop that gives its operative paragraph by code ("OP2: nuclear, chemical and biological weapons", "ضوابط
 * التصدير والنقل العابر (الفقرة 3 (د))"): a sentence does not cite the paragraph it is filed under.
 */
function isShortTitle(unit: TextUnit, units: readonly TextUnit[]): boolean {
  const text = unit.text;
  // A run-in title with its stop ("4.3 Biological weapons.") opens its paragraph: a short sentence further on ("No specific
  // legislation yet exists.") goes on with it. Heading lines the reader glued into one block have no stop.
  // A paragraph's number cut off as a unit of its own ("E2." before "Physical protection.") opens it as well.
  const before = units[unit.index - 1];
  const numberApart = before?.paragraph === unit.paragraph && PARAGRAPH_NUMBER.test(before.text);
  // So does a line that ends with a colon after a sentence of its paragraph ("… entró en vigor el Decreto 12-2025. Conforme a
  // esa ley:", "… 已生效。根据该法："): it leads into the list under it, which stays in the section the paragraph is in.
  if (before?.paragraph === unit.paragraph && !numberApart && /[.。:：]\s*$/u.test(text)) return false;
  const body = text.replace(/^\s*[\dIVXivx]+(?:\.\d+)*[.)]?\s*|^\s*\(?[a-z]\)\s*/u, '').replace(/[.:：。]$/u, '').trim();
  // Chinese has no spaces between words: count characters instead. A Chinese sentence ends with "。" as a title may; a
  // numbered one of a few characters with its paragraph going on after it ("5. 罚则。" and the penalties) is the title.
  const numbered = numberApart || /^\s*\d+(?:\.\d+)*[.)、]/u.test(text);
  const goesOn = units[unit.index + 1]?.paragraph === unit.paragraph;
  if (/[。；]$/u.test(text)) return /[。]$/u.test(text) && numbered && goesOn && /[\u4E00-\u9FFF]/u.test(body) && body.length <= 8;
  // A longer one with no closing stop that gives its paragraph by code ("二、禁止非国家行为者获取大规模杀伤性武器（决议第2段）") is the
  // section's title as in the other languages: counted in characters, as a title of twelve words is.
  if (/[\u4E00-\u9FFF]/u.test(body)) return body.length <= 12 || (body.length <= 60 && OP_CODE.test(fold(body)));
  // Counted up to 13: only "twelve or fewer" and "five or fewer" matter, and a unit may be a long sentence.
  const words = body.split(/\s+/u, 13).length;
  if (words <= 12 && !/[.!?;؛؟]$/u.test(text.trim()) && OP_CODE.test(fold(body))) return true;
  return body.length > 0 && body.length <= 50 && words <= 5;
}

/**
 * A numbered paragraph's run-in title before a colon ("9. Accounting, securing and physical protection (a) and (b): …",
 * "10. 出口管制：《…法》…", where the full-width colon needs no space after it): it names the topic, it states nothing.
 */
const RUN_IN_TITLE = /^\s*[\d٠-٩]+(?:\.[\d٠-٩]+)*[.)-]?\s*[^:：\n]{3,140}(?::\s+|：\s*)(?=\S)/u;

/** The run-in title a unit opens with, if there is one short enough to be a title (fourteen words at most). */
export function runInTitle(text: string): string | undefined {
  const title = RUN_IN_TITLE.exec(text)?.[0];
  return title !== undefined && title.trim().split(/\s+/u).length <= 14 ? title : undefined;
}

/** The elements a paragraph's run-in title names. */
function runInTitleElements(text: string): MatrixElement[] {
  const title = runInTitle(text);
  return title === undefined ? [] : elementsIn(masked(fold(title)), { heading: true });
}

/** The sentences of a table's cell: a stop before a capital (Arabic has none: any letter of its script), or after "。！？". */
const CELL_SENTENCE_END = /(?<=[.!?؟])\s+(?=[\p{Lu}\u0621-\u064A])|(?<=[。！？])(?=\S)/u;
const sentencesOf = (cell: string): string[] => cell.split(CELL_SENTENCE_END);

function clausesOf(text: string): string[] {
  // The title is left out of the clauses; a clause that names nothing still takes the elements of its whole sentence, the title's among them.
  // A Chinese title glued to its sentence ("6. 资助和协助：《刑法典》…") stays in it: it may be the sentence's only word for its topic.
  const title = runInTitle(text);
  const body = title !== undefined && /\s$/u.test(title) ? text.slice(title.length) : text;
  return withConcessionApart(body).flatMap((part) => part.split(CLAUSE_BREAK)).filter((c) => c && c.trim().length > 3);
}

/** A clause opening with a concession: "Although …", "Si bien …", "Bien que …", "Хотя …", "虽然……", "رغم أن …" (after a row's number). */
const CONCESSION_OPENS = /^\s*(?:[\d٠-٩]{1,3}[.)]\s+|\(?[a-z]\)\s+)?(?:although|though|even though|whilst|while|despite the fact that|bien que|quoique|même si|si bien|aunque|aun cuando|pese a que|a pesar de que|хотя|несмотря на то,? что|虽然|尽管|(?:و)?(?:على الرغم من|رغم|مع) [أاإ]ن)\s*/iu;

/**
 * A concession granted before the main clause is a statement of its own ("Although the 2017 Act makes the use of chemical
 * weapons an offence, no such provision exists yet for biological weapons"): what it grants is in force, what the main
 * clause denies is missing. The main clause starts at the comma after which the sentence turns to the lack; a comma inside a
 * list ("manufacture, acquisition, storage and use") turns nothing and is passed over. A concession that admits a lack itself
 * is left whole, and so is one that grants a treaty and names no law ("Although bound by the Convention, no law gives effect to
 * it"): the lack is of the law implementing that treaty, read with its name.
 */
function withConcessionApart(clause: string): string[] {
  const opener = CONCESSION_OPENS.exec(clause);
  if (!opener) return [clause];
  const comma = /[,，،]\s*/gu;
  comma.lastIndex = opener[0].length;
  for (let match = comma.exec(clause); match; match = comma.exec(clause)) {
    const granted = clause.slice(0, match.index);
    const rest = clause.slice(match.index + match[0].length);
    const next = rest.split(/[,，،]/u)[0]!;
    if (!GAP_CUE.test(fold(next))) continue;
    const grantedFolded = fold(granted);
    const grantsTreaty = masked(grantedFolded) !== grantedFolded && !LAW.test(masked(grantedFolded));
    return GAP_CUE.test(grantedFolded) || grantsTreaty ? [clause] : [granted, rest];
  }
  return [clause];
}

/**
 * A row's number glued to its first cell ("3 Поправки в Уголовный кодекс …", "12. Draft amendments to the Penal Code"), as a
 * reader may leave it: it numbers the row, not the law the cell names.
 */
export const withoutRowNumber = (cell: string): string => cell.replace(/^\s*[\d٠-٩]{1,3}[.)]?\s+(?=\D)/u, '');

/** The operative paragraph an element belongs to: "op2", "op3d" ("op3d.penalties"), "op1". */
const operativeParagraph = (element: MatrixElement): string => element.split('.')[0]!;

function weaponFor(element: MatrixElement, folded: string): Weapon {
  if (element.startsWith('op2.') && element !== 'op2.financing') return element.slice(4) as Weapon;
  const weapons = weaponsIn(folded);
  return weapons.length === 1 ? weapons[0]! : 'all';
}

/**
 * Penalties stated under an export-control heading by a sentence that names no element ("Les infractions à cette loi
 * sont punies d'un emprisonnement …", "Las infracciones se sancionan con multas …"): they punish breaches of that
 * control, so they are its penalties, not its licensing. So are those a sentence states right after the one of its
 * paragraph that states the export control in force (`before`: "… somete a licencia la exportación … Sus artículos 45 a
 * 47 castigan las infracciones", "…实行许可证管理。违反该法的，依照第41条处以罚款或监禁。"), under whatever heading.
 */
function penaltiesOfSection(section: MatrixElement[], folded: string, before: () => readonly MatrixElement[]): MatrixElement[] {
  const named = penaltiesOrServicesNamed(folded);
  if (named.length === 0) return section;
  if (!section.includes('op3d.export_control')) return before().includes('op3d.export_control') ? named : section;
  return [...new Set(section.flatMap((e) => (e === 'op3d.export_control' ? named : [e])))];
}

/**
 * The penalties and the funds and services a text names, with or without the exports they attach to. The funds and services
 * a sentence names under export controls ("el artículo 22 somete a autorización la prestación de servicios de financiamiento,
 * seguro y transporte vinculados a dichas operaciones") are those of the exports it controls, as its penalties are; a clause
 * that names both ("it is to cover related financing and transport services and to set penalties") speaks of both.
 */
function penaltiesOrServicesNamed(folded: string): MatrixElement[] {
  return [...(PENALTY.test(folded) ? ['op3d.penalties' as const] : []), ...(FINANCING_SERVICES.test(folded) ? ['op3d.financing_services' as const] : [])];
}

/** What a clause names of the export control its sentence is about: its penalties or services alone, where it names them. */
function penaltiesOfSentence(sentence: MatrixElement[], folded: string): MatrixElement[] {
  const named = sentence.includes('op3d.export_control') ? penaltiesOrServicesNamed(folded) : [];
  return named.length > 0 ? named : sentence;
}

/** The elements a document's tables give a row of their own: what each row's label (its first cell with letters) names. */
function elementsWithRows(units: readonly TextUnit[], labelElementsOf: (label: string) => MatrixElement[]): Set<MatrixElement> {
  const found = new Set<MatrixElement>();
  for (const unit of units) {
    if (!TABLE_ROW.test(unit.text)) continue;
    const label = unit.text.split(TABLE_ROW).find((cell) => /\p{L}/u.test(cell));
    if (label !== undefined && label.length <= 120) for (const e of labelElements(fold(label), labelElementsOf)) found.add(e);
  }
  return found;
}

/** Each element's own words, to be counted (global copies of `ELEMENT_CUES`, made once). */
const CUE_TERMS = new Map<string, RegExp>();

/** How many distinct words of an element's own vocabulary a text names it by ("biosafety and biosecurity": two). */
function termsNaming(element: MatrixElement, folded: string): number {
  const cue = (ELEMENT_CUES as Partial<Record<MatrixElement, RegExp>>)[element];
  if (cue === undefined) return 0;
  let terms = CUE_TERMS.get(element);
  if (terms === undefined) CUE_TERMS.set(element, (terms = new RegExp(cue.source, 'gu')));
  return new Set([...folded.matchAll(terms)].map((m) => m[0])).size;
}

/**
 * Whether a text names an element by its own words, not as another element's subject in other words: two words of its
 * vocabulary, or, for OP3(d)'s services, their name with the exports they serve ("services related to exports", "servicios
 * conexos a las exportaciones", "与出口有关的资金和服务").
 */
function namesByOwnWords(element: MatrixElement, folded: string): boolean {
  return termsNaming(element, folded) >= 2 || (element === 'op3d.financing_services' && FINANCING_SERVICES.test(folded) && EXPORT_OR_CUSTOMS.test(folded));
}

export interface MatrixReading {
  matrix: MatrixFinding[];
  gaps: MatrixElement[];
}

/**
 * A row of a table of needs without its help cell: what the row asks ("Advice on establishing a national register",
 * "مساعدة قانونية في صياغة أحكام") names a need, not a measure, while its other cells (the area, what is in place) are read.
 * The row stays a row: a label left alone keeps an empty cell beside it.
 */
function withoutHelpCell(unit: TextUnit, helpCell: string | undefined): TextUnit {
  if (helpCell === undefined) return unit;
  const cells = unit.text.split(TABLE_ROW).map((c) => c.trim());
  const at = cells.lastIndexOf(helpCell.trim());
  if (at < 0) return unit;
  const rest = cells.filter((_, k) => k !== at);
  const text = rest.length > 1 ? rest.join('\t') : `${rest[0] ?? ''}\t`;
  return { ...unit, text, folded: fold(text) };
}

/**
 * A request's sentence that states, in a clause of its own, what is in force under a law cited by its number ("Terrorist
 * financing is an offence under Law No. 262 of 2012, so the help requested concerns only export-related controls"): that
 * clause is read as a statement, the clause that asks is not. Undefined where no clause asks nothing and cites such a law.
 */
function statedBesideRequest(unit: TextUnit): TextUnit | undefined {
  const all = clausesOf(unit.text);
  // An item of a list of needs ("(a) drafting of the law referred to in paragraph 2.2") asks with the line above it: no
  // clause of its own asks, and none states what is in force.
  if (all.length < 2 || !all.some((clause) => REQUEST_CUE.test(fold(clause)))) return undefined;
  const clauses = all.filter((clause) => {
    const folded = fold(clause);
    return !REQUEST_CUE.test(folded) && !GAP_CUE.test(folded) && !PLANNED_ACTION.test(folded.trim()) && MEASURE_CUE.test(folded) && citesNumberedLaw(masked(folded));
  });
  if (clauses.length === 0) return undefined;
  const text = clauses.join('; ');
  return { ...unit, text, folded: fold(text) };
}

/** A column head that asks whether help is needed or names the help: "¿Requiere asistencia?", "Assistance needed", "是否需要援助". */
const HELP_HEAD = anyOf([
  '<(assistance|support|help)>', '<(aide|appui)>', '<(asistencia|apoyo|ayuda)>', '<(помощ|содейств)', '援助', '协助', '<(ال)?مساعد',
]);
const asksAboutHelp = (folded: string): boolean => folded.split(/\s+/u).length <= 6 && HELP_HEAD.test(folded);

/** A row's cells as read, without those in the given columns and without the help cell a table of needs gave it. */
function withoutCells(unit: TextUnit, cells: readonly string[], columns: ReadonlySet<number>, helpCell: string | undefined): string[] {
  const helpAt = helpCell === undefined ? -1 : cells.map((c) => c.trim()).lastIndexOf(helpCell.trim());
  const kept = cells.filter((_, i) => !columns.has(i) && i !== helpAt);
  return kept.length > 0 ? kept : unit.text.split(TABLE_ROW);
}

export interface MatrixOptions {
  paged: boolean;
  /** Units that ask for help: not evidence of measures in force. */
  skip: ReadonlySet<number>;
  /** The help cell of each row of a table of needs, by the row's unit. */
  helpCells?: ReadonlyMap<number, string>;
  /** What a request's own clause states missing, by the request's unit (see `AssistanceReading.lacksStated`). */
  lacksStated?: ReadonlyMap<number, readonly MatrixElement[]>;
  /** The author state and the text's language: a sentence that names only another state describes that state's measures. */
  ownState?: string | null;
  language?: string;
}

export function readMatrix(units: readonly TextUnit[], options: MatrixOptions): MatrixReading {
  const present = new Map<MatrixElement, MatrixFinding>();
  const gaps = new Set<MatrixElement>();
  /** Elements some sentence stating a measure names itself (not only the heading above it). */
  const named = new Set<MatrixElement>();
  /** Elements stated as a gap, or as a measure, inside the section whose heading names them. */
  const gapInOwnSection = new Set<MatrixElement>();
  /**
   * Where each element is stated in force by running text (whether by citing a law, and in the section of its operative
   * sub-paragraph), and where it is stated missing. A table's marked row stands whatever the prose around it says.
   */
  const statedInForce: { element: MatrixElement; unit: number; paragraph: number; citesLaw: boolean; unnumberedInSentence: boolean; ownSection: boolean; capacityOnly: boolean; powerOnly: boolean }[] = [];
  /** `reachStops`: the sentence of the lack says what the law reaches, and that is none of the weapons ("covers only firearms and narcotics"). */
  const statedMissing: { element: MatrixElement; unit: number; paragraph: number; reachStops: boolean }[] = [];
  const markedInForce = new Set<MatrixElement>();
  // A matrix-style row says with its mark what is in place: read by its cells, not its wording.
  const labelElementsOf = (label: string) => elementsIn(masked(label), { heading: true, label: true });
  const ownRows = elementsWithRows(units, labelElementsOf);
  const contactParts = contactPartUnits(units);
  let context: MatrixElement[] = [];
  /** The topic a numbered paragraph's run-in title gives the paragraph's later sentences ("Violations are punishable …"). */
  let runIn: { paragraph: number; elements: MatrixElement[] } | undefined;
  /**
   * Paragraphs that name a law: a state's word that it gives no support to non-State actors is a
   * measure where its paragraph names the law that makes support an offence ("…no presta ningún tipo
   * de apoyo… El artículo 41 quinquies del Código Penal…"); alone, it restates the obligation.
   */
  const paragraphText = new Map<number, string>();
  for (const unit of units) paragraphText.set(unit.paragraph, `${paragraphText.get(unit.paragraph) ?? ''} ${unit.folded}`);
  const citesLaw = (paragraph: number) => LAW.test(masked(paragraphText.get(paragraph) ?? ''));
  /** Inside a table of contents, until running text starts. */
  let inContents = false;
  /** The paragraph of a table of contents written inline ("Contents: I. …; II. …"). */
  let contentsParagraph = -1;
  /** Inside a table whose header has a target-date column, until a line that is no row. */
  let planTable = false;
  /** In such a table, its baseline column counted from the right (a row's number cell may be glued to the next one), if it has one. */
  let baselineFromRight: number | undefined;
  let headerWidth = 0;
  /** The unit of that table's header. */
  let headerIndex = -1;
  /** In a table whose header names the present situation ("Baseline", "Línea de base"), that column and the header's width. */
  let situation: { at: number; width: number } | undefined;
  /** In a table whose header asks about help ("¿Requiere asistencia?", "是否需要援助"), those columns and the header's width. */
  let helpColumns: { at: ReadonlySet<number>; width: number } | undefined;
  /** What the last sentence before `unit` in its paragraph that states a measure states in force (asked only of a penalty sentence). */
  const statedBefore = (unit: TextUnit): MatrixElement[] => {
    const earlier = statedInForce.filter((m) => m.paragraph === unit.paragraph && m.unit < unit.index);
    const last = earlier.at(-1)?.unit;
    return earlier.filter((m) => m.unit === last).map((m) => m.element);
  };
  /** Where the section under the last heading starts. */
  let sectionStart = 0;
  /**
   * What the last sentence before `unit` in its section that states a measure states in force, asked of a penalty sentence that
   * names a law but none of its own elements ("Anyone who violates the provisions of the Decree-Law is punished …" in a
   * numbered paragraph of its own after the one that states the export licensing): the law it punishes breaches of.
   */
  const statedBeforeInSection = (unit: TextUnit): MatrixElement[] => {
    const earlier = statedInForce.filter((m) => m.unit >= sectionStart && m.unit < unit.index);
    const last = earlier.at(-1)?.unit;
    return earlier.filter((m) => m.unit === last).map((m) => m.element);
  };
  /** What the sentences before `unit` in its paragraph state, in force or missing (asked only of a clause on funds, services or penalties). */
  const statedEarlier = (unit: TextUnit): MatrixElement[] => [...statedInForce, ...statedMissing].filter((m) => m.paragraph === unit.paragraph && m.unit < unit.index).map((m) => m.element);
  /** An element found in force in `unit`: its evidence (two passages at most) and legal references (four). */
  const recordMeasure = (element: MatrixElement, unit: TextUnit, folded: string, references: () => string[]) => {
    const finding = present.get(element) ?? { element, weapon: weaponFor(element, folded), measure: 'yes' as const, legalReferences: [], evidence: [] };
    if (finding.evidence.length < 2) finding.evidence.push({ text: unit.text.slice(0, 300), ...(options.paged ? { page: unit.page } : {}) });
    if (finding.legalReferences.length < 4) {
      for (const ref of references()) if (finding.legalReferences.length < 4 && !finding.legalReferences.includes(ref)) finding.legalReferences.push(ref);
    }
    present.set(element, finding);
  };
  for (const unitAsRead of units) {
    let unit = withoutHelpCell(unitAsRead, options.helpCells?.get(unitAsRead.index));
    const row = TABLE_ROW.test(unit.text);
    // A header cell that a PDF wraps onto a line of its own ("Assistance" over "demandée") is still the header: the plan goes on.
    const wrappedHeaderCell = planTable && !row && units[unit.index - 1]?.index === headerIndex && unit.text.trim().split(/\s+/u).length <= 3 && !/[.!?。！？؟:：]\s*$/u.test(unit.text);
    if (wrappedHeaderCell) continue;
    if (!row) {
      planTable = false;
      situation = undefined;
      helpColumns = undefined;
    } else {
      const heads = unitAsRead.text.split(TABLE_ROW);
      const situationAt = heads.findIndex((cell) => namesPresentSituation(fold(cell).trim()));
      if (situationAt >= 0) situation = { at: situationAt, width: heads.length };
      // A table's first row is its header: the columns it heads with a question of help are read as such below.
      if (!TABLE_ROW.test(units[unit.index - 1]?.text ?? '')) {
        const helpAt = heads.flatMap((cell, i) => (asksAboutHelp(fold(cell).trim()) ? [i] : []));
        helpColumns = helpAt.length > 0 ? { at: new Set(helpAt), width: heads.length } : undefined;
      }
      if (unit.text.split(TABLE_ROW).some((cell) => TIMELINE_HEAD.test(fold(cell).trim()))) {
        planTable = true;
        headerIndex = unit.index;
        const heads = unit.text.split(TABLE_ROW);
        const at = heads.findIndex((cell) => namesPresentSituation(fold(cell).trim()));
        baselineFromRight = at >= 0 ? heads.length - 1 - at : undefined;
        headerWidth = heads.length;
        continue;
      }
    }
    // A contacts section or form gives posts and agencies: no measure, and no topic for what follows it.
    if (contactParts.has(unit.index)) {
      context = [];
      runIn = undefined;
      continue;
    }
    if (CONTENTS_HEADING.test(unit.folded.trim())) {
      inContents = true;
      continue;
    }
    if (INLINE_CONTENTS.test(unit.folded.trim())) contentsParagraph = unit.paragraph;
    if (unit.paragraph === contentsParagraph) continue;
    if (inContents && isRunningText(unit)) inContents = false;
    // An entry of the contents names a topic; the headings among them still set the context.
    if (inContents && !unit.heading) continue;
    if (!row && (unit.heading || isShortTitle(unit, units))) {
      // A heading that names no element by its words may name it by its paragraph ("VI. Operative paragraph 3 (d)").
      const headingFolded = masked(unit.folded);
      const namedByWords = elementsIn(headingFolded, { heading: true });
      context = namedByWords.length > 0 || !NAMES_ONE_PARAGRAPH(headingFolded) || TREATIES_NAMED.test(headingFolded) ? namedByWords : labelElements(headingFolded, () => []);
      sectionStart = unit.index;
      continue;
    }
    // A paragraph titled "10. Export controls: …" is that section for its later sentences, as a heading would make it.
    if (!row && units[unit.index - 1]?.paragraph !== unit.paragraph) {
      const titled = runInTitleElements(unit.text);
      runIn = titled.length > 0 ? { paragraph: unit.paragraph, elements: titled } : undefined;
    }
    const section = runIn?.paragraph === unit.paragraph ? runIn.elements : context;
    if (options.skip.has(unit.index)) {
      for (const element of options.lacksStated?.get(unit.index) ?? []) gaps.add(element);
      const stated = row ? undefined : statedBesideRequest(unit);
      if (stated === undefined) continue;
      unit = stated;
    }
    // Under a table's column of the present situation, "no change" in another column ("COIP, art. 301 | Sin cambios" under the
    // target) says that nothing is to be done: the situation's cell says what is in place.
    const asRead = situation && row ? unitAsRead.text.split(TABLE_ROW) : [];
    const noChange = NO_CHANGE_CUE.test(situation && asRead.length === situation.width ? fold(asRead[situation.at]!) : unit.folded);
    // In a reply to a draft matrix, "Correct, no change" beside the draft's mark and its law confirms the entry: the row's mark says
    // what is in place.
    const confirmsEntry = noChange && row && readMarkedRow(unit.text.split(TABLE_ROW), labelElementsOf)?.status === 'measure';
    if (RESTATEMENT_CUE.test(unit.folded) || (noChange && !confirmsEntry) || GRATITUDE_CUE.test(unit.folded) || RESPONSIBILITY_MOVED.test(unit.folded)) continue;
    // A need said to be met ("officials attended a workshop on export control; this training need has been met") reports help
    // that came, not what is in force: unless it cites the law by its number, the sentence says nothing of the measure.
    if (!row && NEED_MET.test(unit.folded) && !citesNumberedLaw(masked(unit.folded))) continue;
    // A question (the Committee's, quoted before the state's answer: "¿Dispone Guatemala de un sistema de licencias …?") asks
    // what is in place; the answer after it says.
    if (QUESTION.test(unit.text)) continue;
    // A line with an e-mail address or a contact's telephone, or one that opens with a person and the post, is a contact
    // or signature line: a job title is not a measure.
    if ((unit.text.includes('@') && E_MAIL.test(unit.text)) || givesContactDetails(unit.text) || opensWithPerson(unit.text)) continue;
    const unitMasked = maskedWithReferents(unit.folded);
    // So is a sentence on what a titled person does, unless it cites the law that person applies.
    if (hasTitledPersonAsSubject(unit.text) && !LAW.test(unitMasked)) continue;
    // A matrix-style row says with its mark what is in place: read by its cells, not its wording.
    // What a cell's clause states in force or missing, read as a statement.
    const statedIn = (folded: string, gap: boolean) => elementsIn(masked(folded), { gap });
    // A last cell that starts like an instruction ("Draft before Cabinet") is a stage, not an action plan's action.
    const rowCells = row ? unit.text.split(TABLE_ROW) : [];
    // A yes or no under a column that asks about help ("是否需要援助 | 否") answers that question, not whether the measure exists:
    // the row's mark and law are read from its other cells.
    const asReadCells = helpColumns && row ? unitAsRead.text.split(TABLE_ROW) : [];
    const markCells = helpColumns && asReadCells.length === helpColumns.width ? withoutCells(unit, asReadCells, helpColumns.at, options.helpCells?.get(unitAsRead.index)) : rowCells;
    const marked = row
      ? readMarkedRow(markCells, labelElementsOf, statedIn) ?? readLabelledRow(markCells, labelElementsOf, (cell, last) => isDateCell(cell) || (!last && PLANNED_ACTION.test(fold(cell))), statedIn)
      : null;
    if (marked) {
      if (marked.status === 'gap') {
        for (const element of marked.elements) gaps.add(element);
        // A cell of the row that says what else of its paragraph is missing ("Export controls | no licensing system …; nor
        // any controls on the financing or transport services connected with such exports") names those gaps as well. What
        // it names of another paragraph is the row's subject in other words ("OP2 biological | No | draft law on biosafety").
        const paragraphs = new Set(marked.elements.map(operativeParagraph));
        for (const cell of rowCells.slice(1)) {
          const cellFolded = masked(fold(cell));
          if (!GAP_CUE.test(cellFolded)) continue;
          // Unless the remark names the other element by two of its own words ("draft biosafety and biosecurity law"), or the
          // services by their name with the exports they serve ("nor on the services related to exports"), in a table that gives it
          // no row of its own: the remark is then all the table says of it.
          for (const element of elementsIn(cellFolded, { gap: true })) {
            if (paragraphs.has(operativeParagraph(element)) || (!ownRows.has(element) && namesByOwnWords(element, cellFolded))) gaps.add(element);
          }
        }
      }
      for (const element of marked.missing ?? []) gaps.add(element);
      for (const element of [...(marked.status === 'measure' ? marked.elements : []), ...(marked.inForce ?? [])]) {
        named.add(element);
        markedInForce.add(element);
        recordMeasure(element, unit, unitMasked, () => legalReferencesIn(marked.rest));
      }
      continue;
    }
    // A row's first cell, where it is a short label ("OP2 – armas químicas", "OP3 d) – fondos y servicios conexos"), names
    // the row's subject as a heading does: the cells beside it ("Vigente: Ley N.° 8855, arts. 5 a 12") need not name it again.
    // A label that names a treaty is a row of a treaty table (its status and year), not an element's.
    const labelCell = row ? fold(rowCells[0] ?? '').trim() : '';
    // A first cell that starts with an instruction ("Complete the national register", "修订刑法") is the plan's action.
    const isLabel = labelCell !== '' && masked(labelCell) === labelCell && labelCell.split(/\s+/u).length <= 10 && !PLANNED_ACTION.test(labelCell);
    const rowSubject = isLabel ? labelElements(labelCell, labelElementsOf) : [];
    const namedInForce = [...new Set([...elementsIn(unitMasked), ...rowSubject])];
    // A row of a table whose header has a target-date column names what is to be done ("Prepare a Biological Weapons Bill |
    // Ministry of Health | June 2028"): what it names is read as a gap is, where it names nothing as a statement in force
    // would. (A year beside a treaty's status is no such column: "КБТО | участник | 2005".)
    const unitElements = namedInForce.length === 0 && row && planTable ? elementsIn(unitMasked, { gap: true }) : namedInForce;
    /**
     * Proliferation financing named under export controls (the section's heading, or the row's label: "controls on funds
     * and services related to exports") is the control of funds related to exports, not OP2's financing offence.
     */
    const exportSection = [...section, ...unitElements].some((e) => e.startsWith('op3d.'));
    const financingAsExportService = (elements: MatrixElement[], folded: string): MatrixElement[] => {
      if (!exportSection || !elements.includes('op2.financing') || !PROLIFERATION_FINANCING.test(folded)) return elements;
      if (ELEMENT_CUES['op2.financing'].test(folded.replace(PROLIFERATION_FINANCING, ' '))) return elements;
      return [...new Set(elements.map((e): MatrixElement => (e === 'op2.financing' ? 'op3d.financing_services' : e)))];
    };
    const plannedAction = PLANNED_ACTION.test(unit.folded);
    // A table row names its own subject in its cells: one that names no element (a lead agency and
    // a timeline, a wrapped fragment of a cell) takes nothing from the heading above the table.
    if (row && unitElements.length === 0) continue;
    // A row is read cell by cell, as one statement. In an action plan's row ("area | situation |
    // action to take | lead | timeline") the cell that starts with an instruction is a plan, and the
    // other cells say nothing in force unless they name an element; a cell that says the measure
    // is missing or drafted ("Draft law under preparation") makes what the row names a gap.
    const cells = row ? rowCells : [unit.text];
    const gapRow = row && cells.some((cell) => GAP_CUE.test(masked(fold(cell))));
    // A row with a cell that is only a date is a line of a schedule (an action and its target
    // date): what it names is to be done, whatever verb starts the action.
    const scheduledRow = row && (planTable || cells.some(isDateCell));
    const planRow = gapRow || scheduledRow || (row && cells.some((cell) => PLANNED_ACTION.test(fold(cell))));
    // In a schedule row only a cell that cites a law or says it is in force describes what exists
    // (a baseline column); the others are the action to take. A cell under the header's baseline column says so by its place.
    // Counted on the row as read, against the header: a help cell left out of the row ("¿Asistencia? | No") stood in a column the
    // header counts, and the baseline left of it is one further from the right than in the row without it.
    const readCells = unit === unitAsRead ? cells : unitAsRead.text.split(TABLE_ROW);
    const helpAt = unit === unitAsRead ? -1 : readCells.map((c) => c.trim()).lastIndexOf((options.helpCells?.get(unitAsRead.index) ?? '').trim());
    const baselineAsRead = planTable && baselineFromRight !== undefined && readCells.length >= headerWidth - 1 && readCells.length <= headerWidth ? readCells.length - 1 - baselineFromRight : -1;
    const baselineAt = helpAt >= 0 && helpAt < baselineAsRead ? baselineAsRead - 1 : baselineAsRead;
    // Where the header names that column, a law cited in another cell is the one the plan will write or amend ("Reforma del
    // Código Penal (Ley N.º 641)" under the target): only the label and the baseline say what is in place.
    const scheduled = (cell: string, i: number) => scheduledRow && i !== baselineAt
      && ((baselineAt > 0 && i > 0) || (legalReferencesIn(cell).length === 0 && !IN_FORCE.test(fold(cell))));
    // In a row whose situation cell also admits a lack ("register kept under arrêté n° 19-044, article 5; no rule on the
    // protection of disused sources yet adopted"), a clause of it that cites a law by its number and admits nothing states
    // what exists: the lack is its other clause's. A law named without a number is the one to draft or amend.
    const citesLawInForce = (clause: string) => {
      const folded = masked(fold(withoutRowNumber(clause)));
      return citesNumberedLaw(folded) && !GAP_CUE.test(folded);
    };
    // A cell may say several things in sentences of its own ("The Chemical Weapons Convention Act 2011 makes it an offence …
    // There is no offence covering biological weapons."): each is read apart, as the sentences of running text are.
    const clauses = cells.flatMap((cell, i) => (row ? sentencesOf(cell) : [cell]).flatMap(clausesOf).map((clause) => ({
      clause, label: i === 0 && rowSubject.length > 0,
      planned: plannedAction || (gapRow && !citesLawInForce(clause)) || scheduled(cell, i) || (row && PLANNED_ACTION.test(fold(cell))),
    })));
    // What the sentence's gap clauses name themselves: a clause of it that names nothing and states a measure
    // ("Customs officers at the ports, however, have no equipment … no training on strategic goods") is not about those.
    // Each clause folded, its polarity and, for a gap, what it names: read once, used twice.
    const readings = clauses.map(({ clause, label, planned }) => {
      // The clause folded once, and masked only where its sentence names a treaty: one that names none has none in its clauses.
      const whole = clauses.length === 1 && clause === unit.text;
      const plain = whole ? unit.folded : fold(clause);
      const folded = whole ? unitMasked : unitMasked === unit.folded ? plain : maskedWithReferents(plain);
      const gap = planned || GAP_CUE.test(folded);
      // A missing law that would implement a convention is missing for the convention's weapon: read the name unmasked.
      const implementingLaw = gap && plain !== folded && IMPLEMENTING_LAW.test(plain);
      // A clause on a treaty ("acceded to the NPT in 1976", "accession to the CPPNM is under consideration") that names
      // no element or law itself states the treaty's status, which the treaty list reads: not the section's measure or
      // gap. A law that implements the treaty ("Ley N° 25.450, de aplicación de la Convención…") is a measure.
      // So is a clause of such a sentence that names no treaty, element or law ("…; accession to these instruments is under consideration").
      const treatyStatus = (unitMasked !== unit.folded && !LAW.test(folded) && (folded !== plain || elementsIn(folded, { gap }).length === 0)) || TREATY_ENACTED.test(plain);
      return { clause, label, folded, gap, treatyStatus, gapElements: !gap ? [] : implementingLaw ? gapsOfImplementingLaw(plain) : elementsIn(folded, { gap: true }) };
    });
    // A row's label names its subject, not what is missing: a schedule's label is read as a plan, yet the law in force
    // beside it ("OP2 – armas químicas | Vigente: Ley N.° 8855 | Actualizar las listas | … | 2025") is that subject's measure.
    const namedAsGaps = new Set(readings.length > 1 ? readings.flatMap((r) => (r.label ? [] : r.gapElements)) : []);
    // A section is its operative sub-paragraph's: under "Export controls (3 (d))" the penalties and services of 3 (d) are at home.
    const inOwnSection = (element: MatrixElement) => section.some((e) => e === element || (e.startsWith('op3') && operativeParagraph(e) === operativeParagraph(element)));
    /** Whether the sentence describes another state's own law: asked once, and only of a sentence that states a measure. */
    let aboutAnotherState: boolean | undefined;
    /** What a gap clause states missing. */
    const lacking = ({ folded, treatyStatus, gapElements }: (typeof readings)[number]): MatrixElement[] => {
      let elements = gapElements;
      // A clause that names nothing ("…; the rules are being drafted") continues its sentence: what the
      // sentence is about, read as a gap ("no control of services related to exports" is no licensing gap).
      // Funds, services or penalties it names without their exports ("No law controls financial or shipping services connected
      // with such transfers") are those of the export control its paragraph has spoken of before, as stated in force.
      // So are the penalties or services a clause names alone in a sentence whose other words name the export control ("A Bill,
      // which would set up a licensing system, is being drafted; there are at present no penalties for such violations"): the
      // clause says what of that control is missing, not the rest of its sentence.
      if (elements.length === 0) {
        elements = unitElements.length ? penaltiesOfSentence(elementsIn(unitMasked, { gap: true }), folded) : penaltiesOfSection(treatyStatus ? [] : section, folded, () => statedEarlier(unit));
      }
      if (elements.length === 0) elements = unitElements;
      return financingAsExportService(elements, folded);
    };
    const lackOf = readings.map((r) => (r.gap ? lacking(r) : []));
    // A clause of the sentence that confines a law to goods none of which is a weapon of the resolution ("The schedule covers
    // only firearms, narcotic drugs and ozone-depleting substances; no dual-use item is listed"): the law stated before it
    // reaches nothing the lack is about.
    const reachStops = !row && lackOf.some((l) => l.length > 0) && readings.some((r) => !r.gap && ONLY_SO_FAR.test(r.folded) && weaponsIn(r.folded).length === 0);
    const lacks = new Set(lackOf.flat());
    for (const [k, { clause, folded, gap, treatyStatus }] of readings.entries()) {
      const sectionElements = treatyStatus ? [] : section;
      if (gap) {
        for (const e of lackOf[k]!) {
          gaps.add(e);
          statedMissing.push({ element: e, unit: unit.index, paragraph: unit.paragraph, reachStops });
          if (inOwnSection(e)) gapInOwnSection.add(e);
        }
        continue;
      }
      let elements = folded === unitMasked ? unitElements : elementsIn(folded);
      // In a plan's row, a cell that states what is in force (not the action) speaks of the row's labelled subject.
      if (elements.length === 0 && planRow && rowSubject.length === 0) continue;
      // Another's offer ("the offer of … to provide a legal adviser") names what it would help with, not what exists.
      // So does the state's own offer to share its experience: it cites no law by its number, and states nothing in force.
      if ((elements.length === 0 && unitElements.length === 0 || !(citesNumberedLaw(unitMasked) || legalReferencesIn(unit.text).length > 0)) && OFFER_CUE.test(unit.folded)) continue;
      const fromSection = elements.length === 0 && unitElements.length === 0;
      const lawBefore = () => {
        const inParagraph = statedBefore(unit);
        return inParagraph.length > 0 || !LAW.test(folded) ? inParagraph : statedBeforeInSection(unit);
      };
      if (elements.length === 0) elements = unitElements.length ? unitElements.filter((e) => !namedAsGaps.has(e)) : penaltiesOfSection(sectionElements, folded, lawBefore);
      // OP1 is a law's ban on support: a sentence under its heading that names nothing and cites no law (who prepared the
      // report, a state's word that it gives no support) describes no such ban.
      if (fromSection && !LAW.test(folded)) elements = elements.filter((e) => e !== 'op1');
      // A clause that says a law reaches only so far ("The Biosecurity Act deals only with quarantine at the border; it does not
      // apply to pathogens") beside the lack its sentence states draws the lack's edge: no measure for what the lack is about.
      if (lacks.size > 0 && ONLY_SO_FAR.test(folded)) elements = elements.filter((e) => !lacks.has(e));
      // A law said to reach only some of the weapons ("Section 12 applies to nuclear and radioactive material only", "ne vise que
      // les armes nucléaires") states that the others are outside it: under a heading that names them, it is their gap.
      const confinedTo = ONLY_SO_FAR.test(folded) && !NOT_ONLY.test(folded) ? weaponsIn(folded) : [];
      if (confinedTo.length > 0) {
        const outside = elements.filter((e) => OP2_WEAPONS.has(e) && !confinedTo.some((w) => e === `op2.${w}`));
        for (const e of outside) gaps.add(e);
        elements = elements.filter((e) => !outside.includes(e));
      }
      // A risk the state sees ("its shipping registry could be misused by non-State actors") describes no measure, unless the
      // clause cites the law that meets it.
      if (RISK_CUE.test(folded) && !LAW.test(folded)) continue;
      if (elements.length === 0) continue;
      elements = financingAsExportService(elements, folded);
      // Under the OP1 heading, a law that forbids giving support names whom it may not go to as it likes ("un appui à une
      // personne ou à un groupement qui cherche à … acquérir … des armes", "apoyo a agentes no estatales que traten de
      // desarrollar, adquirir …"): the acts those seek are what the support would serve, and the ban is OP1's.
      // The weapons and means of delivery those persons seek ("добивающимся приобретения оружия массового уничтожения или
      // средств его доставки") describe them: the law bans no such act itself.
      if (section.includes('op1') && !elements.includes('op1') && SUPPORT_WORD.test(folded) && PROHIBITION.test(folded)) {
        elements = ['op1', ...elements.filter((e) => !OP2_WEAPONS.has(e))];
      }
      const isMeasure = MEASURE_CUE.test(folded) || (elements.includes('op1') && !GAP_CUE.test(folded) && citesLaw(unit.paragraph));
      if (!isMeasure) continue;
      // Another state's law or practice (presented at a workshop, taken as a model) is in force there, not at home.
      if ((aboutAnotherState ??= describesAnotherStatesLaw(unitMasked, options.language ?? "", options.ownState))) continue;
      if (!fromSection) for (const element of elements) named.add(element);
      let references: string[] | undefined;
      for (const element of elements) {
        // A table's row has its own reading of the law beside the lack (a schedule's baseline cell, a cell that cites the law).
        const unnumberedInSentence = !row && !/\p{N}/u.test(folded);
        const citesLawHere = LAW.test(folded);
        statedInForce.push({ element, unit: unit.index, paragraph: unit.paragraph, citesLaw: citesLawHere, unnumberedInSentence, ownSection: inOwnSection(element), capacityOnly: !row && !citesLawHere && CAPACITY_BUILDING.test(folded), powerOnly: !row && POWER_TO_ACT.test(folded) });
        recordMeasure(element, unit, folded, () => (references ??= legalReferencesIn(clause)));
      }
    }
  }
  // A statement that cites no law is outweighed by the lack its paragraph has stated before it ("There is no licensing
  // system for dual-use goods. Exports of such goods leave under the general customs procedure."): what the paragraph
  // goes on to say is how things go without the measure.
  // So is one that names a law without its number, where its own sentence goes on to admit the lack ("The Trade Act licenses
  // certain listed goods, but dual-use items are not licensed"): as in a table's row, the law named without a number is not
  // the measure the lack is about. One that cites the law by its number ("under sections 40 to 45 of the Customs Act") stands.
  // And so is any that a later sentence of its paragraph confines to goods that are none of the weapons, while stating the lack.
  // Training, a workshop or equipment received is capacity, no law: where its paragraph states the element missing, before
  // or after, it is what the state has without the measure ("officers attended a course …; no regulation has been issued").
  // (Cited per element: the statement's own law, if it cites one, stands.)
  // A law that only lets an official make the ban ("allows the Minister to prohibit exports by notice") beside the lack its
  // paragraph states, before or after, is a power not yet used: the lack says what is in force.
  const outweighed = (m: (typeof statedInForce)[number]) => statedMissing.some((l) => l.element === m.element && l.paragraph === m.paragraph
    && (m.powerOnly || (l.unit < m.unit ? !m.citesLaw : l.unit === m.unit ? m.unnumberedInSentence || m.capacityOnly : l.reachStops || m.capacityOnly)));
  const standing = statedInForce.filter((m) => !outweighed(m));
  for (const element of present.keys()) {
    if (!markedInForce.has(element) && !standing.some((m) => m.element === element)) present.delete(element);
  }
  // The section a document gives an element is where it says what exists: a passing mention in
  // another section ("customs enforce export prohibitions" under border controls) does not
  // outweigh its own section saying there is no such control yet.
  for (const element of gapInOwnSection) {
    if (!standing.some((m) => m.element === element && m.ownSection)) present.delete(element);
  }
  return {
    matrix: [...present.values()].map((finding) => ({ ...finding, confidence: matrixConfidence(finding, named.has(finding.element)) })),
    gaps: [...gaps].filter((g) => !present.has(g)),
  };
}

/**
 * A first estimate, to order what people review first: an element named in the sentence that
 * states the measure is likelier than one only a heading names; a legal reference and a second
 * passage each add to it.
 */
function matrixConfidence(finding: MatrixFinding, namedInText: boolean): number {
  const score = (namedInText ? 0.6 : 0.35) + (finding.legalReferences.length > 0 ? 0.2 : 0) + (finding.evidence.length > 1 ? 0.1 : 0);
  return Math.round(score * 100) / 100;
}
