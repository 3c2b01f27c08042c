/**
 * A state's reply to the Committee's draft matrix, and lacks said in other words: a mark the writer withdraws, an entry
 * confirmed with "no change", a yes that is only in part, a bill by its Latin American name, a text in legislative drafting,
 * a law's reach that leaves the weapon outside, no duty to keep a record, an offender's intent, and the Russian ban as a
 * noun. The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { readMarkedRow } from '../../../shared/extraction/detection/matrixTableRows.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { utf8 } from './support/documents.js';

const row = (...cells: string[]) => readMarkedRow(cells, (f) => elementsIn(f, { heading: true }), (f, gap) => elementsIn(f, { gap }));
const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'reply.txt', state: 'NZL' });

describe('a mark the reply withdraws', () => {
  it.each([
    ['OP2 delivery systems', 'X', 'Please delete the X: the Arms Act 1983 covers firearms only, and no ban on missiles applies.'],
    ['OP2 delivery systems', 'X', 'Replace with “No”. The Arms Act 1983 does not reach missiles.'],
    ['PO 2 vecteurs', 'X', 'Supprimer la croix : la loi n° 12-04 ne vise pas les missiles.'],
    ['PO 2 sistemas vectores', 'X', 'Eliminar la X; la Ley 45 de 2010 no abarca los misiles.'],
  ])('is a gap, whatever law the draft cited (%s | %s | %s)', (...cells) => {
    expect(row(...cells)).toMatchObject({ elements: ['op2.delivery'], status: 'gap' });
  });

  it('leaves a confirmed mark a measure', () => {
    expect(row('OP2 delivery systems', 'X', 'Confirmed: the Missile Control Act 2015, s. 3, bans them.')).toMatchObject({ status: 'measure' });
  });
});

describe('a yes only in part', () => {
  it.each(['Yes, in part', 'Oui, en partie', 'Sí, en parte', 'Да, частично'])('is a partial mark beside its law (%s)', (mark) => {
    expect(row('OP3 (a) accounting', '—', `${mark}: a register of sources is kept; no inventory of toxic chemicals`, 'Radiation Safety Regulations 2016, reg. 22'))
      .toMatchObject({ elements: ['op3a.accounting'], status: 'measure' });
  });
});

describe('an entry confirmed with "no change"', () => {
  const reply = (comment: string) => extractText([
    'Comments of the Government of New Zealand on the draft matrix',
    '',
    'Field\tDraft entry\tComment',
    'OP3(b) physical protection\tX - Radiation Safety Act 2016, s. 9\tAgreed.',
    `OP3(a) accounting and securing\tX - Radiation Safety Regulations 2016, reg. 22\t${comment}`,
  ]);
  it('keeps the mark and its law a measure', async () => {
    expect((await reply('Correct, no change.')).matrix.map((m) => m.element)).toContain('op3a.accounting');
  });
});

describe('a lack in other words', () => {
  it.each([
    'La iniciativa de reforma al Código Penal para tipificar las armas biológicas está en consulta.',
    'An amendment to the Arms Act on delivery systems is in public consultation.',
    'Les armes biologiques restent hors du champ d’application de la loi n° 2015-12.',
    'Biological weapons fell outside the scope of the Weapons Act 2015.',
    'Las armas biológicas quedaron fuera del alcance de la Ley 45.',
    'Holders of radioactive sources are under no obligation to declare them.',
    'No national inventory of toxic chemicals is kept.',
    'الصياغة التشريعية لتعديل قانون العقوبات بما يجرم الأسلحة البيولوجية.',
  ])('%s', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it('is not the intent of the offender a law describes', () => {
    expect(GAP_CUE.test(fold('Section 12 of the Crimes Act 1961 punishes support to a person who intends to commit a terrorist act.'))).toBe(false);
    expect(GAP_CUE.test(fold('The Government intends to introduce a bill.'))).toBe(true);
  });
});

describe('the Russian ban as a noun', () => {
  it('makes the non-State actors the ban is addressed to OP2\'s, not OP1\'s', () => {
    const lack = fold('Законодательство пока не содержит запрета на разработку химического оружия негосударственными субъектами.');
    expect(elementsIn(lack, { gap: true })).toEqual(['op2.chemical']);
  });
});
