/**
 * What a status column and a paragraph say is in place, read apart from what only looks like it: a status partly in force
 * in either word order, or in force with its limits after it; a law cited as a draft or still to enter into force; a
 * Cyrillic paragraph code; a yes or no under a column that asks about help; "no change" under a plan's target; a law a
 * plan will amend; training, workshops and equipment beside a stated lack; a treaty title whose name was masked inside its
 * marks; an Arabic denial after a comma. The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { labelElements, readLabelledRow, readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { DRAFT_TEXT, GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { maskTreatyNames } from '../../../shared/extraction/detection/treaties.js';
import { utf8 } from './support/documents.js';

const labelOf = (f: string) => elementsIn(f, { heading: true, label: true });
const statedIn = (f: string, gap: boolean) => elementsIn(f, { gap });
const marked = (...cells: string[]) => readMarkedRow(cells, labelOf, statedIn);
const labelled = (...cells: string[]) => readLabelledRow(cells, labelOf, () => false, statedIn);
/** A state's report: a note's opening line, then the lines given. */
const OPENING = 'The Permanent Mission of Tonga to the United Nations has the honour to transmit the national report of Tonga on the implementation of resolution 1540 (2004).';
const extractText = (lines: string[]) => extractDocument({ bytes: utf8([OPENING, '', ...lines].join('\n')), fileName: 'report.txt' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('a status partly in force with the adverb after it', () => {
  it.each([['en', 'In force partially'], ['fr', 'En vigueur partiellement'], ['es', 'Vigente parcialmente'], ['ru', 'Действует частично']])(
    'is a measure beside its law (%s)', (_language, status) => {
      expect(marked('OP2 – chemical weapons', 'Act No. 14 of 2021, ss. 3 to 9', status, 'declaration rules not yet issued')).toMatchObject({ elements: ['op2.chemical'], status: 'measure' });
    },
  );
});

describe('a status that opens with "in force" and names its limits', () => {
  it.each([
    ['es', 'Vigente (solo fuentes selladas; no cubre los desechos)'],
    ['es', 'Vigente para fuentes selladas; no existe para agentes patógenos'],
    ['fr', 'En vigueur pour les sources scellées ; aucun registre des agents pathogènes'],
  ])('is the law partly in place (%s)', (_language, status) => {
    expect(labelled('PO 3 a) – registro', 'Decreto 45 de 2018, art. 12', status)).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });

  it('stays a gap where no cell cites a law', () => {
    expect(labelled('PO 3 a) – registro', '—', 'Vigente para fuentes selladas; no existe para agentes patógenos')).toMatchObject({ status: 'gap' });
  });
});

describe('a law cited as a draft or not yet in force', () => {
  it.each([
    ['Draft Strategic Goods Act (draft), section 4; submitted to Parliament in May 2026'],
    ['《战略物项出口管制法（草案）》第4条；已提交议会审议'],
  ])('is no reference beside a yes: %s', (cell) => {
    expect(marked('OP3 (d) export control', 'Yes', cell)).toMatchObject({ elements: ['op3d.export_control'], status: 'gap' });
  });

  it.each([
    ['en', 'The regulations were issued in March and will enter into force on 1 July 2027.'],
    ['en', 'Decree 12 of 2026 enters into force on 1 January 2027.'],
    ['fr', 'Le décret entrera en vigueur le 1er janvier 2027.'],
    ['es', 'Expedido; entra en vigor el 1 de marzo de 2027.'],
    ['ru', 'Постановление вступит в силу с 1 января 2027 года.'],
    ['zh', '该条例将于2027年1月1日起施行。'],
  ])('is stated missing by its entry into force to come (%s)', (_language, text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });

  it('is not said of a law that entered into force', () => {
    expect(GAP_CUE.test(fold('The Act entered into force on 1 January 2019 and is applied by customs.'))).toBe(false);
    expect(DRAFT_TEXT.test(fold('Customs Act 2019, s. 52'))).toBe(false);
  });

  it('makes a table row with an issued decree a gap', () => {
    expect(labelled('PO 3 d) – exportaciones', 'Decreto 0415 de 2026 sobre bienes estratégicos', 'Expedido; entra en vigor el 1 de marzo de 2027')).toMatchObject({ elements: ['op3d.export_control'], status: 'gap' });
  });
});

describe('a Russian paragraph code', () => {
  it.each([
    ['ОП 1 — непредоставление поддержки', ['op1']],
    ['ОП 3 d) — финансирование и услуги', ['op3d.financing_services']],
    ['ОП 3 г), меры наказания', ['op3d.penalties']],
  ])('%s names %j', (text, elements) => {
    expect(labelElements(fold(text), labelOf)).toEqual(elements);
  });
});

describe('a Chinese treaty title in its marks', () => {
  it('is blanked whole, its "prohibition" with it', () => {
    expect(maskTreatyNames(fold('蒙古国是《禁止化学武器公约》的缔约国。'))).not.toContain('禁止');
  });

  it('leaves no national prohibition beside a nuclear-weapon-free status', async () => {
    const extraction = await extractText([
      '1. 佛得角是《不扩散核武器条约》、《禁止化学武器公约》和《禁止生物武器公约》的缔约国，并享有无核武器地位。',
    ]);
    expect(present(extraction)).not.toContain('op2.nuclear');
  });
});

describe('a table whose header asks about help', () => {
  it('reads its yes or no as the answer on help, not on the measure', async () => {
    const extraction = await extractText([
      'The needs of Tonga are listed below.', '',
      'Area\tCurrent situation\tAssistance needed?\tForm of assistance',
      'Source register\tThe Radiation Board keeps a register under section 12 of the Radiation Act 2015\tNo\t—',
      'Funds and services related to exports\tSection 8 of the Proliferation Financing Act 2019 freezes funds of listed persons\tNo\t—',
    ]);
    expect(present(extraction)).toEqual(expect.arrayContaining(['op3a.accounting', 'op3d.financing_services']));
    expect(extraction.gaps).not.toContain('op3d.financing_services');
    expect(present(extraction)).not.toContain('op3d.export_control');
  });
});

describe('"no change" under a plan\'s target column', () => {
  it('leaves the baseline\'s law standing', async () => {
    const extraction = await extractText([
      'Plan de acción de Panamá.', '',
      'Área\tLínea de base\tMeta\tResponsable',
      'PO 3 d) – Sanciones\tCódigo Penal, art. 288 (contrabando), con prisión de 2 a 6 años\tSin cambios\tMinisterio Público',
    ]);
    expect(present(extraction)).toContain('op3d.penalties');
  });
});

describe('a plan whose last column asks for external support', () => {
  it.each([
    ['fr', ['N°\tDomaine\tSituation actuelle\tAction prévue\tÉchéance\tResponsable\tAppui extérieur', "1\tArmes chimiques (PO 2)\tLoi n° 2020-31 portant application de la CIAC, en vigueur\tTextes d'application\tJuin 2030\tAutorité nationale\tNon", '2\tProtection physique (PO 3 b)\tAucune réglementation\tArrêté sur la sécurité des sources\tDécembre 2030\tANRSN\tOui : sécurisation des sources']],
    ['en', ['No.\tArea\tCurrent situation\tPlanned action\tDeadline\tLead\tExternal support', '1\tChemical weapons (OP 2)\tChemical Weapons Act 2020, in force\tRegulations on scheduled chemicals\tJune 2030\tNational Authority\tNo', '2\tPhysical protection (OP 3 b)\tNo regulation\tOrder on the security of sources\tDecember 2030\tRegulator\tYes: securing sources']],
  ])('reads the situation column for what is in force, and the rows answered yes as requests (%s)', async (_, lines) => {
    const extraction = await extractText(['Plan d\'action national.', '', ...lines]);
    expect(present(extraction)).toContain('op2.chemical');
    expect(extraction.gaps).not.toContain('op2.chemical');
    expect(extraction.assistanceRequested).toEqual(['op3b.physical_protection']);
  });
});

describe('a law cited under a plan\'s target', () => {
  it('is the one to amend, not a measure', async () => {
    const extraction = await extractText([
      'Plan de acción de Honduras.', '',
      'Área\tLínea de base\tMeta\tPlazo',
      'PO 2 – Armas biológicas\tNo hay tipificación penal\tReforma del Código Penal (Decreto N.º 130-2017)\tJunio de 2027',
    ]);
    expect(present(extraction)).not.toContain('op2.biological');
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('a treaty section filed under an operative paragraph', () => {
  it('gives its sentences no element', async () => {
    const extraction = await extractText([
      'Замечания к разделу ОП1 (международные договоры)', '',
      '1. Вопрос о присоединении к Гаагскому кодексу поведения изучается министерством.',
    ]);
    expect(extraction.gaps).not.toContain('op1');
  });
});

describe('training, workshops and equipment beside a stated lack', () => {
  it.each([
    {
      lang: 'en', lines: [
        'Physical protection', '',
        '8. Three officers of the Energy Regulatory Authority attended a regional training course in 2025, and the Authority received a secure storage container. No physical protection regulation has yet been adopted.',
      ],
    },
    {
      lang: 'es', lines: [
        'Protección física', '',
        '8. En 2025, funcionarios de la Autoridad Reguladora participaron en un curso regional y se recibieron cámaras de vigilancia. Aún no existe una norma de protección física.',
      ],
    },
    {
      lang: 'ar', lines: [
        'الحماية المادية', '',
        '8 - تسلمت هيئة الطاقة أجهزة إنذار، وشارك موظفوها في دورة تدريبية إقليمية. ولم تصدر بعد أي لائحة تحدد متطلبات الحماية المادية.',
      ],
    },
  ])('are capacity, not the measure ($lang)', async ({ lines }) => {
    const extraction = await extractText(lines);
    expect(present(extraction)).not.toContain('op3b.physical_protection');
    expect(extraction.gaps).toContain('op3b.physical_protection');
  });

  it('leave a law the paragraph cites standing', async () => {
    const extraction = await extractText([
      'Physical protection', '',
      '8. Section 20 of the Radiation Act 2016 requires licensees to protect sources against theft, and officers attended a training course in 2025. No rules yet govern transport security.',
    ]);
    expect(present(extraction)).toContain('op3b.physical_protection');
  });
});

describe('an Arabic denial after a comma', () => {
  it('is a clause of its own beside the licence the decision requires', async () => {
    const extraction = await extractText([
      'مراقبة التصدير', '',
      '8 - يخضع قرار وزير التجارة رقم (20) لسنة 2021 تصدير المواد الكيميائية المدرجة لترخيص مسبق، ولا يشمل هذا القرار السلع الأخرى ذات الاستخدام المزدوج.',
    ]);
    expect(present(extraction)).toContain('op3d.export_control');
  });
});
