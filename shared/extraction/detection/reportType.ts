/**
 * The kind of submission, from its title and opening (where a report says what it is), in the
 * six languages. Committee documents are recognised by their own vocabulary (programme of work,
 * annual review, Chair's letter) and by the absence of a submitting state.
 */
import type { ReportType } from '../contract.js';
import { anyOf } from './textFolding.js';
import { withoutDeclinedHelp } from './statementCues.js';

/**
 * Points of contact are the purpose where they are designated, changed or replaced. Arabic writes
 * "designated" as the verb سمّى ("قد سمّت جهات الاتصال", the noun تسمية), and joins و, ب, ل to the
 * noun that follows ("بتعيين", "وتسمية"). The bare verb عيّن takes no clitic: "بعين الاعتبار" is
 * "into consideration".
 */
const DESIGNATION = anyOf([
  '<(designat|nominat|appoint|replac|chang|updat)', '<(désign|nomm|remplac|modifi|mise à jour|actualis)', '<(design|nombr|sustitu|reemplaz|cambi|actualiz)',
  '<(назнач|замен|измен|обновл|актуализ)', '指定', '任命', '替代', '接替', '更换', '变更', '更新',
  // The changes made to the list as well ("بالتعديلات التي أجرتها الحكومة على قائمة جهات الاتصال"), as "modifié" and "changed" say.
  '<عين', '<(و|ف|ب|ل)?(ال)?(تعيين|تسميه|استبدال|تغيير|تحديث|تشكيل|تعديل)', '<(و|ف)?سم(ت|ي|يت)>',
  // Contacts said to be new are the ones the document gives: "the new points of contact", "جهتا الاتصال الجديدتان".
  '<new>', '<nouve(aux?|lles?)>', '<nuev(os?|as?)>', '<нов(ый|ые|ого|ых|ым|ыми|ая|ой|ую)>', '新的', '新任', '<(ال)?جديد(ه|ان|تان|ين|تين)?>',
]);

/**
 * The sender in the genitive between a request and what it asks for (in Arabic, or the help after لـ: "طلباً للمساعدة"): "the request of the Government
 * of … for assistance", "запрос Правительства Республики … об оказании содействия", "طلب حكومة …
 * المساعدة". The covering note names its object that way. A note that itself requests puts the
 * sender there as the one it asks on behalf of: "a l'honneur de solliciter, au nom du Gouvernement
 * de …, l'assistance du Comité", "بأن تطلب باسم حكومة … مساعدة اللجنة". So does the ground it asks under, set off by
 * commas: "tiene el honor de solicitar, de conformidad con el párrafo 7 de dicha resolución, la asistencia del Comité".
 * The sender may be the state by its own name, not its Government ("طلب سلطنة عُمان …", "the request of the Kingdom of …").
 */
const SENDER_GENITIVE = {
  en: '(,? (of|from|on behalf of) [^.;:]{1,80}?,?|, [^.;:,]{1,80},)?', fr: "(,? (du |de la |de l'|de la part (du |de la |de l')|au nom (du |de la |de l'))[^.;:]{1,80}?,?|, [^.;:,]{1,80},)?",
  es: '(,? (del|de la|en nombre (del|de la)) [^.;:]{1,80}?,?|, [^.;:,]{1,80},)?',
  ru: '(,? (от имени )?[^.;:]{1,80}?,?|, [^.;:,]{1,80},)?', ar: '( (باسم )?[^.;:،]{1,80}?|، [^.;:،]{1,80}،)?',
} as const;

/**
 * What links a request to the help it asks for: "for", or a verb of obtaining ("to obtain assistance", "d'obtenir une
 * assistance", "para obtener asistencia", "о получении содействия", "获得援助", "الحصول على المساعدة").
 */
const TO_OBTAIN = {
  en: '(for|to (obtain|receive))', fr: "(d'|(pour|afin d'|visant à|en vue d') ?obtenir (une |l')?)", es: '(de|para obtener( la)?)',
  ru: '(о|об оказании|о получении)', zh: '(获得|得到)?', ar: '( (ل|ب)?(ال)?حصول على)? (ل)?',
} as const;

