/**
 * Points of contact: persons named with an e-mail address (or designated as contacts). The name
 * is kept as written (script and order), without honorifics or ranks; the role is the text
 * between the name and the address ("Director, …").
 *
 * Layout decides what belongs together: a name never runs across a tab (a table's column edge,
 * see `readers/pdfLines.ts`) or a line break; an address in a table row takes its name from that
 * row, never from the row above; and a copy line ("cc:") names people outside the state's
 * administration, whose addresses are not the state's contacts.
 */
import type { ContactFinding } from '../contract.js';
import { chineseNameAtEnd, DOTTED_NAME, endsWithPost, nameAfterOffice, nameAfterSpacedPost, nameBeforePost, startsWithSurname } from './chineseNames.js';
import { CONTACT_LABEL, continuesPhrase, ITEM_MARKER } from './contactLines.js';
import { contactForms, type ContactForm } from './contactForms.js';
import { clauseBefore, endsASentence, isOneReplaced, leavesThePost, namesReplacedIn, replacedBeforeTheDetails, sentenceEnd, wordStem } from './contactDeparture.js';
import { COPY_LINE, onCopyLine } from './copyLines.js';
import { E_MAIL_ADDRESSES as EMAIL, withAddressesWrittenWhole, withWrittenOutAddresses } from './emailAddress.js';
import { namesPointOfContact, signsTheLetter } from './letterSignature.js';
import { servesAnotherOrganisation } from './otherOrganisations.js';
import { withHyphenatedWordsJoined } from './hyphenatedWords.js';
import { withNameColumnsJoined } from './nameColumns.js';
import { withFormsSideBySideApart, withSideBySideBlocksApart } from './sideBySideBlocks.js';
import { GRATITUDE_CUE, MEASURE_CUE } from './statementCues.js';
import { anyOf, fold } from './textFolding.js';
import {
  AFTER_DOTTED_NAME, AFTER_HONORIFIC, ARABIC_HONORIFICS_AFTER, ARABIC_LINKS, ARABIC_NAME, ARABIC_NAME_WORD,
  ARABIC_WORD_END, BODY_HEAD, capitalised, CHINESE_BEFORE_BRACKET, CHINESE_HONORIFICS, CHINESE_TITLE,
  CHINESE_TITLE_OPENING_CELL, CHINESE_TITLED_CELL, CHINESE_WITH_TITLE, DOTTED_BEFORE_WRAP, DOTTED_IN_TEXT,
  ENDS_WITH_CHINESE_TITLE, HONORIFIC_SOURCE, LEADING_TITLE, NAME_SPACE, NAME_WORD, onlyTitle, PATRONYMIC_NAME,
  ROMANISED_CHINESE_NAME, SURNAME_WITH_TWO_INITIALS, TITLE_OPENS_WORD, TRAILING_TITLE, TWO_INITIALS_NAME, WESTERN_NAME,
  WHOLE_SURNAME_WITH_INITIALS, withoutAnyTitles, withoutTitles, WRAPPED_AFTER_HONORIFIC, wrappedPatronymicAt,
} from './personNames.js';

const LABELLED = new RegExp(`${CONTACT_LABEL}\\s*[:：]\\s*([^\\n,;，；،]{2,80})`, 'giu');

/** A table's row: a line of tab-separated cells that starts with a cell. */
const isRow = (line: string) => line.includes('\t') && !line.startsWith('\t');

/**
 * The text an address's person is looked for in: its own table row when the address is in one, so
 * that a row never takes the row above's name; otherwise up to 400 characters before it, after the
 * last row there that gives its own contact details (a telephone where the others give an address,
 * "tél. : …"), or after the last row of a table with a column of addresses (see `inTableWithAddressColumn`): that row is
 * its person's whole entry, and the address below the table is another's, a service's mailbox named in a sentence.
 */
function blockBefore(text: string, at: number, from: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (isRow(line)) return text.slice(Math.max(from, fieldEntryStart(text, lineStart, line)), at);
  const start = Math.max(from, at - 400);
  const block = text.slice(start, at);
  const lines = block.split('\n');
  const row = lines.slice(0, -1).findLastIndex((l) => isRow(l) && givesContactDetails(l));
  if (row >= 0) return lines.slice(row + 1).join('\n');
  const lastRow = lines.slice(0, -1).findLastIndex((l) => l.includes('\t'));
  const lastRowAt = start + lines.slice(0, lastRow).reduce((length, l) => length + l.length + 1, 0);
  return lastRow >= 0 && inTableWithAddressColumn(text, lastRowAt) ? lines.slice(lastRow + 1).join('\n') : block;
}

/** The most lines a table runs over above a line of it, for its header to be looked for. */
const MOST_TABLE_LINES = 60;

/**
 * Whether the row on the line at `rowAt` belongs to a table with a column of addresses: each of its people has their address
 * in that column, or none (a dash, "through the coordinator"), and an address written after the table, in a sentence, is
 * nobody's of the table (a service's mailbox).
 */
function inTableWithAddressColumn(text: string, rowAt: number): boolean {
  let lineStart = text.lastIndexOf('\n', rowAt - 1) + 1;
  for (let lines = 0; lines < MOST_TABLE_LINES; lines++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    if (line.split('\t').some((cell) => ADDRESS_COLUMN.test(cell.trim()))) return true;
    if (lineStart === 0) return false;
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (!text.slice(above, lineStart - 1).includes('\t')) return false;
    lineStart = above;
  }
  return false;
}

/**
 * Where the entry of an address's row starts. A table of two columns, label and value, gives each person as a block of rows
 * ("Nombre<tab>X" / "Cargo<tab>…" / "Correo electrónico<tab>x@…"), headed by a row whose value is empty (the role, "Punto
 * de contacto alterno"): the address's row names no one, and the person is the block's, from its head down. Any other row
 * is its person's whole entry.
 */
function fieldEntryStart(text: string, lineStart: number, line: string): number {
  if (!DETAIL_FIELD_ROW.test(line)) return lineStart;
  let start = lineStart;
  for (let rows = 0; start > 0 && rows < MOST_FIELD_ROWS; rows++) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    const cells = text.slice(above, start - 1).split('\t');
    if (cells.length !== 2 || !cells[0]!.trim()) break;
    start = above;
    if (!cells[1]!.trim()) break;
  }
  return start;
}

/** The most rows of one person's block in a label and value table: name, post, body, telephone, and so on. */
const MOST_FIELD_ROWS = 6;

/**
 * A line that opens with a person and goes on with the person's post ("2. Шевчук Оксана Ивановна —
 * начальник отдела …", "- Mr. Tomas Ilves, Adviser …"): a contact line, whose post names no measure.
 */
export function opensWithPerson(text: string): boolean {
  const body = text.replace(/^[\s\d.)(、一二三四五六七八九十•\-–—*]+/u, '');
  const titled = LEADING_TITLE.test(body);
  const [head] = body.split(titled ? /\s[–—-]\s|[,;،，\t]/u : /\s[–—]\s/u);
  if (!head || head === body) return false;
  const name = withoutTitles(head.trim());
  return looksLikeName(name) && (titled || !MEASURE_CUE.test(fold(name)));
}

/** A listed title or rank (and its force's initials in brackets: "Coronel (GNB)"), then a name's first letter; Arabic may set a slash after the title ("المهندس/ …"). */
const TITLED_NAME = new RegExp(`^(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*(?:[(（]\\p{Lu}{2,5}[)）][^\\S\\t\\n\\r]*)?[\\p{Lu}\\p{Lo}]`, 'u');

/**
 * A sentence whose subject, in its first words, is a person named with a title or rank ("Dr. Aisha … coordinates …",
 * "وتتولى الدكتورة عائشة … مهام التنسيق"): it says what that person does, as a contact's post does, and names no measure.
 */
export function hasTitledPersonAsSubject(text: string): boolean {
  const trimmed = text.trim();
  // The subject may follow a short opening phrase set off by a comma ("Por su parte, el Ing. …", "In turn, Dr. …",
  // "В свою очередь, …", "ومن جهته، …").
  const afterOpening = OPENING_PHRASE.exec(trimmed);
  return [trimmed, ...(afterOpening ? [trimmed.slice(afterOpening[0].length)] : [])].some((body) => {
    // The first five words are all a name and its title can take (split no further: sentences can be long).
    const words = body.split(/\s+/u, 5);
    for (let i = 0; i < Math.min(3, words.length); i++) {
      if (TITLED_NAME.test(words.slice(i, i + 3).join(' '))) return true;
    }
    return false;
  });
}

/** Up to four words, then a comma: an adverbial opening before the sentence's subject. */
const OPENING_PHRASE = /^(?:[^\s,،，]+\s+){0,3}[^\s,،，]+\s*[,،，]\s*/u;

/** A Russian full name and nothing else: its patronymic marks it as a person's. */
const RUSSIAN_FULL_NAME = new RegExp(`^${PATRONYMIC_NAME.source}$`, 'u');
/** A whole string that is a name, in each script's form (built once: names are checked for every candidate). */
// A Russian full name with a Turkic patronymic ends in a word in lower case ("Алиева Гюнай Тофиг кызы").
const WHOLE_NAME = [
  /^[\u4E00-\u9FFF]{2,4}$/u, new RegExp(`^${DOTTED_NAME}$`, 'u'), new RegExp(`^${ARABIC_NAME}$`, 'u'), new RegExp(`^${WESTERN_NAME}$`, 'u'), RUSSIAN_FULL_NAME,
  new RegExp(`^${SURNAME_WITH_TWO_INITIALS}$`, 'u'), new RegExp(`^${TWO_INITIALS_NAME}$`, 'u'),
];

/**
 * A body's name, by its head word ("Oficina de Prensa", "Office of Legal Affairs", "Пресс-служба", "مكتب الإعلام"): the
 * office behind a functional mailbox, written as capitalised words as a name is, but no person.
 */
const BODY_NAME = new RegExp(`^${BODY_HEAD}(?![\\p{L}])`, 'u');

/**
 * A table's column label, by its head word ("Name and position", "Ф.И.О.", "姓名", "الاسم والوظيفة"): the header row of a
 * list of contacts, which Arabic, with no capitals to tell a label from a name, writes as a name's words are written.
 */
export const NAME_LABEL = '(?:Name|Nom|Nombre|Имя|Фамилия|ФИО|Ф\\.[^\\S\\n]?И\\.[^\\S\\n]?О\\.|姓名|الاسم|اسم)';
const COLUMN_LABEL = new RegExp(`^${NAME_LABEL}(?![\\p{L}])`, 'u');

/**
 * A body's name that English closes with its head word ("Fiscal Action Unit", "Legal Affairs Office", "Customs
 * Division"): the rest of an office's name that a wrapped cell sets on a line of its own, no person.
 */
const BODY_NAME_END = /(?<![\p{L}])(?:Unit|Office|Division|Department|Directorate|Section|Agency|Authority|Secretariat|Bureau|Ministry|Commission|Committee)$/u;

/**
 * The words a post opens with, in the six languages ("Director", "Chef", "Jefa", "Conseiller", "начальник", "主任", "مدير"):
 * a word after a surname and its comma that opens a post is no given name ("Mensah, Director").
 */
export const POST_HEAD = new RegExp(`^(?:${[
  'Director', 'Directora', 'Directeur', 'Directrice', 'Head', 'Chief', 'Chef', 'Cheffe', 'Jefe', 'Jefa', 'Deputy', 'Assistant', 'Adjoint', 'Adjointe',
  'Adjunto', 'Adjunta', 'Officer', 'Officier', 'Oficial', 'Adviser', 'Advisor', 'Conseiller', 'Conseillère', 'Asesor', 'Asesora', 'Coordinator',
  'Coordonnateur', 'Coordonnatrice', 'Coordinador', 'Coordinadora', 'Secretary', 'Secrétaire', 'Secretario', 'Secretaria', 'Manager', 'Gerente',
  'Specialist', 'Spécialiste', 'Especialista', 'Expert', 'Experte', 'Experto', 'Experta', 'Analyst', 'Analyste', 'Analista', 'Attaché', 'Attachée',
  'Agregado', 'Agregada', 'Chargé', 'Chargée', 'Encargado', 'Encargada', 'Subdirector', 'Subdirectora', 'Sous-directeur', 'Sous-directrice', 'Senior',
  'Principal', 'Legal', 'Technical', 'Policy', 'Programme', 'Program', 'Desk', 'Focal', 'Point', 'Punto', 'Directorate',
  'Директор', 'Начальник', 'Заместитель', 'Советник', 'Специалист', 'Эксперт', 'Руководитель', '主任', '处长', '司长', 'مدير', 'رئيس',
].join('|')})(?![\\p{L}])`, 'iu');

/**
 * A postal box's label, which an address block writes with initials and capitals as a name is written ("P.O. Box 53", "B.P.
 * 4056", "Apartado Postal 10", "Casilla 1420", "а/я 12", "邮政信箱", "ص.ب"): no person.
 */
const POSTAL_BOX = /^(?:P\.?\s?O\.?\s?Box|B\.\s?P\.|Bo[iî]te\s+postale|Apartado|Casilla|Caixa\s+Postal|а\/я|Абонентский\s+ящик|邮政信箱|ص\.\s?ب)(?![\p{L}])/iu;

/** A post's word written after a name with no comma between them ("Mr Ousmane Keïta Head of Section"): where the name ends. */
const POST_AFTER_NAME = new RegExp(`${NAME_SPACE}${POST_HEAD.source.replace(/^\^/u, '')}`, 'iu');

/**
 * The name without the post a table's cell or a line runs on with, with no comma between them ("Ousmane Keïta Head of
 * Section", "Kwame Mensah Director"): no one's name holds a post's word, and two words at least are left.
 */
function withoutPostAfter(name: string): string {
  const post = POST_AFTER_NAME.exec(name);
  const kept = post ? name.slice(0, post.index) : name;
  return post && kept.trim().split(/\s+/u).length >= 2 ? kept.trimEnd() : name;
}

export function looksLikeName(name: string): boolean {
  if (name.length < 2 || name.length > 60 || /@|\d/u.test(name) || BODY_NAME.test(name) || BODY_NAME_END.test(name) || COLUMN_LABEL.test(name) || POST_OR_BODY_COLUMN.test(name) || OPENS_WITH_ARABIC_POST.test(name)) return false;
  // A post written with capitals as a name is ("Directora General de Política Exterior") opens with its post's word.
  if (POST_HEAD.test(name)) return false;
  if (POSTAL_BOX.test(name)) return false;
  return WHOLE_NAME.some((form) => form.test(name));
}

/**
 * Whether a cell or a part names a person: a title opens it, or it is a name without its titles; Chinese characters with no
 * title, only if they open with a surname ("联系方式" heads a column).
 */
function namesSomeone(cell: string): boolean {
  const name = withoutTitles(cell);
  if (/^[\u4E00-\u9FFF]+$/u.test(name) && !startsWithSurname(name)) return false;
  return LEADING_TITLE.test(`${cell.trim()} `) || looksLikeName(name);
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(new RegExp(re.source, re.flags))) last = m;
  return last;
}

/** The labels of a contact's address: "e-mail", "courriel", "correo electrónico", "эл. почта", "电子邮件", "البريد الإلكتروني". */
const MAIL_LABEL = '(?:e-?mail|courriel|correo(?: electrónico)?|эл\\.?\\s*(?:адрес|почта)|электронн[а-я]* почт[а-я]*|电子邮[件箱]|البريد الإلكتروني)';
/** A table's column of addresses, by its header ("E-mail", "Correo electrónico (entrante)", "电子邮箱"). */
const ADDRESS_COLUMN = new RegExp(`^${MAIL_LABEL}(?![\\p{L}])`, 'iu');
/**
 * The labels of a contact's telephone, abbreviated or written out: "tel.", "telephone", "tél.", "téléphone", "teléfono",
 * "тел.", "телефон", "电话", "联系电话", "هاتف", "الهاتف".
 */
// A word that only begins with a label is none ("الهاتفية", "telephonic"); Chinese writes no space after its label.
const PHONE_LABEL = '(?:(?:t[eé]l[eé]phone|phone|tel[eé]fono|tel\\.?|tél\\.?|телефон|тел\\.?|(?:ال)?هاتف)(?![\\p{L}])|(?:联系)?电话)';
export const DETAIL_LABEL = `(?:${MAIL_LABEL}|${PHONE_LABEL})`;
/** The Arabic-Indic digits, eastern and Persian, in which an Arabic text may write a telephone ("الهاتف: ٩٦١١٣٣٣٤٤٤+"). */
const ARABIC_DIGITS = '\\u0660-\\u0669\\u06F0-\\u06F9';
/** A contact detail's label among a candidate name's words. */
const DETAIL_WORD = new RegExp(`(?<![\\p{L}])${DETAIL_LABEL}`, 'iu');
/** A row of a label and its value ("Correo electrónico<tab>x@…", "Tel.<tab>+507 …"): two cells, the first a detail's label. */
const DETAIL_FIELD_ROW = new RegExp(`^[^\\S\\t\\n]*${DETAIL_LABEL}[^\\S\\t\\n]*[:：]?[^\\S\\t\\n]*\\t[^\\t]*$`, 'iu');
// The address may open the next line, the label and its colon ending this one ("…, Bandar Seri Begawan; e-mail:" / "x@…").
const DETAILS_TO_LINE_END = new RegExp(`${DETAIL_LABEL}\\s*[:：]?[^\\n]*\\s*$`, 'giu');
/**
 * A contact's details given in the sentence ("… Ministry of National Security (tel. +1 876 555 0187; e-mail:", "Тел. +7 7172 …",
 * "الهاتف: +216 …"): an e-mail label before its colon, a telephone label before its number. The sentence designates a person;
 * the post and ministry it names are no measure, even where the address itself has gone on to the next line.
 */
const CONTACT_DETAILS = new RegExp(`(?:^|[^\\p{L}])${DETAIL_LABEL}\\s*[:：]?\\s*(?:\\+?[\\d${ARABIC_DIGITS}(]|$)`, 'iu');
export const givesContactDetails = (text: string): boolean => CONTACT_DETAILS.test(text);

/** An honorific after the name, where the text after the name (its post) begins. */
const HONORIFIC_AFTER_AT_START = new RegExp(`^[^\\S\\t\\n\\r]*(?:${ARABIC_HONORIFICS_AFTER.join('|')})(?![\\u0621-\\u064A])`, 'u');

