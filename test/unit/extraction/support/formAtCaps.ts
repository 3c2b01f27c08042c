/**
 * The largest JSON form that passes every cap: every matrix cell with a legal reference and a note
 * at their longest, every contact field at its longest, every element asking for assistance, in
 * Chinese (three bytes per character in UTF-8, the worst case the caps are counted for). Options
 * move one cap past its limit.
 */
import { MATRIX_ELEMENTS, WEAPONS } from '../../../../shared/extraction/contract.js';
import { FINDING_LIMITS as L } from '../../../../shared/extraction/findingLimits.js';

export const chinese = (chars: number) => '核'.repeat(chars);

export interface FormOptions {
  rows?: number;
  contacts?: number;
  referenceChars?: number;
  notesChars?: number;
  state?: string;
}

export function formAtCaps(options: FormOptions = {}) {
  const cells = MATRIX_ELEMENTS.flatMap((element) => WEAPONS.map((weapon) => ({ element, weapon })));
  const rows = Array.from({ length: options.rows ?? L.maxMatrixEntries }, (_, i) => ({
    ...cells[i % cells.length]!,
    measure: 'yes',
    legalReference: `${i}${chinese((options.referenceChars ?? L.maxLegalReferenceChars) - String(i).length)}`,
    notes: chinese(options.notesChars ?? L.maxTemplateCellChars),
  }));
  const contacts = Array.from({ length: options.contacts ?? L.maxContacts }, (_, i) => ({
    name: chinese(L.maxContactNameChars),
    email: `${String(i).padStart(4, '0')}${'x'.repeat(L.maxContactEmailChars - 4 - '@mfa.example.gov'.length)}@mfa.example.gov`,
    role: chinese(L.maxContactRoleChars),
  }));
  return { state: options.state ?? 'CHN', reportType: 'additional_information', language: 'zh', matrix: rows, contacts, assistanceRequested: [...MATRIX_ELEMENTS] };
}