/**
 * The one whose help is asked, before the help where English puts it: "to request the Committee's help" (French, Spanish,
 * Russian and Arabic put it after: "l'aide du Comité", "la ayuda del Comité", "помощи Комитета", "مساعدة اللجنة"). Chinese
 * is left out: "请求委员会协助在以下领域寻找援助提供方" is as often a report's part on assistance, which its dense opening reaches.
 */
const HELPER = { en: "(the )?[a-z]+'s " } as const;

/**
 * The draft of the state's matrix, which the Committee sends it for comment ("the Committee's letter transmitting the draft
 * updated matrix", "la carta … mediante la cual se transmitió el proyecto de matriz actualizada"): a state's text that answers
 * it brings additional information. The draft is another document by its nature, transmitted by another: that does not make
 * it one the text merely refers to.
 */
const DRAFT_MATRIX = [
  '<(updated )?draft (updated )?matri(x|ces)>', '<projets? de matrice>', '<proyectos? de matriz>', '<проект[а-я]* ([а-я]+ )?матриц', '矩阵草案', 'مشروع المصفوف[ةه]',
];
const ANSWERS_DRAFT_MATRIX = anyOf(DRAFT_MATRIX);

/**
 * Resolution 1540 by its number, or as the one the sentence has named ("that resolution", "ladite résolution", "dicha
 * resolución", "указанной резолюции", "القرار المذكور"), in the six languages.
 */
const RESOLUTION_1540 = {
  en: '(resolution 1540|(that|the|this|said) resolution)>', fr: '(la résolution 1540|(ladite|cette|la même|la) résolution>)',
  es: '(la resolución 1540|(dicha|esa|esta|la misma|la) resolución>)', ru: '(резолюции 1540|(этой|данной|указанной|упомянутой) резолюции>)',
  // Arabic names the resolution the sentence has cited by the bare noun, as English says "the resolution" ("عملاً بالفقرة 7 من
  // القرار"), not one cited by another number ("من القرار 2325").
  ar: '(القرار 1540|(هذا|ذلك) القرار>|القرار (المذكور|نفسه)>|القرار>(?! ?[0-9]))',
} as const;
/** The paragraph on assistance of resolution 1540 (7) or 2663 (16), cited by number. */
const ASSISTANCE_PARAGRAPHS = [
  `<paragraph 7 of ${RESOLUTION_1540.en}`, '<paragraph 16 of resolution 2663>', `<paragraphe 7 de ${RESOLUTION_1540.fr}`, '<paragraphe 16 de la résolution 2663>',
  `<párrafo 7 de ${RESOLUTION_1540.es}`, '<párrafo 16 de la resolución 2663>', `<пункт[а-я]* 7 ${RESOLUTION_1540.ru}`, '<пункт[а-я]* 16 резолюции 2663>',
  '1540[^。，]{0,12}决议第(7|七)段', '2663[^。，]{0,12}决议第(16|十六)段',
  `<(و|ف)?(ب|ل)?(ال)?فقر(ة|ه) 7 من ${RESOLUTION_1540.ar}`, '<(و|ف)?(ب|ل)?(ال)?فقر(ة|ه) 16 من القرار 2663>',
];

