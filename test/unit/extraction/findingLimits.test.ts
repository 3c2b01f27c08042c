/**
 * Findings are bounded before they are stored: a template or form over a cap is refused
 * (`too_large`, naming the cap), prose is cut to the caps, and the largest input that passes every
 * cap makes a submission item well under DynamoDB's 400 KB (measured as the item is marshalled:
 * the stand-ins do not enforce the limit).
 */
import { describe, expect, it } from 'vitest';
import {
  type Extraction, MATRIX_ELEMENTS, MAX_REFUSAL_MESSAGE_CHARS, RejectedInputError, TREATIES, WEAPONS,
} from '../../../shared/extraction/contract.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { cutFindingsToCaps, FINDING_LIMITS, FINDINGS_TRUNCATED } from '../../../shared/extraction/findingLimits.js';
import type { Submission } from '../../../shared/store/items.js';
import { SUBMISSION_LOOKUP_SORT_KEY, stateKey, submissionLookupKey, submissionSortKey } from '../../../shared/store/keys.js';
import { DYNAMODB_ITEM_LIMIT_BYTES, dynamoItemBytes } from '../../support/dynamoItemSize.js';
import { utf8 } from './support/documents.js';
import { chinese, formAtCaps as form } from './support/formAtCaps.js';

const L = FINDING_LIMITS;
const HEADER = 'element,weapon,measure,legal_reference,notes';

