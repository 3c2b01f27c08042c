/**
 * Bounds on the work one document may cost. The extractor checks them itself instead of trusting
 * the file: sizes declared in zip headers, page counts and wall time are all attacker-controlled.
 */
import { DEFAULT_MAX_UPLOAD_BYTES } from '../portal/uploadLimits.js';
import { RejectedInputError } from './contractBasics.js';

export const EXTRACTION_LIMITS = {
  maxFileBytes: DEFAULT_MAX_UPLOAD_BYTES,
  /** One zip part (e.g. word/document.xml) inflated. */
  maxZipEntryBytes: 50 * 1024 * 1024,
  /** All parts that are read, inflated. */
  maxZipTotalBytes: 100 * 1024 * 1024,
  /** Compression ratio above which a large part is a bomb (XML compresses ~10:1, rarely 50:1). */
  maxZipRatio: 100,
  /** Below this inflated size a high ratio is harmless (a part of blank space). */
  ratioCheckFloorBytes: 1024 * 1024,
  maxZipEntries: 10_000,
  maxPdfPages: 1_000,
  /** Text kept for analysis; beyond it the report is cut (and a warning says so). */
  maxTextChars: 4_000_000,
  maxTemplateRows: 5_000,
  wallTimeMs: 20_000,
} as const;

export type ExtractionLimits = { -readonly [K in keyof typeof EXTRACTION_LIMITS]: number };

/**
 * A wall-time budget checked between units of work (pages, zip chunks). The PDF reader (PDFium)
 * runs in this thread, so a timer cannot interrupt it; checking between pages is what bounds it.
 */
export class WorkBudget {
  /**
   * Epoch ms by which the reading must be done: from now, or (for a second thread reading part of the
   * same document) the one the whole document's reading started with.
   */
  readonly deadline: number;
  constructor(readonly limits: ExtractionLimits = { ...EXTRACTION_LIMITS }, deadline = Date.now() + limits.wallTimeMs) {
    this.deadline = deadline;
  }

  check(stage: string): void {
    if (Date.now() > this.deadline) {
      throw new RejectedInputError(
        'too_large',
        `the document needs more than ${this.limits.wallTimeMs / 1000} s to read (stopped at ${stage}); split it into smaller files`,
      );
    }
  }
}