const CUES: Array<[ReportType, RegExp]> = [
  ['committee_document', anyOf([
    '<programme of work>', '<program of work>', '<annual review>', '<comprehensive review>', '<the committee (will|shall) (continue|consider|hold|review)>', '<letter dated .{0,60} from the chair>',
    '<programme de travail>', '<examen annuel>', '<examen approfondi>', '<programa de trabajo>', '<examen anual>', '<программ[а-я]* работы>', '<ежегодн[а-я]* обзор', '工作方案', '年度审查', 'برنامج عمل', 'الاستعراض السنوي',
  ])],
  ['action_plan', anyOf([
    '<(national )?(implementation )?action plan>', '<nap>', "<plan d'action>", '<plan de acción>', "<plan national d'action>", '<plan nacional de acción>', '<план[а-я]* действий>', '<национальн[а-я]* план', '行动计划', '执行计划', 'خطة عمل', 'خطه عمل', 'خطة العمل',
  ])],
  ['assistance_request', anyOf([
    `<request(s)?${SENDER_GENITIVE.en} ${TO_OBTAIN.en} assistance>`, '<assistance request>', `<(requests?|requesting)${SENDER_GENITIVE.en} (the |${HELPER.en})?(assistance|help|support)>`, `<demande${SENDER_GENITIVE.fr} ${TO_OBTAIN.fr}assistance>`, `<sollicit(e|er|ant)${SENDER_GENITIVE.fr} (une |l.)?(assistance|aide|appui|soutien)>`,
    `<solicitud${SENDER_GENITIVE.es} ${TO_OBTAIN.es} asistencia>`, `<solicit(a|ar|ando)${SENDER_GENITIVE.es} (la |el )?(asistencia|ayuda|apoyo)>`,
    `<(запрос|просьб)[а-я]*${SENDER_GENITIVE.ru} ${TO_OBTAIN.ru} (помощи|содействия|содействии)>`, `<прос(ит|ить|ят)${SENDER_GENITIVE.ru} (об оказании )?(помощи|содействия|поддержки)>`, '援助请求', `请求${TO_OBTAIN.zh}(援助|协助)`, `طلب${SENDER_GENITIVE.ar}${TO_OBTAIN.ar}(المساعدة|مساعدة|الدعم|دعم)`,
    // The note's verb of transmission with the needs as what it transmits: "has the honour to submit the needs identified by …",
    // "j'ai l'honneur de vous faire part des besoins recensés", "transmitir las necesidades", "препроводить потребности",
    // "转交…需求", "تحيل … الاحتياجات". A note that conveys needs asks for help with them.
    '<(transmit|submit|present|forward|communicate|convey)(s|ting)?( to you| herewith)? (the |its |our |their )?([a-z-]+ )?needs>',
    "<(transmettre|soumettre|présenter|communiquer|faire part)( à votre attention)? (de |d')?(les |des |ses |nos |leurs )?besoins>",
    '<(transmitir|presentar|comunicar|remitir|dar a conocer)(le|les)? (las |sus |nuestras )?necesidades>', '<(препроводить|представить|сообщить|изложить)( [а-я]+){0,2} потребност',
    '(转交|提交|通报)[^。，；]{0,30}需求', '(تحيل|تقدم|تعرض|يحيل|يقدم)[^.،]{0,24} (ال)?احتياجات',
    // The paragraphs of the resolutions on assistance as the note's ground (1540 OP7, 2663 OP16): "pursuant to paragraph 7 of
    // resolution 1540 (2004)", "en application du paragraphe 7 de ladite résolution", "第1540(2004)号决议第7段", "وعملا بالفقرة 7
    // من القرار المذكور". A state's note says it writes under them when it asks for help.
    ...ASSISTANCE_PARAGRAPHS,
  ])],
  ['point_of_contact', anyOf([
    '<points? of contact>', '<contact points?>', '<point de contact>', '<points de contact>', '<punto de contacto>', '<puntos de contacto>', '<контактн[а-я]* (лиц|пункт)', '<координатор', '联络人', '联络点', 'جهة (الاتصال|اتصال)', 'جهات (الاتصال|اتصال)', 'جهت(ا|ي) (الاتصال|اتصال)', 'نقطة الاتصال', 'نقاط الاتصال',
    // Two points of contact in the dual, as two bodies are ("جهتا الاتصال"): "نقطتا الاتصال", "تعيين نقطتي الاتصال الوطنيتين".
    'نقطت(ا|ي) (الاتصال|اتصال)',
  ])],
  ['effective_practices', anyOf([
    '<effective practices?>', '<good practices?>', '<lessons learned>',
    // Resolution 2663 asks States to share their experience alongside effective practices and lessons learned.
    '<shar(e|ing) (of )?(its |their |our )?experiences?>', '<experience[- ]sharing>', "<partage (d'|des )expériences?>", '<partager (son|leur|ses|leurs|notre|nos) expériences?>', '<intercambio de experiencias>', '<compartir (su|sus|nuestra|nuestras) experiencias?>', '<обмен[а-я]* опытом>', '<подел[а-я]* (своим )?опытом>', '分享经验', '交流经验', '经验交流', 'تبادل الخبرات', 'تقاسم الخبرات', 'تبادل التجارب',
    // French says "effective" as often as "efficace"; Spanish and French name one practice in the singular ("una práctica eficaz").
    '<pratiques? (efficaces?|effectives?)>', '<bonnes pratiques>', '<prácticas? (eficaz|eficaces|efectivas?)>', '<buenas prácticas>',
    // The lessons drawn, as English "lessons learned": "enseignements tirés", "lecciones aprendidas", "извлеченные уроки", "经验教训", "الدروس المستفادة".
    '<enseignements (tirés|retenus)>', '<lecciones aprendidas>', '<извлеченн[а-я]* урок', '经验教训', 'الدروس المستفادة', '<эффективн[а-я]* практик', '<передов[а-я]* (опыт|практик)', '有效做法', '良好做法', 'الممارسات الفعالة', 'الممارسة الفعالة', 'أفضل الممارسات',
  ])],
  ['additional_information', anyOf([
    ...DRAFT_MATRIX, '<additional information>', '<update(d)? (information|report)>',
    // The document saying of itself that it updates what was submitted: "El presente documento actualiza esa información".
    '<(this|the present) (document|report|submission) (updates|supplements|complements)>', '<(le présent|ce) (document|rapport) (actualise|met à jour|complète)>',
    '<(el presente|este) (documento|informe) (actualiza|complementa|completa)>', '<настоящ[а-я]* (документ|доклад) (обновляет|дополняет)', '本(文件|报告)(更新|补充)', '<(تحدث|تستكمل) هذه (الوثيقة|الورقة)',
    // Or calls itself an update: "this update replaces the tables submitted before", "本次更新".
    '<(this|the present) update>', '<(cette|la présente) mise à jour>', '<(esta|la presente) actualización>', '<(это|настоящ[а-я]*) обновлени', '本次更新', '<هذا التحديث',
    // Or announces it as what follows ("to provide the Committee with the following update", "la mise à jour suivante", "la
    // siguiente actualización", "следующее обновление", "以下更新", "التحديث التالي"): what it gives is an update.
    '<the following update>', '<la mise à jour suivante>', '<la siguiente actualización>', '<(следующее|нижеследующее) обновлени', '以下更新', '<التحديث التالي>',
    // A national report the title calls updated or revised is an update, not a first report.
    '<(updated|revised) national reports?>', '<rapports? nationa(l|ux) (actualisés?|mis à jour|révisés?)>', '<informes? nacional(es)? (actualizados?|revisados?)>', '<обновленн[а-я]* национальн[а-я]* доклад', '更新(的)?国家报告', '国家报告(的)?更新', 'التقرير الوطني المحدث', 'تقرير وطني محدث',
    '<informations? (actualisées?|mises? à jour)>', '<información actualizada>', '<обновленн[а-я]* (информаци|сведени)', '<информаци[а-я]* к матриц', '更新(的)?(资料|信息)', '最新情况', 'معلومات محدثه', 'المعلومات المحدثه', '<updates? (to|of) (the |its |their )?(matrix|information|report)>', '<(updated|revised) matrix>', "<mises? à jour (de la matrice|de l'information|des informations|du rapport)>", '<actualización (de la matriz|de la información|del informe)>', '<обновлени[а-я]* (матриц|информаци|сведени|доклад)', '更新矩阵', 'تحديث (المصفوفة|المعلومات|التقرير)', '<further information>', '<supplementary (report|information)>', '<addendum>', '<informations? complémentaires?>', '<informations? additionnelles?>', '<rapport complémentaire>', '<información (adicional|complementaria)>', '<informe (complementario|adicional)>', '<дополнительн[а-я]* информаци', '<дополнительн[а-я]* доклад', '补充资料', '补充信息', '补充报告', 'معلومات إضافية', 'المعلومات الإضافية', 'تقرير إضافي',
  ])],
  ['national_report', anyOf([
    '<national report>', '<first report>', '<rapport national>', '<premier rapport>', '<informe nacional>', '<primer informe>', '<национальн[а-я]* доклад', '<национальн[а-я]* отчет', '国家报告', 'التقرير الوطني', 'تقرير وطني',
  ])],
];

