/**
 * What a clause's structure says, with inputs written here (states and wording the labelled corpora do not use): a French
 * lack said by "ne … aucun"; a sentence that bars support to terrorists under one article, or as its first object, and the
 * making of the weapons under another, or as its second; a treaty the state withdrew from or whose ratification it revoked;
 * a part's numbered title in a note's opening that names points of contact, beside the note's own purpose; the Chemical and
 * Biological Weapons Conventions under one plural head.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { elementsIn } from '../../../shared/extraction/detection/matrixElements.js';
import { detectReportType } from '../../../shared/extraction/detection/reportType.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { detectTreaties } from '../../../shared/extraction/detection/treaties.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n\n')), fileName: 'document.txt' });
const treatiesOf = (lines: string[]) => detectTreaties(textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] })).sort();

describe('a French lack said by "ne … aucun"', () => {
  it.each([
    'Le Code pénal ne contient aucune infraction visant les armes chimiques.',
    'La loi douanière ne réprime aucun acte de courtage.',
    "Le décret ne vise encore aucune installation de stockage des sources.",
  ])('is a gap cue (%s)', (sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });

  it('is not read of the means a service holds', () => {
    expect(GAP_CUE.test(fold('Les agents des douanes ne possèdent aucun équipement de détection des rayonnements.'))).toBe(false);
  });

  it('makes the weapons a code has no offence for gaps, not measures', async () => {
    const extraction = await extractText([
      'Rapport de la République du Niger',
      "En revanche, le Code pénal ne contient aucune infraction spécifique concernant les armes nucléaires, chimiques ou biologiques ni leurs vecteurs.",
    ]);
    expect(extraction.matrix.map((m) => m.element)).not.toContain('op2.chemical');
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.nuclear', 'op2.chemical', 'op2.biological', 'op2.delivery']));
  });
});

describe('support to terrorists and the making of the weapons barred under articles of their own', () => {
  it.each([
    ['ru', 'Уголовный кодекс запрещает содействие террористической деятельности (статья 205), а также разработку, производство и приобретение химического и биологического оружия (статья 355).'],
    ['en', 'The Criminal Code prohibits support to terrorist groups (article 12) and the development, production or acquisition of chemical and biological weapons (article 40).'],
    ['es', 'El Código Penal prohíbe el apoyo a grupos terroristas (artículo 8) y el desarrollo, la producción o la adquisición de armas químicas y biológicas (artículo 31).'],
    ['fr', "Le Code pénal (articles 12 et 40) interdit tout soutien aux groupes terroristes, ainsi que la fabrication, l'acquisition et la détention d'armes chimiques et biologiques."],
    ['ru', 'Уголовный кодекс (статьи 12 и 40) запрещает оказание поддержки террористическим группам, а также изготовление, приобретение и хранение химического и биологического оружия.'],
  ])('reads OP1 and the weapons the other article bans (%s)', (_language, sentence) => {
    const found = elementsIn(fold(sentence));
    expect(found).toEqual(expect.arrayContaining(['op1', 'op2.chemical', 'op2.biological']));
  });

  // No article closes the support: the "and" that opens a second object with its own article or relative does.
  it.each([
    ['en', 'The Penal Code of 2016 bans support to non-State actors and the manufacture, possession or transfer of chemical and biological weapons.'],
    ['es', 'El Código Penal castiga a quien preste ayuda a organizaciones terroristas y a quien fabrique, adquiera o posea armas químicas y biológicas.'],
    ['fr', "Le Code pénal réprime le soutien à des acteurs non étatiques et la fabrication, l'acquisition ou la détention d'armes chimiques et biologiques."],
    ['ru', 'Уголовный кодекс запрещает поддержку террористическим организациям и производство, приобретение и хранение химического и биологического оружия.'],
  ])('reads OP1 and the weapons of the second object joined by "and" (%s)', (_language, sentence) => {
    const found = elementsIn(fold(sentence));
    expect(found).toEqual(expect.arrayContaining(['op1', 'op2.chemical', 'op2.biological']));
  });

  it('leaves the weapons a support would serve, under one article, to OP1', () => {
    const found = elementsIn(fold('The Criminal Code prohibits support to terrorist groups seeking to develop, acquire or manufacture chemical or biological weapons (article 12).'));
    expect(found).toContain('op1');
    expect(found).not.toContain('op2.chemical');
  });
});

describe('a treaty the state withdrew from, or whose ratification it revoked', () => {
  it.each([
    ['en', 'In 2024 the ratification of the Comprehensive Nuclear-Test-Ban Treaty was revoked.'],
    ['en', 'Nauru withdrew from the Comprehensive Nuclear-Test-Ban Treaty in 2024.'],
    ['fr', "En 2024, la ratification du Traité d'interdiction complète des essais nucléaires a été retirée."],
    ['es', 'En 2024 se retiró del Tratado de Prohibición Completa de los Ensayos Nucleares.'],
    ['ru', 'В 2024 году ратификация Договора о всеобъемлющем запрещении ядерных испытаний была отозвана.'],
    ['zh', '2024年撤销了对《全面禁止核试验条约》的批准。'],
    ['ar', 'وفي عام 2024 انسحبت الدولة من معاهدة الحظر الشامل للتجارب النووية.'],
  ])('is no treaty the state is party to (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual([]);
  });

  it('leaves a treaty whose reservation the state withdrew', () => {
    expect(treatiesOf(['Palau is a party to the Geneva Protocol of 1925 and withdrew its reservation to it in 2019.'])).toEqual(['geneva_1925']);
  });
});

describe("a part's numbered title in the opening that names points of contact", () => {
  it.each([
    ['ar', [
      'تهدي البعثة الدائمة لدولة الكويت تحياتها إلى رئيس اللجنة، وتتشرف بأن تحيل إليه المعلومات الإضافية التالية بشأن التدابير التي اتخذتها الدولة منذ تقريرها السابق، وكذلك تحديث بيانات جهات الاتصال.',
      'أولا: التشريعات', 'يحظر القانون رقم 3 لسنة 2019 حيازة المواد النووية دون ترخيص.',
      'ثانيا: تحديث جهات الاتصال الوطنية', 'عينت الوزارة منسقا وطنيا جديدا.',
    ]],
    ['en', [
      'The Permanent Mission of Palau has the honour to transmit the following additional information, as well as an update of its points of contact.',
      'I. Legislation', 'The Nuclear Act 2019 prohibits the possession of nuclear material without a licence.',
      'II. Updated national points of contact', 'The Ministry has designated a new national coordinator.',
    ]],
  ])('weighs as a part of the document, whose purpose the covering sentence gives (%s)', (_language, lines) => {
    expect(detectReportType(fold(lines.join('\n')), true)).toBe('additional_information');
  });
});

describe('additional information on what was done since an earlier national report', () => {
  it.each([
    ['ru', 'В ответ на письмо Комитета имею честь препроводить дополнительную информацию о мерах, принятых Российской Федерацией со времени представления национального доклада 2023 года.'],
    ['en', 'In reply to the Committee\'s letter, I have the honour to transmit additional information on the measures Palau has taken since the submission of its national report of 2023.'],
    ['fr', "En réponse à la lettre du Comité, j'ai l'honneur de vous transmettre des informations complémentaires sur les mesures prises par le Bénin depuis la présentation de son rapport national de 2023."],
  ])('is additional information, the report named as what it follows or as still valid (%s)', (_language, sentence) => {
    const rest = '1. Физическая защита\nПравила физической защиты утверждены в 2025 году.\nВ остальном сведения, содержащиеся в национальном докладе 2023 года, остаются в силе.';
    expect(detectReportType(fold(`${sentence}\n${rest}`), true)).toBe('additional_information');
  });
});

describe('the Chemical and Biological Weapons Conventions named under one plural head', () => {
  it.each([
    ['en', 'Palau is a party to the Chemical and Biological Weapons Conventions.'],
    ['fr', 'Les Palaos sont parties aux Conventions sur les armes chimiques et biologiques.'],
    ['es', 'Palau es Estado parte en las Convenciones sobre las Armas Químicas y Biológicas.'],
    ['ru', 'Палау является участником Конвенций о химическом и биологическом оружии.'],
    ['zh', '帕劳是化学和生物武器公约的缔约国。'],
    ['ar', 'بالاو طرف في اتفاقيتي الأسلحة الكيميائية والبيولوجية.'],
  ])('names both (%s)', (_language, line) => {
    expect(treatiesOf([line])).toEqual(['bwc', 'cwc']);
  });
});
