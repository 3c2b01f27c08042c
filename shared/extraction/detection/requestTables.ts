/**
 * Tables that ask for help through the table itself rather than through a sentence (rows read whole
 * with their wrapped lines, see tableRows.ts). Two layouts:
 * - a column whose header names the help asked ("Требуемое содействие", "Asistencia requerida",
 *   "Assistance needed"): each row asks or not by its own cell ("Sí", "No", "Помощь не требуется",
 *   or the help described);
 * - a request that names the rows it is for by their numbers ("asistencia técnica para las acciones
 *   1 y 3", "assistance for actions 2 and 5").
 */
import { namesPresentSituation, NEGATIVE_MARK, POSITIVE_MARK } from './matrixTableRows.js';
import { declinesHelp, GAP_CUE, NEED_MET, REQUEST_CUE } from './statementCues.js';
import { anyOf, fold } from './textFolding.js';
import type { TableRowText } from './tableRows.js';

/**
 * A header that is the help alone ("Asistencia" over "requerida" on the next line of a PDF cell), or the need of it ("Need
 * for assistance", "Necesidad de asistencia", "Потребность в помощи", "援助需求", "الحاجة إلى المساعدة"): a column answered
 * row by row, yes or no or the help itself.
 */
const HELP_ALONE = anyOf([
  '^(assistance|support|help|aide|appui|soutien|asistencia|apoyo|ayuda|помощь|содействие|поддержка|援助|协助|支持|المساعده|الدعم)$',
  "^(need|needs) (for|of) (assistance|support|help)$", "^(assistance|support) needs?$", "^besoins? (en |d')(assistance|appui|aide|soutien)$",
  // The help wished for ("Assistance souhaitée", "Assistance desired", "Asistencia deseada", "Желаемая помощь", "希望的援助", "المساعدة المرغوبة").
  '^(assistance|support|help) (desired|wished( for)?|wanted)$', '^(assistance|aide|appui|soutien) souhaitée?s?$', '^(asistencia|apoyo|ayuda) desead[oa]s?$',
  '^желаем[а-я]* (помощь|содействие|поддержка)$', '^(希望|期望)(的)?(援助|协助|支持)$', '^(ال)?(مساعده|دعم) (ال)?(مرغوب|مطلوب)[ةه]?$',
  // The help said required, verb first as a column asks it ("Help required", "Se requiere asistencia", "Требуется помощь",
  // "Помощь требуется", "需要援助", "يلزم دعم"): the rows answer it yes or no.
  '^(assistance|support|help) (is )?(required|needed|requested)$', '^(se )?(requiere|necesita|solicita) (asistencia|apoyo|ayuda)$',
  '^(требуется|необходима|нужна|запрашивается) (помощь|содействие|поддержка)$', '^(помощь|содействие|поддержка) (требуется|необходима|нужна|запрашивается)$',
  '^(是否)?需要(援助|协助|支持)$', '^(هل )?(يلزم|تلزم|يحتاج|تحتاج|مطلوب) (ال)?(مساعد[ةه]|دعم)$',
  // The help from outside the state ("External support", "Appui extérieur", "Apoyo externo", "Внешняя помощь", "外部援助",
  // "الدعم الخارجي"): a plan's column answered yes or no, and with the help.
  '^(external|outside) (assistance|support|help)$', '^(assistance|aide|appui|soutien) (extérieure?|externe)$', '^(asistencia|apoyo|ayuda) (extern[oa]|exterior)$',
  '^внешн[а-я]* (помощь|содействие|поддержка)$', '^外部(援助|协助|支持)$', '^(ال)?(مساعد[ةه]|دعم) (ال)?خارجي[ةه]?$',
  '^necesidad(es)? de (asistencia|apoyo|ayuda)$', '^потребност[а-я]* в (помощи|содействии|поддержке)$', '^(援助|协助|支持)需求$', '^(ال)?حاج[ةه] (إلى|الى) (ال)?(مساعد[ةه]|دعم)$',
]);

/**
 * The need alone ("Need", "Besoin", "Necesidad", "Потребность", "需求", "الحاجة"), beside the area and its present state or the
 * form of help wished: what the row lacks, and so asks for.
 */