/**
 * A submission the note says it adds to ("in addition to its national report", "en complément du rapport national
 * présenté en 2016", "作为…的补充"): that one is another, and the note itself brings additional information.
 */
const SUPPLEMENTED = ['<in addition to (its|the)>', '<en complément (de|à|au|du|des)>', '<como complemento (de|a|al|del)>', '<в дополнение к>', '作为[^。]{0,20}补充', 'إلحاقا'];
const SUPPLEMENTS_BEFORE = new RegExp(`(?:${anyOf(SUPPLEMENTED).source})[^.;:。]{0,40}$`, 'u');

/** Words that put a submission named in a sentence before or after this one. */
const OTHER_SUBMISSION = anyOf([
  '<will (submit|provide|transmit|send)>', '<in due course>', '<further to>', '<remains? valid>', '<(submitted|transmitted|provided) (on|in|by)>', '<previous(ly)?>', '<earlier>',
  '<soumettra>', '<transmettra>', '<en temps (voulu|utile)>', '<reste(nt)? valables?>', '<précédent', '<antérieur',
  '<presentará>', '<remitirá>', '<(a|en) su debido tiempo>', '<sigue(n)? siendo válid', '<anterior(es)?>',
  '<представит>', '<направит>', '<в (свое|своё) время>', '<оста(е|ё|ю)тся в силе>', '<ранее>', '<предыдущ',
  '将提交', '适时', '仍然有效', '此前', '以前提交', 'ستقدم', 'في الوقت المناسب', 'لا تزال ساري', 'السابق',
  // A submission the sentence says was made, in the past tense: "presentó su primer informe nacional … en 2004".
  '<(submitted|presented|transmitted|provided) (its|their|a|the)>', '<(has|had) (submitted|presented|transmitted|provided)>',
  '<a(vait)? (présenté|soumis|transmis|fourni)>', '<(presentó|remitió|proporcionó|transmitió)>', '<(представил|направил)[аио]?>', '已提交', '提交了', '曾提交', 'سبق أن (قدم|أحال)',
  // The sender's own earlier note or letter, cited by its date or number: "with reference to its note dated 12 November
  // 2024 on the additional information", "وبالإشارة إلى مذكرتها المؤرخة …". This document is "the present note", never "its".
  '<(its|their|our) (note|letter)( verbale)? (dated|of|no)>', '<(sa|leur|notre) (note|lettre)( verbale)? (datée|du|en date du|n°)>',
  '<(su|nuestra) (nota|carta)( verbal)? (de fecha|del|fechada|n[oº°])>', '<(свою|своей|своё|свое|своем|своём|нашу|нашей) (нот[а-я]*|письм[а-я]*)( от| №)>',
  '(其|我国)[^。，本]{0,12}日[^。，本]{0,20}照会', '<(و|ب|ل)?(مذكرت|رسالت)(ها|ه|نا) (المورخه|رقم)',
  ...SUPPLEMENTED,
]);

