/**
 * Assistance the state requests, mapped to matrix elements: legislative drafting on weapon X →
 * op2.X; detection equipment, customs or border training → border control; control lists,
 * licensing, end-use checks → export control; brokering or financing-services controls →
 * financing services; pathogen or source registers → accounting; securing sources → physical
 * protection. Offers of assistance to others are not requests. Help against illicit trafficking and
 * brokering (investigators, prosecutors) is law enforcement, which the resolution puts with border
 * controls (op3c).
 */
import type { MatrixElement } from '../contract.js';
import { BROKERING, CONTROL_LIST_TERMS, FINANCING_SERVICES, LEGISLATION, PROHIBITION, RUSSIAN_ACCOUNTING_TERMS, SECURE_STORAGE_TERMS, SECURED_STORE_TERMS } from './elementVocabulary.js';
import type { WeaponKind } from './elementVocabulary.js';
import { WEAPON_ITSELF } from './elementVocabulary.js';
import { CLAUSE_BREAK, elementsIn, runInTitle, WEAPON_WORD, weaponsIn } from './matrixElements.js';
import { areasAnsweredYes, describesHelp, helpCellOf, helpColumn, rowNumbersNamed, rowRequest, SENTENCE_END } from './requestTables.js';
import { tablesOf, type TableRowText } from './tableRows.js';
import { declinesHelp, GAP_CUE, GRATITUDE_CUE, NEED_MET, OFFER_CUE, REQUEST_CUE } from './statementCues.js';
import { anyOf, fold } from './textFolding.js';
import { maskTreatyNames } from './treaties.js';
import { TABLE_ROW, type TextUnit } from './textUnits.js';

/**
 * Illicit trafficking, and brokering named as an offence ("illicit brokering", "courtage illicite", "intermediación ilícita",
 * "незаконное посредничество", "非法中介", "السمسرة غير المشروعة"): help to detect it is law enforcement, not a control of brokering services.
 */
const ILLICIT_TRAFFICKING = anyOf([
  '<illicit(ly)? traffic', '<trafic illicite>', '<trafics illicites>', '<tráfico ilícito>', '<незаконн[а-я]* (оборот|торговл)', '非法贩运', 'الاتجار غير المشروع',
  '<(illicit|illegal) brokering>', '<courtage (illicite|illégal)>', '<intermediación (ilícita|ilegal)>', '<(незаконн|нелегальн)[а-я]* (посредни|брокер)', '非法(中介|经纪|居间)', 'السمسر[^ ]* غير (المشروع|القانوني)',
]);
const BORDER_HELP = anyOf(['<detection>', '<detectors?>', '<détecteurs?>', '<detector(es)?>', '<детектор', '<customs>', '<border>', '<douan', '<frontière', '<détection>', '<aduan', '<fronter', '<detección>', '<таможен', '<погранич', '<обнаружени', '海关', '边境', '探测', '检测设备', 'الجمارك', 'الحدود', 'الكشف',
  // Detection devices, the noun without its article ("أجهزة كشف إشعاعي"), and detectors ("كواشف"): not "كشف عن" (disclosing).
  'أجهزة (ال)?كشف', '<(ال)?(كاشف|كواشف)>']);
// A list is export control's only when it is a control list ("liste nationale de contrôle", "контрольный список"):
// "listed in order of priority", "la liste des fournisseurs" name other lists.
const LICENSING = anyOf([
  ...CONTROL_LIST_TERMS, '<licen[cs]', '<end-?use', '<licence', '<utilisation finale>', '<licencia', '<uso final>', '<лиценз', '<конечн', '许可', '最终用途', 'ترخيص', 'الاستخدام النهائي',
]);
const SECURING = anyOf([
  '<(securing|secure)>[^.;\\t]{0,60}<(sources|materials?)>', '<asegura(miento|r)>[^.;\\t]{0,60}<(fuentes|materiales)>', '<(fuentes|materiales)>[^.;\\t]{0,40}<asegura(miento|r)>',
  '<sécuris[a-zé]*>[^.;\\t]{0,60}<(sources|matières)>', '<(sources|matières)>[^.;\\t]{0,40}<sécuris', '<(sources|materials?)>[^.;\\t]{0,40}<secur(e|ing)>', '<обеспечени[а-я]* сохранност','<secur(e|ing) (of )?(radioactive )?sources>',
  // Securing with the sources some words after, as in the other languages: "تأمين المستودع الوطني للمصادر المشعة".
  'تأمين[^.؛\\t]{0,60}(ال)?(مصادر|مواد)', '<обеспечени[а-я]* (безопасност|сохранност)[^.;\\t]{0,60}<(источник|материал)', '(保护|安保|安全保障)[^。；\\t]{0,30}(放射源|材料)', '<physical protection>', '<protection physique>', '<protección física>', '<физическ[а-я]* защит', '实物保护', '物理防护', 'الحماية المادية', 'تأمين المصادر',
  ...SECURE_STORAGE_TERMS, ...SECURED_STORE_TERMS]);
const REGISTER = anyOf(['<regist', '<inventor', '<accounting>', '<registre', '<inventaire', '<registro', '<inventario', '<реестр', ...RUSSIAN_ACCOUNTING_TERMS, '登记', '衡算', 'سجل', 'حصر', 'جرد']);

/** Means of delivery of the weapons ("vecteurs d'armes nucléaires, chimiques ou biologiques"): the weapons are the delivery's complement. */
const DELIVERY_OF_WEAPONS = anyOf([
  "<(vecteurs?|means of delivery|delivery (systems?|vehicles?|means)|vectores|sistemas vectores|средств[а-я]* доставки|носител[а-я]*) (d'|de |des |of |for |для )?(las |the )?(armes|weapons|armas|оружия)",
  '(运载工具|运载系统)', 'وسائل (ايصال|إيصال) (اسلحه|الاسلحه)',
]);

/**
 * The Biological Weapons Convention's own words for what it bans, "biological agents and toxins": a law asked
 * on them is the Convention's law, a law on the weapon ("drafting legislation on biological agents and toxins").
 */