const NEED_ALONE = anyOf([
  '^(needs?|besoins?|necesidad(es)?|потребност[а-я]*|需求|需要|(ال)?(حاجه|احتياجات?))$',
  // The need with the one word that says which ("Identified need", "Besoin identifié", "Necesidad identificada", "Выявленная
  // потребность", "已确定的需求", "الاحتياج المحدد"): still the column of what each row asks.
  '^(identified|specific|priority) needs?$', '^needs? identified$', '^besoins? (identifiés?|spécifiques?|prioritaires?)$',
  '^necesidad(es)? (identificadas?|específicas?|prioritarias?)$', '^(выявленн|конкретн|приоритетн)[а-я]* потребност[а-я]*$',
  '^(已确定的|具体|优先)(需求|需要)$', '^(ال)?(حاجه|احتياجات?) (ال)?(محدد[ةه]?|ذات (ال)?اولويه)$',
]);

/**
 * A needs table's column on what is in place now: its cells say what the row's help answers, however they are written (a
 * clause with no stop), never what is asked. A head of one word ("Situation", "Status") is that column here too; in an action
 * plan such a column gives each action's stage, so the shared heads leave it out.
 */
const situationHeader = (folded: string): boolean => namesPresentSituation(folded) || /^(situation|status)$/u.test(folded);

export interface HelpColumn {
  /** The help column, counted from the right (a glued number cell shifts the left). */
  fromRight: number;
  /** Whether its header names the help as the need. */
  need: boolean;
  /** The columns on the present situation, counted from the right. */
  situation: readonly number[];
  /** How many cells the header has. */
  width: number;
}

/**
 * A header's words without the marks around them: a form asks its column as a question ("¿Asistencia?", "Assistance?",
 * "Помощь?", "援助？", "المساعدة؟") or labels it ("Assistance:"); the column is the same.
 */
const headerWords = (cell: string): string => fold(cell).trim().replace(/^[¿¡]+\s*|\s*[?？؟:：]+$/gu, '');

/** The column whose header names the help asked, or null. A column of the help itself wins over one of the need. */
export function helpColumn(headerCells: readonly string[]): HelpColumn | null {
  const fromRightWhere = (header: (folded: string) => boolean): number[] => {
    const found: number[] = [];
    for (let k = headerCells.length - 1; k >= 1; k--) if (header(headerWords(headerCells[k]!))) found.push(headerCells.length - 1 - k);
    return found;
  };
  const situation = fromRightWhere((folded) => situationHeader(folded));
  const help = fromRightWhere((folded) => REQUEST_CUE.test(folded) || HELP_ALONE.test(folded))[0];
  if (help !== undefined) return { fromRight: help, need: false, situation, width: headerCells.length };
  const need = fromRightWhere((folded) => NEED_ALONE.test(folded))[0];
  return need === undefined ? null : { fromRight: need, need: true, situation, width: headerCells.length };
}

/** A cell that says no help is needed (besides a sentence that declines it, `declinesHelp`): "Not required", "Aucune", "No se requiere", "Помощь не требуется", "不需要", "لا حاجة". */
const NOT_NEEDED = anyOf([
  '<not (required|needed|requested|applicable)>', '<none>', '<n/a>', '^-+$',
  '<non (requise?|nécessaire|demandée?|applicable)>', '<aucune?>', '<sans objet>',
  '<no (se )?(requiere|necesita|solicita)>', '<ningun[oa]>', '<no aplica>',
  '<не (требуется|нужна|нужно|запрашивается|требуются)>', '<не применимо>',
  '不需要', '无需', '不适用',
  'لا (حاجه|يلزم|ينطبق)', 'غير (مطلوب|لازم)',
  // Nothing ("Néant", "Nil", "Nada", "Ничего", "无", "لا شيء"); the need already met is `NEED_MET`.
  '<(néant|nil|nada|ничего)>', 'لا شيء', '<(needs?|requirements?) (already )?covered>',
]);

/**
 * A help cell that leaves the answer for later ("To be determined", "Will be assessed in 2031", "À déterminer", "Por
 * determinar", "Se evaluará en 2031", "Будет определено", "待定", "سيتم تحديده لاحقا"): whether help will be asked is not
 * decided, so the row asks nothing yet.
 */
