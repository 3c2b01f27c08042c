/**
 * A letter's copy lines ("cc:", "copie :", "копия:", "抄送：", "نسخة إلى:") and the distribution lists under their markers:
 * those copied are people outside the state's administration, whose addresses are no contacts of the state. A text's lines
 * are read for it once (`copyLineFacts`), however many addresses ask.
 */
import { continuesPhrase, opensMidEntry } from './contactLines.js';

/**
 * A letter's copy line, in the six languages ("cc:", "copie :", "копия:", "抄送：", "نسخة إلى:"): a
 * marker of the letter's layout, at the start of its line, before the list of those copied.
 */
// The marker may carry a few words before its colon ("copy for information to:", "copia para conocimiento:",
// "نسخة مع التحية إلى:"), and a preposition before it ("With copy to:", "Avec copie à :", "Con copia a:", "С копией:", "مع نسخة
// إلى:"), Russian then declining the copy ("копией").
export const COPY_LINE = /^[^\S\n]*(?:(?:with|avec|con|с|مع)[^\S\n]+)?(?:b?cc|c\.\s?c\.|c\/c|copy|copies|copie|copias?|копи(?:я|и|ей)|抄送|抄报|نسخة|صورة)(?:[^\S\n]+[^\s:：]+){0,4}[^\S\n]*[:：]/iu;

/**
 * A letter's distribution list headed by its marker alone on a line ("Distribution:", "Liste de diffusion :", "Distribución:",
 * "Список рассылки:", "分送：", "قائمة التوزيع:"), or a copy line's marker alone ("cc:", "Copie :"), the persons listed on the
 * lines below: those the letter goes to, outside the state's administration.
 */
const LIST_HEAD = new RegExp(`^[^\\S\\n]*(?:(?:${[
  'distribution(?: list)?', 'liste de (?:diffusion|distribution)', '(?:lista de )?distribución', '(?:список )?рассылки', 'рассылка', '分送', '分发', '(?:قائمة )?التوزيع',
].join('|')})[^\\S\\n]*[:：]|${COPY_LINE.source.replace(/^\^/u, '')})[^\\S\\n]*$`, 'iu');

/**
 * What `onCopyLine` asks of each line of a text, read once for the text: the reader asks it of every address a person is
 * found for, and in a long list (a table of a thousand persons) each address's question would otherwise read again the
 * lines above it, up to the list's top.
 */
interface CopyLineFacts {
  text: string;
  /** Where each line starts. */
  starts: number[];
  /** For each line, the first line of the entry it goes on from (see `onCopyLine`): itself, unless the entry wraps onto it. */
  entryStart: Int32Array;
  /** For each line, whether it is in a list below a distribution or copy marker alone on its line, no blank line between, or is that marker. */
  listedBelowMarker: Uint8Array;
  /** For each line, how many lines before it are copy lines. */
  copyLinesBefore: Int32Array;
}

let lastCopyLineFacts: CopyLineFacts | undefined;

function copyLineFacts(text: string): CopyLineFacts {
  if (lastCopyLineFacts?.text === text) return lastCopyLineFacts;
  const lines = text.split('\n');
  const starts: number[] = [];
  const entryStart = new Int32Array(lines.length);
  const listedBelowMarker = new Uint8Array(lines.length);
  const copyLinesBefore = new Int32Array(lines.length + 1);
  let at = 0;
  for (const [n, line] of lines.entries()) {
    starts.push(at);
    at += line.length + 1;
    // A copy line wrapped before the name ("Copie : Centre régional …, à" / "l'attention de M. …") goes on on the name's line;
    // so does one whose next line, the name's, opens with what closes the entry before ("c.c.: Sr. X, OPAQ" / "(x@…); Sra. Y, …").
    entryStart[n] = n > 0 && (continuesPhrase(lines[n - 1]!.trim()) || opensMidEntry(line)) ? entryStart[n - 1]! : n;
    // A wrap may have joined the marker's line to the name's: the marker's own line counts as listed.
    listedBelowMarker[n] = line.trim() !== '' && (LIST_HEAD.test(line) || (n > 0 && listedBelowMarker[n - 1] === 1)) ? 1 : 0;
    copyLinesBefore[n + 1] = copyLinesBefore[n]! + (COPY_LINE.test(line) ? 1 : 0);
  }
  lastCopyLineFacts = { text, starts, entryStart, listedBelowMarker, copyLinesBefore };
  return lastCopyLineFacts;
}

/** The line that `offset` is on (a line break is its line's). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Whether the person is named on a copy line, or the address follows one (a copied body's address on the line
 * after the marker). The line is read from its start in the whole text: a copy line that names several people
 * ("Copie : Mme A (a@…) ; M. B (b@…)") has its marker before the first address only.
 */
export function onCopyLine(text: string, blockStart: number, block: string, name: string): boolean {
  const at = block.lastIndexOf(name);
  if (at < 0) return false;
  const { starts, entryStart, listedBelowMarker, copyLinesBefore } = copyLineFacts(text);
  const from = headOfIndentedBlock(text, starts[entryStart[lineAt(starts, blockStart + at)]!]!);
  const fromLine = lineAt(starts, from);
  if (listedBelowMarker[fromLine] === 1) return true;
  // A copy line among the entry's lines, up to the block's end (the last line as far as the block goes).
  const end = blockStart + block.length;
  const endLine = lineAt(starts, end);
  return copyLinesBefore[endLine]! > copyLinesBefore[fromLine]! || COPY_LINE.test(text.slice(starts[endLine], end))
    || copiedInItsSentence(text.slice(text.lastIndexOf('\n', blockStart + at) + 1, blockStart + at));
}

/**
 * Whether the sentence that the name stands in, on its line, opens with the copy marker (". Copia: Sra. X, OEA (x@…)"):
 * a copy line run on after the letter's last sentence.
 */
function copiedInItsSentence(lead: string): boolean {
  return [...lead.matchAll(/[.!?;](?=\s)/gu)].some((end) => COPY_LINE.test(lead.slice(end.index + 1)));
}

const indentOf = (line: string) => /^[^\S\n]*/u.exec(line)![0].length;

/**
 * Where the line that an indented line is set in under starts: the nearest line above it indented less, with no blank
 * line between. A copy line's list may go on that way, a hanging indent ("抄送：国际原子能机构…" / "      X先生（x@…）").
 */
function headOfIndentedBlock(text: string, lineStart: number): number {
  const end = text.indexOf('\n', lineStart);
  const indent = indentOf(text.slice(lineStart, end < 0 ? undefined : end));
  for (let from = lineStart; indent > 0 && from > 0;) {
    const previous = text.lastIndexOf('\n', from - 2) + 1;
    const above = text.slice(previous, from - 1);
    if (!above.trim()) break;
    if (indentOf(above) < indent) return previous;
    from = previous;
  }
  return lineStart;
}
