/**
 * What a document's text says of itself before its body is read: the state that wrote it, whether the Committee did, what
 * kind of document it is and its date. They need the text and its language only, not the text's units: a long text's are
 * read on the reading process's second thread while the main thread reads its units (`readHeadAside` in
 * `readers/pdfPageThread.ts`), with the same code; where there is no such thread, or it fails, the main thread reads them.
 */
import type { ReportType } from './contractBasics.js';
import { type CommitteeAuthorship, committeeAuthorship } from './detection/committeeAuthorship.js';
import { withoutContentsEntries } from './detection/contents.js';
import { detectDocumentDate } from './detection/documentDate.js';
import { detectReportType } from './detection/reportType.js';
import { detectState } from './detection/state.js';
import { fold } from './detection/textFolding.js';
import { unHeaderBlockEnd } from './detection/unHeaderBlock.js';

/** What the uploader declared of the document, which the head is read against. */
export interface HeadGiven {
  reportType?: ReportType;
  /** The state whose place the document was uploaded to. */
  declaredState?: string;
}

export interface DocumentHead {
  /** The state the text names as its author, whatever was declared. */
  detectedState: string | null;
  /** Where the Committee's name stands: a Committee text, a Committee matrix about a state, or neither. */
  authorship: CommitteeAuthorship;
  reportType: ReportType;
  /** A text that reads as the Committee's, uploaded to a state's place: read as that state's document of another type. */
  committeeTextFromState: boolean;
  documentDate: string | null;
}

export function readDocumentHead(text: string, language: string, given: HeadGiven): DocumentHead {
  // The UN header block (symbol, issue date) is the same on any document the UN issues: the type is read after it,
  // and without the entries of a table of contents, which name sections, not the document.
  const foldedText = fold(withoutContentsEntries(text.slice(unHeaderBlockEnd(text.slice(0, 3_000)), 100_000)));
  const detectedState = detectState(text, language);
  // Where the Committee's name stands says who wrote the text; states named in it are no authors.
  const authorship = committeeAuthorship(text);
  const detectedType: ReportType = given.reportType ?? (authorship === 'none' ? detectReportType(foldedText, detectedState !== null) : 'committee_document');
  // Committee documents come from the secretariat's place only: in a state's place, a text that reads like one is that
  // state's document, of the type its other cues say.
  const committeeTextFromState = detectedType === 'committee_document' && Boolean(given.declaredState);
  const reportType = committeeTextFromState ? detectReportType(foldedText, true, { committee: false }) : detectedType;
  return { detectedState, authorship, reportType, committeeTextFromState, documentDate: detectDocumentDate(text) };
}