const BIOLOGICAL_AGENTS_AND_TOXINS = anyOf([
  '<(biological|microbial) agents,? (and|or) toxins>', '<agents (biologiques|microbiens),? (et|ou) (les |des )?toxines>', '<agentes (biológicos|microbianos),? (y|o) (las )?toxinas>',
  '<(биологическ|микробн)[а-я]* агент[а-я]*,? (и|или) токсин', '(微生物|生物)剂(和|或|及)毒素', '(العوامل|عوامل) (البيولوجيه|الجرثوميه)[^ ]* (و|او )?(ال)?(تكسين|سموم)',
]);

/**
 * Where a request goes on to another of its objects: "assistance in drafting … and in securing …",
 * "pour la rédaction … et pour l'établissement …", "para la redacción … y para el establecimiento …",
 * "в разработке … и в создании …", "……以及……", "في صياغة … وفي تأمين …", "لصياغة …، ولوضع …".
 * Arabic writes "and for" as prefixes of the next word ("ولوضع"): after a comma, with a word of three letters or more after
 * them, not "ولم", "ولا", "ولكن" (and not, but), nor "ولذلك", "ولاسيما" (therefore, especially; folding drops the alef).
 */
const NEXT_OBJECT = anyOf([
  ',? (and|as well as) (in|for|with|to) ', ",? (et|ainsi que) (pour|dans|en) ", ',? (y|así como) (en|para) ', ',? (и|а также) (в|для) ', '以及', '，并', '،? (وفي|وكذلك في) ',
  '[،,] ?ول(?!(ذلك|سيما)>)(?=[^ ]{3})',
], 'gu');

/** A request cut into its objects, where it goes on to the next ("… in drafting …, as well as in setting up …"). */
const objectsOf = (folded: string): string[] => folded.replace(NEXT_OBJECT, '\u0000').split('\u0000');

/**
 * The weapons of a law asked for: drafting a law on the weapons themselves ("a Chemical Weapons
 * (Prohibition) Bill"), not on their materials ("physical protection requirements for radioactive
 * sources"). Each object of the request is read apart: one that names no weapons as weapons does not
 * lend its materials to the law ("drafting its biological weapons legislation and in securing
 * radioactive sources" asks for no nuclear law; "for the Chemical Weapons Bill and for provisions
 * prohibiting biological weapons" asks for both).
 */
function weaponsOfLawRequested(folded: string): WeaponKind[] {
  if (!LEGISLATION.test(folded)) return [];
  const weapons = new Set<WeaponKind>();
  for (const part of objectsOf(folded)) {
    // The means of delivery are named as themselves ("передачу средств доставки", "de tels vecteurs"), with no word for weapons.
    if (!WEAPON_WORD.test(part) && !BIOLOGICAL_AGENTS_AND_TOXINS.test(part) && !weaponsIn(part).includes('delivery')) continue;
    // Each weapon named as the weapon itself, as the matrix reads a gap on materials.
    const named = weaponsIn(part).filter((w) => w === 'delivery' || WEAPON_ITSELF[w].test(part) || (w === 'biological' && BIOLOGICAL_AGENTS_AND_TOXINS.test(part)));
    for (const w of named.includes('delivery') && DELIVERY_OF_WEAPONS.test(part) ? (['delivery'] as const) : named) weapons.add(w);
  }
  return [...weapons];
}

/** Where a law's title ends: the clause's or the cell's end. */
const TITLE_BREAK = /[,.;:،؛，。；：\t|]/u;
/** Words that say what stage or reach a law has, not what it is about: "draft", "projet", "проект", "مشروع", "national", "nouvelle". */
const NO_TITLE_WORD = anyOf([
  '^(draft|projet|avant-projet|proyecto|anteproyecto|проект[а-я]*|مشروع|national|nationale?s?|nacional(es)?|национальн[а-я]*|(ال)?وطني[^ ]*|new|nouvelle|nueva|нов[а-я]*|(ال)?جديد[^ ]*)$',
]);
/** A content word of a title ("biosecurity", "biosécurité", "биобезопасности", "البيولوجي"), not a particle ("on", "sur la", "о"). */
const isContentWord = (word: string): boolean => word.length >= 5 && !LEGISLATION.test(word) && !NO_TITLE_WORD.test(word);

/**
 * The title of each law a text names, by the words that stand with the law's word in its clause: those after it, up to the
 * first content word ("loi sur la biosécurité", "закон о биобезопасности", "قانون الأمن البيولوجي"), and the content word just
 * before it ("the Biosecurity Bill"). Scripts without word spaces give no titles.
 */
function lawTitles(folded: string): { after: string; before: string; at: number }[] {
  const titles: { after: string; before: string; at: number }[] = [];
  for (const m of folded.matchAll(new RegExp(LEGISLATION.source, 'gu'))) {
    const end = m.index + m[0].length + (/^[\p{L}\p{M}]*/u.exec(folded.slice(m.index + m[0].length))?.[0].length ?? 0);
    const afterWords = folded.slice(end).split(TITLE_BREAK)[0]!.trim().split(/\s+/u).filter(Boolean);
    const firstContent = afterWords.slice(0, 3).findIndex(isContentWord);
    const beforeWord = folded.slice(0, m.index).split(TITLE_BREAK).at(-1)!.trim().split(/\s+/u).at(-1) ?? '';
    titles.push({ after: firstContent < 0 ? '' : afterWords.slice(0, firstContent + 1).join(' '), before: isContentWord(beforeWord) ? beforeWord : '', at: m.index });
  }
  return titles;
}

/**
 * The weapons a law asked for is said elsewhere to prohibit: a request names the law by its title alone ("assistance in
 * drafting the biosecurity bill"), and the document says, where it names the same title, what the law is to forbid
 * ("Draft biosecurity bill, including the prohibition of biological and toxin weapons"). That law is one on the weapon.
 */
