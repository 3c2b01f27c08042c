/**
 * The parts of a report that give its contacts: a section headed "Contact points" (or a numbered paragraph that opens with
 * its contacts), and a table laid out as the Committee's contact form (a name field and a telephone or e-mail field). What
 * they hold are posts and agencies ("Deputy Head, Customs Control Department", "Direction de la protection civile"), whose
 * names carry element words: they describe the contacts, not a measure in force.
 */
import { DETAIL_LABEL, givesContactDetails, NAME_LABEL, opensWithPerson } from './contacts.js';
import { anyOf, fold } from './textFolding.js';
import { TABLE_ROW, type TextUnit } from './textUnits.js';

/** The contacts named as such, in the six languages: "Technical contacts", "Point de contact national", "Контактные лица". */
const CONTACTS_WORD = anyOf([
  '<contacts?>', '<contact (points?|persons?|details|information)>', '<points? of contact>', '<focal points?>',
  '<points? de contact>', '<personnes? de contact>', '<points? focaux>', '<point focal>', '<coordonnées>',
  '<puntos? de contacto>', '<personas? de contacto>', '<puntos? focal(es)?>', '<datos de contacto>', '<contactos?>',
  '<контактн[а-я]* (лиц|пункт|данн|информац)', '<координатор(ы|ов)?>',
  '联络人', '联络点', '联系人', '联系方式', '协调人',
  'جهات (ال)?اتصال', 'جهة (ال)?اتصال', 'جهتا (ال)?اتصال', 'نقاط (ال)?اتصال', 'نقطة (ال)?اتصال', 'بيانات (ال)?اتصال',
]);

/** A paragraph's number or a heading's mark before its words: "6.", "IV.", "三、", "ثانيا -", "##". */
const LEADING_MARK = /^\s*(?:#+\s*|\*\*)?(?:[\dIVXivx]+(?:\.\d+)*[.)]?|[一二三四五六七八九十]{1,3}、|\(?[a-zа-я]\))?\s*/u;

/** The contacts word among a title's first words (after a word or three: "Technical contacts", "Formulaire – Point de contact"). */
function opensWithContacts(text: string): boolean {
  const words = fold(text.replace(LEADING_MARK, '')).replace(/\*\*/gu, '');
  // Chinese and a bare title have no word spaces to count: their first characters.
  const opening = /[\u4E00-\u9FFF]/u.test(words) ? words.slice(0, 10) : words.split(/\s+/u).slice(0, 6).join(' ');
  return CONTACTS_WORD.test(opening);
}

/** A paragraph numbered as a new one: "7.", "IV.", "四、", "(c)". */
const NUMBERED = /^\s*(?:[\dIVX]+(?:\.\d+)*[.)]\s|[一二三四五六七八九十]{1,3}、|\(?[a-zа-я]\)\s)/u;

/** A line that leads into what follows: "For customs matters:", "Por cuestiones de aduanas:", "По вопросам таможенного контроля:". */
const LEAD_IN = /[:：]\s*$/u;

/**
 * Where a contacts section starts: a heading, a short title or lead-in, or a numbered paragraph's first sentence, that opens
 * with the contacts. A sentence of the running text that names a contact ("The point of contact is Ms …") starts none.
 */
function startsContactSection(unit: TextUnit, units: readonly TextUnit[]): boolean {
  if (TABLE_ROW.test(unit.text) || units[unit.index - 1]?.paragraph === unit.paragraph) return false;
  // A labelled line gives one contact ("National point of contact: Mr …"), and the report goes on after it.
  if (/[:：]\s*\S/u.test(unit.text) && !NUMBERED.test(unit.text)) return false;
  const short = unit.text.trim().split(/\s+/u).length <= 12 && (!/[.!?。！？؟]["»”)]?\s*$/u.test(unit.text.trim()) || LEAD_IN.test(unit.text));
  return (unit.heading || short || NUMBERED.test(unit.text)) && opensWithContacts(unit.text);
}

/**
 * Where it ends: the next numbered paragraph, or a heading that leads into no list (a lead-in inside the section, "По вопросам
 * биологической безопасности:", introduces the next contact).
 */
function endsContactSection(unit: TextUnit, units: readonly TextUnit[]): boolean {
  if (TABLE_ROW.test(unit.text) || units[unit.index - 1]?.paragraph === unit.paragraph) return false;
  // A contact's own lines (a name and post, an address, a telephone) are short and unpunctuated as headings are: they go on with it.
  const contactLine = /[,،，@]|\d{3}/u.test(unit.text) || givesContactDetails(unit.text) || opensWithPerson(unit.text);
  return (NUMBERED.test(unit.text) || unit.heading) && !contactLine && !LEAD_IN.test(unit.text) && !opensWithContacts(unit.text);
}

/** A contact form's field names, as the Committee's form and states' tables head them: the contact reader's own labels. */
const NAME_FIELD = new RegExp(`^(?:full )?${NAME_LABEL}s?(?![\\p{L}])`, 'iu');
const DETAIL_FIELD = new RegExp(`^${DETAIL_LABEL}`, 'iu');

/** The rows of each table (consecutive rows), by unit index. */
function tables(units: readonly TextUnit[]): TextUnit[][] {
  const found: TextUnit[][] = [];
  let current: TextUnit[] = [];
  for (const unit of units) {
    if (TABLE_ROW.test(unit.text)) current.push(unit);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** A table laid out as a contact form: a name field and a telephone or e-mail field, as row labels or as column heads. */
function isContactForm(rows: readonly TextUnit[]): boolean {
  const labels = [...rows.map((r) => r.text.split(TABLE_ROW)[0] ?? ''), ...(rows[0]?.text.split(TABLE_ROW) ?? [])].map((cell) => cell.trim());
  return labels.some((l) => NAME_FIELD.test(l)) && labels.some((l) => DETAIL_FIELD.test(l));
}

/** The units of a document that give its contacts: read for contacts, never for measures. */
export function contactPartUnits(units: readonly TextUnit[]): Set<number> {
  const found = new Set<number>();
  let inSection = false;
  for (const unit of units) {
    if (inSection && endsContactSection(unit, units)) inSection = false;
    if (!inSection && startsContactSection(unit, units)) inSection = true;
    if (inSection) found.add(unit.index);
  }
  for (const rows of tables(units)) if (isContactForm(rows)) for (const row of rows) found.add(row.index);
  return found;
}
