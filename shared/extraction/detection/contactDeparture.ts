/**
 * The person who leaves the post in a change-of-contact notice. A notice that one person replaces
 * another names both, often with both addresses; only the new one is a contact. What marks the
 * outgoing one is what the clause naming them says of them, in the six languages: that they are
 * the former, previous or outgoing contact, or no longer serve ("has ceased", "deja de", "n'est
 * plus", "более не", "不再", "لم يعد"), or that someone replaces them (they are named after
 * "replaces", "en reemplazo de", "remplace", "вместо", "替代", "بدلا من").
 *
 * Patterns are plain words over folded text (see textFolding.ts); they name what the sentence does
 * to the person, never one notice's wording.
 */
import { namesPointOfContact } from './letterSignature.js';
import { CHINESE_HONORIFICS, withoutTitles } from './personNames.js';
import { anyOf, escapeRegExp, fold, foldWithOffsets } from './textFolding.js';

/** Said of a person who no longer holds the post, wherever it stands in their clause. */
const LEFT_THE_POST = anyOf([
  // English
  '<former>', '<formerly>', '<previous>', '<previously>', '<outgoing>', '<no longer>', '<ceased?>', '<ceases>',
  '<(has been|was|is|been)( hereby| now)? (relieved|withdrawn|removed|reassigned|transferred)>', '<(has )?(retired|resigned)>',
  // Taken off the list of contacts, in each language ("исключается из списка", "retiré de la liste", "excluido de la lista").
  '<(removed|deleted|struck) (from|off)>',
  // Leaving the post, in each language ("leaves her post", "quitte ses fonctions", "deja el cargo", "оставляет свою должность",
  // "离职", "يترك منصبه"), or retired ("parti à la retraite", "jubilado", "вышел на пенсию", "退休", "تقاعد").
  '<(leaves|left|leaving|will leave) (the|his|her|their) (post|position|office|functions|duties)>',
  '<quitt(e|é|ent|era|eront|ant) (ses|son|leurs|le) (fonctions|poste)>', '<(parti|partie|partis|parties|admis|admise|admises|mis|mise|mises) à la retraite>', '<(acogid|pasad)[oa]s? a (la )?(jubilación|retiro)>', '<(a|ont) démissionné>',
  '<(deja|dejó|dejará|dejarán|dejan|dejado|abandona|abandonan) (el|su|sus) (cargo|puesto|funciones)>', '<jubilad[oa]s?>', '<(ha|han) renunciado>',
  '<(оставля|покида|оставил|покинул)[а-я]* (свою |свой |свои )?(должност|пост)', '<(вышел|вышла|вышли|вышедш[а-я]*) на пенсию>', '<(ушел|ушёл|ушла|ушли) (с|со) (должност|пост)', '<уволен',
  '退休', '辞职', '离职',
  '<(يترك|تترك|ترك|تركت|غادر|غادرت) (منصبه|منصبها|المنصب|وظيفته|وظيفتها)>', '<(تقاعد|تقاعدت|استقال|استقالت)>', '<التقاعد>',
  // An address switched off, said after it ("Адрес x@… отключен", "x@… has been deactivated", "a été désactivée", "ha sido
  // desactivada", "已停用", "تم تعطيله"): it is the one of who leaves.
  '<(deactivated|disabled)>', '<désactivée?s?>', '<desactivad[oa]s?>', '<отключен', '<деактивирован', '停用', '注销', '<(معطل|تعطيل|تعطيله|عطل)>',
  // French
  "<appelée? à d.autres fonctions>", '<(called|assigned|moved) to (other|new) (duties|functions|posts?)>', '<(llamad|destinad)[oa] a otras funciones>',
  // Has taken up other duties: "has assumed other functions", "a pris d'autres fonctions", "ha asumido otras funciones".
  '<(assumed|taken up|took up) (other|new) (duties|functions|posts?)>', "<(pris|assumé) d.autres fonctions>", '<asumid[oa] otras funciones>', '<переведен[а-я]* на другую', '<ancien(ne)?>', '<précédente?>', '<sortante?>', "<n'(est|sont|assume|assument|exerce|exercent|occupe|occupent) plus>", '<ne (sera|fait|figure) plus>', '<(a )?cessé>', '<cesse>', '<(retiré|radié|supprimé)e?s? (de|du)>',
  // Spanish
  '<anterior>', '<saliente>', '<ya no>', '<de(ja|jó|jará|jado) de>', '<sin efecto>', '<ces(a|ó|ado|ará|e)>', '<(ha sido )?trasladad[oa]>', '<(excluid|retirad|eliminad|suprimid)[oa]s? de>',
  // Russian
  '<ранее>', '<прежн', '<бывш', '<более не>', '<больше не>', '<прекрати', '<прекращ', '<освобожд', '<исключ[а-я]* из>', '<переход[а-я]* на другую', '<недействител',
  // Chinese
  '此前', '之前的', '先前', '原(国家)?(联络人|联系人|协调人)', '原任', '前任', '不再', '离任', '卸任', '调任', '调离', '除名', '删除', '移除', '失效',
  // Arabic
  'السابق', 'لم يعد', 'لم تعد', 'انتهت', 'انتهاء', '<(ا|و)?نتقل(ت)? (الى|إلى) (مهام|منصب|عمل|وظيف)', 'حذف', 'شطب',
]);

