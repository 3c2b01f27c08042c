/**
 * The document's own date (note verbale, letter, signature, adoption), not the date of a law it
 * cites. The own date usually stands alone on its line or after a place ("New York, 14 March
 * 2024", "г. Астана, «12» апреля 2023 г.", "نيويورك في ٢٥ …") near the top or the end; cited
 * dates sit inside sentences after words like "Act of", "adopted on", "от", "de fecha".
 *
 * A document the UN issues opens with a header block (symbol, "Distr.", the issue date, language
 * lines); the issue date often follows the letter's, so it counts only when nothing else dates
 * the document. The title under that block names the letter's own date ("Note verbale dated …",
 * "Carta de fecha …"), ahead of the body. Two dates side by side are a period, not a date.
 */
import { ADDRESSEE } from './committeeAuthorship.js';
import { type FoundDate, findDates, isoDate } from './dates.js';
import { anyOf, fold, foldWithOffsets, textWidth } from './textFolding.js';
import { unHeaderBlockEnd } from './unHeaderBlock.js';

const CITATION_BEFORE = anyOf([
  '<of>', '<dated>', '<since>', '<from>', '<until>', '<adopted on>', '<entered into force>', '<in force since>', '<signed on>', '<act>', '<law>', '<no\\.>', '<until>', '<by>',
  '<du>', '<depuis>', '<loi>', '<décret>', '<jusqu.au>', '<de fecha>', '<desde>', '<ley>', '<decreto>', '<hasta>', '<от>', '<с>', '<до>', '<закон', '<указ', 'الصادر', 'المؤرخ', 'منذ', 'حتى', '自', '于',
]);
const OWN_DATE_BEFORE = anyOf([
  '<adopted by the committee on>', '<issued on>', '<done at>', '<fait à>', '<hecho en>', '<le>$', 'في$', '<date:?>$', '<fecha:?>$', '<дата:?>$', '日期[:：]?$', 'التاريخ:?$', '<approved on>', '<approuvé le>', '<aprobado el>',
  // The Gregorian date given with a Hijri one ("١٥ رمضان ١٤٤٦هـ الموافق ١٥ مارس ٢٠٢٥م"): how Arabic texts date themselves.
  '<الموافق>\\s*$',
]);

/**
 * The line a signed text closes with opens with where it was done ("Done at …", "Fait à …", "Dado en
 * Santo Domingo de Guzmán, Distrito Nacional, …, a los catorce (14) días …", "Совершено в …",
 * "حرر في …"): its date is the text's own, however long the place before it.
 */
const DONE_AT_LINE_START = anyOf(['^(done|signed|given) (at|in)>', '^fait à', '^(hecho|dado|firmado|suscrito) en>', '^(совершено|подписано) в>', '^حرر (في|ب)', '^签署于', '^于.{1,20}签署']);

/** "Adopted by the Committee on …", "Approuvée par le Comité le …": a document's own adoption or approval. */
// (The finite past as well, where a sentence says so: "aprobó el presente calendario el …", "утвердил настоящую программу".)
// (Chinese approves with 核准 as well as adopting with 通过; not 批准, which also ratifies a treaty.)
// (Arabic in the past or the participle, "اعتمدت", "المعتمد", not the imperfect of a step to come: "ستعتمد اللجنة … بحلول", "أن يعتمد".)
export const ADOPTION = anyOf(['<adopted>', '<approved>', '<adopté', '<approuvé', '<aprobad', '<adoptad', '<aprob(ó|aron)>', '<adopt(ó|aron)>', '<принят', '<утвержд', '<принял(а|и)?>', '<утвердил(а|и)?>', '通过', '核准', '<[وفب]?(ال)?م?اعتمد']);
const ADOPTION_OPENS = new RegExp(`^(?:${ADOPTION.source})`, 'u');
const ADOPTION_CLOSES = new RegExp(`(?:${ADOPTION.source})[.。]?$`, 'u');
/** "Date post:", "Posted on", "Date de publication": when a web page was put up, never the document's date. */
const POSTING = anyOf([
  '<date post', '<posted>', '<publication date>', '<date de publication>', '<publié le>', '<mis en ligne>', '<fecha de publicación>', '<publicado el>',
  '<дата публикации>', '<опубликовано>', '发布日期', '发布时间', 'تاريخ النشر', '<نشر في>',
]);

