/**
 * What is not the state's measure though it reads like one: another state's law presented at a workshop or taken as a model,
 * a draft order, a drafted amendment in a row whose number is glued to its first cell, the rest of a request cut at its
 * semicolons, and an action plan whose baseline and help columns are headed with a second name or as a question.
 * The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { namesPresentSituation } from '../../../shared/extraction/detection/matrixTableRows.js';
import { helpColumn, rowRequest } from '../../../shared/extraction/detection/requestTables.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { describesAnotherStatesLaw } from '../../../shared/extraction/detection/state.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe("another state's own law, presented or taken as a model", () => {
  it.each([
    { lang: 'en', language: 'en', own: 'NPL', text: 'Two customs officers attended a workshop in Manila at which the export licensing system of Malaysia was presented.' },
    { lang: 'en', language: 'en', own: 'NPL', text: "The drafters studied Singapore's licensing system for strategic goods." },
    { lang: 'fr', language: 'fr', own: 'TCD', text: "Le projet s'inspire de la loi du Sénégal relative au contrôle des exportations de biens à double usage." },
    { lang: 'es', language: 'es', own: 'GTM', text: 'Se tomó como referencia la experiencia de Costa Rica, cuya ley establece un registro de fuentes radiactivas.' },
    { lang: 'ru', language: 'ru', own: 'TJK', text: 'Был изучен опыт Республики Казахстан, где действует единый реестр патогенов.' },
  ])('is read as that state\'s ($lang)', ({ language, own, text }) => {
    expect(describesAnotherStatesLaw(fold(text), language, own)).toBe(true);
  });

  it.each([
    { lang: 'en', language: 'en', own: 'NPL', text: 'Customs control goods at the border with India under the Customs Act 2007, section 12.' },
    { lang: 'fr', language: 'fr', own: 'TCD', text: 'La douane contrôle les marchandises aux postes frontaliers avec le Cameroun en application du Code des douanes.' },
    { lang: 'es', language: 'es', own: 'GTM', text: 'Las aduanas aplican la Ley de Aduanas en la frontera con México.' },
    { lang: 'ru', language: 'ru', own: 'TJK', text: 'Таможенные органы осуществляют контроль на границе с Узбекистаном в соответствии с Таможенным кодексом.' },
    { lang: 'en', language: 'en', own: 'NPL', text: 'The licensing system of Nepal is set out in the Export Act 2019, section 4.' },
  ])('leaves a neighbour named in passing, or the state itself, as the author\'s measure ($lang)', ({ language, own, text }) => {
    expect(describesAnotherStatesLaw(fold(text), language, own)).toBe(false);
  });

  it('drops the measure from a report that says the control is missing at home', async () => {
    const extraction = await extractText([
      'Note verbale from the Permanent Mission of Nepal to the United Nations',
      '',
      'Export controls',
      '',
      '12. Nepal has no licensing system for the export of dual-use goods, and no national control list has been adopted.',
      '',
      '13. In May 2026 two officers of the Department of Customs attended a regional workshop in Manila, at which the licensing system of Malaysia and its catch-all provisions were presented.',
    ]);
    expect(present(extraction)).not.toContain('op3d.export_control');
    expect(extraction.gaps).toContain('op3d.export_control');
  });
});

describe('a draft order or ordinance', () => {
  it.each([
    ['en', 'Draft order on the security of radioactive sources'],
    ['fr', "Projet d'arrêté relatif à la sécurité des sources radioactives"],
    ['es', 'Proyecto de resolución sobre la seguridad de las fuentes radiactivas'],
    ['ru', 'Проект приказа о физической защите радиоактивных источников'],
    ['ar', 'مشروع قرار بشأن أمن المصادر المشعة'],
  ])('is a text not adopted yet (%s)', (_lang, text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });
});

describe("a row's number glued to its first cell", () => {
  it.each([
    {
      lang: 'ru', header: '№ | Нормативный правовой акт | Элемент резолюции | Статус',
      row: '3 Поправки в Уголовный кодекс о средствах доставки оружия массового уничтожения\tп. 2 — средства доставки\tразрабатываются Министерством юстиции',
    },
    {
      lang: 'en', header: 'No. | Instrument | Element | Status',
      row: '4 Amendments to the Penal Code on means of delivery of weapons of mass destruction\tOP2 means of delivery\tbeing drafted by the Ministry of Justice',
    },
  ])('is no law number: the drafted amendment stays a gap ($lang)', async ({ header, row }) => {
    const extraction = await extractText(['Note verbale from the Permanent Mission of Tajikistan to the United Nations', '', header.replaceAll(' | ', '\t'), row]);
    expect(present(extraction)).not.toContain('op2.delivery');
    expect(extraction.gaps).toContain('op2.delivery');
  });
});

describe('a request cut at its semicolons', () => {
  it.each([
    {
      lang: 'en', text: '15. Nepal would welcome assistance from States in a position to provide it, in particular for the drafting of legislation prohibiting biological weapons; for radiation detection equipment and training for customs officers at the main border crossings; for the establishment of a national register of radioactive sources; and for expert advice on an export control law.',
    },
    {
      lang: 'fr', text: "15. Le Tchad accueillerait favorablement une assistance des États en mesure de la fournir, en particulier pour la rédaction d'une loi interdisant les armes biologiques ; pour des équipements de détection des rayonnements et la formation des douaniers aux principaux postes frontaliers ; pour la mise en place d'un registre national des sources radioactives ; et pour des conseils sur une loi de contrôle des exportations.",
    },
  ])('asks for all it names: no measure is read from its later items ($lang)', async ({ text }) => {
    const extraction = await extractText(['Assistance', '', text]);
    expect(present(extraction)).not.toContain('op3a.accounting');
    expect(extraction.assistanceRequested).toContain('op3a.accounting');
  });
});

describe("an action plan's column heads", () => {
  it.each([
    ['es', 'Situación actual (línea de base)'], ['en', 'Current situation (baseline)'], ['fr', 'Situation de référence'], ['es', 'Situación de referencia'], ['ar', 'الوضع المرجعي'],
  ])('name the baseline with a second name in brackets or as its reference (%s)', (_lang, head) => {
    expect(namesPresentSituation(fold(head).trim())).toBe(true);
  });

  it.each([
    ['es', ['Situación actual', 'Acción prevista', 'Plazo', '¿Asistencia?']], ['en', ['Baseline', 'Action', 'Deadline', 'Assistance?']], ['zh', ['现状', '行动', '期限', '援助？']], ['ar', ['الوضع الراهن', 'الإجراء', 'الموعد', 'المساعدة؟']],
  ])('name the help column as a question (%s)', (_lang, heads) => {
    expect(helpColumn(heads)).not.toBeNull();
  });

  it('read a baseline that cites the law in force as the measure, whatever its row\'s action names', async () => {
    const extraction = await extractText([
      'Note verbale from the Permanent Mission of Guatemala to the United Nations', '',
      'Matriz de acciones', '',
      'Situación actual (línea de base)\tAcción prevista\tResponsable\tPlazo\t¿Asistencia?',
      'Financiamiento: la Ley contra el Financiamiento del Terrorismo (Decreto 58-2005), art. 4, tipifica la financiación, la tentativa y la complicidad.\tCapacitar a la Unidad de Inteligencia Financiera\tSuperintendencia de Bancos\tMarzo de 2028\tNo',
      'Contabilidad de materiales: la Dirección General de Energía mantiene el inventario nacional de fuentes radiactivas (Acuerdo Gubernativo 12-2019, art. 21).\tDigitalizar el inventario y realizar inspecciones anuales\tDirección General de Energía\tSeptiembre de 2027\tNo',
    ]);
    expect(present(extraction)).toEqual(expect.arrayContaining(['op2.financing', 'op3a.accounting']));
    expect(extraction.gaps).not.toContain('op2.financing');
    expect(extraction.gaps).not.toContain('op3a.accounting');
  });

  it.each([
    ['es', ['Situación actual', 'Acción prevista', 'Responsable', 'Plazo', '¿Asistencia?'], ['Servicios conexos:', 'Estudio sobre la', 'Comisión Nacional', 'Diciembre de 2028 No'], false],
    ['en', ['Baseline', 'Action', 'Lead', 'Deadline', 'Assistance'], ['Related services:', 'Study on the', 'Central Bank', 'December 2028 Yes'], true],
    ['fr', ['Situation actuelle', 'Action', 'Responsable', 'Échéance', 'Assistance'], ['Services connexes :', 'Étude sur', 'Banque centrale', 'Décembre 2028 Non'], false],
  ])("read a help mark a PDF glued to the cell before it as the help column's answer (%s)", (_lang, heads, cells, asks) => {
    const column = helpColumn(heads)!;
    const row = { units: [], cells, number: null, text: cells.join('\t'), wholeCells: null };
    expect(rowRequest(row, column) !== null).toBe(asks);
  });

  it('count the baseline column on the row as read, its help cell included', async () => {
    const extraction = await extractText([
      'Note verbale from the Permanent Mission of Guatemala to the United Nations', '',
      'Matriz de acciones', '',
      'Situación actual\tAcción prevista\tResponsable\tPlazo\t¿Asistencia?',
      'Contabilidad de materiales: la Dirección General de Energía mantiene el inventario nacional de fuentes radiactivas (Acuerdo 12-2019).\tDigitalizar el inventario\tDirección General de Energía\tSeptiembre de 2027\tNo',
    ]);
    expect(present(extraction)).toContain('op3a.accounting');
  });
});