/** A replacing word: the person named after it, in its clause, is the one replaced; the newcomers may be several ("sustituyen"). */
const REPLACES = anyOf([
  '<replac(e|es|ing)>', '<in (the )?place of>', '<instead of>', '<succeed(s|ing)>',
  '<rempla(ce|cent|çant|cement de)>', '<succèd(e|ent) à>', '<au lieu de>',
  '<reemplaz(a|an|ando)>', '<sustitu(ye|yen|yendo)>', '<en (sustitución|reemplazo|lugar) de>',
  '<замен(яет|яют|яя|ит|ят)>', '<вместо>', '<на смену>', '<смен(ил|ила|или|ивш[а-я]*|яет|яют|яющ[а-я]*)>',
  '替代', '接替', '取代', '代替', '替换',
  // "خلفا ل" may join its preposition to the title that follows ("خلفا للسيد …"), which is taken off with the title.
  'بدلا من', 'يحل محل', 'تحل محل', '<خلفا>',
  // The newcomers named between the verb and its "place" ("وتحل جهتا الاتصال الجديدتان محل السيد …").
  '<(و|ف)?(يحل|تحل|حل|حلت|يحلان|تحلان)>[^.،؛]{0,60}<محل>',
  // "محل" alone, after the newcomer's name ("وتحل الدكتورة X محل السيد Y"), is "in place of" where a person or a contact
  // follows it; elsewhere it is also "place" or "shop" ("محل الإقامة").
  '<محل (السيد|السيدة|الدكتور|الدكتورة|المهندس|المهندسة|العقيد|العميد|اللواء|المقدم|الأستاذ|الأستاذة|جهة|جهات|نقطة|نقاط)>',
]);

/** Where a clause ends: a sentence end, a semicolon, a comma, a line break or a table cell's edge. */
const CLAUSE_END = /[.!?;,。！？；，、،؛\n\t]/u;

/**
 * Text before the person back to the start of its clause; a name in apposition ("the former
 * contact, Mr. X") belongs to the clause before its comma.
 */
export function clauseBefore(text: string): string {
  // A line break between words in lower case is a prose line's wrap ("… вышедшего" / "на пенсию г-на X"), not a clause's end;
  // it is read as the space it stands for, one character for one, so that the clause keeps its place in the text.
  const lead = text.replace(/[^\S\n\t]*[,，،][^\S\n\t]*$/u, '').replace(/(?<=\p{Ll}[^\S\n\t]*)\r?\n(?=[^\S\n\t]*\p{Ll})/gu, (wrap) => ' '.repeat(wrap.length));
  let start = lead.length;
  while (start > 0 && !CLAUSE_END.test(lead[start - 1]!)) start--;
  return lead.slice(start);
}

/** Folded text from the start up to the end of its clause, or up to a replacing word. */
function clauseAfter(text: string): string {
  // The clause the person's name or address closes goes on past the comma after it: an apposition ("Mr. X, formerly …")
  // or the predicate after the address in brackets ("Mr. X (x@y.gov), no longer serves as …").
  text = text.replace(/^[^\S\n\t]*[)）]?[^\S\n\t]*[,，،][^\S\n\t]*/u, '');
  // A line break before a word in lower case is a prose line's wrap ("… the address x@y.gov" / "is no longer monitored"), not a
  // clause's end; nor is it after that comma ("… (x@y.gov)," / "quien ha asumido otras funciones").
  text = text.replace(/^[^\S\n\t]*\n[^\S\n\t]*(?=\p{Ll})|(?<=\p{Ll})[^\S\n\t]*\n[^\S\n\t]*(?=\p{Ll})/gu, ' ');
  const end = text.search(CLAUSE_END);
  const clause = end < 0 ? text : text.slice(0, end);
  const folded = fold(clause);
  const replacing = folded.search(REPLACES);
  return replacing < 0 ? folded : folded.slice(0, replacing);
}

