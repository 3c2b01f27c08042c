/**
 * The extractor's entry point, shared by the ingest Lambda, the local portal and the CLI.
 * Refused inputs throw RejectedInputError (contract codes); anything else thrown is a bug.
 */
import { createHash } from 'node:crypto';
import {
  type DocumentFormat, Extraction, type ExtractionRequest, RejectedInputError,
} from './contract.js';
import { isMemberState } from '../reference/memberStates.js';
import { readDocumentHead, type HeadGiven } from './documentHead.js';
import { fullText, type DocumentText } from './documentText.js';
import { type AssistanceReading, detectAssistance } from './detection/assistance.js';
import { type AsideFacts, CHARACTERS_FOR_READING_ASIDE, findingsAside } from './asideFindings.js';
import { detectDeadlines } from './detection/deadlines.js';
import { detectLanguage } from './detection/language.js';
import { withoutPageFurniture } from './detection/pageFurniture.js';
import { citesNumberedLaw, readMatrix } from './detection/matrixElements.js';
import { rankStates } from './detection/state.js';
import { GAP_CUE } from './detection/statementCues.js';
import { TABLE_ROW, textUnits, type TextUnit } from './detection/textUnits.js';
import { maskTreatyNames } from './detection/treaties.js';
import { cutFindingsToCaps, FINDINGS_TRUNCATED, refuseFindingsOverCaps } from './findingLimits.js';
import { EXTRACTION_LIMITS, type ExtractionLimits, WorkBudget } from './limits.js';
import { readJsonForm } from './readers/jsonFormReader.js';
import { readAside, readHeadAside } from './readers/pdfPageThread.js';
import { readPdf } from './readers/pdfReader.js';
import type { TemplateSubmission } from './readers/templateRows.js';
import { readPlainText } from './readers/textReader.js';
import { sniffFormat } from './sniffFormat.js';

/** An e-mail address: a paragraph that gives one gives a contact. */
const E_MAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

export const WARNINGS = {
  stateMismatch: 'state_mismatch',
  stateNotFound: 'state_not_found',
  textTruncated: 'text_truncated',
  findingsTruncated: FINDINGS_TRUNCATED,
  /** A text that reads like a Committee document, put in a state's place: read as the state's. */
  committeeTextFromState: 'committee_text_from_state',
} as const;

function checkDeclaredState(state: string | undefined): string | undefined {
  if (state === undefined || state === '') return undefined;
  const iso3 = state.trim().toUpperCase();
  if (!/^[A-Z]{3}$/u.test(iso3) || !isMemberState(iso3)) {
    throw new RejectedInputError('unknown_state', `${state} is not the ISO 3166-1 alpha-3 code of a UN member state`);
  }
  return iso3;
}

type Body = Omit<Extraction, 'file' | 'sha256' | 'format'>;

const TEMPLATE_FORMATS: ReadonlySet<DocumentFormat> = new Set(['csv', 'xlsx', 'json']);

function fromTemplate(submission: TemplateSubmission, request: ExtractionRequest, declaredState: string | undefined): Body {
  const formState = submission.state !== undefined ? checkDeclaredState(submission.state) : undefined;
  const warnings = [...submission.warnings];
  if (declaredState && formState && declaredState !== formState) warnings.push(WARNINGS.stateMismatch);
  const formType = request.reportType ?? submission.reportType ?? 'additional_information';
  // A form is a state's own statement: it cannot make itself a Committee document.
  const reportType = formType === 'committee_document' ? 'additional_information' : formType;
  if (reportType !== formType) warnings.push(WARNINGS.committeeTextFromState);
  return {
    state: declaredState ?? formState ?? null,
    language: submission.language ?? detectLanguage(submission.freeText),
    reportType,
    documentDate: submission.documentDate ?? null,
    treaties: [],
    matrix: submission.matrix,
    gaps: submission.gaps,
    contacts: submission.contacts,
    assistanceRequested: submission.assistanceRequested,
    deadlines: [],
    warnings,
  };
}

