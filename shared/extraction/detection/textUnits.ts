/**
 * Cutting a document into units (sentences, headings, list items) with their page, the grain at
 * which the detectors decide "measure in force", "gap", "request" and quote evidence.
 * PDF lines are wrapped mid-sentence, so lines are first glued back into blocks.
 */
import type { DocumentText } from '../documentText.js';
import { CONTENTS_HEADING } from './contents.js';
import { findDates } from './dates.js';
import { sentenceRunsOnAcrossBreak, withoutPageFurniture } from './pageFurniture.js';
import { fold } from './textFolding.js';
import { unHeaderBlockEnd } from './unHeaderBlock.js';

export interface TextUnit {
  index: number;
  text: string;
  folded: string;
  page: number;
  /** A short line with no closing punctuation: a title or a section heading. */
  heading: boolean;
  /** Starts with a bullet, a dash or an item letter/number. */
  listItem: boolean;
  /** The paragraph (block of glued lines) the unit was cut from: sentences of one paragraph share it. */
  paragraph: number;
}

/** Cells separated by tabs (PDF column gaps, DOCX cells) or by pipes (plain-text tables). */
export const TABLE_ROW = /\t|\s\|\s/u;
/** The tabs (and spaces among them) that end a line after its text: cells left empty. */
const EMPTY_CELLS_AT_END = /\S[^\S\t]*(\t[\t ]*)$/u;
const TERMINAL = /[.!?。！？؟]["»”)]?$/u;
/** Arabic letters items the way Latin letters do: "(أ)", "(ب)", "(هـ)". */
const LIST_START = /^\s*(?:[-•–—▪◦*·]\s|\(?[a-zа-я]\)\s|\([\u0621-\u064A]\u0640?\)\s|\(?[ivx]+\)\s|[\d٠-٩]{1,2}(?:\.[\d٠-٩]{1,2})*[.)]\s|[一二三四五六七八九十]+[、.]|（[一二三四五六七八九十]+）)/iu;
/**
 * An item lettered with an Arabic letter and a stop or a dash ("أ. الصياغة …", "ب- تزويد …"). A letter and a stop also
 * abbreviate a title before a name ("د." doctor, "م." engineer): a letter is an item's only where it opens a list ("أ") or
 * follows the item before it in one of the two orders Arabic letters its lists in (abjad "أ ب ج د ه و …", or the alphabet's
 * "أ ب ت ث …").
 */
const ARABIC_LETTER_ITEM = /^\s*([\u0621-\u064A])\u0640?[.)\-–]\s/u;
const ARABIC_ITEM_ORDERS = ['أبجدهوزحطيكلمنسعفصقرشتثخذضظغ', 'أبتثجحخدذرزسشصضطظعغفقكلمنهوي'];
/** The Arabic item letters read so far in a document: the last, which the next item follows. */
interface ArabicItems { last: string | undefined }
function arabicItemLetter(line: string, items: ArabicItems): string | undefined {
  const letter = ARABIC_LETTER_ITEM.exec(line)?.[1]?.replace('ا', 'أ');
  if (letter === undefined) return undefined;
  const follows = items.last !== undefined && ARABIC_ITEM_ORDERS.some((order) => order.indexOf(letter) === order.indexOf(items.last!) + 1);
  return letter === 'أ' || follows ? letter : undefined;
}

/**
 * A section's number: "I. ", "A. ", "第二章", and the Arabic ordinal adverb before its dash ("ثالثاً – الفقرة 2", "رابعا - ..."),
 * which numbers the sections as Roman numerals do: a line that opens with one starts a heading, and no line runs on into it.
 */
