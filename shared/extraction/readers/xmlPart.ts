/**
 * Reading one XML part of an OOXML package with a streaming parser (saxes: strict, namespace-aware,
 * linear on any input), fed chunk by chunk from the bounded inflation: no regular expression runs
 * over markup, and no part is held whole as one string. The parser decodes XML's five entities,
 * character references and CDATA itself; it expands no DTD entity, so a DOCTYPE cannot inflate text.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { ZipArchive } from './zipArchive.js';

export type XmlTag = SaxesTagNS;

export const NAMESPACES = {
  /** WordprocessingML, transitional (what Word writes) and strict. */
  wordprocessing: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  /** SpreadsheetML, transitional and strict. */
  spreadsheet: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  markupCompatibility: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
} as const satisfies Record<string, readonly string[]>;

/** The tag's local name when it is in one of the namespaces (whatever its prefix), else undefined. */
export function localNameIn(tag: XmlTag, namespaces: readonly string[]): string | undefined {
  return namespaces.includes(tag.uri) ? tag.local : undefined;
}

export interface XmlPartHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  /** Character data, CDATA included, entities decoded. */
  text(text: string): void;
  /**
   * A well-formedness error, as "<part>:<line>:<column>: <what>". The parser goes on after it;
   * a handler that refuses damaged parts throws here. Elements still open at the end of the part
   * are reported here (as "unclosed tag") and get no close event.
   */
  damaged(problem: string): void;
}

/** Parses a part as it inflates; false when the package has no such part. */
export function readXmlPart(archive: ZipArchive, name: string, handler: XmlPartHandler): boolean {
  const parser = new SaxesParser({ xmlns: true, fileName: name });
  parser.on('opentag', (tag) => handler.open(tag));
  parser.on('closetag', (tag) => handler.close(tag));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('error', (error) => handler.damaged(error.message));
  const decoder = new TextDecoder();
  const found = archive.streamPart(name, (chunk) => void parser.write(decoder.decode(chunk, { stream: true })));
  if (!found) return false;
  parser.write(decoder.decode());
  parser.close();
  return true;
}
