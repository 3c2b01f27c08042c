/** DOCX: the paragraphs of word/document.xml (and foot/endnotes), streamed from a bounded unzip. */
import { RejectedInputError } from '../contract.js';
import type { DocumentText } from '../documentText.js';
import type { WorkBudget } from '../limits.js';
import { localNameIn, readXmlPart, type XmlElement, type XmlPartHandler } from './xmlPart.js';
import type { ZipArchive } from './zipArchive.js';

const isFallback = (tag: XmlElement) => localNameIn(tag, 'markupCompatibility') === 'Fallback';

/** Where a cell of a table nested in a cell ends, or a row of it starts or ends, among that cell's paragraphs. */
const NESTED_CELL_END = Symbol('nested cell end');
const NESTED_ROW_END = Symbol('nested row end');
type CellPiece = string | typeof NESTED_CELL_END | typeof NESTED_ROW_END;

/** An attribute's value by its local name, whatever its prefix ("w:val"). */
function attributeNamed(tag: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/**
 * The blocks of one part, in document order: a paragraph as one line, a table row as one line
 * with its cells separated by tabs (the detectors read "task | responsible | 31 March 2025 |
 * status" as one row, not four lines). Text is the content of w:t (so deleted text, field codes
 * and math are not read); w:tab is a tab and w:br, w:cr a line break inside a paragraph.
 *
 * Damaged XML is read, not refused: what is readable is kept, as Word itself recovers what it
 * can of a damaged document. A report is prose that a person reviews after extraction, and its
 * text is useful even when its end is cut off. Each rule is linear whatever the nesting:
 * - a paragraph that opens inside another (a text box's, or one whose end tag is missing) ends the
 *   text read so far, so unclosed paragraphs come out one per line, in order, not as one line
 *   rebuilt at every opening;
 * - elements left open at the end of the part are closed there, keeping their text;
 * - a table nested in a cell is read into that cell, a line per nested row with its cells separated
 *   by tabs (a label and its value side by side stay one line, as in a table of the body);
 *   unclosed rows of a table merge into one row;
 * - a vertically merged cell (w:vMerge) is written once, in the row where it starts, but belongs to each
 *   row it spans (a ministry shared by two persons): its text is repeated in its grid column on those rows;
 * - mc:Fallback repeats what its mc:Choice says (for older readers): it is skipped.
 */
class DocxBlocks implements XmlPartHandler {
  readonly blocks: string[] = [];
  damage: { first: string; count: number } | undefined;
  /** Open paragraphs, innermost last: whether a line was already given out for each. */
  readonly #paragraphs: boolean[] = [];
  #text = '';
  #runs = 0;
  #texts = 0;
  #rows = 0;
  #cells = 0;
  #fallbacks = 0;
  #row: string[] = [];
  #cell: CellPiece[] = [];
  /** The grid column of the current cell of a table of the body, how many it spans, and whether it continues a merge. */
  #column = 0;
  #span = 1;
  #continuesMerge = false;
  /** The text of each grid column's cell in the row before, for the merged cells below it. */
  #above: string[] = [];

  open(tag: XmlElement): void {
    if (this.#fallbacks > 0 || isFallback(tag)) {
      if (isFallback(tag)) this.#fallbacks++;
      return;
    }
    switch (localNameIn(tag, 'wordprocessing')) {
      case 'p':
        if (this.#paragraphs.length > 0 && this.#text !== '') this.#giveOut();
        this.#paragraphs.push(false);
        break;
      case 'r': this.#runs++; break;
      case 't': this.#texts++; break;
      case 'tab': this.#inRun('\t'); break;
      case 'br':
      case 'cr': this.#inRun('\n'); break;
      case 'tbl':
        if (this.#rows === 0) this.#above = [];
        break;
      case 'tr':
        if (this.#rows === 0) this.#column = 0;
        if (this.#rows++ === 0) this.#row = [];
        else if (this.#cells > 0) this.#cell.push(NESTED_ROW_END);
        break;
      case 'tc':
        if (this.#cells++ === 0) {
          this.#cell = [];
          this.#span = 1;
          this.#continuesMerge = false;
        }
        break;
      case 'gridSpan':
        if (this.#rows === 1 && this.#cells === 1) this.#span = Math.max(1, Number.parseInt(attributeNamed(tag, 'val') ?? '', 10) || 1);
        break;
      case 'vMerge':
        if (this.#rows === 1 && this.#cells === 1) this.#continuesMerge = attributeNamed(tag, 'val') !== 'restart';
        break;
    }
  }

  close(tag: XmlElement): void {
    if (this.#fallbacks > 0) {
      if (isFallback(tag)) this.#fallbacks--;
      return;
    }
    switch (localNameIn(tag, 'wordprocessing')) {
      case 'p':
        if (this.#text !== '' || !this.#paragraphs.at(-1)) this.#giveOut();
        this.#paragraphs.pop();
        break;
      case 'r': this.#runs--; break;
      case 't': this.#texts--; break;
      case 'tc':
        if (--this.#cells === 0) this.#endCell();
        else this.#cell.push(NESTED_CELL_END);
        break;
      case 'tr':
        if (--this.#rows === 0) this.blocks.push(this.#row.join('\t'));
        else if (this.#cells > 0) this.#cell.push(NESTED_ROW_END);
        break;
    }
  }

  text(text: string): void {
    if (this.#fallbacks === 0 && this.#texts > 0 && this.#paragraphs.length > 0) this.#text += text;
  }

  damaged(problem: string): void {
    this.damage ??= { first: problem, count: 0 };
    this.damage.count++;
  }

  /** Ends what the part left open (its end tags are missing), keeping the text read. */
  finish(): string[] {
    if (this.#fallbacks === 0) {
      if (this.#text !== '') this.#giveOut();
      if (this.#cells > 0) this.#endCell();
      if (this.#rows > 0) this.blocks.push(this.#row.join('\t'));
    }
    return this.blocks;
  }

  #inRun(character: string): void {
    if (this.#runs > 0 && this.#paragraphs.length > 0) this.#text += character;
  }

  /** The current paragraph's text so far becomes a line: of the table cell it is in, or of the part. */
  #giveOut(): void {
    if (this.#rows === 0) this.blocks.push(this.#text);
    else if (this.#cells > 0) this.#cell.push(this.#text);
    this.#text = '';
    if (this.#paragraphs.length > 0) this.#paragraphs[this.#paragraphs.length - 1] = true;
  }

  /** The cell's paragraphs joined by spaces, those of a nested table by tabs and line breaks. */
  #endCell(): void {
    let text = '';
    let separator = ' ';
    for (const piece of this.#cell) {
      if (piece === NESTED_ROW_END) separator = '\n';
      else if (piece === NESTED_CELL_END) separator = separator === '\n' ? '\n' : '\t';
      else if (piece.trim() !== '') {
        text += (text === '' ? '' : separator) + piece.trim();
        separator = ' ';
      }
    }
    if (this.#continuesMerge && text === '') text = this.#above[this.#column] ?? '';
    for (let column = this.#column; column < this.#column + this.#span; column++) this.#above[column] = text;
    this.#column += this.#span;
    this.#row.push(text);
    this.#cell = [];
  }
}

function readBlocks(archive: ZipArchive, part: string): { blocks: string[]; damage: DocxBlocks['damage'] } | undefined {
  const reader = new DocxBlocks();
  if (!readXmlPart(archive, part, reader)) return undefined;
  return { blocks: reader.finish(), damage: reader.damage };
}

const hasText = (text: string) => /\S/u.test(text);

export function readDocx(archive: ZipArchive, budget: WorkBudget): DocumentText {
  budget.check('reading the DOCX body');
  const body = readBlocks(archive, 'word/document.xml');
  if (body === undefined) {
    throw new RejectedInputError('corrupt', 'the DOCX has no word/document.xml part');
  }
  const paragraphs = body.blocks;
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    paragraphs.push(...(readBlocks(archive, part)?.blocks ?? []).filter(hasText));
  }
  const text = paragraphs.join('\n');
  if (!hasText(text)) {
    if (body.damage) {
      throw new RejectedInputError(
        'corrupt',
        `the DOCX is damaged and no text could be read from it (${body.damage.first}); open it in Word, save it again and send the new file`,
      );
    }
    throw new RejectedInputError('no_text', 'the DOCX contains no text (only images?); send a document with its text');
  }
  return { pages: [text], paged: false, lineParagraphs: true, warnings: [] };
}
