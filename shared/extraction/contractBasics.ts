/**
 * The parts of the extraction contract (see `contract.ts`, which re-exports them) that need no zod:
 * the report types, the refusal codes and the refusal error. A process that only hands documents to
 * the reading process and prints its answer (the `extract` command) imports these alone, so that it
 * does not load zod (about 40 ms of its start, on the path to the answer).
 */

export const REPORT_TYPES = [
  'national_report',
  'additional_information',
  'action_plan',
  'assistance_request',
  'point_of_contact',
  'effective_practices',
  'committee_document',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REJECTION_CODES = [
  'empty', 'unsupported_type', 'corrupt', 'encrypted', 'no_text',
  'too_large', 'archive_bomb', 'invalid_structure', 'unknown_state',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/**
 * A refusal's message is stored with the submission, beside the quarantined file and in the
 * refusal notice: a template with thousands of broken cells must not make it megabytes long.
 */
export const MAX_REFUSAL_MESSAGE_CHARS = 2_000;

/**
 * The file cannot be accepted as it is. The message is for a person (the submitting state or
 * the secretariat): it names the problem and, where possible, what to do about it. A longer
 * message is cut to `MAX_REFUSAL_MESSAGE_CHARS`, and says so.
 */
export class RejectedInputError extends Error {
  override readonly name = 'RejectedInputError';
  constructor(
    readonly code: RejectionCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message.length > MAX_REFUSAL_MESSAGE_CHARS ? `${message.slice(0, MAX_REFUSAL_MESSAGE_CHARS - 1)}…` : message, options);
  }
}
