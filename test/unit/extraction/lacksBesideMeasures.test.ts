/**
 * What a state says it lacks, read beside what it has: a request's own clause on the lack, a needs table's cell that names
 * another element in force, a body applying a law named by its title, a remark naming another paragraph's element by two
 * of its words, a schedule's action, a law that does not mention the subject, an OP1 heading over a sentence citing no law,
 * and a PDF table's label wrapped onto a row of its own. The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { withWrappedLabelsJoined } from '../../../shared/extraction/readers/pdfLines.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('a request item whose own clause states the lack', () => {
  it.each([
    {
      lang: 'en', lines: [
        'The Permanent Mission of Fiji requests assistance in the following areas:', '',
        '(a) Assistance in drafting a law prohibiting biological weapons, as there is currently no legislation on the matter;', '',
        '(b) Support for a national control list and export licensing, since there is at present no export control system.',
      ],
    },
    {
      lang: 'fr', lines: [
        "La Mission permanente du Tchad sollicite une assistance dans les domaines suivants :", '',
        "a) Assistance pour la rédaction d'une loi interdisant les armes biologiques, car il n'existe aucun texte en la matière ;", '',
        "b) Appui à l'élaboration d'une liste nationale de contrôle et de licences d'exportation, puisqu'il n'existe aucun contrôle des exportations.",
      ],
    },
    {
      lang: 'ar', lines: [
        'تطلب البعثة الدائمة لليمن المساعدة في المجالات التالية:', '',
        '(أ) المساعدة في صياغة قانون يحظر الأسلحة البيولوجية، إذ لا يوجد أي نص تشريعي في هذا الشأن؛', '',
        '(ب) المساعدة في إعداد قائمة مراقبة ونظام لتراخيص التصدير، حيث لا يوجد أي نظام لمراقبة الصادرات.',
      ],
    },
  ])('names what is missing as a gap ($lang)', async ({ lines }) => {
    const extraction = await extractText(lines);
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.biological', 'op3d.export_control']));
  });
});

describe("a needs table's situation cell", () => {
  it.each([
    {
      lang: 'en', header: 'Area | Assistance requested | Current situation',
      row: 'Biological weapons legislation | Legal advice on a bill | No criminal provision on biological weapons exists yet. Chemical weapons are offences under article 45 of the Penal Code.',
    },
    {
      lang: 'es', header: 'Área | Asistencia solicitada | Situación actual',
      row: 'Legislación sobre armas biológicas | Asesoría para un proyecto de ley | No existe aún ninguna disposición penal sobre armas biológicas. Las armas químicas están tipificadas en el artículo 210 del Código Penal.',
    },
  ])('keeps the other element it cites in force beside the row\'s lack ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['The Permanent Mission of Fiji requests assistance.', '', header, row]);
    expect(present(extraction)).toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.biological');
  });

  it.each([
    {
      lang: 'en', header: 'Area | Assistance requested | Current situation',
      row: 'Border control | Radiation detectors for the port | The Revenue Authority inspects goods at every point of entry under the National Customs Law; it has no detection equipment.',
    },
    {
      lang: 'fr', header: 'Domaine | Assistance demandée | Situation actuelle',
      row: "Contrôle aux frontières | Portiques de détection | La Direction générale des douanes contrôle les marchandises à tous les points d'entrée en application du Code des douanes ; elle ne dispose pas de détecteurs.",
    },
  ])('reads a body applying a law named by its title as the measure in place ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['The Permanent Mission of Fiji requests assistance.', '', header, row]);
    expect(present(extraction)).toContain('op3c.border_control');
    expect(extraction.gaps).not.toContain('op3c.border_control');
  });
});

describe("a gap row's remark that names another paragraph's element by two of its words", () => {
  it.each([
    { lang: 'en', header: 'Matrix element | In place | Legal basis | Comment', row: 'OP2 biological weapons | No | | Biosafety and biosecurity bill being prepared' },
    { lang: 'zh', header: '领域 | 法律文书 | 状态', row: '生物武器 | 《生物安全与生物安保法》草案 | 起草中' },
    { lang: 'es', header: 'Elemento | Instrumento | Estado', row: 'Armas biológicas | Anteproyecto de ley de bioseguridad y biocustodia | en elaboración' },
  ])('makes it a gap where the table gives it no row of its own ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['National report of Fiji', '', header, row]);
    expect(extraction.gaps).toEqual(expect.arrayContaining(['op2.biological', 'op3b.physical_protection']));
  });

  it('leaves it to its own row where the table has one (en)', async () => {
    const extraction = await extractText([
      'National report of Fiji', '', 'Matrix element | In place | Legal basis | Comment',
      'OP2 biological weapons | No | | Biosafety and biosecurity bill being prepared',
      'OP3 (b) physical protection | Yes | | No change since 2019',
    ]);
    expect(extraction.gaps).not.toContain('op3b.physical_protection');
  });
});

describe("a schedule's row", () => {
  it.each([
    { lang: 'en', header: 'Action | Lead agency | Target date | Status', row: 'Prepare a Biological Weapons Bill | Ministry of Health | June 2028 | Not started' },
    { lang: 'fr', header: 'Action | Responsable | Échéance | État', row: "Préparer un projet de loi sur les armes biologiques | Ministère de la santé | juin 2028 | Non commencé" },
  ])('names what is to be done as a gap where it states nothing in force ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['National action plan of Fiji', '', header, row]);
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('a law that does not mention the subject', () => {
  it.each([
    ['en', 'Means of delivery are not specifically mentioned in national legislation.'],
    ['fr', 'Les vecteurs ne sont pas mentionnés dans la législation nationale.'],
    ['es', 'Los vectores no se mencionan en la legislación nacional.'],
    ['ru', 'Средства доставки в законодательстве специально не упоминаются.'],
    ['zh', '现行法律未提及运载工具。'],
    ['zh', '现行法律中无涉及运载工具的规定。'],
    ['ar', 'لا يرد ذكر وسائل الإيصال في التشريع الوطني.'],
  ])('states a lack (%s)', (_lang, sentence) => {
    expect(GAP_CUE.test(fold(sentence))).toBe(true);
  });
});

describe('a sentence under an OP1 heading that cites no law', () => {
  it.each([
    { lang: 'en', heading: 'I. General provisions and operative paragraph 1', sentence: '1. The report was prepared by an interagency working group led by the Ministry of Foreign Affairs.' },
    { lang: 'es', heading: 'I. Disposiciones generales y párrafo 1', sentence: '1. El informe fue preparado por un grupo de trabajo interinstitucional dirigido por el Ministerio de Relaciones Exteriores.' },
  ])('describes no ban on support ($lang)', async ({ heading, sentence }) => {
    const extraction = await extractText(['National report of Fiji', '', heading, '', sentence]);
    expect(present(extraction)).not.toContain('op1');
  });
});

describe("a PDF table's label wrapped onto a row of its own", () => {
  it('goes on in lower case and is joined to the row above, cell by cell', () => {
    expect(withWrappedLabelsJoined([
      ['PO 3 d) - Sanctions', 'Oui', 'Code des douanes', ''], ['pénales ou civiles', '', 'art. 410', 'exportations non déclarées'],
    ])).toEqual([['PO 3 d) - Sanctions pénales ou civiles', 'Oui', 'Code des douanes art. 410', 'exportations non déclarées']]);
  });

  it.each([
    [['a) Nuclear', 'Yes']], [['op 3 (b)', 'Yes']], [['核武器', '是']],
  ])('leaves a row that opens with an item letter, a code or a script without case alone (%j)', (row) => {
    const rows = [['PO 2 - Armes nucléaires', 'Oui'], row];
    expect(withWrappedLabelsJoined(rows)).toHaveLength(2);
  });
});

describe("a lacking row's cell that says what is to be done", () => {
  it.each([
    {
      lang: 'es', header: 'Ámbito | Situación actual | Acción prevista',
      row: 'Servicios financieros y de transporte | Sin controles | Incluir en la ley de control de exportaciones, 2028',
    },
    {
      lang: 'en', header: 'Area | Current situation | Planned action',
      row: 'Financing and transport services | No controls | Amend the Export Control Act to cover them, 2028',
    },
    {
      lang: 'fr', header: 'Domaine | Situation actuelle | Action prévue',
      row: 'Services de financement et de transport | Aucun contrôle | Réviser la loi sur le contrôle des exportations, 2028',
    },
  ])('names a law to write or amend, not one in force ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['Plan of the Permanent Mission of Fiji', '', header, row]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.financing_services');
  });
});