/**
 * Where the sentence ends: a full stop before a space or a line break, unless it closes a title or
 * an initial ("Mr.", "Mme.", "K.") that a name follows.
 */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,3})[.!?。！？؟](?=\s|$)/u;

/** Where the first sentence of the text ends (its full stop, which closes no title or initial), or -1. */
export function sentenceEnd(text: string): number {
  return text.search(SENTENCE_END);
}

/** Whether a sentence ends in the text. */
export function endsASentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * Whether the person is the one a replacing word names ("Mme X, …, remplace M. Y en qualité de point de contact") and their
 * sentence ends before the details that follow (`between` runs from their name to the address): the next sentence gives the
 * details of the first sentence's subject, the newcomer ("Ses coordonnées : courriel x@…", "Her details are …"), not of the
 * one replaced, whose own details would stand in their clause ("… remplace M. Y (y@…)").
 */
export function replacedBeforeTheDetails(before: string, between: string): boolean {
  return REPLACES.test(fold(clauseBefore(before))) && endsASentence(between);
}

/**
 * Whether the rest of the person's sentence names them again as the subject of a clause saying
 * they left: "The designation of Mr. X (…), communicated by note of …, is withdrawn, as Mr. X has
 * been transferred to another post". Their name's words (a surname alone, in any order) are
 * what is looked for.
 */
function namedAgainAsLeaving(name: string, after: string): boolean {
  const end = after.search(SENTENCE_END);
  // Inside one sentence a line break is a wrap (a PDF's line), not a clause's end.
  const sentence = (end < 0 ? after : after.slice(0, end)).replace(/[^\S\t]*\n[^\S\t]*/gu, ' ');
  const words = name.split(/\s+/u).filter((w) => w.length >= 3);
  if (words.length === 0) return false;
  const escaped = words.map(escapeRegExp);
  const mention = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'gu');
  return [...sentence.matchAll(mention)].some((m) => LEFT_THE_POST.test(clauseAfter(sentence.slice(m.index + m[0].length))));
}

/**
 * Whether the person opens their sentence, as its subject: before the name (titles taken off) there
 * is at most an article or a conjunction since the last sentence's end ("El Sr. X …", "The X …").
 */
function isSubject(before: string): boolean {
  const lead = before.slice(before.search(/[^.!?;:。！？；：؟]*$/u)).trim();
  return lead === '' || /^\p{L}{1,4}$/u.test(lead) || REPORTED_CLAUSE_OPENS.test(fold(lead));
}

/**
 * The word that opens a reported clause, right before the person: the person is that clause's subject ("… has the honour to
 * inform it that Mr. X (…), designated by the note of …, has been called to other duties"), as at a sentence's start.
 * Chinese sets a comma after the verb of informing instead ("谨通知委员会，王明先生…").
 */
const REPORTED_CLAUSE_OPENS = anyOf([
  // Spanish and French may set the article before the person's title ("que el Sr. …", "que la Dra. …").
  '<that>$', '<que( (el|la|le|los|las))?>$', "<qu'$", '<что>$', '<(ب|و|ف)?أن>$', '(通知|告知|通报)[^，。]{0,20}，$',
]);

/**
 * A replacing word that takes a pronoun for the one replaced ("… designates new contacts in his place", "en remplacement de
 * celui-ci", "en su lugar", "вместо него", "接替其", "بدلا منه"): the person it points back to, named before it in the
 * sentence and not its subject, is the one replaced.
 */
const REPLACES_THE_ONE_NAMED = anyOf([
  '<(replac(e|es|ing)|succeed(s|ing)?) (him|her)>', '<in (his|her) (place|stead)>', '<instead of (him|her)>',
  '<à sa place>', '<en (remplacement|lieu et place) de (celui-ci|celle-ci|ce dernier|cette dernière)>', '<(le|la) rempla(ce|cent|çant)>',
  '<en (su )?(lugar|reemplazo|sustitución)>(?! de)', '<(lo|la) (reemplaza|sustituye)n?>',
  '<вместо (него|нее|неё)>', '<на (его|ее|её) место>', '<(его|ее|её) замен(яет|яют|ит|ят)>',
  '(接替|替代|取代|代替)(他|她|其)',
  '<بدلا (منه|منها)>', '<(محله|محلها)>', '<خلفا (له|لها)>',
]);

