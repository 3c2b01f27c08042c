/**
 * Rows of a matrix-style table ("element | Yes/No | legal reference | remarks", the Committee's own
 * "X" columns), read by the row's structure rather than its wording: the cells before the mark name
 * the element; a positive mark counts only with a legal reference in another cell (a bare "Yes" or
 * "X" is the writer's claim, not a measure the text describes); a negative mark, or a remark that
 * the measure is drafted or missing, makes the element a gap.
 */
import type { MatrixElement } from '../contract.js';
import { legalReferencesIn } from './legalReferences.js';
import { ARABIC_ARTICLE, DRAFT_TEXT, GAP_CUE, MEASURE_CUE, ONLY_SO_FAR, PLANNED_ACTION } from './statementCues.js';
import { anyOf, fold } from './textFolding.js';

/**
 * A column head that says what is in place before the row's action or help: "Baseline", "Current situation", "Situation
 * actuelle", "Línea de base", "Существующее положение", "现状", "الوضع الراهن". Its cells say what exists (an action plan's
 * baseline, a needs table's situation), never the action to take or the help asked.
 */
export const PRESENT_SITUATION_HEAD = anyOf([
  '^(the )?(baseline|(current|present|existing) (situation|status|state|measures?)|state of play)$',
  '^((situation|état|etat|mesures) (actuelle?|présente?|existantes?)|état des lieux)$',
  '^(l[ií]nea (de )?base|(situaci[oó]n|estado|medidas) (actual|presente|existentes?))$',
  '^((существующ|текущ|нынешн|исходн)[а-я]* (положени|ситуаци|состояни|мер)[а-я]*|положение дел)$',
  '^(现状|现况|目前情况|当前情况|现行措施|现有(措施|情况)|基线)$', '^((ال)?(وضع|حاله|تدابير) (ال)?(حالي|راهن|قائم)(ه)?|خط (ال)?أساس)$',
  // The situation the plan starts from, named as its reference: "Reference situation", "Situation de référence", "Situación
  // de referencia", "Исходная ситуация" (above), "参考基线", "الوضع المرجعي".
  '^(reference (situation|point)|situation de référence|situaci[oó]n (de referencia|inicial)|参考(基线|情况)|(ال)?وضع (ال)?مرجعي)$',
]);

/**
 * A column head that names the present situation, alone or with its other name in brackets ("Situación actual (línea de
 * base)", "Baseline (current situation)"): either name is the column's.
 */
export const namesPresentSituation = (folded: string): boolean =>
  [folded, ...folded.split(/[(（)）]/u)].some((part) => PRESENT_SITUATION_HEAD.test(part.trim()));

/** A cell that is a mark: yes (or a cross), no. */
export const POSITIVE_MARK = anyOf(['^(yes|y|x|oui|sí|si|да|是|有|نعم)$']);
export const NEGATIVE_MARK = anyOf(['^(no|n|non|нет|否|无|لا)$']);
/**
 * A status column says "no" in words too: a draft ("Projet", "Proyecto", "проект", "草案", "مشروع") or a plan ("Planned",
 * "Prévu", "Previsto", "Планируется", "计划中", "مخطط له") is a text not adopted yet, whatever law the row's other cells
 * name (the regulation a plan will bring); nothing, no measure or none existing ("Néant", "Aucune mesure", "Inexistant",
 * "Ninguna", "Отсутствует", "没有", "尚无", "لا يوجد", "غير موجود") is a "no" where no cell cites a law in force (beside one, it
 * is another column's answer: no action to take, no remark).
 */
