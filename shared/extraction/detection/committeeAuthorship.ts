/**
 * Whether the Committee wrote the document, from where its name stands: a Committee text opens
 * with the Committee as its heading ("1540 Committee newsletter", "لجنة مجلس الأمن المنشأة عملا
 * بالقرار 1540 (2004)"), under the Chair's letterhead (the Committee's name, "The Chair" alone
 * below it) or is titled a letter from its Chair; a state's note opens with its mission
 * and names the Committee only inside a sentence, as the addressee. States named in the body (a
 * host, a donor) change nothing. A Committee matrix is the Committee's text about one state: that
 * state stays its subject, and its treaties and measures are read.
 */
import { LANGUAGES } from '../contract.js';
import { cellDates } from './dates.js';
import { SIGNED } from './letterSignature.js';
import { rankStates } from './state.js';
import { anyOf, fold } from './textFolding.js';
import { unHeaderBlockEnd } from './unHeaderBlock.js';

export type CommitteeAuthorship = 'none' | 'committee' | 'matrix';

/**
 * The Committee's name in Chinese: "the Committee established pursuant to resolution 1540 (2004)",
 * with "Security Council" before the resolution, after it, or left out.
 */
// "第1540(2004)号决议所设安全理事会委员会", "安全理事会第1540(2004)号决议所设委员会", "安全理事会关于第1540(2004)号决议的委员会".
// Its long form says what the resolution is about before it: "安全理事会关于不扩散核武器、化学武器和生物武器的第1540(2004)号决议所设委员会".
const COMMITTEE_NAME_ZH = '(安全理事会)?(关于([^。，；\\s]{1,30}的)?)?第1540\\s*[(（]2004[)）]\\s*号决议(所设|的)(安全理事会)?委员会';

/** The Committee's own name, as a heading begins with it. */
const COMMITTEE_NAME = anyOf([
  'security council committee established pursuant to resolution 1540', '1540 committee', 'committee 1540',
  'comité du conseil de sécurité créé (par|en application de) la résolution 1540', 'comité 1540',
  'comité del consejo de seguridad establecido (en virtud de|de conformidad con) la resolución 1540', 'comité 1540',
  // (In the genitive too: the Chair's office names it so, "Председатель Комитета Совета Безопасности, учрежденного …".)
  'комитет[а-я]? совета безопасности, учрежденн(ый|ого) (резолюцией|в соответствии с резолюцией) 1540', 'комитет[а-я]? 1540',
  COMMITTEE_NAME_ZH, '1540委员会',
  'لجنة مجلس الأمن المنشأة (عملا بالقرار|بموجب القرار) 1540', 'لجنة 1540',
]);

/**
 * The Committee and its subsidiary bodies, by their common nouns ("the Group of Experts", "les groupes de travail", "Рабочие
 * группы", "专家组", "فريق الخبراء"; Russian names the one that acts in the instrumental too, "посещение Комитетом …"). They are
 * named in almost every sentence of a Committee document (its website, its members, the information sent to it): a reader
 * asks where the name stands, not whether it is there.
 */
export const COMMITTEE_BODIES = anyOf([
  '<committee>', '<working groups?>', '<group of experts>', '<comité>', '<groupes? de travail>', "<groupe d'experts>", '<grupos? de trabajo>', '<grupo de expertos>',
  '<комитет(ом)?>', '<рабоч(ая|ие) групп(а|ы)>', '<групп(а|ы) экспертов>', '委员会', '工作组', '专家组', 'اللجنه', 'الفريق العامل', 'الافرقه العامله', 'فريق الخبراء',
]);

/** The Committee's name opening a heading (a headline may give it its article: "Le Comité 1540 fait le point …"). */
const COMMITTEE_HEADING = new RegExp(`^(?:the |le |la |el |l')?(?:${COMMITTEE_NAME.source})`, 'u');

/** A title that makes the document a letter or message of the Chair (or a Committee matrix). */
const CHAIR_TITLE = anyOf([
  '^letter dated .{0,80} from the chair', '^message from the chair', '^lettre datée .{0,240} (par le président|par la présidente|du président du comité|de la présidente du comité)', '^message (du président|de la présidente)',
  '^carta de fecha .{0,240} (por|de) (la presidencia|el presidente|la presidenta)', '^mensaje (de la presidencia|del presidente|de la presidenta)',
  '^письмо председател', '^послание председател',
  '委员会主席([0-9年月]{0,12}日)?(给|的信)', '^رسالة .{0,240} (من|موجهة من) رئيس',
  // A note the Chair issues for the Committee ("Note by the Chair: review of the Committee's visit to …"): the state it
  // names after the colon is what the note is about, never its sender.
  '^note by the chair', '^note (du président|de la présidente|de la présidence)', '^nota (de la presidencia|del presidente|de la presidenta)',
  '^записка председател', '^(委员会)?主席(的)?说明', '^مذكرة (من )?(ال)?رئيس',
]);