function weaponsOfTitledLaw(object: string, units: readonly TextUnit[], own: number): WeaponKind[] {
  const asked = lawTitles(object).filter((t) => t.after !== '' || t.before !== '');
  if (asked.length === 0 || weaponsOfLawRequested(object).length > 0) return [];
  const weapons = new Set<WeaponKind>();
  for (const unit of units) {
    if (unit.index === own) continue;
    for (const title of lawTitles(unit.folded)) {
      // The words after the law's word name it where they name anything; the word before it only where none follow ("the biosecurity bill").
      if (!asked.some((a) => (a.after !== '' ? a.after === title.after : a.before === title.before))) continue;
      const said = unit.folded.slice(title.at).split(/[.;؛。；\t|]/u)[0]!;
      if (PROHIBITION.test(said)) for (const w of weaponsOfLawRequested(said)) weapons.add(w);
      else for (const w of weaponsOfLackRemedied(units, unit, title.at)) weapons.add(w);
    }
  }
  return [...weapons];
}

/**
 * The weapons whose missing prohibition is stated just before a law's title: in the sentence before, in its paragraph, where the
 * title opens its own ("There is no law that prohibits nuclear weapons. A Nuclear Safety Bill is being drafted."), else in the
 * clause before it ("لا يوجد نص يحظر الأسلحة النووية، ويجري إعداد مشروع قانون …"). The bill named next is the remedy, whatever its
 * title says; a lack stated further back (other weapons, in a list of gaps) is another's.
 */
function weaponsOfLackRemedied(units: readonly TextUnit[], unit: TextUnit, titleAt: number): WeaponKind[] {
  const previous = units[unit.index - 1];
  const clauses = unit.folded.slice(0, titleAt).split(/[,;:،؛，；]/u);
  const opensSentence = clauses.length === 1 && clauses[0]!.trim().split(/\s+/u).length <= 6;
  // A unit cut at a semicolon is a clause of the sentence that goes on in this one: its last clause is the one before the title.
  const sentenceBefore = previous?.paragraph === unit.paragraph ? previous.folded : '';
  const clauseBefore = /[;؛；]\s*$/u.test(sentenceBefore) ? sentenceBefore.split(/[,،，]/u).at(-1)! : sentenceBefore;
  const before = opensSentence ? clauseBefore : clauses.at(-2) ?? '';
  return PROHIBITION.test(before) && GAP_CUE.test(before) ? weaponsOfLawRequested(before) : [];
}

/**
 * Where a list written inline goes on to its next lettered item: "; (b)", "; and (c)", "؛ (د)" (folding may leave an
 * Arabic item's letter out: "()"). Each item is a request of its own: illicit trafficking named in one item (customs
 * training) does not make brokering named in another (controls on brokering services) a matter for the border.
 */
const NEXT_ITEM = /[;；؛]\s*(?=(?:(?:and|or|et|ou|y|e|o|и|или|و)\s*)?\([^\s()]{0,2}\)\s)/u;

/**
 * The channel a request goes through, set off by commas: ", por conducto de su mecanismo de intermediación,", ", through the
 * Committee's matchmaking role,", ", par l'intermédiaire du Comité,", ", через Комитет,", "，通过委员会的中介机制，", "، عن طريق آلية الوساطة،".
 * It says how the help is to come, not what it is for: the Committee's brokering of help is no brokering control asked.
 */
const CHANNEL_ASIDE = anyOf([
  '[,，،] ?(through|via|by way of) [^,;.]{1,80}[,，،]', "[,，،] ?(par l'intermédiaire|par le (biais|canal)|par le truchement) d[^,;.]{1,80}[,，،]",
  '[,，،] ?(por (conducto|medio|intermedio) de|a través de|mediante) [^,;.]{1,80}[,，،]', '[,，،] ?(через|посредством|при посредничестве) [^,;.]{1,80}[,，،]',
  '[,，،] ?(通过|经由|借助)[^,，;；。]{1,40}[,，،]', '[,，،] ?(عن طريق|من خلال|عبر) [^,;.؛،]{1,80}[,，،]',
], 'gu');

export function elementsOfRequest(folded: string): MatrixElement[] {
  return [...new Set(folded.replace(CHANNEL_ASIDE, ', ').split(NEXT_ITEM).flatMap(itemsAfterColon).flatMap(elementsOfOneRequest))];
}

/**
 * A request that lists its items after a colon, one from the next by a semicolon ("希望在以下方面获得援助：起草……立法；建立……登记册；
 * 为实验室人员提供生物安保培训", "requests help with: drafting …; a register …; training …"): each item is a request of its own,
 * read alone, as a lettered item is (one that names its element only as a gap does, "biosecurity training", still counts).
 */
function itemsAfterColon(folded: string): string[] {
  const colon = /[:：]/u.exec(folded);
  if (colon === null) return [folded];
  const items = folded.slice(colon.index + 1).split(/[;；؛]/u);
  return items.length < 2 ? [folded] : [folded.slice(0, colon.index), ...items];
}

function elementsOfOneRequest(folded: string): MatrixElement[] {
  const found = new Set(elementsHelpNames(folded));
  if (found.size === 0) return elementsOfLack(folded);
  // Help is asked for what is missing: an object the help's own words name nothing of is read as a gap is read ("… и в
  // обучении персонала лабораторий вопросам биозащиты, а также в разработке механизма контроля за услугами": the services
  // named by the help's words do not hide the biosecurity training). A law asked is read by its weapons alone, as the mapping
  // of help has it ("drafting the biosecurity bill" names no weapon: no element of its own beside the request's others).
  const objects = objectsOf(folded);
  for (const object of objects.length > 1 ? objects : []) {
    if (!LEGISLATION.test(object) && elementsHelpNames(object).length === 0) for (const e of elementsOfLack(object)) found.add(e);
  }
  return [...found];
}

