/**
 * The Committee's point-of-contact form: a table of labelled fields, a label cell and its answer on each row ("Name of the
 * point of contact⇥Mr. X" / "Title/position⇥…" / "Telephone⇥…" / "E-mail⇥x@…"), one form per person, or one answer column
 * per person (the principal and the alternate side by side). A state fills it in its own language, or in another one
 * than its note's. Read as prose, its labels pass for names (Arabic and Chinese write no capitals to tell them apart) and
 * an address answered "none" takes the next form's; read as a form, each column of answers is one person.
 */
import { E_MAIL_ADDRESS } from './emailAddress.js';

/** The label of the field that names the person, in the six languages ("Name of the point of contact", "Фамилия, имя контактного лица", "联络人姓名", "اسم جهة الاتصال"). */
const NAME_FIELD = /(?:^|[^\p{L}])(?:name|nom|nombre|имя|фамилия|ф\.?\s?и\.?\s?о\.?)(?![\p{L}])|姓名|^(?:ال)?اسم(?![\u0621-\u064A])/iu;

/** The label of the address field ("E-mail", "Correo electrónico", "Электронная почта", "电子邮件", "البريد الإلكتروني"). */
const MAIL_FIELD = /^(?:e-?mail|courriel|adresse électronique|correo(?: electrónico)?|эл\.?\s*(?:адрес|почта)|электронн[а-я]* (?:почт|адрес)[а-я]*|电子邮[件箱]|邮箱|(?:ال)?بريد(?: الإلكتروني)?)(?![\p{L}])/iu;

/**
 * An answer that gives the address of the person before ("same as above", "ídem", "то же", "同上", "نفس العنوان"): the
 * alternate who shares the principal's mailbox.
 */
const SAME_AS_ABOVE = /^(?:(?:the\s+)?same\s+as\s+(?:above|the\s+principal)|as\s+above|ditto|[íi]dem|comme\s+ci-dessus|(?:el\s+)?mismo|igual(?:\s+que)?\s+(?:arriba|al?\s+anterior)|то\s+же|см\.\s*выше|同上|(?:نفس|كما\s+(?:سبق|ورد)|المذكور\s+أعلاه))/iu;

/** A label is short: a few words, no sentence. */
const MOST_LABEL_LENGTH = 40;
/** A form's rows after its name: post, body, telephone, fax, address, and a page's header or footer the table runs over. */
const MOST_FORM_LINES = 10;
/** A line of prose (longer than a page's header or footer) ends the form. */
const MOST_FURNITURE_LENGTH = 60;

export interface FormPerson {
  /** The name as the form answers it, titles still on (the caller owns the titles). */
  name: string;
  /** The address, or '' for none ("Not available", "لا يوجد", "暂无"). */
  email: string;
}

export interface ContactForm {
  persons: FormPerson[];
  /** The form's text, its header row included: what is read there is read as the form's. */
  text: string;
}

const fieldOf = (line: string): { label: string; answers: string[] } | undefined => {
  const [label, ...answers] = line.replace(/\r$/u, '').split('\t').map((cell) => cell.trim());
  if (!label || answers.length === 0 || label.length > MOST_LABEL_LENGTH) return undefined;
  return { label, answers };
};

/** Each form the text holds, found by its name field, with the persons its answer columns give. */
export function contactForms(text: string): ContactForm[] {
  const lines = text.split('\n');
  const forms: ContactForm[] = [];
  let previous: FormPerson | undefined;
  for (let i = 0; i < lines.length; i++) {
    const nameField = fieldOf(lines[i]!);
    if (!nameField || !NAME_FIELD.test(nameField.label) || nameField.answers.every((a) => a === '' || E_MAIL_ADDRESS.test(a))) continue;
    // The header row over the answers ("Field⇥Details", "البند⇥البيانات") belongs to the form: it is no person.
    const header = i > 0 && fieldOf(lines[i - 1]!)?.answers.length === nameField.answers.length ? i - 1 : i;
    let mail: string[] | undefined;
    let end = i + 1;
    for (; end < lines.length && end <= i + MOST_FORM_LINES; end++) {
      const line = lines[end]!;
      const field = fieldOf(line);
      if (field && NAME_FIELD.test(field.label)) break;
      // A page's running header, set off by a tab, may be as long as prose: it is not the form's end.
      if (!field && !line.startsWith('\t') && line.trim().length > MOST_FURNITURE_LENGTH) break;
      if (field && !mail && MAIL_FIELD.test(field.label)) {
        mail = field.answers;
        end++;
        break;
      }
    }
    // A table of persons opens with a row of column labels ("Name⇥Position⇥E-mail"), its first cell a name's label as a
    // form's is: only a form goes on with the address's field, labelled in its first cell.
    if (!mail) continue;
    const persons = nameField.answers.map((name, column) => {
      const answer = mail?.[column] ?? '';
      const email = E_MAIL_ADDRESS.exec(answer)?.[0] ?? (SAME_AS_ABOVE.test(answer) ? previous?.email ?? '' : '');
      previous = { name, email };
      return previous;
    }).filter((p) => p.name !== '');
    forms.push({ persons, text: lines.slice(header, end).join('\n') });
    i = end - 1;
  }
  return forms;
}
