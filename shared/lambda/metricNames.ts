/**
 * The pipeline's business metrics, by name: what the functions count (`metrics.ts`) and what the
 * stack alarms on read the same names. Namespace `Portal1540`; dimension `service`, the function.
 */
export const METRICS_NAMESPACE = 'Portal1540';

export const PipelineMetric = {
  /** Uploads recorded as a state's (or the Committee's) submission. */
  submissionsAccepted: 'SubmissionsAccepted',
  /** Uploads whose bytes a state had already submitted. */
  submissionsDuplicate: 'SubmissionsDuplicate',
  /** Uploads refused with a reason; every refused file is quarantined. */
  submissionsRefused: 'SubmissionsRefused',
  /** Milliseconds to read one document (accepted or refused by the extractor). */
  extractionTime: 'ExtractionTime',
  mailsSent: 'MailsSent',
  /** Messages SES refused for good (ended `failed`, never retried). */
  mailsFailed: 'MailsFailed',
  mailsBounced: 'MailsBounced',
  mailsComplained: 'MailsComplained',
} as const;
