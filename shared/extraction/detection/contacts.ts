/**
 * Points of contact: persons named with an e-mail address (or designated as contacts). The name
 * is kept as written (script and order), without honorifics or ranks; the role is the text
 * between the name and the address ("Director, …").
 */
import type { ContactFinding } from '../contract.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

/** Titles written before a name, in the six languages; never part of the name. */
const HONORIFIC = new RegExp(
  [
    '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Amb|Ambassador|Engr|Eng|Col|Colonel|Lt|Capt|Gen|Sir|Dame|H\\.E|M|Mme|Mlle|Me|Pr|Sr|Sra|Srta|Lic|Licda?|Ing|Mtra|Mtro|Dra|Embajador[a]?|Coronel|Г-н|Г-жа|г-н|г-жа|господин|госпожа)\\.?(?=\\s)',
    'م\\.', 'السيد(?:ة)?', 'الدكتور(?:ة)?', 'د\\.', 'المهندس(?:ة)?', 'العقيد', 'اللواء', 'العميد', 'السفير(?:ة)?',
  ].join('|'),
  'gu',
);
const CHINESE_TITLE = /(先生|女士|博士|教授|大使)$/u;
const LABELLED_NAME = /(?:name|nom|nombre|имя|ф\.?\s?и\.?\s?о\.?|姓名|الاسم)\s*[:：]\s*([^\n,;:：]{3,60})/iu;

function cleanName(raw: string): string {
  let name = raw.replace(HONORIFIC, ' ').replace(/^[\s\d.)(、一二三四五六七八九十•\-–:：]+/u, '').replace(/\s+/gu, ' ').trim();
  name = name.replace(CHINESE_TITLE, '').trim();
  return name.replace(/[,;:：،]+$/u, '').trim();
}

function looksLikeName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/@|\d/u.test(name)) return false;
  if (/^[\u4E00-\u9FFF]{2,4}$/u.test(name)) return true;
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (/^[\u0600-\u06FF\s]+$/u.test(name)) return true;
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|del|da|van|von|la|le|bin|al|ibn|y|e)$/u.test(w));
}

/** The name nearest before the address: the first clause of the entry, after any title. */
function nameBefore(block: string): { name: string; role?: string } | undefined {
  const labelled = LABELLED_NAME.exec(block);
  if (labelled && looksLikeName(cleanName(labelled[1]!))) return { name: cleanName(labelled[1]!) };
  const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 5; i--) {
    const line = lines[i]!;
    // Chinese entry: "一、陈伟明先生" on its own line above "职务：…".
    const chinese = /([\u4E00-\u9FFF]{2,4})(?:先生|女士|博士)/u.exec(line);
    if (chinese) return { name: chinese[1]! };
    const parts = line.split(/[,;،؛]|\s[–—-]\s|\s\(|:\s/u).map((p) => p.trim()).filter(Boolean);
    for (let p = 0; p < parts.length; p++) {
      const name = cleanName(parts[p]!);
      if (looksLikeName(name)) {
        const role = parts.slice(p + 1).join(', ').replace(/(?:e-?mail|courriel|correo(?: electrónico)?|электронн[а-я]* почт[а-я]*|電子郵件|电子邮件|البريد الإلكتروني)\s*[:：]?\s*$/iu, '').trim();
        return { name, ...(role ? { role: role.slice(0, 160) } : {}) };
      }
    }
  }
  return undefined;
}

export function detectContacts(text: string): ContactFinding[] {
  const contacts: ContactFinding[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(EMAIL)) {
    const email = m[0].replace(/\.$/u, '');
    if (/^(?:sc-1540-committee|1540experts)@un\.org$/iu.test(email)) {
      previousEnd = m.index + m[0].length;
      continue;
    }
    const block = text.slice(Math.max(previousEnd, m.index - 400), m.index);
    previousEnd = m.index + m[0].length;
    const found = nameBefore(block);
    if (!found) continue;
    if (contacts.some((c) => c.email.toLowerCase() === email.toLowerCase())) continue;
    contacts.push({ name: found.name, email, ...(found.role ? { role: found.role } : {}) });
  }
  return contacts;
}