const UNDECIDED = anyOf([
  '^(to be (determined|decided|assessed|evaluated|confirmed|defined)|tbd|tbc|undecided|(it )?will be (determined|decided|assessed|evaluated|considered|reviewed))>',
  '^(à (déterminer|décider|définir|évaluer|préciser|confirmer)|(sera|seront) (déterminée?s?|décidée?s?|évaluée?s?|examinée?s?))>',
  '^((por|a) (determinar|decidir|definir|evaluar|confirmar)|se (determinará|decidirá|definirá|evaluará|examinará))>',
  '^((будет|будут) (определен|решен|оценен|рассмотрен)[а-я]*|подлежит (определению|оценке)|не определен[а-я]*)', '^(待定|待评估|待确定|待决定|(将|拟)(于[^，。；]{1,12})?(评估|确定|决定))',
  '^(سيتم|سوف يتم|يتم لاحقا) (تحديد|تقييم|البت)', '^(سيحدد|ستحدد|يحدد لاحقا)',
]);

/**
 * A help cell that sends the reader elsewhere ("See paragraph below the table", "Voir le paragraphe 7", "Véase más abajo",
 * "См. ниже", "见下文", "انظر الفقرة 7"): the text it points to says whether help is asked, and is read where it stands.
 */
const REFERS_ELSEWHERE = anyOf(['^(see|cf\\.?|refer to)>', '^(voir|cf\\.?)>', '^(véase|ver|cf\\.?)>', '^(см\\.|смотри|смотрите)', '^(见|参见|参看|详见)', '^(انظر|راجع)>']);

/**
 * What one row of a table with a help column asks: null when nothing ("No", "Помощь не требуется"), else the row's texts to
 * read as the request, nearest first. For a mark, the row without the mark (its action or area). For help described, the
 * help with the row's labels (its area, "Export controls", "病原体登记"), then the whole row: a cell that tells the present
 * situation in sentences or under a column on it, or says what is missing ("No licensing system …; nor any controls on financing services"), is
 * what the row's other columns answer, not what is asked; only where the help and labels name nothing do the row's other cells
 * say what for: its action beside the situation first, then the whole row.
 */
export function rowRequest(row: TableRowText, column: HelpColumn): string[] | null {
  const at = helpIndex(row, column.fromRight);
  const cell = row.cells[at];
  if (cell === undefined) return null;
  const folded = row.cells.length < column.width ? answerAtEnd(fold(cell).trim()) : fold(cell).trim();
  const { mark, leadingMark } = marksOf(folded);
  if (mark === '' || NEGATIVE_MARK.test(leadingMark) || NOT_NEEDED.test(folded) || NEED_MET.test(folded) || declinesHelp(folded) || REFERS_ELSEWHERE.test(folded) || UNDECIDED.test(folded)) return null;
  // A status cell that says the row's need was met ("Atendida en 2024 por el OIEA", "Met (2025)"): the row asks no more.
  if (row.cells.some((c, i) => i !== at && NEED_MET.test(fold(c).trim()))) return null;
  if (POSITIVE_MARK.test(mark)) return [row.text.replace(cell, ' ')];
  const situation = situationCells(row, column);
  const labels = row.cells.filter((c, i) => i !== at && !situation.has(i) && !SENTENCE_END.test(c) && !GAP_CUE.test(fold(c)));
  // The action ("Amendment of the Penal Code to cover nuclear weapons") says what the help is for before the situation does: a
  // baseline names the weapons the code already covers as well as those it does not.
  const action = row.cells.filter((_, i) => i !== at && !situation.has(i));
  return [[...labels, cell].join(' '), ...(situation.size > 0 ? [[...action, cell].join(' ')] : []), row.text];
}

/** Only a row with the header's cells has its situation cell where the header has it: a PDF's row may glue two cells into one. */
const situationCells = (row: TableRowText, column: HelpColumn): Set<number> =>
  new Set(row.cells.length === column.width ? column.situation.map((k) => helpIndex(row, k)) : []);

/**
 * The areas a row answered yes names one by one, where a cell lists them with semicolons ("Prohibition of biological weapons;
 * laboratory biosafety | Draft bill | Yes"): each is asked for, and the law asked for the first does not hide the second, as
 * the row read whole lets it. The situation cell says what is in place, not what is asked; a row with wrapped lines has its
 * cells' ends elsewhere, and is read whole only.
 */
export function areasAnsweredYes(row: TableRowText, column: HelpColumn): string[] {
  const at = helpIndex(row, column.fromRight);
  const cell = row.cells[at];
  if (cell === undefined || row.units.length > 1 || !POSITIVE_MARK.test(marksOf(fold(cell).trim()).leadingMark)) return [];
  const situation = situationCells(row, column);
  const listing = row.cells.filter((c, i) => i !== at && !situation.has(i) && /[;；؛]/u.test(c));
  return listing.flatMap((c) => c.split(/[;；؛]/u)).map((part) => part.trim()).filter(Boolean);
}