/** What a request's help names by the help mapping's own words: a law on a weapon, detectors, licensing, registers, securing. */
function elementsHelpNames(folded: string): MatrixElement[] {
  const found = new Set<MatrixElement>();
  const weapons = weaponsOfLawRequested(folded);
  // All three weapons with their means of delivery ("nuclear, chemical or biological weapons and their means of delivery") is
  // the resolution's own phrase, not a law's subject; two of them with the means of delivery ("nuclear and biological weapons
  // and their means of delivery") is, and so are the three weapons alone ("a bill covering nuclear, chemical and biological
  // weapons"), as they are when the request names nothing else and is read by what it lacks.
  const resolutionPhrase = (['nuclear', 'chemical', 'biological', 'delivery'] as const).every((w) => weapons.includes(w));
  if (!resolutionPhrase) for (const w of weapons) found.add(`op2.${w}` as MatrixElement);
  const trafficking = ILLICIT_TRAFFICKING.test(folded);
  if (folded.search(BROKERING) >= 0 && !trafficking || FINANCING_SERVICES.test(folded)) found.add('op3d.financing_services');
  if (BORDER_HELP.test(folded) || trafficking) found.add('op3c.border_control');
  if (LICENSING.test(folded)) found.add('op3d.export_control');
  if (REGISTER.test(folded)) found.add('op3a.accounting');
  if (SECURING.test(folded)) found.add('op3b.physical_protection');
  return [...found];
}

/**
 * What help names as missing, read as a gap is read ("services related to exports" is no licensing). Help against the
 * financing of proliferation (training banks and the financial intelligence unit) builds the control of financial
 * services, as the mapping of help has it: a drafted law is asked for the weapons, not for their financing.
 */
function elementsOfLack(folded: string): MatrixElement[] {
  return elementsIn(maskTreatyNames(folded), { gap: true }).map((e) => (e === 'op2.financing' ? 'op3d.financing_services' : e));
}

export interface AssistanceReading {
  requested: MatrixElement[];
  /** Units that belong to a request: not evidence of measures in force. */
  requestUnits: Set<number>;
  /**
   * The cell of a table row that describes the help the row asks (by the row's unit): a need, not a measure in force,
   * whatever it names ("Advice on establishing a national register …"). A bare mark ("Non", "Oui") is left to the row.
   */
  helpCells: Map<number, string>;
  /**
   * What a request's own clause states missing, by the request's unit: "(a) Assistance in drafting a law on biological
   * weapons, as there is currently no legislative text on the matter" asks for help and says, in a clause of its own, what
   * is not there. The request is no statement of the situation; that clause is one.
   */
  lacksStated: Map<number, MatrixElement[]>;
}

/** Where a sentence goes on to a clause of its own after a comma (the six languages' commas). */
const COMMA = /[,،，]\s*/u;

/**
 * The elements a request's later clauses say are missing: a clause after the help's that states a lack and asks nothing.
 * One that names nothing ("as there is no legislative text on the matter") is about what the help is asked for.
 */
function lacksBesideRequest(folded: string): MatrixElement[] {
  const [help, ...later] = folded.split(COMMA);
  const lacks = later.filter((clause) => GAP_CUE.test(clause) && !REQUEST_CUE.test(clause) && !HELP_FIRST.test(clause));
  if (help === undefined || lacks.length === 0) return [];
  const asked = () => elementsOfRequest([help, ...later.filter((clause) => !lacks.includes(clause))].join(', '));
  return [...new Set(lacks.flatMap((clause) => {
    const named = elementsIn(maskTreatyNames(clause), { gap: true });
    return named.length > 0 ? named : asked();
  }))];
}

/** An article of a law cited by its number: "section 12", "art. 5", "artículo 9", "статья 4", "第十二条", "المادة 87". */
const ARTICLE_CITED = anyOf([
  '<(sections?|articles?|arts?\\.?|s\\.) ?[0-9]', '<(artículos?) ?[0-9]', '<(стать[а-я]*|ст\\.) ?[0-9]', '第[0-9一二三四五六七八九十百]+条', '<(ال)?(ماده|مواد) ?\\(?[0-9]',
]);

/** "in the following areas." without a colon still announces the items after it (not "the request set out below": that is the whole text). */
const LIST_FOLLOWS = anyOf([
  '<(in )?the following (areas|fields|needs|domains|sectors|matters)[.:]?\\s*$', '<(domaines|besoins|secteurs) suivants[.:]?\\s*$', '<(áreas|ámbitos|necesidades|esferas) siguientes[.:]?\\s*$',
  '<(по )?следующим (направлениям|областям|вопросам)[.:]?\\s*$', '以下(领域|方面)[。：:]?\\s*$', 'المجالات التاليه[.:]?\\s*$',
]);
/**
 * A need's item that opens with the help it asks, after its mark: "(a) Legislative assistance in …", "Technical support for …",
 * "Assistance juridique pour …", "Asistencia legislativa para …", "Техническая помощь в …", "立法援助", "المساعدة التشريعية في …".
 * Up to two words may qualify the help before it (English, Russian, Chinese) or after it (French, Spanish, Arabic).
 */
const HELP_FIRST = anyOf([
  '^\\s*(?:\\(?[0-9a-zа-я]{0,3}[.)]\\s*)?(?:[a-zа-яéèáíóú-]+(?:,? and [a-z-]+)?\\s+){0,2}(assistance|support|help|advice|expertise|aide|appui|soutien|conseils?|asistencia|apoyo|ayuda|asesoramiento|помощь|содействие|поддержка|консультаци[яи])>',
  '^\\s*(?:\\(?[0-9a-z一二三四五六七八九十]{0,3}[.)、]\\s*)?[\\u4E00-\\u9FFF]{0,4}(援助|协助|支持)', '^\\s*(?:\\([^\\s()]{0,2}\\)\\s*)?(ال)?(مساعده|دعم)>',
]);
/** An item lettered inside a paragraph, the last one after "and": "(b) drafting …", "and (c) establishing …". */
const INLINE_ITEM = /^\s*(?:(?:and|or|et|ou|y|o|и|или|و)\s+)?(?:\(?[a-zа-я]|\([\u0621-\u064A]\u0640?)\)\s/iu;
/** Thanks for help already given: what another gave, not what the state asks. */
/** A section heading's mark: "2.", "II.", "B.", "(c)", "二、". */
const SECTION_MARK = /^\s*(?:\d+(?:\.\d+)*[.)]|[IVX]+[.)]|[A-ZА-Я][.)]|\(?[a-zа-я]\)|[一二三四五六七八九十]+[、.])\s*/u;
/** A sub-heading's mark: a letter or a number ("A.", "b)", "2.1"), below a section's heading. */
const SUBHEADING_MARK = /^\s*(?:[A-ZА-Яa-zа-я][.)]|\(?[a-zа-я]\)|\d+\.\d+|[IVX]+\.)\s/u;

