/**
 * A treaty's status read from how the statement or the table is built, with inputs written here (states and wording the
 * labelled corpora do not use): a step put in the future; a domestic procedure begun; an apposition that says party while the
 * clause's verb denies something else; a name that wraps over the lines under a table's last row; a line between two rows
 * that names an instrument of its own with no status; a name that never crosses from one cell into the next.
 */
import { describe, expect, it } from 'vitest';
import { detectTreaties } from '../../../shared/extraction/detection/treaties.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';

const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const treatiesOf = (lines: string[]) => detectTreaties(unitsOf(lines)).sort();

describe('a step of joining put in the future', () => {
  it.each([
    ['en', 'Accession to the Comprehensive Nuclear-Test-Ban Treaty is to be examined by the new Government.'],
    ['en', 'An Additional Protocol will be concluded with the Agency once the review of the nuclear law is complete.'],
    ['fr', "La conclusion d'un protocole additionnel sera examinée au cours de la période couverte par le plan."],
    ['es', 'La conclusión de un protocolo adicional se considerará durante el período del plan.'],
    ['ru', 'Вопрос о заключении дополнительного протокола будет рассмотрен в течение срока действия плана.'],
    ['zh', '政府将审议缔结附加议定书的问题。'],
    ['ar', 'سيتم النظر في إبرام بروتوكول إضافي خلال فترة الخطة.'],
  ])('is no treaty the state is party to (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it.each([
    ['en', 'As a State party to the Chemical Weapons Convention, Palau will report its declarations each year.'],
    ['fr', 'En tant que partie à la Convention sur les armes chimiques, les Palaos continueront de soumettre leurs déclarations.'],
  ])('leaves a treaty whose clause also says party (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['cwc']);
  });
});

describe('a domestic procedure begun', () => {
  it.each([
    ['en', 'For the 2005 Amendment to the Convention on the Physical Protection of Nuclear Material, the domestic procedure has been initiated.', []],
    ['fr', "Pour l'amendement de 2005 à la Convention sur la protection physique des matières nucléaires, une procédure interne a été engagée.", []],
    ['es', 'Respecto de la enmienda de 2005 a la Convención sobre la protección física de los materiales nucleares, se ha iniciado el trámite interno.', []],
    ['ru', 'По поправке 2005 года к Конвенции о физической защите ядерного материала запущена внутренняя процедура.', []],
    ['zh', '关于《核材料实物保护公约》2005年修正案，已启动国内程序。', []],
  ])('does not make the state a party to the amendment, and names the Convention only as what it amends (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });
});

describe('an apposition that says party', () => {
  it.each([
    ['fr', "Monaco, État partie à la Convention sur l'interdiction des armes chimiques, n'a pas d'industrie chimique lourde.", ['cwc']],
    ['es', 'Andorra, Estado parte en la Convención sobre las Armas Químicas, aún no cuenta con industria química.', ['cwc']],
    ['en', 'Tuvalu, a party to the Biological Weapons Convention, has not yet set up laboratories of containment level three.', ['bwc']],
    ['ru', 'Монголия, являясь участником Конвенции о химическом оружии, пока не имеет химической промышленности.', ['cwc']],
  ])('keeps its treaty whatever the main verb denies (%s)', (_language, line, treaties) => {
    expect(treatiesOf([line])).toEqual(treaties);
  });

  it.each([
    ['en', 'Its accession to the Chemical Weapons Convention, approved by the Cabinet in 2024, is awaiting ratification by the Senate.'],
    ['zh', '关于加入《化学武器公约》的问题，主管部门正在研究。'],
  ])('is set off on both sides: a phrase opening the clause is its subject, not an apposition (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('still reads a denial inside the apposition', () => {
    expect(treatiesOf(['Tuvalu, not yet a party to the Biological Weapons Convention, has no laboratories.'])).toEqual([]);
  });
});

describe('treaty tables', () => {
  it.each([
    ['es', ['Instrumento\tSituación\tAño', 'Convención sobre las Armas Químicas\tRatificación\t1999', 'Convenio Internacional para la\tAdhesión\t2008', 'Represión de la Financiación del', 'Terrorismo', '3. Contabilidad'], ['cwc', 'icsft']],
    ['en', ['Instrument\tStatus\tYear', 'Chemical Weapons Convention\tRatified\t1999', 'International Convention for the\tAcceded\t2008', 'Suppression of the Financing of', 'Terrorism', '3. Accounting'], ['cwc', 'icsft']],
    ['fr', ['Instrument\tStatut\tAnnée', 'Convention sur les armes chimiques\tRatifiée\t1999', 'Convention internationale pour la\tSignée\t2008', 'répression du financement du', 'terrorisme', '3. Comptabilité'], ['cwc']],
  ])('reads a name that wraps over the lines under the last row with that row\'s status (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual(treaties);
  });

  it.each([
    ['en', ['Instrument\tX\tDetails', 'Convention on the Physical Protection of Nuclear Material (CPPNM)\tX\tAccession 2002', '2005 Amendment to the CPPNM', 'Chemical Weapons Convention (CWC)\tX\tRatified 1999'], ['cppnm', 'cwc']],
    ['fr', ['Instrument\tX\tDétails', 'Convention sur la protection physique des matières nucléaires\tX\tAdhésion 2002', 'Amendement de 2005 à la Convention sur la protection physique', 'Convention sur les armes chimiques\tX\tRatifiée 1999'], ['cppnm', 'cwc']],
  ])('a line between two rows that names an instrument of its own is a row with no status, no wrapped name (%s)', (_language, lines, treaties) => {
    expect(treatiesOf(lines)).toEqual(treaties);
  });

  it.each([
    ['en', 'IAEA safeguards\tAgreement for the application of safeguards to one research reactor (INFCIRC/999), in force\t2011'],
    ['fr', 'Garanties de l\'AIEA\tAccord pour l\'application de garanties à un réacteur de recherche (INFCIRC/999)\t2011'],
  ])('reads no name across two cells of a row (%s)', (_language, row) => {
    expect(treatiesOf(['Instrument\tStatus\tYear', row])).toEqual([]);
  });
});