/** Whether the rest of the sentence after the person's address replaces them, by a pronoun that points back to them. */
function replacedByPronoun(after: string): boolean {
  // A paragraph's end or a table's cell ends the sentence too.
  const paragraph = after.split(/\n[^\S\n]*\n|\t/u, 1)[0]!;
  const end = paragraph.search(SENTENCE_END);
  const sentence = end < 0 ? paragraph : paragraph.slice(0, end);
  const other = sentence.indexOf('@');
  return REPLACES_THE_ONE_NAMED.test(fold(other < 0 ? sentence : sentence.slice(0, other)));
}

/**
 * The rest of the subject's sentence after their address, as far as it speaks of them: up to its end, another address
 * (another person) or a replacing word (the person after it is the one who leaves).
 */
function predicateOf(after: string): string {
  // A paragraph's end or a table's cell ends the sentence too.
  const paragraph = after.split(/\n[^\S\n]*\n|\t/u, 1)[0]!;
  const end = paragraph.search(SENTENCE_END);
  const sentence = (end < 0 ? paragraph : paragraph.slice(0, end)).replace(/[^\S\t]*\n[^\S\t]*/gu, ' ');
  const other = sentence.indexOf('@');
  const folded = fold(other < 0 ? sentence : sentence.slice(0, other));
  const replacing = folded.search(REPLACES);
  // A clause that names an address speaks of it, not of the person ("…; the former address x@… is no longer in use").
  return beforeClauseOf(AN_ADDRESS, replacing < 0 ? folded : folded.slice(0, replacing));
}

/** The text before the clause in which `mark` is first found (all of it where it is not). */
function beforeClauseOf(mark: RegExp, text: string): string {
  let at = text.search(mark);
  if (at < 0) return text;
  while (at > 0 && !CLAUSE_END.test(text[at - 1]!)) at--;
  return text.slice(0, at);
}

/**
 * A conjunction right after the person's details, joining the next person to them ("… (x@…) y la Dra. Y (y@…)", "and Mr.",
 * "et Mme", "и г-жа", "和", "والسيد").
 */
const JOINS_NEXT_PERSON = /^[^\S\t]*[)）]?[^\S\t]*(?:(?:and|et|y|e|и)[^\S\t]|和|及|以及|و)/u;
/** An address, to its last letter. */
const ADDRESS = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\w/u;

/**
 * Whether the person is joined to the next one, with their details, and what follows that one's details (or name, where
 * they give none) is said of both ("… el Lic. X (x@…) y la Dra. Y (y@…), quienes han asumido otras funciones", "Mr. X
 * (x@…) and Ms. Y, who have retired"): a predicate after persons joined by "and" speaks of them all. Only within one sentence.
 */
function saidOfThePersonsJoined(after: string): boolean {
  const joined = JOINS_NEXT_PERSON.exec(after);
  if (!joined) return false;
  const rest = after.slice(joined[0].length);
  const next = ADDRESS.exec(rest);
  if (next && !endsASentence(rest.slice(0, next.index))) return LEFT_THE_POST.test(clauseAfter(rest.slice(next.index + next[0].length)));
  // The one joined gives no address: the clause after their name's comma, in the sentence ("… y la Sra. Y, quienes ya no
  // ejercen esas funciones").
  const end = sentenceEnd(rest);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  const comma = sentence.search(/[,，،]/u);
  return comma >= 0 && LEFT_THE_POST.test(clauseAfter(sentence.slice(comma)));
}

/** The most words of a status cell ("Previous", "Saliente", "السابقة", "原联络人"): a cell of more is a post or a body. */
const MOST_STATUS_CELL_WORDS = 3;

/**
 * How many words a cell holds. Chinese sets no spaces between its words, most of two characters: a run of it counts one
 * word for each two ("原联络人" is two, "王建国先生（已退休）" four, a person's cell and no status).
 */
function wordsIn(cell: string): number {
  return cell.trim().split(/\s+/u).reduce((words, word) => words + Math.max(1, Math.ceil((word.match(/[\u4E00-\u9FFF]/gu)?.length ?? 0) / 2)), 0);
}