/**
 * A row short of the header's cells has two cells glued into one (a PDF's columns set too close: "Diciembre de 2029 Sí",
 * "June 2027 No (funded)"): the help column's answer is the glued cell's last word, with its aside. Where that last word is
 * no yes or no, the cell is read whole.
 */
function answerAtEnd(folded: string): string {
  const last = /\s(\S+)(\s*\([^()]*\))?$/u.exec(folded);
  return last !== null && (POSITIVE_MARK.test(last[1]!) || NEGATIVE_MARK.test(last[1]!)) ? folded.slice(last.index + 1) : folded;
}

/** Where a row's help cell is: its column counted from the right (see `helpColumn`). */
const helpIndex = (row: TableRowText, fromRight: number): number => row.cells.length - 1 - fromRight;

export const helpCellOf = (row: TableRowText, fromRight: number): string | undefined => row.cells[helpIndex(row, fromRight)];

/**
 * A help cell's mark: "Sí (OPAQ)", "是（设备与培训）" (full-width brackets) is the mark with the partner or the help named beside it; "Non : équipement fourni par le Japon",
 * "No – already funded", "否：已由日本提供" the mark, then why (the why names the help another gave, not what the row asks).
 */
function marksOf(folded: string): { mark: string; leadingMark: string } {
  const mark = folded.replace(/\s*[(（].*[)）]\s*$/u, '').trim();
  return { mark, leadingMark: mark.replace(/\s*(?:[:：;؛,،，]|\s[-–—]\s).*$/u, '').replace(FOR_NOW, '').trim() };
}

/**
 * The time a mark holds for, after it: "Non pour le moment", "No for now", "No por ahora", "Нет пока", "暂时否", "لا حاليا". The
 * mark is the answer, for now as for good.
 */
const FOR_NOW = anyOf([
  '\\s+(for (now|the (moment|time being))|at (this|the present) (stage|time)|yet|currently)$', "\\s+(pour (le moment|l'instant)|à ce stade|actuellement|pas encore)$",
  '\\s+(por (ahora|el momento)|de momento|en esta etapa|todavía|aún|actualmente)$', '\\s+(пока|на данном этапе|в настоящее время)$', '^(暂时|目前|现阶段)', '\\s+(حاليا|في الوقت الحالي|في هذه المرحله)$',
]);

/** A help cell that describes the help ("Advice on establishing a register"), not one that only marks it ("Non", "Oui"). */
export function describesHelp(cell: string): boolean {
  const { mark, leadingMark } = marksOf(fold(cell).trim());
  return mark !== '' && !NEGATIVE_MARK.test(leadingMark) && !POSITIVE_MARK.test(leadingMark);
}

/** A cell or line written as a sentence, with its stop: a column on the present situation, a request said whole. */
export const SENTENCE_END = /[.。!?！？؟]\s*$/u;

/**
 * The rows a sentence names by number as the ones help is asked for: "las acciones 1 y 3",
 * "actions 2 and 5", "les mesures 1 et 4", "мероприятий 1 и 3", "行动1和3", "الإجراءين 1 و3".
 */
const NUMBERED_ROWS = anyOf([
  '<(actions?|activities|activity|measures?|items?|rows?|acciones|acción|actividad(es)?|medidas?|mesures?|activités?|мероприяти[а-я]*|мер[аыу]?|действи[а-я]*)( (nos?\\.?|n°|núms?\\.?|№))? ?\\d{1,2}(( ?, ?| (and|y|e|et|и|or|ou|o|или) )\\d{1,2})*>',
  '(行动|措施|活动)第?\\d{1,2}(?!\\d)项?(([和、及与]|以及)第?\\d{1,2}(?!\\d)项?)*', '第\\d{1,2}项?(([和、及与]|以及)第?\\d{1,2}项?)*(行动|措施|活动)',
  '(الإجراء|التدابير|التدبير|الأنشطة|النشاط)[^ ]* \\d{1,2}(( ?، ?| ?, ?| و ?)\\d{1,2})*(?!\\d)',
], 'gu');

export function rowNumbersNamed(folded: string): number[] {
  const numbers = new Set<number>();
  for (const m of folded.matchAll(NUMBERED_ROWS)) for (const d of m[0].matchAll(/\d+/gu)) numbers.add(Number(d[0]));
  return [...numbers];
}
