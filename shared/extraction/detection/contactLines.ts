/**
 * The shapes of a contact text's lines that the contact readers go by: a list item's marker, a contact's label, and a line
 * that carries on the phrase of the line before or opens inside what it began.
 */
import { TRAILING_TITLE } from './personNames.js';

/**
 * A list item's marker: "1.", "2)", "(a)", "b)", a bullet; Chinese numbers its items with the enumeration comma or in
 * brackets, and writes no space after them ("一、", "（二）").
 */
export const ITEM_MARKER = /^[^\S\n]*(?:(?:\d{1,2}[.)]|\(?[a-zа-я]\)|[-•*–—])[^\S\n]+|(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\S\n]*)/u;

/** "Contact: <name>," and the like: the value up to the first comma. */
export const CONTACT_LABEL = '(?:name|nom|nombre|имя|ф\\.?\\s?и\\.?\\s?о\\.?|контактное лицо|координатор|contact(?: person)?|point of contact|punto de contacto(?: nacional)?|persona de contacto|point de contact(?: national)?|联系人|姓名|الاسم|جهة الاتصال|مسؤول الاتصال)';
/** A contact's label alone on its line, with no colon ("Контактное лицо", "Point of contact"): a heading over the person's lines. */
export const CONTACT_LABEL_ALONE = new RegExp(`^${CONTACT_LABEL}$`, 'iu');

/**
 * Whether the line after this one carries on its phrase ("Ministerio de / Relaciones Exteriores"),
 * so opens with no name; a title at the line's end ("… es el Embajador / Jorge Quispe") is followed
 * by one, and so is a contact's label heading the lines of the person ("Контактное лицо" / "Мария Волкова").
 */
export function continuesPhrase(line: string): boolean {
  return /\p{Ll}$/u.test(line) && !TRAILING_TITLE.test(`${line} `) && !CONTACT_LABEL_ALONE.test(line.trim());
}

/**
 * Whether a line opens inside what the line before began: with a bracket or a separator that no list's item opens with
 * ("(x@…); Sra. …", "; M. …"), or a word in lower case.
 */
export function opensMidEntry(line: string): boolean {
  return /^[^\S\n]*[\p{Ll}(（)）;；,，،]/u.test(line) && !ITEM_MARKER.test(line);
}