async function fromProse(doc: DocumentText, request: ExtractionRequest, declaredState: string | undefined): Promise<Body> {
  const text = fullText(doc);
  const language = detectLanguage(text);
  // A long text's head, and later its contacts and treaties, are read on the second thread (if there is one) meanwhile.
  const readsAside = text.length >= CHARACTERS_FOR_READING_ASIDE;
  // Who wrote the text, what it is and its date need only the text.
  const given: HeadGiven = { ...(request.reportType ? { reportType: request.reportType } : {}), ...(declaredState ? { declaredState } : {}) };
  const headAside = readsAside ? readHeadAside(text, language, given) : undefined;
  // The pages without their running headers, page numbers and job numbers: the units are read from them, and so are the contacts.
  const furnitureFree = doc.paged ? withoutPageFurniture(doc.pages) : doc.pages;
  const units = textUnits(doc, furnitureFree);
  // While the thread reads the head, this one reads the requests for help, which all but a Committee text need.
  const assistanceAhead = headAside ? detectAssistance(units) : undefined;
  const { detectedState, authorship, reportType, committeeTextFromState, documentDate } = (await headAside) ?? readDocumentHead(text, language, given);
  const warnings = committeeTextFromState ? [...doc.warnings, WARNINGS.committeeTextFromState] : [...doc.warnings];
  let state: string | null = declaredState ?? detectedState;
  // A Committee matrix keeps the state it is about; other Committee texts have no author state.
  const aboutState = reportType === 'committee_document' && authorship === 'matrix';
  if (reportType === 'committee_document' && !declaredState && !aboutState) state = null;
  if (declaredState && detectedState && detectedState !== declaredState) {
    // Only a document that is clearly about another state warns: partners are named in passing.
    const ranked = rankStates(text, language === 'other' ? ['en'] : [language]);
    const own = ranked.find((r) => r.iso3 === declaredState)?.score ?? 0;
    if ((ranked[0]?.score ?? 0) > own * 2) warnings.push(WARNINGS.stateMismatch);
  }
  const committee = reportType === 'committee_document' && !aboutState;
  // A Committee text describes no national measures: only its deadlines are read. A Committee
  // matrix is the other way round: the state's treaties and measures, and no deadlines.
  const assistance: AssistanceReading = committee ? { requested: [], requestUnits: new Set(), helpCells: new Map(), lacksStated: new Map() } : (assistanceAhead ?? detectAssistance(units));
  // A note that designates points of contact reports no treaties, and no measures by what it names in passing: the treaties, laws and bodies (a
  // contact's post at "the Institute for Verification of the Chemical Weapons Convention", the group "on export control"
  // the contacts belong to) describe the contacts, not what is in force.
  const reportsMeasures = !committee && reportType !== 'point_of_contact';
  // The contacts and treaties need none of what follows.
  const facts: AsideFacts = { documentDate, committee, reportsMeasures };
  const aside = readsAside ? readAside(doc, facts, { furnitureFree, units }) : undefined;
  // Such a note may go on, in a paragraph of its own, to what the contacts' bodies keep in force ("The Agency also keeps the
  // national register of sources under article 16 of the Act …") or what is still missing: a sentence of its running text
  // that cites a law by its number, or states a lack, is read. The rest names the contacts' bodies and groups ("a single
  // inter-agency group on export control"), as does a paragraph that gives a contact (one with an e-mail address), a
  // table's row or a short line (a wrapped cell of the contacts' posts).
  const contactParagraphs = new Set(units.filter((u) => u.text.includes('@') && E_MAIL.test(u.text)).map((u) => u.paragraph));
  const notRunningText = (u: TextUnit) => contactParagraphs.has(u.paragraph) || TABLE_ROW.test(u.text) || u.text.trim().split(/\s+/u).length < 8
    || !(GAP_CUE.test(u.folded) || citesNumberedLaw(maskTreatyNames(u.folded)));
  const skip = reportsMeasures ? assistance.requestUnits : new Set([...assistance.requestUnits, ...units.filter(notRunningText).map((u) => u.index)]);
  const { matrix, gaps } = committee ? { matrix: [], gaps: [] } : readMatrix(units, { paged: doc.paged, skip, helpCells: assistance.helpCells, lacksStated: assistance.lacksStated, ownState: state, language });
  const deadlines = committee ? detectDeadlines(units, documentDate) : [];
  const { treaties, contacts } = (await aside) ?? findingsAside(doc, facts, { furnitureFree, units });
  return {
    state,
    language,
    reportType,
    documentDate,
    treaties,
    matrix,
    gaps,
    contacts,
    assistanceRequested: assistance.requested,
    deadlines,
    warnings,
  };
}

