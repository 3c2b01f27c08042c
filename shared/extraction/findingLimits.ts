/**
 * Caps on what one document may make the portal record: its findings are stored whole in the
 * submission item (and in the items written for it: matrix cells, contacts, deadlines), and a
 * DynamoDB item holds at most 400 KB. Within these caps the variable text of one submission is at
 * most about 70,000 characters, about 210 KB even if every character takes three bytes in UTF-8
 * (Chinese; Arabic and Cyrillic take two), which leaves the item well under the limit
 * (`test/unit/extraction/findingLimits.test.ts` measures the largest input that passes every cap).
 *
 * A template or form is the state's own statement, cell by cell: one over a cap is refused
 * (`too_large`, naming the cap), never silently shortened. A prose document is not refused for
 * saying much: its findings are cut to the caps and the extraction says so (`findings_truncated`).
 */
import {
  type ContactFinding, type DeadlineFinding, type Extraction, MATRIX_ELEMENTS, type MatrixFinding,
  MAX_REFUSAL_MESSAGE_CHARS, RejectedInputError, WEAPONS,
} from './contract.js';

export const FINDING_LIMITS = {
  /** One entry per element and weapon: the matrix has no more cells. */
  maxMatrixEntries: MATRIX_ELEMENTS.length * WEAPONS.length,
  /** Evidence quotes of all matrix entries together, and the length of each. */
  maxEvidence: 70,
  maxEvidenceChars: 300,
  /** Legal references of all matrix entries together, and the length of each. */
  maxLegalReferences: 70,
  maxLegalReferenceChars: 300,
  /** Points of contact a document may name (a state designates a handful). */
  maxContacts: 20,
  maxContactNameChars: 120,
  /** RFC 5321's limit on an address. */
  maxContactEmailChars: 254,
  maxContactRoleChars: 200,
  maxDeadlines: 30,
  maxDeadlineTaskChars: 200,
  maxDeadlineEvidenceChars: 300,
  /** Elements for which assistance is requested: each at most once. */
  maxAssistanceItems: MATRIX_ELEMENTS.length,
  /** Any one cell of a CSV or XLSX template, or any one text field of the JSON form. */
  maxTemplateCellChars: 2_000,
  maxRefusalMessageChars: MAX_REFUSAL_MESSAGE_CHARS,
} as const;

export const FINDINGS_TRUNCATED = 'findings_truncated';

type Findings = Pick<Extraction, 'matrix' | 'contacts' | 'deadlines' | 'assistanceRequested' | 'warnings'>;

const L = FINDING_LIMITS;
const count = (n: number) => n.toLocaleString('en');

function tooLarge(what: string, found: number, limit: number, unit: string): never {
  throw new RejectedInputError('too_large', `${what} (${count(found)}) is over the limit of ${count(limit)} ${unit}; split the submission or shorten it`);
}

/** A cell or field of a template longer than the cell cap is refused, naming where it is. */
export function assertCellLength(where: string, value: string): void {
  if (value.length > L.maxTemplateCellChars) tooLarge(`${where}: the length of the text`, value.length, L.maxTemplateCellChars, 'characters per cell');
}

