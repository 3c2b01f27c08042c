/**
 * Folding applied to text before matching, so that one pattern matches what different writers
 * and PDF readers produce: case, Arabic alef/hamza forms (pdf.js decomposes the lam-alef
 * ligature into alef + lam, "الأمن" → "األمن"; dropping alefs makes both read "لمن"), Arabic
 * diacritics and tatweel, bidi controls, Arabic-Indic digits, and the spaces PDF readers put
 * between Chinese characters and digits.
 *
 * Folding keeps one output character per input character where it can, but it may drop some
 * (alefs, spaces in Chinese): never use folded offsets on the original text.
 */
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** Arabic-Indic and Persian digits to ASCII, one for one (offsets are kept). */
export function asciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const CJK = '\\u3000-\\u303F\\u3400-\\u9FFF\\uFF00-\\uFFEF';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+|[ \\t]+(?=[${CJK}])`, 'gu');

/** Characters folded one for one (or dropped, when absent from ONE_FOR_ONE) in a single pass. */
const SINGLE_CHARACTER = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD\u064B-\u065F\u0670\u0640اأإآٱءؤئىة’‘`´‐‑‒–—]/gu;
const ONE_FOR_ONE: Readonly<Record<string, string>> = {
  'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ة': 'ه', '’': "'", '‘': "'", '`': "'", '´': "'", '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-',
};

/**
 * Drops bidi controls, soft hyphens, Arabic diacritics, tatweel and alef/hamza forms, and unifies
 * Arabic letter variants, apostrophes and dashes, in one pass: fold runs over every line of a
 * 200-page report, and a pass for each kind of character took three times as long.
 */
export function fold(text: string): string {
  return asciiDigits(text)
    .normalize('NFC')
    .replace(SINGLE_CHARACTER, (c) => ONE_FOR_ONE[c] ?? '')
    .replace(SPACE_NEAR_CJK, '')
    // Runs of whitespace and lone tabs or breaks become one space; single spaces, most of a text's, are left
    // as they are (replacing each by itself took ten times as long).
    .replace(/\s{2,}|[^\S ]/gu, ' ')
    .toLowerCase();
}

/**
 * A letter or digit of folded (lower-case) text in the scripts with word spaces. Narrower than
 * \\p{L}: each \\p{L} in a pattern costs V8 a large character class to compile, and the
 * detectors hold hundreds of word edges.
 */
export const WORD_CHAR = '[0-9a-z\\u00df-\\u024f\\u0430-\\u045f\\u0620-\\u064a\\u0660-\\u0669\\u066e-\\u06d3]';

/**
 * Word edges that work for every script (`\\b` only knows ASCII): write `<` and `>` in a pattern
 * for "not preceded / not followed by a letter or digit". Patterns must not use upper-case
 * escapes (`\\S`, `\\p{L}`): folding lowers them.
 */
function compileFolded(source: string): string {
  return fold(source).replace(/</gu, `(?<!${WORD_CHAR})`).replace(/>/gu, `(?!${WORD_CHAR})`);
}

/** One pattern over folded (lower-case) text from many alternatives written in plain words. */
export function anyOf(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(alternatives.map((a) => `(?:${compileFolded(a)})`).join('|'), flags);
}

/**
 * Folded text with, for each of its characters, the offset of the original character it came from:
 * for finding a pattern in folded text and quoting the original around it (Arabic folding drops
 * alefs, so folded offsets drift from the original's). Folds character by character: runs of spaces
 * are not collapsed, which patterns written with single spaces do not need.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    for (const c of fold(char)) {
      folded += c;
      offsets.push(i);
    }
    if (char.length === 2) i++;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/**
 * How long a piece of a line reads: a Chinese character (or a full-width sign) holds as much as a short word, and
 * counts twice. "北京，" is a place before a date; "根据第2663（2022）号决议，委员会的任务期限延续至" is a sentence.
 */
export const textWidth = (text: string): number => text.length + (text.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/gu)?.length ?? 0);

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