async function readBody(request: ExtractionRequest, budget: WorkBudget, declaredState: string | undefined): Promise<{ format: DocumentFormat; body: Body }> {
  const { bytes } = request;
  const sniffed = sniffFormat(bytes, request.fileName);
  switch (sniffed) {
    case 'pdf':
      return { format: 'pdf', body: await fromProse(await readPdf(bytes, budget), request, declaredState) };
    // The zip and CSV readers (and the libraries they use: fflate, saxes, papaparse) are loaded
    // when such a file comes: a reading process starts for its first document, most often a PDF.
    case 'zip': {
      const [{ ZipArchive }, { readDocx }, { readXlsxTemplate }] = await Promise.all([
        import('./readers/zipArchive.js'), import('./readers/docxReader.js'), import('./readers/xlsxTemplateReader.js'),
      ]);
      const archive = new ZipArchive(bytes, budget);
      if (archive.has('word/document.xml')) return { format: 'docx', body: await fromProse(readDocx(archive, budget), request, declaredState) };
      if (archive.has('xl/workbook.xml')) return { format: 'xlsx', body: fromTemplate(readXlsxTemplate(archive, budget), request, declaredState) };
      throw new RejectedInputError('unsupported_type', 'the zip archive is neither a DOCX nor an XLSX document; upload the report itself');
    }
    case 'csv': {
      const { readCsvTemplate } = await import('./readers/csvTemplateReader.js');
      return { format: 'csv', body: fromTemplate(readCsvTemplate(bytes, budget), request, declaredState) };
    }
    case 'json':
      return { format: 'json', body: fromTemplate(readJsonForm(bytes, budget), request, declaredState) };
    case 'txt':
      return { format: 'txt', body: await fromProse(readPlainText(bytes), request, declaredState) };
    default:
      throw new RejectedInputError('unsupported_type', `unsupported document format ${sniffed}`);
  }
}

export async function extractDocument(request: ExtractionRequest, limits: Partial<ExtractionLimits> = {}): Promise<Extraction> {
  const budget = new WorkBudget({ ...EXTRACTION_LIMITS, ...limits });
  const { bytes } = request;
  if (bytes.length === 0) throw new RejectedInputError('empty', 'the file is empty (0 bytes); upload the report again');
  if (bytes.length > budget.limits.maxFileBytes) {
    throw new RejectedInputError('too_large', `the file is ${(bytes.length / 1048576).toFixed(1)} MB (limit ${budget.limits.maxFileBytes / 1048576} MB); split it`);
  }
  const declaredState = checkDeclaredState(request.state);
  const { format, body } = await readBody(request, budget, declaredState);
  const extraction: Extraction = {
    file: request.fileName.split(/[\\/]/u).pop() ?? request.fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
    // What a template says is refused over a cap; what prose says is cut to the caps.
    ...(TEMPLATE_FORMATS.has(format) ? refuseFindingsOverCaps(body) : cutFindingsToCaps(body)),
  };
  // The contract is checked on the way out: a failure here is a bug in the extractor, not the file.
  return Extraction.parse(extraction);
}
