/**
 * The extraction contract (handbook: spec/extraction-contract.md), as zod schemas.
 * Outside checks depend on these identifiers exactly: change them only with the contract.
 */
import * as z from 'zod';
import { REJECTION_CODES, REPORT_TYPES } from './contractBasics.js';

export { MAX_REFUSAL_MESSAGE_CHARS, REJECTION_CODES, RejectedInputError, REPORT_TYPES } from './contractBasics.js';

export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export const Language = z.enum([...LANGUAGES, 'other']);
export type Language = z.infer<typeof Language>;
export const UnLanguage = z.enum(LANGUAGES);
export type UnLanguage = z.infer<typeof UnLanguage>;

export const ReportType = z.enum(REPORT_TYPES);
export type ReportType = z.infer<typeof ReportType>;

export const TREATIES = [
  'npt', 'cwc', 'bwc', 'cppnm', 'cppnm_a', 'icsant', 'ctbt',
  'iaea_csa', 'iaea_ap', 'hcoc', 'geneva_1925', 'icsft', 'nwfz',
] as const;
export const Treaty = z.enum(TREATIES);
export type Treaty = z.infer<typeof Treaty>;

/** Scored matrix elements, in the order the Committee's matrix lists them. */
export const SCORED_ELEMENTS = [
  'op1',
  'op2.nuclear', 'op2.chemical', 'op2.biological', 'op2.delivery', 'op2.financing',
  'op3a.accounting', 'op3b.physical_protection', 'op3c.border_control',
  'op3d.export_control', 'op3d.financing_services', 'op3d.penalties',
] as const;
export const MATRIX_ELEMENTS = [...SCORED_ELEMENTS, 'op6.control_lists', 'op8.outreach'] as const;
export const MatrixElement = z.enum(MATRIX_ELEMENTS);
export type MatrixElement = z.infer<typeof MatrixElement>;

export const WEAPONS = ['nuclear', 'chemical', 'biological', 'delivery', 'all'] as const;
export const Weapon = z.enum(WEAPONS);
export type Weapon = z.infer<typeof Weapon>;

export const MEASURES = ['yes', 'partial', 'no'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

export const FORMATS = ['pdf', 'docx', 'txt', 'csv', 'xlsx', 'json'] as const;
export const DocumentFormat = z.enum(FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** An ISO 8601 calendar date that exists (2024-02-30 does not). */
export const IsoDate = z.iso.date();

export const Evidence = z.object({
  text: z.string(),
  page: z.number().int().positive().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const MatrixFinding = z.object({
  element: MatrixElement,
  weapon: Weapon,
  measure: Measure,
  legalReferences: z.array(z.string()),
  evidence: z.array(Evidence),
  /** The extractor's own estimate (0–1), to order what people review first. */
  confidence: z.number().min(0).max(1).optional(),
});
export type MatrixFinding = z.infer<typeof MatrixFinding>;

export const ContactFinding = z.object({
  name: z.string(),
  email: z.string(),
  role: z.string().optional(),
  evidence: z.array(Evidence).optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type ContactFinding = z.infer<typeof ContactFinding>;

/** Who must act on a deadline a Committee document sets. */
export const DeadlineConcerns = z.enum(['states', 'organizations', 'committee', 'secretariat']);
export type DeadlineConcerns = z.infer<typeof DeadlineConcerns>;

export const DeadlineFinding = z.object({
  date: IsoDate,
  precision: z.enum(['day', 'month']),
  recurrence: z.enum(['yearly', 'monthly']).nullable(),
  /** Readings stored before these fields were read concerned states, under their task. */
  concerns: DeadlineConcerns.default('states'),
  title: z.string().default(''),
  task: z.string(),
  evidence: z.string(),
  /** The extractor's own estimate (0–1), to order what people review first. */
  confidence: z.number().min(0).max(1).optional(),
});
export type DeadlineFinding = z.infer<typeof DeadlineFinding>;

export const Extraction = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: DocumentFormat,
  state: z.string().regex(/^[A-Z]{3}$/).nullable(),
  language: Language,
  reportType: ReportType,
  documentDate: IsoDate.nullable(),
  treaties: z.array(Treaty),
  matrix: z.array(MatrixFinding),
  gaps: z.array(MatrixElement),
  contacts: z.array(ContactFinding),
  assistanceRequested: z.array(MatrixElement),
  deadlines: z.array(DeadlineFinding),
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof Extraction>;

export const RejectionCode = z.enum(REJECTION_CODES);
export type RejectionCode = z.infer<typeof RejectionCode>;

/** What the portal knows about an upload besides its bytes. */
export interface ExtractionRequest {
  bytes: Uint8Array;
  fileName: string;
  /** The state from the upload path (`incoming/<ISO3>/…`), when known. */
  state?: string;
  /** The report type declared at upload, when known (templates carry none of their own). */
  reportType?: ReportType;
}