const DRAFT_STATUS = anyOf([
  '^(draft|draft stage|projet|avant-projet|proyecto|anteproyecto|borrador|проект|законопроект|草案|مشروع)$',
  '^(planned|prévue?s?|previst[oa]s?|planificad[oa]s?|планиру[а-я]*|запланирован[а-я]*|计划中|规划中|拟议中|مخطط( له| لها)?)$',
  // Work under way on it ("Under consideration", "Being drafted", "En cours d'examen", "En estudio", "На рассмотрении", "起草中",
  // "قيد الدراسة"): the text is not adopted yet.
  '^((under|in) (consideration|review|study|preparation|discussion|development)|being (drafted|prepared|considered|developed)|in (the )?drafting( stage)?)$',
  "^((en cours d'|en )(examen|élaboration|étude|préparation|rédaction)|à l'étude)$",
  '^((en|bajo) (estudio|examen|preparación|elaboración|consideración|revisión|redacción)|en trámite)$',
  '^(на (стадии )?(рассмотрении|разработки|согласовании)|в (стадии )?(разработке|подготовке)|разрабатывается|готовится)$',
  '^(审议中|研究中|起草中|制定中|拟订中|修订中|正在(起草|制定|审议|研究))$', '^(قيد (ال)?(دراسه|إعداد|اعداد|نظر|صياغه|مراجعه|تطوير))$',
]);
const NO_MEASURE_STATUS = anyOf([
  '^(none|nil|no measures?|non-?existent|néant|aucune?( mesure)?|inexistante?s?|ningun[oa]?( medida)?|inexistentes?|отсутству[а-я]*|не существует|没有|尚无|暂无|不存在|لا (يوجد|توجد|شيء)|غير موجود[ةه]?)$',
  // A status negated: not provided for, not in force, not covered ("No previsto", "Non prévu", "Не предусмотрено", "未规定",
  // "غير منصوص عليه"): no plan, as "Previsto" alone is, and nothing in place.
  '^(not (yet )?(provided( for)?|foreseen|planned|in force|in place|implemented|covered|regulated)|(non|pas) (encore )?(prévue?s?|en vigueur|en place|couverte?s?|réglementée?s?)|no (previst[oa]s?|contemplad[oa]s?|vigente|en vigor|implementad[oa]s?|cubiert[oa]s?|regulad[oa]s?)|не (предусмотрен[а-я]*|действу[а-я]*|реализ[а-я]*|урегулирован[а-я]*|охвачен[а-я]*)|未(规定|实施|生效|落实|涵盖)|无(规定|相关规定)|غير (منصوص عليه[اه]?|نافذ[ةه]?|مطبق[ةه]?|مشمول[ةه]?))$',
]);
/**
 * A status column that says "in force" or "implemented" ("En vigueur", "Mis en œuvre", "Vigente", "Действует", "已实施",
 * "نافذ") answers yes in words: like a "Yes", it counts only beside a legal reference ("OP 1 | No-support policy | — |
 * действует" is the writer's claim). It says so of the instrument the row names, so a cell that names one by its kind is
 * that reference without a number ("Normes de la Commission nationale … | En vigueur").
 */
const IN_FORCE_STATUS = anyOf([
  '^(in force|en vigueur|vigente|en vigor|действу[а-я]*|вступил[а-я]* в силу|(已)?生效|现行有效|ساري|ساري المفعول|نافذ[ةه]?)$',
  '^(implemented|in place|mise? en (œ|oe)uvre|en place|aplicad[oa]|implementad[oa]|en aplicación|реализ(ован[а-я]*|уется)|выполня(ется|ются)|已实施|已落实|已到位|منفذ[ةه]?|مطبق[ةه]?)$',
]);
/** A status that opens with "in force", whatever qualifies it after ("Vigente para materiales radiactivos", "En vigueur (…"). */
const IN_FORCE_OPENING = anyOf(['^(in force|en vigueur|vigente|en vigor|действу[а-я]*|(已)?生效|现行有效|ساري|نافذ[ةه]?)>']);
/** "Partially" ("Partly in place", "部分实施"): something is in place, and the remark says what is still missing. */
const PARTIAL = anyOf([
  '^(partial|partially|partly|partiel|partielle|partiellement|parcial|parcialmente|частично|部分|جزئي|جزئيا)$',
  // A yes that is only a part ("Yes, in part", "Oui, en partie", "Sí, en parte", "Да, частично", "是，部分", "نعم، جزئيا"): the
  // answer is the qualifier's.
  '^(yes|oui|sí|si|да|是|有|نعم)\\s*[,，،]?\\s*(in part|partly|partially|en partie|partiellement|en parte|parcialmente|частично|部分|جزئيا)$',
  '^((partially|partly) (in place|implemented|in force)|partiellement (en place|mise? en (œ|oe)uvre|en vigueur)|(parcialmente|en parte) (implementad[oa]|aplicad[oa]|en vigor|vigente)|частично (действу[а-я]*|реализ[а-я]*|выполн[а-я]*)|部分(实施|落实|到位|生效)|(منفذ|مطبق)[ةه]? جزئيا)$',
  // The same with the adverb after the status, as French and Spanish also place it: "En vigueur partiellement", "Vigente
  // parcialmente", "In force in part", "Действует частично": the order differs, not the answer.
  '^((in place|implemented|in force|applied) (partially|partly|in part)|(en place|mise? en (œ|oe)uvre|en vigueur|appliquée?) (partiellement|en partie)|(implementad[oa]|aplicad[oa]|en vigor|vigente) (parcialmente|en parte)|(действу[а-я]*|реализ[а-я]*|выполн[а-я]*|примен[а-я]*) частично|(نافذ|منفذ|مطبق)[ةه]? (جزئيا|بشكل جزئي))$',
]);
/**
 * A yes or "in force" qualified in brackets as partial ("En vigueur (partiel)", "In force (partly)", "Vigente (parcial)",
 * "Действует (частично)", "生效（部分）", "نافذ (جزئيا)"): the status is the bracket's, partly in place.
 */