/**
 * A matrix title names the Committee as the matrix's author. Chinese puts the state it is about
 * between the two ("…委员会关于丹麦王国的矩阵", "the Committee's matrix on Denmark").
 */
const MATRIX_TITLE = anyOf([
  '^(approved |draft )?1540 committee matrix', '^matrix of the 1540 committee', '^matrice du comité 1540', '^matriz del comité 1540', '^матрица комитета 1540',
  `^(1540委员会|${COMMITTEE_NAME_ZH})(关于[^。，]{1,40}的)?矩阵`, '^مصفوفة لجنة 1540',
]);

/** A state's mission, representative or government: who sends a state's letter or note. */
const MISSION_OR_GOVERNMENT = [
  '<permanent (mission|representative)', '<government of>', '<mission permanente>', '<représentant permanent', '<gouvernement (de|du|des)>',
  '<misión permanente>', '<representante permanente>', '<gobierno (de|del)>', '<постоянн[а-я]* (представител|миссии)', '<правительств',
  '常驻', '代表团', '政府', 'البعثة الدائمة', 'المندوب الدائم', 'حكومة',
];

/**
 * A mission or government before a Chair cue, in the cue's title or sentence (Chinese "…代表团给…委员会主席的信", a note's
 * "The Permanent Mission of … presents its compliments … and, in reply to the letter dated … from the Chair, …"): the
 * text is a state's, which names the Chair's letter it answers.
 */
const STATE_SENDER = anyOf(MISSION_OR_GOVERNMENT);

/** Where a title turns to its addressees ("на имя постоянных представителей"): a mission named after it receives, it does not send. */
export const ADDRESSEE = anyOf(['addressed to', 'adressée? (à|au|aux)', 'dirigida (a|al)', 'на имя', 'адресованн', '给', 'موجهة إلى']);

function senderPart(title: string): string {
  const turn = ADDRESSEE.exec(title);
  return turn ? title.slice(0, turn.index) : title;
}

/**
 * The line under the Committee's name in the Chair's letterhead ("Security Council Committee
 * established pursuant to resolution 1540 (2004)" / "The Chair"): the office alone on its line. A
 * state writing to the Chair names the Chair first ("The Chair of the Committee", "To: the Chair").
 */
const CHAIR_LINE = anyOf([
  '^(the )?chair(man|person|woman)?$', '^(le |la )?présiden(t|te|ce)$', '^(el |la )?presiden(te|ta|cia)$', '^председател[ья]$', '^主席$', '^(ال)?رئيس(ة)?$',
]);

/**
 * Who sends, in the title of a state's document issued under the Committee's heading ("Note verbale
 * dated … from the Permanent Mission of …", "Вербальная нота Постоянного представительства …",
 * "…常驻联合国代表团给…的普通照会"): its mission, representative or government. A state's own report there
 * names the state ("Informe nacional de la República de Cuba").
 */
const SENDER = anyOf([...MISSION_OR_GOVERNMENT, '<note verbale>', '<nota verbal>', '<вербальн[а-я]* нот', '普通照会', 'مذكرة شفوية']);

/** The opening lines that can hold a title: lines of a UN header block (a header cut short, or its organ named again) are passed over. */
/**
 * The UN's press-release banner ("Meetings Coverage and Press Releases", "(For information media - not an official record)")
 * is a header line too: the office that issues the release, above the headline that says who acts.
 */
const HEADER_LINE = /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة|Security Council|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности|安全理事会|مجلس الأمن)(?:\s|$)(?!committee)|Distr\.|^[A-Z]{1,2}(?:\/[A-Z0-9.]+)+\s*$|press releases?|communiqués? de presse|comunicados? de prensa|пресс-релиз|新闻稿|(?:البيانات|بيانات|بيان) صحفي|not an official record|document non officiel|documento no oficial|не является официальным отчетом|非正式记录|ليست? (?:وثيقة|محضرا?) رسمي/iu;
const TITLE_LINES = 8;

/**
 * The UN's name set before the Committee's on one heading line ("Naciones Unidas – Comité del Consejo de Seguridad …",
 * "الأمم المتحدة - لجنة مجلس الأمن …"): the organization the Committee belongs to, not a header line of its own. What
 * follows the dash is the heading read.
 */
const UN_NAME_BEFORE = /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة)\s*[-–—:|]\s*/iu;
const headingLine = (line: string) => line.trim().replace(UN_NAME_BEFORE, '');