/**
 * A clause after the post that says how the person is reached ("…, who can be reached by telephone on", "…, joignable au",
 * "…, localizable en el"): how to reach them, not what they are.
 */
const REACHED_CLAUSE = /[,،，][^\S\n]*(?:who|qui|quien|que|который|которая|которые|reachable|joignable|localizable|contactable)(?![\p{L}])[^,،，]*$/iu;

/**
 * The post as written, up to the address: the address's label ("электронная почта:", "(e-mail:"), the bracket that opens
 * the address, the clause that says how to reach the person and the separators before them are no part of it.
 */
function asRole(text: string): string | undefined {
  const role = text
    .replace(DETAILS_TO_LINE_END, '')
    .replace(HONORIFIC_AFTER_AT_START, '')
    .replace(/^[\s,;:،，]+|[\s,;:(（،，]+$/gu, '')
    .replace(REACHED_CLAUSE, '')
    .replace(/[\s,;:(（،，]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return role.length >= 3 ? role.slice(0, 200) : undefined;
}

/** The role is what follows the name up to the address: "Director, Ministry of …". */
function roleAfter(block: string, end: number): string | undefined {
  return asRole(block.slice(end));
}

/** "Enquiries: Jean Dupont", "советнику МИД: Ковалёва Ирина Петровна": the text after a label's colon. */
function afterLabel(part: string): string {
  const colon = Math.max(part.lastIndexOf(':'), part.lastIndexOf('：'));
  return colon < 0 ? part : part.slice(colon + 1);
}

/** `end` is where the name ends in the text when a line break runs through it. */
type FoundName = { name: string; at: number; end?: number; role?: string };

/**
 * A title that ends a line of prose (words before it on its line), the name opening the next line up to the comma that sets
 * the post off ("… عن طريق العقيد" / "محمد الهادي الزواري، رئيس …"): a hard wrap between a title and its name. A title alone
 * on its line is a signature's or a column's, and what follows it is no name.
 */
const TITLE_ENDING_A_PROSE_LINE = new RegExp(
  `(?<=[\\p{L}\\p{N}][^\\S\\n]+)${TITLE_OPENS_WORD}(?:${HONORIFIC_SOURCE})\\/?[^\\S\\n]*\\r?\\n[^\\S\\n]*(${WESTERN_NAME}|${ARABIC_NAME})(?=[^\\S\\n]*[,،，])`,
  'gu',
);

/**
 * The last person written with a title before the address. A title right after a titled person and the comma that closes
 * their name opens that person's post in apposition ("السيد أحمد سعيد مبارك، المستشار بالبعثة الدائمة", "Mr. X, Counsellor
 * …"), not another person; nor is a titled name in the brackets right after a titled person's, in another script ("السيد
 * محمد الشامسي (Mr. Mohammed Al Shamsi)", "Mr. Ivan Petrov (г-н Иван Петров)"): it is that person's name transliterated.
 */
function lastTitledPerson(block: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  const titled = [...block.matchAll(AFTER_HONORIFIC), ...block.matchAll(TITLE_ENDING_A_PROSE_LINE), ...block.matchAll(ARABIC_FIRST_NAME_ENDING_A_LINE)].sort((a, b) => a.index - b.index);
  for (const m of titled) {
    const between = last ? block.slice(last.index + last[0].length, m.index) : '';
    if (last && /^[^\S\n]*[,،，][^\S\n]*$/u.test(between)) continue;
    if (last && transliterates(block, last, m)) continue;
    last = m;
  }
  return last;
}

/** Whether titled name `m` is the one before it, `previous`, written again in another script in the brackets right after it. */
function transliterates(block: string, previous: RegExpExecArray, m: RegExpExecArray): boolean {
  return /^[^\S\n]*[(（][^\S\n]*$/u.test(block.slice(previous.index + previous[0].length, m.index)) && scriptOf(previous[1]!) !== scriptOf(m[1]!);
}

const NAME_SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Han'].map((script) => new RegExp(`^\\p{Script=${script}}`, 'u'));

/** The script a name is written in, by its first letter (Latin, Cyrillic, Arabic or Han, by its index; -1 for another). */
function scriptOf(name: string): number {
  const letter = /\p{L}/u.exec(name)?.[0] ?? '';
  return NAME_SCRIPTS.findIndex((script) => script.test(letter));
}

/**
 * Capitalised words written just before the bracket that holds the address and its label ("… Министерства иностранных дел
 * Саидзода Нилуфар (эл. почта: n.saidzoda@…)"), with no title to mark them: a name written after its post, as Chinese
 * writes one (CHINESE_BEFORE_BRACKET). The label may end its line, and the address open the next; a prose line's wrap may
 * also fall between the name and its bracket ("… его начальник - Ясюнас Римантас" / "(rimantas.jasiunas@…)").
 */
const WESTERN_BEFORE_BRACKET = new RegExp(`(?<![\\p{L}])(${WESTERN_NAME})[^\\S\\n]*(?:\\r?\\n[^\\S\\n]*)?[(][^()\\n]{0,24}(?:\\r?\\n[^\\S\\n]*)?$`, 'u');

/** Cyrillic letters (Russian and those Central Asian names add) as addresses spell them in Latin letters. */
const LATIN_FOR_CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

/** A name's word in plain Latin letters, as an address spells it: no accents, Cyrillic transliterated. */
function asAddressSpells(word: string): string {
  return [...word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()].map((c) => LATIN_FOR_CYRILLIC[c] ?? c).join('').replace(/[^a-z]/gu, '');
}

/**
 * Whether the address spells one of the words of the name ("Саидзода Нилуфар", n.saidzoda@…): it is that person's own, so
 * the capitalised words before it are a person, not an office ("Foreign Affairs", "Республики Беларусь"). Spellings differ
 * in their endings ("Ковалевская", kovalevskaia), and an initial may be glued before the surname (rquispe@…): the word's
 * first four letters are looked for in each part of the address.
 */
function addressSpellsName(address: string, name: string): boolean {
  const at = address.indexOf('@');
  if (at < 0) return false;
  const local = address.slice(0, at).toLowerCase().split(/[._-]+/u);
  return name.split(/\s+/u).some((word) => {
    const spelled = asAddressSpells(word);
    return spelled.length >= 4 && local.some((part) => part.includes(spelled.slice(0, 4)));
  });
}

/**
 * A name written after its post with no title, just before the bracket that holds its own address. A body's name, by the
 * head word it opens or ends with ("The Customs Department (customs@…)"), is a service's mailbox, no person's.
 */
function nameBeforeOwnAddress(block: string, address: string): FoundName | undefined {
  const hit = WESTERN_BEFORE_BRACKET.exec(block);
  // A post's words spelled by a service's mailbox ("Gerente de Ventas (ventas@…)") are no name either, nor is a body's name.
  if (!hit || !looksLikeName(hit[1]!) || !addressSpellsName(address, hit[1]!)) return undefined;
  return { name: hit[1]!, at: hit.index };
}

/** A name never ends with a word that links its parts (ARABIC_LINKS). */
const ARABIC_LINK_AT_END = new RegExp(`[^\\S\\t\\n\\r](?:${ARABIC_LINKS.join('|')})$`, 'u');
/**
 * The rest of a name on the next line, after the linking word that ends the line above, up to the comma that sets the post
 * off; its first word is a part of the name whatever it spells (ARABIC_NAME_WORD: "ولد" / "الشيخ").
 */
const ARABIC_NAME_REST = new RegExp(`^[^\\S\\n]*\\r?\\n[^\\S\\n]*([\\u0621-\\u064A]+(?:${NAME_SPACE}${ARABIC_NAME_WORD}){0,3})(?=[^\\S\\n]*[،,])`, 'u');
/** The posts an Arabic line may open with ("مدير", "رئيسة قسم …"), words no name opens with. */
const ARABIC_POSTS = '(?:ال)?(?:مدير|مديرة|رئيس|رئيسة|نائب|منسق|منسقة|ضابط|موظف|موظفة|خبير|خبيرة|عضو|سكرتير|ملحق)';
/**
 * Words that open an Arabic post ("مدير إدارة نزع السلاح" on the line under a name): Arabic, with no capitals, writes a post
 * as it writes a name's words, and only its first word tells it from one.
 */
const OPENS_WITH_ARABIC_POST = new RegExp(`^${ARABIC_POSTS}${ARABIC_WORD_END}`, 'u');
/**
 * The words a post or a phrase opens with ("مدير", "رئيسة", "في", "الذي"): the line they open goes on with the sentence,
 * not with the name above.
 */
// "مساعد" (assistant) is also a given name (Musaed): a post at a line's start after a name, but a name may open with it.
const ARABIC_POST_OR_PARTICLE = `(?:${ARABIC_POSTS}|(?:ال)?(?:مساعد|مساعدة)|في|من|إلى|على|عن|مع|لدى|الذي|التي)${ARABIC_WORD_END}`;
/** The family name that a wrap sets on the next line, a word or two up to the comma that sets the post off. */
const ARABIC_SURNAME_REST = new RegExp(
  `^[^\\S\\n]*\\r?\\n[^\\S\\n]*((?!${ARABIC_POST_OR_PARTICLE})${ARABIC_NAME_WORD}(?:${NAME_SPACE}${ARABIC_NAME_WORD})?)(?=[^\\S\\n]*[،,])`,
  'u',
);
/**
 * A title and one Arabic word at the end of a line of prose whose next line goes on with the family name up to its comma
 * ("… ومراقبة الحدود: العقيد كنان" / "سليم يوسف، مديرية …"): a name of one word so far, which `arabicNameGoingOn` completes.
 */
const ARABIC_FIRST_NAME_ENDING_A_LINE = new RegExp(
  `(?<=[\\u0621-\\u064A][^\\S\\n]*[:：]?[^\\S\\n]+)${TITLE_OPENS_WORD}(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*(${ARABIC_NAME_WORD})(?=${ARABIC_SURNAME_REST.source.slice(1)})`,
  'gu',
);
/** The most words an Arabic name is read with (ARABIC_NAME). */
const MOST_ARABIC_NAME_WORDS = 5;

/**
 * An Arabic name a prose line's wrap cuts after a linking word ("… السيد محمد الأمين ولد" / "سيدي محمد، مدير …"): the words
 * that open the next line, up to the comma, are the rest of it. Inside a sentence (words before the title on its line) the
 * cut may fall after any word ("… بالسيدة/ منى عبد الرحمن" / "الشمري، مستشارة …"), as a Latin name's may
 * (WRAPPED_AFTER_HONORIFIC): the sentence sets the post off with a comma, so the words before it are still the name.
 */
function arabicNameGoingOn(block: string, name: string, end: number, titleAt: number): { name: string; end: number } | undefined {
  const lead = block.slice(block.lastIndexOf('\n', titleAt - 1) + 1, titleAt);
  const inSentence = /[\u0621-\u064A]/u.test(lead) && !/[\t|]/u.test(lead);
  const linked = ARABIC_LINK_AT_END.test(name);
  const rest = linked ? ARABIC_NAME_REST.exec(block.slice(end)) : inSentence ? ARABIC_SURNAME_REST.exec(block.slice(end)) : null;
  if (!rest || (!linked && `${name} ${rest[1]}`.split(/\s+/u).length > MOST_ARABIC_NAME_WORDS)) return undefined;
  return { name: `${name} ${rest[1]}`, end: end + rest[0].length };
}

/** The label of the next field, run on after a value on its line ("姓名：王明　性别：男　…"): no part of the value. */
const NEXT_FIELD_IN_VALUE = /[^\S\n]+[^\s:：]{1,12}[:：].*$/u;

/**
 * The name among a label's value's words, its last word ("外交部军控司 李明"): the one before where Chinese writes the post
 * after the name ("王明 处长"), or the name that a post or an office written close before it ends ("…国际合作司副司长李强").
 */
function nameAmongWords(value: string): string {
  const words = value.split(/\s+/u);
  const last = words.at(-1) ?? '';
  if (!/^[\u4E00-\u9FFF]+$/u.test(last)) return last;
  if (endsWithPost(last) && words.length > 1) return words.at(-2)!;
  return looksLikeName(last) ? last : nameAfterOffice(last) ?? last;
}

/** A surname written first, in capitals ("MARTÍNEZ LÓPEZ", "DE LEÓN VÁSQUEZ", "VAN DER BERG") or as one word ("Mensah"). */
const SURNAME_FIRST = new RegExp(`^(?:\\p{Lu}[\\p{Lu}'’-]+(?:${NAME_SPACE}\\p{Lu}[\\p{Lu}'’-]+){0,3}|${NAME_WORD})$`, 'u');
/** The given names after the surname's comma: one to three capitalised words, not all in capitals (the surname is). */
const GIVEN_NAMES = new RegExp(`^${NAME_WORD}(?:${NAME_SPACE}${NAME_WORD}){0,2}$`, 'u');

/**
 * The name written surname first, its comma between the surname and the given names ("Mensah, Kwame", "MARTÍNEZ LÓPEZ,
 * María José"), as lists of participants and forms write it; kept as written, comma included. The surname is one word, or
 * words in capitals, so that a whole name before the comma ("Kwame Mensah, Director") stays a name; the given names are no
 * post, body or title, and read with the surname after them as a name. `marked` tells whether a name field's label or the
 * address marks the words as a person's.
 */
function surnameFirstName(surname: string, separator: string | undefined, given: string | undefined, marked: (name: string) => boolean): string | undefined {
  const first = surname.trim();
  // The bracket that opens the address may follow the given names ("Mensah, Kwame (k.mensah@…)").
  const rest = given?.replace(/[(（][^)）]*$/u, '').trim() ?? '';
  if (separator !== ',' || !SURNAME_FIRST.test(first) || !GIVEN_NAMES.test(rest) || !/\p{Ll}/u.test(rest)) return undefined;
  // A surname in lower case reads as a place's name as well ("Accra, Ghana" above a ministry's mailbox, "Contact: Mr.
  // Mensah, Accra"): a name field's label or the person's own address, spelling the name, marks it as a person's.
  if (/\p{Ll}/u.test(first) && !marked(`${rest} ${first}`)) return undefined;
  if (onlyTitle(first) || onlyTitle(rest) || POST_HEAD.test(rest) || BODY_NAME.test(rest) || BODY_NAME.test(first)) return undefined;
  return looksLikeName(`${rest} ${first}`) ? `${first}, ${rest}` : undefined;
}

/** The person named after the last label in the block ("Contact: <name>,", "联系人：李明"), if a name follows it. */
/** A bracket that opens after a labelled name, up to the value's end: the post or body written after the name. */
const POST_IN_BRACKETS = /(?<=[\p{L}.])[^\S\n]*[(（][^()（）]*[)）]?[^\S\n]*$/u;

function labelledBefore(block: string, address = ''): FoundName | undefined {
  const labelled = lastMatch(LABELLED, block);
  if (!labelled) return undefined;
  // A post in brackets after the name ("Contact person: X (Director, …)", "联系人：X（处长）") is no part of it.
  const value = withoutTitles(labelled[1]!.replace(NEXT_FIELD_IN_VALUE, '').replace(POST_IN_BRACKETS, ''));
  // The value ends at the first comma, which may part a surname written first from the given names ("Name: MENSAH, Kwame").
  const labelEnd = labelled.index + labelled[0].length;
  const given = /^([,;])([^\n,;(（]*)/u.exec(block.slice(labelEnd));
  const surnameFirst = given ? surnameFirstName(value, given[1], given[2], (n) => COLUMN_LABEL.test(labelled[0]) || addressSpellsName(address, n)) : undefined;
  const candidate = surnameFirst ?? (looksLikeName(value) ? value : nameAmongWords(value));
  if (!surnameFirst && !looksLikeName(candidate)) return undefined;
  const at = surnameFirst ? block.lastIndexOf(value) : block.lastIndexOf(candidate);
  const wrapped = surnameFirst ? undefined : wrappedPatronymicAt(block, at);
  const role = roleAfter(block, wrapped?.end ?? (surnameFirst ? labelEnd + given![0].length : labelEnd));
  return { name: wrapped?.name ?? candidate, at, ...(wrapped ? { end: wrapped.end } : {}), ...(role ? { role } : {}) };
}

/**
 * A run of Chinese characters closed by the comma before the address's field, at the end of the text before the address
 * ("…外交部军控司王明，电子邮箱：", "…军控司 王明，电话：…，电子邮箱："): a telephone's field may come between them.
 */
const CHINESE_BEFORE_MAIL_FIELD = new RegExp(
  `(?<![·・•‧\\-‐‑－\\u4E00-\\u9FFF])([\\u4E00-\\u9FFF]{2,})[^\\S\\n]*[，,；;][^\\S\\n]*(?:[^，,；;\\d\\n]{1,8}[:：]?[^\\S\\n]*\\+?\\d[\\d\\s\\-－–]{5,24}[，,；;、][^\\S\\n]*)?${MAIL_LABEL}[^\\S\\n]*[:：]?[^\\S\\n]*$`,
  'iu',
);

/**
 * A Chinese name with no title that its address's field follows after a comma: the end of the run, right after an office
 * ("…外交部军控司王明"), or the whole run, set apart from the post or office before it ("…军控司 王明"). A run that ends
 * otherwise ("…国家安全") is a phrase, whatever character it ends with.
 */
function chineseNameBeforeMailField(block: string): FoundName | undefined {
  const hit = CHINESE_BEFORE_MAIL_FIELD.exec(block);
  // A post there ("…外交部司长，电子邮件：") follows the name it belongs to, written before it.
  if (!hit || endsWithPost(hit[1]!) || ENDS_WITH_CHINESE_TITLE.test(hit[1]!)) return undefined;
  const run = hit[1]!;
  const setApart = /(?:^|[\s:：])$/u.test(block.slice(0, hit.index)) && run.length <= 4 && startsWithSurname(run);
  const name = nameAfterOffice(run) ?? (setApart ? run : undefined);
  return name ? { name, at: hit.index + run.length - name.length } : undefined;
}

/** A Russian full name, marked by its patronymic, that opens or ends the words it is looked for in. */
const FULL_NAME_AT_START = new RegExp(`^(?:${PATRONYMIC_NAME.source})`, 'u');
const FULL_NAME_AT_END = new RegExp(`(?:${PATRONYMIC_NAME.source})$`, 'u');

/**
 * The name without the words of a body, in the genitive and capitalised as a name's words are, that a Russian rank or post
 * written as a title takes before the name ("советнику Департамента Петрову Ивану Сергеевичу"): the patronymic marks the
 * three words that are the name. Words that open with a full name are that name and what follows it (the next field's
 * label, "Петренко Ольга Игоревна Должность").
 */
function withoutBodyBeforeFullName(name: string): string {
  const fullName = FULL_NAME_AT_END.exec(name);
  return fullName && fullName.index > 0 && !FULL_NAME_AT_START.test(name) ? fullName[0] : name;
}

/** The person an address (or telephone, `address` then) belongs to, from the text just before it; `at` is where the name starts. */
function nameBefore(block: string, address = ''): FoundName | undefined {
  const honorific = lastTitledPerson(block);
  const ownEntry = honorific && entryOpeningBelow(block, honorific.index);
  if (ownEntry) return ownEntry;
  const wrapped = lastMatch(WRAPPED_AFTER_HONORIFIC, block);
  // Only a line of prose wraps: a table's line (cells, tabs) ends its cell's name.
  if (wrapped && (!honorific || wrapped.index >= honorific.index) && !block.slice(block.lastIndexOf('\n', wrapped.index) + 1, wrapped.index).includes('\t')) {
    const end = wrapped.index + wrapped[0].length;
    // A person named after a label below the wrapped name is the address's, as below a titled one (see below).
    const labelled = labelledBefore(block, address);
    if (labelled && labelled.at >= end) return labelled;
    const role = roleAfter(block, end);
    // Titles stack before the name as on one line ("H.E. Ambassador X" / "Y, …"), and the next line may open with the post
    // where no comma closes the name ("… el Sr. X Y" / "Director de …, Ministerio …"): neither is part of the name.
    const first = withoutTitles(wrapped[1]!, true);
    const name = withoutPostAfter(`${first} ${wrapped[2]}`);
    return { name, at: wrapped.indices![1]![0] + wrapped[1]!.length - first.length, end, ...(role ? { role } : {}) };
  }
  // A person named after a label nearer the address than the titled one ("… к.м.н. X, …, тел.: …" / "" / "Контактное лицо:
  // Ли Виктор Сергеевич, …, эл. почта: …") is the address's: the titled person's entry ended before the label's.
  const labelledPerson = honorific && labelledBefore(block, address);
  if (labelledPerson && labelledPerson.at >= honorific.index + honorific[0].length) return labelledPerson;
  if (honorific) {
    // Titles stack ("المقدم المهندس فهد …", "Lt. Col. Dr. …"): the ones after the first are no part of the name either.
    const titled = withoutBodyBeforeFullName(withoutTitles(honorific[1]!, true));
    const goesOn = arabicNameGoingOn(block, titled, honorific.index + honorific[0].length, honorific.index);
    if (goesOn) {
      const role = roleAfter(block, goesOn.end);
      return { name: goesOn.name, at: honorific.index + honorific[0].length - titled.length, end: goesOn.end, ...(role ? { role } : {}) };
    }
    const name = withoutPostAfter(titled);
    const end = honorific.index + honorific[0].length - (titled.length - name.length);
    // The surname may be written first, after the title, the given names after its comma ("Licda. MARTÍNEZ LÓPEZ, María José").
    const given = /^,([^\n,;(（\t]*)/u.exec(block.slice(end));
    const surnameFirst = given ? surnameFirstName(name, ',', given[1], (n) => addressSpellsName(address, n)) : undefined;
    const nameEnd = surnameFirst ? end + given![0].length : end;
    const role = roleAfter(block, nameEnd);
    return { name: surnameFirst ?? name, at: end - name.length, ...(surnameFirst ? { end: nameEnd } : {}), ...(role ? { role } : {}) };
  }
  // A Chinese name with no title, its address in the brackets right after it ("请联系外交部条法司张伟明（电子邮件：…）"); a
  // post there ("…，国防部核查处处长（电子邮件：…）") follows the name it belongs to.
  const bracketed = CHINESE_BEFORE_BRACKET.exec(block);
  if (bracketed && !ENDS_WITH_CHINESE_TITLE.test(bracketed[1]!) && !endsWithPost(bracketed[1]!)) {
    const name = chineseNameAtEnd(bracketed[1]!);
    if (startsWithSurname(name)) return { name, at: bracketed.index + bracketed[1]!.length - name.length };
  }
  const beforeField = chineseNameBeforeMailField(block);
  if (beforeField) return beforeField;
  const titledCell = lastMatch(CHINESE_TITLED_CELL, block);
  if (titledCell) {
    const end = titledCell.index + titledCell[0].length;
    const role = roleAfter(block, end);
    return { name: titledCell[1]!, at: end - titledCell[1]!.length, ...(role ? { role } : {}) };
  }
  const chinese = lastMatch(CHINESE_WITH_TITLE, block);
  const romanised = lastMatch(ROMANISED_CHINESE_NAME, block);
  if (romanised && (!chinese || romanised.index > chinese.index)) {
    const name = chineseNameAtEnd(romanised[1]!);
    const end = romanised.index + romanised[0].length;
    const role = roleAfter(block, end);
    if (startsWithSurname(name)) return { name, at: romanised.index + romanised[1]!.length - name.length, ...(role ? { role } : {}) };
  }
  if (chinese) {
    const end = chinese.index + chinese[1]!.length;
    // A hard wrap after a transliterated name's dot ("2. 玛尔凯塔·斯沃" / "博多娃女士"): the line before holds its first parts.
    const cut = DOTTED_BEFORE_WRAP.exec(block.slice(0, chinese.index));
    if (cut && /^[\u4E00-\u9FFF]+$/u.test(chinese[1]!)) {
      const name = chineseNameAtEnd(`${cut[1]}${chinese[1]}`);
      return { name, at: cut.index + cut[1]!.length - (name.length - chinese[1]!.length), end };
    }
    // Nothing written before the run (a cell's or a line's start): no post can be glued to the name.
    const standsAlone = !/[\u4E00-\u9FFF]$/u.test(block.slice(0, chinese.index));
    const name = /^[\u4E00-\u9FFF]/u.test(chinese[1]!) ? chineseNameAtEnd(chinese[1]!, { standsAlone }) : chinese[1]!;
    return { name, at: end - name.length };
  }
  // A transliterated name written in a Chinese sentence ("…司副司长本坎·蓬沙万，电子邮箱：…"): its dot marks it whatever stands around it.
  const dotted = lastMatch(DOTTED_IN_TEXT, block);
  if (dotted) {
    const whole = dotted[0].replace(AFTER_DOTTED_NAME, '');
    const name = chineseNameAtEnd(whole);
    return { name, at: dotted.index + whole.length - name.length };
  }
  const beforePost = nameBeforePost(block);
  if (beforePost) return beforePost;
  const labelled = labelledBefore(block, address);
  if (labelled) return labelled;
  // A name opens its line ("- Ing. Diego Andrade, Jefe …") or follows a label's colon
  // ("Contacto: Juliana Ortiz, …"); the nearest such line to the address is the person's.
  const allLines = block.split('\n').map((l) => l.trim());
  const lines = allLines.filter(Boolean);
  /**
   * Whether each line opens a paragraph (a blank line above it): it goes on with no phrase of the line before, and a name
   * that opens it and goes on with the entry's details ("Annaýewa Gülnar, x@…" under a post) is that entry's person.
   */
  const opensParagraph = allLines.flatMap((line, k) => (line ? [k > 0 && !allLines[k - 1]] : []));
  // Four lines are looked at; a line that opens with one of the entry's details (a telephone, a fax, the address's label)
  // names no one and is not counted.
  for (let i = lines.length - 1, looked = 0; i >= 0 && looked < 4; i--) {
    if (ENTRY_FIELD_OPENING.test(lines[i]!)) continue;
    looked++;
    // A row's number cell is no part of it: the name opens the row after it.
    const pieces = withoutSerialCell(lines[i]!).split(/([,;،؛，\t|]|\s[–—-]\s)/u);
    const parts = pieces.filter((_, k) => k % 2 === 0);
    for (const [index, part] of parts.entries()) {
      // A table of labels and values gives the name in the cell after its label ("Nombre" / "Lic. X"), as a colon does.
      const labelled = /[:：]/u.test(part) || (index === 1 && COLUMN_LABEL.test(parts[0]!.trim()));
      // A post's or a body's field gives no name ("职务：处长", "المنصب: مستشار أول"), though scripts with no capitals write
      // its value as a name is written.
      if (POST_OR_BODY_FIELD.test(part)) continue;
      // A table may hold the title in a column of its own ("الدكتورة" / "ميمونة …", "Dr" / "Jane Doe"): the name opens the next cell.
      // What closes the entry before on the line ("(x@…); Owusu, Abena (…") is no part of the next: the name opens the rest.
      const opensTheRest = parts.slice(0, index).every((p) => !/[\p{L}\p{N}]/u.test(p));
      if (index > 0 && !labelled && !opensTheRest && !(index === 1 && onlyTitle(parts[0]!))) continue;
      const opening = latinNameAfterChinesePost(part) ?? withoutTitles(afterLabel(part.replace(/^[\s\d.)(、一二三四五六七八九十•\-–]+/u, '')));
      // The surname written first takes the given names after its comma, the post coming after them.
      const surnameFirst = surnameFirstName(opening, pieces[2 * index + 1], parts[index + 1], (name) => NAME_ONLY_FIELD.test(part) || addressSpellsName(address, name));
      const candidate = surnameFirst ?? opening;
      // A line that opens with a full Russian name and goes on with the post is that person's entry, whatever the line above
      // ends with (a heading with no stop, "3. Контактные данные"); a name alone on its line under a post is a signature's.
      const ownEntry = index === 0 && parts.length > 1 && RUSSIAN_FULL_NAME.test(candidate);
      if (!labelled && i > 0 && continuesPhrase(lines[i - 1]!) && !ownEntry && !(opensParagraph[i] && parts.length > 1)) continue;
      if (!surnameFirst && !looksLikeName(candidate)) continue;
      // Chinese characters alone on a line, with no label or title, are a name only if they open with a surname:
      // "三、其他事项" is a section's heading.
      if (!labelled && /^[\u4E00-\u9FFF]+$/u.test(candidate) && !startsWithSurname(candidate)) continue;
      const at = Math.max(block.lastIndexOf(candidate), block.lastIndexOf(opening));
      // A name that ends its line may go on on the next ("10. Контактное лицо …: Ковалевич Андрей" / "Петрович, …").
      const wrapped = index === parts.length - 1 ? wrappedPatronymicAt(block, at) : undefined;
      const role = wrapped ? roleAfter(block, wrapped.end) : asRole(parts.slice(index + (surnameFirst ? 2 : 1)).map((p) => p.trim()).filter(Boolean).join(', '));
      return { name: wrapped?.name ?? candidate, at, ...(wrapped ? { end: wrapped.end } : {}), ...(role ? { role } : {}) };
    }
    if (opensNumberedParagraph(lines[i]!)) break;
  }
  // Only in the address's own paragraph: a person listed above a blank line is another entry's.
  const paragraphStart = block.search(/\n[^\S\n]*\n(?![^]*\n[^\S\n]*\n)/u) + 1;
  // A name by its initials (two of them, before or after the surname) marks a person as a patronymic does: "Каримов Т.Ш."
  // in a table's cell, with no title.
  const paragraph = block.slice(paragraphStart);
  const patronymic = [lastMatch(PATRONYMIC_NAME, paragraph), lastMatch(INITIALLED_PERSON, paragraph)].filter((m) => m !== undefined).sort((a, b) => b.index - a.index)[0];
  if (patronymic && !POSTAL_BOX.test(patronymic[0])) {
    const at = paragraphStart + patronymic.index;
    const end = at + patronymic[0].length;
    const role = roleAfter(block, end);
    return { name: patronymic[0].replace(/\s+/gu, ' '), at, end, ...(role ? { role } : {}) };
  }
  return undefined;
}

/**
 * A Latin-script name that a Chinese sentence writes after the post with no title to mark it ("…执法司副司长 Kolonel Laut (P)
 * Agus Hermawan", "…办公室执行主任 Ramon C. VILLANUEVA"), the name ending the part before its comma: the change of script
 * marks where the post ends. A rank written in Latin letters may stand between them, its bracket setting it off from the name.
 */
const LATIN_NAME_AFTER_CHINESE_POST = new RegExp(`[\\u4E00-\\u9FFF][^\\S\\n]*(?:[^\\u4E00-\\u9FFF\\n]*[)）][^\\S\\n]*)?(${WESTERN_NAME})[^\\S\\n]*$`, 'u');

function latinNameAfterChinesePost(part: string): string | undefined {
  return LATIN_NAME_AFTER_CHINESE_POST.exec(part)?.[1];
}

/**
 * The person whose name opens the address's own paragraph, up to the comma that sets their post off ("Orazow Merdan,
 * начальник Управления …, x@…"), where the titled person nearest the address stands above a blank line, in a paragraph
 * before it (the former coordinator who left the post, a heading's sentence): that paragraph is another's, and the entry
 * that opens with a name, titled or not, and in whatever script the note's language does not write, is the address's.
 */
function entryOpeningBelow(block: string, titledAt: number): FoundName | undefined {
  const paragraphStart = block.search(/\n[^\S\n]*\n(?![^]*\n[^\S\n]*\n)/u) + 1;
  if (paragraphStart <= titledAt) return undefined;
  const paragraph = block.slice(paragraphStart);
  const opening = /^\s*/u.exec(paragraph)![0].length;
  const person = personOpening(paragraph.slice(opening), 'line');
  const entry = withoutTitles(paragraph.slice(opening));
  if (!person || !entry.startsWith(person.name) || !/^[^\S\n]*[,،，]/u.test(entry.slice(person.name.length))) return undefined;
  return { name: person.name, at: paragraphStart + paragraph.indexOf(person.name), ...(person.role ? { role: person.role.replace(/\s+/gu, ' ') } : {}) };
}

/**
 * A name by its initials in running text or a cell (see `nameBefore`). Not read after a title as the other names are: a
 * title's name comes before the line that opens with the entry's own person, and "г-н Оганесян Д.Р." may be the one replaced.
 */
const INITIALLED_PERSON = new RegExp(`(?<![\\p{L}.])(?:${SURNAME_WITH_TWO_INITIALS}|${TWO_INITIALS_NAME})`, 'gu');

const THANKS = new RegExp(GRATITUDE_CUE.source, 'gu');

/**
 * Whether the person is the one thanked: their clause ends with the thanks, but for a word or two ("The Bahamas
 * thanks Mr. X, coordinator of …, for his support", "remercie M.", "agradece al Sr.", "благодарит г-на", "感谢", "تشكر
 * السيد"). A helper from outside the administration, not a contact; "would be grateful if you would contact" is no thanks
 * to the person named.
 */
function thanked(before: string): boolean {
  return clauseEndsWith(THANKS, before);
}

/** Whether the clause before a name ends with the cue, but for a word or two ("thanks Mr.", "agradece al Sr."). */
function clauseEndsWith(cue: RegExp, before: string): boolean {
  const lead = fold(clauseBefore(before));
  const said = lastMatch(cue, lead);
  if (!said) return false;
  const rest = lead.slice(said.index + said[0].length).replace(/^\S*/u, '').trim();
  return rest === '' || rest.split(' ').length <= 2 && rest.split(' ').every((w) => w.length <= 4);
}

/**
 * A meeting held with someone, in the six languages ("consultations were held with", "met", "des contacts ont été noués avec",
 * "se celebraron consultas con", "встретился с", "会见", "التقى"): one the state's officials met, another state's or body's, not
 * a point of contact.
 */
const MET_WITH = new RegExp(anyOf([
  '<(consultations|contacts|meetings|talks|discussions|exchanges) (were|was|have been|had been) (held|had|conducted) with>', '<(held|had|conducted) (consultations|contacts|meetings|talks|discussions) with>', '<met (with )?',
  '<(contacts|consultations|entretiens|réunions|échanges) (ont été|a été|avaient été) (noués|tenus|tenues|menés|menées) avec>', '<(a|ont) rencontré>', "<s'est entretenue? avec>",
  '<(se )?(celebraron|mantuvieron|sostuvieron) (consultas|contactos|reuniones|conversaciones) con>', '<se (reunió|reunieron|entrevistó) con>',
  '<встретил(ся|ась|ись)? с>', '<(провел[аи]?|состоял(ись|ась|ся)) (консультаци|встреч|переговор)[а-я]* с>',
  '会见了?', '会晤了?', '<(التقى|التقت|اجتمع|اجتمعت)>( مع| ب)?', '<(مشاورات|محادثات|اجتماعات) مع>',
]).source, 'gu');

/**
 * A work's title in quotation marks, three words or more ("Strategic trade controls in small states", « Guide de … »,
 * „…“), and a year of publication: what a reference to a publication gives after its author's name.
 */
const QUOTED_TITLE = /["“„«][^\S\n]*\p{L}[^"“”„«»\n]*?\s[^"“”„«»\n]*?\s[^"“”„«»\n]*?["”“»]/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/**
 * Whether the words between a name and the address cite a work of the person's, a reference list's or a footnote's entry
 * ("1. Dr. X, "Title …", Journal 12 (2021), corresponding author: x@…"): its author, no point of contact.
 */
function citesAWork(between: string): boolean {
  return QUOTED_TITLE.test(between) && YEAR.test(between);
}

/** Whether the person is one met with: their clause ends with the meeting, but for a word or two. */
function metWith(before: string): boolean {
  return clauseEndsWith(MET_WITH, before);
}

const SENTENCE_OR_PARAGRAPH_END = /[.!?。！？؟](?=\s)|\n[^\S\n]*\n/gu;

/** The press and the media, in the six languages: those a press release's contact answers. */
const MEDIA_CUE = anyOf([
  '<(the )?(media|press|journalists|reporters)>', '<(médias|presse|journalistes)>', '<(medios de comunicación|prensa|periodistas)>',
  '<сми>', '<журналист', '<средств[а-я]* массовой информации>', '<пресс', '媒体', '新闻界', '记者', 'وسائل الإعلام', '<(الصحفيين|الصحافة|الإعلاميين)>',
]);

/**
 * Whether the person is named for the media: their sentence says the press may write to them ("Para más información, los
 * medios de comunicación pueden dirigirse a la portavoz …, Sra. X (prensa@…)"). A spokesperson answers journalists; the
 * points of contact answer the Committee and the states.
 */
function namedForTheMedia(before: string): boolean {
  const end = lastMatch(SENTENCE_OR_PARAGRAPH_END, before);
  return MEDIA_CUE.test(fold(end ? before.slice(end.index + end[0].length) : before));
}

/**
 * A first estimate: a name with its role beside the address is likelier right than a name alone,
 * and a name from a table row (cells, tabs) likelier to be the neighbouring row's.
 */
function contactConfidence(found: FoundName, block: string): number {
  const tabular = /\t|\|/u.test(block.slice(-160));
  return (found.role ? 0.8 : 0.6) - (tabular ? 0.3 : 0);
}

/**
 * Whether the line opens a numbered paragraph of prose ("5. Technical notifications go to the unit's mailbox: …"), not a
 * numbered field ("3. E-mail: …") nor a bullet: the paragraph is a whole of its own, and a name on a line above it (a
 * section's heading, the paragraph before) is none of its persons.
 */
function opensNumberedParagraph(line: string): boolean {
  const marker = ITEM_MARKER.exec(line);
  return marker !== null && !/[-•*–—]/u.test(marker[0]) && !FIELD_LABEL.test(line.slice(marker[0].length));
}

/**
 * A line that opens with a person marked as one (by a title before or after the name, or a Russian patronymic), their
 * post after a comma: a list's entry even with no marker ("Гасанов Эльчин Рауф оглы, начальник отдела …, тел. …").
 */
const OPENS_WITH_MARKED_PERSON = new RegExp(
  `^[^\\S\\n]*(?:(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*(?:${WESTERN_NAME}|${ARABIC_NAME})|${PATRONYMIC_NAME.source}|${CHINESE_WITH_TITLE.source})[^\\S\\n]*[,،，]`,
  'u',
);

/** A titled person and the comma that sets their post off, anywhere in a sentence ("… فيتولاها العقيد/ ناصر أحمد …، من …"). */
const TITLED_IN_APPOSITION = new RegExp(`(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*(?:${WESTERN_NAME}|${ARABIC_NAME})[^\\S\\n]*[,،，]`, 'gu');

/**
 * An entry of a list of people: a table's row (one line of cells), a list's item (its marker's line and those it wraps
 * onto), or a line that opens with a marked person (lines of people, one after another, are a list with no markers).
 */
type Entry = { kind: 'row' | 'item' | 'line'; first: number; last: number };

/**
 * Longer than any printed line of prose (a PDF's or a hard-wrapped text's run to some 130 characters): a line that long
 * is a paragraph the reader gave whole, as a DOCX or an unwrapped text gives each of its paragraphs.
 */
const LONGER_THAN_PRINTED_LINE = 160;

const ENDS_SENTENCE = /[.!?。！？؟]["»”)]?$/u;

/** Whether the text gives each paragraph as one line: one of its lines of prose (no table's cells) is longer than print allows. */
function givesParagraphsAsLines(lines: readonly string[]): boolean {
  return lines.some((line) => line.length > LONGER_THAN_PRINTED_LINE && !line.includes('\t'));
}

/**
 * The rows and items of the text, in order. An item goes on over the lines after its marker's, up to a blank line, the
 * next marker, a row, a letter's copy line (those copied are no part of the last item) or a line that opens with another
 * titled person ("Госпожа Саргсян А. О. выполняет …" after the list: an item is one person's); five lines at most (an item
 * is a person and their post, not a section).
 */
function entriesOf(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  // Where each line is a whole paragraph, an item goes on over its lines of details (post, ministry, telephone), never over a
  // paragraph of prose, a line that ends a sentence ("ويحل العقيد/ … محل السيد/ … من سجلات اللجنة.").
  const proseParagraph = givesParagraphsAsLines(lines) ? (line: string) => ENDS_SENTENCE.test(line.trim()) : () => false;
  const endsItem = (line: string) => proseParagraph(line) || !line.trim() || ITEM_MARKER.test(line) || line.includes('\t') || COPY_LINE.test(line) || TITLED_NAME.test(line.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const above = entries.at(-1);
    // A row whose first cell opens with no person, under a line that opens with one and holds no column edge: the cells
    // wrapped, and the reader set the edge on their last line only ("Lieutenant-Colonel X, Head of the Fiscal" / "Action
    // Unit, …<tab>…"); the row opens on the person's line.
    if (isRow(line) && above?.kind === 'line' && above.last === i - 1 && !personOpening(line, 'row')) Object.assign(above, { kind: 'row', last: i });
    else if (isRow(line)) entries.push({ kind: 'row', first: i, last: i });
    else if (ITEM_MARKER.test(line)) {
      let last = i;
      while (last - i < 4 && last + 1 < lines.length && !endsItem(lines[last + 1]!)) last++;
      entries.push({ kind: 'item', first: i, last });
    } else if (OPENS_WITH_MARKED_PERSON.test(line)) entries.push({ kind: 'line', first: i, last: i });
  }
  return entries;
}

/** Whether two entries in a row belong to one list: of one kind, with nothing between them but blank lines (rows: nothing). */
function sameList(lines: readonly string[], a: Entry, b: Entry): boolean {
  if (a.kind !== b.kind) return false;
  const between = lines.slice(a.last + 1, b.first);
  return a.kind === 'row' ? between.length === 0 : between.every((l) => !l.trim());
}

/**
 * A cell that opens with a Chinese name and the title Chinese writes after it, up to the comma before the post or the cell's
 * end ("范光荣上校，副局长", "李丽华女士"): the person's cell, as one that opens with a title before the name is.
 */
const CHINESE_NAME_TITLED_AFTER = new RegExp(`^(?:${DOTTED_NAME}|[\\u4E00-\\u9FFF]{2,4})(?:${CHINESE_TITLE})(?=[，,]|$)`, 'u');

/** An item's subject and its colon, no comma in it, before a titled person. */
const SUBJECT_BEFORE_PERSON = new RegExp(`^[^:：,;،，\\n]{1,80}[:：][^\\S\\n]*(?=(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*[\\p{Lu}\\p{Lo}])`, 'u');

/**
 * The person an entry opens with (its first cell, or its text, up to the first comma or dash), and the post beside it. A
 * cell, as an item, may go on with the person's rank or post after that comma ("Ghislain Obame Ndong Ella, colonel").
 * A row whose first cell holds no titled person may give the person in a later cell, after their function ("National
 * coordinator" / "Dr. X, Director …", "المنسق الوطني" / "العميد/ …"): the first cell that opens with a title is theirs.
 */
function personOpening(text: string, kind: Entry['kind']): { name: string; role?: string } | undefined {
  const item = text.replace(ITEM_MARKER, '');
  // An item may name its subject first, up to a colon, then the titled person ("b) Border control: Colonel X, Head …").
  const afterSubject = SUBJECT_BEFORE_PERSON.exec(item);
  const all = kind === 'row' ? withoutSerialCell(text).split('\t') : [afterSubject ? item.slice(afterSubject[0].length) : item];
  // A title in a column of its own stands before the person's cell, as the title in the person's cell does.
  // A first cell that holds a full Russian name, its patronymic marking a person, is the person's, whatever rank a later
  // cell's post opens with ("советник Департамента …"). (A function's cell may read as a name in scripts with no capitals.)
  const marked = RUSSIAN_FULL_NAME.test(withoutTitles(all[0] ?? ''));
  const titled = onlyTitle(all[0] ?? '') ? 1 : marked ? 0 : all.findIndex((cell) => TITLED_NAME.test(cell.trim()) || CHINESE_NAME_TITLED_AFTER.test(cell.trim()));
  const [first = '', ...cells] = titled > 0 ? all.slice(titled) : all;
  const [head, ...rest] = [...first.split(/[,;،؛，]|\s[–—-]\s/u), ...cells].map((p) => p.trim());
  const titledBefore = CHINESE_TITLE_OPENING_CELL.test(head!);
  const name = titledBefore ? head!.replace(CHINESE_TITLE_OPENING_CELL, '') : nameAfterSpacedPost(head!) ?? withoutTitles(head!).replace(ENDS_WITH_CHINESE_TITLE, '');
  // In Chinese the post comes first and the title after the name ("…边境执法处处长 Heng Bunthoeun 上校"): the name ends the head.
  const titledAfter = lastMatch(CHINESE_WITH_TITLE, head!);
  if (!looksLikeName(name) && titledAfter && titledAfter.index + titledAfter[0].length === head!.length) {
    const run = titledAfter[1]!;
    const person = /^[\u4E00-\u9FFF]/u.test(run) ? chineseNameAtEnd(run, { standsAlone: titledAfter.index === 0 }) : run;
    const post = head!.slice(0, titledAfter.index).replace(/^.*[:：]/u, '').trim();
    return looksLikeName(person) ? { name: person, ...(post ? { role: post } : {}) } : undefined;
  }
  // A surname in capitals written first keeps the given names after its comma ("MARTÍNEZ LÓPEZ, María José").
  const surnameFirst = surnameFirstName(name, first.trimStart().slice(head!.length).startsWith(',') ? ',' : undefined, rest[0], () => false);
  if (surnameFirst) {
    const post = rest.slice(1).find(Boolean);
    return { name: surnameFirst, ...(post ? { role: post } : {}) };
  }
  if (!looksLikeName(name) || (!LEADING_TITLE.test(head!) && MEASURE_CUE.test(fold(name)))) return undefined;
  // Chinese characters with no title are a name only if they open with a surname: "姓名" heads a column.
  if (/^[\u4E00-\u9FFF]+$/u.test(name) && !titledBefore && !startsWithSurname(name)) return undefined;
  const role = rest.find(Boolean);
  return { name, ...(role ? { role } : {}) };
}

/**
 * The contacts as the document's lists show them. Contacts listed without an address (the phone only, or a dash in the
 * e-mail column) are the other rows of the table, or items of the list, that holds contacts found by their addresses,
 * when they open with a person as those do; their `email` is empty, there is no address to write to. And a document
 * that lists its contacts (two or more in one table or list) shows whose addresses they are: a person named in prose
 * outside the list, at an address under a top-level domain none of the listed ones has (another country's, an
 * international organisation's), is from another administration (the expert who spoke at a workshop, a helper thanked).
 */
function asListed(text: string, contacts: readonly ContactFinding[], anchors: readonly number[]): ContactFinding[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.reduce((at, line) => (starts.push(at), at + line.length + 1), 0);
  const entries = entriesOf(lines);
  const lineAt = (offset: number) => {
    let line = starts.length - 1;
    while (line > 0 && starts[line]! > offset) line--;
    return line;
  };
  const entryAt = (offset: number, name: string) => {
    const line = lineAt(offset);
    // A listed person opens their entry, after its marker and their title: a numbered paragraph that names someone
    // ("7. The request is coordinated by Mr. X, …") is prose, and the paragraph after a numbered heading is in no list.
    // Chinese writes the post first, the title after the name ("一、…司副司长 Kong Sovannarith 先生，…"): the person is the
    // one the entry opens with all the same.
    const at = entries.findIndex((e) => e.first === line);
    const opensIt = withoutTitles(text.slice(starts[line]!, offset).replace(ITEM_MARKER, '')) === '';
    if (at >= 0) return opensIt || personOpening(lines[line]!, entries[at]!.kind)?.name === name ? at : -1;
    return entryWrappedBeforeName(entries, lines, line, name);
  };
  const seen = new Set(contacts.map((c) => c.name));
  const siblings: ContactFinding[] = [];
  /** The first entry of the list each contact's entry belongs to, or -1 outside any. */
  const listOf = anchors.map((anchor, i) => {
    let at = entryAt(anchor, contacts[i]!.name);
    if (at < 0) return -1;
    while (at > 0 && sameList(lines, entries[at - 1]!, entries[at]!)) at--;
    return at;
  });
  const addSibling = (body: string, firstLine: string, kind: Entry['kind']) => {
    if (body.includes('@')) return;
    const person = personOpening(firstLine, kind);
    // A name the item's line cuts ("(b) …: Inspector Amir Hakim" / "bin Yusof, Head …") is the person found whole.
    if (!person || seen.has(person.name) || [...seen].some((name) => name.startsWith(`${person.name} `)) || leavesThePost('', body.slice(body.indexOf(person.name) + person.name.length), '', person.name)) return;
    // Those a letter's copy line names are outside the state's administration, with an address or without.
    if (lines.some((line) => line.includes(person.name) && COPY_LINE.test(line))) return;
    seen.add(person.name);
    siblings.push({ name: person.name, email: '', ...(person.role ? { role: person.role } : {}), evidence: [{ text: body.replace(/\s+/gu, ' ').slice(0, 160) }], confidence: 0.4 });
  };
  for (const at of new Set(listOf)) {
    for (let i = at; at >= 0 && i < entries.length && (i === at || sameList(lines, entries[i - 1]!, entries[i]!)); i++) {
      const entry = entries[i]!;
      addSibling(lines.slice(entry.first, entry.last + 1).join('\n'), lines[entry.first]!, entry.kind);
    }
  }
  // Contacts designated in prose, a paragraph each (blank lines between them): a paragraph next to one that names a
  // contact by address, opening with a titled person and their post as a line of a list does ("Commander Nalin
  // Jayasekara, Staff Officer …, will act as focal point …"), designates that person too, with no address to write to.
  /** Each line's paragraph, counted over the blank lines between them; -1 for a blank line. */
  const paragraph: number[] = [];
  lines.reduce((count, line, i) => (paragraph.push(line.trim() ? count : -1), line.trim() || !lines[i - 1]?.trim() ? count : count + 1), 0);
  const inProse = new Set(anchors.filter((_, i) => listOf[i]! < 0).map((anchor) => paragraph[lineAt(anchor)]!));
  for (const entry of entries) {
    const at = paragraph[entry.first]!;
    if (entry.kind !== 'line' || lines[entry.first - 1]?.trim() || !(inProse.has(at - 1) || inProse.has(at + 1))) continue;
    addSibling(lines.filter((_, i) => paragraph[i] === at).join('\n'), lines[entry.first]!, entry.kind);
  }
  // The person may stand after the paragraph's label and its colon instead, with their post and a telephone ("… могут также
  // обращаться к второму контактному лицу: Саргсян Лусине Грачевна, главный специалист …, тел. …"): the same designation.
  for (const at of new Set(paragraph)) {
    if (at < 0 || inProse.has(at) || !(inProse.has(at - 1) || inProse.has(at + 1))) continue;
    const body = lines.filter((_, i) => paragraph[i] === at).join(' ');
    const colon = body.search(/[:：]/u);
    const labelled = body.slice(colon + 1).trimStart();
    if (colon > 0 && givesContactDetails(body) && OPENS_WITH_MARKED_PERSON.test(labelled)) addSibling(body, labelled, 'line');
  }
  // A series of designations in prose, a paragraph each, may end with a person who has no address: the paragraph that goes on
  // with the series (two paragraphs naming contacts by address on one side of it) and names one titled person, their post set
  // off by a comma, in the course of a sentence ("أما المسائل … فيتولاها العقيد/ ناصر …، من شؤون الجمارك …"), designates them too.
  const continuesSeries = (at: number) => (inProse.has(at - 1) && inProse.has(at - 2)) || (inProse.has(at + 1) && inProse.has(at + 2));
  for (const at of new Set(paragraph)) {
    if (at < 0 || inProse.has(at) || !continuesSeries(at)) continue;
    const body = lines.filter((_, i) => paragraph[i] === at).join(' ');
    const persons = body.includes('@') ? [] : [...body.matchAll(TITLED_IN_APPOSITION)];
    if (persons.length === 1 && !thanked(body.slice(0, persons[0]!.index))) addSibling(body, body.slice(persons[0]!.index), 'line');
  }
  // The sentence right after the one that gives a contact's address, in its paragraph, may name a second contact for some
  // matters, with no address: a titled person and their post set off by a comma, after the label's colon or a word of
  // contacting ("… (x@…). Para los aspectos técnicos: Ing. X, Jefe de …", "… البريد الإلكتروني: x@…. وفيما يخص المسائل
  // الجمركية يمكن الاتصال بالعقيد X، مدير …").
  contacts.forEach((contact, i) => {
    const address = contact.email ? text.indexOf(contact.email, anchors[i]!) : -1;
    if (listOf[i]! >= 0 || address < 0) return;
    const sentence = sentenceAfter(text, address + contact.email.length);
    const persons = sentence.includes('@') || COPY_LINE.test(sentence) ? [] : [...sentence.matchAll(TITLED_IN_APPOSITION)];
    if (persons.length !== 1) return;
    const before = sentence.slice(0, persons[0]!.index);
    if ((/[:：][^\S\n]*$/u.test(before) || CONTACTING.test(fold(before))) && !thanked(before)) addSibling(sentence, sentence.slice(persons[0]!.index), 'line');
  });
  const topLevel = (email: string) => email.slice(email.lastIndexOf('.') + 1).toLowerCase();
  const listed = new Set(contacts.filter((_, i) => listOf[i]! >= 0 && listOf.indexOf(listOf[i]!) !== listOf.lastIndexOf(listOf[i]!)).map((c) => topLevel(c.email)));
  return [...contacts.filter((c, i) => listed.size === 0 || listOf[i]! >= 0 || listed.has(topLevel(c.email))), ...siblings];
}

/**
 * The entry whose post, written first, a wrap runs on to the line of its person's name ("（三）…局局长办公室…检测" / "科首席海关官员
 * X 先生，"): the person opens the entry read with its lines joined, as on one line. -1 when the name's line opens no entry's
 * second line so.
 */
function entryWrappedBeforeName(entries: readonly Entry[], lines: readonly string[], line: number, name: string): number {
  const at = entries.findIndex((e) => e.first === line - 1 && e.last >= line);
  if (at < 0) return -1;
  const joined = `${lines[line - 1]!.trimEnd()}${/\p{Script=Han}$/u.test(lines[line - 1]!.trimEnd()) ? '' : ' '}${lines[line]!.trimStart()}`;
  return personOpening(joined, entries[at]!.kind)?.name === name ? at : -1;
}

/** Words of contacting someone, in the six languages ("may contact", "contacter", "dirigirse a", "обращаться к", "联系", "الاتصال ب"). */
const CONTACTING = anyOf([
  '<contact', '<reach>', '<(address|direct)(ed)? to>', "<s'adresser>", '<dirigirse>', '<обращ', '<связ', '<контакт', '联系', '联络', '<(و|ف|ب|ل)?(الاتصال|التواصل)>',
]);

/** The sentence that follows the one ending after `at`, within its paragraph, its lines joined, without its full stop. */
function sentenceAfter(text: string, at: number): string {
  const paragraph = text.slice(at).split(/\n[^\S\n]*\n/u, 1)[0]!;
  const end = sentenceEnd(paragraph);
  if (end < 0) return '';
  const rest = paragraph.slice(end + 1);
  const next = sentenceEnd(rest);
  return (next < 0 ? rest : rest.slice(0, next)).replace(/\s+/gu, ' ').trim();
}

/** A person found before an address or a telephone, `at` where the name starts in the text. */
type DesignatedPerson = { found: FoundName; block: string; between: string; at: number };

/**
 * The person whose address or telephone starts at `detail` (the text before it from `from` on), unless they are named on
 * a copy line, thanked for help, or said to leave the post.
 */
function designatedBefore(text: string, detail: number, detailEnd: number, from: number): DesignatedPerson | undefined {
  const block = blockBefore(text, detail, from);
  const detailText = text.slice(detail, detailEnd);
  const found = rowsOwnPerson(block, nearestOf(nameBefore(block, detailText), nameBeforeOwnAddress(block, detailText)));
  // The address that spells a person named earlier in its paragraph, not the one found nearest it, is that person's.
  const spelled = detailText.includes('@') && !(found && addressSpellsName(detailText, found.name)) ? personSpelledBy(text, detail, detailText) : undefined;
  if (spelled) return designatedIn(text, detail, detailEnd, spelled.block, spelled.found);
  // A name in short, a surname and initials, tells too little to give it an address that does not spell the surname: such an
  // address named near a person ("Besides Mr. Petrov I.S.'s own address, messages may go to the mission's address x@…") is a
  // service's. A table's row pairs them by its cells instead ("Орлов П.И.\t…\tx@…").
  if (found && detailText.includes('@') && WHOLE_SURNAME_WITH_INITIALS.test(found.name) && !inOneTableRow(text, detail, found.name) && !addressSpellsName(detailText, found.name)) return undefined;
  if (!found) {
    const namedAgain = personNamedAgainBefore(text, detail);
    if (namedAgain) return designatedIn(text, detail, detailEnd, namedAgain.block, namedAgain.found);
  }
  return found && designatedIn(text, detail, detailEnd, block, withoutNextFieldLabel(block, found));
}

/**
 * A title and a surname closing the label of an address ("البريد الإلكتروني للسيدة الخطيب:", "Courriel de Mme Dossou :",
 * "Ms. Lima's e-mail:"): the person named so is one the paragraph named in full before.
 */
const TITLED_SURNAME_LABEL = new RegExp(`(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*([\\p{L}'’-]{2,})(?:['’]s)?(?:[^\\S\\n]+\\p{L}[\\p{L}.-]*){0,2}[^\\S\\n]*[:：][^\\S\\n]*(?:\\r?\\n[^\\S\\n]*)?$`, 'u');

/**
 * The person an address's label names again by title and surname, named in full earlier in the paragraph (with a title, or
 * as a full Russian name): "تحل السيدة لبنى محمد الخطيب … البريد الإلكتروني للسيدة الخطيب: l.khatib@…".
 */
function personNamedAgainBefore(text: string, detail: number): { found: FoundName; block: string } | undefined {
  const lead = text.slice(Math.max(0, detail - 2 * MOST_PARAGRAPH_CHARACTERS), detail);
  const label = TITLED_SURNAME_LABEL.exec(lead);
  if (!label) return undefined;
  const surname = wordStem(label[1]!);
  const block = lastParagraph(lead.slice(0, label.index)) + lead.slice(label.index);
  const before = block.length - (lead.length - label.index);
  const person = personsNamedIn(block)
    .filter(({ name, at }) => at < before && name.split(/\s+/u).length > 1 && name.split(/\s+/u).some((word) => wordStem(word) === surname))
    .at(-1);
  return person && { found: person, block };
}

/** How far back, within its paragraph, an address looks for the person whose name it spells. */
const MOST_PARAGRAPH_CHARACTERS = 600;

/**
 * The titled person of the address's paragraph whose name the address spells, where the person found nearest it is another
 * or none ("… designated Mr. A (…) and Ms. B (…) as points of contact. Their e-mail addresses are a.surname@… and
 * b.surname@…"): a person's own address names them, whoever stands nearer. Not in a table's row, which holds its own person;
 * nor a person whose own address, spelling them too, stands between them and this one.
 */
function personSpelledBy(text: string, detail: number, address: string): { found: FoundName; block: string } | undefined {
  if (inTableRow(text, detail)) return undefined;
  const block = lastParagraph(text.slice(Math.max(0, detail - MOST_PARAGRAPH_CHARACTERS), detail));
  const person = personsNamedIn(block)
    .filter(({ name, at }) => looksLikeName(name) && addressSpellsName(address, name) && !(block.slice(at).match(EMAIL) ?? []).some((other) => addressSpellsName(other, name)))
    .at(-1);
  return person && { found: person, block };
}

/** The text after its last blank line: the paragraph it ends with. */
function lastParagraph(text: string): string {
  const breaks = [...text.matchAll(/\n[^\S\n]*\n/gu)];
  return breaks.length ? text.slice(breaks.at(-1)!.index + breaks.at(-1)![0].length) : text;
}

/**
 * The persons a paragraph names in full, in order: with a title (a name transliterated in brackets after a titled person's
 * is that person, not another), or as a full Russian name, which needs none ("1. Мирзаева Гулнора Бахтияровна, …").
 */
function personsNamedIn(block: string): FoundName[] {
  const titled = [...block.matchAll(AFTER_HONORIFIC)];
  const titledNames = titled.filter((m, k) => k === 0 || !transliterates(block, titled[k - 1]!, m)).map((m) => {
    const name = withoutPostAfter(withoutTitles(m[1]!, true));
    return { name, at: m.index + m[0].length - m[1]!.trimEnd().length + m[1]!.trimEnd().indexOf(name) };
  });
  const fullNames = [...block.matchAll(PATRONYMIC_NAME)].map((m) => ({ name: m[0], at: m.index }));
  return [...titledNames, ...fullNames].sort((a, b) => a.at - b.at);
}

/**
 * The one who signs the text, named in a sentence by that role only ("may be addressed to the undersigned", "au soussigné",
 * "a cargo de quien suscribe", "нижеподписавшемуся", "签署人", "إلى الموقع أدناه").
 */
const THE_UNDERSIGNED = anyOf([
  '<undersigned>', '<soussigné(e|s|es)?>', '<quien suscribe>', '<(el|la) (suscrit[oa]|infrascrit[oa])>', '<нижеподписавш', '签署人', '<(ال|لل)?موقع(ة)? أدناه>',
]);
/** The most characters between the sentence that gives the undersigned's address and the signature that names them. */
const MOST_CHARACTERS_TO_SIGNATURE = 400;
/** How far back an address's sentence is looked for. */
const MOST_SENTENCE_CHARACTERS = 400;
const FIRST_TITLED_PERSON = new RegExp(AFTER_HONORIFIC.source, 'u');

/**
 * The person an address belongs to where its sentence gives it to the undersigned, who names no one before it ("El
 * seguimiento … estará a cargo de quien suscribe … (x@…)"): the first person titled in the signature below, the one who
 * signs first (another beside them approves, "Vo. Bo."); not one a copy line names.
 */
function signedBelow(text: string, detail: number, detailEnd: number): DesignatedPerson | undefined {
  const lead = text.slice(Math.max(0, detail - MOST_SENTENCE_CHARACTERS), detail);
  const sentenceStart = lastMatch(SENTENCE_OR_PARAGRAPH_END, lead);
  const block = lead.slice(sentenceStart ? sentenceStart.index + sentenceStart[0].length : 0);
  if (!THE_UNDERSIGNED.test(fold(block))) return undefined;
  const signature = FIRST_TITLED_PERSON.exec(text.slice(detailEnd, detailEnd + MOST_CHARACTERS_TO_SIGNATURE));
  if (!signature) return undefined;
  const at = detailEnd + signature.index + signature[0].length - signature[1]!.length;
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const name = withoutTitles(signature[1]!);
  if (COPY_LINE.test(line) || !looksLikeName(name)) return undefined;
  return { found: { name, at: block.length }, block, between: '', at };
}

/** Whether `name` stands in the cells of the table row (a line of tab-parted cells) that the address at `detail` ends. */
function inOneTableRow(text: string, detail: number, name: string): boolean {
  const row = text.slice(text.lastIndexOf('\n', detail - 1) + 1, detail);
  return row.includes('\t') && row.includes(name);
}

/**
 * The person an address belongs to of the one found by their title or label and the one right before its bracket, whose
 * own address it spells: the nearer, when it stands after the other's name. A person named earlier (thanked, or in another
 * paragraph) does not take the address written in brackets after the next one's name.
 */
function nearestOf(named: FoundName | undefined, ownAddress: FoundName | undefined): FoundName | undefined {
  if (!named || !ownAddress) return named ?? ownAddress;
  return ownAddress.at >= (named.end ?? named.at + named.name.length) ? ownAddress : named;
}

/**
 * The person of a table row, where the name found nearest its address stands inside a later cell, not at its start: the
 * post's cell may name someone else ("Superintendent of Customs (replaces Mr. X, retired)", "副处长（接替已退休的X先生）"),
 * but the row's own person opens the cell before it, and the row's address is theirs.
 */
function rowsOwnPerson(block: string, found: FoundName | undefined): FoundName | undefined {
  if (!found || block.includes('\n') || !isRow(block)) return found;
  const cellStart = block.lastIndexOf('\t', found.at - 1) + 1;
  if (withoutTitles(block.slice(cellStart, found.at)) === '') return found;
  const opening = personOpening(block, 'row');
  const at = opening ? block.indexOf(opening.name) : -1;
  if (!opening || at < 0 || at >= cellStart) return found;
  return { name: opening.name, at, ...(opening.role ? { role: opening.role } : {}) };
}

/**
 * The name without the label of the field after it, where a form's fields run on in one paragraph ("Name: Colonel X Y
 * Title: Head of …", "Ф.И.О.: г-жа X Y Z Должность: …"): the name's own field is labelled, and the capitalised word right
 * before the next colon is that field's label, not the name's last word.
 */
function withoutNextFieldLabel(block: string, found: FoundName): FoundName {
  const end = found.end ?? found.at + found.name.length;
  const lineStart = block.lastIndexOf('\n', found.at - 1) + 1;
  const name = found.name.replace(/\s+\S+$/u, '');
  if (!/^[^\S\n]*[:：]/u.test(block.slice(end)) || !/[:：]/u.test(block.slice(lineStart, found.at)) || !looksLikeName(name)) return found;
  const nameEnd = block.slice(0, end).replace(/\s+\S+$/u, '').length;
  const role = roleAfter(block, nameEnd);
  return { name, at: found.at, end: nameEnd, ...(role ? { role } : {}) };
}

/**
 * Whether the details stand in a paragraph of prose of their own, below a paragraph whose sentence about the person has
 * ended ("… by Dr. X and Mr. Y." / "" / "General enquiries may be sent to the mailbox x@…", "…李晓华教授与 Y 先生…。" /
 * "一般询问可发送至公共邮箱 x@…"): that paragraph would name the address's owner; naming none, it gives a service's
 * mailbox. A paragraph that opens with a field's label ("E-mail: …", "Эл. почта: …") is the next field of the entry above.
 * A text that gives each paragraph as one line (a DOCX) parts its paragraphs by a line break alone.
 */
function inProseOfItsOwn(text: string, block: string, nameEnd: number): boolean {
  const after = block.slice(nameEnd);
  if (!after.includes('\n')) return false;
  const paragraphBreak = /\n[^\S\n]*\n/u.test(after) || !givesParagraphsAsLines(text.split('\n')) ? /\n[^\S\n]*\n/gu : /\n/gu;
  const breaks = [...after.matchAll(paragraphBreak)];
  if (breaks.length === 0) return false;
  const last = breaks.at(-1)!;
  const paragraph = after.slice(last.index + last[0].length);
  // A sentence opens with a word, after its item's number ("8. 一般来函…"); a line that opens with a number ("+1 212 …, e-mail
  // …") goes on with an entry's details.
  const sentence = paragraph.replace(ITEM_MARKER, '').trimStart();
  return ENDS_SENTENCE.test(after.slice(0, breaks[0]!.index).trim()) && /^\p{L}{2}/u.test(sentence) && !FIELD_LABEL.test(sentence);
}

/**
 * A mail field that the person's entry answers on its own line before the address ("E-mail: none", "Correo electrónico: —",
 * "电子邮箱：无", "البريد الإلكتروني: لا يوجد"): the entry has no address, and one given below it (a service's mailbox in a
 * sentence after the entries) is another's. A label that ends its line, or whose value ends with a colon, still waits for
 * its address.
 */
const ANSWERED_MAIL_FIELD = new RegExp(`(?<![\\p{L}])${MAIL_LABEL}(?:[^\\S\\n]*[:：\\t]|[^\\S\\n]{2,})[^\\S\\n]*[^\\n]*[^\\s:：][^\\S\\n]*\\r?\\n`, 'iu');

/** A label of the details an entry may give after a telephone: an address's, a telephone's or a fax's. */
const ENTRY_DETAIL_LABEL = new RegExp(`(?<![\\p{L}])(?:${DETAIL_LABEL}|fax|t[ée]l[ée]copie|факс|传真|(?:ال)?فاكس)`, 'iu');
const ENTRY_FIELD_OPENING = new RegExp(`^[^\\S\\n]*${ENTRY_DETAIL_LABEL.source}`, 'iu');

/**
 * Whether the person's entry closes with their own telephone before the address (`between` runs from their name to it):
 * after the number the next item of a list opens with words, not a field's label ("… هاتف: …" / "5) وحدة …: x@…", where
 * "- courriel : …" is the entry's next field), or their sentence ends and the next, opening with a letter (not an extension's
 * number after "ext."), gives no further detail of theirs ("… (tel. +27 …). General enquiries may also be sent to the unit's
 * mailbox, x@…"). The address is then another's, a service's mailbox, and the person is a contact by their telephone. A
 * table's row (cells) is its person's entry whole.
 */
function closedByTelephone(between: string): boolean {
  const phone = lastMatch(TELEPHONE, between);
  if (!phone || between.includes('\t')) return false;
  const rest = between.slice(phone.index + phone[0].length);
  const items = rest.split('\n').slice(1).filter((line) => ITEM_MARKER.test(line));
  if (items.some((line) => !ENTRY_FIELD_OPENING.test(line.replace(ITEM_MARKER, '')))) return true;
  const end = sentenceEnd(rest);
  return end >= 0 && /^\s*[\p{Lu}\p{Lo}]/u.test(rest.slice(end + 1)) && !ENTRY_DETAIL_LABEL.test(rest);
}

/**
 * Whether the name starting at `at` signs the letter (see `signsTheLetter`): the details under a signature are the mission's
 * or the signer's office's, not a point of contact's, unless the signature's lines name the signer the point of contact.
 */
function signsTheLetterAt(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lead = text.slice(lineStart, at);
  return signsTheLetter(text, lineStart, lead.trim() === '' || onlyTitle(lead.replace(/\/\s*$/u, '')));
}

/**
 * The words that say the person's post: those after the name up to the details, within the name's sentence; Chinese writes
 * the post and its body before the name, in the name's clause ("国际原子能机构核安保处官员张伟先生").
 */
function postOf({ found, block, between }: DesignatedPerson): string {
  const before = block.slice(0, found.at).replace(TRAILING_TITLE, '');
  const end = ENTRY_BREAK.exec(between);
  const after = end ? between.slice(0, end.index) : between;
  const chinese = /[\u4E00-\u9FFF]$/u.test(before.trimEnd()) ? /[^，,。；;、：:\n]*$/u.exec(before)![0] : '';
  return `${chinese} ${after}`;
}

/** The person `found` in the block before the details, if designated; the newcomer instead where they replace that person. */
function designatedIn(text: string, detail: number, detailEnd: number, block: string, found: FoundName, replacing = false): DesignatedPerson | undefined {
  const nameEnd = found.end ?? found.at + found.name.length;
  if (onCopyLine(text, detail - block.length, block, block.slice(found.at, nameEnd)) || inProseOfItsOwn(text, block, nameEnd)) return undefined;
  if (signsTheLetterAt(text, detail - block.length + found.at) && !namesPointOfContact(block.slice(found.at))) return undefined;
  const before = block.slice(0, found.at).replace(TRAILING_TITLE, '');
  const between = block.slice(nameEnd);
  if (thanked(before) || metWith(before) || namedForTheMedia(before) || citesAWork(between) || ANSWERED_MAIL_FIELD.test(between) || closedByTelephone(between)) return undefined;
  if (leavesThePost(before, between, text.slice(detailEnd, detailEnd + 300), found.name)) {
    // The details given in a sentence after the one that replaces this person are the newcomer's, that sentence's subject
    // ("Mme X, Conseillère …, remplace M. Y en qualité de point de contact. Ses coordonnées : courriel x@…"), named in the
    // same sentence: before the comma that opens the replacing clause (their post in apposition is their role) or, with no
    // comma, in that clause (what follows their name there is the replacing verb, no post).
    if (replacing || !replacedBeforeTheDetails(before, between)) return undefined;
    const lead = before.slice(0, before.length - clauseBefore(before).length);
    const inSentence = (n: FoundName | undefined) => n && !endsASentence(before.slice(n.end ?? n.at + n.name.length)) ? n : undefined;
    const withPost = inSentence(nameBefore(lead));
    const bare = withPost ? undefined : inSentence(nameBefore(before));
    const newcomer = withPost ?? (bare && { name: bare.name, at: bare.at, ...(bare.end === undefined ? {} : { end: bare.end }) });
    return newcomer && designatedIn(text, detail, detailEnd, block, newcomer, true);
  }
  return { found, block, between, at: detail - block.length + found.at };
}

/**
 * A telephone number after its label ("Tél. : +269 …", "（电话：+856 …）", "هاتف: +973 …"), which a line's wrap may set on the
 * next line ("тел." / "+998 …"); or a number in the international form, a plus, the country code and groups of digits, that
 * names no label ("joignable au +243 81 …", "reached by telephone on +263 …"): that form is a telephone's whatever the words,
 * its groups perhaps wrapped onto the next line ("+964 1 000" / "7000").
 */
const TELEPHONE = new RegExp(
  `(?<![\\p{L}])${PHONE_LABEL}[^\\S\\n]*[:：]?[^\\S\\n]*(?:\\r?\\n[^\\S\\n]*)?\\+?[\\d${ARABIC_DIGITS}(]`
    + '|(?<![\\p{L}\\d+])\\+\\d{1,3}[^\\S\\n]?\\(?\\d{1,4}\\)?(?:(?:[^\\S\\n.-]|[^\\S\\n]*\\r?\\n[^\\S\\n]*)?\\d{2,4}){2,4}(?!\\d)',
  'giu',
);
/** A sentence's end or a blank line: a person before it is not the one a telephone after it belongs to. */
const ENTRY_BREAK = /[.!?]\s+\p{Lu}|[。！？]|\n[^\S\n]*\n/u;

/** A field's label and its colon at a paragraph's start ("Fonction :", "Cargo:", "Должность:", "职务：", "الوظيفة:"). */
const FIELD_LABEL = /^[^\S\n]*\p{L}[\p{L}'’. -]{0,30}[:：]/u;

/**
 * Whether the person is given in a form of labelled fields, a paragraph each ("Nom : M. X" / "" / "Fonction : …" / "" /
 * "Téléphone : …"): the name's field is labelled, and each paragraph between the name and the telephone opens with its
 * label. The blank lines part the fields of one entry there, not two entries.
 */
function inOneFieldEntry(text: string, person: DesignatedPerson): boolean {
  const lineStart = text.lastIndexOf('\n', person.at - 1) + 1;
  if (!/[:：]/u.test(text.slice(lineStart, person.at))) return false;
  const [, ...fields] = person.between.split(/\n[^\S\n]*\n/u).filter((p, i) => i === 0 || p.trim());
  return fields.length > 0 && fields.every((field) => FIELD_LABEL.test(field.trimStart()));
}

/**
 * Contacts whose e-mail slot is empty: a person whose block, row, item or sentence gives a telephone where another's gives
 * an address ("Colonel X" / "Chef du bureau …" / "Tél. : …", "… y a la Licda. X, Secretaria Técnica … (teléfono: …)",
 * "…李敏女士（电话：…）", "السيدة X – باحثة … – هاتف: …"). The telephone belongs to the person only when nothing but
 * their post stands between them (no sentence's end, no blank line), and an address on the telephone's own line is that
 * entry's (the person is found by it), unless the entry closes before it (`closedByTelephone`).
 */
function designatedByTelephone(text: string, addresses: readonly { start: number; end: number }[]): DesignatedPerson[] {
  const people: DesignatedPerson[] = [];
  let nextAddress = 0;
  let previousEnd = 0;
  for (const m of text.matchAll(TELEPHONE)) {
    while (nextAddress < addresses.length && addresses[nextAddress]!.start < m.index) previousEnd = Math.max(previousEnd, addresses[nextAddress++]!.end);
    const lineEnd = text.indexOf('\n', m.index);
    const end = m.index + m[0].length;
    const from = previousEnd;
    previousEnd = end;
    // An address on the line after the entry has closed (a mailbox in the next sentence) is not the entry's.
    const line = text.slice(m.index, lineEnd < 0 ? undefined : lineEnd);
    if (line.includes('@') && !closedByTelephone(line.slice(0, line.indexOf('@')))) continue;
    const person = designatedBefore(text, m.index, end, from);
    // The words leading to the telephone ("على الهاتف رقم", "at telephone number") are no person, though Arabic writes
    // them as it writes a name's words.
    if (!person || person.between.length > 250 || DETAIL_WORD.test(person.found.name)) continue;
    const between = inOneFieldEntry(text, person) ? person.between.replace(/\n[^\S\n]*\n/gu, '\n') : person.between;
    if (!ENTRY_BREAK.test(between)) people.push(person);
  }
  return people;
}

/**
 * A sentence's subject that is the point of contact and its verb, the person following ("the national point of contact is
 * Mr. X, …", "le point de contact national est M. X, …", "el punto de contacto nacional es el Sr. X, …", "национальным
 * контактным лицом является г-н X", "国家联络点为…", "جهة الاتصال الوطنية هي السيد …").
 */
const CONTACT_IS = new RegExp(
  [
    '\\bpoint of contact (?:for [^.\\n]{1,80} )?(?:is|will be)\\b',
    '\\bpoint de contact(?: national)? (?:est|sera)\\b',
    '\\bpunto de contacto(?: nacional)? (?:es|será)\\b',
    'контактным лицом (?:является|назначен[а]?)(?![\\p{L}])',
    '联络点(?:为|是)',
    'جهة الاتصال(?: الوطنية)? (?:هي|هو)',
  ].join('|'),
  'giu',
);

/** Whether an address follows in the paragraph, over the lines a wrap may cut it into (the person is then found by it). */
function givesAnAddressSoon(text: string, from: number): boolean {
  return text.slice(from, from + 300).split(/\n[^\S\n]*\n/u)[0]!.includes('@');
}

/**
 * A word in lower case in the Latin script right after the verb, no article: the verb is an auxiliary, and the sentence says
 * what is done to the point of contact ("will be informed when Mr. X …", "sera informé par M. X", "será informado por el Sr.
 * X"), naming no one as the contact. Other scripts may set a post in lower case before the name ("является начальник отдела X").
 */
const PARTICIPLE_AFTER_VERB = /^(?!(?:the|el|la|le|les|los|las|un|une|una|a|an)(?![\p{L}]))[a-zà-öø-ÿ]{2,}(?![\p{L}])/u;

/** The persons a sentence names as the point of contact, with their post, and no detail after them in the sentence. */
function designatedByTheSentence(text: string): DesignatedPerson[] {
  const people: DesignatedPerson[] = [];
  for (const m of text.matchAll(CONTACT_IS)) {
    const start = m.index + m[0].length;
    // The sentence's end is its paragraph's (a title's dot, "Mr.", ends none), before the final stop.
    const lineEnd = text.indexOf('\n', start);
    const end = start + text.slice(start, lineEnd < 0 ? undefined : lineEnd).replace(/[\s.。]+$/u, '').length;
    const person = designatedBefore(text, end, end, m.index);
    // The person follows the verb within the sentence (an article or a title between), and the sentence gives no address:
    // the one it gives is found with its person, and a person of a later sentence is not the one designated.
    if (!person || person.at < start || person.at - start > 40 || givesAnAddressSoon(text, start) || PARTICIPLE_AFTER_VERB.test(text.slice(start, person.at).trim())) continue;
    if (!ENTRY_BREAK.test(text.slice(start, person.at)) && !ENTRY_BREAK.test(person.between)) people.push(person);
  }
  return people;
}

/** The post of point of contact, as a designation names it ("the new national point of contact", "联络人", "جهة اتصال وطنية"). */
const CONTACT_POST = [
  '(?:(?:the|its|a) )?(?:new )?(?:national )?(?:point of contact|contact point)',
  '(?:(?:le|son|un) )?(?:nouveau |nouvelle )?point de contact(?: national)?',
  '(?:(?:el|su|un) )?(?:nuevo |nueva )?punto de contacto(?: nacional)?',
  '(?:нов\\p{L}* )?(?:национальн\\p{L}* )?контактн\\p{L}* лиц\\p{L}*',
  '(?:新的?)?(?:国家)?联络(?:人|点)',
  '(?:ك)?جهة (?:ال)?اتصال',
];
/** The end of the post a Chinese designation gives: a word that runs on names something else ("联络点工作组组长", a group's head). */
const CHINESE_POST_ENDS = '(?![\\u4E00-\\u9FFF])';
/**
 * A designation that follows the person it designates, its subject: a verb in the passive or future, with its auxiliary,
 * then the post ("… has been designated as the national point of contact", "… will serve as the point of contact", "… a été
 * désignée comme point de contact", "… ha sido designada como punto de contacto", "… назначена национальным контактным
 * лицом", "…被指定为国家联络人"). A participle with no auxiliary ("Mr. X, previously designated as point of contact, has
 * retired") is a clause about a person, no designation; nor is the past ("Ms. X was appointed as point of contact in 2019
 * and …"), which tells what the person was.
 */
const DESIGNATED_AS_CONTACT = new RegExp(
  [
    `\\b(?:(?:has|have) been|is|will be|shall be) (?:designated|appointed|nominated|named) (?:as )?${CONTACT_POST[0]}`,
    `\\b(?:will|shall) (?:serve|act) as ${CONTACT_POST[0]}`,
    `(?<![\\p{L}])(?:a été|est|sera) (?:désignée?|nommée?) (?:comme |en (?:tant que|qualité de) )?${CONTACT_POST[1]}`,
    `(?<![\\p{L}])(?:ha sido|es|será) (?:designad[oa]|nombrad[oa]) (?:como )?${CONTACT_POST[2]}`,
    `(?<![\\p{L}])(?<!был[аи]? )назначен[аы]? (?:в качестве )?${CONTACT_POST[3]}`,
    `被(?:指定|任命|指派)为${CONTACT_POST[4]}${CHINESE_POST_ENDS}`,
  ].join('|'),
  'giu',
);
/**
 * A designating verb that names the person after it, then the post ("The Government has designated Ms. X, Head of …, as its
 * national point of contact", "a désigné M. X … comme point de contact", "ha designado al Sr. X … como punto de contacto",
 * "تم تعيين السيدة X، …، جهة اتصال وطنية"): the person stands between the verb and the post.
 */
const DESIGNATING_VERB = /(?<![\p{L}])(?:designated|appointed|nominated|désigné|nommé|designado|nombrado|назначил[аи]?|指定|任命|تعيين|عيّنت?|عينت?)(?![\p{L}])/giu;
const AS_CONTACT_POST = new RegExp(
  [`\\bas ${CONTACT_POST[0]}`, `(?<![\\p{L}])(?:comme|en (?:tant que|qualité de)) ${CONTACT_POST[1]}`, `(?<![\\p{L}])como ${CONTACT_POST[2]}`, `(?<![\\p{L}])в качестве ${CONTACT_POST[3]}`, `(?:为|担任)${CONTACT_POST[4]}${CHINESE_POST_ENDS}`, `[،,]?[^\\S\\n]*${CONTACT_POST[5]}`].join('|'),
  'iu',
);
/**
 * A relative pronoun between the person and the designation: the designation is told of the person in a clause of their own
 * ("el Sr. X, quien ha sido designado como punto de contacto en 2015, se jubiló"), and the sentence says something else of them.
 */
const RELATIVE_CLAUSE = /(?<![\p{L}])(?:who|whom|which|qui|quien|quienes|que|который|которая|которые|الذي|التي)(?![\p{L}])/iu;
/**
 * A conjunction after a comma, opening another clause between the person and the designation ("… appointed Ms. X as Deputy
 * Director, and the Ministry will serve as the point of contact", "… سفيرا، وستبقى الوزارة جهة اتصال"): the designation is that
 * clause's, not the person's.
 */
const ANOTHER_CLAUSE = /[,،，]\s*(?:(?:and|et|y|e|и|а|но|but|mais|pero)(?![\p{L}])|و)/iu;
/** The most characters a person and their post take between a designating verb and the post it gives them. */
const MOST_DESIGNATED_CHARACTERS = 200;

/**
 * A verb by which the person before it takes the place of another as point of contact ("Ms. X replaces Mr. Y as national point
 * of contact", "Mme X remplace M. Y en qualité de point de contact", "La Sra. X sustituye al Sr. Y como punto de contacto",
 * "г-жа X заменяет г-на Y в качестве контактного лица", "X接替Y担任联络人").
 */
const REPLACING_VERB = /(?<![\p{L}])(?:replaces|will replace|remplace|remplacera|sustituye|sustituirá|reemplaza|reemplazará|заменяет|заменит|сменяет)(?![\p{L}])|接替|取代/giu;
/**
 * A verb by which the person after it replaces the one the sentence names before ("Mr. Y, … point of contact, has been
 * replaced by Ms. X", "… a été remplacé par Mme X", "… ha sido sustituido por la Sra. X"), and the Chinese and Arabic
 * sentences that set the newcomer between two words ("由X接替", "يحل السيد X محل …"). The Russian passive ("заменен г-ном X")
 * declines the newcomer's name into the instrumental case, which is not the name as a contact list writes it: only the
 * active verb, with the newcomer its subject (REPLACING_VERB), is read in Russian.
 */
const REPLACED_BY = /(?<![\p{L}])(?:(?:has|have) been replaced by|(?:is|was|will be) replaced by|(?:a été|est|sera) remplacée? par|(?:ha sido|es|fue|será) (?:sustituid|reemplazad)[oa] por)(?![\p{L}])|由(?=[^。，]{1,20}(?:接替|替代|取代))|(?<![\p{L}])[وف]?(?:يحل|تحل|حل|حلت)(?![\p{L}])/gu;
/** Where the Chinese or Arabic sentence closes the newcomer's name: the verb after "由", "محل" after the Arabic verb. */
const AFTER_NEWCOMER = /^[^。，]{1,20}?(?=接替|替代|取代)|^[^.،؛\n]{1,80}?(?=(?<![\p{L}])محل(?![\p{L}]))/u;
/** The post of point of contact named anywhere in a sentence. */
const NAMES_CONTACT_POST = new RegExp(CONTACT_POST.map((post) => `(?:${post})`).join('|'), 'iu');
/** What stands between a post and the person it is given to, their title apart: an article or a preposition at most. */
const RIGHT_AFTER_THE_POST = /^[\s,:]*(?:(?:the|à|a|al|a la|a el|le|la|el)\s*)?$/iu;
/** The most characters between a replacing verb and the newcomer it names after it. */
const MOST_CHARACTERS_TO_NEWCOMER = 40;

/** The sentence's text on its line around a position, up to 300 characters either side. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return { start: Math.max(lineStart, at - 300), end: Math.min(lineEnd < 0 ? text.length : lineEnd, at + 300) };
}

/**
 * Where a designation's person is looked for: from `from` up to `post` (the person nearest it), the designation ending at
 * `end`; `near`, the person opens within a few words of `from`; `next`, right after it, past a title and an article.
 */
interface DesignationSite {
  from: number;
  post: number;
  end: number;
  near?: boolean;
  next?: boolean;
}

/**
 * Where a sentence that replaces a point of contact names the newcomer: before an active replacing verb whose sentence gives
 * the post after it, or after a passive one ("replaced by") whose sentence names the post before it (the newcomer follows
 * the verb, and the search runs to the line's end).
 */
function replacementSites(text: string): DesignationSite[] {
  const sites: DesignationSite[] = [];
  for (const m of text.matchAll(REPLACING_VERB)) {
    const line = lineAround(text, m.index);
    if (AS_CONTACT_POST.test(text.slice(m.index, line.end))) sites.push({ from: line.start, post: m.index, end: m.index, near: false });
  }
  for (const m of text.matchAll(REPLACED_BY)) {
    const from = m.index + m[0].length;
    const line = lineAround(text, m.index);
    if (!NAMES_CONTACT_POST.test(text.slice(line.start, line.end))) continue;
    const closed = AFTER_NEWCOMER.exec(text.slice(from));
    const post = closed ? from + closed[0].length : from + text.slice(from, line.end).replace(/[\s.。]+$/u, '').length;
    sites.push({ from, post, end: post, near: true });
  }
  return sites;
}

/**
 * The persons a sentence designates as points of contact by their post, named before the designation or between its verb
 * and the post, or as the newcomer in place of a point of contact, with no detail in the paragraph to find them by.
 */
function designatedAsContacts(text: string): DesignatedPerson[] {
  // The designation's end: what the sentence says after it may be that the person has left the post since.
  const sites: DesignationSite[] = [];
  for (const m of text.matchAll(DESIGNATED_AS_CONTACT)) sites.push({ from: Math.max(0, m.index - 400), post: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(DESIGNATING_VERB)) {
    const from = m.index + m[0].length;
    const post = AS_CONTACT_POST.exec(text.slice(from, from + MOST_DESIGNATED_CHARACTERS));
    if (!post) continue;
    const postEnd = from + post.index + post[0].length;
    sites.push({ from, post: from + post.index, end: postEnd });
    // The post may come first, the person right after it ("has designated as its national point of contact Ms. X, …",
    // "ha designado como punto de contacto a la Sra. X"): only a title and an article or preposition between them.
    if (text.slice(from, from + post.index).trim() === '') {
      const line = lineAround(text, postEnd);
      const lineEnd = postEnd + text.slice(postEnd, line.end).replace(/[\s.。]+$/u, '').length;
      sites.push({ from: postEnd, post: lineEnd, end: lineEnd, near: true, next: true });
    }
  }
  const people: DesignatedPerson[] = [];
  for (const { from, post, end, near, next } of [...sites, ...replacementSites(text)]) {
    const person = designatedBefore(text, post, end, from);
    if (!person || givesAnAddressSoon(text, person.at) || RELATIVE_CLAUSE.test(person.between) || ANOTHER_CLAUSE.test(person.between)) continue;
    if (near && (person.at < from || person.at - from > MOST_CHARACTERS_TO_NEWCOMER)) continue;
    if (next && !RIGHT_AFTER_THE_POST.test(text.slice(from, person.at).replace(TRAILING_TITLE, ''))) continue;
    // Nothing ends the sentence between the newcomer and the verb before them, or between the person and the post after them.
    if (!ENTRY_BREAK.test(near ? text.slice(from, person.at) : text.slice(person.at, post))) people.push(person);
  }
  return people;
}

/** A table's first cell that only numbers its row ("1", "2.", "3)"): the name is in the cell after it. */
const SERIAL_CELL = /^[^\S\t\n]*\d{1,3}[.)]?[^\S\t\n]*\t/u;

function withoutSerialCell(row: string): string {
  return row.replace(SERIAL_CELL, '');
}

/**
 * Whether a line of cells goes on with the row above it rather than opening a row; it holds no more cells than the row,
 * unless it is the rest of a row cut before its address (`cutBeforeAddress`), whose first line the reader gave without its
 * empty cells at the end. Its first cell is empty: the row's number or name stood on the row's first line only. In a
 * table with no number column, also: the row's first cell holds only a title so far ("Superintendent" / "Boitumelo" /
 * "Ramotswa") and the line, with no address, holds fewer cells; or the line's first cell is one word that ends the name
 * the row's first cell begins (a narrow name column: "Ковалевская Ирина" / "Владимировна", "Mr Adama" / "Traoré"), one
 * word being never a whole name, nor a title the end of one.
 */
function continuesRow(row: readonly string[], line: string, numbered: boolean, cutBeforeAddress: boolean): boolean {
  const cells = line.split('\t');
  const first = cells[0]!.trim();
  if (cells.length < 2 || (cells.length > row.length && !(first === '' && cutBeforeAddress))) return false;
  // The table's header, repeated where the table goes on over a page break, opens the next page's rows.
  if (repeatsHeader(cells)) return false;
  // A line that gives an address of its own under a row whose address is whole is the next person's row: its first cell
  // is empty where one body's cell spans its people's rows ("Ministry …" / "" beside "Outgoing" and "Incoming").
  if (cells.some((c) => c.includes('@')) && row.some((c) => WHOLE_ADDRESS.test(withAddressCellJoined(c).trim()))) return false;
  // An address cut at the row's line end ("ycabrera@") goes on in its cell on the line below.
  if (first === '' || row.some((c) => CUT_ADDRESS.test(c.trim()))) return true;
  // In a numbered table, each row opens with its number.
  if (numbered) return false;
  // A title or rank opens the next person's name ("Superintendent" / "Boitumelo"), never ends the one above; a title and a
  // name open the next person's row even under a row whose first cell a narrow column ran into the post ("Mr X Y Head of").
  const opensName = LEADING_TITLE.test(`${first} `);
  const begun = withoutTitles(row[0]!);
  const endsName = !/\s/u.test(first) && !opensName && looksLikeName(`${begun} ${first}`);
  // An Arabic name never ends with a word that links its parts ("عبد الله بن" / "سعيد القحطاني"): its rest is below.
  const endsLinkedName = ARABIC_LINK_AT_END.test(begun) && !opensName && /^[\u0621-\u064A]+(?:[^\S\n]+[\u0621-\u064A]+)*$/u.test(first);
  if (looksLikeName(begun)) return endsName || endsLinkedName;
  // A title and one word are a name begun ("Mr Adama" / "Traoré"); one word alone may be a column's label.
  const titledWord = begun !== '' && !/\s/u.test(begun) && LEADING_TITLE.test(row[0]!.trimStart());
  // A surname alone, then the given name and the patronymic on the line below ("Иванов" / "Сергей Петрович"): the patronymic
  // marks the words of both lines as one name.
  const endsRussianName = begun !== '' && !/\s/u.test(begun) && RUSSIAN_FULL_NAME.test(`${begun} ${first}`);
  return (endsName && titledWord) || endsRussianName || (!opensName && cells.length < row.length && !line.includes('@'));
}

/**
 * Whether a line's cells are a table's header: a column's label for the persons' names or their addresses, alone in its
 * cell ("Name", "E-mail", "Courriel"; a label with a colon is a value's, in a row), which no cell of a person's row holds.
 */
function repeatsHeader(cells: readonly string[]): boolean {
  return cells.some((cell) => {
    const label = cell.trim();
    return !/[@:：]/u.test(label) && (ADDRESS_COLUMN.test(label) || (COLUMN_LABEL.test(label) && !/\s/u.test(label)));
  });
}

/**
 * Whether the line is the table's header repeated at the top of a page, and the line after it the rest of the row that the
 * page break cut: its first cell is empty (the row's person stood on the page before), and it has cells still.
 */
function headerBeforeRest(line: string, after: string | undefined): boolean {
  return after !== undefined && after.startsWith('\t') && /\t[^\S\t]*[^\s]/u.test(after) && repeatsHeader(line.split('\t'));
}

/**
 * Whether the line is the rest of a row that a page break (its running header dropped) or the reader's wrap cut before its
 * address, the row's first cell going on with the post or the body ("Ms. X Y" / "Chief Inspector, …," above "Division of
 * Safety" / "x.y@…"): the row names its person and gives no address, in a table whose rows give theirs, and the line gives
 * an address and names no one. Its cells go after the row's: which of the row's columns each goes on is not told.
 */
function restOfRowCutBeforeAddress(row: readonly string[], line: string, cutBeforeAddress: boolean): boolean {
  const cells = line.split('\t');
  // A title alone names no one: it ends the post that the break cut ("Adviser to the" / "Minister").
  const namesAPerson = (cell: string) => namesSomeone(cell) && !onlyTitle(cell.trim());
  return cutBeforeAddress && cells.length >= 2 && cells[0]!.trim() !== '' && looksLikeName(withoutTitles(row[0]!)) && !cells.some(namesAPerson);
}

/**
 * An address's local part alone in its cell ("petar.holm", in lower case as addresses are written, unlike a cell's word),
 * its "@" and domain cut off; a domain after its "@" alone.
 */
const LOCAL_PART = /^[a-z0-9][a-z0-9._%+-]*[._-][a-z0-9._%+-]*[a-z0-9]$/u;
const DOMAIN_AFTER_AT = /^@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/u;

/**
 * The row with the rest that a page break cut off after it (`restOfRowCutBeforeAddress`): its cells after the row's,
 * but an address's domain that the break cut at its "@" ("@mod.example.org") goes on in the row's cell that holds the
 * address's local part.
 */
function withRestOfRow(row: string[], rest: string): void {
  for (const cell of rest.split('\t').map((c) => c.trim())) {
    const local = DOMAIN_AFTER_AT.test(cell) ? row.findLastIndex((c) => LOCAL_PART.test(c.trim())) : -1;
    if (local >= 0) row[local] = `${row[local]!.trim()}${cell}`;
    else row.push(cell);
  }
}

/**
 * Whether the table that a row is in gives each person's address in their row: its lines above the row, up to the
 * table's start, give an address or head a column of them (asked of each line as it is read: `withRowsOnOneLine`).
 */
function givesAddressesByRow(tableAbove: readonly string[]): boolean {
  return tableAbove.some((line) => line.includes('@') || line.split('\t').some((cell) => ADDRESS_COLUMN.test(cell.trim())));
}

/** A cell whose address stops at one of its marks, after the "@" or a dot, hyphen or underscore after it: the rest wraps. */
const CUT_ADDRESS = /@(?:[A-Za-z0-9.-]*[.-])?$/u;

/** The most lines a row's cells wrap onto: a post of a few lines in a narrow column. */
const MOST_WRAPPED_LINES = 8;

/**
 * The text with each table row given on one line: a row whose cells wrap in narrow columns goes on over the lines under it
 * (see `continuesRow`), each of their cells the rest of the row's cell in that column. The name, post and address of one
 * person are then one row's, as the reader sees them.
 */
function withRowsOnOneLine(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  /** Whether the table's lines so far (since the last line with no cells) give an address or head a column of them. */
  let addressesByRow = false;
  const put = (line: string) => {
    out.push(line);
    addressesByRow = line.includes('\t') && (addressesByRow || givesAddressesByRow([line]));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isRow(line)) {
      put(line);
      continue;
    }
    const row = line.split('\t');
    const numbered = SERIAL_CELL.test(line);
    // The row's address may stand on a line below it still: it has none so far, in a table whose rows give theirs.
    const cutBeforeAddress = (next: string) => addressesByRow && !row.some((c) => c.includes('@')) && next.includes('@');
    let next = i + 1;
    /** The table's header, repeated at the top of a page between the row and its rest (`headerBeforeRest`). */
    let repeatedHeader: string | undefined;
    for (; next < lines.length && next - i <= MOST_WRAPPED_LINES; next++) {
      if (repeatedHeader === undefined && headerBeforeRest(lines[next]!, lines[next + 1])) repeatedHeader = lines[next++]!;
      const below = lines[next]!;
      if (restOfRowCutBeforeAddress(row, below, cutBeforeAddress(below))) withRestOfRow(row, below);
      else if (continuesRow(row, below, numbered, cutBeforeAddress(below))) {
        below.split('\t').forEach((part, column) => {
          if (part.trim()) row[column] = `${(row[column] ?? '').trim()} ${part.trim()}`.trim();
        });
      } else break;
    }
    put(row.join('\t'));
    if (repeatedHeader !== undefined) put(repeatedHeader);
    i = next - 1;
  }
  return out.join('\n');
}

/** A whole e-mail address and nothing else. */
const WHOLE_ADDRESS = new RegExp(`^${EMAIL.source}$`, 'u');
/** Where a narrow cell wraps an address: after its "@", a dot, a hyphen or an underscore, or before its "@" or a dot. */
const BREAK_IN_ADDRESS = /(?<=[@._-])[^\S\t\n]+|[^\S\t\n]+(?=[@.])/gu;

/**
 * A table cell that holds one address its narrow column wrapped ("d.wijesekera@" / "mfa.example.gov", "n.gunawardena-" /
 * "perera@customs." / "example.gov"), the cell's lines joined by spaces, given as the address it is. Only breaks at the
 * address's own marks are closed, and only where the cell holds nothing else: words apart by a space stay apart.
 */
function withAddressCellJoined(cell: string): string {
  if (!cell.includes('@')) return cell;
  const joined = cell.trim().replace(BREAK_IN_ADDRESS, '');
  if (joined !== cell.trim() && WHOLE_ADDRESS.test(joined)) return cell.replace(cell.trim(), joined);
  const cutInsideAWord = addressCutInsideAWord(joined);
  return cutInsideAWord ? cell.replace(cell.trim(), cutInsideAWord) : cell;
}

/** The most pieces a narrow column cuts one address into. */
const MOST_ADDRESS_PIECES = 4;

/**
 * A cell's address that its narrow column cut inside a word, as a word processor cuts a word longer than the column
 * ("d.thompson@tb" / "l.example.gov", "kwabena.owu" / "sumensah@…"): the cell holds nothing but the address's pieces, and
 * the pieces before its last break make no address yet (a whole address and a word after it are two things). Each piece
 * has a letter (a telephone's numbers beside the address are no piece of it), and the first is in lower case (nor is a
 * name before the address: "John j.doe@…"). Read piece by piece: one pattern over the pieces and their spaces backtracks
 * without end on a long cell.
 */
function addressCutInsideAWord(cell: string): string | undefined {
  const pieces = cell.split(/[^\S\t\n]+/u);
  if (pieces.length < 2 || pieces.length > MOST_ADDRESS_PIECES || (cell.match(/@/gu) ?? []).length !== 1) return undefined;
  if (!/^[a-z0-9._%+@-]+$/u.test(pieces[0]!) || !pieces.every((piece) => /^[A-Za-z0-9._%+@-]+$/u.test(piece) && /[A-Za-z]/u.test(piece))) return undefined;
  const joined = pieces.join('');
  return WHOLE_ADDRESS.test(joined) && !WHOLE_ADDRESS.test(pieces.slice(0, -1).join('')) ? joined : undefined;
}

/**
 * The text with each table row's address cells, wrapped in a narrow column, joined into their addresses; a row whose first
 * cell is empty (one body's cell spanning its people's rows) included.
 */
function withAddressCellsJoined(text: string): string {
  return text.split('\n').map((line) => (line.includes('\t') ? line.split('\t').map(withAddressCellJoined).join('\t') : line)).join('\n');
}

/**
 * The row with its address cell moved after the person's, where the address comes first ("k.osei@…" / "Mr. Kofi Osei" /
 * "Head, Border Unit"): the reader takes a row's person before its address, as most tables give them. So with the header's
 * address label where it stands before the name label, so that the columns stay one above the other.
 */
function withAddressAfterPerson(line: string): string {
  const cells = line.split('\t');
  const person = cells.findIndex((cell) => namesSomeone(cell) || COLUMN_LABEL.test(cell.trim()));
  const address = cells.findIndex((cell) => WHOLE_ADDRESS.test(cell.trim()) || ADDRESS_COLUMN.test(cell.trim()));
  if (address < 0 || person < 0 || address > person) return line;
  return [...cells.slice(0, address), ...cells.slice(address + 1), cells[address]!].join('\t');
}

/** An address and, in brackets right after it, a titled person with their post ("x@… (Mr. John Carver, Director)"). */
const ADDRESS_THEN_PERSON = new RegExp(`(?<address>${EMAIL.source})[^\\S\\n]*\\((?=(?:${HONORIFIC_SOURCE})[^\\S\\t\\n\\r]*[\\p{Lu}\\p{Lo}])(?<person>[^()\\n]{3,160})\\)`, 'gu');

/**
 * The text with each address given before its person written after them: a table's row whose address cell comes before
 * the person's (`withAddressAfterPerson`), and an address with the titled person in brackets right after it, written as
 * the person with the address in brackets ("Mr. John Carver, Director (x@…)"), as the reader pairs them.
 */
function withPersonsBeforeTheirAddresses(text: string): string {
  // A line of prose is looked at only with an at sign in it (the pattern opens with an address's letters, at each of its letters).
  return text.split('\n').map((line) => (line.includes('\t') ? withAddressAfterPerson(line) : line.includes('@') ? line.replace(ADDRESS_THEN_PERSON, '$<person> ($<address>)') : line)).join('\n');
}

/** The courtesy titles a list of participants writes in brackets after a name, in the languages with capitals ("M" with its dot only). */
const BRACKETED_TITLE = '(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mme|Mlle|Sr|Sra|Srta|Dra|г-н|г-жа|д-р)\\.?|M\\.)';
/** A name with its title after it in brackets ("Kwame Mensah (Mr.)", "MENSAH, Kwame (Mr.)", "Awa Traoré (Mme)"). */
const TITLE_AFTER_NAME_IN_BRACKETS = new RegExp(`(?<name>\\p{Lu}[\\p{L}'’-]+(?:,?[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){1,4})[^\\S\\n]*\\((?<title>${BRACKETED_TITLE})\\)`, 'gu');

/**
 * The text with a title that a list of participants writes in brackets after the name put before it, where the reader
 * looks for it ("Kwame Mensah (Mr.)" read as "Mr. Kwame Mensah", "MENSAH, Kwame (Mr.)" as "Mr. MENSAH, Kwame": the surname
 * written first stays first, as the name is kept as written).
 */
function withTitlesBeforeNames(text: string): string {
  return text.replace(TITLE_AFTER_NAME_IN_BRACKETS, (...args) => {
    const { name, title } = args.at(-1) as { name: string; title: string };
    return `${title} ${name}`;
  });
}

/**
 * Words that pair the items of one list with another's in order ("respectively", "respectivement", "respectivamente",
 * "соответственно", "分别", "على التوالي").
 */
const RESPECTIVELY = anyOf(['<respectively>', '<respectivement>', '<respectivamente>', '<соответственно>', '分别', '<على التوالي>']);
/** A bracket's content, on one line. */
const BRACKETED = /[(（]([^()（）\n]*)[)）]/gu;
/** The most characters between two persons of the list, or the last of them and the bracket: a name's post at most. */
const MOST_CHARACTERS_BETWEEN_LISTED = 120;

/**
 * The text with the addresses that one bracket gives to the persons named before it, in order ("Mr. A and Ms. B (a@… and
 * b@…, respectively)"), each written in a bracket after its own person ("Mr. A (a@…) and Ms. B (b@…)"), as the reader
 * pairs a person and the address after them. The persons are titled, as many as the addresses, in the bracket's sentence.
 */
function withAddressesGivenRespectively(text: string): string {
  let out = text;
  for (const bracket of [...text.matchAll(BRACKETED)].reverse()) {
    const addresses = bracket[1]!.match(EMAIL) ?? [];
    if (addresses.length < 2 || !RESPECTIVELY.test(fold(bracket[1]!))) continue;
    const persons = [...text.slice(0, bracket.index).matchAll(AFTER_HONORIFIC)].slice(-addresses.length);
    const ends = persons.map((m) => m.index + m[0].length);
    const gaps = ends.map((end, k) => text.slice(end, persons[k + 1]?.index ?? bracket.index));
    if (persons.length !== addresses.length || gaps.some((gap) => gap.length > MOST_CHARACTERS_BETWEEN_LISTED || gap.includes('@') || endsASentence(gap))) continue;
    const parts = [out.slice(0, ends[0])];
    ends.forEach((end, k) => parts.push(` (${addresses[k]})`, out.slice(end, k + 1 < ends.length ? ends[k + 1] : bracket.index)));
    out = `${parts.join('')}${out.slice(bracket.index + bracket[0].length)}`;
  }
  return out;
}

/** A form's e-mail field and name field, by their labels at a line's start ("E-mail:", "Correo electrónico:", "Ф.И.О.:"). */
const MAIL_FIELD = new RegExp(`^[^\\S\\n]*${MAIL_LABEL}[^\\S\\n]*[:：]`, 'iu');
// A contact's label names the person's field as the name's label does ("联系人：王明", "Контактное лицо: …").
const NAME_FIELD = new RegExp(`^[^\\S\\n]*(?:${NAME_LABEL}|${CONTACT_LABEL})[^\\S\\n]*[:：]`, 'iu');
/** A name's own field ("Name:", "Nom :", "Ф.И.О.:"), not a contact's label: what it gives is a person's name, whatever its words. */
const NAME_ONLY_FIELD = new RegExp(`^[^\\S\\n]*${NAME_LABEL}[^\\S\\n]*[:：]`, 'u');

/**
 * The text with a form's e-mail field moved to the end of its form where it comes before the name field ("E-mail: x@…" /
 * "Name: Dr. X" / "Position: …"): the reader gives an address to the person named before it. A form is a run of lines with
 * no blank line in it, of one person or of several, each opening with the e-mail field; one whose name comes first is left as
 * it is.
 */
function withMailFieldsAfterNames(text: string): string {
  return text.split(/(\n[^\S\n]*\n)/u).map((form) => {
    const lines = form.split('\n');
    const mails = lines.flatMap((line, k) => (MAIL_FIELD.test(line) ? [k] : []));
    const names = lines.flatMap((line, k) => (NAME_FIELD.test(line) ? [k] : []));
    // Each person's fields open with the e-mail and name that person after it, up to the next e-mail field.
    const mailFirst = mails.length > 0 && mails.length === names.length && mails.every((m, k) => m < names[k]! && names[k]! < (mails[k + 1] ?? lines.length));
    if (!mailFirst) return form;
    const persons = mails.map((m, k) => lines.slice(m, mails[k + 1] ?? lines.length));
    return [...lines.slice(0, mails[0]), ...persons.flatMap(([mail, ...rest]) => [...rest, mail!])].join('\n');
  }).join('');
}

/** Where a cell lists several persons: the semicolon between their entries, in each script's form. */
const PERSONS_APART = /[;；؛]/u;

/**
 * The row as one row per person, where one cell lists two persons or more apart by semicolons and the row's address cell
 * holds their addresses in the same order ("Каримов Т.Ш., начальник …; Юсупова Д.Р., …" beside "t.karimov@…; d.yusupova@…"):
 * each address is the person's of its rank, as a reader pairs them. A person whose entry gives a telephone of its own where
 * the cell holds fewer addresses than persons has none of them ("…; д-р X, главный специалист (тел. …)"). Rows that do not
 * pair so are left as they are: a post may hold a semicolon too.
 */
function personsOfOneRow(line: string): string[] {
  const cells = line.split('\t');
  const addressCells = cells.map((c, i) => (c.includes('@') ? i : -1)).filter((i) => i >= 0);
  const listing = cells.map((c, i) => (i !== addressCells[0] && PERSONS_APART.test(c) ? i : -1)).filter((i) => i >= 0);
  if (addressCells.length !== 1 || listing.length !== 1) return [line];
  const addresses = cells[addressCells[0]!]!.match(EMAIL) ?? [];
  const persons = cells[listing[0]!]!.split(PERSONS_APART).map((p) => p.trim()).filter(Boolean);
  const reachedByAddress = persons.filter((p) => persons.length === addresses.length || !givesContactDetails(p));
  if (persons.length < 2 || reachedByAddress.length !== addresses.length) return [line];
  let next = 0;
  return persons.map((person) => cells.map((cell, i) => {
    if (i === listing[0]) return person;
    if (i !== addressCells[0]) return cell;
    return reachedByAddress.includes(person) ? addresses[next++]! : '';
  }).join('\t'));
}

function withPersonsOfOneCellApart(text: string): string {
  return text.split('\n').flatMap((line) => (isRow(line) ? personsOfOneRow(line) : [line])).join('\n');
}

/** The labels of a person's post and body in a form of fields, in the six languages ("Cargo", "Fonction", "Должность", "职务", "الوظيفة"). */
const POST_OR_BODY_LABEL = '(?:Title|Position|Post|Function|Designation|Organi[sz]ation|Institution|Fonction|Titre|Poste|Organisme|Cargo|Puesto|Instituci[oó]n|Organismo|Entidad|Dependencia|Должность|Организация|Учреждение|Ведомство|职务|职位|单位|机构|الوظيفة|المنصب|الصفة|الجهة|المؤسسة)';
/**
 * A column's label for a post or a body, alone ("单位", "职务", "Cargo", "الجهة"): a header's cell, which Chinese and Arabic,
 * with no capitals, write as a name is written.
 */
const POST_OR_BODY_COLUMN = new RegExp(`^${POST_OR_BODY_LABEL}$`, 'iu');
/** A field labelled as a post or a body, the label and its colon ("Cargo:", "职务：", "المنصب:"). */
const POST_OR_BODY_FIELD = new RegExp(`^[^\\S\\n]*${POST_OR_BODY_LABEL}[^\\S\\n]*[:：]`, 'iu');

/** A line that opens with a field's label and gives its value after spaces, with no colon ("Nombre     Lic. X", "Cargo  Jefa …"). */
const SPACED_FIELD = (label: string) => new RegExp(`^([^\\S\\n]*${label})(?![\\p{L}:：])[^\\S\\t\\n]+(?=[^\\s:：])`, 'iu');
const SPACED_NAME_FIELD = SPACED_FIELD(NAME_LABEL);
const SPACED_DETAIL_FIELD = SPACED_FIELD(DETAIL_LABEL);
const SPACED_ANY_FIELD = SPACED_FIELD(`(?:${NAME_LABEL}|${POST_OR_BODY_LABEL}|${DETAIL_LABEL})`);

/**
 * The text with the labels of a form written without colons given theirs: a person's entry may set each field on a line of
 * its own, the value after spaces only ("Nombre     Lic. X" / "Cargo     …" / "Correo electrónico     x@…"), as a PDF does
 * with a two-column table whose edge it reads as spaces. A line that opens with the name's label is such a field when a
 * line that opens with a telephone's or an address's label, the same way, follows within the entry's rows; the labels of
 * that entry's lines then read as labels with their colons do ("Nombre: Lic. X").
 */
function withSpacedFieldsLabelled(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!SPACED_NAME_FIELD.test(lines[i]!)) continue;
    const detail = lines.slice(i + 1, i + 1 + MOST_FIELD_ROWS).findIndex((line) => SPACED_DETAIL_FIELD.test(line));
    if (detail < 0) continue;
    for (let j = i; j <= i + 1 + detail; j++) lines[j] = lines[j]!.replace(SPACED_ANY_FIELD, '$1: ');
    i += detail;
  }
  return lines.join('\n');
}

/**
 * Single Chinese characters set apart by spaces, the whole of a field's label or value, a cell or a line ("姓    名：李 华",
 * "联系人：王　明"): Chinese typesetting pads a short label or a name of two characters to the width of the longer ones.
 */
const PADDED_CHINESE_WORD = /(?<=^[^\S\n]*|[\t:：][^\S\n]*)[\u4E00-\u9FFF](?:[ \u3000]+[\u4E00-\u9FFF]){1,3}(?=[^\S\n]*(?:[:：\t，,；;（(]|$))/gmu;

/** A transliterated name's middle dot set apart by spaces ("穆罕默德 · 阿里"), as some typesetting gives it. */
const SPACED_NAME_DOT = /(?<=[\u4E00-\u9FFF])[ \u3000]*([·・‧])[ \u3000]*(?=[\u4E00-\u9FFF])/gu;

/**
 * A line's end inside a Chinese name in running text, its title opening the next line after the name's last characters
 * ("…军控司处长赵" / "明远先生为…"): Chinese sets no space between words, so a wrap falls between any two characters. Only
 * the end of a line of prose (a score of characters at least) is read so; a heading's or label's line ("联系人") ends there.
 */
const LINE_END_IN_TITLED_NAME = new RegExp(`(?<=[^\\n]{20}[\\u4E00-\\u9FFF])[^\\S\\n]*\\r?\\n[^\\S\\n]*(?=[\\u4E00-\\u9FFF]{1,3}(?:${CHINESE_HONORIFICS}))`, 'gu');

/**
 * The text with each padded Chinese label or name written close, as a word is, each name's dot close to its parts, and
 * each name that a prose line's end cuts before its title joined.
 */
function withPaddedChineseWordsClosed(text: string): string {
  return text.replace(PADDED_CHINESE_WORD, (word) => word.replace(/[ \u3000]+/gu, '')).replace(SPACED_NAME_DOT, '$1').replace(LINE_END_IN_TITLED_NAME, '');
}

/** Whether the address at `at` stands in a table's row (a line of tab-parted cells). */
function inTableRow(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return isRow(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
}

/**
 * Whether the address found for `name` gives a contact not found yet: an address is one person's, and found again further on
 * (a mailbox named twice) it adds no one; but a table's rows are each their own person's, and two rows that give one address
 * (the principal and the alternate sharing a mailbox) give it to both.
 */
function newHolder(contacts: readonly ContactFinding[], email: string, name: string, inRow: boolean): boolean {
  const holders = contacts.filter((c) => c.email.toLowerCase() === email.toLowerCase());
  return holders.length === 0 || (inRow && !holders.some((c) => c.name === name));
}

/**
 * Words that give one address to several persons ("both at", "tous deux", "adresse commune", "ambos", "dirección común",
 * "оба", "общий адрес", "二人共用", "كلاهما", "بريد مشترك").
 */
const SHARED_ADDRESS_CUE = anyOf([
  '<both>', '<shared>', '<common (address|mailbox|e-?mail)', '<joint (address|mailbox|e-?mail)',
  '<tou(s|tes) (les )?deux>', '<les deux>', '<(adresse|boite|boîte|messagerie)( electronique| électronique| aux lettres)? commune>', '<partagee?>', '<partagée?>',
  '<amb[oa]s>', '<(direccion|dirección|correo|buzon|buzón)( electronico| electrónico)? (comun|común|compartido)>', '<compartid[oa]>',
  '<(оба|обе|обоих)>', '<общ(ий|его|ая|ей|ую) (адрес|почт|ящик)', '二人', '两人', '共用', '<(كلاهما|كليهما)>', '<مشترك',
]);
/** A conjunction that joins two persons in a sentence or a cell ("and", "or", "et", "ou", "y", "o", "и", "или", "和", "或", "و", "أو"). */
const PERSONS_JOINED = /(?:^|[^\p{L}])(?:and|or|et|ou|y|o|e|u|и|или|و|أو)[^\S\n]|[和或及]/u;

/**
 * The persons who share the address with the one found before it: the sentence or cell names them first, joined to that
 * person ("… Ms. A, Deputy Director, or her alternate, Mr. B, First Secretary, both at x@…", "M. A, chef de division, et Mme
 * B, administrateur⇥Adresse commune : x@…"), and words between the person and the address say the address is common to
 * them. Each takes the address; each is titled as the person found is.
 */
function sharersBefore(person: DesignatedPerson): FoundName[] {
  const { found, block, between } = person;
  if (!SHARED_ADDRESS_CUE.test(fold(between))) return [];
  const sharers: FoundName[] = [];
  let next = found.at;
  for (const m of [...block.slice(0, found.at).matchAll(AFTER_HONORIFIC)].reverse()) {
    const end = m.index + m[0].length;
    const gap = block.slice(end, next);
    if (end > next || gap.includes('@') || endsASentence(gap) || /\n[^\S\n]*\n/u.test(gap)) break;
    const name = withoutTitles(m[1]!, true);
    if (!PERSONS_JOINED.test(block.slice(end, found.at)) || !looksLikeName(name) || name === found.name) break;
    // The post runs from the name up to the conjunction that joins the next person.
    const role = asRole(gap.split(PERSONS_JOINED)[0]!);
    sharers.unshift({ name, at: end - name.length, ...(role ? { role } : {}) });
    next = m.index;
  }
  return sharers;
}

/**
 * The person of the address before, where this address's own text names no one, only a label ("… Functional mailbox:
 * un1540@…. Personal e-mail: k.mensah@…"): the address spells that person's name where the one before, found for them, does
 * not (a service's mailbox given first). The person's own address is then theirs (`anotherAddressIsTheirOwn` leaves the
 * mailbox).
 */
function ownAddressAfterMailbox(text: string, contacts: readonly ContactFinding[], from: number, at: number, email: string): ContactFinding | undefined {
  const last = contacts.at(-1);
  const between = text.slice(from, at);
  if (!last || !last.email || between.length > MOST_LABEL_CHARACTERS || /\n[^\S\n]*\n/u.test(between)) return undefined;
  return !addressSpellsName(last.email, last.name) && addressSpellsName(email, last.name) ? last : undefined;
}
/** The most characters between two addresses of one person: a label and its separators. */
const MOST_LABEL_CHARACTERS = 40;

/** The Committee's own addresses, which a text gives for writing to the Committee, never a state's contact. */
export const isCommitteeAddress = (email: string): boolean => /^(?:sc-1540-committee|1540experts)@un\.org$/iu.test(email);

/** How far from a contact's name a sentence that replaces them is read: the notice's paragraphs around its table or list. */
const REPLACED_WITHIN = 2_000;

/**
 * Whether a sentence near where the contact's name first stands says they are the one replaced ("Ms. X replaces Mr. Tavita Schuster, who has
 * been posted …", above a table that sets the previous details beside the new): the notice names who leaves once, and
 * their details may stand elsewhere, in a column, a row or a block of their own.
 */
function replacedNearby(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && isOneReplaced(name, namesReplacedIn(text.slice(Math.max(0, at - REPLACED_WITHIN), at + REPLACED_WITHIN)));
}

/**
 * The contacts of a text; `byTheCommittee` where the text is the Committee's own (a letter of its Chair), whose contacts are
 * its Secretariat's officers, the Office for Disarmament Affairs'. In any other text an international organisation's
 * officer is a partner, not one of the state's points of contact (see `servesAnotherOrganisation`).
 */
export function detectContacts(source: string, { byTheCommittee = false } = {}): ContactFinding[] {
  const ownPerson = (person: DesignatedPerson | undefined) => (person && !byTheCommittee && servesAnotherOrganisation(postOf(person)) ? undefined : person);
  const text = withMailFieldsAfterNames(withSpacedFieldsLabelled(withPersonsOfOneCellApart(withPersonsBeforeTheirAddresses(withAddressCellsJoined(withNameColumnsJoined(withRowsOnOneLine(withSideBySideBlocksApart(withHyphenatedWordsJoined(withAddressesGivenRespectively(withTitlesBeforeNames(withPaddedChineseWordsClosed(withAddressesWrittenWhole(withWrittenOutAddresses(source)))))), namesSomeone))))))));
  const contacts: ContactFinding[] = [];
  /** Where each contact's name starts in the text. */
  const anchors: number[] = [];
  const addresses: { start: number; end: number }[] = [];
  let previousEnd = 0;
  // Addresses are looked for only where there is an at sign: the pattern opens with an address's letters, tried at each letter.
  for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
    const email = m[0].replace(/\.$/u, '');
    const from = previousEnd;
    previousEnd = m.index + m[0].length;
    addresses.push({ start: m.index, end: previousEnd });
    if (isCommitteeAddress(email)) continue;
    const designated = designatedBefore(text, m.index, previousEnd, from) ?? signedBelow(text, m.index, previousEnd);
    const person = ownPerson(designated);
    const holder = designated ? undefined : ownAddressAfterMailbox(text, contacts, from, m.index, email);
    if (holder) {
      contacts.push({ ...holder, email, evidence: [{ text: `${text.slice(Math.max(0, m.index - 160), m.index).trimStart()}${email}`.replace(/\s+/gu, ' ') }] });
      anchors.push(anchors.at(-1)!);
    }
    if (!person || !newHolder(contacts, email, person.found.name, inTableRow(text, m.index))) continue;
    const { found, block } = person;
    // Those who share the address with the person found are contacts at it too, unless already found.
    const sharers = sharersBefore(person).filter((sharer) => !contacts.some((c) => c.name === sharer.name));
    for (const holder of [...sharers, found]) {
      contacts.push({
        name: holder.name,
        email,
        ...(holder.role ? { role: holder.role } : {}),
        evidence: [{ text: `${block.slice(-160).trimStart()}${email}`.replace(/\s+/gu, ' ') }],
        confidence: contactConfidence(holder, block),
      });
      anchors.push(person.at - found.at + holder.at);
    }
  }
  // A person with a telephone and no address is a contact all the same, with no address to write to (one found by an
  // address, whose telephone comes first, is that contact). So is a person the sentence names as the point of contact
  // with neither an address nor a telephone.
  // Both readings of designations need the post's name somewhere in the text: one look for it spares a text that has none
  // (most of a long report) their several passes over it.
  const designations = NAMES_CONTACT_POST.test(text) ? [...designatedByTheSentence(text), ...designatedAsContacts(text)] : [];
  for (const person of [...designatedByTelephone(text, addresses), ...designations]) {
    const { found, block, at } = person;
    if (contacts.some((c) => c.name === found.name) || !ownPerson(person)) continue;
    contacts.push({
      name: found.name,
      email: '',
      ...(found.role ? { role: found.role } : {}),
      evidence: [{ text: block.slice(-160).trimStart().replace(/\s+/gu, ' ') }],
      confidence: contactConfidence(found, block) - 0.2,
    });
    anchors.push(at);
  }
  // The contacts found at an address that spells their name, once: each contact is then asked against those alone.
  const atOwnAddress = contacts.flatMap((c, j) => (c.email !== '' && addressSpellsName(c.email, c.name) ? [j] : []));
  const kept = contacts.map((_, i) => i).filter((i) => !anotherAddressIsTheirOwn(contacts, i, atOwnAddress));
  const found = withFormsRead(asListed(text, kept.map((i) => contacts[i]!), kept.map((i) => anchors[i]!)), contactForms(withFormsSideBySideApart(source)));
  return found.filter((contact) => !replacedNearby(text, contact.name));
}

/**
 * The contacts with those of the Committee's forms read as forms: what the prose reading found inside a form (a label
 * taken for a name, an answer column's person given the address of the column beside, or of the next form) gives way to
 * the form's own persons, one per form or answer column, each with their field's address or none.
 */
function withFormsRead(contacts: readonly ContactFinding[], forms: readonly ContactForm[]): ContactFinding[] {
  // A contact with an address is the form's when the address is; one without, when the words of the name are all the
  // form's (the prose reading may have run two labels together).
  const inAForm = (c: ContactFinding) => forms.some((form) => (c.email !== '' ? form.text.includes(c.email) : c.name.split(/\s+/u).every((word) => form.text.includes(word))));
  // Chinese writes the title after the name ("李伟强 先生").
  const formPersons = forms.flatMap((form) => form.persons.map((person) => ({ ...person, name: withoutAnyTitles(person.name), form })))
    .filter((person) => person.name !== '' && !/@|\d/u.test(person.name));
  return [
    ...contacts.filter((c) => !inAForm(c)),
    ...formPersons.map(({ name, email, form }): ContactFinding => ({
      name,
      email,
      evidence: [{ text: form.text.slice(0, 160).replace(/\s+/gu, ' ') }],
      confidence: 0.8,
    })),
  ];
}

/**
 * Whether the person the contact names is found again at an address that spells their name while this one does not
 * ("… designated Mr. X. General enquiries may go to the mailbox info@…", then "X … x.surname@…" in the list): a person has
 * one address of their own, and the other, found for them only because their name stood nearest, is a service's mailbox.
 * `atOwnAddress`: the contacts whose address spells their name, found once for all the contacts (a list of a thousand
 * persons would otherwise have each compared with every other).
 */
function anotherAddressIsTheirOwn(contacts: readonly ContactFinding[], i: number, atOwnAddress: readonly number[]): boolean {
  const { name, email } = contacts[i]!;
  if (!email || addressSpellsName(email, name)) return false;
  return atOwnAddress.some((j) => j !== i && namesOnePerson(contacts[j]!.name, name));
}

/**
 * Whether two names are one person's: the same words, or a sentence's later mention by the surnames alone ("la Embajadora
 * Salazar Vinueza" for "Paulina Andrea SALAZAR VINUEZA"), whatever the capitals, and in another case where the sentence
 * declines it ("г-на Каримова Т.Ш." for "Каримов Т.Ш."): a word the other's with a case ending of a letter or two.
 */
function namesOnePerson(a: string, b: string): boolean {
  const [shorter, longer] = [a, b].map((name) => name.toLowerCase().split(/\s+/u)).sort((x, y) => x.length - y.length);
  if (shorter!.length < 2) return false;
  const tail = longer!.slice(-shorter!.length);
  return shorter!.every((word, k) => {
    const [short, long] = word.length <= tail[k]!.length ? [word, tail[k]!] : [tail[k]!, word];
    return long.startsWith(short) && long.length - short.length <= 2;
  });
}