/**
 * A submission the note refers to ("se référant au rapport national …", "إشارة إلى التقرير الوطني …", "…提交的报告") or
 * names by who made it ("… présenté par les Comores le 7 mars 2016", "… الذي قدمته موريتانيا"). Those words stand next
 * to it, with no break between: the note's own purpose may follow in the same sentence ("…, a l'honneur de solliciter
 * l'assistance du Comité"), and it is not what they point at.
 */
const REFERENCE_TO = anyOf([
  // The note's own verb of reference too: "I have the honour to refer to the national report of …", "de me référer au",
  // "referirme al", "сослаться на", "بأن أشير إلى".
  '<(with|in) reference to', '<referring to', '<to refer to', '<(me|se|nous) référer (à|au|aux)', '<referir(me|se|nos) (a|al)', '<сослаться на',
  '<(ان|بان) (اشير|تشير|نشير) (الي|ل)', '<se référant (à|au|aux)', '<en référence (à|au|aux)', '<(con|en) referencia (a|al)', '<refiriéndose (a|al)', '<haciendo referencia (a|al)',
  '<ссылаясь на', '<со ссылкой на', '提及', '提交的', '<(و|ب)?(ال)?اشاره (الي|ل)',
  // What was done since an earlier submission: "since the submission of its national report of 2023", "depuis la présentation
  // de", "desde la presentación de", "со времени представления", "с момента представления", "自…提交…以来", "منذ تقديم".
  '<since (the )?(submission|presentation) of', '<depuis (la )?(présentation|soumission) (de|du|d)', '<desde (la )?presentación (de|del)',
  '<со времени представления', '<с момента представления', '<после представления', '<منذ تقديم',
]);
const MADE_BY = anyOf([
  '<(presented|submitted|transmitted) by>', '<(présenté|soumis|transmis)e?s? par>', '<(presentad|remitid|transmitid)[oa]s? por>', '<представленн[а-я]*>', '<(الذي|التي) (قدمت|قدم|احال)',
]);
const REFERENCE_BEFORE = new RegExp(`(?:${REFERENCE_TO.source})[^.;:,،，。]{0,40}$`, 'u');
const MADE_BY_AFTER = new RegExp(`^[^.;:。]{0,40}?(?:${MADE_BY.source})`, 'u');