/**
 * Words that point back to what the sentence before named: "these", "such", "in this regard", "ces", "dichos", "этих", "这些", "هذه";
 * and the one lack it stated ("to close this gap", "comblant cette lacune", "subsanar esta laguna", "восполнить этот пробел", "这一空白").
 */
const BACK_REFERENCE = anyOf([
  '<(these|those|such)>', '<in this (regard|respect|area|field)>', '<(ces|de tels|de telles)>', '<(à cet égard|en la matière|dans ce domaine)>',
  '<(estos|estas|esos|esas|dichos|dichas|tales)>', '<(al respecto|en este (ámbito|sentido|campo))>', '<(эти|этих|этим|этими|такие|таких|указанн[а-я]*)>', '<в (этой|данной) (связи|области|сфере)>',
  '这些', '此类', '上述', '为此', '这方面', '<(هذه|هذا|تلك|هاتين|هذين)>', 'في هذا (الصدد|المجال)',
  '<(this|that) (gap|lacuna|shortcoming|deficiency|need)>', '<(cette|ce) (lacune|carence|besoin|vide)>', '<(esta|esa|este|ese) (laguna|carencia|deficiencia|vacío|necesidad)>',
  '<(этот|этого|эту|этой|данный|данного|данную|данной) (пробел|недостат|потребност)', '这一(空白|缺口|需求)', '(该|此)(空白|缺口)',
]);

/**
 * A need's number on a line of its own, before the need it numbers ("Besoin n° 1.", "Need 2:", "Necesidad n.º 3", "Потребность № 4",
 * "需求5：", "الاحتياج رقم 6"): a label that names nothing, not the end of the needs.
 */
const NEED_NUMBER = /^\s*\p{L}[\p{L}\s.°º№]{0,30}?\s*[\d٠-٩]{1,2}\s*[.:：)]?\s*$/u;

/** A heading that announces needs ("Assistance needs", "Besoins d'assistance"): its items are requests. */
const NEEDS = anyOf(['<needs>', '<besoins>', '<necesidades>', '<потребност', '需求', 'احتياج']);

/**
 * The title a unit stands under: the nearest heading, or a numbered line that is a paragraph of its own with no
 * closing punctuation ("1. Legislation on biological and toxin weapons"), within the two paragraphs before the unit's own.
 */
function titleOf(units: readonly TextUnit[], i: number): TextUnit | undefined {
  let paragraphs = 0;
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j]!;
    if (u.paragraph === units[i]!.paragraph) continue;
    const alone = units[j - 1]?.paragraph !== u.paragraph && units[j + 1]?.paragraph !== u.paragraph;
    if (u.heading || (u.listItem && alone && !TITLE_END.test(u.text) && !TABLE_ROW.test(u.text))) return u;
    if (units[j + 1]!.paragraph !== u.paragraph && ++paragraphs > 2) return undefined;
  }
  return undefined;
}
const TITLE_END = /[.!?;:。！？；：]\s*$/u;

/**
 * An offer, or thanks for help given, among the needs: it names what others give or gave, not a need.
 * (Thanks that ask, "agradecería recibir apoyo …", are still read as a request, by their own request cue.)
 */
function namesWhatOthersGive(unit: TextUnit): boolean {
  return OFFER_CUE.test(unit.folded) || GRATITUDE_CUE.test(unit.folded) || NEED_MET.test(unit.folded);
}

/** An offer that asks nothing beside it: "asks for X and offers Y" still asks. */
const offersOnly = (folded: string): boolean => OFFER_CUE.test(folded) && !REQUEST_CUE.test(folded.replace(OFFER_CUE, ''));

