/**
 * What a table row, a request or an offer says of the measures in place: a tab-separated row whose cells wrap onto lines
 * of their own, a status written with its adverb last, the related services named with a bracket or beside their
 * exports, a law stated in the same sentence as a request, a need met, illicit trafficking that customs combat, and an
 * offer to share experience. The documents are written here, for states and wording the labelled corpus does not show.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { labelElements, readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { legalReferencesIn } from '../../../shared/extraction/detection/legalReferences.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { utf8 } from './support/documents.js';

async function extractText(lines: string[]) {
  return extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
}

const OPENING = 'The Permanent Mission of Paraguay presents its compliments to the Chair and transmits the national report of Paraguay.';
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);
const rowsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] }).map((u) => u.text).filter((t) => t.includes('\t'));

describe('a tab-separated row whose cells wrap onto lines of their own', () => {
  it('joins the lines that open with an empty cell to the cell the row left unfinished, column by column', () => {
    const rows = rowsOf([
      'Area\tInstrument\tStatus\tRemarks',
      'Financing\tAct on the Prevention of Money Laundering and the',
      '\tfinancing of terrorism and proliferation, s. 22\tIn force\t',
      'Delivery systems\t—\tNone\ta working group studies the',
      '\t\t\tquestion',
    ]);
    expect(rows).toEqual([
      'Area\tInstrument\tStatus\tRemarks',
      'Financing\tAct on the Prevention of Money Laundering and the financing of terrorism and proliferation, s. 22\tIn force',
      'Delivery systems\t—\tNone\ta working group studies the question',
    ]);
  });

  it('keeps as a row of its own a line that leaves its first cell blank to fill an earlier column', () => {
    const rows = rowsOf(['Paragraph\tWeapon\tStatus', 'OP 2\tnuclear\tIn force', '\tchemical\tNone']);
    expect(rows).toEqual(['Paragraph\tWeapon\tStatus', 'OP 2\tnuclear\tIn force', 'chemical\tNone']);
  });

  it('reads the status the wrapped line carries as the row\'s', async () => {
    const extraction = await extractText([
      OPENING,
      '',
      'Element\tLegal basis\tStatus\tRemarks',
      'OP 2, financing\tAct on the Prevention of Money Laundering and the Financing of Terrorism',
      '\tand of Proliferation, s. 22\tIn force\t',
      'OP 3 (d), related services\t—\tNone\tto be covered by amendments to the',
      '\t\t\texport control act',
    ]);
    expect(present(extraction)).toContain('op2.financing');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('a status with its adverb after it', () => {
  it.each([
    ['en', 'In force partially'],
    ['fr', 'En vigueur partiellement'],
    ['es', 'Vigente en parte'],
    ['ru', 'Действуют частично'],
  ])('is a partial mark: beside its law, a measure whatever the remark lacks (%s)', (_language, status) => {
    const row = readMarkedRow(['OP 3 (a), accounting', 'Decree No. 52 of 2021', status, 'sources only; no pathogen inventory'], (f) => elementsIn(f, { heading: true }));
    expect(row).toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });
});

describe('the related services as a row\'s label', () => {
  it.each([
    ['en', 'Related services (financing, insurance and transport)'],
    ['fr', 'Services connexes (financement et transport)'],
    ['zh', '相关服务（融资和运输）'],
  ])('are OP3 (d)\'s services with a bracket that says what they are (%s)', (_language, label) => {
    expect(labelElements(fold(label), (f) => elementsIn(f, { heading: true, label: true }))).toEqual(['op3d.financing_services']);
  });
});

describe('a remark on a financing row that names the services with their exports', () => {
  it('makes those services a gap where no row of the table is theirs', async () => {
    const extraction = await extractText([
      OPENING,
      '',
      'Area\tIn place\tRemarks',
      'Financing of proliferation\tNo\tThere is no rule on financing of proliferation nor on the services connected with exports',
    ]);
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});

describe('a request that states, in a clause of its own, a law in force', () => {
  it('reads that clause as the measure it states', async () => {
    const extraction = await extractText([
      'Request for assistance',
      '',
      'Terrorist financing and complicity are offences under Act No. 14 of 2016 on the Financing of Terrorism, therefore the assistance requested concerns only export-related controls.',
    ]);
    expect(present(extraction)).toContain('op2.financing');
  });

});

describe('a need said to be met', () => {
  it.each([
    ['en', 'In 2024 border officers attended a course on export control run by a partner programme; this training need has been met.'],
    ['fr', "En 2024, des agents des douanes ont suivi un stage sur le contrôle des exportations organisé par un programme partenaire ; ce besoin de formation a été satisfait."],
    ['es', 'En 2024, funcionarios de aduanas asistieron a un curso sobre control de exportaciones; la necesidad de capacitación ha sido atendida.'],
  ])('reports help received, not an export control in force (%s)', async (_language, sentence) => {
    const extraction = await extractText([OPENING, '', 'Export controls', '', sentence]);
    expect(present(extraction)).toEqual([]);
  });
});

describe('illicit trafficking that customs combat', () => {
  it.each([
    ['en', 'Customs deploy radiation detectors for radioactive materials at the main ports to combat illegal trafficking.'],
    ['zh', '海关在主要口岸部署放射性物质探测设备，并与警方合作打击非法贩运。'],
  ])('is a border control, not a prohibition of the weapon whose materials are detected (%s)', (_language, sentence) => {
    const found = elementsIn(fold(sentence));
    expect(found).toContain('op3c.border_control');
    expect(found).not.toContain('op2.nuclear');
  });
});

describe("the state's offer to share its experience", () => {
  it('states no measure where it cites no law by its number', async () => {
    const extraction = await extractText(['中华人民共和国常驻联合国代表团向委员会主席致意，并谨转递中国关于第1540（2004）号决议执行情况的报告。', '', '其他', '', '中国愿继续通过双边渠道，与有需要的国家分享出口管制立法和执法经验，提供力所能及的帮助。']);
    expect(present(extraction)).toEqual([]);
  });

  it('cites an Arabic decision whose number stands in brackets', () => {
    expect(legalReferencesIn('تنفذها الوحدة بموجب القرار رقم (27) لسنة 2021 بشأن التجميد')).toEqual(['القرار رقم (27) لسنة 2021']);
  });
});
