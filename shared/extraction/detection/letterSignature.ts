/**
 * A letter's signature: the mark beside the signer's name ("(Signed)") and the complimentary close above it ("… the
 * assurances of my highest consideration"). The signer of a covering letter or note transmits the report; the points of
 * contact are those the text designates, and the mission's address or telephone under the signature is no contact's.
 */
import { anyOf, fold } from './textFolding.js';

/** The mark of a signature beside the signer's name: "(Signed)", "(Signé)", "(Firmado)", "(Подпись)", "（签名）", "(توقيع)". */
export const SIGNED = anyOf(['[(（](signed|signé|signée|firmado|firmada|подпись|подписано|签名|签字|توقيع)[)）]']);

/**
 * The complimentary close of a letter or note, in the six languages: "the assurances of my highest consideration", "Yours
 * sincerely", "l'assurance de ma très haute considération", "el testimonio de mi más alta consideración", "Atentamente",
 * "уверения в моем самом высоком уважении", "С уважением", "崇高的敬意", "此致敬礼", "أسمى آيات التقدير", "وتفضلوا بقبول فائق الاحترام".
 */
const COMPLIMENTARY_CLOSE = anyOf([
  '<(highest|high|distinguished) consideration>', '<yours (sincerely|faithfully|truly)>', '^(sincerely|respectfully)( yours)?,?$',
  '<(haute|parfaite|distinguée) considération>', '<(mes|nos) (salutations|sentiments) (distingué|respectueu)', '^cordialement,?$',
  '<(alta|distinguida) consideración>', '^(atentamente|cordialmente),?$',
  '<(высоком|глубоком) уважени', '^с (глубоким )?уважением,?$',
  '崇高(的)?敬意', '^此致', '^敬礼',
  '<(فائق|اسمي|خالص) (ايات )?(ال)?(تقدير|احترام)', '<مع (خالص )?التحي',
]);

/** The most lines of a signer's office that may stand between the close and the signer's name ("Permanent Representative"). */
const MOST_OFFICE_LINES = 2;

/** The lines above the one starting at `lineStart` that are not blank, the nearest first. */
function linesAbove(text: string, lineStart: number): string[] {
  return text.slice(Math.max(0, lineStart - 600), Math.max(0, lineStart - 1)).split('\n').filter((line) => line.trim() !== '').reverse();
}

/** A line of a signer's office above the name: short, with no detail (no digit, no address) and no sentence's end. */
const officeLine = (line: string) => line.trim().length <= 60 && !/[@\d]|[.!?。؟]\s*$/u.test(line.trim());

/**
 * Whether the name on the line starting at `lineStart` is a letter's signer: marked as signed on its line ("(Signed)
 * Ambassador X"), or, opening its line (`opensTheLine`, after a title at most), below the mark alone or the complimentary
 * close, with at most the signer's office between ("… my highest consideration." / "" / "Ambassador X", "С уважением," /
 * "Постоянный представитель" / "X").
 */
export function signsTheLetter(text: string, lineStart: number, opensTheLine: boolean): boolean {
  const lineEnd = text.indexOf('\n', lineStart);
  if (SIGNED.test(fold(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)))) return true;
  if (!opensTheLine) return false;
  const above = linesAbove(text, lineStart);
  const close = above.findIndex((line) => {
    const folded = fold(line).trim();
    return SIGNED.test(folded) && folded.replace(SIGNED, '').trim() === '' || COMPLIMENTARY_CLOSE.test(folded);
  });
  return close >= 0 && close <= MOST_OFFICE_LINES && above.slice(0, close).every(officeLine);
}

/** The office of a point of contact, in the six languages, as a signature's lines may name the signer's ("National Point of Contact"). */
const POINT_OF_CONTACT = anyOf([
  '<points? of contact>', '<focal points?>', '<points? de contact>', '<point focal>', '<puntos? de contacto>', '<puntos? focal(es)?>',
  '<контактн[а-я]* (лиц|пункт)', '联络人', '联络点', 'جهة (ال)?اتصال', 'نقطة (ال)?اتصال',
]);

/**
 * Whether the text names a point of contact's office: a signature's lines, from the name to its details, that name the signer
 * the point of contact, or a post's cell.
 */
export function namesPointOfContact(lines: string): boolean {
  return POINT_OF_CONTACT.test(fold(lines));
}