export function detectAssistance(units: readonly TextUnit[]): AssistanceReading {
  const requested = new Set<MatrixElement>();
  const requestUnits = new Set<number>();
  const lacksStated = new Map<number, MatrixElement[]>();
  const tables = tablesOf(units);
  // A table with a column of help asked says row by row what is asked ("Sí", "No", "Помощь не требуется", the help itself):
  // whether a row asks is read from that column, not from its other cells (which may describe what is in force).
  const rowsReadByColumn = new Set<number>();
  const helpCells = new Map<number, string>();
  const helpHeaders = new Set<number>();
  for (const table of tables) {
    const column = helpColumn(table.headerCells);
    if (column === null) continue;
    // The header names the column, it asks nothing itself: it does not open the rows as a request's items.
    helpHeaders.add(table.header.index);
    for (const row of table.rows) {
      for (const u of row.units) rowsReadByColumn.add(u.index);
      const cell = helpCellOf(row, column.fromRight);
      // A need in a row that states a lack ("Drafting a bill implementing the CWC", "Legislation | legal advice on drafting a
      // law banning chemical weapons | No specific law") says what is missing as much as the help asked: the matrix reads it.
      // A yes or no under a column of the help asked ("Asistencia requerida | No", "Sí: asesoría legislativa") answers that
      // column, not whether the row's measure exists: the matrix reads the row without it.
      const answersHelp = cell !== undefined && cell.trim() !== '' && !column.need;
      if (cell !== undefined && (answersHelp || describesHelp(cell)) && !(column.need && GAP_CUE.test(fold(row.text)))) helpCells.set(row.units[0]!.index, cell);
      const asked = rowRequest(row, column)?.map((text) => elementsOfRequest(fold(text))).find((elements) => elements.length > 0) ?? [];
      // An area that names two elements ("حصر المصادر المشعة وتأمينها", accounting for and securing sources) is narrowed to
      // the one its help names ("securing the national store of disused sources"); help that names another (the non-State
      // actors a bill's offences are for) leaves the area's.
      const helpNames = cell === undefined ? [] : elementsOfRequest(fold(cell));
      const narrowed = asked.filter((e) => helpNames.includes(e));
      for (const e of narrowed.length > 0 ? narrowed : asked) requested.add(e);
      for (const area of areasAnsweredYes(row, column)) for (const e of elementsOfRequest(fold(area))) requested.add(e);
    }
  }
  // Rows a request names by number ("para las acciones 1 y 3"), in the nearest table before it that has them.
  const takeNumberedRows = (unit: TextUnit) => {
    const numbers = rowNumbersNamed(unit.folded);
    if (numbers.length === 0) return;
    const before = tables.filter((t) => t.rows.some((r) => r.units[0]!.index < unit.index && r.number !== null && numbers.includes(r.number)));
    const rows: TableRowText[] = before.at(-1)?.rows.filter((r) => r.number !== null && numbers.includes(r.number)) ?? [];
    for (const row of rows) for (const e of elementsOfRequest(fold(row.text))) requested.add(e);
  };
  // A row of such a table asks through its help column alone: its other cells (what is in force, what is missing)
  // stay the matrix's, whatever heading or request the table stands under.
  const take = (unit: TextUnit) => {
    if (rowsReadByColumn.has(unit.index)) return;
    // Help the sentence goes on to decline, after its semicolon, asks nothing: it is still about help, not a measure.
    if (declinedAfterSemicolon(unit, units[unit.index + 1])) {
      requestUnits.add(unit.index);
      return;
    }
    // A need's sentence that says what is missing and asks nothing ("Le Burkina Faso ne dispose pas encore d'un texte …",
    // before "Une assistance est demandée …") states the situation: what it names is asked for, and it is a gap as any
    // statement of a lack is. Only what asks or offers help is kept from the reading of measures and gaps.
    // An item that opens with the help itself ("(a) Legislative assistance in drafting …", "المساعدة التشريعية في صياغة …") is
    // the help asked, whatever lack its object names: the drafting is what the help is for, not a statement of the situation.
    // So does one that cites an article of the law in force its need builds on ("(b) strengthening the detection capacity of
    // customs, which control goods at the ports under the Customs Code (article 87), by providing …").
    // (A law named as what the need would amend, "a reform of the Penal Code", cites no article in force.)
    const statesSituation = GAP_CUE.test(unit.folded) || ARTICLE_CITED.test(unit.folded);
    if (!statesSituation || REQUEST_CUE.test(unit.folded) || HELP_FIRST.test(unit.folded)) {
      requestUnits.add(unit.index);
      const lacks = statesSituation ? lacksBesideRequest(unit.folded) : [];
      if (lacks.length > 0) lacksStated.set(unit.index, lacks);
    }
    for (const e of elementsOfRequest(unit.folded)) requested.add(e);
    for (const object of objectsOf(unit.folded)) for (const w of weaponsOfTitledLaw(object, units, unit.index)) requested.add(`op2.${w}` as MatrixElement);
  };
  // A request that names no subject ("would welcome legal experts in drafting amendments that would close this
  // gap") asks for what its need's title names ("1. Legislation on biological and toxin weapons").
  const takeRequest = (unit: TextUnit) => {
    take(unit);
    if (elementsOfRequest(unit.folded).length > 0) return;
    takeNumberedRows(unit);
    const title = titleOf(units, unit.index);
    if (title && !OFFER_CUE.test(title.folded)) for (const e of elementsOfRequest(title.folded)) requested.add(e);
    // A request inside a numbered paragraph asks for what the paragraph's run-in title names ("3. Export control: the law …
    // subjects exports to licensing, but no control list has been issued. The State requests advice on drafting the list.").
    // The paragraph's first unit, walked back to from this one (a request reaches here for every item: no copy of the units before it).
    let first = unit.index;
    while (first > 0 && units[first - 1]!.paragraph === unit.paragraph) first--;
    const opening = first < unit.index ? units[first] : undefined;
    const runIn = opening === undefined ? undefined : runInTitle(opening.text);
    if (runIn !== undefined && !OFFER_CUE.test(fold(runIn))) for (const e of elementsOfRequest(fold(runIn))) requested.add(e);
    // A request that points back to its subject ("controls on these services", "à cet égard", "هذه الخدمات") asks for
    // what the sentence before it, in its own paragraph, names: where that sentence goes on from what is in force to what is
    // missing ("Exports are licensed under Law 594/2004; but there are no controls on the services linked to such exports"),
    // for what is missing alone.
    const previous = units[unit.index - 1];
    if (previous && previous.paragraph === unit.paragraph && BACK_REFERENCE.test(unit.folded) && !namesWhatOthersGive(previous)) {
      const clauses = previous.folded.split(CLAUSE_BREAK).filter((c) => c && c.trim() !== '');
      const lacking = clauses.length > 1 ? clauses.filter((c) => GAP_CUE.test(c)) : [];
      for (const text of lacking.length > 0 ? lacking : [previous.folded]) for (const e of elementsOfRequest(text)) requested.add(e);
    }
  };
  // A row of a table (not its header) that asks in one of its cells ("Cooperación: Se solicita asistencia") asks for its own
  // action alone: the rows after it are its siblings, not its items, and its other cells (the baseline, the action) stay the
  // matrix's to read, as a help column's rows do.
  const rowByUnit = new Map<number, TableRowText>();
  for (const table of tables) for (const row of table.rows) rowByUnit.set(row.units[0]!.index, row);
  const takeAskingRow = (unit: TextUnit): boolean => {
    const row = rowByUnit.get(unit.index);
    const cell = row === undefined ? undefined : askingCellOf(row);
    if (row === undefined || cell === undefined) return false;
    if (rowsReadByColumn.has(unit.index)) return true;
    helpCells.set(unit.index, cell);
    for (const e of elementsOfRequest(fold(row.text.replace(cell, ' ')))) requested.add(e);
    return true;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    // A heading of needs met ("Needs already met and offers") names help that came: its paragraphs ask nothing.
    if (unit.heading && (NEEDS.test(unit.folded) || REQUEST_CUE.test(unit.folded)) && !NEED_MET.test(unit.folded)) {
      // Needs listed under their own heading, with or without a sentence asking for help: the one
      // list or table that opens the section (later paragraphs may thank donors or note offers).
      const kindOf = (u: TextUnit) => (TABLE_ROW.test(u.text) ? 'row' : u.listItem ? markerKind(u.text) : null);
      const kind = units[i + 1] ? kindOf(units[i + 1]!) : null;
      for (let j = i + 1; kind && j < units.length && !units[j]!.heading && kindOf(units[j]!) === kind; j++) {
        // An item that says its help is needed no more, and asks nothing beside, is no need.
        const declined = declinesHelp(units[j]!.folded) && !REQUEST_CUE.test(units[j]!.folded);
        if (!namesWhatOthersGive(units[j]!) && !declined) take(units[j]!);
      }
      // Needs as paragraphs or under area headings ("A. Cadre législatif", "Area A - Legislation: …"): the
      // section's units that name a need, up to the next heading of the section's own rank. Offers and
      // thanks for past help name what others give, a need said to be none asks nothing; a unit that names
      // nothing (a courtesy, a form of help) is passed over.
      // A heading with no section mark (a title, "Assistance requested") covers the paragraphs that name a need, up to
      // the first that names none.
      const rank = markerKind(unit.text);
      const marked = SECTION_MARK.test(unit.text);
      for (let j = i + 1; !kind && j < units.length; j++) {
        const item = units[j]!;
        if (item.heading && (!marked || markerKind(item.text) === rank || !SUBHEADING_MARK.test(item.text))) break;
        if (item.heading || namesWhatOthersGive(item) || declinesHelp(item.folded) || NEED_NUMBER.test(item.text)) continue;
        if (elementsOfRequest(item.folded).length > 0) take(item);
        else if (!marked) break;
      }
    }
    // A sentence that announces the needs as a list ("Las necesidades identificadas … son las siguientes:", "وتتمثل الاحتياجات ذات
    // الأولوية فيما يلي:") opens the request's items as a request does.
    const announcesNeeds = NEEDS.test(unit.folded) && (/[:：]\s*$/u.test(unit.text) || LIST_FOLLOWS.test(unit.folded));
    // A need said to be met names the request it was ("can be removed from the list of assistance requests"): it asks no more.
    if (helpHeaders.has(unit.index) || NEED_MET.test(unit.folded) || !(REQUEST_CUE.test(unit.folded) || announcesNeeds) || offersOnly(unit.folded)) continue;
    if (takeAskingRow(unit)) continue;
    takeRequest(unit);
    // The request's items follow as a list or a table, or as the rest of a block ending with ":".
    // An item marked as the request itself is ("17." after "16.") is the next paragraph, not an item; so is one
    // marked as the need's title a request that opens no list stands under ("3." after the need "2. Inventories …").
    const opensList = /[:：]\s*$/u.test(unit.text) || LIST_FOLLOWS.test(unit.folded);
    // A request said in a whole sentence that announces no list ("I have the honour to submit a request for assistance,
    // prepared by …") is over at its stop: the numbered paragraph after it is the body's next ("1. Botswana is a party to …").
    const closed = !opensList && SENTENCE_END.test(unit.text);
    const title = unit.listItem || opensList ? undefined : titleOf(units, unit.index);
    const ownMarker = unit.listItem ? markerKind(unit.text) : title?.listItem ? markerKind(title.text) : null;
    // The section the request stands under ("8. Assistance"): the line numbered next in its list ("9. Points of contact") opens
    // the next section, whatever list or table follows it, and whether or not it reads as a heading; the request's own items
    // may be numbered as the sections are ("1.", "2." under "8.").
    const section = unit.listItem ? unit : titleOf(units, unit.index);
    const sectionNumber = section === undefined ? null : markerNumber(section.text);
    for (let j = i + 1; j < units.length; j++) {
      const item = units[j]!;
      const nextSection = sectionNumber !== null && (item.heading || item.listItem) && markerKind(item.text) === markerKind(section!.text) && markerNumber(item.text) === sectionNumber + 1;
      if (nextSection) break;
      // Needs grouped by area: a short area heading ("Legislation", "Border and customs") with its own items under it.
      if (item.heading && opensList && units[j + 1] && (units[j + 1]!.listItem || TABLE_ROW.test(units[j + 1]!.text))) continue;
      if (item.heading) break;
      const row = TABLE_ROW.test(item.text) && (opensList || TABLE_ROW.test(units[j - 1]!.text));
      if (item.listItem && markerKind(item.text) === ownMarker) break;
      // A cell's wrapped lines, read apart from their row, sit between the table's rows: they belong to the table.
      const tableSoFar = units.slice(i + 1, j).some((u) => TABLE_ROW.test(u.text));
      const wrappedCell = !row && !item.listItem && tableSoFar && units.slice(j + 1, j + 9).some((u) => TABLE_ROW.test(u.text));
      // "requests assistance for: (a) …; (b) …; and (c) …": the items of a list run on in one paragraph.
      const inlineItem = item.paragraph === unit.paragraph && INLINE_ITEM.test(item.text);
      // In a list the request announces ("in the following areas:"), an item titled by its first sentence ("(b) Detection at
      // ports of entry. The Customs Agency controls …") goes on in its paragraph: those sentences say what is in place and
      // what is missing, and the list goes on after them. What they ask, they ask in their own words; the item's title is
      // what the list asks. (A request that announces no list is followed by the body's own numbered paragraphs.)
      const itemBody = opensList && !item.listItem && units[j - 1]!.paragraph === item.paragraph && units.slice(i + 1, j).some((u) => u.listItem && u.paragraph === item.paragraph);
      if (itemBody) continue;
      if (!((item.listItem && !closed) || row || wrappedCell || inlineItem || (opensList && j === i + 1) || goesOnAfterSemicolon(units[j - 1]!, item))) break;
      // An item that says its need was met ("(c) the need for monitors, stated in 2022, was met with …") is the list's, but asks
      // nothing; so does one that offers the state's own help to others ("(c) stands ready to share its experience of joint
      // border posts with its neighbours"): what it names is what the state gives.
      // The item says so in any of its sentences ("(c) radiation detectors for the port. Two portals were installed in 2028 with a
      // partner's support; this need has been met and is recalled for information;").
      // So does one that says its help is needed no more ("(d) training on … : no longer required"), asking nothing beside, as an
      // item under a heading of needs does.
      const said = itemSentences(units, j);
      if (NEED_MET.test(said) || offersOnly(said) || (declinesHelp(said) && !REQUEST_CUE.test(said))) continue;
      take(item);
    }
  }
  return { requested: [...requested], requestUnits, helpCells, lacksStated };
}

