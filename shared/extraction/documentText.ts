/** The text of a prose document as the detectors see it: pages of lines, in reading order. */
export interface DocumentText {
  /** One string per page (PDF); a single page for formats without pages. */
  pages: string[];
  /** Whether page numbers mean anything (PDF) and may be quoted in evidence. */
  paged: boolean;
  warnings: string[];
}

export const fullText = (doc: DocumentText): string => doc.pages.join('\n');
