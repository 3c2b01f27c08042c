/**
 * Reading one XML part of an OOXML package with a streaming parser (saxes: strict, linear on any
 * input), fed chunk by chunk from the bounded inflation: no regular expression runs over markup,
 * and no part is held whole as one string. The parser decodes XML's five entities, character
 * references and CDATA itself; it expands no DTD entity, so a DOCTYPE cannot inflate text.
 *
 * Namespaces are resolved here, not by saxes: saxes looks a prefix up by walking the open elements
 * from the innermost out, which costs the nesting depth at every element, and a part whose elements
 * never close is nested as deep as it is long (quadratic again). Here each prefix keeps its own
 * stack of bindings, so a lookup costs the same at any depth; a URI is matched against the
 * namespaces the readers know once, where it is declared, not at every element.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ZipArchive } from './zipArchive.js';

const NAMESPACES = {
  /** WordprocessingML, transitional (what Word writes) and strict. */
  wordprocessing: ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  /** SpreadsheetML, transitional and strict. */
  spreadsheet: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  markupCompatibility: ['http://schemas.openxmlformats.org/markup-compatibility/2006'],
} as const satisfies Record<string, readonly string[]>;

export type Namespace = keyof typeof NAMESPACES;

const NAMESPACE_OF_URI = new Map<string, Namespace>(
  Object.entries(NAMESPACES).flatMap(([namespace, uris]) => uris.map((uri) => [uri, namespace as Namespace] as const)),
);

/** An element as the readers see it: its namespace (when it is one the readers know) and local name. */
export interface XmlElement {
  namespace: Namespace | undefined;
  local: string;
  /** Attribute values by qualified name. */
  attributes: Record<string, string>;
}

/** The element's local name when it is in the namespace (whatever its prefix), else undefined. */
export function localNameIn(element: XmlElement, namespace: Namespace): string | undefined {
  return element.namespace === namespace ? element.local : undefined;
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

/**
 * The namespace bindings in force: per prefix ('' for the default), a stack of what it is bound to
 * (null for a namespace the readers do not know), and per open element what it declared.
 */
class NamespaceScope {
  readonly #bindings = new Map<string, (Namespace | null)[]>();
  readonly #open: { element: XmlElement; declared: readonly string[] }[] = [];

  open(tag: SaxesTagPlain): XmlElement {
    let declared = NO_DECLARATIONS;
    for (const name in tag.attributes) {
      if (!name.startsWith('xmlns') || (name.length > 5 && name[5] !== ':')) continue;
      const prefix = name.slice(6);
      const namespace = NAMESPACE_OF_URI.get(tag.attributes[name]!) ?? null;
      if (declared === NO_DECLARATIONS) declared = [];
      (declared as string[]).push(prefix);
      const stack = this.#bindings.get(prefix);
      if (stack) stack.push(namespace);
      else this.#bindings.set(prefix, [namespace]);
    }
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const element = { namespace: this.#bindings.get(prefix)?.at(-1) ?? undefined, local: tag.name.slice(colon + 1), attributes: tag.attributes };
    this.#open.push({ element, declared });
    return element;
  }

  /** saxes closes elements in the order it opened them (on a mismatched end tag too). */
  close(): XmlElement {
    const { element, declared } = this.#open.pop()!;
    for (const prefix of declared) this.#bindings.get(prefix)!.pop();
    return element;
  }
}

/** Parses a part as it inflates; false when the package has no such part. */
export function readXmlPart(archive: ZipArchive, name: string, handler: XmlPartHandler): boolean {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: name });
  const scope = new NamespaceScope();
  parser.on('opentag', (tag) => handler.open(scope.open(tag)));
  parser.on('closetag', () => handler.close(scope.close()));
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