/**
 * Whether a cell of the person's table row, before their name's, gives their status as leaving ("Previous<tab>Mr. X<tab>…",
 * "السابقة<tab>…", "Anterior<tab>…"): a table of changes marks each row previous, new or unchanged in a column of its own.
 */
function rowMarksThemLeaving(before: string): boolean {
  const row = before.slice(before.lastIndexOf('\n') + 1);
  if (!row.includes('\t')) return false;
  return row.split('\t').slice(0, -1).some((cell) => cell.trim() !== '' && wordsIn(cell) <= MOST_STATUS_CELL_WORDS && LEFT_THE_POST.test(fold(cell.trim())));
}

/**
 * Whether a cell of the person's table row, after their name's and before the address, says they held the contact's office
 * and left it ("Mr. X<tab>Former point of contact (no longer in post)<tab>x@…", "Antiguo punto de contacto", "Прежнее
 * контактное лицо"): the row's own post cell gives their status.
 */
function rowCellMarksThemLeaving(between: string): boolean {
  const row = between.split('\n', 1)[0]!;
  return row.split('\t').slice(1, -1).some((cell) => LEFT_THE_POST.test(fold(cell)) && namesPointOfContact(cell));
}

/** A word naming an e-mail address or a mailbox, in the six languages. */
const AN_ADDRESS = anyOf(['<address', '<adresse', '<direcci', '<correo', '<адрес', '<почт', '邮箱', '邮件', '地址', 'عنوان', 'بريد'], 'gu');

/** Where the clause that runs up to an address starts: a clause's end, a cell's edge or a blank line; a prose line's wrap is none. */
const CLAUSE_OR_PARAGRAPH_END = /[.!?;,。！？；，、،؛\t]|\n[^\S\n]*\n/gu;

/** The most words between the word naming the address and the address: its owner's name and title ("عنوان السيد X"). */
const MOST_WORDS_TO_THE_ADDRESS = 6;

/**
 * Whether the clause that runs up to the address says the address is no longer in use, before it, as a sentence that sets
 * its verb first writes it ("ولم يعد عنوانه x@… مستخدما", "ya no se utiliza su dirección x@…", "более не действует его адрес
 * x@…"): the words saying so, then the word naming the address, then at most its owner's name. The address is the one of
 * who leaves, whoever is named before it. A field's label ("Former post" / "E-mail:") names an address with a colon, and
 * is no such clause.
 */
function addressOutOfUse(lead: string): boolean {
  const clauseStart = [...lead.matchAll(CLAUSE_OR_PARAGRAPH_END)].at(-1);
  const clause = fold(lead.slice(clauseStart ? clauseStart.index + clauseStart[0].length : 0));
  const named = [...clause.matchAll(AN_ADDRESS)].at(-1);
  if (!named) return false;
  const tail = clause.slice(named.index + named[0].length);
  return !/[:：]/u.test(tail) && tail.trim().split(/\s+/u).length <= MOST_WORDS_TO_THE_ADDRESS && LEFT_THE_POST.test(clause.slice(0, named.index));
}

/** The most words of a remarks cell read for a status: a cell of more is prose about something else. */
const MOST_REMARKS_CELL_WORDS = 12;

/**
 * Whether a cell of the person's table row after their address says they leave the list ("…<tab>x@…<tab>+58 …<tab>Baja:
 * deja de ser punto de contacto", "исключается из списка", "لم يعد نقطة اتصال"): a table of changes gives each row's
 * change in a remarks column at its end. Read up to the clause of a replacing word (what follows it is said of the one
 * replaced: "Nueva; sustituye al Sr. X") or of a word naming an address (an old address given up, not its holder: "Unchanged;
 * his former address is withdrawn").
 */
function remarksCellMarksThemLeaving(after: string): boolean {
  const cells = after.split('\n', 1)[0]!.split('\t').slice(1);
  return cells.some((cell) => {
    if (cell.trim() === '' || wordsIn(cell) > MOST_REMARKS_CELL_WORDS) return false;
    return LEFT_THE_POST.test(beforeClauseOf(AN_ADDRESS, beforeClauseOf(REPLACES, fold(cell))));
  });
}

