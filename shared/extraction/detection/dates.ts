/**
 * Dates written in the six languages: "15 March 2025", "March 15, 2025", "15 mars 2025",
 * "le 1er juin", "15 de marzo de 2025", "«12» апреля 2023 г.", "2025年3月15日",
 * "二〇二四年三月五日", "٢٥ تشرين الأول/أكتوبر ٢٠٠٤", "15.03.2025", "2025-03-15", and month-only forms
 * ("March 2025", "fin mai", "2025年5月", "تشرين الأول/أكتوبر 2024"). Returns positions in the original text.
 */
import { asciiDigits } from './textFolding.js';

export interface FoundDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

const EN = ['jan(?:uary|\\.)?', 'feb(?:ruary|\\.)?', 'mar(?:ch|\\.)?', 'apr(?:il|\\.)?', 'may', 'june?', 'july?', 'aug(?:ust|\\.)?', 'sep(?:t(?:ember)?|\\.)?', 'oct(?:ober|\\.)?', 'nov(?:ember|\\.)?', 'dec(?:ember|\\.)?'];
const FR = ['janvier', 'f[ée]vrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'ao[uû]t', 'septembre', 'octobre', 'novembre', 'd[ée]cembre'];
const ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 's[e]?ptiembre|setiembre', 'octubre', 'noviembre', 'diciembre'];
const RU = ['январ[яье]', 'феврал[яье]', 'марта?|марте', 'апрел[яье]', 'ма[яйе]', 'июн[яье]', 'июл[яье]', 'августа?|августе', 'сентябр[яье]', 'октябр[яье]', 'ноябр[яье]', 'декабр[яье]'];

function monthAlternation(names: readonly string[]): string {
  return names.map((n, i) => `(?<m${i + 1}>${n})`).join('|');
}

function monthOf(groups: Record<string, string | undefined> | undefined): number {
  for (let i = 1; i <= 12; i++) if (groups?.[`m${i}`] !== undefined) return i;
  return 0;
}

/**
 * The space between a day and its month: any but a tab, which parts a table's cells ("Grupo de Trabajo 1<tab>Octubre de
 * 2026": a body numbered 1 beside a month-only date cell, not the 1st of October).
 */
const IN_CELL = '[^\\S\\t]+';
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
/**
 * The formal closing of a signed text names the day as a day of the month ("a los catorce (14) días
 * del mes de agosto del año dos mil veinticinco (2025)", "this 14th day of August 2025", "le 14e jour
 * du mois d'août 2025"): the figures of the day and the year may follow their words in brackets.
 */
const DAY_OF_MONTH = "(?:d[ií]as?\\s+del\\s+mes\\s+de\\s+|day\\s+of\\s+(?:the\\s+month\\s+of\\s+)?|jour\\s+du\\s+mois\\s+(?:de\\s+|d['’]\\s*))";
const YEAR_IN_WORDS = "(?:del\\s+año\\s+|of\\s+the\\s+year\\s+|de\\s+l['’]an(?:née)?\\s+|de\\s+)?(?:[\\p{L}-]+\\s+){0,6}?\\(?(?<y>\\d{4})\\)?";
const WORD_MONTH_PATTERNS: Array<{ re: RegExp; order: 'dmy' | 'mdy' | 'my' }> = [];
for (const names of [EN, FR, ES, RU]) {
  const months = monthAlternation(names);
  if (names !== RU) WORD_MONTH_PATTERNS.push({ re: new RegExp(`${L}\\(?(?<d>\\d{1,2})(?:er|e|st|nd|rd|th)?\\)?${IN_CELL}${DAY_OF_MONTH}(?:${months})${R},?(?:\\s+${YEAR_IN_WORDS})?`, 'giu'), order: 'dmy' });
  // Day month year: "15 March 2025", "1er juin 2021", "15 de marzo de 2025", "«12» апреля 2023 г."
  WORD_MONTH_PATTERNS.push({ re: new RegExp(`${L}[«"]?(?<d>\\d{1,2})(?:er|st|nd|rd|th)?[»"]?${IN_CELL}(?:de\\s+)?(?:${months})${R}\\.?(?:\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4})(?:\\s*(?:г\\.|года|год)(?![\\p{L}]))?)?`, 'giu'), order: 'dmy' });
  // Month day, year (English)
  if (names === EN) WORD_MONTH_PATTERNS.push({ re: new RegExp(`${L}(?:${months})\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})${R}`, 'giu'), order: 'mdy' });
  // Month year: "May 2025", "mai 2025", "mayo de 2025", "мае 2025 года"; and "end of May"
  WORD_MONTH_PATTERNS.push({ re: new RegExp(`${L}(?:${months})${R}\\.?(?:\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4})(?:\\s*(?:г\\.|года|год)(?![\\p{L}]))?)?`, 'giu'), order: 'my' });
}

