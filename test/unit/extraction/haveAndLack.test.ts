/**
 * What a state has in place against what it lacks, read from the structure of tables and paragraphs: a legislation table
 * that puts the instrument first, a help column whose yes or no answers the help asked, a row label that names several
 * subjects, a biosafety heading, a request worded as help welcomed. Inputs written for these tests, in several languages.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { readLabelledRow, readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { REQUEST_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { detectTreaties } from '../../../shared/extraction/detection/treaties.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n\n')), fileName: 'document.txt', state: 'BLR' });
const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element).sort();
const labelsOf = (f: string) => elementsIn(f, { heading: true, label: true });
const statedIn = (f: string, gap: boolean) => elementsIn(f, { gap });

async function docxWithTable(before: string[], rows: string[][]): Promise<Uint8Array> {
  const table = new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
  const doc = new Document({ sections: [{ children: [...before.map((text) => new Paragraph(text)), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a legislation table that puts the instrument before its field', () => {
  it.each([
    { what: 'en', cells: ['Decree-Law No. 31 of 2009, article 4', 'ban on holding chemical weapons', 'In force', 'life imprisonment'], element: 'op2.chemical' },
    { what: 'fr', cells: ['Loi n° 2011-07 du 3 mars 2011, article 12', 'registre des sources radioactives', 'En vigueur', '—'], element: 'op3a.accounting' },
    { what: 'ar', cells: ['القانون رقم (12) لسنة 2015، المادة 9', 'تمويل الأعمال الإرهابية', 'نافذ', 'يشمل الشروع'], element: 'op2.financing' },
  ])('reads the first cell as the reference and the field as the row\'s subject ($what)', ({ cells, element }) => {
    expect(readMarkedRow(cells, labelsOf)).toMatchObject({ elements: [element], status: 'measure' });
  });

  it.each([
    { what: 'ru', cells: ['Изменения в Закон «Об экспортном контроле» о контроле финансовых и транспортных услуг, связанных с экспортом', 'Регулирование брокерской деятельности', 'проект'] },
    { what: 'en', cells: ['Amendments to the Export Control Act 2012 on financial and transport services related to exports', 'Regulation of brokering', 'Draft'] },
  ])('keeps a draft instrument in the label: it names what is missing ($what)', ({ cells }) => {
    expect(readMarkedRow(cells, labelsOf)).toMatchObject({ elements: expect.arrayContaining(['op3d.financing_services']), status: 'gap' });
  });

  it('keeps a subject-first row with no reference beside its mark as neither (en)', () => {
    expect(readMarkedRow(['Chemical weapons', 'ban on holding them', 'In force', 'life imprisonment'], labelsOf)).toMatchObject({ status: 'neither' });
  });
});

describe('a row label that names several subjects', () => {
  const labelled = (...cells: string[]) => readLabelledRow(cells, labelsOf, () => false, statedIn);

  it.each([
    { what: 'en', cells: ['Criminal law (chemical and biological weapons)', 'The Penal Code (Act No. 4 of 2012, s. 77) punishes the making and holding of chemical weapons. No provision covers biological weapons.'] },
    { what: 'fr', cells: ['Droit pénal (armes chimiques et biologiques)', "Le Code pénal (loi n° 4 du 2 mai 2012, art. 77) réprime la fabrication et la détention d'armes chimiques. Aucune disposition ne vise les armes biologiques."] },
    { what: 'es', cells: ['Derecho penal (armas químicas y biológicas)', 'El Código Penal (Ley N° 4 de 2012, art. 77) castiga la fabricación y la posesión de armas químicas. No existe disposición alguna sobre las armas biológicas.'] },
  ])('keeps the subject the law covers and gives the one only a lack names as missing ($what)', ({ cells }) => {
    expect(labelled(...cells)).toMatchObject({ elements: ['op2.chemical'], status: 'measure', missing: ['op2.biological'] });
  });
});

describe('a yes or no under a column of the help asked', () => {
  it('answers the help, not whether the row\'s measure is in force (es, docx)', async () => {
    const bytes = await docxWithTable(
      ['REPÚBLICA DEL ECUADOR', 'Quito, 2 de mayo de 2031', 'Plan de acción nacional'],
      [
        ['Obligación', 'Situación actual', 'Meta', 'Fecha prevista', 'Asistencia requerida'],
        ['OP2 – Armas químicas', 'Vigente: Ley N° 12-30, arts. 3 a 9', 'Reglamento de la ley', 'junio de 2032', 'No'],
        ['OP3 c) – Aduanas', 'Vigente: detectores en el puerto de Manta (Ley N° 4-28 de Aduanas, art. 41)', 'Extender a los aeropuertos', 'diciembre de 2032', 'Sí: capacitación'],
        ['OP2 – Armas biológicas', 'No existe tipificación penal', 'Ley que prohíba las armas biológicas', 'diciembre de 2032', 'Sí: asesoría legislativa'],
      ],
    );
    const extraction = await extractDocument({ bytes, fileName: 'plan.docx' });

    expect(present(extraction)).toEqual(['op2.chemical', 'op3c.border_control']);
    expect(extraction.gaps).toEqual(['op2.biological']);
  });
});

describe('an action plan whose header wraps a cell onto a line of its own', () => {
  it.each([
    ['fr', ['N°\tAction\tResponsable\tÉchéance\tAssistance', 'demandée', '3.1\tAdoption du règlement sur la protection physique des sources radioactives\tAgence de régulation\tT2 2031\tNon']],
    ['en', ['No.\tAction\tLead\tDeadline\tAssistance', 'requested', '3.1\tAdoption of the regulation on the physical protection of radioactive sources\tRegulatory Authority\tQ2 2031\tNo']],
  ])('still reads its rows as actions to take (%s)', async (_language, lines) => {
    const extraction = await extractText(['Ministry of Foreign Affairs', 'National action plan', ...lines]);

    expect(present(extraction)).toEqual([]);
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });
});

describe('a heading on biosafety', () => {
  it.each([
    ['ru', '2. Биологическая безопасность', 'Министерство здравоохранения ежегодно проверяет все лаборатории, работающие с возбудителями опасных инфекций, на основании Закона № 96-З.'],
    ['en', '2. Biological safety', 'The Ministry of Health inspects every laboratory that works with dangerous pathogens each year under Act No. 96 of 2014.'],
    ['zh', '二、生物安全', '卫生部依据第96号法令每年检查所有从事危险病原体工作的实验室。'],
  ])('names the control of laboratories, not a biological weapon (%s)', async (_language, heading, sentence) => {
    const extraction = await extractText(['Ministry of Foreign Affairs', heading, sentence]);

    expect(present(extraction)).not.toContain('op2.biological');
    expect(present(extraction)).toContain('op3b.physical_protection');
  });
});

describe('a ban whose acts are written as Arabic nouns with their pronoun', () => {
  it('makes non-State actors who must not make or hold the weapons OP2\'s subject, not OP1\'s recipients (ar)', () => {
    const folded = fold('لا يوجد نص تشريعي يجرم تصنيعها أو حيازتها أو نقلها من قبل الجهات من غير الدول');

    expect(elementsIn(folded, { gap: true })).not.toContain('op1');
  });
});

describe('help welcomed', () => {
  it.each([
    ['en', 'The Government welcomes any technical support in drafting biosafety regulations.'],
    ['fr', 'Le Gouvernement accueille favorablement toute assistance pour la rédaction du règlement.'],
    ['es', 'El Gobierno acoge con agrado cualquier apoyo técnico para redactar el reglamento.'],
    ['ru', 'Правительство приветствует любую помощь в подготовке правил.'],
    ['ar', 'ترحب الحكومة بأي دعم فني في صياغة اللائحة.'],
    ['zh', '政府希望在以下方面获得援助：起草条例。'],
  ])('is a request (%s)', (_language, sentence) => {
    expect(REQUEST_CUE.test(fold(sentence))).toBe(true);
  });

  it('is no request where the help was received (en)', () => {
    expect(REQUEST_CUE.test(fold('The Government welcomed the support it received from partners in 2024.'))).toBe(false);
  });
});

describe('treaties given by their abbreviations', () => {
  it.each([
    ['ru', 'Республика является участником ДНЯО, КХО и МКБАЯТ.'],
    ['fr', 'La République est partie au TNP, à la CIAC et à la CIRATN.'],
  ])('reads the nuclear terrorism convention by its abbreviation (%s)', (_language, sentence) => {
    expect(detectTreaties(unitsOf([sentence]))).toContain('icsant');
  });
});