const ALL_REPLACING = new RegExp(REPLACES.source, 'gu');
/** A name of two capitalised words or more, as Latin and Cyrillic scripts write one ("Бондаренко Игоря Николаевича", "John Roe"). */
const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]+[^\S\n]+\p{Lu}[\p{L}'’-]+/u;

/**
 * Whether the clause names the one replaced right after its replacing word, before the person it leads to ("вместо Бондаренко
 * Игоря Николаевича контактным лицом назначена X", "In place of Mr. John Roe, the Ministry designates X"): that person is
 * the newcomer, not the one replaced.
 */
function replacesAnotherNamed(clause: string): boolean {
  const { folded, offsets } = foldWithOffsets(clause);
  const replacing = [...folded.matchAll(ALL_REPLACING)].at(-1);
  return replacing !== undefined && CAPITALISED_NAME.test(clause.slice(offsets[replacing.index + replacing[0].length]));
}

/** Words that may stand between a replacing word and the name of the one replaced: articles and prepositions ("al", "à la", "the"). */
const BEFORE_THE_REPLACED = /^(?:the|of|a|al|el|la|los|las|le|les|à|au|aux|de|del|du)$/iu;
/** Lower-case words inside a name: its particles. */
const PARTICLE_IN_NAME = /^(?:de|del|da|dos|das|la|van|von|der|den|bin|binti|bint|ibn|ben|al|el)$/u;
/** A Chinese name written close after the replacing word, up to its title, post, or the word or sign after it ("接替王明先生的职务"). */
const HAN_NAME_REPLACED = new RegExp(`^[^\\S\\n]*([\\u4E00-\\u9FFF·]{2,12}?)(?:${CHINESE_HONORIFICS}|处长|司长|局长|科长|主任|参赞|秘书|官员|顾问|[的，,。；、（(\\s]|$)`, 'u');
/** Arabic words that follow a name and are none of it: a relative, a preposition, a conjunction. */
const ARABIC_AFTER_NAME = /^(?:الذي|التي|اللذين|الذين|في|من|إلى|على|عن|مع|لدى|و)$/u;
/** The most words of the name of one replaced. */
const MOST_REPLACED_NAME_WORDS = 5;

/**
 * The names right after the text's replacing words ("… replaces Mr. Tavita Schuster, who …", "sustituye al Sr. Marcano",
 * "вместо Соколова И.В.", "接替王明先生", "خلفا للسيد خالد الفارس"): the persons replaced. After the articles and titles, a
 * name runs up to a word in lower case that is no particle, or up to a clause's end; Chinese writes it close, up to its title.
 */
export function namesReplacedIn(text: string): string[] {
  // Folded with its offsets only where it replaces anyone: that fold goes a character at a time, the plain one by whole patterns.
  if (!REPLACES.test(fold(text))) return [];
  const { folded, offsets } = foldWithOffsets(text);
  const names: string[] = [];
  for (const m of folded.matchAll(ALL_REPLACING)) {
    // "In his place", "вместо него", "بدلا منه": the one replaced was named before, by a pronoun here.
    if (REPLACES_THE_ONE_NAMED.exec(folded.slice(m.index, m.index + m[0].length + 12))?.index === 0) continue;
    const after = text.slice(offsets[m.index + m[0].length], offsets[m.index + m[0].length]! + 120).split('\n', 1)[0]!;
    const han = HAN_NAME_REPLACED.exec(after);
    if (han) {
      names.push(han[1]!);
      continue;
    }
    // Arabic joins "to" to the title's article ("للسيد": "ل" and "السيد").
    let lead = after.replace(/^[^\S\n]+/u, '').replace(/^لل(?=[\u0621-\u064A])/u, 'ال').split(/[^\S\n]+/u);
    // A word with a full stop that nothing capitalised follows ends the sentence ("… al Sr. Vega."): a title is followed by a
    // name, and the stop is not taken for an abbreviated title's.
    const stop = lead.findIndex((w, i) => i > 0 && /\.$/u.test(w) && !/^\p{Lu}\.$/u.test(w) && !/^[\p{Lu}\p{Lo}]/u.test(lead[i + 1] ?? ''));
    if (stop >= 0) lead = [...lead.slice(0, stop), lead[stop]!.slice(0, -1)];
    const words: string[] = [];
    for (const word of withoutTitles(lead.filter((_, i) => !lead.slice(0, i + 1).every((x) => BEFORE_THE_REPLACED.test(x))).join(' ')).split(/[^\S\n]+/u)) {
      const bare = word.replace(/[,;:.，；،؛)）]+$/u, '');
      if (!bare || (/^\p{Ll}/u.test(bare) && !PARTICLE_IN_NAME.test(bare)) || ARABIC_AFTER_NAME.test(bare) || words.length >= MOST_REPLACED_NAME_WORDS) break;
      words.push(bare);
      if (bare !== word && !/^\p{Lu}\.$/u.test(word)) break;
    }
    if (words.some((w) => /^[\p{Lu}\p{Lo}]\p{L}{2,}/u.test(w))) names.push(words.join(' '));
  }
  return names;
}