/**
 * A list item's text with the sentences that go on after it in its paragraph, up to the paragraph's next item ("(a) …; (b) …"
 * run on in one paragraph are items of their own), folded.
 */
function itemSentences(units: readonly TextUnit[], at: number): string {
  const item = units[at]!;
  let end = at + 1;
  while (end < units.length && units[end]!.paragraph === item.paragraph && !units[end]!.listItem && !INLINE_ITEM.test(units[end]!.text)) end++;
  return units.slice(at, end).map((u) => u.folded).join(' ');
}

/**
 * A numbered paragraph is cut into units at its semicolons, as a list item is ("15. … would welcome assistance … for the drafting
 * of legislation …;" / "for radiation detection equipment …; and for …"): the unit after the cut, in the same paragraph, is the
 * same sentence going on with the request's next objects.
 */
function goesOnAfterSemicolon(before: TextUnit, unit: TextUnit): boolean {
  return unit.paragraph === before.paragraph && /[;；؛]\s*$/u.test(before.text);
}

/**
 * A unit whose sentence goes on, after its semicolon, to decline help for what it named ("7. As regards the security of
 * disused sources, the IAEA already supports … under a national project;" / "no further assistance is therefore requested
 * in that area."): the refusal names nothing of its own, it points back to the unit before it.
 */
