/**
 * Reading one XML part of an OOXML package with a streaming parser (saxes: strict, linear on any
 * input), fed chunk by chunk from the bounded inflation: no regular expression runs over markup,
 * and no part is held whole as one string. The parser decodes XML's five entities, character
 * references and CDATA itself; it expands no DTD entity, so a DOCTYPE cannot inflate text.
 *
 * Namespaces are resolved here, not by saxes: saxes looks a prefix up by walking the open elements
 * from the innermost out, which costs the nesting depth at every element, and a part whose elements
 * never close is nested as deep as it is long (quadratic again). Here each prefix keeps its own
 * stack of bindings, so a lookup costs the same at any depth.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ZipArchive } from './zipArchive.js';

export const NAMESPACES = {
  /** WordprocessingML, transitional (what Word writes) and strict. */
  wordprocessing: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  /** SpreadsheetML, transitional and strict. */
  spreadsheet: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  markupCompatibility: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
} as const satisfies Record<string, readonly string[]>;

/** An element as the readers see it: its namespace (empty when none or unbound) and local name. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Attribute values by qualified name. */
  attributes: Record<string, string>;
}

/** The element's local name when it is in one of the namespaces (whatever its prefix), else undefined. */
export function localNameIn(element: XmlElement, namespaces: readonly string[]): string | undefined {
  return namespaces.includes(element.uri) ? element.local : undefined;
}

export interface XmlPartHandler {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  /** Character data, CDATA included, entities decoded. */
  text(text: string): void;
  /**
   * A well-formedness error, as "<part>:<line>:<column>: <what>". The parser goes on after it;
   * a handler that refuses damaged parts throws here. Elements still open at the end of the part
   * are reported here (as "unclosed tag") and get no close event.
   */
  damaged(problem: string): void;
}

const NO_DECLARATIONS: readonly string[] = [];

/** The namespace bindings in force: per prefix ('' for the default), a stack of URIs. */
class NamespaceScope {
  readonly #bindings = new Map<string, string[]>();
  /** Per open element, innermost last: the prefixes it declares. */
  readonly #declared: (readonly string[])[] = [];

  open(tag: SaxesTagPlain): XmlElement {
    let declared = NO_DECLARATIONS;
    for (const [name, uri] of Object.entries(tag.attributes)) {
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : undefined;
      if (prefix === undefined) continue;
      if (declared === NO_DECLARATIONS) declared = [];
      (declared as string[]).push(prefix);
      const stack = this.#bindings.get(prefix);
      if (stack) stack.push(uri);
      else this.#bindings.set(prefix, [uri]);
    }
    this.#declared.push(declared);
    return this.#element(tag);
  }

  close(tag: SaxesTagPlain): XmlElement {
    const element = this.#element(tag);
    for (const prefix of this.#declared.pop() ?? NO_DECLARATIONS) this.#bindings.get(prefix)!.pop();
    return element;
  }

  #element(tag: SaxesTagPlain): XmlElement {
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    return { uri: this.#bindings.get(prefix)?.at(-1) ?? '', local: tag.name.slice(colon + 1), attributes: tag.attributes };
  }
}

/** Parses a part as it inflates; false when the package has no such part. */
export function readXmlPart(archive: ZipArchive, name: string, handler: XmlPartHandler): boolean {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: name });
  const scope = new NamespaceScope();
  parser.on('opentag', (tag) => handler.open(scope.open(tag)));
  parser.on('closetag', (tag) => handler.close(scope.close(tag)));
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
