/** The text of a prose document as the detectors see it: pages of lines, in reading order. */
export interface DocumentText {
  /** One string per page (PDF); a single page for formats without pages. */
  pages: string[];
  /** Whether page numbers mean anything (PDF) and may be quoted in evidence. */
  paged: boolean;
  /**
   * Whether each line is a paragraph of its own (DOCX): the line break is the writer's, not a wrap, so a line runs on into the
   * next only where a break inside a paragraph cut a sentence (the next line going on in lower case).
   */
  lineParagraphs?: boolean;
  warnings: string[];
}

export const fullText = (doc: DocumentText): string => doc.pages.join('\n');