/**
 * A sentence that says the text itself was adopted or agreed on its date ("At its consultations on 11 March 2026, the
 * Committee agreed on the present roadmap", "Le Comité a adopté le présent programme le …", "本路线图由委员会于…商定"):
 * that date is the text's own, wherever the sentence stands. The text names itself as "the present …" or "this …".
 */
const PRESENT_TEXT = anyOf([
  '<the present>', '<this (document|note|programme|program|roadmap|plan|report|letter|message|text)>', '<(le|la) présente?>', '<(ce|cette) (document|note|programme|feuille de route|lettre)>',
  '<(el|la) presente>', '<(este|esta) (documento|nota|programa|hoja de ruta|carta)>', '<настоящ[а-я]*', '<(этот|эта|это|эту) (документ|записк|программ|дорожн|письм)',
  '本(文件|说明|方案|工作方案|路线图|报告|函|信)', '<(هذه|هذا) (الوثيقه|المذكره|البرنامج|خارطه|الرساله|الخطه)',
]);
const AGREED = anyOf(['<agreed>', '<convenu', '<acord(ó|aron)>', '<согласова', '商定', '<اتفق']);

/** Where a sentence ends: a full stop or semicolon before a space (a Chinese one anywhere), or a blank line. */
const SENTENCE_END = /[.;](?=\s|$)|[。；]|\n\s*\n/gu;

const ADOPTED_OR_AGREED = new RegExp(`${ADOPTION.source}|${AGREED.source}`, 'gu');

/**
 * Whether the sentence around a date says the text itself was adopted or agreed then. The verb dates the text by the
 * first full date after it ("aprobó el presente calendario el 16 de julio de 2025"), or, with none after, by the last
 * before it ("委员会于2030年3月11日…商定了本路线图"): another date of the sentence ("El Comité, cuyo mandato fue prorrogado
 * hasta el 30 de noviembre de 2032 …, aprobó …") dates something else.
 */
function adoptsPresentText(head: string, d: FoundDate): boolean {
  const from = Math.max(0, d.start - 300);
  const start = from + Math.max(0, ...[...head.slice(from, d.start).matchAll(SENTENCE_END)].map((m) => m.index + m[0].length));
  const end = head.slice(d.end, d.end + 300).search(new RegExp(SENTENCE_END.source, 'u'));
  const sentence = head.slice(start, end < 0 ? d.end + 300 : d.end + end);
  if (!PRESENT_TEXT.test(fold(sentence))) return false;
  const { folded, offsets } = foldWithOffsets(sentence);
  const full = findDates(sentence).filter((x) => x.day !== null && x.year !== null);
  return [...folded.matchAll(ADOPTED_OR_AGREED)].some((verb) => {
    const at = offsets[verb.index]!;
    const governed = full.find((x) => x.start >= at) ?? full.filter((x) => x.end <= at).at(-1);
    return governed?.start === d.start - start;
  });
}

type FullDate = FoundDate & { year: number; day: number };

/** Dates written side by side ("1 April 2025 to 31 March 2026", "du 1er janvier au 31 mars 2024"): a period. */
export function periodBounds(text: string, dates: readonly FoundDate[]): Set<FoundDate> {
  const bounds = new Set<FoundDate>();
  for (let i = 1; i < dates.length; i++) {
    const between = text.slice(dates[i - 1]!.end, dates[i]!.start);
    // A title broken between its two dates ("…2025年3月1日" / "至2026年2月28日期间") is still one period.
    const joined = between.replace(/\s+/gu, ' ').trim();
    const oneLine = !/\n/u.test(between) && between.length <= 8 && !/[.;]/u.test(between);
    const brokenTitle = /^\n?[^\n]*\n?[^\n]*$/u.test(between) && /^(?:-|–|—|to|au|al|a|hasta|до|по|至|到|إلى)$/iu.test(joined);
    if (oneLine || brokenTitle) bounds.add(dates[i - 1]!).add(dates[i]!);
  }
  return bounds;
}

/** The title under a header block: its lines up to the first heading, numbered paragraph or sentence end. */
function titleEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 800);
  // (Arabic UN texts number paragraphs "1 - " and head parts "أولاً - ".)
  const stop = rest.search(/\n\s*(?:[IVX]+|\d+|[一二三四五六七八九十]+)[.、)]\s|\n\s*(?:\d+|أولا[ًٌ]?)\s+[-–]\s|[.。:]\s*\n/u);
  return from + (stop < 0 ? rest.length : stop);
}