/** The Chair's letterhead: the Committee's name as the first line of the text (under the UN's name or a symbol), the Chair's office alone on the next. */
function chairLetterhead(opening: string): boolean {
  const lines = opening.split('\n').map((l) => fold(headingLine(l)).replace(/^[\s*#]+/u, '')).filter(Boolean).slice(0, TITLE_LINES);
  const first = lines.findIndex((l) => !HEADER_LINE.test(l));
  if (first < 0) return false;
  const named = new RegExp(`^(?:${COMMITTEE_NAME.source})`, 'u');
  // The Committee's name may be broken over two lines ("Comité du Conseil de sécurité créé par" / "la résolution 1540 (2004)").
  for (const span of [1, 2]) {
    const name = lines.slice(first, first + span).join(' ');
    if (named.test(name) && CHAIR_LINE.test(lines[first + span] ?? '')) return true;
  }
  return false;
}

/**
 * The Chair's office as a signature block writes it, on up to three lines of its own: "Chair of the Security Council
 * Committee established pursuant to resolution 1540 (2004)", "Le Président du Comité …", "Председатель Комитета …",
 * "…委员会主席", "رئيس لجنة …"; or the office alone on the line above the Committee's name. A narrow signature column
 * wraps the Russian or Arabic name onto a third line ("Председатель Комитета Совета" / "Безопасности, учрежденного" /
 * "резолюцией 1540 (2004)").
 */
const CHAIR_OFFICE = new RegExp(
  `^(?:${anyOf(['(the )?chair(man|person|woman)?( of( the)?)?', '(le |la )?présiden(t|te)( du)?', '(el |la )?presiden(te|ta)( del)?', 'председател[ья]', 'رئيس(ه)?']).source})?\\s*`
  + `(?:${COMMITTEE_NAME.source})[^\\p{L}]*(?:主席[^\\p{L}]*)?$`, 'u');
const SIGNATURE_LINES = 8;

/**
 * A letter signed by the Chair is the Committee's, whoever it is addressed to and whatever states its body names:
 * the Chair's office stands in the signature block at its end, beside the signer's name marked as signed. (A state's
 * note that closes with its addressee, "The Chair / Security Council Committee …", has no signature there.)
 */
function signedByChair(text: string): boolean {
  const lines = text.slice(-2_000).split('\n').map((l) => fold(l.trim())).filter(Boolean).slice(-SIGNATURE_LINES);
  if (!lines.some((l) => SIGNED.test(l))) return false;
  return lines.some((_, i) => [1, 2, 3].some((span) => {
    const office = lines.slice(i, i + span);
    // The office and the signed name are next to each other: on adjacent lines, or the name is on the office's line.
    const near = lines.slice(Math.max(0, i - 1), i + span + 1);
    return office.length === span && CHAIR_OFFICE.test(office.join(' ').replace(/^[\s*#]+/u, '')) && near.some((l) => SIGNED.test(l));
  }));
}

/**
 * A letter's salutation alone on its line ("Madame la Représentante permanente, Monsieur le
 * Représentant permanent,", "Excellency,", "Уважаемый господин Председатель,", "阁下：", "سعادة
 * السفير،"): a short line ending in a comma or colon, without the digits of a dated title. It names
 * whom the letter is to, never who sends it.
 */
const SALUTATION_LINE = /^[^\d.;。]{1,100}[,:،，：]$/u;

/**
 * Under a UN header block the Committee's heading names the series; the title below it says who
 * writes. A state's document there names its sender or itself ("Note verbale … from the Permanent
 * Mission of …", "National report of …"); a title that names no state ("Information note",
 * "Programme of work") is the Committee's. A salutation under it addresses the reader: the Permanent
 * Representatives a Chair's letter goes to are not its sender.
 */
function titleNamesNoState(titleLines: readonly string[]): boolean {
  const title = fold(titleLines.filter((l) => !SALUTATION_LINE.test(l.trim())).join(' '));
  // A title that names the Committee before any state makes it the one that acts ("Information note on the Committee's
  // visit to the Republic of Djibouti", "关于委员会访问吉布提的说明", "مذكرة إعلامية بشأن زيارة اللجنة إلى جمهورية جيبوتي"): a state
  // named after it is visited or written to. A state's own note names its sender first ("Note verbale … from the Permanent
  // Mission of … addressed to the Chair of the Committee"), or the Committee as its addressee ("Lettre … adressée au Président
  // du Comité par le Représentant permanent de …"): the sender stands after the addressee's Committee.
  const committee = title.search(COMMITTEE_BODIES);
  const addressee = title.search(ADDRESSEE);
  const acting = committee >= 0 && (addressee < 0 || addressee > committee);
  const sender = acting ? title.slice(0, committee) : title;
  return !SENDER.test(sender) && !rankStates(sender, LANGUAGES).some((s) => s.score > 0);
}

/** The place a dateline opens with: "Nueva York, ", "Genève, le ", "Нью-Йорк, ", "北京，", "نيويورك، في ". */
const DATELINE_PLACE = /^[\p{L} .'’-]{2,30}[,，،]\s*(?:le\s|el\s|في\s)?/u;

/**
 * A line that opens in lower case goes on with a sentence from the line above (a note hard-wrapped at "… и в ответ на" /
 * "письмо Председателя от 3 июля …", "… in reply to the" / "letter dated 3 July 2026 from the Chair …"): it is no title,
 * however its words begin.
 */
const continuesSentence = (line: string): boolean => /^\p{Ll}/u.test(line.trim());

/** Where a sentence ends: its stop before a space or a line's end, or a blank line between paragraphs. */
const SENTENCE_BREAK = /[.!?;。！？؟；](?=\s|$)|\n\s*\n/gu;
const SENTENCE_LEAD = 600;

/**
 * The words of a line's sentence before it, up to the start of that sentence (and never into the UN header block): where a
 * wrapped note names the Chair's letter it answers, the start of its sentence names the mission that writes ("柬埔寨王国常驻
 * 联合国代表团向…委员会主席致意，并谨回复" / "主席2026年7月3日的信"). Scripts with no capitals cannot say a line goes on.
 */
function sentenceLead(opening: string, headerEnd: number, line: string): string {
  const at = opening.indexOf(line, headerEnd);
  if (at < 0) return '';
  const from = Math.max(headerEnd, at - SENTENCE_LEAD);
  const before = opening.slice(from, at);
  const breaks = [...before.matchAll(SENTENCE_BREAK)];
  const last = breaks.at(-1);
  return last ? before.slice(last.index + last[0].length) : before;
}

export function committeeAuthorship(text: string): CommitteeAuthorship {
  const opening = text.slice(0, 3_000);
  const headerEnd = unHeaderBlockEnd(opening);
  // A date alone on its line (a press release's issue date under its symbol, "14 May 2025"), or after the place it was
  // issued at ("Nueva York, 15 de enero de 2026"), is no title either.
  const titleLines = (from: number) => opening.slice(from).split('\n').map(headingLine)
    .filter((l) => l && !HEADER_LINE.test(l) && !cellDates(l.replace(DATELINE_PLACE, ''))).slice(0, TITLE_LINES);
  const lines = titleLines(headerEnd);
  // Broken title lines are read joined as well: "…委员会主席" / "给安全理事会主席的信".
  const titles = lines.map((line, i) => fold(`${line} ${lines[i + 1] ?? ''}`).replace(/^[\s*#]+/u, ''));
  if (titles.some((t) => MATRIX_TITLE.test(t))) return 'matrix';
  // The Chair's letterhead may stand above a reference symbol that reads as a header block's: it is read from the top.
  if (chairLetterhead(opening) || signedByChair(text)) return 'committee';
  // A Committee heading counts only as the first title line: under a mission's letterhead it is the addressee.
  // Under a UN header block it names the series the UN issues the document in (a state's report as
  // well as a Committee letter): there the title below it says who writes.
  const headedBy = (title: string | undefined) => title !== undefined && COMMITTEE_HEADING.test(fold(title).replace(/^[\s*#]+/u, ''));
  // A headline whose subject is the Committee ("El Comité 1540 fija sus prioridades …") says what the Committee does: its
  // story below may name a state's representative. Only the Committee's name alone is the series' heading.
  // (A name broken over two lines is a heading however its second line goes on.)
  const first = fold(lines[0] ?? '');
  const headline = COMMITTEE_HEADING.test(first) && /\p{L}\s+\p{L}|[\u4e00-\u9fff]{4}/u.test(first.replace(COMMITTEE_HEADING, '').replace(/\(2004\)/u, ''));
  if (headedBy(titles[0]) && (headerEnd === 0 || headline || titleNamesNoState(lines.slice(1, 4)))) return 'committee';
  // Above a line that ends in a symbol ("Nota informativa CS/1540/2026/03"), the Committee's name heads the document, as on a
  // text without a header block: the headline under the symbol is the title, and it names no state that sends (a state's
  // note issued there names its mission). Only the headline is read: the body under it names hosts and visited states.
  const top = headerEnd > 0 ? titleLines(0)[0] : undefined;
  if (top !== undefined && opening.indexOf(top) < headerEnd && headedBy(top) && titleNamesNoState(lines.slice(0, 1))) return 'committee';
  // Who sends is read up to the Chair cue: the words after it say what the Chair writes about ("Записка Председателя: …" /
  // "1. Правительство Непала пригласило Комитет"), not who writes.
  if (titles.some((t, i) => {
    const cue = CHAIR_TITLE.exec(t);
    if (!cue || continuesSentence(lines[i]!)) return false;
    return !STATE_SENDER.test(senderPart(`${fold(sentenceLead(opening, headerEnd, lines[i]!))} ${t.slice(0, cue.index + cue[0].length)}`));
  })) return 'committee';
  return 'none';
}
