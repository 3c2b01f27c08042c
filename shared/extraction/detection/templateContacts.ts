/**
 * The contacts of a structured submission, read as states fill a template in. The JSON form lists its contacts in fields
 * (name, email, role), but a field may hold more than its label says: several persons with their addresses in one name
 * field, the title or rank before the name, the address in the name or role field, a telephone in the e-mail field, the
 * post after the name. Any template may also give a point of contact in its notes, as a sentence would. The fields are
 * read for what they hold; nothing a form lists is refused.
 */
import type { ContactFinding } from '../contract.js';
import { detectContacts, isCommitteeAddress, looksLikeName, POST_HEAD } from './contacts.js';
import { withoutAnyTitles } from './personNames.js';
import { E_MAIL_ADDRESSES, withWrittenOutAddresses } from './emailAddress.js';
import { anyOf, fold } from './textFolding.js';

/** A contact as the form lists it, each field as the state filled it in (or left it out). */
export interface ListedContact {
  name: string;
  email?: string | null | undefined;
  role?: string | null | undefined;
}

const addressesIn = (text: string): string[] => text.match(E_MAIL_ADDRESSES) ?? [];

/**
 * A field's text on one line: any run of spaces (no-break spaces, the padding around a value, line breaks) is one space, and an
 * address whose "@" is written out ("x(at)y.gov") is the address.
 */
const asOneLine = (text: string | null | undefined): string => withWrittenOutAddresses((text ?? '').replace(/\s+/gu, ' ').trim());

/** What separates the persons of one name field ("Sr. A / Sra. B", "A; B", "A and B", "A、B"); never a comma, which may invert a name. */
const PERSONS_APART = /\s*[;/|；、]\s*|\s+(?:and|et|y|и|و)\s+/u;

/** A listed contact: its role is the one the form gives, or else the post its name field gives after the name. */
function contactOf(name: string, email: string, role: string, post: string | undefined): ContactFinding {
  const kept = role || post;
  return { name, email, ...(kept ? { role: kept } : {}) };
}

/**
 * The persons of a name field that lists as many persons as its e-mail field lists addresses, each with the address in the
 * same place ("Sr. A / Sra. B" with "a@…; b@…"); none where the counts differ, and the field is then one entry.
 */
function personsPairedWithAddresses(field: string, addresses: readonly string[], role: string): ContactFinding[] {
  const persons = field.split(PERSONS_APART).map((part) => personAndPost(part)).filter(({ name }) => name !== '');
  if (addresses.length < 2 || persons.length !== addresses.length || !persons.every(({ name }) => looksLikeName(name))) return [];
  return persons.map(({ name, post }, k) => contactOf(name, addresses[k]!, role, post));
}