/** The line above the one that starts at `lineStart`. */
function lineBefore(head: string, lineStart: number): string {
  return lineStart === 0 ? '' : head.slice(head.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
}

/** A full line of prose that ends without a stop: its sentence goes on on the next line. */
function runsOnFrom(line: string): boolean {
  return textWidth(line.trim()) >= 50 && !line.includes('\t') && !/[.;:!?。；：！？]\s*$/u.test(line);
}

/** The line a date stands on, trimmed. */
function lineAround(head: string, d: FoundDate): string {
  const lineEnd = head.indexOf('\n', d.end);
  return head.slice(head.lastIndexOf('\n', d.start - 1) + 1, lineEnd < 0 ? head.length : lineEnd).trim();
}

/** A reference number: a mark of letters and figures parted by slashes ("MPRD-ONU/1540/2025-311", "12/345", "SCA/1/25(07)"). */
const REFERENCE_NUMBER = /[^\s/]*\d[^\s/]*\/\S*|[^\s/]*\/[^\s/]*\d\S*/gu;
/** The Hijri date given after the Gregorian one on a date line ("٢٤ شباط/فبراير ٢٠٢٥ م، الموافق ٢٥ شعبان ١٤٤٦ هـ"): the same date, not running text. */
const HIJRI_AFTER = /^\s*م?\s*[،,]?\s*الموافق\s+[^\n]{0,40}?هـ\.?\s*$/u;
/** The Hijri date given before the Gregorian one ("نيويورك، في 14 جمادى الأولى 1447 هـ الموافق 5 تشرين الثاني/نوفمبر 2025"): the same date; "الموافق" stays as the cue. */
const HIJRI_BEFORE = /[\d٠-٩]{1,2}\s+[^\d٠-٩\n]{2,30}?\s*[\d٠-٩]{3,4}\s*هـ\.?\s*[،,]?\s*(?=الموافق\s*$)/u;
/** An approval stamp alone on its line above the instrument that approves ("УТВЕРЖДЕН" / "распоряжением … от 28 мая 2025 года"). */
const STAMP_LINE = new RegExp(`^\\s*(?:${ADOPTION.source})[\\p{L}]*\\s*[:.]?\\s*$`, 'u');

function scoreDate(head: string, d: FullDate): number {
  const lineStart = head.lastIndexOf('\n', d.start - 1) + 1;
  const nextBreak = head.indexOf('\n', d.end);
  const lineEnd = nextBreak < 0 ? head.length : nextBreak;
  const before = head.slice(lineStart, d.start).replace(HIJRI_BEFORE, '');
  const after = head.slice(d.end, lineEnd).replace(HIJRI_AFTER, '');
  const previousLine = head.slice(0, lineStart).trimEnd().split('\n').at(-1) ?? '';
  const stamped = d.start < 1_500 && STAMP_LINE.test(fold(previousLine));
  const adopts = adoptsPresentText(head, d);
  // A short line of its own that closes with the adoption ("委员会于2026年2月3日核准", where Chinese puts the verb last) is the
  // text's approval line: "于" before its date places the approval, it cites nothing.
  const approvalLine = !/\t/u.test(before) && textWidth(`${before}${after}`.trim()) <= 60 && ADOPTION_CLOSES.test(fold(`${before}${head.slice(d.start, d.end)}${after}`.trim()));
  let standing = 0;
  // Alone on its line, or after a place name: "Wellington, 9 September 2022".
  // A numbered paragraph or a list item is running text however short ("4. The mandate ends on …").
  const numbered = /^\s*(?:\d+(?:\.\d+)*[.)]|[-•–])\s/u.test(before);
  // A line of a hard-wrapped paragraph may hold little more than a date ("Le mandat court jusqu'au 30 novembre 2032, en" /
  // "application de …"): where the words after the date run on into a next line that opens in lower case, the date is in a sentence.
  const nextLine = nextBreak < 0 ? '' : head.slice(nextBreak + 1, nextBreak + 41).trimStart();
  const runsOn = /\p{L}$/u.test(after.trim()) && /^\p{Ll}/u.test(nextLine);
  // The last line of a hard-wrapped paragraph may hold little more than a date ("… el curso regional celebrado en" / "la Ciudad
  // de Panamá del 8 al 12 de septiembre de 2025."): under a full line that ends without a stop, a line that opens in lower
  // case carries on its sentence. Arabic and Chinese have no case: there a line in their script, with no comma after a place
  // before the date and a stop after it, says the same. A closing line that opens with where it was done ("Dado en …, a los"
  // / "catorce (14) días del mes de agosto …") still dates the text on the line it wraps onto.
  const lineAbove = lineBefore(head, lineStart);
  const underFullLine = runsOnFrom(lineAbove);
  // (Russian writes "г." for "city" before the place of a date line, "г. Минск, 20 ноября 2026 г.": a place, not a sentence's wrap.)
  const opensInLowerCase = /^\p{Ll}/u.test(before.trimStart().replace(/^г\.\s*(?=\p{Lu})/u, ''));
  const caselessSentence = /^\P{L}*\p{Lo}/u.test(`${before}${head.slice(d.start, d.end)}`) && !/[,،，]\s*$/u.test(before) && /[.。]$/u.test(after.trim());
  // The cues of a date line (alone, after a place, after "le" or "في") say nothing there; only an adoption still dates the text.
  const wrapped = underFullLine && (opensInLowerCase || caselessSentence);
  // A reference number beside the date on a note's top line ("Nota MPRD-ONU/1540/2025-311 - Nueva York, 17/11/2025", "№ 12/345
  // от …") is the note's own mark, not words of a sentence: it does not make the line long.
  const bare = d.start < 1_500 ? before.replace(REFERENCE_NUMBER, ' ') : before;
  // A date in a row of a table of records, two cells or more before it and other rows around it ("提交年度工作计划\t各工作组\t
  // 2026年3月15日前"), is the row's (a task's time limit), however short its line. A letterhead laid out as a table has a
  // single row, and a label's row ("Approval by the Committee\t11 February 2025") one cell before its date, which it names.
  const followingLine = nextBreak < 0 ? '' : head.slice(nextBreak + 1).split('\n', 1)[0]!;
  const tableRow = /\t[^\t]*\t/u.test(before) && (previousLine.includes('\t') || followingLine.includes('\t'));
  const dateLine = !wrapped && !numbered && !runsOn && !tableRow && textWidth(bare.trim()) <= 40 && after.trim().length <= 6 && !/[.;]\s*$/u.test(before);
  if (dateLine) standing += 6;
  if (!wrapped && (/^[\p{L} .'’-]{2,30},\s*(?:le\s+|el\s+)?$/u.test(before.trim() + ' ') || /(?:^|\s)(?:г\.\s*)?[\p{L}-]+,\s*$/u.test(before))) standing += 2;
  // An adoption line may name the body and the place before its date; only at the start or the end of the text,
  // where a document says when it was adopted ("اعتمدت اللجنة الوطنية هذه الخطة في اجتماعها … بتاريخ … الموافق ١٢ يناير ٢٠٢٥م").
  const edge = d.start < 1_500 || d.start > head.length - 1_500;
  // The cue stands just before the date, the space between them apart ("New York, le 17 …", "Fecha: 3 …"), on a date line; in
  // a sentence "le" or "في" before a date dates an event.
  const cue = fold(before.slice(-30));
  if ((!wrapped && OWN_DATE_BEFORE.test(dateLine ? cue.trimEnd() : cue)) || DONE_AT_LINE_START.test(fold((wrapped ? lineAbove : before).trimStart())) || ADOPTION.test(fold(before.slice(edge ? -240 : -80))) || stamped || adopts || approvalLine) standing += 3;
  // Closing the opening line of the text after a comma: a title's own date, "National report of …, 14 March 2024."
  if (d.start < 1_000 && /,\s*$/u.test(before) && /^[.。]?\s*$/u.test(after)) standing += 3;
  // A date inside running text, with nothing around it that marks a document's own date, is an event's.
  if (standing === 0) return -Infinity;
  let score = standing;
  // Under a stamp, "от" dates the instrument that approves the document: its own date; so does "du", "于" before the
  // meeting that adopts the present text.
  if (CITATION_BEFORE.test(fold(before.slice(-14))) && !stamped && !adopts && !approvalLine) score -= 4;
  if (d.year === 2004 && d.month === 4 && d.day === 28) score -= 10;
  if (POSTING.test(fold(before))) score -= 10;
  // Early in the document is where letterheads and title pages are.
  if (d.start < 3_000) score += 2;
  else if (d.start > head.length - 1_500) score += 1;
  // Later dates beat earlier ones at equal standing: the document postdates what it cites.
  return score + (d.year - 1990) / 100;
}

/** The date a text closes with, alone on its last line or after a place ("٢٠ آذار/مارس ٢٠٢٥", "New York, 20 March 2025"). */
function closingDateLine(head: string, dates: readonly FullDate[]): FullDate | undefined {
  const last = dates.at(-1);
  if (!last || head.slice(last.end).trim() !== '') return undefined;
  const before = head.slice(head.lastIndexOf('\n', last.start - 1) + 1, last.start).trim();
  return textWidth(before) <= 40 && !/[.;:]$/u.test(before) && !/^(?:\d+(?:\.\d+)*[.)]|[-•–])\s/u.test(before) ? last : undefined;
}

export function detectDocumentDate(text: string): string | null {
  const head = text.slice(0, 200_000);
  const found = findDates(head);
  const dates = found.filter((d): d is FullDate => d.day !== null && d.year !== null);
  if (dates.length === 0) return null;
  const headerEnd = unHeaderBlockEnd(head, found);
  const periods = periodBounds(head, found);
  const own = (d: FullDate) => !periods.has(d);
  if (headerEnd > 0) {
    const titleLimit = titleEnd(head, headerEnd);
    // A title goes "… dated … from … addressed to …": a date after its addressee is the body's, which may follow with no
    // break ("… addressed to the Chair of the Committee" / "I have the honour to refer to your letter of 9 January 2026").
    const inTitle = dates.filter((d) => d.start > headerEnd && d.start < titleLimit && own(d) && !ADDRESSEE.test(fold(head.slice(headerEnd, d.start))));
    // A title may date what the text is about ("examen de la visita … (3 a 5 de junio de 2025)") above the line that
    // says when the text was adopted ("Aprobada por el Comité … el 24 de julio de 2025"): the adoption dates the text.
    // The adoption line opens with its verb or, in Chinese, closes with it ("…2025年7月24日以默许程序通过"); a wrapped line of a
    // sentence ("… since the resolution was adopted on 28 April 2004") does neither. A line that opens with the verb in
    // lower case ("… que el Comité" / "aprobó el 22 de enero de 2026 (véase el anexo).") is a sentence's wrap, not a line of its own.
    const adoptedOn = inTitle.find((d) => {
      const original = lineAround(head, d);
      const line = fold(original);
      return (ADOPTION_OPENS.test(line) && !/^\p{Ll}/u.test(original)) || ADOPTION_CLOSES.test(line);
    });
    // A date alone on its line under the title dates the text; one among the title's words names what the text is about
    // ("Information note on the Committee's visit to … (2-4 March 2026)" / "20 March 2026").
    // A date that ends a body's sentence wrapped onto its line ("… утвержденной Комитетом на его заседании" / "12 февраля 2026
    // года."), where no break parts the title from the body, stands alone on its line but is no date line.
    const endsWrappedSentence = (d: FullDate) => {
      const lineStart = head.lastIndexOf('\n', d.start - 1) + 1;
      return runsOnFrom(lineBefore(head, lineStart)) && /[.。]$/u.test(lineAround(head, d));
    };
    const dateLine = inTitle.find((d) => fold(lineAround(head, d).replace(head.slice(d.start, d.end), '')).replace(/[\s.]/gu, '') === '' && !endsWrappedSentence(d));
    let titled = adoptedOn ?? dateLine ?? inTitle[0];
    // A text dated on its last line ("مذكرة من الرئيس" … "٢٠ آذار/مارس ٢٠٢٥") was written then: a later date in its
    // title names what the text reports on (the meeting it was held at), not the text.
    const closing = closingDateLine(head, dates);
    if (titled && closing && isoDate(closing.year, closing.month, closing.day) > isoDate(titled.year, titled.month, titled.day)) titled = closing;
    if (titled) return isoDate(titled.year, titled.month, titled.day);
  }
  let best: { score: number; iso: string } | undefined;
  for (const d of dates) {
    if (d.start < headerEnd || !own(d)) continue;
    const score = scoreDate(head, d);
    if (!best || score > best.score) best = { score, iso: isoDate(d.year, d.month, d.day) };
  }
  if (best && best.score >= 2) return best.iso;
  // The issue date of the header block dates the document only when nothing else does.
  const issued = dates.find((d) => d.start < headerEnd);
  return issued ? isoDate(issued.year, issued.month, issued.day) : null;
}
