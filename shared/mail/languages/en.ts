import type { LanguagePack } from '../languagePack.js';

export const en: LanguagePack = {
  locale: 'en-GB',
  direction: 'ltr',
  greeting: (name) => `Dear ${name},`,
  closing: ['Yours sincerely,', 'Secretariat of the Security Council Committee established pursuant to resolution 1540 (2004)'],
  footer: (state) =>
    `This message was sent automatically to the national point of contact of ${state} for resolution 1540 (2004). ` +
    'E-mail is an informal channel: formal communications continue to be transmitted by note verbale from the Permanent Mission to the Chair of the Committee.',
  uploaderFooter: (state) => `This message was sent automatically to you as the user who uploaded this file for ${state} to the 1540 reporting portal.`,
  organizationFooter: (organization) => `This message was sent automatically to the point of contact of ${organization} for resolution 1540 (2004).`,
  reportTypes: {
    national_report: 'national report',
    additional_information: 'additional information',
    action_plan: 'national implementation action plan',
    assistance_request: 'request for assistance',
    point_of_contact: 'designation of a point of contact',
    effective_practices: 'effective practices',
    committee_document: 'Committee document',
  },
  summary: (v) =>
    `${v.reportType}, in ${v.language}; matrix elements: ${v.matrixElements}; treaties: ${v.treaties}; points of contact: ${v.contacts}`,
  upcoming: {
    subject: (v) => `Reminder: ${v.title}, due on ${v.due}`,
    body: (v) => [
      `On behalf of the Security Council Committee established pursuant to resolution 1540 (2004), the Secretariat wishes to recall that the following is due on ${v.due}${v.days > 0 ? ` (in ${v.days} days)` : ''}: ${v.title}.`,
      `Should ${v.stateName} have already transmitted it, please disregard this message, with our thanks.`,
      'Documents may be uploaded through the reporting portal of the Committee.',
    ],
  },
  overdue: {
    subject: (v) => `Follow-up: ${v.title}, due on ${v.due}`,
    body: (v) => [
      `On behalf of the Security Council Committee established pursuant to resolution 1540 (2004), the Secretariat wishes respectfully to recall that the following was due on ${v.due}: ${v.title}.`,
      `The Committee has not yet received it from ${v.stateName} and would be grateful to receive it at your earliest convenience. Should assistance in its preparation be useful, the Committee stands ready to facilitate it.`,
      'Should it have been transmitted in the meantime, please disregard this message, with our thanks.',
    ],
  },
  receipt: {
    subject: (v) => `Acknowledgement of receipt: ${v.fileName}`,
    body: (v) => [
      `The Secretariat acknowledges with thanks the receipt, on ${v.receivedOn}, of the following document from ${v.stateName}:`,
      [`File: ${v.fileName}`, `SHA-256: ${v.sha256}`, `Extracted: ${v.summary}`, `Reference: ${v.reference}`],
      ...(v.duplicateOf
        ? [`The file is identical to a document received earlier (reference ${v.duplicateOf}); no further action is required.`]
        : ['The information will be considered by the Committee and its Group of Experts.']),
    ],
  },
  refused: {
    subject: (v) => `Document not accepted: ${v.fileName}`,
    body: (v) => [
      `The Secretariat regrets to inform you that the file ${v.fileName}, received on ${v.receivedOn} from ${v.stateName}, could not be processed.`,
      [`Reason: ${v.reason}`, `Reference: ${v.reference}`],
      'The Secretariat would be grateful if a corrected version could be uploaded through the reporting portal.',
    ],
  },
};