function referredTo(text: string, at: number, length: number): boolean {
  return REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 80), at)) || MADE_BY_AFTER.test(text.slice(at + length, at + length + 60));
}

/** How far a note's opening sentence is read around a cue: its reference clause may run over several relative clauses. */
const CLAUSE_REACH = 400;

/**
 * A cue inside the note's reference clause, which runs from its opener to the verb that transmits ("ссылаясь на письмо
 * Председателя …, в котором Комитет просил уточнить сведения, содержащиеся в национальном докладе …, имеет честь представить
 * следующие ответы", "with reference to the letter …, which asked about the national report …, has the honour to transmit …"):
 * whatever the clause names belongs to the documents it refers to, and says nothing of what the note is: that comes after the verb.
 */
function inReferenceClause(text: string, at: number, length: number): boolean {
  const start = Math.max(0, at - CLAUSE_REACH, text.lastIndexOf('. ', at) + 1, text.lastIndexOf('。', at) + 1);
  const before = text.slice(start, at);
  const openers = [...before.matchAll(new RegExp(REFERENCE_TO.source, 'gu'))];
  const opener = openers.at(-1);
  if (!opener || TRANSMITS.test(before.slice(opener.index))) return false;
  const ends = [text.indexOf('. ', at + length), text.indexOf('。', at + length)].filter((i) => i >= 0);
  const after = text.slice(at + length, Math.min(at + length + CLAUSE_REACH, ...ends));
  return TRANSMITS.test(after);
}

/**
 * A part's number just before a cue ("四、援助请求", "VIII. Assistance request", "ثانيا - طلب المساعدة"): the cue heads a
 * part of the document (the request a report closes with), not the document, and weighs as a mention in the body.
 */
const ARABIC_ORDINALS = anyOf(['اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا']).source;
const PART_NUMBER = new RegExp(
  `(?:^|[\\s。：:])(?:[ivx]{1,5}|\\d{1,2}|[a-h])[.)]\\s?$|[一二三四五六七八九十]{1,3}、$|(?:^|\\s)(?:${ARABIC_ORDINALS})\\s?-\\s?$`, 'u');