async function refusalOf(bytes: Uint8Array, fileName: string, request: { state?: string } = {}): Promise<RejectedInputError> {
  try {
    await extractDocument({ bytes, fileName, ...request });
  } catch (error) {
    if (error instanceof RejectedInputError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

const json = (value: unknown) => utf8(JSON.stringify(value));

/** The submission item as `recordSubmission` writes it, with every envelope field at its longest. */
function submissionItem(extraction: Extraction): Record<string, unknown> {
  const submission: Submission = {
    id: 'x'.repeat(64),
    state: 'CHN',
    receivedAt: '2026-12-01T00:00:00.000Z',
    objectKey: `incoming/CHN/${'u'.repeat(64)}/${'f'.repeat(1024 - 83)}`,
    fileName: 'f'.repeat(200),
    size: 25 * 1024 * 1024,
    sha256: extraction.sha256,
    declaredReportType: 'additional_information',
    uploaderEmail: `${'u'.repeat(240)}@example.org`,
    status: 'accepted',
    format: extraction.format,
    extraction,
    visibility: 'committee',
  };
  return {
    PK: stateKey('CHN'),
    SK: submissionSortKey(submission.receivedAt, submission.id),
    GSI1PK: submissionLookupKey(submission.id),
    GSI1SK: SUBMISSION_LOOKUP_SORT_KEY,
    entity: 'submission',
    ...submission,
  };
}

describe('a template or form over a cap', () => {
  it('is refused too_large when one CSV cell holds 450 KB, naming the cell and the cap', async () => {
    const csv = utf8(`${HEADER}\nop1,all,yes,"${'A'.repeat(450 * 1024)}",note\n`);

    const refusal = await refusalOf(csv, 'matrix.csv', { state: 'PRT' });

    expect(refusal.code).toBe('too_large');
    expect(refusal.message).toContain('row 2, legal_reference');
    expect(refusal.message).toContain(`limit of ${L.maxTemplateCellChars.toLocaleString('en')} characters per cell`);
  });

  it('is refused too_large when a JSON form names 3,000 addresses, naming the contacts cap', async () => {
    const refusal = await refusalOf(json(form({ contacts: 3_000, rows: 1 })), 'form.json');

    expect(refusal.code).toBe('too_large');
    expect(refusal.message).toContain('the number of contacts (3,000)');
    expect(refusal.message).toContain(`limit of ${L.maxContacts}`);
  });

  it('is refused too_large for one legal reference more than the cap, or one character more in a reference', async () => {
    const moreReferences = await refusalOf(json(form({ rows: L.maxLegalReferences + 1, contacts: 0, notesChars: 0 })), 'form.json');
    const longerReference = await refusalOf(json(form({ rows: 1, contacts: 0, referenceChars: L.maxLegalReferenceChars + 1 })), 'form.json');

    expect(moreReferences.code).toBe('too_large');
    expect(moreReferences.message).toContain(`the number of legal references (${L.maxLegalReferences + 1})`);
    expect(longerReference.code).toBe('too_large');
    expect(longerReference.message).toContain(`limit of ${L.maxLegalReferenceChars} characters per legal reference`);
  });

  it('is refused with a message that lists ten broken rows, counts the rest and stays within its cap', async () => {
    const csv = utf8(`${HEADER}\n${Array.from({ length: 4_000 }, (_, i) => `op9.unknown${i},all,yes,Act,note`).join('\n')}\n`);

    const refusal = await refusalOf(csv, 'matrix.csv', { state: 'PRT' });

    expect(refusal.code).toBe('invalid_structure');
    expect(refusal.message).toContain('the template has 4000 problem(s)');
    expect(refusal.message).toContain('and 3990 more');
    expect(refusal.message.length).toBeLessThanOrEqual(MAX_REFUSAL_MESSAGE_CHARS);
  });
});

describe('a prose document with more findings than the caps', () => {
  it('is read, its contacts cut to the cap, and says so', async () => {
    const people = Array.from({ length: 60 }, (_, i) => `Contact: Amina Diallo${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}, amina.${i}@mfa.example.gov`);
    const text = `Permanent Mission of the Republic of Senegal to the United Nations\n\nNational report on resolution 1540 (2004).\n\n${people.join('\n')}\n`;

    const extraction = await extractDocument({ bytes: utf8(text), fileName: 'report.txt', state: 'SEN' });

    expect(extraction.contacts).toHaveLength(L.maxContacts);
    expect(extraction.contacts[0]?.email).toBe('amina.0@mfa.example.gov');
    expect(extraction.warnings).toContain(FINDINGS_TRUNCATED);
  });
});

describe('the largest input that passes every cap', () => {
  it('is a JSON form in Chinese at every cap, accepted, whose submission item is well under 400 KB', async () => {
    const largest = form();

    const extraction = await extractDocument({ bytes: json(largest), fileName: 'form.json', state: 'CHN' });
    const bytes = dynamoItemBytes(submissionItem(extraction));

    expect(extraction.matrix).toHaveLength(L.maxMatrixEntries);
    expect(extraction.matrix.flatMap((m) => m.legalReferences)).toHaveLength(L.maxLegalReferences);
    expect(extraction.matrix.flatMap((m) => m.evidence)).toHaveLength(L.maxEvidence);
    expect(extraction.contacts).toHaveLength(L.maxContacts);
    expect(extraction.assistanceRequested).toHaveLength(L.maxAssistanceItems);
    expect(bytes).toBeLessThan(DYNAMODB_ITEM_LIMIT_BYTES * 0.5);
    // One more contact and the same form is refused: this is the largest.
    expect((await refusalOf(json(form({ contacts: L.maxContacts + 1 })), 'form.json')).code).toBe('too_large');
  });

  it('at every cap at once (matrix, contacts and deadlines, as no one document has them), is still well under 400 KB', () => {
    const overfull: Extraction = {
      file: 'f'.repeat(200),
      sha256: '0'.repeat(64),
      format: 'pdf',
      state: 'CHN',
      language: 'zh',
      reportType: 'national_report',
      documentDate: '2026-01-01',
      treaties: [...TREATIES],
      matrix: MATRIX_ELEMENTS.flatMap((element) => WEAPONS.map((weapon) => ({
        element, weapon, measure: 'yes' as const,
        legalReferences: [chinese(1_000), chinese(1_000)],
        evidence: [{ text: chinese(1_000), page: 1_000 }, { text: chinese(1_000), page: 1_000 }],
      }))),
      gaps: [...MATRIX_ELEMENTS],
      contacts: Array.from({ length: 100 }, (_, i) => ({ name: chinese(500), email: `${i}${'x'.repeat(240)}@example.org`, role: chinese(500) })),
      assistanceRequested: [...MATRIX_ELEMENTS],
      deadlines: Array.from({ length: 100 }, () => ({
        date: '2027-01-31', precision: 'day' as const, recurrence: 'yearly' as const, concerns: 'states' as const, title: chinese(1_000), task: chinese(1_000), evidence: chinese(1_000),
      })),
      warnings: ['state_mismatch', 'text_truncated', 'committee_text_from_state'],
    };

    const bounded = cutFindingsToCaps(overfull);
    const bytes = dynamoItemBytes(submissionItem(bounded));

    expect(bounded.warnings).toContain(FINDINGS_TRUNCATED);
    expect(bounded.contacts).toHaveLength(L.maxContacts);
    expect(bounded.deadlines).toHaveLength(L.maxDeadlines);
    expect(bounded.matrix.flatMap((m) => m.evidence)).toHaveLength(L.maxEvidence);
    expect(bytes).toBeLessThan(DYNAMODB_ITEM_LIMIT_BYTES * 0.65);
  });
});