/** The field without its addresses, nor the brackets and separators left around them ("Adviser, x@…" is "Adviser"). */
function withoutAddresses(text: string): string {
  return text.replace(E_MAIL_ADDRESSES, '').replace(/[(（[][\s:;,]*[)）\]]/gu, '').replace(/^[\s,;:،，-]+|[\s,;:(（،，-]+$/gu, '').replace(/\s+/gu, ' ');
}

/**
 * The person and the post a name field gives, with the titles taken off the name. A comma after a name in its natural order
 * (after a title, or before words that are no name) sets off the post ("Amb. X Y, Permanent Representative", "X Y, Head of
 * …"); a name written surname first keeps its comma ("Saar, Rein"), as the form wrote it.
 */
function personAndPost(field: string): { name: string; post?: string } {
  const name = withoutAnyTitles(field);
  const comma = /[,،，]/u.exec(name);
  if (!comma) return { name };
  const [before, after] = [name.slice(0, comma.index).trim(), name.slice(comma.index + 1).trim()];
  const titled = name !== field.trim();
  const afterIsPost = titled || POST_HEAD.test(after) || (!looksLikeName(after) && after.split(' ').length > 1);
  return looksLikeName(before) && afterIsPost && after !== '' ? { name: before, post: after } : { name };
}

/**
 * The contacts one listed entry gives. A name field with addresses in it is a cell of prose: the persons it names, each with
 * their own address, as a sentence is read. Otherwise the entry is one person, at the address of the e-mail field, or of the
 * name or role field where that has none (a telephone alone is no address).
 */
function contactsOfEntry(entry: ListedContact): ContactFinding[] {
  const [field, email, role] = [asOneLine(entry.name), asOneLine(entry.email), asOneLine(entry.role)];
  const givenRole = withoutAddresses(role);
  if (addressesIn(field).length > 0) {
    const persons = detectContacts(field);
    if (persons.length > 0) {
      return persons.map(({ name, email: address, role: post }) => contactOf(name, address, givenRole, post));
    }
  }
  const paired = personsPairedWithAddresses(field, addressesIn(email), givenRole);
  if (paired.length > 0) return paired;
  const address = addressesIn(email)[0] ?? addressesIn(field)[0] ?? addressesIn(role)[0] ?? '';
  // A form may leave the name empty and write the person in the role field, with their post ("Mr. X, Director").
  const inRole = field === '' ? personAndPost(givenRole) : undefined;
  if (inRole?.post && looksLikeName(inRole.name)) return [{ name: inRole.name, email: address, role: inRole.post }];
  const { name, post } = personAndPost(withoutAddresses(field));
  return [contactOf(name, address, givenRole, post)];
}

/**
 * The words that say a person filled in the form ("Form completed by", "Formulaire rempli par", "Formulario elaborado por",
 * "Форму заполнил", "填表人", "أعد الاستمارة"): the form's author, named for the form, no point of contact.
 */
const FILLED_IN_BY = anyOf([
  '<(completed|filled in|filled out|prepared|compiled) by>', '<person completing>',
  '<(rempli|remplie|complete|completee|etabli|etablie|prepare|preparee) par>',
  '<(llenad|completad|cumplimentad|elaborad|preparad)[oa] por>',
  '<(заполнил|заполнила|заполнено|заполнена|подготовил|подготовила|составил|составила)>',
  '填表人', '填报人', '填写人', '由[^，。]{0,12}填写',
  '<(أعد|أعدت|أعده|أعدها) (الاستمارة|النموذج)>', '<(تعبئة|ملء) (الاستمارة|النموذج)>', '<معد (الاستمارة|النموذج)>',
]);

/** The same words, each place they stand (`matchAll`). */
const FILLED_IN_BY_ANYWHERE = new RegExp(FILLED_IN_BY.source, 'gu');

/** A sentence's or clause's end in folded text: a semicolon, a full stop before a word (a title's dot precedes the name). */
const CLAUSE_END = /[;；。]|\.\s+[^\s.]{4,}/u;

/**
 * Whether the cell that names the contact says, in the clause that leads to the name, that the person filled in the form
 * ("Form completed by the Ministry. Point of contact: Mr. X" names a contact after the filler's clause).
 */
function filledInTheForm(cells: readonly string[], contact: ContactFinding): boolean {
  const cell = cells.find((c) => c.includes(contact.name)) ?? '';
  const lead = fold(cell.slice(0, cell.indexOf(contact.name)));
  const cue = [...lead.matchAll(FILLED_IN_BY_ANYWHERE)].at(-1);
  return cue !== undefined && !CLAUSE_END.test(lead.slice(cue.index + cue[0].length));
}

/**
 * The persons the notes cells name as contacts, each cell read as its own paragraph: no person takes the next cell's address.
 * The person a cell says filled in the form is none.
 */
export function contactsInNotes(notes: readonly string[]): ContactFinding[] {
  const cells = notes.filter((cell) => cell.trim() !== '');
  return cells.length === 0 ? [] : detectContacts(cells.join('\n\n')).filter((contact) => !filledInTheForm(cells, contact));
}

const samePerson = (a: ContactFinding, b: ContactFinding): boolean => (a.email !== '' && a.email.toLowerCase() === b.email.toLowerCase()) || a.name === b.name;

/**
 * The contacts of a template: those it lists, read field by field, then those its notes name that it does not list. The
 * Committee, whose address a form may give among them, is no contact of the state; nor is the person whose role, as the form
 * lists it, is to have filled the form in.
 */
export function templateContacts(listed: readonly ListedContact[], notes: readonly string[]): ContactFinding[] {
  const contacts = listed.filter((entry) => !FILLED_IN_BY.test(fold(entry.role ?? ''))).flatMap(contactsOfEntry).filter((c) => !isCommitteeAddress(c.email));
  return [...contacts, ...contactsInNotes(notes).filter((c) => !contacts.some((k) => samePerson(k, c)))];
}