/**
 * A part's title that names the cue after a word or three ("IV. Update of the points of contact", "رابعا: تحديث جهات الاتصال
 * الوطنية", "四、更新联络点"): a heading numbered as a part, by a Roman numeral, a Chinese one or an Arabic ordinal (a digit or a
 * letter opens a numbered paragraph as often, whose sentence may state the document's purpose).
 */
const PART_TITLE = new RegExp(
  `(?:^|[\\s。：:])(?:[ivx]{1,5}[.)]|(?:${ARABIC_ORDINALS})\\s?[-:.])\\s?(?:[^\\s.;:،,]+\\s){1,3}$|[一二三四五六七八九十]{1,3}、[^。，、：:]{1,8}$`, 'u');

/**
 * The note's verb of transmission ("has the honour to transmit …", "谨随函转交…", "تتشرف بأن تحيل …"): what it transmits
 * is the document, and outweighs a part the same sentence says it holds ("…补充资料。本资料…并在第四部分提出援助请求").
 */
const TRANSMITS = anyOf([
  '<(transmit|submit|present|forward)(s|ting)?>', '<(transmettre|soumettre|présenter|transmet|soumet|présente)>', '<(transmitir|remitir|presentar|transmite|remite|presenta)>',
  '<(препроводить|представить|препровождает|представляет)>', '转交', '转递', '<(ت|ي)?(حيل|قدم)>',
]);

/**
 * A submission named after "since" dates the measures ("the additional information on the measures taken since its
 * previous report", "منذ تقريره السابق"): it anchors a period, and says nothing of what this document is.
 */
const TIME_ANCHOR = new RegExp(`(?:${anyOf(['<since>', '<depuis>', '<desde>', '<с (момента|тех пор|даты)>', '自(?=[^。，]{0,30}以来)', 'منذ']).source})[^.;:,،，。]{0,40}`, 'gu');

function withoutTimeAnchors(text: string): string {
  return text.replace(TIME_ANCHOR, ' ');
}

/** Where the sentence around a match begins, at most 60 characters before it. */
function sentenceStart(text: string, at: number): number {
  return Math.max(at - 60, text.lastIndexOf('. ', at) + 1, text.lastIndexOf('。', at) + 1);
}

/** The words around a match, within its sentence: 60 characters before it, 100 after. */
function nearMatch(text: string, at: number, length: number): string {
  const start = sentenceStart(text, at);
  const ends = [text.indexOf('. ', at + length), text.indexOf('。', at + length), at + length + 100].filter((i) => i >= 0);
  return text.slice(start, Math.min(...ends));
}

/**
 * A report the state made before, dated by its year: "since its report of 2019", "el informe presentado por Guatemala en
 * 2017", "son rapport de 2016", "доклад 2019 года", "2019年提交的报告", "تقريرها لعام 2019". A text that refers to one is not
 * the state's first report. (A year before a bracketed one is a resolution's number: "resolution 2055 (2012)".)
 */
const YEAR = '(?<![\\d(])(19|20)\\d\\d(?!\\d|\\s*\\()';
const EARLIER_REPORT = new RegExp(`(?:${anyOf(['<reports?>', '<rapports?>', '<informes?>', '<доклад[а-я]*', 'تقرير']).source})[^.;:()。؛]{0,40}?${YEAR}|${YEAR}(?:年[^。，]{0,10}报告|\\s+reports?(?![a-z]))`, 'u');

/**
 * The opening weighs most, and the title breaks ties: a national report may say "additional
 * information will be provided" further down, an action plan mentions "points of contact". Where
 * the opening names no type, a state's text is of the default type, whatever its body mentions.
 *
 * With `committee: false` (a document in a state's place, which cannot be a Committee document)
 * the Committee's vocabulary counts for nothing, and a text with no other cue is additional
 * information: never the state's first national report.
 */
