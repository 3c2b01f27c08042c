/**
 * The findings of a prose document that the matrix does not depend on: its contacts and the treaties it reports. The main
 * thread reads the matrix, the longest of the detectors, after the text's units, its assistance and its authorship; these two
 * need only the text and three facts read before the matrix (`AsideFacts`). So a long document's are read on the reading
 * process's second thread meanwhile (`readAside` in `readers/pdfPageThread.ts`), from the same text with the same code, and
 * the main thread reads them itself where there is no such thread, where the document is short, or where the thread fails.
 */
import type { ContactFinding, Treaty } from './contract.js';
import { detectContacts } from './detection/contacts.js';
import { withBreaksRunningOn, withFootnotesAtTheirMarks, withoutPageFurniture } from './detection/pageFurniture.js';
import { textUnits, type TextUnit } from './detection/textUnits.js';
import { detectTreaties } from './detection/treaties.js';
import { fullText, type DocumentText } from './documentText.js';

/** What the main thread has read of a document before its matrix that the findings aside depend on. */
export interface AsideFacts {
  documentDate: string | null;
  /** A Committee text (not a Committee matrix about a state): its own Secretariat's officers are its contacts. */
  committee: boolean;
  /** Whether the document reports what is in force: only then are its treaties read. */
  reportsMeasures: boolean;
}

export interface AsideFindings {
  contacts: ContactFinding[];
  treaties: Treaty[];
}

/** What the main thread has already read of the document, so that it is not read twice there. */
export interface ReadBefore {
  furnitureFree?: readonly string[];
  units?: readonly TextUnit[];
}

/** Below this many characters a document's head and findings aside are read on the main thread: handing them over costs more than it saves. */
export const CHARACTERS_FOR_READING_ASIDE = 50_000;

export function findingsAside(doc: DocumentText, facts: AsideFacts, before: ReadBefore = {}): AsideFindings {
  const furnitureFree = before.furnitureFree ?? (doc.paged ? withoutPageFurniture(doc.pages) : doc.pages);
  return {
    treaties: facts.reportsMeasures ? detectTreaties(before.units ?? textUnits(doc, furnitureFree), facts.documentDate) : [],
    // A block or a table row that a page break cuts goes on past the running header, page number and job number between
    // its parts, and past the footnotes at the page's foot: the contacts are read from the pages without them, the
    // footnotes after the last page, and the pages' blank margins between the parts of what the break cut.
    contacts: detectContacts(
      doc.paged ? fullText({ ...doc, pages: withBreaksRunningOn(withFootnotesAtTheirMarks(furnitureFree)) }) : fullText(doc),
      { byTheCommittee: facts.committee },
    ),
  };
}
