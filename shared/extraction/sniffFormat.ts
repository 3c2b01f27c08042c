/**
 * What a file is, judged by its bytes (the name is only a hint for text formats): a PDF named
 * .docx is read as a PDF, an HTML page named .pdf is refused as HTML.
 */
import type { DocumentFormat } from './contract.js';
import { RejectedInputError } from './contractBasics.js';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

function asciiHead(bytes: Uint8Array, length = 1024): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, length));
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Containers are told apart by their part names, which is where the bytes say what they are. */
export type SniffedFormat = DocumentFormat | 'zip';

/** A PDF: its header within the first kilobyte, where readers accept it. */
export const isPdf = (bytes: Uint8Array): boolean => asciiHead(bytes).includes('%PDF-');

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffedFormat {
  if (bytes.length === 0) throw new RejectedInputError('empty', 'the file is empty (0 bytes); upload the report again');
  if (isPdf(bytes)) return 'pdf';
  const head = asciiHead(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // OLE compound file: legacy .doc/.xls, or an OOXML file protected with a password.
    const all = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (all.includes('EncryptedPackage')) {
      throw new RejectedInputError('encrypted', 'the Office file is password-protected; send it without a password');
    }
    throw new RejectedInputError('unsupported_type', 'legacy binary Office format (.doc/.xls); save it as .docx, .xlsx or PDF');
  }
  const binary: Array<[readonly number[], string]> = [
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
    [[0xff, 0xd8, 0xff], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
    [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
    [[0x1f, 0x8b], 'a gzip archive'],
    [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
    [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  ];
  for (const [magic, what] of binary) {
    if (startsWith(bytes, magic)) {
      throw new RejectedInputError('unsupported_type', `the file is ${what}, not a report document (PDF, DOCX, TXT, CSV, XLSX or JSON)`);
    }
  }
  const trimmed = head.replace(/^(\uFEFF|\xEF\xBB\xBF|\s)+/u, '').toLowerCase();
  if (/^<(!doctype html|html|head|body|script|meta)\b/.test(trimmed) || (/^<\?xml/.test(trimmed) && trimmed.includes('<html'))) {
    throw new RejectedInputError('unsupported_type', `the file is an HTML page, not a report${extensionOf(fileName) ? ` (named .${extensionOf(fileName)})` : ''}; download the actual document and upload it`);
  }
  if (trimmed.startsWith('{\\rtf')) {
    throw new RejectedInputError('unsupported_type', 'the file is RTF; save it as .docx or PDF');
  }
  const extension = extensionOf(fileName);
  if (/^[{[]/.test(trimmed) || extension === 'json') return 'json';
  if (extension === 'csv' || /^"?element"?\s*[,;]\s*"?weapon"?/.test(trimmed)) return 'csv';
  if (extension === 'pdf' || extension === 'docx' || extension === 'xlsx') {
    // Named as a binary document but made of text: treat as text only if it really is text.
    return 'txt';
  }
  return 'txt';
}