const HEADING_MARK = /^\s*(?:#+\s|[IVX]+\.\s|[A-ZА-Я]\.\s|第[一二三四五六七八九十]+[章节部分]|(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:اً|ًا|ا)\s*[-–—:])/u;
/** A section's number in any of the six languages: a heading's mark, or a Chinese numeral's ("三、", "（二）", "(四)"). */
const SECTION_NUMBER = new RegExp(`${HEADING_MARK.source}|^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])`, 'u');
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'no', 'nos', 'art', 'arts', 's', 'ss', 'cap', 'mr', 'ms', 'mrs', 'dr', 'st', 'para', 'paras', 'p', 'pp', 'vol', 'e.g', 'i.e',
  'etc', 'eng', 'engr', 'amb', 'prof', 'col', 'gen', 'lt', 'sr', 'sra', 'srta', 'lic', 'ing', 'mtra', 'dra', 'n°', 'nº', 'núm',
  'm', 'mme', 'mlle', 'me', 'ст', 'г', 'гг', 'им', 'т', 'д', 'п', 'ч', 'пп', 'inc', 'ltd', 'rev', 'add', 'corr', 'distr', 'ref', 'réf',
  'tel', 'tél', 'fax', 'approx', 'par', 'párr', 'пар', 'ch', 'sec', 'reg', 'regs', 'ord', 'dec', 'décr', 'al', 'ibid', 'op', 'cit', 'vs', 'u.s', 'u.n', 'c', 'cf',
]);

/** The heading of a table of contents alone on its line ("Contents", "المحتويات", "目录"). */
const isContentsHeading = (line: string): boolean => line.length < 40 && CONTENTS_HEADING.test(fold(line).trim());