const isPartialMark = (folded: string): boolean => {
  if (PARTIAL.test(folded)) return true;
  const qualified = /^(.+?)\s*[(（]\s*(.+?)\s*[)）]$/u.exec(folded);
  return qualified !== null && PARTIAL.test(qualified[2]!) && (IN_FORCE_STATUS.test(qualified[1]!) || POSITIVE_MARK.test(qualified[1]!));
};
/**
 * A reply to a draft matrix that withdraws the draft's mark: "Please remove the X", "replace with \"No\"", "the cell should stay
 * empty", "supprimer la croix", "remplacer par « non »", "eliminar la X", "sustituir por \"No\"", "удалить отметку", "заменить на
 * «нет»", "删除该标记", "改为\"否\"", "حذف العلامة". The mark the row carries is the draft's, and the writer says it is wrong.
 */
const QUOTE = '[\'"“”«»„「」 ]*';
const MARK_WITHDRAWN = anyOf([
  `<(remove|delete|strike( out)?|withdraw) (the |this |that )?(${QUOTE}x${QUOTE}|mark|cross|tick|entry)>`, `<replace[sd]? (it |the x |this entry |the mark )?(with|by) ${QUOTE}(no|none|blank)>`,
  '<(should|must) (stay|remain|be left) (empty|blank)>', `<(should|must) (read|be) ${QUOTE}no${QUOTE}(\\.|$|;|,)`,
  `<(supprimer|retirer|enlever|effacer) (la croix|le ${QUOTE}x${QUOTE}|la mention|la marque|cette mention)>`, `<(remplacer|corriger) par ${QUOTE}non>`, '<(doit|devrait) rester (vide|vierge)>',
  `<(suprimir|eliminar|retirar|quitar|borrar) (la ${QUOTE}x${QUOTE}|la marca|la cruz|la mención)>`, `<(sustituir|reemplazar|cambiar|corregir) por ${QUOTE}no>`, '<(debe|debería) (quedar|permanecer) (vac[ií]a|en blanco)>',
  '<(удалить|снять|убрать|исключить) (эту |данную )?(отметку|пометку|знак|крестик)', `<заменить на ${QUOTE}нет>`, '<(должна|должно|должен) остаться пуст',
  '(删除|删去|去掉)(该|此|这一)?(标记|叉)', `改为${QUOTE}(否|无)`, '(应|应当)(保持|留)空',
  '<(حذف|شطب|ازاله) (ال)?علامه', `(استبدال|استبدالها|تغيير)[^.؛]{0,20} ب${QUOTE}لا>`,
]);
/** A cell that opens with a yes or a no, alone or with what it is about ("нет", "да: экспертиза …", "Oui – formation"). */
const ANOTHER_ANSWER = anyOf(['^(yes|no|oui|non|sí|si|да|нет|是|否|有|无|نعم|لا)(\\s*$|\\s*[:：-])']);
/** Where a cell goes on to another statement: a semicolon or a full stop that has no abbreviation before it ("art. 5" stays whole). */
const STATEMENT_IN_CELL = /[;؛；。]/u;
/** Where a remark goes on to another statement: a semicolon or a sentence's stop (a comma may stand inside a law's reference). */
const REMARK_CLAUSE = /[;؛；。]|\.(?=\s)/u;
/** A cell that names a law, a code, an article or a regulator's standards: what a positive mark needs beside it. */
const LAW_CELL = anyOf([
  '<(act|law|code|decree|regulations?|ordinance|article|art|section|sec|secs|standards?)>', '<(loi|code|décret|arrêté|règlement|ordonnance|article|art|normes?)>',
  // An executive instrument titled by what it decrees ("Acuerdo por el que se sujeta a permiso previo …"), not an agreement between states.
  // A government's resolution or decision is one as well, as "resolución" and "постановление" are: "政府2019年第116号决议".
  '<(ley|código|decreto|resolución|reglamento|artículo|art|normas?)>', '<acuerdo por (el|la) que>', '<(закон|кодекс|стать|постановлени|указ|правил|положени|приказ|распоряжени|нормы>)', '法', '条例', '条', '标准', '决议', '决定', 'قانون', ARABIC_ARTICLE, '<(ال)?(فصل|فصول) [0-9]', 'مرسوم', 'قرار', 'لائح', 'تعليمات',
]);