export function detectReportType(text: string, hasState: boolean, options: { committee?: boolean } = {}): ReportType {
  // A refusal of help ("ولا تطلب في الوقت الراهن أي مساعدة", "does not request any assistance") names no request.
  const folded = withoutDeclinedHelp(text);
  const committee = options.committee ?? true;
  const opening = folded.slice(0, 1_500);
  const scores = new Map<ReportType, number>();
  const firstSeen = new Map<ReportType, number>();
  /** Cues the opening holds, those about another submission included. */
  let openingCues = 0;
  /** Weight of the reports the opening says the document supplements. */
  let supplement = 0;
  const matches = CUES.map(([type, pattern]) => ({ type, found: [...opening.matchAll(new RegExp(pattern.source, 'gu'))] }));
  // A phrase names one type: the one whose cue reads the most of it ("informe nacional actualizado" is an update).
  const widerOfAnother = (type: ReportType, m: RegExpMatchArray) => matches.some((o) => o.type !== type && o.found.some((w) =>
    w.index <= m.index! && w.index + w[0].length >= m.index! + m[0].length && w[0].length > m[0].length));
  for (const [type, pattern] of CUES) {
    const re = new RegExp(pattern.source, 'gu');
    let score = 0;
    for (const m of matches.find((x) => x.type === type)!.found) {
      if (widerOfAnother(type, m)) continue;
      if (PART_NUMBER.test(opening.slice(Math.max(0, m.index - 12), m.index)) || PART_TITLE.test(opening.slice(Math.max(0, m.index - 60), m.index))) {
        score += 0.2;
        continue;
      }
      // Contacts named in passing (a workshop for contact points, a report's last chapter) are no purpose.
      if (type === 'point_of_contact' && !DESIGNATION.test(opening.slice(Math.max(0, m.index - 200), m.index + m[0].length + 120))) continue;
      const answered = type === 'additional_information' && ANSWERS_DRAFT_MATRIX.test(m[0]);
      if (!answered && inReferenceClause(opening, m.index, m[0].length)) continue;
      openingCues++;
      // Another submission the text refers to ("the additional information submitted in 2022 remains valid",
      // "will submit updated information in due course") is not what this one is.
      const weight = (m.index < 400 ? 5 : 3) + (TRANSMITS.test(opening.slice(sentenceStart(opening, m.index), m.index)) ? 1 : 0);
      if (!answered && (OTHER_SUBMISSION.test(withoutTimeAnchors(nearMatch(opening, m.index, m[0].length))) || referredTo(opening, m.index, m[0].length))) {
        score += 0.2;
        // What the note adds to a report is additional information, whatever it calls it.
        if (SUPPLEMENTS_BEFORE.test(opening.slice(sentenceStart(opening, m.index), m.index))) {
          supplement += weight;
          if (!firstSeen.has('additional_information')) firstSeen.set('additional_information', m.index);
        }
        continue;
      }
      score += weight;
      if (!firstSeen.has(type)) firstSeen.set(type, m.index);
    }
    if (type !== 'point_of_contact') for (const m of folded.slice(1_500, 60_000).matchAll(re)) score += m.index >= 0 ? 0.2 : 0;
    if (score > 0) scores.set(type, score);
  }
  if (supplement > 0) scores.set('additional_information', (scores.get('additional_information') ?? 0) + supplement);
  if (!committee) scores.delete('committee_document');
  else if (!hasState) scores.set('committee_document', (scores.get('committee_document') ?? 0) + 2);
  else if (scores.has('committee_document')) scores.set('committee_document', scores.get('committee_document')! - 4);
  // On equal scores the type named first wins: the title comes before the body.
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (firstSeen.get(a[0]) ?? Infinity) - (firstSeen.get(b[0]) ?? Infinity));
  // Passing mentions further down ("further information may be obtained from …", a last chapter's "additional
  // information") decide nothing for a state's text whose opening names no type: it keeps the default.
  const decided = ranked[0] && ranked[0][1] > 0 && (openingCues > 0 || !hasState);
  // A text no cue decides is the state's first report, unless it refers to an earlier one: then it adds to it.
  return decided ? ranked[0]![0] : committee && !EARLIER_REPORT.test(opening) ? 'national_report' : 'additional_information';
}