/**
 * A day written out in words, as a letter may spell a yearly date ("each year by the twentieth of March", "le quinze
 * septembre", "el quince de septiembre", "до пятнадцатого сентября", "الخامس عشر من أيلول/سبتمبر"): each language's words
 * for the days 1 to 31, the ordinal in English, Russian and Arabic, the cardinal (and "premier", "primero") in French and Spanish.
 */
const UNITS_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const DAY_WORDS_EN = [
  ...UNITS_EN, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', ...UNITS_EN.map((u) => `twenty[- ]${u}`), 'thirtieth', 'thirty[- ]first',
];
const UNITS_FR = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const DAY_WORDS_FR = [
  'premier', ...UNITS_FR, 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
  'vingt', 'vingt et un', ...UNITS_FR.map((u) => `vingt-${u}`), 'trente', 'trente et un',
];
const DAY_WORDS_ES = [
  'primero|uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince',
  'diecis[eé]is', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veinti[uú]no?', 'veintid[oó]s', 'veintitr[eé]s', 'veinticuatro', 'veinticinco',
  'veintis[eé]is', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'treinta y uno',
];
// (Russian ordinals in any case a date takes: "пятнадцатого", "к пятнадцатому", "пятнадцатое".)
const UNITS_RU = ['перв', 'втор', 'треть', 'четв[её]рт', 'пят', 'шест', 'седьм', 'восьм', 'девят'];
const DAY_WORDS_RU = [
  ...UNITS_RU, 'десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат',
  'двадцат', ...UNITS_RU.map((u) => `двадцать ${u}`), 'тридцат', 'тридцать перв',
].map((stem) => `${stem}(?:ого|ое|ому|ом|его|е|ему|ем)`);
const UNITS_AR = ['[اأإ]ل[اأإ]ول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const DAY_WORDS_AR = [
  ...UNITS_AR, 'العاشر', 'الحادي عشر', ...UNITS_AR.slice(1).map((u) => `${u} عشر`),
  'العشرين|العشرون', 'الحادي والعشرين', ...UNITS_AR.slice(1).map((u) => `${u} والعشرين`), 'الثلاثين|الثلاثون', 'الحادي والثلاثين',
];