const WORD_AT_END = /([\p{L}\p{N}°º.]+)$/u;
/** The abbreviations that stand before a number ("No.", "Art.", "n°", "núm.", "ст."), at the end of a line. */
const NUMBER_ABBREVIATION_AT_END = /(?:^|[\s(])(?:no|nos|n°|nº|núm|art|arts|para|paras|párr|ст|п|пп)\.$/iu;

function splitSentences(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?。！？؟;；](?=["»”)]?(?:\s|$))|[。！？؟]/gu;
  for (const m of block.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = block.slice(start, m.index);
      // The word before the stop, read from the block's tail (matching "$" over the whole block costs its length at every stop).
      const tail = before.slice(-64);
      const word = WORD_AT_END.exec(tail.length === 64 && WORD_AT_END.exec(tail)?.[1] === tail ? before : tail)?.[1] ?? '';
      // A number ends a sentence where running text ("… by 30 April 2025. The …") goes on with a capital, or with a
      // letter of a script that has no capitals ("… المادة 142. ولا يوجد …"); an item number does not.
      // Arabic-Indic digits number paragraphs too ("٩. الحصر …").
      const number = /^[\d٠-٩]+$/u.test(word);
      const sentenceEndsWithNumber = number && before.trim() !== word && /^\s+["«“(]?(?:\p{Lu}|\p{Lo})/u.test(block.slice(end));
      // A letter alone before its stop is an initial, a title's abbreviation or an item's letter: Arabic ones have no capitals ("د.", "أ.").
      if ((number && !sentenceEndsWithNumber) || ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}|[\u0621-\u064A]\u0640?)$/u.test(word)) continue;
      // An e-mail or a decimal runs through the dot.
      if (/^\S/u.test(block.slice(end, end + 1))) continue;
    }
    if (m[0] === ';' || m[0] === '；') {
      // A semicolon ends a list item, not a sentence inside running text.
      if (!LIST_START.test(block.slice(start))) continue;
    }
    const sentence = block.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = block.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

interface Block {
  text: string;
  page: number;
  heading: boolean;
  /** Opens with an Arabic item letter ("أ.", "ب-"). */
  arabicItem?: boolean;
}

/**
 * A Chinese date broken across lines ("每年 11 月" / "30 日前", "于每年" / "4月底前", "将于每" / "年2月底前", "每年12月底" / "前向委员会"):
 * the line ends inside the date and the next goes on with its day, month or limit.
 */
function chineseDateGoesOn(line: string, next: string): boolean {
  return (/(?:年|月|每|月[底末])\s*$/u.test(line) && /^\s*(?:\d{1,2}\s*[月日]|[〇一二三四五六七八九十]{1,3}\s*[月日]|底|末|前|以前|之前)/u.test(next))
    || (/每\s*$/u.test(line) && /^\s*年/u.test(next));
}

/** A date broken before its year ("Срок: также до 30 апреля" / "2026 года.", "… ٣٠ حزيران/يونيه" / "٢٠٢٥"): the line ends in a day and month, the next opens with the year. */
function yearGoesOn(line: string, next: string): boolean {
  // The next line's year first: reading a line's dates costs far more, and few lines are followed by a year.
  if (!/^(?:de\s+|del\s+)?[\d٠-٩]{4}(?![\d٠-٩])/u.test(next)) return false;
  const last = findDates(line).at(-1);
  return !!last && last.year === null && last.end === line.length;
}

/**
 * A date broken after its day ("by 31" / "March 2026", "au plus tard le 15" / "Octobre 2025"): the line ends in a number that,
 * with the next line's opening words, reads as a day and its month. (A month in lower case goes on by the rule for lower case.)
 */
function dayGoesOn(line: string, next: string): boolean {
  const day = /(?:^|\s)([\d٠-٩]{1,2})$/u.exec(line)?.[1];
  if (!day) return false;
  const date = findDates(`${day} ${next.slice(0, 40)}`)[0];
  return !!date && date.start === 0 && date.day !== null;
}

/**
 * A tab-separated line that opens with an empty cell and goes on with the last cell the row above left unfinished
 * ("Law on Countering the Financing of" / "\tTerrorism and Proliferation, art. 15\tIn force", "\t\t\tcommission"): a cell of
 * that row wrapped onto a line of its own, as a plain-text copy of a table sets it. So is one that goes on, in lower case,
 * with several cells the row above left unfinished, each in its own column ("\tand no licensing of\t\ta control list and"),
 * or with one of them only ("\tor trans-shipment"), as a PDF's copy sets a row whose cells wrap over several lines. The row's
 * cells with it, column by column; undefined where the line is a row of its own (one with its first cell left blank fills a
 * column the row above left empty, or opens a cell with a capital, or a cell above it is closed).
 */
function cellsGoingOn(rawLine: string, above: readonly string[]): string[] | undefined {
  const cells = rawLine.split('\t').map((c) => c.trim());
  const first = cells.findIndex((c) => c !== '');
  if (first < 0) return undefined;
  const lastAbove = above.findLastIndex((c) => c !== '');
  const lastCellGoesOn = first >= 1 && first === lastAbove && !TERMINAL.test(above[lastAbove]!) && !/^\p{Lu}/u.test(cells[first]!);
  // Cells that go on where the row above left each unfinished. One that opens with a capital goes on only where it closes the
  // unfinished sentence with its stop ("… para la Represión de los Actos de" / "\tTerrorismo Nuclear."): a row of its own names
  // its cells without one ("\tchemical\tNone").
  const unfinishedAbove = (cell: string, k: number) => cell === '' || ((above[k] ?? '') !== '' && !TERMINAL.test(above[k]!) && (!/^\p{Lu}/u.test(cell) || TERMINAL.test(cell)));
  // A line that fills the first cell and keeps its columns ("П. 2 — финансирование," / "пособничество\tи ст. 32\t\tв т.ч. …")
  // goes on with the row only in lower case, as a label's wrapped rest does: a row of its own opens with a capital or a number.
  // (A line with no tab may go on with any cell: it keeps no column to say which.) So does a line of one cell, with a letter.
  const opening = first === 0 ? cells.length > 1 && /^\p{Ll}/u.test(cells[0]!) : cells.filter((c) => c !== '').length > 1 || /^\p{L}/u.test(cells[first]!);
  const cellsGoOn = opening && cells.every(unfinishedAbove);
  if (!lastCellGoesOn && !cellsGoOn) return undefined;
  return Array.from({ length: Math.max(above.length, cells.length) }, (_, k) => [above[k] ?? '', cells[k] ?? ''].filter((c) => c).join(' '));
}

function blocksOfPage(pageText: string, page: number, medianLength: number, arabicItems: ArabicItems, paragraphLines: boolean): Block[] {
  const blocks: Block[] = [];
  let current = '';
  /** The tab-separated row just read, with its cells, while the lines under it may wrap its cells. */
  let lastRow: { block: Block; cells: string[] } | undefined;
  let opensArabicItem = false;
  const flush = () => {
    if (current.trim()) blocks.push({ text: current.trim(), page, heading: false, arabicItem: opensArabicItem });
    current = '';
    opensArabicItem = false;
  };
  const lines = pageText.split('\n');
  const clean = (raw: string) => raw.trim().replace(/^((?:[\dIVXivx]+(?:\.\d+)*[.)]?|\(?[a-zа-я]\)|[-•▪◦*·–]))\t+/u, '$1 ');
  for (const [k, rawLine] of lines.entries()) {
    const goesOn = lastRow && cellsGoingOn(rawLine, lastRow.cells);
    if (lastRow && goesOn) {
      lastRow.cells = goesOn;
      lastRow.block.text = goesOn.join('\t').replace(/\t+$/u, '');
      continue;
    }
    lastRow = undefined;
    // "1.<tab>Introduction": a tab after a list marker is layout, not a table column.
    const line = clean(rawLine);
    // A phrase broken across lines ("Комитет каждый год в" / "ноябре утверждает …", a day and its month "не позднее 15" /
    // "января"): the next line goes on in lower case,
    // or, in Chinese and Arabic, a numbered item or a paragraph already running goes on with no new marker ("4. 委员会每年 6 月" /
    // "底前审查 …", "…于每年" / "12 月底前就第 1540(2004)" / "号决议的执行情况…", "… في موعد أقصاه ٣٠" / "أيلول/سبتمبر من كل عام."):
    // neither script has a lower case to say so.
    const next = clean(lines[k + 1] ?? '');
    const itemLetter = arabicItemLetter(line, arabicItems);
    if (itemLetter !== undefined) arabicItems.last = itemLetter;
    const listStart = (text: string) => LIST_START.test(text) || arabicItemLetter(text, arabicItems) !== undefined;
    // A line that ends with the abbreviation of a number before the number itself ("… introduced by Law No." / "61/2019,
    // punishes …", "… по ст." / "205 УК"): its stop ends no sentence.
    const numberGoesOn = NUMBER_ABBREVIATION_AT_END.test(line) && /^[\d٠-٩]/u.test(next);
    // A table of contents' heading stands alone ("المحتويات", "目录"): no title runs on into it, and its entries do not run into the title.
    // A short line opening with a section's number ("三、援助需求", "（二）出口管制", "ثالثاً: …", "III. …") is the section's
    // heading, whatever the script: the paragraph under it is not its wrapped rest. (A section's line broken inside a date
    // still goes on, by the rules for dates.)
    const sectionTitle = SECTION_NUMBER.test(line) && line.length < Math.max(25, medianLength * 0.6);
    // Where the lines are the writer's paragraphs (DOCX), a new paragraph in a script with no capitals is not a wrapped line.
    const noCapitalsGoOn = !paragraphLines && !sectionTitle && (listStart(line) || current !== '') && /^[\u3400-\u9FFF\u0600-\u06FF]/u.test(next);
    const continues = numberGoesOn || !TERMINAL.test(line) && next !== '' && !listStart(next) && !HEADING_MARK.test(next) && !TABLE_ROW.test(next) && !isContentsHeading(next)
      && (((/\p{L}$/u.test(line) || /(?:^|\s)\d{1,2}$/u.test(line)) && /^\p{Ll}/u.test(next)) || noCapitalsGoOn || chineseDateGoesOn(line, next) || yearGoesOn(line, next) || dayGoesOn(line, next));
    if (!line) {
      flush();
      continue;
    }
    // A row whose cells after the first are empty ("Funds and services\t\t\t", a DOCX table row left blank):
    // trimming the line drops its tabs, and the label alone would read as a heading over what follows.
    const tableRow = TABLE_ROW.test(line);
    const emptyCells = tableRow ? '' : EMPTY_CELLS_AT_END.exec(rawLine)?.[1]?.replace(/ /gu, '') ?? '';
    if (tableRow || emptyCells) {
      // A table row is a unit of its own: its cells are not wrapped prose.
      flush();
      const block = { text: line + emptyCells, page, heading: false };
      blocks.push(block);
      if (rawLine.includes('\t')) lastRow = { block, cells: rawLine.split('\t').map((c) => c.trim()) };
      continue;
    }
    // A numbered title runs longer than a short line ("5. Párrafo 3 a) y b): contabilidad, aseguramiento y protección
    // física"), yet stops well short of the page's wrapped lines, and the next line opens a sentence of its own.
    const numberedTitle = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s/u.test(line) && line.length < medianLength * 0.8 && /^\p{Lu}/u.test(next) && !LIST_START.test(next);
    const short = line.length < Math.max(25, medianLength * 0.6) || numberedTitle;
    // (A line ending in a comma or semicolon, the full-width and Arabic ones included, is a list item or a sentence going on, no heading.)
    // A memo's field ("Subject: Request for assistance", "Objet : …", "Тема: …", "الموضوع: …") is the letter's own line, not a
    // section's heading over the paragraphs under it.
    const field = /^\s*\p{L}+\.?\s?[:：]\s*\S/u.test(line) && !SECTION_NUMBER.test(line);
    const looksHeading = !continues && !field && !/^\p{Ll}/u.test(line) && !TERMINAL.test(line) && !/[,:;،，、：；؛]$/u.test(line) && (short || HEADING_MARK.test(line)) && line.length < 120;
    if (isContentsHeading(line)) {
      flush();
      blocks.push({ text: line, page, heading: true });
      continue;
    }
    if (LIST_START.test(line) || itemLetter !== undefined || HEADING_MARK.test(line)) flush();
    if (looksHeading && !current) {
      blocks.push({ text: line, page, heading: true, arabicItem: itemLetter !== undefined });
      continue;
    }
    if (itemLetter !== undefined) opensArabicItem = true;
    current += (current && !/[\u3000-\u9FFF]$/u.test(current) ? ' ' : '') + line;
    if ((TERMINAL.test(line) && !numberGoesOn) || /[:：]$/u.test(line) || (short && !continues && !/[,،，、]$/u.test(line)) || (paragraphLines && !continues)) flush();
  }
  flush();
  return blocks;
}

/**
 * The first page without the UN header block (symbol, "Distr.", issue date, language lines): the block is the UN's label on
 * the document, not what the document says. Its lines read as content otherwise: the issue date alone on its line under
 * "分发：普遍" ("distribution: general", whose verb is also a task's) looks like a table's date cell beside its task.
 */
function withoutUnHeaderBlock(pageText: string): string {
  return pageText.slice(unHeaderBlockEnd(pageText.slice(0, 3_000)));
}

/**
 * The units of a document's text, read from its pages without their furniture (`furnitureFree`: a reader that needs those
 * pages too computes them once and hands them in).
 */
export function textUnits(doc: DocumentText, furnitureFree: readonly string[] = doc.paged ? withoutPageFurniture(doc.pages) : doc.pages): TextUnit[] {
  const lengths = doc.pages.flatMap((p) => p.split('\n').map((l) => l.trim().length).filter((n) => n > 0)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 60;
  const units: TextUnit[] = [];
  let paragraph = 0;
  const arabicItems: ArabicItems = { last: undefined };
  const blocks = furnitureFree.flatMap((pageText, i) => blocksOfPage(i === 0 ? withoutUnHeaderBlock(pageText) : pageText, i + 1, median, arabicItems, doc.lineParagraphs === true));
  for (const block of acrossPageBreaks(blocks)) {
    paragraph += 1;
    // A table row is read whole: its cells say together what the row states ("Armes nucléaires (par. 2) | Loi … | En vigueur").
    const sentences = block.heading || TABLE_ROW.test(block.text) ? [block.text] : splitSentences(block.text);
    sentences.forEach((text, s) => {
      units.push({
        index: units.length,
        text,
        folded: fold(text),
        page: block.page,
        heading: block.heading,
        listItem: s === 0 && (LIST_START.test(text) || block.arabicItem === true),
        paragraph,
      });
    });
  }
  return units;
}

/**
 * The blocks of the pages with a sentence broken by a page break made whole again: where a page's last block is prose that
 * leaves its sentence open and the next page's first block carries it on (`sentenceRunsOnAcrossBreak`), the two are one
 * paragraph, as a line broken inside a page is.
 */
function acrossPageBreaks(blocks: readonly Block[]): Block[] {
  const prose = (b: Block) => !b.heading && !TABLE_ROW.test(b.text);
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && last.page !== block.page && prose(last) && prose(block) && sentenceRunsOnAcrossBreak(last.text, block.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${block.text}` };
    } else out.push(block);
  }
  return out;
}
