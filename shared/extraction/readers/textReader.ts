/** Plain text in UTF-8, UTF-16 or a legacy code page. */
import { RejectedInputError } from '../contract.js';
import type { DocumentText } from '../documentText.js';
import { fixedWidthTablesAsRows } from './fixedWidthTables.js';
import { controlCharacterShare, decodeText } from './textDecoding.js';

export function decodeUpload(bytes: Uint8Array): string {
  const { text } = decodeText(bytes);
  if (controlCharacterShare(text) > 0.02) {
    throw new RejectedInputError('unsupported_type', 'the file is binary data, not text or a supported document format');
  }
  return text.replace(/\r\n?/gu, '\n');
}

export function readPlainText(bytes: Uint8Array): DocumentText {
  const text = decodeUpload(bytes);
  if (text.trim().length === 0) throw new RejectedInputError('empty', 'the text file contains only blank space');
  if (text.replace(/[\s\d\p{P}]/gu, '').length < 20) {
    throw new RejectedInputError('no_text', 'the text file has too little text to be a report');
  }
  // Form feeds are page breaks in text exports.
  // (Tables laid out in fixed-width columns are given as rows of cells, as the PDF reader gives them.)
  return { pages: text.split('\f').map(fixedWidthTablesAsRows), paged: text.includes('\f'), warnings: [] };
}