function declinedAfterSemicolon(unit: TextUnit, next: TextUnit | undefined): boolean {
  return next !== undefined && goesOnAfterSemicolon(unit, next) && declinesHelp(next.folded) && elementsOfRequest(next.folded).length === 0;
}

/** The one cell of a table row that asks for help, when its other cells ask nothing (they name the row's area and action). */
function askingCellOf(row: TableRowText): string | undefined {
  const asking = row.cells.filter((c) => REQUEST_CUE.test(fold(c)));
  return asking.length === 1 && row.cells.length >= 3 ? asking[0] : undefined;
}

/**
 * Arabic numbers its sections with ordinal words ("سادساً - المساعدة", "سابعاً - نقاط الاتصال"), first to tenth, their
 * tanween written after the alef or before it ("سادسًا").
 */
const ARABIC_ORDINALS = ['[أا]ولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const ARABIC_ORDINAL_MARK = new RegExp(`^\\s*(${ARABIC_ORDINALS.join('|')})\\s*[-–—:]`, 'u');
const arabicOrdinal = (text: string): string | undefined => ARABIC_ORDINAL_MARK.exec(text.replace(/\u064B/gu, ''))?.[1];

/** The number a section's mark gives ("8.", "VIII.", "八、", "ثامناً -"), or null. */
function markerNumber(text: string): number | null {
  const ordinal = arabicOrdinal(text);
  if (ordinal !== undefined) return ARABIC_ORDINALS.findIndex((word) => new RegExp(`^${word}$`, 'u').test(ordinal)) + 1;
  const marker = /^\s*(?:(\d{1,2})[.)]?\s|([IVX]{1,5})[.)]?\s|([一二三四五六七八九十]{1,3})[、.])/u.exec(text);
  if (marker === null) return null;
  if (marker[1] !== undefined) return Number(marker[1]);
  const digits = [...(marker[2] ?? marker[3])!].map((c) => ({ I: 1, V: 5, X: 10 } as Record<string, number>)[c] ?? '一二三四五六七八九十'.indexOf(c) + 1);
  // Roman numerals subtract a digit written before a larger one ("IV"); Chinese multiplies a digit written before ten ("二十").
  if (marker[2] !== undefined) return digits.reduce((sum, d, k) => sum + (d < (digits[k + 1] ?? 0) ? -d : d), 0);
  if (digits.length === 1) return digits[0]!;
  return digits[0] === 10 ? 10 + digits[1]! : digits[0]! * 10 + (digits[2] ?? 0);
}

/**
 * The kind of a list marker: items of one list share it, a nested list has another. Chinese numbers its sections "三、" and
 * the items under them "（一）": the bracketed numeral is the nested list's.
 */
function markerKind(text: string): string {
  const marker = /^\s*(\(?\d+(?:\.\d+)*[.)]|\(?[a-zа-я][.)]|\([\u0621-\u064A]\u0640?\)|\(?[ivx]+[.)]|[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）|\S)/iu.exec(text)?.[1] ?? '';
  if (/\d/u.test(marker)) return `number${marker.replace(/[.)]$/u, '').split('.').length}`;
  if (/^\(?[ivx]+[.)]$/iu.test(marker)) return 'roman';
  if (/^\(?[a-zа-я][.)]$|^\([\u0621-\u064A]\u0640?\)$/iu.test(marker)) return 'letter';
  if (/^（/u.test(marker)) return 'cjkBracketed';
  if (arabicOrdinal(text) !== undefined) return 'arabicOrdinal';
  if (/[一二三四五六七八九十]/u.test(marker)) return 'cjk';
  return `bullet${marker}`;
}