/** One alternation of a language's day words, in a group named `dw`, the longest first so that "vingt-deux" is not read as "vingt". */
function dayWords(words: readonly string[]): string {
  return `(?<dw>${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Each language's day words, each as a whole-word pattern, in the order of the days. */
const DAY_WORD_LISTS = [DAY_WORDS_EN, DAY_WORDS_FR, DAY_WORDS_ES, DAY_WORDS_RU, DAY_WORDS_AR].map((words) => words.map((w) => new RegExp(`^(?:${w})$`, 'iu')));

/** The day the words of `written` give in the list they come from. */
function dayOfWords(written: string): number | null {
  const words = written.replace(/\s+/gu, ' ');
  for (const days of DAY_WORD_LISTS) {
    const day = days.findIndex((re) => re.test(words));
    if (day >= 0) return day + 1;
  }
  return null;
}
const YEAR_AFTER = '(?:,?\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4})(?:\\s*(?:г\\.|года|год)(?![\\p{L}]))?)?';
// A word day reads as a day only with its article, or right after the month ("March the twentieth"), or before it in Russian.
const DAY_IN_WORDS_PATTERNS: RegExp[] = [
  new RegExp(`${L}(?<=\\bthe\\s+)${dayWords(DAY_WORDS_EN)}\\s+(?:day\\s+)?of\\s+(?:the\\s+month\\s+of\\s+)?(?:${monthAlternation(EN)})${R}${YEAR_AFTER}`, 'giu'),
  new RegExp(`${L}(?:${monthAlternation(EN)})\\s+(?:the\\s+)?${dayWords(DAY_WORDS_EN)}${R}${YEAR_AFTER}`, 'giu'),
  new RegExp(`(?<=(?<![\\p{L}])(?:le|au|du|jusqu'au|jusqu’au)\\s+)${dayWords(DAY_WORDS_FR)}\\s+(?:${monthAlternation(FR)})${R}${YEAR_AFTER}`, 'giu'),
  new RegExp(`(?<=(?<![\\p{L}])(?:el|al|del)\\s+)${dayWords(DAY_WORDS_ES)}\\s+de\\s+(?:${monthAlternation(ES)})${R}${YEAR_AFTER}`, 'giu'),
  new RegExp(`${L}${dayWords(DAY_WORDS_RU)}\\s+(?:${monthAlternation(RU)})${R}${YEAR_AFTER}`, 'giu'),
];

/** Arabic month names, Levantine, Egyptian and Maghreb, compared after dropping alefs/hamzas/spaces. */
const AR_LEVANTINE = ['كنونلثني', 'شبط', 'ذر', 'نيسن', 'يير', 'حزيرن', 'تموز', 'ب', 'يلول', 'تشرينلول', 'تشرينلثني', 'كنونلول'];
const AR_EGYPTIAN = [['ينير'], ['فبرير'], ['مرس'], ['بريل'], ['ميو'], ['يونيو', 'يونيه'], ['يوليو', 'يوليه'], ['غسطس'], ['سبتمبر'], ['كتوبر'], ['نوفمبر'], ['ديسمبر']];
/**
 * The Maghreb's names, from the French in Algeria and Tunisia ("جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت") and Morocco's
 * own ("يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"); March, September to December are the Egyptian names. Some are short enough to end
 * other words ("ماي" ends "الرسمي", "القومي"): each is read only as the whole month word, after "شهر" at most.
 */
const AR_MAGHREB = [['جنفي'], ['فيفري'], [], ['فريل'], ['مي'], ['جون'], ['جويليه', 'يوليوز'], ['وت', 'غشت'], ['شتنبر'], [], ['نونبر'], ['دجنبر']];

/**
 * The month two names give, in either order ("أيلول/سبتمبر" as the UN writes it, "سبتمبر/أيلول", "يناير/كانون الثاني" as some
 * missions do): each name read alone, and those known must agree.
 */
function arabicMonth(words: string): number {
  const asWritten = oneArabicMonth(words);
  if (asWritten || !/[/\\]/u.test(words)) return asWritten;
  // A Levantine name read alone may not be known ("كانون الثاني" is read only beside its other name): the names known agree.
  const months = new Set(words.split(/[/\\]/u).map(oneArabicMonth).filter((month) => month > 0));
  return months.size === 1 ? [...months][0]! : 0;
}

function oneArabicMonth(words: string): number {
  const key = words.replace(/[اأإآٱءـ\s/\\-]/gu, '').replace(/ى/gu, 'ي').replace(/ة/gu, 'ه');
  for (let i = 0; i < 12; i++) {
    if (AR_EGYPTIAN[i]!.some((e) => key === e || key.endsWith(e))) return i + 1;
  }
  const monthWord = key.replace(/^شهر/u, '');
  for (let i = 0; i < 12; i++) if (AR_MAGHREB[i]!.includes(monthWord)) return i + 1;
  for (let i = 0; i < 12; i++) if (key === AR_LEVANTINE[i] || key.startsWith(AR_LEVANTINE[i]!) && key.length <= AR_LEVANTINE[i]!.length + 8) return i + 1;
  return 0;
}

function valid(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (year !== null && (year < 1900 || year > 2100)) return false;
  if (day === null) return true;
  const y = year ?? 2000;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Chinese numerals as formal dates write them: years digit by digit (二〇二四), months and days in tens (十二, 二十五). */
const HAN_DIGITS = '〇零一二三四五六七八九';
const HAN_NUMBER = `[${HAN_DIGITS}十]{1,3}`;
const HAN_DATE = new RegExp(`(?<y>[${HAN_DIGITS}]{4})\\s*年\\s*(?<mo>${HAN_NUMBER})\\s*月(?:\\s*(?<d>${HAN_NUMBER})\\s*日)?`, 'gu');

/** A month and day in Chinese numerals without the year, as a yearly duty gives them ("每年九月十五日前"). */
const HAN_MONTH_DAY = /(?<![〇零一二三四五六七八九十\d])(?<mo>十[一二]?|[一二三四五六七八九])\s*月\s*(?<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日/gu;
/**
 * A month in Chinese numerals without its year or day, at its end or as the month of each year ("每年六月底前", "十一月底之前", "每年十二月").
 * (Not inside a longer numeral: "十二月" is no "二月".)
 */
const HAN_MONTH_END = /(?:(?<=每年\s*)|(?<![〇零一二三四五六七八九十\d年]))(?<mo>十[一二]?|[一二三四五六七八九])\s*月(?:(?=\s*(?:底|末|份?前|份?之前|份?以前))|(?<=每年\s*\S{1,2}\s*月)(?!\s*[〇零一二三四五六七八九十\d]))/gu;
/** An Arabic day in words before the month's two names: "الخامس عشر من أيلول/سبتمبر". */
const ARABIC_DAY_IN_WORDS = new RegExp(`(?<![\\u0600-\\u06FF])${dayWords(DAY_WORDS_AR)}\\s+(?:من\\s+)?(?:شهر\\s+)?(?<words>[\\u0600-\\u06FF]+(?:\\s+[\\u0600-\\u06FF]+)?\\s*/\\s*[\\u0620-\\u06FF]+)(?:\\s+(?:سنة\\s+|عام\\s+)?(?<y>\\d{4})(?!\\d))?`, 'gu');

function hanNumber(written: string): number {
  const digit = (c: string | undefined) => (c === undefined ? 0 : Math.max(0, HAN_DIGITS.indexOf(c) - 1));
  const ten = written.indexOf('十');
  if (ten < 0) return [...written].reduce((n, c) => n * 10 + digit(c), 0);
  return (ten === 0 ? 1 : digit(written[ten - 1])) * 10 + digit(written[ten + 1]);
}

/** Any month name: with no digit and none of these, a text holds no date (most sentences). */
const ANY_MONTH = new RegExp(`(?<![a-zа-яё])(?:${[EN, FR, ES, RU].flat().join('|')})`, 'iu');

export function findDates(original: string): FoundDate[] {
  // Arabic-Indic digits become ASCII one for one, so positions still point into `original`.
  const text = asciiDigits(original);
  if (!/[\d〇零一二三四五六七八九]/u.test(text) && !ANY_MONTH.test(text) && !/[\u0600-\u06FF]\s*\/\s*[\u0600-\u06FF]/u.test(text)) return [];
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (d: FoundDate) => {
    if (!valid(d.year, d.month, d.day)) return;
    if (taken.some(([s, e]) => d.start < e && d.end > s)) return;
    taken.push([d.start, d.end]);
    found.push(d);
  };
  // Most specific first: numeric and CJK full dates, then worded day-month-year, then month-year.
  for (const m of text.matchAll(/(?<![\d.-])(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?![\d-])/gu)) {
    add({ start: m.index, end: m.index + m[0].length, year: +m.groups!.y!, month: +m.groups!.mo!, day: +m.groups!.d! });
  }
  for (const m of text.matchAll(/(?<y>\d{4})\s*年\s*(?<mo>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?/gu)) {
    add({ start: m.index, end: m.index + m[0].length, year: +m.groups!.y!, month: +m.groups!.mo!, day: m.groups!.d ? +m.groups!.d : null });
  }
  for (const m of text.matchAll(HAN_DATE)) {
    add({ start: m.index, end: m.index + m[0].length, year: hanNumber(m.groups!.y!), month: hanNumber(m.groups!.mo!), day: m.groups!.d ? hanNumber(m.groups!.d) : null });
  }
  // "每年12月底前", "3月31日前": a Chinese month without its year, only as a day or a month's end, or as the month of each year ("每年12月").
  for (const m of text.matchAll(/(?<!\d)(?<mo>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日|(?=\s*(?:底|末|份?前|份?之前|份?以前))|(?<=每年\s*\d{1,2}\s*月))/gu)) {
    add({ start: m.index, end: m.index + m[0].length, year: null, month: +m.groups!.mo!, day: m.groups!.d ? +m.groups!.d : null });
  }
  // The same in Chinese numerals, as formal texts write months ("每年六月底前", "十二月底前"): a month's end or the month of each year.
  for (const m of text.matchAll(HAN_MONTH_END)) {
    add({ start: m.index, end: m.index + m[0].length, year: null, month: hanNumber(m.groups!.mo!), day: null });
  }
  for (const m of text.matchAll(/(?<![\d./])(?<d>\d{1,2})[./](?<mo>\d{1,2})[./](?<y>\d{4})(?![\d./])/gu)) {
    add({ start: m.index, end: m.index + m[0].length, year: +m.groups!.y!, month: +m.groups!.mo!, day: +m.groups!.d! });
  }
  for (const re of DAY_IN_WORDS_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const groups = m.groups as Record<string, string | undefined>;
      add({ start: m.index, end: m.index + m[0].length, year: groups.y ? +groups.y : null, month: monthOf(groups), day: dayOfWords(groups.dw!) });
    }
  }
  for (const m of text.matchAll(ARABIC_DAY_IN_WORDS)) {
    const month = arabicMonth(m.groups!.words!);
    if (month) add({ start: m.index, end: m.index + m[0].length, year: m.groups!.y ? +m.groups!.y : null, month, day: dayOfWords(m.groups!.dw!) });
  }
  for (const m of text.matchAll(HAN_MONTH_DAY)) {
    add({ start: m.index, end: m.index + m[0].length, year: null, month: hanNumber(m.groups!.mo!), day: hanNumber(m.groups!.d!) });
  }
  for (const m of text.matchAll(/(?<![\d])(?<d>\d{1,2})[^\S\t]+(?<words>[\u0600-\u06FF]+(?:\s*[/\\]?\s*[\u0600-\u06FF]+){0,3})\s*(?:سنة\s+|عام\s+)?(?<y>\d{4})(?!\d)/gu)) {
    const month = arabicMonth(m.groups!.words!);
    if (month) add({ start: m.index, end: m.index + m[0].length, year: +m.groups!.y!, month, day: +m.groups!.d! });
  }
  // A day and its month without the year, as a yearly duty gives them: "٣١ كانون الثاني/يناير من كل عام" (both names, so no other word reads as a month).
  // The second name ends at a letter: a table cell may set the recurrence off with a comma ("٣١ كانون الأول/ديسمبر، كل عام").
  for (const m of text.matchAll(/(?<![\d])(?<d>\d{1,2})[^\S\t]+(?<words>[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)?\s*\/\s*[\u0620-\u06FF]+)/gu)) {
    const month = arabicMonth(m.groups!.words!);
    if (month) add({ start: m.index, end: m.index + m[0].length, year: null, month, day: +m.groups!.d! });
  }
  // Month and year, or a month alone, as UN Arabic writes them with both names: "تشرين الأول/أكتوبر 2024", "كانون الأول/ديسمبر من كل عام".
  for (const m of text.matchAll(/(?<![\u0600-\u06FF])(?<words>[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)?\s*\/\s*[\u0600-\u06FF]+)(?:\s+(?:سنة\s+|عام\s+)?(?<y>\d{4})(?!\d))?/gu)) {
    const month = arabicMonth(m.groups!.words!);
    if (month) add({ start: m.index, end: m.index + m[0].length, year: m.groups!.y ? +m.groups!.y : null, month, day: null });
  }
  for (const order of ['dmy', 'mdy', 'my'] as const) {
    for (const { re, order: o } of WORD_MONTH_PATTERNS) {
      if (o !== order) continue;
      for (const m of text.matchAll(re)) {
        const groups = m.groups as Record<string, string | undefined>;
        const month = monthOf(groups);
        const year = groups.y ? +groups.y : null;
        const day = groups.d ? +groups.d : null;
        // "May" alone is too common a word (and "mar", "sep" abbreviations): month-only needs a year or a deadline phrase around it.
        // A full name that ends a sentence ("… by the end of the month of September.") is a name, not an abbreviation.
        // The words for "the month of" may stand between the end and the name ("avant la fin du mois de mars", "by the end of
        // the month of May", "a finales del mes de mayo", "до конца месяца мая").
        if (order === 'my' && year === null && !/^(?:january|february|march|april|june|july|august|september|october|november|december|janvier|février|fevrier|avril|juin|juillet|août|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|мая|мае|[а-я]{4,})$/iu.test(m[0].replace(/\.$/u, ''))) {
          if (!/(?:end of|fin|finales|fines|конц[а-я]*)\s*(?:(?:(?:of )?the|du|del|de)\s+)?(?:(?:month|mois|mes)\s+|месяца\s+)?(?:of\s+|de\s+|d['’]\s*)?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        }
        add({ start: m.index, end: m.index + m[0].length, year, month, day });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The dates of a cell that holds nothing else ("31 March 2026", "December 2026", "2027", "Q3 2025",
 * "٢٠٢٧"), as an action plan's timeline column writes them; undefined for any other cell. A year
 * alone is month 0 with no day.
 */
export function cellDates(cell: string): FoundDate[] | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  const year = /^(?:q[1-4]\s*)?((?:19|20)\d\d)$/iu.exec(asciiDigits(text));
  if (year) return [{ start: 0, end: text.length, year: +year[1]!, month: 0, day: null }];
  const dates = findDates(text);
  if (dates.length === 0) return undefined;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return rest.replace(/[\s.,;:()–-]/gu, '').length <= 3 ? dates : undefined;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