/** A template or form's findings as they are, or a `too_large` refusal naming the first cap it breaks. */
export function refuseFindingsOverCaps<T extends Findings>(findings: T): T {
  const { matrix, contacts } = findings;
  if (matrix.length > L.maxMatrixEntries) tooLarge('the number of matrix entries', matrix.length, L.maxMatrixEntries, 'per submission');
  const evidence = matrix.flatMap((m) => m.evidence);
  if (evidence.length > L.maxEvidence) tooLarge('the number of notes (evidence quotes)', evidence.length, L.maxEvidence, 'per submission');
  const references = matrix.flatMap((m) => m.legalReferences);
  if (references.length > L.maxLegalReferences) tooLarge('the number of legal references', references.length, L.maxLegalReferences, 'per submission');
  const longReference = references.find((r) => r.length > L.maxLegalReferenceChars);
  if (longReference !== undefined) tooLarge('the length of a legal reference', longReference.length, L.maxLegalReferenceChars, 'characters per legal reference');
  if (contacts.length > L.maxContacts) tooLarge('the number of contacts', contacts.length, L.maxContacts, 'per submission');
  for (const [i, c] of contacts.entries()) {
    if (c.name.length > L.maxContactNameChars) tooLarge(`contacts[${i}]: the length of the name`, c.name.length, L.maxContactNameChars, 'characters');
    if (c.email.length > L.maxContactEmailChars) tooLarge(`contacts[${i}]: the length of the e-mail address`, c.email.length, L.maxContactEmailChars, 'characters');
    if ((c.role?.length ?? 0) > L.maxContactRoleChars) tooLarge(`contacts[${i}]: the length of the role`, c.role!.length, L.maxContactRoleChars, 'characters');
  }
  if (findings.deadlines.length > L.maxDeadlines) tooLarge('the number of deadlines', findings.deadlines.length, L.maxDeadlines, 'per submission');
  if (findings.assistanceRequested.length > L.maxAssistanceItems) {
    tooLarge('the number of assistance requests', findings.assistanceRequested.length, L.maxAssistanceItems, 'per submission');
  }
  // Quotes are cut, as the template readers always did: a note is free text, its evidence a quote.
  return { ...findings, matrix: matrix.map((m) => ({ ...m, evidence: m.evidence.map((e) => ({ ...e, text: e.text.slice(0, L.maxEvidenceChars) })) })) };
}

/** A prose document's findings cut to the caps, in document order; a warning says when anything was cut. */
export function cutFindingsToCaps<T extends Findings>(findings: T): T {
  let cut = false;
  const take = <V>(values: readonly V[], room: number): V[] => {
    if (values.length > room) cut = true;
    return values.slice(0, Math.max(0, room));
  };
  const clip = (text: string, chars: number): string => {
    if (text.length > chars) cut = true;
    return text.slice(0, chars);
  };
  let evidenceLeft = L.maxEvidence;
  let referencesLeft = L.maxLegalReferences;
  const matrix = take(findings.matrix, L.maxMatrixEntries).map((m): MatrixFinding => {
    const evidence = take(m.evidence, evidenceLeft).map((e) => ({ ...e, text: clip(e.text, L.maxEvidenceChars) }));
    const legalReferences = take(m.legalReferences, referencesLeft).map((r) => clip(r, L.maxLegalReferenceChars));
    evidenceLeft -= evidence.length;
    referencesLeft -= legalReferences.length;
    return { ...m, evidence, legalReferences };
  });
  // An address longer than an address can be is no contact: dropped, not shortened.
  const addresses = findings.contacts.filter((c) => c.email.length <= L.maxContactEmailChars);
  if (addresses.length < findings.contacts.length) cut = true;
  const contacts = take(addresses, L.maxContacts).map((c): ContactFinding => ({
    ...c,
    name: clip(c.name, L.maxContactNameChars),
    ...(c.role !== undefined && { role: clip(c.role, L.maxContactRoleChars) }),
  }));
  const deadlines = take(findings.deadlines, L.maxDeadlines).map((d): DeadlineFinding => ({
    ...d,
    title: clip(d.title, L.maxDeadlineTaskChars),
    task: clip(d.task, L.maxDeadlineTaskChars),
    evidence: clip(d.evidence, L.maxDeadlineEvidenceChars),
  }));
  const assistanceRequested = take(findings.assistanceRequested, L.maxAssistanceItems);
  const warnings = cut && !findings.warnings.includes(FINDINGS_TRUNCATED) ? [...findings.warnings, FINDINGS_TRUNCATED] : findings.warnings;
  return { ...findings, matrix, contacts, deadlines, assistanceRequested, warnings };
}