/**
 * "OP3 (c)", "PO3 c)", "PD 3 (d)", "ПП 3(d)", and the paragraph written out or abbreviated ("para. 3 (d)",
 * "párr. 2", "п. 3 d)", "пункт 1", "الفقرة 3", folded "لفقره 3", "第3(d)段"): the operative paragraph a label cell gives by
 * its code. Chinese puts the code between 第 and 段 ("第2段", "第3(a)段"); 第 alone opens an article's number ("第3条").
 * Chinese may also put the letter after 段 ("第3段(d)").
 * Arabic letters the sub-paragraphs أ ب ج د ("الفقرة 3 د)"); folding drops the alef of أ, which leaves OP3 alone.
 */
export const OP_CODE = /(?:(?:^|[^\p{L}])(?:op|po|pd|пп|оп|од|п\.|пункт|para\.|paras?|paragraph|par\.|paragraphe|párr\.|párrafo|لفقره)|第(?=\s*[123]\s*(?:\(?\s*[a-d]\s*\))?\s*段))\s*([123])\s*(?:段\s*(?=\())?(?:\(?\s*([a-dа-гبجد])\s*\))?(?!\d)/u;
const OP_CODES = new RegExp(OP_CODE.source, 'gu');
const PENALTIES_LABEL = anyOf(['<penalt', '<sanction', '<sancion', '<peines?>', '<penas?>', '<санкц', '<ответственн', '<наказан', '处罚', '罚则', 'عقوب']);
const SERVICES_LABEL = anyOf(['<(funds|financ|services|transport)', '<(fonds|financement|services)', '<(fondos|financiaci|financiamiento|servicios)', '<(финансир|услуг)', '资金', '服务', 'تمويل', 'خدمات']);
const OP3: Record<string, MatrixElement> = {
  a: 'op3a.accounting', b: 'op3b.physical_protection', c: 'op3c.border_control', а: 'op3a.accounting', б: 'op3b.physical_protection', в: 'op3c.border_control',
  ب: 'op3b.physical_protection', ج: 'op3c.border_control',
};

/**
 * The elements a row's label names: its operative-paragraph code where it gives one (the label
 * "OP3 (d) penalties" is the penalties row, "OP2 financing" the financing one), with the weapons
 * and the words `elementsOf` finds.
 */
export function labelElements(labelFolded: string, elementsOf: (folded: string) => MatrixElement[]): MatrixElement[] {
  const named = elementsOf(labelFolded);
  // A row about an OP3 control names the weapons its control covers ("Physical protection | Biological"): that is the
  // control's row, not a row on OP2's prohibition of the weapon.
  const found = named.some((e) => e.startsWith('op3')) ? named.filter((e) => !e.startsWith('op2.') || e === 'op2.financing') : named;
  // A label may give the codes of two paragraphs ("Биологическое оружие (п. 2, п. 3 b)", "Biological weapons (paras. 2 and 3 (b))"):
  // the row is about each.
  const codes = [...labelFolded.matchAll(OP_CODES)];
  // A matrix's penalties row ("Sanctions pénales", "Penalties") is OP3(d)'s, code or not.
  if (codes.length === 0) return found.length === 0 && PENALTIES_LABEL.test(labelFolded) ? ['op3d.penalties'] : found;
  return [...new Set(codes.flatMap(([, paragraph, letter]): MatrixElement[] => {
    if (paragraph === '1') return ['op1'];
    if (paragraph === '2') {
      const weapons = found.filter((e) => e.startsWith('op2.') && e !== 'op2.financing');
      return SERVICES_LABEL.test(labelFolded) ? ['op2.financing', ...weapons] : weapons;
    }
    if (letter && OP3[letter]) return [OP3[letter]!];
    if (letter === 'd' || letter === 'г' || letter === 'د') return [PENALTIES_LABEL.test(labelFolded) ? 'op3d.penalties' : SERVICES_LABEL.test(labelFolded) ? 'op3d.financing_services' : 'op3d.export_control'];
    return found;
  }))];
}

/** A weapon's adjective alone, in the six languages: what a matrix's "Weapon" column holds ("Nuclear", "Chimique", "Ядерное"). */
const WEAPON_ADJECTIVES = {
  nuclear: '(nuclear|nucléaires?|nucleares?|ядерн[а-я]*|核|(ال)?نووي[ةه]?)',
  chemical: '(chemical|chimiques?|químic[oa]s?|химическ[а-я]*|化学|(ال)?كيميائي[ةه]?)',
  biological: '(biological|biologiques?|biológic[oa]s?|биологическ[а-я]*|生物|(ال)?بيولوجي[ةه]?)',
} as const;
const ANY_WEAPON_ADJECTIVE = Object.values(WEAPON_ADJECTIVES).join('|');
/** A cell that holds only weapons' adjectives ("Nuclear", "Nuclear, chemical", "ядерное и химическое"). */
const WEAPON_COLUMN_CELL = anyOf([`^(${ANY_WEAPON_ADJECTIVE})(\\s*(,|/|and|et|y|и|、|و)\\s*(${ANY_WEAPON_ADJECTIVE}))*$`]);
const WEAPON_ADJECTIVE = Object.fromEntries(Object.entries(WEAPON_ADJECTIVES).map(([kind, word]) => [kind, anyOf([`<${word}>`])]));

/**
 * A weapon column's cell written as the weapons it names ("Nuclear, chemical" → "nuclear weapons, chemical weapons"): an
 * adjective alone names no weapon in running text, but in that column it says which weapon the row is about.
 */
function weaponColumnAsWeapons(cellFolded: string): string {
  if (!WEAPON_COLUMN_CELL.test(cellFolded)) return cellFolded;
  return Object.keys(WEAPON_ADJECTIVES).filter((kind) => WEAPON_ADJECTIVE[kind]!.test(cellFolded)).map((kind) => `${kind} weapons`).join(', ');
}

/**
 * A cell that cites a law: a reference the reader recognises, or a law's name with its number ("Ley 19.300, art. 4",
 * "المادة ١٤ من قانون …": the number read after folding, which writes Arabic-Indic digits as ASCII).
 */
function citesLaw(cell: string): boolean {
  const folded = fold(cell);
  return legalReferencesIn(cell).length > 0 || (LAW_CELL.test(folded) && MEASURE_CUE.test(folded) && /\d/u.test(folded.replace(TARGET_DATE_AT_END, '')));
}

/**
 * A date in brackets that closes a cell ("Law adopted (2027)", "Loi adoptée (décembre 2026)", "Ley aprobada (2026)"): a plan's
 * target, when the step is to be done, not the number of a law in force.
 */
const TARGET_DATE_AT_END = /[(（][^()（）\d]{0,20}(?:19|20)\d\d[)）]\s*[.。]?\s*$/u;

export interface MarkedRow {
  elements: MatrixElement[];
  status: 'measure' | 'gap' | 'neither';
  /** The cells other than the element's name and the mark: where the reference and remarks are. */
  rest: string;
  /** Other elements a cell describes in force beside the row's own gap (export licensing in the services row). */
  inForce?: MatrixElement[];
  /** Other elements the cell names as still missing after the law in force ("register kept under decree 2019-087, and no physical protection rules"). */
  missing?: MatrixElement[];
}

/**
 * A table row with a Yes/No or X mark in one of its cells after the first, or null when the row
 * has none (other rows are read as statements). `elementsOf` names the elements of the label cells.
 */
export function readMarkedRow(
  cellsAsRead: readonly string[], elementsOf: (labelFolded: string) => MatrixElement[], statedIn: (folded: string, gap: boolean) => MatrixElement[] = () => [],
): MarkedRow | null {
  const isMark = (c: string) => isPartialMark(c) || [POSITIVE_MARK, IN_FORCE_STATUS, NEGATIVE_MARK, DRAFT_STATUS, NO_MEASURE_STATUS].some((m) => m.test(c));
  // A status cell may open with its mark and go on with the remark after a colon or a dash ("Parcial: se aplica a fuentes de
  // categorías 1 a 3; no abarca el transporte", "Partially – no rules for transport", "Частично: …"): the mark is the status,
  // the rest a remark of its own cell, read with the other remarks.
  const split = cellsAsRead.map((c, i) => {
    const at = i > 0 ? /\s*[:：–—]\s*|\s+-\s+/u.exec(c) : null;
    return at && at.index > 0 && isMark(fold(c.slice(0, at.index)).trim()) ? { mark: c.slice(0, at.index), remark: c.slice(at.index + at[0].length) } : undefined;
  });
  const markAt = cellsAsRead.some((c, i) => i > 0 && isMark(fold(c).trim())) ? -1 : split.findIndex((s) => s !== undefined);
  const cells = markAt < 0 ? cellsAsRead : [...cellsAsRead.slice(0, markAt), split[markAt]!.mark, ...cellsAsRead.slice(markAt + 1), split[markAt]!.remark];
  const folded = cells.map((c) => fold(c).trim());
  const mark = folded.findIndex((c, i) => i > 0 && isMark(c));
  if (mark < 0) return null;
  // The label is the cells before the mark up to the first that cites a law: a table may put its
  // "legal reference" column before the Yes/No one.
  const inForce = IN_FORCE_STATUS.test(folded[mark]!);
  const namesLaw = (cell: string) => citesLaw(cell) || (inForce && LAW_CELL.test(fold(cell)));
  // So may its status in words, before a yes/no that answers another column ("3 d) | Projet de décret à l'étude | Juin 2027 |
  // Oui" for the assistance wished): once the label names an element, a cell that says the measure is drafted or missing
  // is the status.
  const labelOf = (end: number, start = 0) => labelElements(folded.slice(start, end).map(weaponColumnAsWeapons).join(' '), elementsOf);
  let labelEnd = 1;
  while (labelEnd < mark && !namesLaw(cells[labelEnd]!) && !(GAP_CUE.test(folded[labelEnd]!) && labelOf(labelEnd).length > 0)) labelEnd++;
  // A table of legislation puts the instrument first and its field after it ("Decree-Law No. 58 of 2006, art. 7 | ban on
  // holding nuclear or chemical materials | In force"): a first cell that cites a law by its number, followed by a cell that
  // names the subject, is the row's reference, and the cells after it are its label.
  // Only beside a yes or "in force" is the instrument the reference: a draft's row ("Amendments to the Export Control Act on
  // brokering | Regulation of brokering | Draft") names in its first cell what is missing, and that cell stays in the label.
  const saysInPlace = inForce || POSITIVE_MARK.test(folded[mark]!);
  const labelStart = saysInPlace && labelEnd > 1 && citesLaw(cells[0]!) && labelOf(labelEnd, 1).length > 0 ? 1 : 0;
  const elements = labelOf(labelEnd, labelStart);
  if (elements.length === 0) return null;
  const inRest = (i: number) => (i >= labelEnd || i < labelStart) && i !== mark;
  const restCells = cells.filter((_, i) => inRest(i));
  const rest = restCells.join(' ');
  // A law cited as a draft or a bill ("《出口管制法（草案）》已于2025年10月提交国家大呼拉尔审议") is no reference in force: a cell
  // counts where one of its statements cites a law and names no text still to be adopted.
  const referenced = restCells.some((cell) => cell.split(STATEMENT_IN_CELL).some((part) => namesLaw(part) && !DRAFT_TEXT.test(fold(part))));
  // A cell after the mark that is a yes or no of its own ("нет", "Yes: training of customs officers") answers another
  // column (assistance needed, action to take), not whether the measure exists: the remarks are the other cells.
  const remarks = fold(cells.filter((cell, i) => inRest(i) && (i < mark || !ANOTHER_ANSWER.test(fold(cell).trim()))).join(' '));
  // The writer withdrawing the draft's yes ("X | Please remove the X: no such prohibition exists") answers no, whatever law the
  // draft cited.
  if ((POSITIVE_MARK.test(folded[mark]!) || inForce) && MARK_WITHDRAWN.test(remarks)) return { elements, status: 'gap', rest };
  // A partial mark with its law is a measure: the remark on what is not yet covered does not undo it.
  // So is one whose remark opens by stating what is in place ("Partial: a national register of sources has been kept by the
  // regulator since 2015; none for chemicals"): the mark and its remark say the element is partly in place.
  const opening = markAt >= 0 ? fold(split[markAt]!.remark.split(REMARK_CLAUSE)[0]!) : '';
  const openingInPlace = MEASURE_CUE.test(opening) && !GAP_CUE.test(opening) && !DRAFT_TEXT.test(opening);
  if (isPartialMark(folded[mark]!)) return { elements, status: referenced || openingInPlace ? 'measure' : GAP_CUE.test(remarks) ? 'gap' : 'neither', rest };
  // Unless the remark says why there is none: the law it cites does not reach the element, or reaches only something else
  // ("Néant | Law No. 14 covers only nuclear material", "None | the draft matrix's X cites the Customs Act, which does not
  // cover delivery systems"): the "none" is then the row's own answer, and the law is not its measure.
  const explainsNone = GAP_CUE.test(remarks) || ONLY_SO_FAR.test(remarks) || MARK_WITHDRAWN.test(remarks);
  if (NO_MEASURE_STATUS.test(folded[mark]!) && referenced && !explainsNone) return null;
  // A yes or "in force" beside its law is the row's own answer: a remark's clause that names what it lacks ("Customs Code,
  // arts. 198–203; brokering is not yet regulated", "…; no radiation monitors at the ports") says what the measure does
  // not cover yet, a gap only where it names another element. A lack that names nothing ("amendments are being drafted")
  // is the row's own.
  const lacks = (POSITIVE_MARK.test(folded[mark]!) || inForce) && referenced ? remarks.split(REMARK_CLAUSE).filter((c) => GAP_CUE.test(c)) : [];
  const lacking = lacks.map((clause) => statedIn(clause, true));
  if (lacks.length > 0 && lacking.every((named) => named.length > 0)) {
    return { elements, status: 'measure', rest, missing: [...new Set(lacking.flat())].filter((e) => !elements.includes(e)) };
  }
  if (NEGATIVE_MARK.test(folded[mark]!) || DRAFT_STATUS.test(folded[mark]!) || NO_MEASURE_STATUS.test(folded[mark]!) || GAP_CUE.test(remarks)) {
    return { elements, status: 'gap', rest };
  }
  return { elements, status: referenced ? 'measure' : 'neither', rest };
}

/**
 * A row with no mark whose first cell is a short label naming elements ("Chemical weapons",
 * "Source inventory") and whose other cells cite a law: a domain table ("subject | instrument |
 * stage"). The law in force is the measure; a cell that says it is drafted or planned ("Draft before
 * Cabinet", "в разработке") makes it a gap. Null for any other row (action plans start with an
 * instruction or carry a target date, and are read as statements).
 */
export function readLabelledRow(
  cells: readonly string[], elementsOf: (labelFolded: string) => MatrixElement[], isPlan: (cell: string, last: boolean) => boolean,
  statedIn: (folded: string, gap: boolean) => MatrixElement[] = () => [],
): MarkedRow | null {
  if (cells.length < 2 || cells.some((cell, i) => isPlan(cell, i === cells.length - 1))) return null;
  // A label that is only a paragraph's code ("第3(d)段", "OP 3 (d)") does not say which of OP3 (d)'s elements the row is
  // about: the cell beside it, the measure's own name ("对与出口有关的资金和运输服务的管制"), is part of the label.
  const first = fold(cells[0]!).trim();
  const labelCells = OP_CODE.test(first) && !/\p{L}{2}/u.test(first.replace(OP_CODE, '')) ? 2 : 1;
  const label = fold(cells.slice(0, labelCells).join(' ')).trim();
  // A label is short: counted in its words, not the paragraph's code and the dash before them ("PO 3 d) – Licences
  // d'exportation, de transit et de transbordement" is seven words of label).
  if (label.replace(OP_CODE, ' ').split(/\s+/u).filter((word) => /\p{L}|\p{N}/u.test(word)).length > 10) return null;
  const elements = labelElements(label, elementsOf);
  if (elements.length === 0) return null;
  const restCells = cells.slice(labelCells);
  const rest = restCells.join(' ');
  if (GAP_CUE.test(fold(rest))) {
    // A status cell that opens with "in force" and goes on with what it leaves out ("Vigente (solo material nuclear; no cubre
    // …)", "Vigente para materiales radiactivos; no existe para agentes biológicos") says so of the law another cell cites.
    const lawCited = restCells.some(citesLaw);
    // So does a status cell that says "in force" of part of the field ("Vigente para fuentes radiactivas", "نافذ بالنسبة إلى
    // المصادر المشعة") beside the instrument another cell names, with the lack in a remark of its own: the row is partly in place.
    const instrumentNamed = lawCited || restCells.some((cell) => LAW_CELL.test(fold(cell)) && !DRAFT_TEXT.test(fold(cell)));
    const statusInForce = (cell: string) => IN_FORCE_OPENING.test(fold(cell).trim()) && !GAP_CUE.test(fold(cell));
    const qualifiedStatus = instrumentNamed ? restCells.find(statusInForce) : undefined;
    const partial = restCells.map((cell) => inPlaceOpening(cell, lawCited)).find((o) => o !== undefined)
      ?? (qualifiedStatus === undefined ? undefined : { opening: qualifiedStatus, after: restCells.filter((cell) => cell !== qualifiedStatus).join(' ; ') });
    if (partial === undefined) {
      const besides = inForceBesides(restCells, elements, statedIn);
      return { elements, status: 'gap', rest, ...(besides.length > 0 ? { inForce: besides } : {}) };
    }
    // The law in force may be another element's, named by its own words ("Export licensing under the Export Control Law,
    // art. 6; no control of the related brokering services" in the services row): that one is in force, the row's own missing.
    // In an OP3 control's row, a weapon the opening names ("Nuclear material and radioactive sources: Radiation Protection
    // Ordinance 2020") is what the control covers, as in the label, not OP2's prohibition of it.
    const control = elements.every((e) => e.startsWith('op3'));
    const described = elementsOf(fold(partial.opening)).filter((e) => !control || !e.startsWith('op2.') || e === 'op2.financing');
    if (described.length > 0 && !described.some((e) => elements.includes(e))) return { elements, status: 'gap', rest, inForce: described };
    // A row partly in place: what its opening states in force, read as a statement (`statedIn`: the register, not the weapon
    // its sources would serve), stands with the row's own subject ("Radioactive sources | the regulator keeps a register
    // under decree 2019-087, and there are no physical protection rules"), and what the rest states missing, and the opening
    // does not name, is missing (their protection).
    const inForce = statedIn(fold(partial.opening), false);
    const missing = statedIn(fold(partial.after), true).filter((e) => !inForce.includes(e) && !elements.includes(e));
    // A label that names several subjects ("Penal legislation (chemical and biological weapons)") is answered subject by
    // subject: one that only the cell's sentences of a lack name ("No provision covers biological weapons.") is missing.
    const lacking = elements.length > 1 ? lackingSubjects(elements, restCells, statedIn) : [];
    const own = elements.filter((e) => !lacking.includes(e));
    return { elements: own.length > 0 ? own : elements, status: 'measure', rest, inForce, missing: own.length > 0 ? [...missing, ...lacking] : missing };
  }
  if (!restCells.some(citesLaw)) return null;
  return { elements, status: 'measure', rest };
}

/** Where a cell's sentence ends: a stop before a capital (or any Arabic letter), a semicolon, or after "。". */
const CELL_STATEMENT_END = /(?<=[.!?؟])\s+(?=[\p{Lu}\u0621-\u064A])|[;؛；。]/u;

/**
 * The subjects of a row's label that the row's cells state missing, sentence by sentence, and no sentence of them states
 * in force: the lack of one subject does not undo the law the row cites for another.
 */
function lackingSubjects(
  subjects: readonly MatrixElement[], cells: readonly string[], statedIn: (folded: string, gap: boolean) => MatrixElement[],
): MatrixElement[] {
  const inForce = new Set<MatrixElement>();
  const missing = new Set<MatrixElement>();
  for (const sentence of cells.flatMap((cell) => cell.split(CELL_STATEMENT_END))) {
    const folded = fold(sentence);
    const gap = GAP_CUE.test(folded);
    for (const e of statedIn(folded, gap)) (gap ? missing : inForce).add(e);
  }
  return subjects.filter((e) => missing.has(e) && !inForce.has(e));
}

/**
 * What a row's lacking cell states in force of other elements, in a clause of its own that cites a law and admits nothing
 * ("No criminal provision on biological weapons yet. Chemical weapons are offences under article 391 of the Penal Code."):
 * the row's subject is missing, the other element named beside it is in place. Read clause by clause, as the remarks are.
 */
function inForceBesides(
  cells: readonly string[], own: readonly MatrixElement[], statedIn: (folded: string, gap: boolean) => MatrixElement[],
): MatrixElement[] {
  // A clause that opens with what is to be done ("Incluir en la ley de control de exportaciones, 2028") names the law to be
  // written or amended, not one in force.
  const clauses = cells.flatMap((cell) => cell.split(REMARK_CLAUSE))
    .filter((clause) => citesLaw(clause) && !GAP_CUE.test(fold(clause)) && !PLANNED_ACTION.test(fold(clause).trim()));
  return [...new Set(clauses.flatMap((clause) => statedIn(fold(clause), false)))].filter((e) => !own.includes(e));
}

/**
 * A clause in which a body applies a law named by its title alone ("La Superintendencia ejerce el control aduanero conforme a
 * la Ley Nacional de Aduanas", "Customs inspect cargo under the Customs Act"): the law is the ground of what is done now,
 * not one to draft, since the clause has a subject and what it does before the law, as a bare title has not.
 */
function namesLawApplied(clause: string): boolean {
  const folded = fold(clause);
  const law = LAW_CELL.exec(folded);
  // Words counted as Chinese writes them too: each character one.
  return law !== null && (folded.slice(0, law.index).match(/\p{Script=Han}|[\p{L}\p{N}]+/gu)?.length ?? 0) >= 6;
}

/**
 * The opening of a cell (and what follows it) that opens with the law in force and goes on, after a comma, a semicolon or a sentence's stop, with
 * what is still missing ("تمسك هيئة البيئة سجلاً للمصادر المشعة بموجب المادة ١٤ من قانون الوقاية من الإشعاع، ولا يوجد سجل
 * للعوامل الممرضة", "Customs control restricted goods under section 82 of the Customs Act. The border posts have no radiation
 * monitors."): the element is partly in place, a measure, as a partial mark beside its law is. A draft's number after a
 * comma ("Draft Regulations 2024, s. 5") opens with no law in force.
 */
function inPlaceOpening(cell: string, lawCited = false): { opening: string; after: string } | undefined {
  for (const boundary of cell.matchAll(/[,;،؛，；。]|\.(?=\s)/gu)) {
    const opening = cell.slice(0, boundary.index);
    if (GAP_CUE.test(fold(opening))) return undefined;
    const after = cell.slice(boundary.index + 1);
    if (citesLaw(opening) || namesLawApplied(opening) || (lawCited && IN_FORCE_OPENING.test(fold(opening).trim()))) return GAP_CUE.test(fold(after)) ? { opening, after } : undefined;
  }
  return undefined;
}