/**
 * A name's word as compared with another's: its first four letters in lower case (a case ending changes no more: "Соколова",
 * "Соколов"), an Arabic word whole (its article and the letters joined to it tell names apart).
 */
export const wordStem = (word: string) => word.slice(0, /[\u0621-\u064A]/u.test(word) ? word.length : 4).toLowerCase();
/** A name's words of two letters or more, each by its stem. */
const nameStems = (name: string) => name.split(/[^\S\n]+/u).filter((w) => /^\p{L}{2,}$/u.test(w)).map(wordStem);

/** Whether `name` is the one replaced: every word of the name said replaced is one of its words ("Marcano", "Соколова И.В."). */
export function isOneReplaced(name: string, replaced: readonly string[]): boolean {
  const own = nameStems(name);
  return replaced.some((other) => {
    // A Chinese name is one run of characters: the same run, or it is another person ("王明", "王明华").
    if (/^[\u4E00-\u9FFF·]+$/u.test(other)) return other === name;
    const stems = nameStems(other);
    return stems.length > 0 && stems.every((stem) => own.includes(stem));
  });
}

/**
 * The contact's office said in the past tense right before the person, the verb and at most an article ending their clause
 * ("Until now, the point of contact was Mr. X", "le point de contact était M. X", "el punto de contacto era el Sr. X",
 * "контактным лицом являлся г-н X", "联络人曾为X", "كانت جهة الاتصال السيدة X"): the one who held it, not who holds it.
 */
const WAS_THE_CONTACT = anyOf([
  '<(contact|contact person|contact point|point of contact|focal point) was( the)?$', '<(contact|point de contact|point focal) était( le| la)?$',
  '<(contacto|punto de contacto|punto focal) (era|fue)( el| la)?$', '<(лицом|пунктом|координатором) (являлся|являлась|был|была)$',
  '(联络人|联系人|联络点)曾(经)?(为|是)$', '<(كان|كانت) (جهة|نقطة) (ال)?اتصال( (ال)?وطني(ه)?)?$',
]);

/**
 * Whether the person is the one leaving: `before` is the text before their name (titles already
 * taken off), `between` runs from the name to the address (its first clause is theirs), `after` follows
 * the address.
 */
export function leavesThePost(before: string, between: string, after: string, name = ''): boolean {
  const lead = fold(clauseBefore(before));
  // A replacing word before the person names the one they replace after it, unless it points back to one named before by a
  // pronoun ("ويسمى بدلا منه … العقيد X", "Вместо него назначен X"): then the person is the newcomer.
  const replacesBefore = REPLACES.test(lead) && !REPLACES_THE_ONE_NAMED.test(lead) && !replacesAnotherNamed(clauseBefore(before));
  if (replacesBefore || LEFT_THE_POST.test(lead) || WAS_THE_CONTACT.test(lead.trimEnd()) || rowMarksThemLeaving(before) || rowCellMarksThemLeaving(between) || remarksCellMarksThemLeaving(after)) return true;
  if (LEFT_THE_POST.test(clauseAfter(between)) || LEFT_THE_POST.test(clauseAfter(after)) || namedAgainAsLeaving(name, after)) return true;
  if (saidOfThePersonsJoined(after) || addressOutOfUse(`${before}${name}${between}`)) return true;
  // The sentence's subject is what its predicate says, past a relative clause ("El Sr. X (x@…), quien hasta la fecha
  // fungía como punto de contacto, ha asumido otras funciones"), before the address too where a later sentence gives it
  // ("Mr. X, who served as contact since 2021, has retired. … delete his address (x@…)"); a table's row (cells) is no sentence.
  if (between.includes('\t')) return false;
  return isSubject(before) ? LEFT_THE_POST.test(predicateOf(between)) || LEFT_THE_POST.test(predicateOf(after)) : replacedByPronoun(after);
}
