/**
 * The extractor on report-like lines in any arrangement: the lines a report, a note or a contact list is made of (headings,
 * lines opening with a bracket or a list's letter, persons with their addresses and the lines that go on from them, copy
 * markers, labels, table rows, signatures, in the six languages), put in any order and opened, broken or spaced in the
 * ways texts come (an empty first line, CRLF, tabs, lower-case openings, lines reversed or doubled). Each is read by a
 * reading process, as ingest reads an upload, under a time ceiling far above what such a text takes: the detectors
 * follow a text's lines back and forth, and a walk that does not end is met only by the ceiling. A text of this kind
 * once kept the contact reader walking in place until the ceiling refused it (an empty line, a line in brackets, and a
 * person on a line going on from it).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../shared/extraction/contract.js';
import { IsolatedExtractor } from '../../../shared/extraction/isolatedExtraction.js';
import { utf8 } from './support/documents.js';

const CHILD_ENTRY = new URL('../../../functions/ingest/extraction.ts', import.meta.url);
/** Far above the tens of milliseconds such a text takes, and above a TypeScript child's first start on a busy machine. */
const CEILING_MS = 8_000;
const extractor = new IsolatedExtractor({ entry: CHILD_ENTRY, ceilings: { memoryMb: 512, timeMs: CEILING_MS } });

const LINES = [
  '',
  'National report of the Republic of Kenya on the implementation of Security Council resolution 1540 (2004)',
  '(translated from French)',
  '(a) Ministry of Foreign Affairs',
  'b) Ministry of Defence:',
  '1. Points of contact',
  'II. Export controls',
  'Contact person: Ms. Jane Wanjiru, Director of Legal Affairs',
  'and Mr. Peter Otieno, Director, p.otieno@mfa.go.ke',
  'Ms. Jane Wanjiru, Director, jane.wanjiru@mfa.go.ke, tel. +254 20 318 888',
  'E-mail: jane.wanjiru @ mfa.go.ke',
  'With copy to:',
  'cc: UNODA, unoda-1540@un.org',
  'Name:\tPeter Otieno',
  'Name\tPosition\tE-mail',
  'Peter Otieno\tDirector\tp.otieno@mfa.go.ke',
  '\tAdviser to the\t',
  '(Signed) Jane Wanjiru',
  'Accept, Excellency, the assurances of my highest consideration.',
  'The Customs and Excise Act (Cap. 472) controls the export of listed goods; no licensing system covers dual-use items yet.',
  'The Government has designated Mr. Peter Otieno as its national point of contact.',
  'Nairobi, 12 March 2024',
  'Point de contact : M. Mamadou Diop, Directeur, mamadou.diop@diplomatie.gouv.sn',
  'Punto de contacto: Sr. Juan Pérez, Jefe del Departamento de Desarme (jperez@minrel.gob.cl)',
  'Контактное лицо: г-н Асхат Нурланов, директор департамента, a.nurlanov@mfa.kz',
  '联系人：张强（处长），电子邮件：zhang.qiang@mfa.gov.cn',
  'جهة الاتصال: السيد أحمد علي، مدير الإدارة القانونية، ahmed.ali@mofa.gov.jo',
  '@',
  '(',
  'and',
];

/** Ways a text's lines come opened, broken and spaced. */
const ARRANGEMENTS: ReadonlyArray<[string, (text: string) => string]> = [
  ['an empty first line', (t) => `\n${t}`],
  ['CRLF line ends', (t) => t.replace(/\n/gu, '\r\n')],
  ['a bracket opening the text', (t) => `(${t}`],
  ['lower-case line openings', (t) => t.replace(/\n(\p{Lu})/gu, (_, c: string) => `\n${c.toLowerCase()}`)],
  ['tabs for runs of spaces', (t) => t.replace(/ {2,}|, /gu, '\t')],
  ['blank lines between lines', (t) => t.replace(/\n/gu, '\n\n')],
  ['lines opening with a space', (t) => t.replace(/\n/gu, '\n ')],
  ['lines opening with a bracket', (t) => t.replace(/\n/gu, '\n(')],
  ['lines in reverse order', (t) => t.split('\n').reverse().join('\n')],
  ['lines run together', (t) => t.replace(/\n/gu, ' ')],
  ['no full stops', (t) => t.replace(/\./gu, '')],
  ['every line twice', (t) => t.split('\n').flatMap((l) => [l, l]).join('\n')],
];

beforeAll(async () => {
  // The child's first start (tsx compiling the extractor) is not what the ceiling is for here.
  await extractor.extract({ bytes: utf8(LINES.slice(1, 8).join('\n')), fileName: 'warm-up.txt' });
}, 60_000);
afterAll(() => extractor.close());

describe('report-like lines in any arrangement', () => {
  it('are read, or refused for what they are, never for the time they take', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom(...ARRANGEMENTS), { maxLength: 3 }),
        async (lines, arrangements) => {
          const text = arrangements.reduce((t, [, arrange]) => arrange(t), lines.join('\n'));
          const outcome = await extractor.extract({ bytes: utf8(text), fileName: 'report.txt' }).then(
            () => 'read',
            (error: unknown) => (error instanceof RejectedInputError ? error.code : String(error)),
          );
          // A text this short is too little text at worst; `too_large` here can only be the time ceiling.
          expect(['read', 'empty', 'no_text']).toContain(outcome);
        },
      ),
      // A failing text costs the ceiling to find: it is reported as found, not shrunk further.
      { numRuns: 300, endOnFailure: true },
    );
  }, 120_000);
});
