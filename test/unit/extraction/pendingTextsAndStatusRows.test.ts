/**
 * Texts adopted but not yet published, what is still to be regulated, and status rows read by their cells: a label with
 * its paragraph's code, a "none" the remark explains, a status "in force" for part of the field. The inputs are written
 * here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { readLabelledRow, readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';

const labelsOf = (f: string) => elementsIn(f, { heading: true });
const statedIn = (f: string, gap: boolean) => elementsIn(f, { gap });

describe('a text not yet in force or still to be written', () => {
  it.each([
    'The regulations were approved by the Minister and are awaiting publication in the Gazette.',
    "Arrêté signé, en attente de publication au Journal officiel.",
    'Decreto firmado, pendiente de publicación en la Gaceta Oficial.',
    'Постановление ожидает официального опубликования.',
    '条例已获通过，待正式公布。',
    'صدر القرار وهو في انتظار النشر في الجريدة الرسمية',
    'Quedan por reglamentar los servicios de transporte vinculados a las exportaciones.',
    'El corretaje sigue sin estar tipificado.',
    'ستحدد العقوبات في النظام المشار إليه',
  ])('is a lack (%s)', (text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });

  it('leaves a published law alone', () => {
    expect(GAP_CUE.test(fold('The regulations were published in the Gazette on 3 May 2021.'))).toBe(false);
  });
});

describe('rows of a status table', () => {
  it('counts a label by its words, not the code and dash before them', () => {
    const cells = ['OP 3 (d) – Licensing of exports, of transit and of transhipment', 'Strategic Goods Regulations of 2 June 2026',
      'Signed by the Minister; awaiting publication in the Gazette', '—'];
    expect(readLabelledRow(cells, labelsOf, () => false, statedIn)).toMatchObject({ elements: ['op3d.export_control'], status: 'gap' });
  });

  it.each([
    ['OP2 – Armes chimiques', '—', 'Néant', 'La loi n° 31-2018 ne vise que les sources radioactives'],
    ['OP2 delivery systems', 'None', 'None', 'The draft matrix cites the Arms Act 1983; that Act does not cover missiles'],
  ])('reads a "none" the remark explains as a gap (%s)', (...cells) => {
    expect(readMarkedRow(cells, labelsOf, statedIn)).toMatchObject({ status: 'gap' });
  });

  it('leaves a "none" beside a law in force, with no explanation, to another column', () => {
    expect(readMarkedRow(['OP3 (c) border control', 'Customs Act 2015, s. 40', 'None'], labelsOf, statedIn)).toBeNull();
  });

  it('reads a status in force for part of the field, beside its instrument, as a measure', () => {
    const cells = ['الفقرة 3 (ب): الحماية المادية', 'تعليمات أمن المصادر المشعة لسنة 2019', 'نافذ بالنسبة إلى المصادر المشعة', 'لا تشمل مختبرات الأحياء الدقيقة'];
    expect(readLabelledRow(cells, labelsOf, () => false, statedIn)).toMatchObject({ elements: ['op3b.physical_protection'], status: 'measure' });
  });
});

describe('a law confined to part of the element, and what it has not yet covered', () => {
  it('is a measure: the denial after the Arabic comma is a clause of its own', async () => {
    const { extractDocument } = await import('../../../shared/extraction/extractDocument.js');
    const { utf8 } = await import('./support/documents.js');
    const text = [
      'الأسلحة البيولوجية: يقتصر القانون رقم (7) لسنة 2020 بشأن الأسلحة البيولوجية على تجريم استعمالها، ولم يشمل بعد نقلها أو تخزينها.',
    ].join('\n');
    const result = await extractDocument({ bytes: utf8(text), fileName: 'update.txt', state: 'OMN' });
    expect(result.matrix.map((m) => m.element)).toContain('op2.biological');
    expect(result.gaps).not.toContain('op2.biological');
  });
});
