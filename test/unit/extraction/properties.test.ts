import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RejectedInputError, REJECTION_CODES } from '../../../shared/extraction/contract.js';
import { findDates } from '../../../shared/extraction/detection/dates.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
} as const;

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabicDigits = (n: number) => String(n).replace(/\d/gu, (d) => ARABIC_DIGITS[Number(d)]!);

const formats: Record<string, (d: number, m: number, y: number) => string> = {
  en: (d, m, y) => `${d} ${MONTHS.en[m - 1]} ${y}`,
  enUs: (d, m, y) => `${MONTHS.en[m - 1]} ${d}, ${y}`,
  fr: (d, m, y) => `le ${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`,
  es: (d, m, y) => `${d} de ${MONTHS.es[m - 1]} de ${y}`,
  ru: (d, m, y) => `«${d}» ${MONTHS.ru[m - 1]} ${y} г.`,
  zh: (d, m, y) => `${y}年${m}月${d}日`,
  ar: (d, m, y) => `${arabicDigits(d)} ${MONTHS.ar[m - 1]} ${arabicDigits(y)}`,
  numeric: (d, m, y) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
};

const validDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });

describe('date parsing', () => {
  it.each(Object.keys(formats))('reads back any day written in the %s form', (form) => {
    fc.assert(
      fc.property(validDate, fc.string({ maxLength: 20 }), (date, noise) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const text = `${noise.replace(/\d/gu, '')} \n${formats[form]!(d, m, y)}\n`;
        const found = findDates(text).filter((x) => x.day !== null);
        expect(found.map((x) => [x.year, x.month, x.day])).toContainEqual([y, m, d]);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws, takes bounded time and returns only real calendar dates on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const started = performance.now();
        for (const d of findDates(text)) {
          expect(d.month).toBeGreaterThanOrEqual(1);
          expect(d.month).toBeLessThanOrEqual(12);
          if (d.day !== null && d.year !== null) {
            expect(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDate()).toBe(d.day);
          }
        }
        expect(performance.now() - started).toBeLessThan(200);
      }),
      { numRuns: 300 },
    );
  });

  it('does not take 30 February or month 13 for a date', () => {
    expect(findDates('30.02.2024 and 12.13.2024 and 2024-02-30')).toEqual([]);
  });
});

/** Every outcome is either an extraction or a refusal with a contract code; nothing else. */
async function outcomeOf(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    await extractDocument({ bytes, fileName });
    return 'ok';
  } catch (error) {
    if (error instanceof RejectedInputError) return error.code;
    throw error;
  }
}

describe('readers on hostile bytes', () => {
  it.each(['pdf', 'docx', 'xlsx', 'csv', 'json', 'txt'])('never crash on random bytes named .%s', async (extension) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
        const started = performance.now();
        const outcome = await outcomeOf(bytes, `upload.${extension}`);
        expect(['ok', ...REJECTION_CODES]).toContain(outcome);
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: 60 },
    );
  });

  it('never crash on PDF-looking garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1_500 }), fc.boolean(), async (body, withEof) => {
        const bytes = new Uint8Array([...strToU8('%PDF-1.7\n'), ...body, ...(withEof ? strToU8('\nstartxref\n0\n%%EOF\n') : [])]);
        const outcome = await outcomeOf(bytes, 'x.pdf');
        expect(['corrupt', 'no_text', 'encrypted', 'ok']).toContain(outcome);
      }),
      { numRuns: 40 },
    );
  });

  it('never crash on zip containers with random parts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('word/document.xml', 'xl/workbook.xml', 'other.xml'), fc.string({ maxLength: 500 }), async (part, xml) => {
        const bytes = zipSync({ [part]: strToU8(xml), 'xl/worksheets/sheet1.xml': strToU8(xml) });
        const outcome = await outcomeOf(bytes, 'x.docx');
        expect(['ok', ...REJECTION_CODES]).toContain(outcome);
      }),
      { numRuns: 60 },
    );
  });
});

describe('template parsers on arbitrary rows', () => {
  const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('op1', 'op2.nuclear', 'all', 'nuclear', 'yes', 'no', 'partial', '=1+1', '@SUM(A1)'));

  it('either accept the rows or refuse them as invalid_structure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 12 }), async (rows) => {
        const csv = ['element,weapon,measure,legal_reference,notes', ...rows.map((r) => r.map((c) => `"${c.replace(/"/gu, '""')}"`).join(','))].join('\n');
        const outcome = await outcomeOf(new TextEncoder().encode(csv), 'm.csv');
        expect(['ok', 'invalid_structure']).toContain(outcome);
      }),
      { numRuns: 150 },
    );
  });

  it('accept any well-formed JSON value or refuse it as invalid_structure or unknown_state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 3 }), async (json) => {
        const outcome = await outcomeOf(new TextEncoder().encode(json), 'f.json');
        expect(['ok', 'invalid_structure', 'unknown_state', 'empty']).toContain(outcome);
      }),
      { numRuns: 150 },
    );
  });
});
