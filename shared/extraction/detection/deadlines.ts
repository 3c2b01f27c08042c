/**
 * Deadlines in Committee documents: a date by which something must be done, with its task.
 * Not deadlines: years in a resolution's name ("resolution 1673 (2006)", "第1267(1999)号决议"),
 * the period the document covers ("from 1 February 2025 to 31 January 2026"), the end of a
 * mandate ("until 30 November 2032"), past dates, and relative periods ("within four weeks").
 */
import { type DeadlineConcerns, type DeadlineFinding, LANGUAGES } from '../contract.js';
import { type FoundDate, findDates, isoDate, lastDayOfMonth } from './dates.js';
import { ADDRESSEE, COMMITTEE_BODIES } from './committeeAuthorship.js';
import { ADOPTION, periodBounds } from './documentDate.js';
import { statePatterns } from './stateNames.js';
import { anyOf, fold, foldWithOffsets, WORD_CHAR } from './textFolding.js';
import { TABLE_ROW, type TextUnit } from './textUnits.js';

/**
 * Words that make a date a limit ("by", "no later than", "avant le", "не позднее", "之前"). A date
 * only placed in time ("in June 2025", "en juin", "в июне", "في حزيران/يونيه", "于2025年6月") says when
 * something happens, not by when someone must act: an open briefing or a workshop is an event. Such a
 * date is a deadline only where a limit follows it ("le 15 octobre au plus tard", "6月30日前") or
 * it stands in a table's date column.
 */
const DEADLINE_BEFORE = anyOf([
  '<by>', '<by the end of>', '<no later than>', '<not later than>', '<before>', '<before the end of>', '<due>', '<due (on|by)>', '<deadline>', '<at the latest>',
  "<d'ici( (à|au|le|la fin))?>", '<au plus tard (le)?>', '<avant (le|la fin)>', '<fin>', "<jusqu'au>",
  '<(same|même|misma|mismo) (date|fecha|día|jour)>', '<a más tardar (el)?>', '<antes (del?|de finales de|de fines de)>', '<para (el)?>', '<a (finales|fines) de>',
  '<не позднее>', '<до>', '<к>', '<конц[а-я]*>', '<срок[а-я]*>',
  '以前', '之前', '截至', '截止', '不迟于', '应于', '须于', '应在',
  'قبل', 'بحلول', 'في موعد أقصاه', 'في موعد لا يتجاوز',
]);
/**
 * Words that only place a date in time: enough for a duty that recurs ("in December of each year", "في أيار/مايو من كل عام"),
 * and for a month a named party is to act in ("The Committee is to submit … in January 2027", "Le Secrétariat diffusera au
 * cours du mois de novembre 2025 la liste …"): what is done within a month is done by its end. An event held in a month
 * ("the course the Government of Mongolia will hold in September 2025") is not due by it.
 */
// (With "at" left before a month once "the end of" is read past: "at the end of July each year"; "à la fin de", "a finales de",
// "до конца" are limits already.)
// (French places a duty in its month with "au mois de": "le groupe de travail fait rapport chaque année, au mois de mars, …". Once "mois de" is
// read past, "au" stands right before the month's name, where no other French "au" stands.)
const IN_TIME_BEFORE = anyOf(['<in>', '<during>', '<at>', '<en>', '<au cours( de| du)?>', '<dans le courant( de| du)?>', '<au> *$', '<durante>', '<в>', '<во>', '<в течение>', '在', '于', '每年', 'في', 'نهايه', 'خلال']);
/** A limit written after its date: "le 15 octobre 2025 au plus tard", "el 30 de junio a más tardar", "6月30日前", "11月底之前". */
const DEADLINE_AFTER = /^\s*(?:(?:底|末)?\s*(?:前|之前|以前|为止)|,?\s*(?:at the latest|au plus tard|a más tardar|como máximo|على (?:أقصى تقدير|الأكثر)))/iu;
/**
 * "from", "du", "desde" open a period where the date, or the first day of a span ("du 10 au 12 mars", "from 9 to 11 May"),
 * follows them; before a noun they name where something comes from ("qu'il fera tenir aux membres du Comité le 30 avril",
 * "replies received from States by 30 June"), and the date after that is a limit like any other.
 */
const PERIOD_FROM = "<(from|du|desde)( (the|le|el))?( [0-9][^ ]*( [^ ]+)?)? ?$";
const NOT_A_DEADLINE = anyOf([
  '<until>', '<for the period>', '<period from>', PERIOD_FROM, '<covers the period>', '<extended the mandate>', '<adopted on>', '<of \\d+ \\w+ \\d{4}>',
  '<pour la période>', '<période allant>', '<prorogé>', '<período comprendido>', '<prorrogó>', '<период[а-я]* с>', '<продлил', '期间', '延长', 'الفترة من', 'مدد',
]);
/** "of each year" written right after a date, or set off by a comma as a table cell writes it ("31 December, each year"). */
const RECURS_AFTER_DATE = /^\s*[,،]?\s*(?:of each year|each year|every year|annually|de chaque année|chaque année|de cada año|cada año|каждого года|ежегодно|(?:من )?كل (?:عام|سنة))/iu;

/**
 * A mandate extended, or running, before the date it runs to: the mandate is what the date ends ("tient compte du mandat du
 * Comité, qui court jusqu'au 30 novembre 2032", "whose mandate expires on …"), whatever limit word stands before the date.
 */
const MANDATE_TERM = anyOf([
  // (With its possessive too: "a prorogé son mandat jusqu'au …", "extended its mandate until …", "prorrogó su mandato".)
  '<extend(ed|s)? (the |its |their )?mandate>', '<mandate[^.;]{0,40}<extended>', '<prorog[a-zé]* (le |son |leur )?mandat>', '<mandat[^.;]{0,40}<prorog', '<prorrog[a-zó]* (el |su )?mandato>', '<mandato[^.;]{0,40}<prorrog',
  '<продл[а-я]* (свой |его |их )?мандат', '<мандат[^.;]{0,40}<продл', '延长[^。；]{0,20}任务', '任务期限延长', 'مدد[^.؛]{0,20}ولاي', 'تمديد ولاي',
  // The mandate as the subject of the verb of its term: it runs, lasts, ends or expires then.
  '<mandate[^.;]{0,40}<(runs?|lasts?|ends?|expires?|is valid)>', '<mandat[^.;]{0,40}<(court|courra|dure|durera|expire|expirera|prend fin|prendra fin)>',
  '<mandato[^.;]{0,40}<(vence|vencerá|dura|durará|expira|expirará|termina|terminará|concluye|concluirá)>',
  '<мандат[^.;]{0,40}<(действует|действовать|истекает|истечет|истечёт|продлится)>', '任务期限[^。；]{0,10}(至|到|截至|结束|届满)', '任务[^。；]{0,10}(截至|届满|到期)',
  'ولاي[^.؛]{0,30}(تنتهي|ستنتهي|تستمر|ستستمر|ساريه)',
]);
const YEARLY = anyOf(['<each year>', '<every year>', '<annually>', '<yearly>', '<chaque année>', '<tous les ans>', '<annuellement>', '<cada año>', '<anualmente>', '<todos los años>', '<ежегодно>', '<каждый год>', '<каждого года>', '每年', 'كل عام', 'كل سنه', '<سنويا>']);
const MONTHLY = anyOf(['<each month>', '<every month>', '<monthly>', '<chaque mois>', '<mensuellement>', '<cada mes>', '<mensualmente>', '<ежемесячно>', '<каждый месяц>', '每月', 'كل شهر', '<شهريا>']);
/**
 * Verbs that hold an event ("hold", "organiser", "проведет", "举行", "عقد"): a task, but one that happens on its date rather than by it.
 * (The stems of "organiser" and "organizar" begin the nouns "organisation", "organization", "organización" too, which name a party, not an event.)
 */
const EVENT_VERBS = [
  '<convene', '<hold', '<organi[sz](?!ation|aci)', '<(tenir|tient|tiennent|tiendr[a-z]*)>', '<celebr', '<провед', '<организ(ова|у)', '举行', '召开', 'عقد', 'تنظيم',
];
/**
 * Verbs by which an event takes place, with no one who holds it ("the course will take place in Astana in May 2026", "aura
 * lieu", "tendrá lugar", "состоится", "将于…举办", "ستجري"): a sentence that says where and when an event happens, even inside
 * a report of it ("Комитет сообщает, что учебный курс … состоится … в мае 2026 года"). Not a task word: nobody is asked to
 * do anything by its date. (The present "a lieu" is left out: "il y a lieu de …" is "there is reason to".)
 * A State that hosts an event gives it a place, not a task due ("Austria's offer to host a workshop in Vienna in May 2026",
 * "accueillera", "será anfitrión", "примет у себя", "于2026年5月在维也纳主办", "ستستضيف"). ("Accueillir" and "acoger" only
 * in the future: their present welcomes, "le Comité accueille avec satisfaction".)
 */
const TAKES_PLACE = [
  '<(take|takes|took|taking) place>', '<(aura|auront)( eu)? lieu>', '<(a|ont) eu lieu>', '<se déroul',
  '<(tiene|tienen|tendrá|tendrán|tuvo|tuvieron) lugar>', '<se desarrollar(á|án)>',
  '<состо(ится|ятся|ялся|ялась|ялось)>', '<пройд(ет|ёт|ут)>', '举办', '<[وف]?(ستجري|سيجري|تجري|ستقام|تقام|ستنعقد|سينعقد)>',
  '<host(s|ed|ing)?>', '<accueiller(a|ont)>', '<acoger(á|án)>', '<anfitri(ón|ona|ones)>', '<прим(ет|ут) у себя>', '<принимающ[а-я]*', '主办', '承办', '<[وف]?(ستستضيف|تستضيف|يستضيف|استضافه)>',
];
const EVENT = anyOf([...EVENT_VERBS, ...TAKES_PLACE]);
/**
 * Nouns that name an event: a table of tasks may list one among its rows ("Sesión informativa abierta para los Estados Miembros |
 * Comité | 5 de mayo de 2026", "Open briefing for Member States", "Réunion d'information ouverte", "Открытый брифинг", "公开通报会",
 * "جلسة إحاطة مفتوحة"). Such a row says when the event is held, not by when anyone must act.
 */
const EVENT_NOUN = anyOf([
  '<(briefing|meeting|session|workshop|seminar|conference|consultation)s?>', '<(réunion|séance|atelier|séminaire|session|conférence)s?>',
  '<(sesi[oó]n|sesiones|reuni[oó]n|reuniones|taller|talleres|seminarios?|conferencias?)>', '<(брифинг|заседани|совещани|семинар|практикум|конференци)[а-я]*',
  '(通报会|会议|讲习班|研讨会)$', '<(احاطه|جلسه|اجتماع|حلقه عمل|ندوه|مؤتمر)>',
  // A training given ("Regional training course", "Formation régionale", "Capacitación regional", "Учебный курс", "培训班",
  // "دورة تدريبية"); not a course alone, which may be what a task lists ("Courses offered in 2030").
  '<training>', '<formations?>', '<capacitaci[oó]n>', '<учебн[а-я]* курс', '<тренинг', '培训班?$', '<(دوره تدريبيه|تدريب)>',
]);

/**
 * Whether a task cell is named by an event: the event's noun among its first two words (after an adjective at most: "Open
 * briefing", "Открытый брифинг"; at its end in Chinese, whose noun comes last), with no task verb before it ("Organize a
 * workshop" is a task).
 */
function namesEvent(cell: string): boolean {
  const lead = fold(cell).trim().split(/\s+/u).slice(0, 2).join(' ');
  const event = EVENT_NOUN.exec(lead);
  return !!event && !TASK_WORD.test(lead.slice(0, event.index));
}
const TASK_WORDS = [
  '<submit', '<transmit', '<complete', '<prepare', '<review', '<report', '<send', '<provide', '<adopt', '<present', '<finali',
  '<soumet', '<transmet', '<achève', '<prépar', '<examen', '<présent', '<adopt', '<presenta', '<transmit', '<complet', '<prepar', '<examen', '<remit',
  '<представ', '<направ', '<заверш', '<подготов', '<готов(ит|ят|ить)>', '<рассмотр', '提交', '完成', '审议', '编写', '送交', '转交', '转递', 'تقديم', 'تقدم', 'يقدم', 'إحالة', '<[وف]?س?[يت]حيل>', 'استكمال', 'إعداد', '<[وف]?(يعد|تعد)>',
  ...EVENT_VERBS,
  '<updat', '<circulat', '<mettre à jour', '<mise à jour', '<actualis', '<diffus', '<actualiz', '<distribu',
  // ("Send" in each language: "send", "envoyer" ("enverra"), "enviar", "направить", "发送", "ترسل".)
  '<examin', '<fourni', '<remet', '<communiqu', '<rend', '<envo(i|y)', '<enverr', '<envia', '<enví', '<proporcion', '<comunic', '<actualic', '<предостав', '<сообщ', '<внес', '审查', '报告', '通报', '提出', '发送', '寄送', 'ترسل', 'رسال', 'موفاه', 'تزويد',
  // (Russian circulates with "разослать" as well: "Секретариат разошлет государствам перечень", "рассылка".)
  '<обнов', '<распростран', '<разосл', '<разошл', '<рассыл', '更新', '分发', '报送', '提供', 'تحديث', 'تعميم',
  // (Considering a matter is a task like reviewing it: "the working group will consider the pending requests", "ينظر الفريق العامل … في".)
  '<consider(s|ed|ing)?>', '<considerar(á|án)?>', '<[وف]?س?[يت]نظر>',
  '<designat', '<nominat', '<inform', '<notif', '<désign', '<nomm', '<designa', '<notific', '<назнач', '<уведом', '<(про)?информир', '<рассм', '<внос', '<вноси',
  // (Chinese informs with 告知 and 知会 as well as 通知: "请各组织于…前向委员会告知其联络点".)
  '指定', '通知', '告知', '知会', '审议', 'تعيين', 'إبلاغ', 'اخطار', 'استعراض',
  // (A point of contact designated is confirmed too: "confirm", "confirmer", "confirmar", "подтвердить", "确认", "تأكيد".)
  '<confirm', '<подтверд', '确认', '<[وف]?(تاكيد|يؤكد|تؤكد)>',
  '<publish', '<post(s|ed|ing)?>', '<share', '<publi', '<parven', '<partag', '<compart', '<опублик', '<публик', '<размест', '<подел', '公布', '发布', '分享', 'نشر', 'تتقاسم', 'تبادل',
];
/** A form-II verbal noun, "taf'īl" (تعميم, تحديث, تعيين): its three root letters. */
const FORM_II_NOUN = /^ت([\u0620-\u064a])([\u0620-\u064a])ي([\u0620-\u064a])$/u;

/**
 * Arabic names a task by its verbal noun ("تعميم دليل", circulating a directory) and states it with the finite verb, "yufa''il",
 * behind its "and", "then" and "will" ("وسيعمّم مكتب شؤون نزع السلاح … دليلاً", "تحدّث الدول بياناتها"): each form-II noun of the
 * list gives its verb, so the two forms of one task word are one entry.
 */
function arabicFiniteVerbs(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const root = FORM_II_NOUN.exec(word);
    return root ? [`<[وف]?س?[يت]${root[1]}${root[2]}${root[3]}`] : [];
  });
}

/**
 * Arabic adopts with "اعتمد" ("تعتمد اللجنة تقريرها", "ستعتمد", "اعتماد التقرير"), the verb by which it also relies on something
 * ("تعتمد الدول على المساعدة", "تعتمد اللجنة في عملها على …"): with "على" among the few words after it, no task.
 */
const ARABIC_ADOPTING = anyOf(['<[وفب]?(ال)?(س?[يت]عتمد|اعتماد)(ه|ها|هم)?>(?!( [^ .،؛]+){0,3} على>)']);
/**
 * Arabic sends something to a body with "وافى" ("أن توافي المنظمات اللجنة ببرامجها", "سيوافي المكتب اللجنة", "أن توافيها
 * بتعليقاتها"), which folding (alefs dropped) writes as "توفي", the past of "died". Read as sending where no past can stand:
 * the future, the masculine "يوافي", the subjunctive after "أن" (not "بعد أن", "after he died"), and an item's verb after its
 * label ("(ب) توافي نيبال اللجنة …").
 */
const SENDING_FORM = `(?:ه|هم|هن|كم|نا)?(?!${WORD_CHAR})`;
const ARABIC_SENDING = new RegExp(
  `(?<!${WORD_CHAR})(?:[وف]?س[يت]وفي|[وف]?يوفي|(?<!بعد )[وب]?ن توفي)${SENDING_FORM}|(?:^\\s*[(（]?[\\u0620-\\u064a]{0,2}[)）]|:)\\s*توفي${SENDING_FORM}`,
  'u',
);
const TASK_WORD = new RegExp([anyOf([...TASK_WORDS, ...arabicFiniteVerbs(TASK_WORDS)]), ARABIC_ADOPTING, ARABIC_SENDING].map((re) => re.source).join('|'), 'u');

/** A duty stated as such ("deberán llegar al Comité antes del …", "must reach", "doivent parvenir"): the sentence is a task. */
const OBLIGATION = anyOf(['<(must|shall)>', '<(doivent|devront|doit|devra)>', '<(deberán|deben|debe|deberá)>', '<(должны|должен|должна|следует)>', '必须', '须', '<(يجب|ينبغي)>']);

/**
 * Limits that say by themselves that someone must act by the date ("no later than", "au plus tard",
 * "не позднее"): the sentence needs no known task verb. A bare "by", "до" or "قبل" also places
 * things in time ("by 2025, 190 States had reported"), so with those a task word is still asked for.
 */
const FIRM_LIMIT = anyOf([
  '<no later than>', '<not later than>', '<at the latest>', '<deadline>', '<au plus tard>', '<a más tardar>', '<como máximo>', '<не позднее>', '<не позже>', '不迟于', '最迟', '最晚',
  'في موعد أقصاه', 'في موعد لا يتجاوز', 'على اقصي تقدير',
]);

/** The end of a Chinese relative clause's head noun: a comma, or the date's preposition or a modal that follows the subject. */
const CHINESE_HEAD_END = '(?=[，,、]|于|在|应|须|将|可|请)';

/**
 * Verbs by which the Committee asks someone to act, in the six languages, and those by which it
 * entrusts a task ("tasked the Secretariat to", "a chargé le Secrétariat de", "поручил Секретариату
 * разместить", "责成秘书处", "كلفت الأمانة"): the party entrusted is the one that acts.
 */
const INVITING = [
  '<(invite|invites|invited|request|requests|requested|urge|urges|urged|call upon|calls upon|called upon|encourage|encourages|encouraged|ask|asks|asked)>',
  // (In the past too, as the summary of a meeting reports the request: "el Comité invitó a los Estados", "Комитет предложил государствам".)
  '<(invit|pri|demand|engag|encourag)[a-zé]*>', '<(invit|solicit|pid|inst|exhort|alient|ped|rueg)[a-záó]*>', '<(предлага|призыва|проси|рекоменду|предложил|призвал)[а-я]*>',
  // "Call upon" as a noun: "made an appeal to States", "hizo un llamamiento a los Estados", "a lancé un appel aux États", "обратился с призывом к государствам", "呼吁", "وجهت نداء إلى".
  '<(an|the) appeal>', '<(un|el) llamamiento>', '<(un|l.) appel>', '<призыв(ом)?>', '呼吁', '<نداء>',
  '邀请', '吁请', '促请', '敦促', '鼓励', '<[وف]?(يدعو|تدعو|يطلب|تطلب|يحث|تحث|يرجي|ترجي|يرجو|ترجو|يشجع|تشجع|يناشد|تناشد|يهيب|تهيب)>',
  // (And urging as the verbal noun that follows "will continue": "ستواصل اللجنة حث الدول على …".)
  '<[وب]?حث>',
  // The Committee's past request as a report of its meeting gives it ("وطلبت اللجنة إلى مكتب شؤون نزع السلاح أن يعد"): in the
  // feminine the Committee takes, which no noun ("طلب", a request) reads as.
  '<[وف]?(طلبت|دعت|حثت|شجعت|ناشدت|اهابت)>',
  '<(tasks|tasked|entrust|entrusts|entrusted)>', '<(charge|chargé|chargea|chargent|chargera|confie|confié|confient)>', '<(encarg|encomend|encomiend)[a-zó]*>',
  '<поруч(ил|ила|или|ает|ают|ит|ено)>', '责成', '委托', '<[وف]?(كلف|كلفت|يكلف|تكلف)>',
  // The courteous request of a letter: "The Committee would be grateful if your Government …", "Le agradecería que su Gobierno …".
  // (An adverb may stand inside it: "would therefore be grateful", "serait donc reconnaissant", "был бы весьма признателен".)
  // (A wish is as courteous a request: "would like to receive from each organization", "souhaiterait recevoir", "хотел бы получить".)
  '<would( [a-z]+)? like>', '<souhaiterai(t|ent)>', '<desear[ií]a>', '<хотел[а-я]* бы>', '希望', '<(تود|يود)>',
  // The courteous formula that asks its subject to act: "Les organisations … voudront bien faire parvenir …", "tengan a bien", "will kindly", "любезно".
  '<voudr(a|ont|ait|aient) bien>', '<tengan? a bien>', '<(will|would) kindly>', '<любезно>',
  // (Or two: "serait en outre reconnaissant", "would therefore also be grateful".)
  '<would( [a-z]+){0,2} (be grateful|appreciate)>', '<serait( [a-zé]+){0,2} (reconnaissant|obligé)[a-z]*', '<agradecer[ií]a>', '<(был|была|было) бы( [а-я]+){0,2} (признател|благодар)[а-я]*', '不胜感激', '<(ستكون|سيكون) (ممتن|شاكر)',
];

/**
 * Words a request puts between its verb and the party: an adverb, a connective that ties the request to what the letter said
 * before ("requests therefore each State", "invite donc chaque organisation", "invita por lo tanto", "поэтому предлагает"), and
 * in Arabic the Committee as the verb's subject ("تدعو اللجنة أيضا المنظمات").
 */
const INSERTED_AFTER_VERB = anyOf([
  'also', 'further', 'again', 'separately', 'in addition', 'également', 'aussi', 'séparément', 'en outre', 'asimismo', 'también', 'igualmente', 'además', 'por separado',
  'также', 'тоже', 'отдельно', 'كذلك', 'ايضا', 'اللجنه',
  // A request made again: "once again urges", "une fois de plus", "una vez más", "еще раз", "مرة أخرى".
  'once again', 'once more', 'yet again', 'une fois de plus', 'une nouvelle fois', 'de nouveau', 'una vez más', 'nuevamente', 'de nuevo', 'вновь', 'снова', 'еще раз', 'ещё раз', 'مرة أخرى', 'مجددا',
  'therefore', 'thus', 'accordingly', 'consequently', 'hence', 'donc', 'ainsi', 'par conséquent', 'en conséquence', 'por lo tanto', 'por consiguiente', 'en consecuencia', 'así pues',
  'поэтому', 'следовательно', 'в этой связи', 'لذلك', 'وعليه', 'ولذلك',
]).source;

/**
 * A party the Committee invites, requests or urges is the one that acts, whatever preposition a
 * language puts before it: "invita a los Estados a que envíen", "prie les organisations de",
 * "предлагает государствам представить", "邀请各会员国", "تدعو الدول إلى", "invite en outre chaque organisation",
 * "طلبت اللجنة إلى الأمانة أن" ("إلى" folds to "لي"), and the Arabic request made "of" its party ("يرجى من المنظمات أن", "تطلب من الدول").
 * (请 counts only right before the party: alone it is too common.)
 */
/**
 * A determiner before the word makes it a noun, no verb of asking: "indicating for each request the organizations that …", "cette
 * demande des États", "cada solicitud de los Estados". (Not the articles that are also object pronouns: "les prie", "los invita".)
 */
const NOUN_DETERMINER = '(?<!(?<![\\p{L}])(?:each|every|the|a|an|this|that|these|those|any|its|their|our|his|her|such|pending|chaque|une?|cette|ces|des|sa|ses|leurs?|cada|una|su|sus|esta|estas|este|estos)\\s+)';
const INVITED_POSITION = `${NOUN_DETERMINER}(?:${anyOf([...INVITING, '请']).source})(?:\\s+(?:${INSERTED_AFTER_VERB}))*[\\s,]*(?:(?:a|à|to|de|le|la|les|el|los|las|al|au|the|all|each|every|todos|todas|tous|toutes|aux|chaque|cada|каждой|каждую|всем|كل|لي|من)\\s+)*(?:各|每个|这些|上述|其他)?`;
const INVITED_AFTER = new RegExp(`${INVITED_POSITION}$`, 'u');

/**
 * Parties named by a bare noun are a party only where the Committee invites them: "organisations", "each organization",
 * "организациям", "المنظمات" elsewhere name civil-society and other bodies as well; Chinese "国家" (with "有关", the States
 * concerned: "请有关国家于…前") elsewhere means "national" ("国家联络人") or a country in general.
 */
/**
 * A government the Committee invites or encourages is a State asked to act, whichever State it names: "Se alienta al Gobierno
 * de la República Dominicana a que presente …", "encourages the Government of Nepal to submit", "предлагает правительству …".
 */
const GOVERNMENT = anyOf(['<governments?>', '<gouvernements?>', '<gobiernos?>', '<правительств[а-я]*', '<(ال)?حكوم(ه|ات)']).source;
const BARE_NOUNS: ReadonlyArray<[DeadlineConcerns, string]> = [
  ['organizations', anyOf(['<organi[sz]ations?>', '<organizaci(ón|ones)>', '<организаци[а-я]*', '组织', '<(ال)?منظم(ات|ه)>']).source],
  // (A State in the singular is invited with its determiner: "invites every State that has not yet reported", "invite chaque État",
  // "invita a cada Estado", "تدعو كل دولة"; "<государств" reads every case and number already.)
  ['states', anyOf(['(有关|相关)?国家', '<(state|état|etat|estado)>', '<(ال)?دوله>']).source],
  ['states', GOVERNMENT],
];
/** Chinese puts the State's name between the verb and 政府: "鼓励尼泊尔政府…", "委员会请博茨瓦纳政府审查…". */
const CHINESE_INVITED_GOVERNMENT = '(?<=(?:邀请|吁请|敦促|鼓励|请)[\u4e00-\u9fff]{0,12})政府';
/**
 * Chinese may put the party asked first, as the topic of the request: "其他国家亦请于同一日期前提交补充资料" (other States are also
 * asked to submit …), "各组织也请…". (Not "请求", a request, as in "应有关国家请求".)
 */
const CHINESE_ASKED_TOPIC = '(?=(?:亦|也|还|均|同样)?请(?!求))';
const invitedBare = (party: DeadlineConcerns) => [
  ...BARE_NOUNS.filter(([p]) => p === party).flatMap(([, bare]) => [`(?=${bare})(?<=${INVITED_POSITION})(?:${bare})`, `(?:${bare})${CHINESE_ASKED_TOPIC}`]),
  ...(party === 'states' ? [CHINESE_INVITED_GOVERNMENT] : []),
];

/**
 * The letter that labels an item of a list, in brackets: "(b)", "b)", "(б)", "(ب)" (folding drops an alef: "(أ)" reads "()").
 * What follows it opens a clause.
 */
const ITEM_LETTER = '[(（]?[a-zа-я\\u0620-\\u064a]{0,2}[)）]';

/**
 * A main clause with no party of its own, whose "that" clause holds the subject: "It is expected that organizations will …", "Il est
 * prévu que les organisations …", "Se espera que las organizaciones …", "Ожидается, что организации …". The noun right after its
 * "that" is the subject of the clause it opens, whatever verb follows (the French and Spanish subjunctive too).
 */
const IMPERSONAL_THAT = "(it|il) (is|was|will be|has been|est|était|sera|a été) ([a-zé]+ ){1,2}(that|que) |(se|es|está|era|fue) ([a-záéíóú]+ ){0,2}que |[а-я]+ся, (что|чтобы) ";

/**
 * Organizations named by the bare noun as the subject of the sentence, before its verb: "Organizations are invited to …",
 * "Premièrement, les organisations qui ne l'ont pas encore fait sont priées de …", "Las organizaciones, por su parte, han sido
 * invitadas a …". A phrase or two that open the sentence ("Premièrement,", "Por último,", "In addition, and as in previous
 * years,") may stand before them, and a clause
 * that restricts them (inserted between commas, a relative clause: "that have not yet done so", "qui ne l'ont pas encore fait", or a
 * phrase with its preposition: "Organizations on the Committee's list of assistance providers are requested", "Las organizaciones
 * de la lista de proveedores de asistencia deberán").
 */
function organizationsAsSubject(noun: string, relative: string, verbs: string): string {
  return `^([^,]{1,30}, ){0,2}(${noun}(, [^,]{1,40},| (${relative})>[^,]{1,50}?)? (${verbs})>|(${IMPERSONAL_THAT})(the )?${noun} [a-zа-яéá])`;
}

/**
 * A finite verb that opens its clause, at the start, after a comma or a full stop, an item's label, or "أن" / "بأن" / "وأن" (folded
 * "ن"): Arabic puts the verb first and its subject right after it ("أن تقدم المنظمات تقاريرها", the organizations submit their reports).
 * Folded text, written as such: raw, so that the lookbehind it goes in keeps its brackets.
 */
const ARABIC_CLAUSE_VERB = `(?:^|[،,؛.:]|^\\s*${ITEM_LETTER}|(?<![\\u0620-\\u064a])[وب]?ن\\s)\\s*[وف]?س?[يت][\\u0620-\\u064a]+\\s+`;
/** Organizations named by the bare noun as the subject of such a verb ("(ل)منظم(ت|ه)" is "المنظمات", "المنظمة" folded). */
const ARABIC_ORGANIZATIONS_AS_SUBJECT = `(?<=${ARABIC_CLAUSE_VERB})(?:ل)?منظم(?:ت|ه)(?![\\u0620-\\u064a])`;

/**
 * Who must act, a first form: the party a task names first as acting (see `namedParty`). An
 * organization or a state named as the actor wins over the Committee that asks it; the Secretariat
 * over the Committee it serves. A task that names none, or names the Committee or one of its bodies as
 * its subject, is the Committee's own (programme of work): a wrong `committee` reminds no one, a wrong
 * `states` would write to 193 states.
 */
const CONCERNS_CUES: ReadonlyArray<[DeadlineConcerns, RegExp]> = ([
  ['organizations', new RegExp(`${anyOf([
    '<(international|regional|subregional|intergovernmental) organi[sz]ations?>', organizationsAsSubject('organi[sz]ations', 'that|which|who|on|in|of|from|listed', 'are|is|will|should|shall|may|have been|has been'),
    organizationsAsSubject('(les )?organisations', 'qui|de|des|sur|inscrites|figurant', 'sont|seront|devraient|ont été'), organizationsAsSubject('(las )?organizaciones', 'que|de|del|en|inscritas|incluidas', 'están|deberán|deberían|han sido'),
    organizationsAsSubject('организаци[а-я]*', 'котор[а-я]*|из|в|на|включенн[а-я]*', 'предлагается|просят|было предложено'), '<organisations? (internationales?|régionales?|sous-régionales?)>',
    '<organizaciones (internacionales|regionales|subregionales)>', '<международн[а-я]* организаци', '<(суб)?региональн[а-я]* организаци', '国际组织', '区域组织', 'المنظمات الدوليه', 'المنظمات الاقليميه',
    '<iaea>', '<opcw>', '<interpol>', '<unodc>', '<fatf>', '<wco>', '<bwc-isu>', '<aiea>', '<oiac>', '<gafi>', '<omd>', '<oiea>', '<opaq>', '<магатэ>', '<опхо>', '<озхо>',
    // The two named most often, by their full names: "se invita al Organismo Internacional de Energía Atómica … a que".
    '<international atomic energy agency>', "<agence internationale de l'énergie atomique>", '<organismo internacional de energía atómica>', '<международн[а-я]* агентств[а-я]* по атомной энергии>', '国际原子能机构', 'الوكالة الدولية للطاقة الذرية',
    '<organi[sz]ation for the prohibition of chemical weapons>', "<organisation pour l'interdiction des armes chimiques>", '<organización para la prohibición de las armas químicas>', '<организаци[а-я]* по запрещению химического оружия>', '禁止化学武器组织', 'منظمة حظر الأسلحة الكيميائية',
    // A letter to an organization names it as its addressee ("your organization", "贵组织"); Chinese names organizations as
    // the head of a relative clause ("尚未指定联络人的组织于…") or with a determiner ("各组织").
    '<your organi[sz]ation>', '<votre organisation>', '<su organización>', '<ваш[а-я]* организаци', 'منظمتكم', '贵组织', '各组织', `的组织${CHINESE_HEAD_END}`,
  ]).source}|${ARABIC_ORGANIZATIONS_AS_SUBJECT}`, 'u')],
  ['states', anyOf([
    '<(member )?states>', '<états( membres)?>', '<etats( membres)?>', '<estados( miembros)?>', '<государств', '<государства-член', '会员国', '各国(?!际)', '<الدول>', 'الدول الاعضاء',
    // A Committee letter asks its readers, the States' representatives, to act for "your country" or
    // "your Government": "votre pays", "su Gobierno", "贵国", "حكومتكم"; and a Chinese relative clause ends in its head noun.
    '<your (country|government)>', '<votre (pays|gouvernement)>', '<su (país|gobierno)>', '<ваш(ей|е|его) стран', '<ваш[а-я]* правительств', '贵国', '<(بلدكم|بلادكم|حكومتكم)>', `的国家${CHINESE_HEAD_END}`,
  ])],
  ['secretariat', anyOf([
    '<secretariat>', '<office for disarmament affairs>', '<secretary-general>', '<unoda>', '<secrétariat>', '<secrétaire général>', '<secretaría>', '<secretario general>',
    // (With its possessor in Chinese, "委员会秘书处", the Committee's secretariat: the party starts where the name does.)
    '<секретариат', '<генеральн[а-я]* секретар', '(委员会)?秘书处', '秘书长', 'الامانه', 'الامين العام',
    '<bureau des affaires de désarmement>', '<oficina de asuntos de desarme>', '<управлени[а-я]* по вопросам разоружения>', '裁军事务厅', 'مكتب شؤون نزع السلاح',
    // The Office by its abbreviation, once the text has given its name: "ODA", "УВР", "裁军厅".
    '<oda>', '<увр>', '裁军厅',
    // (Russian and Arabic put the United Nations inside the Office's name: "Управление Организации Объединенных Наций по вопросам
    // разоружения", "مكتب الأمم المتحدة لشؤون نزع السلاح"; the other languages put it before or after.)
    '<управлени[а-я]* организации объединенных наций по вопросам разоружения>', 'مكتب الأمم المتحدة لشؤون نزع السلاح',
  ])],
] as const).map(([party, cue]) => [party, new RegExp([cue.source, ...invitedBare(party)].join('|'), 'gu')]);

/**
 * A party named as the one a task goes to is not the one that acts: "transmit … to the States",
 * "presentará al Comité", "представит Комитету", "向安理会提交", "إلى الدول".
 */
const RECIPIENT_BEFORE = /(?:(?<![\p{L}])(?:to|à|au|aux|al|a)(?: the| la| l'| les| los| las)?(?: concerned)?|向|(?<![\p{L}])لي)\s*$/u;
/**
 * Nor is the party a verb of informing takes as its object ("inform the Secretariat", "informer le Comité",
 * "уведомить Секретариат", "告知委员会秘书处", "إبلاغ الأمانة", "موافاة اللجنة"): it is told, the subject tells.
 * Nor the place a thing sent arrives at ("Nominations should reach the Secretariat", "должны поступить в Секретариат",
 * "送达秘书处"): it receives. (Spanish, French and Arabic mark both objects with "a", "à", "إلى", which the pattern above reads.)
 */
const INFORMED_BEFORE = new RegExp(`(?:${anyOf([
  '<(inform|informs|notify|notifies|apprise|apprises)>', '<(informer|informera|informeront|aviser|notifier)>', '<(про)?информир[а-я]*', '<уведом[а-я]*',
  '<(reach|reaches|reached)>', '<поступ(ить|ят|ают|ать|или)( в)?>', '送达', '送交', '寄达',
  '告知', '通知', '告诉', '知会', '<[وف]?(ابلاغ|يبلغ|تبلغ|يبلغوا|اخطار|يخطر|تخطر|موافاه|يوافي|توافي|تزويد|يزود|تزود)>',
]).source})\\s*(?:(?:the|le|la|les|l')\\s*)?$`, 'u');
const RUSSIAN_DATIVE_BODY = /^[а-я]+(?:ату|ету|ию|ту)(?![а-я])/u;
/**
 * A dative before an impersonal passive of tasking or asking is the party tasked, not a recipient: "Управлению по вопросам
 * разоружения поручено обновить …" (the Office is entrusted with updating), "Секретариату предлагается разместить …".
 * Only the words of its name stand between the two.
 */
const RUSSIAN_TASKED_DATIVE = /^[а-я]+(?:ату|ету|ию|ту)(?![а-я])[^.;:,]{0,60}?\s(?:было\s+|будет\s+)?(?:поручено|поручается|предложено|предлагается|рекомендовано|рекомендуется)(?![а-я])/u;

/** A party asked to act: the request is the task, whatever its verb ("are asked to share", "se ruega … que envíen"). */
const INVITED = anyOf(INVITING);

/**
 * A clause's first word in Arabic, which puts the verb first: after the start, a comma, a full stop or an item's label
 * ("رابعاً: يقدم الفريق العامل …", "(ب) توافي جيبوتي اللجنة …").
 */
const ARABIC_FIRST_WORD = new RegExp(`(?:^|[،,؛.:]|^\\s*${ITEM_LETTER})\\s*([\\u0620-\\u064a]+)\\s+$`, 'u');
/** A finite verb (and its "and", "then", "will": "وتبلغ", "فيبلغ", "وستبلغ") opening its clause has its subject next: "، تُبلغ المنظمات … اللجنةَ". */
const FINITE_VERB = /^[وف]?س?[يت]/u;

const ARABIC_VERB_BEFORE = new RegExp(`${ARABIC_CLAUSE_VERB}$`, 'u');
/** The parties and the Committee's bodies, read at one place of a text (sticky); built on first use. */
let partiesAt: RegExp[] | undefined;
/** Whether another party follows the word at `index` of a folded Arabic text, the next word. */
function partyFollows(folded: string, index: number): boolean {
  const next = /^[\u0620-\u064a]+\s+/u.exec(folded.slice(index));
  if (!next) return false;
  partiesAt ??= [...CONCERNS_CUES.map(([, cue]) => cue), COMMITTEE_BODY].map((re) => new RegExp(re.source, 'uy'));
  return partiesAt.some((re) => {
    re.lastIndex = index + next[0].length;
    return re.test(folded);
  });
}

/** Whether the party named at `index` of a folded text receives the task rather than doing it. */
function namedAsRecipient(folded: string, index: number): boolean {
  if (INVITED_AFTER.test(folded.slice(Math.max(0, index - 40), index))) return false;
  // (After "أن" the verb's subject is the party invited before it: "تدعو الدول إلى أن تبلغ الأمانة" informs the Secretariat.)
  if (FINITE_VERB.test(ARABIC_FIRST_WORD.exec(folded.slice(Math.max(0, index - 40), index))?.[1] ?? '')) return false;
  // A verb that opens its clause with two parties after it has the first as its subject, the second as its object: "أن توافي المنظمات
  // اللجنة ببرامجها" (the organizations send the Committee their programmes), "أن تبلغ الأمانة اللجنة". With one, its subject is the
  // party asked before it, and the one after it receives.
  if (ARABIC_VERB_BEFORE.test(folded.slice(Math.max(0, index - 40), index)) && partyFollows(folded, index)) return false;
  return RECIPIENT_BEFORE.test(folded.slice(Math.max(0, index - 16), index)) || INFORMED_BEFORE.test(folded.slice(Math.max(0, index - 24), index)) || (RUSSIAN_DATIVE_BODY.test(folded.slice(index)) && !RUSSIAN_TASKED_DATIVE.test(folded.slice(index)));
}

/** The Committee and its subsidiary bodies (see `COMMITTEE_BODIES`): they count as the party acting only as the subject, see `namedAsSubject`. */
const COMMITTEE_BODY = new RegExp(COMMITTEE_BODIES.source, 'gu');
/**
 * Where a subject stands: the start of the text or of a clause (after an item number, a comma or "and"), with its determiner
 * and an ordinal that numbers the body ("第三工作组应…", "The third working group", "le troisième groupe de travail",
 * "el tercer grupo de trabajo", "Третья рабочая группа"; Arabic puts it after: "الفريق العامل الثالث").
 * (A note's number is written "1/" in UN documents: the tasks a programme of work sets out as numbered notes.)
 */
const SUBJECT_POSITION = new RegExp(`(?:^|[,，、;；:：]|——|\\s(?:and|et|y|и|а)\\s|^\\s*(?:\\d+(?:\\.\\d+)*[.)/]?|${ITEM_LETTER}|[-•–]|[一二三四五六七八九十]+、))\\s*(?:(?:the|each|le|la|les|el|los|las|chaque|cada)\\s+)?(?:第[一二三四五六七八九十\\d]+|(?:first|second|third|fourth|premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto|перв|втор|трет|четв[её]рт)\\p{L}*\\s+)?$`, 'u');
/**
 * A body that asks or reminds another to act is not the one acting: "The Committee invites States", "委员会还请",
 * "Комитет поручил Секретариату", "The Committee further reminds States of their undertaking to report".
 */
const ASKING = anyOf([...INVITING, '请', '<remind(s|ed)?>', '<rappel(le|lent|é)>', '<recuerda>', '<напомина[а-я]*', '提醒', '<(يذكر|تذكر)>']);
/**
 * "The Committee takes this opportunity to encourage States …": the formula before the request, not a task of the Committee's.
 * (Arabic puts its verb before the Committee, "تغتنم اللجنة هذه الفرصة لتشجيع": not read here.)
 */
const TAKES_OPPORTUNITY = anyOf([
  'takes? (this|the) opportunity to', "saisit (cette |l')occasion pour", 'aprovecha (esta|la) oportunidad para', 'пользуется (этой|случаем|возможностью)( возможностью)?,? чтобы', '借此机会',
]).source;
// (With the support verb of a request made as a noun: "hizo un llamamiento", "a lancé un appel", "обратился с призывом", "وجهت نداء".)
// (And the adverbs and connectives a request puts after its verb, which stand before it as well: "The Committee therefore requests".)
const REQUEST_FOLLOWS = new RegExp(`^\\s*(?:(?:hereby|has|had|will|would|a|ha|谨|还|也|再次|特此|因此|made|makes|hizo|hace|reiteró|lanzó|lancé|lance|обратился с|обращается с|وجهت|يوجه|${TAKES_OPPORTUNITY}|${INSERTED_AFTER_VERB})[\\s,]*)*(?:${ASKING.source})`, 'u');

/**
 * A participle of tasking right before its "of" names what a body is in charge of, not a party it tasks: "le groupe de travail
 * chargé de la coopération avec les organisations …", "el grupo de trabajo encargado de …", "the working group tasked with …".
 * (Russian, Chinese and Arabic say it with other words: "отвечающая за", "负责…的", "المعني ب".)
 */
const IN_CHARGE_OF = /^\s*(?:chargée?s?|encargad[oa]s?|tasked|charged)\s+(?:de|del|d'|with)(?![a-z])/u;

/** The Secretariat a Committee body follows as its possessor in Arabic ("أمانة اللجنة", the Committee's secretariat). */
const SECRETARIAT_OF = new RegExp(`${anyOf(['<(ال)?امانه']).source}\\s*$`, 'u');

/**
 * Whether a Committee body (or a State named by its name) is the text's first subject: at the head of the text or of a clause, not asking another party
 * to act ("The Committee invites …"), not a modifier of the Secretariat that serves it ("委员会秘书处", "Committee secretariat",
 * "أمانة اللجنة"), not the one a task goes to or informs ("إلى اللجنة", "موافاة اللجنة").
 * In Arabic the verb comes first: one word may stand before the body ("وستقدم اللجنة"), unless it is a request ("تدعو اللجنة").
 */
function namedAsSubject(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (/^'s(?![a-z])/u.test(after) || (REQUEST_FOLLOWS.test(after) && !IN_CHARGE_OF.test(after)) || /^\s*(?:secretariat|secrétariat|secretaría|секретариат|秘书处|الامانه)/u.test(after)) return false;
  if (SECRETARIAT_OF.test(before) || namedAsRecipient(text, index)) return false;
  if (SUBJECT_POSITION.test(before)) return true;
  const verbFirst = ARABIC_FIRST_WORD.exec(before);
  return !!verbFirst && !ASKING.test(verbFirst[1]!);
}

/**
 * The party a letter is addressed to, from its title ("Lettre … adressée aux chefs des organisations internationales …",
 * "Letter … addressed to the Permanent Representatives of all Member States", "…主席给各会员国常驻代表的信"): the first party
 * named after the words that turn to the addressees.
 */
const LETTER = anyOf(['<letter>', '<lettre>', '<carta>', '<письм', '信', '<رساله']);

/**
 * The address block of a letter, a line of its own under the signature or above the salutation: "To all Permanent Representatives
 * and Permanent Observers to the United Nations", "À tous les représentants permanents …", "A los Representantes Permanentes …",
 * "Постоянным представителям …", "致各常驻联合国代表", "إلى جميع الممثلين الدائمين …": the turn to the addressees opens it, their
 * name follows within a few words.
 */
const ADDRESS_LINE = anyOf([
  '<(to|à|aux)( (all|the|tous|toutes|les))* ', '<(a|al)( (todos|todas|los|las))+ ', '<al ', '<(всем )?(?=постоянным )', '致(各|所有)?', '<(إلى)( (جميع|كافة))? ',
], 'gu');
/** The representatives of States at the United Nations, whom a Committee letter addresses: the States act through them. */
const STATE_REPRESENTATIVES = anyOf([
  '<permanent (representatives?|observers?|missions?)>', '<(représentants?|observateurs?|missions?) permanent', '<(representantes?|observadores?|misiones?) permanentes?>',
  '<постоянн[а-я]* (представител|наблюдател)', '常驻(联合国)?(代表|观察员)', '<(المندوبين|الممثلين|المراقبين) الدائمين>',
]);
const ADDRESS_LINE_LENGTH = 200;
/** A few words at most between the turn and the addressees' name: their office ("the heads of", "les chefs des", "los jefes de"). */
const ADDRESSEE_OFFICE = /^(?:[\p{L}'-]+\s+){0,4}$/u;

function letterAddressees(units: readonly TextUnit[]): DeadlineConcerns | undefined {
  const partyFirst = (text: string) => CONCERNS_CUES.map(([party, cue]) => ({ party, at: text.search(new RegExp(cue.source, 'u')) })).filter((n) => n.at >= 0).sort((a, b) => a.at - b.at)[0]?.party;
  for (const unit of units.slice(0, 12)) {
    const turn = ADDRESSEE.exec(unit.folded);
    if (!turn || !LETTER.test(unit.folded.slice(0, turn.index))) continue;
    return partyFirst(unit.folded.slice(turn.index + turn[0].length, turn.index + turn[0].length + 160));
  }
  // The block is a line that asks nothing and sets no task. It opens its unit, or opens with a capital where a reader ran it on from the
  // signature's lines ("… established pursuant to resolution 1540 (2004) To all Permanent Representatives …"): "to" inside a sentence
  // ("Assistance to States") is no address.
  for (const unit of units) {
    if (unit.folded.length > ADDRESS_LINE_LENGTH || TASK_WORD.test(unit.folded) || INVITED.test(unit.folded)) continue;
    const { folded, offsets } = foldWithOffsets(unit.text);
    for (const turn of folded.matchAll(ADDRESS_LINE)) {
      if (unit.text.slice(0, offsets[turn.index]).trim() !== '' && !/^\p{Lu}/u.test(unit.text.slice(offsets[turn.index]!))) continue;
      const addressed = folded.slice(turn.index + turn[0].length);
      // The addressees' name may follow their office ("To the heads of international and regional organizations", "致各组织负责人" ends with it).
      const near = (at: number | undefined) => at !== undefined && at >= 0 && ADDRESSEE_OFFICE.test(addressed.slice(0, at));
      if (near(STATE_REPRESENTATIVES.exec(addressed)?.index)) return 'states';
      const party = firstParty(addressed);
      if (party && near(party.at)) return party.party;
    }
  }
  return undefined;
}

/** The party a text names first as acting (not receiving), with where its name ends. */
function firstParty(text: string, from = 0): { party: DeadlineConcerns; at: number; end: number } | undefined {
  let first: { party: DeadlineConcerns; at: number; end: number } | undefined;
  for (const [party, cue] of CONCERNS_CUES) {
    const m = [...text.matchAll(cue)].find((match) => match.index >= from && !namedAsRecipient(text, match.index));
    // (A cue may name only the stem: "<государств" of "государства".)
    if (m && (!first || m.index < first.at)) first = { party, at: m.index, end: m.index + m[0].length + /^[\p{Script=Latin}\p{Script=Cyrillic}-]*/u.exec(text.slice(m.index + m[0].length))![0].length };
  }
  return first;
}

/**
 * A request whose object is a pronoun ("decided to write to the States that have not reported to ask them to submit …",
 * "acordó dirigirse a los Estados … para pedirles que presenten", "de s'adresser aux États pour leur demander de", "обратиться к
 * государствам с просьбой представить", "致函有关国家，请其…", "مخاطبة الدول لتطلب إليها"): the pronoun points back to the party
 * the message is addressed to, and that party is the one asked to act, though named as a recipient after the Committee.
 */
const ASKED_BACK = anyOf([
  '<(ask|asking|request|requesting|invite|inviting|urge|urging|encourage|encouraging) (them|it)>',
  '<(leur|lui) (demander|demandant|demande|demandera)>', "<(les|l') (inviter|invitant|invite|prier|priant|encourager|engager)>",
  '<(pedir|solicitar|rogar|invitar|instar|exhortar|alentar)(les|le|los|las)>', '<(les|le) (pide|pidió|pedirá|solicita|solicitó|ruega)>', '<(los|las) (invita|invitó|insta|instó|exhorta|alienta)>',
  '<с просьбой>', '<(просить|попросить|призвать|предложить|пригласить|просит|попросил|призвал|предложил) (их|им|его|ему)>',
  '(请|要求|促请|鼓励)(其|它们|他们)', '<[لوف]?(تطلب|يطلب|طالبه|داعيه|تدعو|يدعو) (إليها|إليهم|منها|منهم|اياها|اياهم)>',
]);

/** The party a text names last before `end`, the Committee's bodies left out: the one a message is addressed to. */
function lastParty(text: string, end: number): DeadlineConcerns | undefined {
  let last: { party: DeadlineConcerns; at: number } | undefined;
  const before = text.slice(0, end);
  for (const [party, cue] of CONCERNS_CUES) for (const m of before.matchAll(cue)) if (!last || m.index > last.at) last = { party, at: m.index };
  return last?.party;
}

/**
 * Where a State named by its name is the subject of a task, if it is: it acts for itself ("(b) Djibouti will send its comments
 * to the Committee by …", "(ب) توافي جيبوتي اللجنة بتعليقاتها …", "吉布提应于…前向委员会提交评论"). A Committee document names a State so
 * where it records the steps agreed with it (after a visit); elsewhere the State is the host, the donor or the one written about.
 */
function stateAsSubject(text: string): number | undefined {
  let first: number | undefined;
  for (const language of LANGUAGES) {
    for (const { anchor, re, adjective } of statePatterns(language)) {
      if (adjective || !text.includes(anchor)) continue;
      for (const m of text.matchAll(re)) if ((first === undefined || m.index < first) && namedAsSubject(text, m.index, m[0].length)) first = m.index;
    }
  }
  return first;
}

/**
 * Chinese puts the relative clause that restricts the party asked between the verb of asking and the party's head noun: "委员会将再次敦促
 * 尚未更新联络人信息的国家于…前更新" (urge the States that have not yet updated their contacts …). The head noun is asked as if it stood right after
 * the verb (the cue of a bare head noun starts at its "的": "的国家在").
 */
const CHINESE_ASKED_RELATIVE = new RegExp(`(?:${anyOf([...INVITING, '请']).source})[^，。；,;：:]{1,36}的$`, 'u');

/**
 * The party a request names after the Committee's body that makes it, where other words part the body from its request ("The
 * Committee once again urges the States …", "Комитет продолжит призывать государства …", "Le Comité continuera d'inviter les
 * États …", "委员会继续高度重视…，请这些国家于…前"): the body is the subject of the asking, the party asked is the one that acts.
 */
function partyAskedAfter(text: string, from: number): DeadlineConcerns | undefined {
  let asked: { party: DeadlineConcerns; at: number } | undefined;
  for (const [party, cue] of CONCERNS_CUES) {
    const m = [...text.matchAll(cue)].find((match) => match.index > from && (INVITED_AFTER.test(text.slice(Math.max(0, match.index - 40), match.index)) || CHINESE_ASKED_RELATIVE.test(text.slice(Math.max(0, match.index - 40), match.index) + (match[0].startsWith('的') ? '的' : ''))));
    if (m && (!asked || m.index < asked.at)) asked = { party, at: m.index };
  }
  return asked?.party;
}

/**
 * Verbs by which a body records what it agreed, decided, recalled or stressed, and the word that opens what it records: "The Committee
 * agreed that the Secretariat would circulate …", "a décidé que les organisations …", "acordó que la Secretaría …", "решил, что
 * Секретариат …", "委员会重申，各国应…". Adverbs may stand between ("also agreed", "a en outre décidé").
 * (Arabic puts its verb before the Committee: see `ARABIC_RECORDING`.)
 */
const RECORDING = anyOf([
  '<(also |further |again |therefore )?(agreed|agrees|decided|decides|recalled|recalls|reiterated|reiterates|reaffirmed|reaffirms|stressed|stresses|emphasized|emphasised|noted|notes|confirmed|confirms)( that)?>',
  "<(a|ont)( également| en outre| aussi| de nouveau)? (convenu|décidé|rappelé|réaffirmé|souligné|noté|confirmé)( que| qu')?", "<(convient|décide|rappelle|réaffirme|souligne|note|confirme)( que| qu')?",
  '<(también |además )?(acordó|decidió|recordó|reiteró|reafirmó|subrayó|destacó|señaló|confirmó|acuerda|decide|recuerda|reitera|reafirma|subraya|destaca|señala|confirma)( que)?>',
  '<(также |вновь )?(решил|постановил|напомнил|подтвердил|подчеркнул|отметил|согласился|договорился|решает|напоминает|подтверждает|подчеркивает|отмечает)[а-я]*(,? что)?',
  '(还|也|再次)?(重申|回顾|决定|商定|强调|指出|确认|同意)',
]);
/**
 * Arabic reports what a body decided with the verb before the body, and opens what it records with "أن" (that), "على أن" after
 * "agreed", "بأن": "وقررت اللجنة أن تعمم الأمانة …" (the Committee decided that the Secretariat circulate …), "واتفقت اللجنة على أن
 * تقدم المنظمات …". The verb (with its "and", "so": "وقررت", "فقد قررت"), in the feminine the Committee takes or the masculine of a
 * working group; an adverb may stand between the body and "أن" ("أيضا", "كذلك", "مجددا").
 */
const ARABIC_RECORDING = anyOf(['<[وف]?(قررت|قرر|اتفقت|اتفق|أكدت|أكد|شددت|شدد|أشارت|أشار|لاحظت|لاحظ|وافقت|وافق|أقرت|أقر)>']);
const ARABIC_RECORDED_OPENS = new RegExp(`^\\s*(?:${anyOf(['<(أيضا|كذلك|مجددا|مرة أخرى)>']).source}\\s*)?(?:${anyOf(['<(على أن|بأن|أن)>']).source})\\s*`, 'u');

/**
 * What follows the recording verb right after the body that opens the text (or, in Arabic, right before it): the clause it records,
 * if it names its own subject first.
 */
function complementSubject(text: string, bodyStart: number, bodyEnd: number): DeadlineConcerns | undefined {
  const recorded = RECORDING.exec(text.slice(bodyEnd, bodyEnd + 40));
  const arabic = ARABIC_RECORDING.test(ARABIC_FIRST_WORD.exec(text.slice(0, bodyStart))?.[1] ?? '') ? ARABIC_RECORDED_OPENS.exec(text.slice(bodyEnd)) : null;
  let complement: string;
  if (recorded && text.slice(bodyEnd, bodyEnd + recorded.index).trim().split(/\s+/u).filter(Boolean).length <= 2) complement = text.slice(bodyEnd + recorded.index + recorded[0].length);
  else if (arabic) complement = text.slice(bodyEnd + arabic[0].length);
  else return undefined;
  complement = complement.replace(/^[\s,，:：]+/u, '');
  const first = firstParty(complement);
  return first && namedAsSubject(complement, first.at, first.end - first.at) ? first.party : undefined;
}

/** The party the texts name first as acting, if any (in a table row, pass the "lead" cell first); the Committee's bodies only as a subject. */
function namedParty(...texts: string[]): DeadlineConcerns | undefined {
  for (const text of texts) {
    const askedBack = ASKED_BACK.exec(text);
    const addressed = askedBack && lastParty(text, askedBack.index);
    if (addressed) return addressed;
    // The party named first, as the one acting (not receiving), is the sentence's subject: "The Secretariat will
    // circulate a compilation shared by States and organizations" is the Secretariat's task.
    const first = firstParty(text);
    // "The Group of Experts will submit to the Committee …": the Committee's own body as the subject, before any other party.
    const body = [...text.matchAll(COMMITTEE_BODY)].find((match) => namedAsSubject(text, match.index, match[0].length));
    const state = stateAsSubject(text);
    if (state !== undefined && (!first || state < first.at) && (!body || state < body.index)) return 'states';
    if (body && (!first || body.index < first.at)) return complementSubject(text, body.index, body.index + body[0].length) ?? partyAskedAfter(text, body.index) ?? 'committee';
    if (first) return first.party;
  }
  return undefined;
}

/**
 * A second party joined to the first acting one by "and" acts as well: "Member States and international and regional
 * organizations wishing to take part were asked to send …", "государства и международные организации … сообщают",
 * "请各会员国和国际及区域组织于…前提出意见", "الدول والمنظمات الإقليمية". Two parties due on one date are two deadlines.
 * Only the words of the second party's name may stand between the conjunction and the cue ("international and regional").
 */
const COORDINATED = /^(?:\s*,)?\s*(?:(?:and|et|y|e|и|а также)\s+(?:(?:the|les|las|los|all|todas|todos|toutes|tous|всех|все)\s+)?(?:[\p{L}-]+(?:\s+(?:and|et|y|и))?\s+){0,3}?|(?:和|及|与|以及)[\u4e00-\u9fff]{0,6}?|\s*و\s*(?:[\u0620-\u064a]+\s+){0,2}?)$/u;

function coordinatedParty(text: string): DeadlineConcerns | undefined {
  const first = firstParty(text);
  if (!first) return undefined;
  const second = firstParty(text, first.end);
  if (!second || second.party === first.party || second.at - first.end > 60) return undefined;
  return COORDINATED.test(text.slice(first.end, second.at)) ? second.party : undefined;
}

/**
 * A request made of two parties in two clauses, the second with its verb of asking left out (gapped): "States that have not yet done
 * so are invited to designate their contacts, and organizations to confirm theirs, by 30 April", "Les États sont invités à …, et les
 * organisations à confirmer …", "Se invita a los Estados a …, y a las organizaciones a que confirmen …", "Государствам … предлагается
 * сделать это, а организациям — подтвердить …", "تدعى الدول إلى …، والمنظمات إلى …". The second clause opens, after its conjunction,
 * with its party (in the case the request gives it) and goes on with the task's infinitive, or with the dash that stands for the verb
 * left out: the request and the date the sentence gives are that party's as well. Two tasks due on one date are two deadlines.
 */
const GAPPED_JOIN = /[,;،]\s*(?:and|et|y|e|и|а|а также|as well as)\s+|،\s*و(?=[\u0620-\u064a])/gu;
/** The party's name may take a preposition and an article before it, and adjectives ("international, regional and subregional"). */
const GAPPED_PARTY_LEAD = /^(?:(?:to|à|aux|au|a|al|к|ко)\s+)?(?:(?:the|les|la|le|los|las|l')\s*)?(?:[\p{L}-]+,?\s+){0,4}?$/u;
/** What stands for the verb left out: a dash, or the infinitive's own mark ("to", "à", "de", "a que", "إلى"), or a Russian infinitive. */
const GAPPED_VERB = new RegExp(`^\\s*(?:-\\s*|(?:${anyOf(['to', 'à', 'de', "d'", 'a', 'a que', 'إلى']).source})\\s+|(?=[а-я]+(?:ть|ти|чь)(?:ся)?(?![а-я])))`, 'u');

function gappedParty(original: string, first: DeadlineConcerns): { party: DeadlineConcerns; clause: string } | undefined {
  const { folded: beforeDate, offsets } = foldWithOffsets(original);
  for (const join of [...beforeDate.matchAll(GAPPED_JOIN)].reverse()) {
    const head = beforeDate.slice(0, join.index);
    const clause = beforeDate.slice(join.index + join[0].length);
    // The verb of asking is the first clause's, and only its: a second clause with its own ("and organizations are invited") is read as any clause is.
    if (!INVITED.test(head) || INVITED.test(clause)) continue;
    for (const [party, cue] of CONCERNS_CUES) {
      if (party === first) continue;
      const m = [...clause.matchAll(cue)][0];
      if (!m || !GAPPED_PARTY_LEAD.test(clause.slice(0, m.index))) continue;
      const nameEnd = m.index + m[0].length + /^[\p{L}-]*/u.exec(clause.slice(m.index + m[0].length))![0].length;
      if (GAPPED_VERB.test(clause.slice(nameEnd)) && TASK_WORD.test(clause.slice(nameEnd))) return { party, clause: original.slice(offsets[join.index + join[0].length]) };
    }
    return undefined;
  }
  return undefined;
}

/** The end of a month, between a limit and the month's name: "the end of", "la fin de", "finales de", "конца". */
const END_OF = /\s*(?:(?:the|la|a|à)\s+)?(?:end|fin|finales|fines)\s+(?:of|de|du|d')\s*$|\s*конц[а-я]*\s*$|\s*نهاية\s*$/u;

/** "the month of", "du mois de", "del mes de", "месяца": words between a date's preposition and a month's name. */
/** (With its article: "antes de que finalice el mes de mayo", "before the end of the month of May".) */
const MONTH_OF = /\s*(?:(?:of the|du|del|de|el|the|le)\s+)?(?:month|mois|mes)\s+(?:of|de|d')\s*$|\s*месяца\s*$/iu;
/** "à la même date du 30 septembre", "en la misma fecha del 30 de abril": the date a limit already set is named again; "du" there opens no period. */
const SAME_DATE_OF = /(?<=(?:same|même|misma|mismo) (?:date|fecha|día|jour))\s+(?:of|du|del|de)\s*$/u;

/** Words that introduce the date, left at the end of a title cut before it (or all of it, where the sentence opens with its date). */
const TRAILING_DATE_WORDS = /(?:^|[\s,;:|]+)(?:by(?: the end(?: of)?)?|no(?:t)? later than(?: the end(?: of)?)?|before(?: the end(?: of)?)?|due(?: on| by)?|in|during|on|au cours(?: du| de)?|durante|в течение|d'ici(?: la fin(?: de)?| le)?|au plus tard(?: le)?|avant(?: la fin(?: de)?| le)?|en|a más tardar(?: el)?|antes (?:del?|de finales de)|antes de que (?:finalice|termine|concluya|acabe)|para(?: el)?|не позднее|до(?: конца)?|к(?: концу)?|в|في موعد أقصاه|في موعد لا يتجاوز|بحلول|قبل(?: نهاية)?|في)\s*$/iu;
const TITLE_LENGTH = 90;

/**
 * The task in a few words, from its sentence: the date and its preposition dropped (the object a
 * sentence puts after an inserted date kept), remarks in brackets dropped, a leading clause that
 * names no task ("In accordance with resolution …,") dropped, cut at a clause or a word.
 */
function titleOf(before: string, after: string): string {
  const task = taskOf(before);
  let title = task.replace(MONTH_OF, '').replace(TRAILING_DATE_WORDS, '');
  // "presentará al Comité, a más tardar el 31 de marzo de 2025, una versión actualizada", "организациям предлагается
  // не позднее 15 июля проинформировать Комитет": the object, or the verb, follows the date.
  const objectFollows = /^\s*,/u.test(task.slice(title.length)) && /^\s*,/u.test(after);
  const verbFollows = !TASK_WORD.test(fold(title)) && TASK_WORD.test(fold(after.split(/[;.。；]/u)[0] ?? ''));
  if (objectFollows || verbFollows) title += ` ${after.replace(/^[\s,]+/u, '').replace(/^(?:года|г\.|год)(?![\p{L}])\s*/u, '').split(objectFollows ? /[,;.。；،]/u : /[;.。；]/u)[0] ?? ''}`;
  title = title.replace(/\s*[(（][^)）]*\p{L}[^)）]*[)）]/gu, '').replace(/[\s,;:|.]+$/u, '');
  const lead = /^([^,，،]+)[,，،]\s*/u.exec(title);
  if (lead && lead[1]!.split(/\s+/u).length >= 3 && !TASK_WORD.test(fold(lead[1]!)) && TASK_WORD.test(fold(title.slice(lead[0].length)))) title = title.slice(lead[0].length);
  if (title.length > TITLE_LENGTH) {
    // "La Secretaría, por conducto de la Oficina de Asuntos de Desarme, presentará …": an inserted
    // clause before the task's verb says how, not what; it goes before the title is cut.
    const parts = title.split(/,\s*/u);
    const verb = parts.findIndex((p, i) => i > 0 && TASK_WORD.test(fold(p)));
    // (A one-word first part is a list being enumerated: "Международным, региональным и …".)
    if (verb > 1 && parts[0]!.trim().split(/\s+/u).length >= 2 && !TASK_WORD.test(fold(parts[0]!))) title = [parts[0], ...parts.slice(verb)].join(' ').replace(/\s+/gu, ' ');
  }
  if (title.length > TITLE_LENGTH) {
    const clause = title.slice(0, TITLE_LENGTH).search(/[,;，；،][^,;，；،]*$/u);
    title = clause >= 30 ? title.slice(0, clause) : `${title.slice(0, title.lastIndexOf(' ', TITLE_LENGTH)).replace(/[\s,;:|]+$/u, '')}…`;
  }
  return title.charAt(0).toLocaleUpperCase() + title.slice(1);
}

/** Two pieces of one sentence around a date, with a space where the script has spaces. */
function joinPhrases(a: string, b: string): string {
  // "请各会员国于" + "就…提出意见": the Chinese preposition of the date goes with it.
  const left = a.replace(/\s+$/u, '').replace(/(?:应于|不迟于|于|在)$/u, '');
  // A comma closing the left piece stays: it marks a leading clause ("En la misma fecha,") that titles drop.
  return left === '' || /[\u3000-\u9FFF]$/u.test(left) ? `${left}${b}` : `${left} ${b}`;
}

/** The task as a person reads it: item number dropped ("3.", "3 -" of Arabic paragraphs, "3/" of notes), table cells separated by "|". */
function taskOf(text: string): string {
  return text.replace(/^\s*(?:\d+(?:\.\d+)*(?:[.)/]|\s+-)?|\(?[a-zа-я\u0620-\u064a]\)|\(?[ivx]+\))\s+/iu, '').replace(/\s*\t\s*/gu, ' | ').replace(/[\s|]+$/u, '').replace(/ {2,}/gu, ' ').slice(0, 200);
}

/**
 * The date the tasks are counted from: the document's date, or the date the adoption line of its
 * header block gives ("Adopted by the Committee on 9 April 2025", before the first numbered
 * paragraph) when that is earlier: a programme of work is not dated by the end of its period.
 * With neither, the month a title dates the document by. The adoption line stands on a line of
 * its own; inside a sentence of the letter ("la résolution 1540 (2004), adoptée le 28 avril 2004")
 * "adopted" dates the resolution, not this document.
 */
/**
 * The words of up to `length` characters before `at`, a word the window cuts into left out: its tail would read as a word of its
 * own ("…يعتمد" cut to "عتمد", the past "adopted").
 */
function wordsBefore(text: string, at: number, length: number): string {
  const from = Math.max(0, at - length);
  const window = text.slice(from, at);
  return from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!) ? window.replace(/^[\p{L}\p{N}]+/u, '') : window;
}

const ADOPTION_LINE_LENGTH = 120;

function referenceDate(units: readonly TextUnit[], documentDate: string | null): string | null {
  const firstParagraph = units.findIndex((u) => u.listItem);
  const adopted = units
    .slice(0, firstParagraph < 0 ? 12 : firstParagraph)
    .filter((u) => u.heading || u.text.length <= ADOPTION_LINE_LENGTH)
    .flatMap((u) => findDates(u.text).filter((d) => d.year !== null && d.day !== null && ADOPTION.test(fold(wordsBefore(u.text, d.start, 40)))))
    .map((d) => isoDate(d.year!, d.month, d.day!));
  if (documentDate || adopted.length) return [documentDate, ...adopted].filter((d): d is string => !!d).sort()[0]!;
  // A newsletter or message dated by month only ("Issue 3, October 2024" under its title): what its
  // paragraphs date before that month happened already.
  const issue = units.slice(0, 6).flatMap((u) => findDates(u.text)).find((d) => d.year !== null && d.day === null);
  return issue ? isoDate(issue.year!, issue.month, 1) : null;
}

/**
 * Whether a month-only date is no later than a document dated by month only: the issue line itself
 * ("Lettre d'information no 21 - avril 2025") names the month the document came out, by which nothing is due.
 */
function notAfterIssueMonth(date: string, documentDateGiven: string | null, reference: string | null): boolean {
  return !documentDateGiven && !!reference && date.slice(0, 7) <= reference.slice(0, 7);
}

/**
 * The cell before a row's date cell: the one that says who acts. The words of the date cell itself ("ежегодно до",
 * "no later than") are passed over.
 */
function leadCell(rowBeforeDate: string): string {
  const cells = rowBeforeDate.split(/\t|\|/u);
  if (cells.length > 1) cells.pop();
  return cells.filter((c) => c.trim()).at(-1) ?? '';
}

/** The first cell of a row that has several before its date: the task column. */
function taskCell(row: string): string | undefined {
  const cells = row.split(TABLE_ROW).filter((c) => c.trim());
  return cells.length >= 2 ? cells[0] : undefined;
}

/**
 * Where the clause starts that gives a date again which its sentence gave already, in a clause of its own ("请各会员国于9月30日前
 * 提交报告，并请各组织于9月30日前更新联络点", "States are to report by 30 September, and organizations are to confirm their contacts
 * by 30 September"): a second task due that day, with the party its clause names. Undefined where the date is not restated.
 */
function restatingClauseStart(text: string, dates: readonly FoundDate[], d: FoundDate, sentenceStart: number): number | undefined {
  const earlier = dates.find((e) => e !== d && e.start >= sentenceStart && e.end <= d.start && e.year === d.year && e.month === d.month && e.day === d.day);
  if (!earlier) return undefined;
  const opener = [...text.slice(earlier.end, d.start).matchAll(/[,;，；،]\s*(?:(?:and|et|y|e|и)\s+|并且?|同时|而)?|\s(?:and|et|y|e|и)\s/gu)].at(-1);
  return opener && earlier.end + opener.index + opener[0].length;
}

/** The sentence up to the end of the clause that holds the date: a later clause ("and States will be invited to …") has its own actor. */
function clauseOf(text: string, dateEnd: number): string {
  const end = text.slice(dateEnd).search(/[,;，；،]|\s(?:and|et|y|и)\s/u);
  return end < 0 ? text : text.slice(0, dateEnd + end);
}

/**
 * A second task tied to a limit already given by words instead of a date: "… a más tardar el 30 de
 * abril de 2025. Se ruega asimismo a las organizaciones … que envíen, en la misma fecha, …",
 * "… не позднее 1 марта 2025 года и в тот же срок сообщить …". One anaphora, one more deadline.
 */
const SAME_LIMIT = anyOf([
  '<(by|on|before) the same (date|day|deadline)>', '<within the same (deadline|time limit|period)>',
  // (And "that date" in each language: "avant cette date", "antes de esa fecha", "к этому сроку", "亦须于该日前", "بحلول ذلك التاريخ".)
  '<(by|on|before) (that|this) (same )?(date|day|deadline)>',
  // The date taken up by a relative clause: "…, a date by which organizations too will …", "fecha en la que también las organizaciones deberán …".
  '<(a |the )?date by which>', '<date (à|avant) laquelle>', '<fecha (en|para|antes de) (la )?(que|cual)>', '<срок, (к|до) которо(му|го)>', '<дата, (к|до) которой>', '届时', '(وهو|وهي) (الموعد|التاريخ) الذي', '<(à|avant) (la|cette) (même )?(date|échéance)>', '<dans le même délai>', '<le même jour>', '<(en|para|antes de) (la|esa|esta) (misma )?fecha>', '<en el mismo plazo>', '<dentro del mismo plazo>',
  '<в (тот|этот) же срок>', '<к (тому|этому)( же)? сроку>', '<к (той|этой)( же)? дате>', '<до (этой|той)( же)? даты>', '<в (ту|эту) же дату>', '<в (тот|этот) же день>', '同日', '同一日期', '同一期限', '在同一日期前', '(于|在)(该|此|这一)(日|日期|期限)(之|以)?前',
  'في (الموعد|التاريخ|الأجل) (نفسه|ذاته)', 'في نفس (الموعد|التاريخ)', '(بحلول|قبل) (ذلك|هذا) (الموعد|التاريخ)',
]);
// (Chinese full-width stops end a sentence with no space after them: "…名单；第二工作组也将…".)
const SENTENCE_END = /[.;!?؟](?=\s|$)|[。；！？]/u;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');
const SAME_LIMITS = new RegExp(SAME_LIMIT.source, 'gu');
/** What may stand between the words and a date they restate: punctuation, or "that is" ("by the same date, i.e. 15 May"). */
const RESTATED_GAP = /^[\s,，、:：(（—–-]*(?:(?:i\.\s?e\.|namely|that is|soit|c'est-à-dire|es decir|a saber|т\.\s?е\.|то есть|即|أي)[\s,，、:：]*)?$/iu;

/** Where the sentence that holds `text`'s end begins: after the last sentence end in it, or at 0. */
const sentenceStartIn = (text: string): number => Math.max(0, ...[...text.matchAll(SENTENCE_ENDS)].map((e) => e.index + 1));

function sameLimitTasks(units: readonly TextUnit[], i: number, earlier: DeadlineFinding, dateEnd: number): DeadlineFinding[] {
  const unit = units[i]!;
  // The words may come in a later sentence of the same paragraph or of the next one ("Secondly, … by the
  // same date"), before another date is given. A section heading between two numbered paragraphs ("7. … le 30 septembre
  // 2025 au plus tard …" / "V. Questions administratives" / "8. À la même date, …") does not part them further.
  const following: string[] = [];
  let paragraph = unit.paragraph;
  let paragraphsOn = 0;
  for (let k = i + 1; k < units.length && findDates(units[k]!.text).length === 0; k++) {
    const next = units[k]!;
    if (next.heading) continue;
    if (next.paragraph !== paragraph) [paragraph, paragraphsOn] = [next.paragraph, paragraphsOn + 1];
    if (paragraphsOn > 1) break;
    following.push(next.text);
  }
  const found: DeadlineFinding[] = [];
  const tail = [unit.text.slice(dateEnd), ...following].join(' ');
  const { folded, offsets } = foldWithOffsets(tail);
  for (const m of folded.matchAll(SAME_LIMITS)) {
    const at = offsets[m.index]!;
    const length = offsets[m.index + m[0].length]! - at;
    // A restated date right after the words ("en la misma fecha, 30 de abril", "by the same date (30 April)") is read as a date
    // already. A date further on in the clause is another one: the period a report covers ("并于同日前提交其2029年1月至12月的活动概况").
    const restated = findDates(tail.slice(at + length, at + length + 30))[0];
    if (restated && RESTATED_GAP.test(tail.slice(at + length, at + length + restated.start))) continue;
    const sentenceStart = sentenceStartIn(tail.slice(0, at));
    const sameSentence = sentenceStart === 0;
    // Within the first task's sentence, the second task starts at the conjunction before the words.
    const conjunction = sameSentence ? Math.max(0, ...[...tail.slice(0, at).matchAll(/\s(?:and|et|y|e|и|а также)\s|[，,、]\s*(?:并|和|及)|\sو/gu)].map((c) => c.index + c[0].length)) : sentenceStart;
    const endMatch = SENTENCE_END.exec(tail.slice(at));
    const sentence = tail.slice(conjunction, endMatch ? at + endMatch.index : undefined).trim();
    const before = tail.slice(conjunction, at);
    const after = tail.slice(at + length, endMatch ? at + endMatch.index : undefined);
    // A duty stated as such ("亦须于该日前将…汇编成名录", "doit également …") is a task whatever its verb, as with a date.
    const folded = fold(sentence);
    if (!TASK_WORD.test(folded) && !INVITED.test(folded) && !OBLIGATION.test(folded)) continue;
    const named = namedParty(folded);
    found.push({
      date: earlier.date,
      precision: earlier.precision,
      recurrence: earlier.recurrence,
      // "и в тот же срок сообщить …" names no one: it is the same party's second task.
      concerns: named ?? (sameSentence ? earlier.concerns : 'committee'),
      title: titleOf(joinPhrases(before.replace(/^[\s,]+/u, ''), after.replace(DEADLINE_AFTER, '').replace(/^[\s,]+/u, '')), '') || sentence,
      task: taskOf(sentence),
      evidence: [unit.text, ...following].join(' ').slice(0, 300),
    });
  }
  return found;
}

/**
 * Where a clause opens: a comma or a colon, or the conjunction that opens a clause said, agreed or decided ("Members agreed that
 * by …", "le Comité a décidé que d'ici au …", "acordó que antes del …", "решил, что до …", "اتفقت على أن …").
 */
const CLAUSE_OPENER = /[,，、،;；:：]|(?<![\p{L}])(?:that|que|qu'|что|чтобы|أن|بأن)(?![\p{L}])/gu;
/** List markers a bulleted item opens with, which are no words of its clause. */
const BULLET = /^\s*[-•–—▪◦*·]\s*/u;

/**
 * Whether the date's limit opens its clause: between the clause's opening and the date stand only the limit's words ("by", "avant la
 * fin du mois de", "до конца"), no party, no task, a few words at most. The date then governs the clause that follows it ("Chaque
 * année, avant la fin du mois de novembre, les États sont encouragés à …", "Members agreed that by 26 February Working Group 2 will
 * …"): that clause says who acts and what they do.
 */
function limitOpensClause(text: string, dateStart: number): boolean {
  const sentence = text.slice(sentenceStartIn(text.slice(0, dateStart)), dateStart);
  // A task or a request before the date is the clause the date limits ("It will submit to the Committee, by 31 July, …",
  // "призывает государства …, сделать это не позднее …"): the date is inserted in it, it opens none.
  const foldedSentence = fold(sentence);
  if (TASK_WORD.test(foldedSentence) || INVITED.test(foldedSentence)) return false;
  const opener = [...sentence.matchAll(CLAUSE_OPENER)].at(-1);
  const opening = fold(taskOf(sentence.slice(opener ? opener.index + opener[0].length : 0).replace(BULLET, ''))).replace(MONTH_OF, ' ').replace(END_OF, ' ').trim();
  return opening.split(/\s+/u).length <= 4 && !namedParty(opening) && !MODAL_FIRST.test(opening);
}

/**
 * A clause that goes on with its verb's auxiliary after the comma ("The Committee, as is its practice, will by the end of December
 * …", "委员会按照惯例，将于每年11月底前…"): its subject stands before the comma, and the date is set inside that subject's clause.
 */
const MODAL_FIRST = anyOf(['^(will|shall|must|should|is to|are to|va|vont|devra|devront|doit|doivent|deberá|deberán|debe|deben|va a|van a|будет|будут|должен|должна|должны)>', '^(将|应|须|拟)']);

/** The sentence around a date whose limit opens its clause (see `limitOpensClause`), else the clause that holds the date. */
function limitedClause(text: string, date: { start: number; end: number }): string {
  if (!limitOpensClause(text, date.start)) return clauseOf(text, date.end);
  const endMatch = SENTENCE_END.exec(text.slice(date.end));
  return text.slice(sentenceStartIn(text.slice(0, date.start)), endMatch ? date.end + endMatch.index + 1 : undefined);
}

/** Whether a (folded) clause opens with its own subject, a party or a Committee body named first, before its verb. */
function opensWithSubject(folded: string): boolean {
  const head = folded.replace(/^[\s,，、،;；]+/u, '');
  const first = firstParty(head);
  const body = [...head.matchAll(COMMITTEE_BODY)][0];
  return (!!first && namedAsSubject(head, first.at, first.end - first.at)) || (!!body && namedAsSubject(head, body.index, body[0].length));
}

/**
 * Where a sentence opens with its limit ("By 30 June 2026, States are encouraged to …, and
 * organizations are invited to …", "До 30 июня 2026 года государствам предлагается …, а
 * организациям — …", "2026年6月30日前，各会员国应……，各国际组织应……"), the date governs every
 * clause after it: a clause joined on with its own subject and its own verb is that party's task by
 * the same date. A date that closes its clause ("States will report by 30 June, and the Secretariat
 * will publish the reports") limits that clause only.
 */
const CLAUSE_JOIN = /[;；]\s*(?:(?:and|et|y|и)\s+)?|,\s*(?:and|et|y|e|и|а|а также|while|whereas|tandis que|mientras que)\s+|，\s*(?:并且?|而|同时)?|؛\s*|،\s*و/u;

/** "and" with no comma before it, as a language joins two clauses: "et", "y", "и", "و" (one letter, joined to its word). */
const BARE_AND = /\s(?:and|et|y|e|и)\s+|\sو(?=[\u0620-\u064a])/gu;

/**
 * A clause cut where a bare "and" joins a second clause to it: one whose first part has a task verb of its own and whose second
 * opens with a subject of its own ("…, Working Group 2 will submit a report to the Committee and Working Group 3 will present a
 * schedule", "el Grupo 2 presentará … y el Grupo 3 presentará …"). An "and" between two parties of one task ("States and
 * organizations will report …") or two objects of one verb joins no clauses.
 */
function atBareAnd(clause: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const join of clause.matchAll(BARE_AND)) {
    const second = fold(clause.slice(join.index + join[0].length));
    if (!TASK_WORD.test(fold(clause.slice(from, join.index))) || !opensWithSubject(second) || !TASK_WORD.test(second)) continue;
    parts.push(clause.slice(from, join.index));
    from = join.index + join[0].length;
  }
  return [...parts, clause.slice(from)];
}

function clausesGovernedByDate(text: string, date: { start: number; end: number }, earlier: DeadlineFinding): DeadlineFinding[] {
  if (!limitOpensClause(text, date.start)) return [];
  const endMatch = SENTENCE_END.exec(text.slice(date.end));
  const rest = text.slice(date.end, endMatch ? date.end + endMatch.index : undefined);
  const found: DeadlineFinding[] = [];
  const parties = new Set([earlier.concerns]);
  for (const clause of rest.split(CLAUSE_JOIN).flatMap(atBareAnd).slice(1)) {
    const foldedClause = fold(clause);
    const party = namedParty(foldedClause);
    // A party already given the date acts again only where the clause opens with a subject of its own ("…, and Working
    // Group 4 will present …"): a bare mention of it further on is no second task.
    if (!party || (parties.has(party) && !opensWithSubject(foldedClause)) || findDates(clause).length > 0) continue;
    if (!TASK_WORD.test(foldedClause) && !INVITED.test(foldedClause)) continue;
    parties.add(party);
    found.push({
      date: earlier.date,
      precision: earlier.precision,
      recurrence: earlier.recurrence,
      concerns: party,
      title: titleOf(clause.trim(), '') || taskOf(clause),
      task: taskOf(clause.trim()),
      evidence: earlier.evidence,
    });
  }
  return found;
}

/**
 * Words that gather what a sentence asked for under the one limit that follows them: "… and send the list of programmes, both
 * by 27 February 2026", "l'un et l'autre au plus tard le …", "ambas cosas a más tardar el …", "и то и другое не позднее …",
 * "以上各项均于…前", "وذلك كله في موعد أقصاه …". The sentence has set more than one task; each is due that day.
 */
const GATHERED = anyOf([
  '<both>', '<all of (this|these|them)>', "<l'une? et l'autre>", '<les deux>', '<le tout>', '<(ambas cosas|ambos|ambas|todo ello)>', '<(и то,? и другое|(всё|все) это)>',
  '(以上|上述)(各项|两项)?均', '(两者|二者)均', '<(وذلك|ذلك) كله>', '<كل ذلك>', '<كلاهما>',
], 'gu');
/**
 * Where a second task joins the first: a conjunction followed by its own verb ("and send", "et communiquer", "y comuniquen",
 * "и сообщить", "并分发", "وتدعو"). A second noun after the conjunction ("and the other States to …", "والدول الأخرى إلى …")
 * shares the first task's verb: it is the same task, asked of more parties.
 */
const TASK_JOIN = /\s(?:and|et|y|e|и|а также)\s+|[،,]\s*(?=[وف])|(?<=[\u4e00-\u9fff，,])(?:并且|并)/gu;

function gatheredTasks(text: string, date: { start: number }, earlier: DeadlineFinding): DeadlineFinding[] {
  const lead = text.slice(sentenceStartIn(text.slice(0, date.start)), date.start);
  const { folded, offsets } = foldWithOffsets(lead);
  const gathering = [...folded.matchAll(GATHERED)].at(-1);
  // The gathering words stand right before the limit, a few words from the date.
  if (!gathering || folded.slice(gathering.index).trim().split(/\s+/u).length > 8) return [];
  const tasks = lead.slice(0, offsets[gathering.index]);
  const parts: string[] = [];
  let from = 0;
  for (const join of tasks.matchAll(TASK_JOIN)) {
    const rest = fold(tasks.slice(join.index + join[0].length)).trimStart();
    // (Chinese puts the recipient before the verb, "并向委员会通报": its verb is read in the clause.)
    const head = /^[\u4e00-\u9fff]/u.test(rest) ? rest.split(/[，,；;。]/u)[0]! : rest.split(/\s+/u)[0]!;
    if (!TASK_WORD.test(head) && !INVITED.test(head)) continue;
    parts.push(tasks.slice(from, join.index));
    from = join.index + join[0].length;
  }
  parts.push(tasks.slice(from));
  if (parts.length < 2) return [];
  return parts.map((part) => {
    const task = taskOf(part.replace(/[\s,，،]+$/u, ''));
    return { ...earlier, concerns: namedParty(fold(part)) ?? earlier.concerns, title: titleOf(task, '') || task, task };
  });
}

/**
 * A paragraph may open with the party's name alone as a run-in head, its sentences then saying "it" or "they"
 * ("Bureau des affaires de désarmement. Sur la base des réponses reçues, il publiera …", "Organizations. They are
 * invited to …"): a sentence there that names no party is the head's party's task.
 */
function runInHeadParty(units: readonly TextUnit[], i: number): DeadlineConcerns | undefined {
  const unit = units[i]!;
  let k = i;
  while (k > 0 && units[k - 1]!.paragraph === unit.paragraph) k--;
  // A hard wrap right after the head's full stop cuts it off as a paragraph of its own, just before.
  if (k === i && k > 0 && !units[k - 1]!.heading && /[.:]$/u.test(units[k - 1]!.text.trim()) && units[k - 2]?.paragraph !== units[k - 1]!.paragraph) k--;
  const head = units[k]!;
  if (k === i || head.text.trim().split(/\s+/u).length > 8 || INVITED.test(head.folded) || findDates(head.text).length > 0) return undefined;
  return namedParty(head.folded);
}

/**
 * A list's items may name no party when the sentence that leads into them does ("The Committee invites organizations
 * to:", "اتفقت اللجنة على أن تضطلع المنظمات بالمهام الدورية التالية:", "请各国开展下列工作：" / "(a) … by 31 January each
 * year;"): the party the lead-in names last, nearest the items it introduces, carries them out. The Committee that decides
 * or asks is named before the one it gives the tasks to; the bare noun counts there as after a request.
 */
const LIST_ITEM = /^\s*(?:[(（]?(?:[a-zа-я\u0620-\u064a]|[ivx]+|[一二三四五六七八九十]+)[)）]|[-•–]\s|[一二三四五六七八九十]+、)/iu;
const LEAD_IN_CUES: ReadonlyArray<[DeadlineConcerns, RegExp]> = [...CONCERNS_CUES, ...BARE_NOUNS.map(([party, bare]): [DeadlineConcerns, RegExp] => [party, new RegExp(bare, 'gu')]), ['committee', COMMITTEE_BODY]];
const LEAD_IN_UNITS = 12;

function leadInParty(units: readonly TextUnit[], i: number): DeadlineConcerns | undefined {
  const paragraphStart = (k: number) => {
    while (k > 0 && units[k - 1]!.paragraph === units[k]!.paragraph) k--;
    return k;
  };
  let k = paragraphStart(i);
  // Back over the items before it, to the sentence that ends with a colon.
  // An item as the text units mark one (numbered items among them), or by a lettered marker they do not take ("a)" with
  // no space after it, Arabic letters, full-width brackets).
  while ((units[k]!.listItem || LIST_ITEM.test(units[k]!.text)) && k > 0 && k > i - LEAD_IN_UNITS) {
    const previous = units[k - 1]!;
    if (previous.heading) return undefined;
    if (/[:：]\s*$/u.test(previous.text)) {
      let last: { party: DeadlineConcerns; at: number } | undefined;
      for (const [party, cue] of LEAD_IN_CUES) {
        for (const m of previous.folded.matchAll(cue)) if (!namedAsRecipient(previous.folded, m.index) && (!last || m.index > last.at)) last = { party, at: m.index };
      }
      return last?.party;
    }
    k = paragraphStart(k - 1);
  }
  return undefined;
}

const ITEM_MARKER = /^\s*(?:[(（]?(?:[a-zа-я\u0620-\u064a]|[ivx]+|[一二三四五六七八九十]+|\d+(?:\.\d+)*)[)）.、]|[-•–—▪◦*·])/iu;

/** A list item's marker as a shape, its letter, numeral or number made one: "(b)" is "(a)", "7." is "1.", "二、" is "一、". */
function markerShape(text: string): string | undefined {
  return ITEM_MARKER.exec(text)?.[0].trim().replace(/[a-zа-я\u0620-\u064a]+/giu, 'a').replace(/\d+(?:\.\d+)*/gu, '1').replace(/[一二三四五六七八九十]+/gu, '一');
}

/**
 * A lead-in that gives the date and ends with a colon, naming no one ("The following tasks are to be completed by 31 March
 * 2026:", "Les tâches suivantes seront achevées d'ici au 31 mars 2026 :", "2026年3月31日前完成下列任务："): each item under it is
 * a task due that day, of the party the item names, as two tasks on one date are two deadlines.
 */
function itemsOfLeadIn(units: readonly TextUnit[], i: number, lead: DeadlineFinding, dateEnd: number): DeadlineFinding[] {
  return leadInItems(units, i, dateEnd).map(({ item, party }) => {
    const task = taskOf(item.text);
    return { ...lead, concerns: party ?? lead.concerns, title: titleOf(item.text, '') || task, task, evidence: item.text.slice(0, 300) };
  });
}

/** The items under a lead-in that ends with its date and a colon, each a task (see `itemsOfLeadIn`), with the party each names. */
function leadInItems(units: readonly TextUnit[], i: number, dateEnd: number): Array<{ item: TextUnit; party: DeadlineConcerns | undefined }> {
  if (!/^[^.;。；]*[:：]\s*$/u.test(units[i]!.text.slice(dateEnd))) return [];
  // The items share their marker's shape ("(a)", "(b)"), which is not the lead-in's: a paragraph numbered as the lead-in is ("7.") is the next one.
  const shape = markerShape(units[i + 1]?.text ?? '');
  if (!shape || shape === markerShape(units[i]!.text)) return [];
  const found: Array<{ item: TextUnit; party: DeadlineConcerns | undefined }> = [];
  for (let k = i + 1; k < units.length && k <= i + LEAD_IN_UNITS; k++) {
    const item = units[k]!;
    if (markerShape(item.text) !== shape || findDates(item.text).length > 0) break;
    // An item that names who acts is a task whatever its verb: the lead-in says its items are.
    const party = namedParty(item.folded);
    if (!party && !TASK_WORD.test(item.folded) && !INVITED.test(item.folded) && !OBLIGATION.test(item.folded)) continue;
    found.push({ item, party });
  }
  return found;
}

/**
 * A task set out as a record of labelled fields, one a line ("Задача 1. Направить государствам проекты матриц." /
 * "Ответственный: Комитет." / "Срок: до 30 апреля 2026 года.", "Task 2. … / Responsible: Secretariat / Deadline: 30 April 2026"):
 * the field that holds only a date, with its limit, is the record's deadline as a date cell is a row's. The record runs back from
 * it to a heading, a dated line or the fields of the record before; its other fields say who acts, its other lines the task.
 */
const FIELD_LABEL = /^\s*[\p{L}][\p{L} -]{0,30}?[:：]\s*(?=\S)/u;
const RECORD_UNITS = 6;
const RECORD_NUMBER = /^\s*\p{L}+?\s*[\d٠-٩一二三四五六七八九十]+\s*[:：]\s*/u;

function fieldRecord(units: readonly TextUnit[], i: number, dates: readonly FoundDate[]): { task: string; fields: string } | undefined {
  const unit = units[i]!;
  const label = FIELD_LABEL.exec(unit.text);
  if (!label || dates.length === 0) return undefined;
  // The value is the date and the words of its limit ("также до", "ежегодно, не позднее"): no party, no task of its own.
  let value = unit.text;
  for (const d of [...dates].reverse()) value = value.slice(0, d.start) + value.slice(d.end);
  value = value.slice(label[0].length);
  if (value.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > 5 || TASK_WORD.test(fold(value)) || namedParty(fold(value))) return undefined;
  const task: string[] = [];
  const fields: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - RECORD_UNITS; k--) {
    const u = units[k]!;
    const fieldLabel = FIELD_LABEL.exec(u.text);
    // A field that says what is to be done ("任务：更新国家联络人信息", "Task: update the list", "Задача: обновить перечень") is the
    // record's task, under the record's number. A field's line may be short enough to read as a heading: it is still a field.
    const taskField = fieldLabel && task.length === 0 && TASK_WORD.test(fold(u.text.slice(fieldLabel[0].length)));
    if ((u.heading && !fieldLabel) || TABLE_ROW.test(u.text) || findDates(u.text).length > 0) break;
    if (fieldLabel) {
      // The record's number as a label ("任务二：提交…", its numeral a letter of the script): the task is its value, and the record starts there.
      const numbered = RECORD_NUMBER.exec(u.text);
      if (numbered) {
        if (task.length === 0) task.unshift(u.text.slice(numbered[0].length));
        break;
      }
      if (taskField) {
        task.unshift(u.text.slice(fieldLabel[0].length));
        continue;
      }
      if (task.length > 0) break;
      fields.unshift(u.text);
      // The record's number alone ("Задача 1.", "Task 2.") names no task.
    } else if (!/^\p{L}+\s+[\d٠-٩]+[.:)]?$/u.test(u.text.trim())) task.unshift(u.text);
  }
  return task.length > 0 ? { task: task.join(' '), fields: fields.join(' ') } : undefined;
}

/**
 * A date cell that repeats the date of the row above ("Misma fecha", "Same date", "Même date", "Тот же срок", "同日",
 * "التاريخ نفسه"): the row is another task due that day.
 */
const SAME_DATE_CELL = new RegExp(`^(?:${anyOf([
  '((by|on|before) )?(the )?same (date|day|deadline)', '((à|avant) )?(la |le )?même (date|jour|délai|échéance)', '((en|para|antes de) )?(la |el )?mism[ao] (fecha|día|plazo)',
  '(в |к |до )?(тот|та|ту|то|той|тому|этот|эта|эту) же (срок|сроку|дата|дату|даты|день)', '同日', '同一日期', '同一期限', '(في )?نفس (الموعد|التاريخ)', '(في )?(الموعد|التاريخ) (نفسه|ذاته)',
]).source})[.;]?$`, 'u');

/**
 * A row whose date cell says "same date": the deadline of the row it repeats (the last table row above, past the wrapped
 * lines of its cells, that gave one) and the row's cells before that date cell.
 */
function sameDateRow(units: readonly TextUnit[], i: number, rowDeadlines: ReadonlyMap<number, DeadlineFinding>): { repeats: DeadlineFinding; before: string[] } | undefined {
  const cells = units[i]!.text.split(TABLE_ROW).map((c) => c.trim());
  const at = cells.findIndex((c, k) => k > 0 && SAME_DATE_CELL.test(fold(c)));
  if (at < 0) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - RECORD_UNITS; k--) {
    if (!TABLE_ROW.test(units[k]!.text)) continue;
    const repeats = rowDeadlines.get(k);
    return repeats && { repeats, before: cells.slice(0, at) };
  }
  return undefined;
}

/** Two statements of one task (a paragraph and the table row that restates it) share most of their words. */
function sameTask(a: string, b: string): boolean {
  // Words compared by their first five letters: a table's noun restates the text's verb ("Information on
  // activities planned" / "inform … of the activities they plan").
  const words = (t: string) => new Set((fold(t).match(/[\p{L}]{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const shared = (w: string) => large.has(w) || [...large].some((l) => l.startsWith(w) || w.startsWith(l));
  return small.size > 0 && [...small].filter(shared).length / small.size >= 0.5;
}

/**
 * A limit counted back from an event whose date the text gives: "Nominations should reach the Secretariat no later than two weeks
 * before the opening of the course" (the course "from 6 to 10 October 2025" in the sentence before), "a más tardar dos semanas
 * antes de la reunión", "au plus tard deux semaines avant la réunion", "не позднее чем за две недели до начала курса",
 * "最迟于开幕前两周", "في موعد أقصاه أسبوعين قبل افتتاح الدورة". The count is anchored by the event's date: the first date after
 * the words in the same sentence, else the nearest one before them in the paragraph (the first day of a span, "from 6 to 10 October",
 * as the opening is meant). Unanchored, a relative period ("within four weeks of receipt") is no deadline.
 */
const COUNTS: ReadonlyArray<[number, string]> = [
  [1, 'one|a|an|un|une|uno|una|один|одна|одну|одного|一|واحد|واحده'], [2, 'two|deux|dos|два|две|двух|两|二|اثنين|اثنان'], [3, 'three|trois|tres|три|тр[её]х|三|ثلاثه|ثلاث'],
  [4, 'four|quatre|cuatro|четыре|четыр[её]х|四|اربعه|اربع'], [5, 'five|cinq|cinco|пять|пяти|五|خمسه|خمس'], [6, 'six|seis|шесть|шести|六|سته|ست'],
  [8, 'eight|huit|ocho|восемь|восьми|八|ثمانيه'], [10, 'ten|dix|diez|десять|десяти|十|عشره|عشر'], [15, 'fifteen|quinze|quince|пятнадцать|пятнадцати|十五|خمسه عشر'],
  [30, 'thirty|trente|treinta|тридцать|тридцати|三十|ثلاثين|ثلاثون'],
];
const SPANS: ReadonlyArray<['day' | 'week' | 'month', string]> = [
  ['day', 'days?|jours?|d[ií]as?|дн(я|ей)|день|天|日|يوم|يوما|ايام|يومين|يومان'],
  ['week', 'weeks?|semaines?|semanas?|недел[а-я]*|个?(星期|周|礼拜)|اسبوع|اسبوعا|اسابيع|اسبوعين|اسبوعان'],
  ['month', 'months?|mois|mes|meses|месяц[а-я]*|个月|شهر|شهرا|اشهر|شهرين|شهران'],
];
const COUNT = `(?:\\d{1,2}|${COUNTS.map(([, w]) => w).join('|')})`;
const SPAN = `(?:${SPANS.map(([, w]) => w).join('|')})`;
const COUNTED_BACK = anyOf([
  // "two weeks before", "deux semaines avant", "dos semanas antes", "за две недели до".
  `<${COUNT} ${SPAN} (before|prior to|avant|antes|до)>`,
  // "开幕前两周": the count after 前.
  `前\\s*${COUNT}\\s*${SPAN}`,
  // "أسبوعين قبل", "قبل أسبوعين من", "قبل ثلاثة أسابيع من": the dual holds its count.
  `<(${COUNT} )?${SPAN} (علي الاقل )?قبل>`, `<قبل (${COUNT} )?${SPAN}( ${COUNT})? (علي الاقل )?من>`,
]);

/** Each span's and count's words (folded) on their own: Han characters have no spaces to bound them, and none is needed. */
const wordIn = (words: string) => anyOf([`<(${words})>`]);
const SPAN_WORDS = SPANS.map(([span, words]) => [span, wordIn(words)] as const);
// (The longer numbers first: "خمسة عشر" before "خمسة", "三十" before "三".)
const COUNT_WORDS = [...COUNTS].reverse().map(([count, words]) => [count, wordIn(words)] as const);
/** Every counted-back phrase of a text, for its offsets. */
const COUNTED_BACK_ALL = new RegExp(COUNTED_BACK.source, 'gu');

function countedBack(phrase: string): { count: number; span: 'day' | 'week' | 'month' } | undefined {
  const span = SPAN_WORDS.find(([, words]) => words.test(phrase))?.[0];
  if (!span) return undefined;
  const digits = /\d{1,2}/u.exec(phrase);
  const worded = COUNT_WORDS.find(([, words]) => words.test(phrase))?.[0];
  // (The Arabic dual, "أسبوعين", "شهرين", counts two.)
  const count = digits ? +digits[0] : worded ?? (/(?:ين|ان)(?:\s|$)/u.test(phrase) ? 2 : 1);
  return { count, span };
}

/** The event's date that anchors a limit counted back from it, as said above. */
function countAnchor(units: readonly TextUnit[], i: number, at: number): FoundDate & { unit: number } | undefined {
  const unit = units[i]!;
  const after = findDates(unit.text).find((d) => d.start >= at && d.year !== null && d.day !== null);
  if (after && !SENTENCE_END.test(unit.text.slice(at, after.start))) return { ...after, unit: i };
  for (let k = i; k >= 0 && k >= i - 3 && units[k]!.paragraph === unit.paragraph; k--) {
    const text = k === i ? unit.text.slice(0, at) : units[k]!.text;
    const date = findDates(text).filter((d) => d.year !== null && d.day !== null).at(-1);
    if (!date) continue;
    // "from 6 to 10 October 2025", "del 7 al 11 de septiembre", "les 20 et 21 novembre": the event opens on the span's first day.
    const first = /(\d{1,2})\s*(?:to|au|al|a|-|–|и|по|et|y|and|至)\s*(?:el\s+)?$/u.exec(text.slice(Math.max(0, date.start - 12), date.start));
    return { ...date, day: first && +first[1]! < date.day! ? +first[1]! : date.day, unit: k };
  }
  return undefined;
}

function countedBackLimits(units: readonly TextUnit[], i: number): Array<{ date: string; at: number; end: number; anchor: FoundDate & { unit: number } }> {
  const unit = units[i]!;
  // Most units count nothing back: their folded text says so before their characters are folded one by one for offsets.
  if (!COUNTED_BACK.test(unit.folded)) return [];
  const { folded, offsets } = foldWithOffsets(unit.text);
  const found = [];
  for (const m of folded.matchAll(COUNTED_BACK_ALL)) {
    const [at, end] = [offsets[m.index]!, offsets[m.index + m[0].length] ?? unit.text.length];
    // A limit, not a mere placing in time: its words ("no later than", "a más tardar", "不迟于"), a duty or a request.
    const before = fold(unit.text.slice(Math.max(0, at - 40), at));
    if (!FIRM_LIMIT.test(before) && !DEADLINE_BEFORE.test(before.split(/\s+/u).slice(-4).join(' ')) && !OBLIGATION.test(unit.folded) && !INVITED.test(unit.folded)) continue;
    const counted = countedBack(m[0]);
    const anchor = countAnchor(units, i, at);
    if (!counted || !anchor) continue;
    const day = new Date(Date.UTC(anchor.year!, anchor.month - 1, anchor.day!));
    if (counted.span === 'month') day.setUTCMonth(day.getUTCMonth() - counted.count);
    else day.setUTCDate(day.getUTCDate() - counted.count * (counted.span === 'week' ? 7 : 1));
    found.push({ date: day.toISOString().slice(0, 10), at, end, anchor });
  }
  return found;
}

export function detectDeadlines(units: readonly TextUnit[], documentDateGiven: string | null): DeadlineFinding[] {
  const deadlines: DeadlineFinding[] = [];
  const seen = new Set<string>();
  /** Tasks whose text names no party (the Committee's by default): a restatement that names one replaces them. */
  const unnamed = new Set<string>();
  const documentDate = referenceDate(units, documentDateGiven);
  const addressees = letterAddressees(units);
  /** The deadlines the rows of a table give. */
  const fromRows = new Set<DeadlineFinding>();
  const reference = documentDate ?? '0000-00-00';
  const refYear = Number(reference.slice(0, 4)) || new Date().getUTCFullYear();
  /** The deadline each table row gave, by unit: a row below may give its date again as "same date". */
  const rowDeadlines = new Map<number, DeadlineFinding>();
  /** The dates events are held on that a limit was counted back from ("two weeks before the briefing of 2 June"), by unit and place. */
  const anchors = new Set<string>();
  units.forEach((unit, i) => {
    const dates = findDates(unit.text);
    const repeated = dates.length === 0 && TABLE_ROW.test(unit.text) ? sameDateRow(units, i, rowDeadlines) : undefined;
    if (repeated) {
      const { repeats, before } = repeated;
      const task = taskOf(before.join('\t'));
      const party = namedParty(fold(before.at(-1)!), fold(before.join(' ')));
      deadlines.push({ ...repeats, concerns: party ?? 'committee', title: titleOf(taskCell(before.join('\t')) ?? task, '') || task, task, evidence: unit.text.slice(0, 300) });
      fromRows.add(deadlines.at(-1)!);
      rowDeadlines.set(i, deadlines.at(-1)!);
      return;
    }
    // A date alone on its line is a table cell that sits apart from its row (vertically centred).
    const dateOnly = dates.length === 1 && unit.text.slice(0, dates[0]!.start).trim() === '' && /^[\s.;:]*$/u.test(unit.text.slice(dates[0]!.end));
    // A record's date field may be as short as a heading ("时限：2026年6月30日前", with no full stop): it is the record's deadline.
    if (unit.heading && !dateOnly && !fieldRecord(units, i, dates)) return;
    for (const limit of countedBackLimits(units, i)) {
      anchors.add(`${limit.anchor.unit} ${limit.anchor.start}`);
      if (documentDate && limit.date <= documentDate) continue;
      const party = namedParty(fold(clauseOf(unit.text, limit.end)));
      deadlines.push({
        date: limit.date,
        precision: 'day',
        recurrence: null,
        concerns: party ?? runInHeadParty(units, i) ?? leadInParty(units, i) ?? (INVITED.test(unit.folded) ? addressees : undefined) ?? 'committee',
        title: titleOf(unit.text.slice(0, limit.at), '') || taskOf(unit.text),
        task: taskOf(unit.text),
        evidence: unit.text.slice(0, 300),
      });
    }
    const rowish = dateOnly || TABLE_ROW.test(unit.text);
    // Cells of one row that wrapped onto the lines around it: the task is there.
    const previous = units[i - 1];
    const next = units[i + 1];
    const ownTask = TASK_WORD.test(unit.folded);
    const neighbours = rowish && !ownTask
      ? [previous, next].filter((u): u is TextUnit => !!u && u.page === unit.page && (dateOnly || !TABLE_ROW.test(u.text)) && findDates(u.text).length === 0)
      : [];
    const record = rowish ? undefined : fieldRecord(units, i, dates);
    const taskFolded = [unit.folded, ...neighbours.map((u) => u.folded), ...(record ? [fold(record.task)] : [])].join(' ');
    // "entre el 1 de enero y el 31 de diciembre de 2024": both ends of a period.
    const periods = periodBounds(unit.text, dates);
    for (const d of dates) {
      // The date of an event a limit is counted back from says when the event is held.
      if (periods.has(d) || anchors.has(`${i} ${d.start}`)) continue;
      // "avant la fin du mois de juin", "by the end of the month of June": the month's name is what
      // the preposition governs; "du" there opens no period.
      const before = fold(wordsBefore(unit.text, d.start, 40)).replace(MONTH_OF, ' ').replace(SAME_DATE_OF, ' ');
      const after = unit.text.slice(d.end, d.end + 3);
      if (/^\s*[)）]/u.test(after) && /[(（]\s*$/u.test(unit.text.slice(0, d.start))) continue;
      // A table row "task | responsible | date" ends with its date and has no "by" before it.
      // A sentence that ends with its date ("… in October 2030.") is no row: its full stop says so.
      // A date cell may say the date recurs ("Noviembre de cada año"): the row still ends with its date.
      // (A month named without its year takes the stop after it as an abbreviation's: "… during April." still ends a sentence.)
      const afterDate = unit.text.slice(unit.text[d.end - 1] === '.' ? d.end - 1 : d.end).replace(RECURS_AFTER_DATE, '');
      // A timeline that puts its dates first ("By 31 March (each year) | Review of … | Working group"):
      // the date cell opens the row (a remark in brackets may follow the date), the task is in the cells after it.
      const dateCell = rowish && !TABLE_ROW.test(unit.text.slice(0, d.start)) ? /^\s*(?:[(（][^)）\t|]*[)）])?\s*(?:\t|\s\|\s)/u.exec(afterDate.replace(/^\s*[(（]\s*(?:each year|every year|chaque année|cada año|ежегодно|每年|كل عام)\s*[)）]/iu, '')) : null;
      const cellsAfter = dateCell ? unit.text.slice(d.end).slice(unit.text.slice(d.end).search(TABLE_ROW)).split(TABLE_ROW).map((c) => c.trim()).filter(Boolean) : [];
      const dateFirst = cellsAfter.length > 0;
      const endsRow = !dateFirst && (/^[ ;:)]*(?:$|[\t|])/u.test(afterDate) || (rowish && /^[ .;:)]*(?:$|[\t|])/u.test(afterDate)));
      const deadlineAfter = DEADLINE_AFTER.test(unit.text.slice(d.end));
      // "no later than the end of", "a más tardar a finales de": the words of a month's end are read past, the limit before them kept.
      const lastWords = [before, before.replace(END_OF, ' ')].map((b) => b.split(/\s+/u).slice(-5).join(' ')).join(' | ');
      const recurring = YEARLY.test(taskFolded) || MONTHLY.test(taskFolded);
      const monthTask = () => {
        const clause = fold(clauseOf(unit.text, d.end));
        return d.day === null && d.year !== null && !!namedParty(clause) && TASK_WORD.test(clause) && !EVENT.test(clause);
      };
      // "En la misma fecha, 30 de abril de 2025, …": a date that repeats a limit already set is that limit again.
      const repeatsLimit = d.year !== null && d.day !== null && deadlines.some((x) => x.date === isoDate(d.year!, d.month, d.day!));
      if (!endsRow && !dateFirst && !record && !deadlineAfter && !repeatsLimit && !DEADLINE_BEFORE.test(lastWords) && !(IN_TIME_BEFORE.test(lastWords) && (recurring || monthTask()))) continue;
      // Whether the date is an adoption or a period's bound is read in its own cell: in "Presentar … sobre las medidas adoptadas |
      // Estados Miembros | 30 de junio de 2026" the task cell's words say nothing of the date cell's.
      const ownCell = TABLE_ROW.test(unit.text) ? fold(wordsBefore(unit.text, d.start, 40).split(TABLE_ROW).at(-1)!).replace(MONTH_OF, ' ').replace(SAME_DATE_OF, ' ') : before;
      // The adoption is the date's where its verb is in the date's own clause ("adopted on 5 March 2026"); a clause before it
      // may adopt something else ("审议并通过年度审查报告，并于2026年12月31日前提交安全理事会", "adopt the review, and submit it by …").
      if (ADOPTION.test(ownCell.split(/[,;，；،؛]/u).at(-1)!)) continue;
      if (NOT_A_DEADLINE.test(ownCell.split(/\s+/u).slice(-4).join(' '))) continue;
      // "extended the mandate of the Committee, established by resolution 1540 (2004), until 30 November 2032": the mandate's end.
      if (MANDATE_TERM.test(fold(unit.text.slice(Math.max(0, d.start - 160), d.start)))) continue;
      // A date followed by "to <date>" is a period bound.
      if (!deadlineAfter && /^\s*(?:to|au|al|по|至|إلى)\s/iu.test(unit.text.slice(d.end, d.end + 6))) continue;
      const taskText = rowish && endsRow ? taskFolded : unit.folded;
      // A row of a table of tasks ("task | who | date") is a task whatever its words.
      const tableTask = dateFirst || !!record || (rowish && endsRow && unit.text.slice(0, d.start).split(TABLE_ROW).filter((c) => c.trim()).length >= 2);
      // A lead-in that holds only its limit ("До 31 марта 2026 года:", "By 31 March 2026:") sets its items' tasks: they follow it.
      if (!tableTask && !TASK_WORD.test(taskText) && !INVITED.test(fold(limitedClause(unit.text, d))) && !OBLIGATION.test(fold(limitedClause(unit.text, d))) && !FIRM_LIMIT.test(`${before} ${fold(unit.text.slice(d.end, d.end + 20))}`) && leadInItems(units, i, d.end).length === 0) continue;
      if (tableTask && namesEvent(record ? record.task : dateFirst ? cellsAfter[0]! : taskCell(unit.text.slice(0, d.start)) ?? '')) continue;
      const recurrence = YEARLY.test(taskFolded) ? 'yearly' : MONTHLY.test(taskFolded) ? 'monthly' : null;
      let year = d.year;
      if (year === null) {
        // "by the end of May each year": the next May on or after the document's date.
        year = refYear;
        if (isoDate(year, d.month, d.day ?? lastDayOfMonth(year, d.month)) < reference) year += 1;
      }
      const precision = d.day === null ? 'month' : 'day';
      const date = isoDate(year, d.month, d.day ?? lastDayOfMonth(year, d.month));
      if (documentDate && date <= documentDate) continue;
      if (precision === 'month' && notAfterIssueMonth(date, documentDateGiven, documentDate)) continue;
      const sentenceStart = sentenceStartIn(unit.text.slice(0, d.start));
      const clauseStart = rowish || record ? undefined : restatingClauseStart(unit.text, dates, d, sentenceStart);
      const task = record ? taskOf(record.task) : dateFirst ? taskOf(cellsAfter.join('\t')) : taskOf(rowish && endsRow ? [...neighbours.filter((u) => u === previous), { text: unit.text.slice(0, d.start) }, ...neighbours.filter((u) => u === next)].map((u) => u.text).join(' ') : unit.text.slice(clauseStart ?? 0));
      // The same task restated with its date is one deadline; another task on that date is another. A sentence states one
      // task: a second sentence of the paragraph that gives the date again ("秘书处将在7月底前公布…；第二工作组也将在7月底前提交…")
      // states another, which the restatement check below tells from the first.
      const taskKey = `${i} ${clauseStart ?? sentenceStart} ${date}`;
      if (seen.has(taskKey)) continue;
      seen.add(taskKey);
      // "On the same date, 30 April 2025, the Committee requests …", "秘书处应于2024年12月底前分发…": the task follows the date.
      const rest = unit.text.slice(d.end).replace(/^[\s,，]*(?:底|末)?\s*(?:前|之前|以前|为止)?[\s,，]*/u, '');
      const taskFollows = !rowish && !TASK_WORD.test(fold(unit.text.slice(clauseStart ?? 0, d.start))) && TASK_WORD.test(fold(rest));
      const prose = taskFollows ? unit.text : limitedClause(unit.text, d);
      // The date's own sentence names who acts before the paragraph does: a later sentence may give another party its task.
      const ownSentence = clauseStart === undefined ? prose.slice(sentenceStart) : clauseOf(unit.text, d.end).slice(clauseStart);
      const party = record ? namedParty(fold(record.fields), fold(record.task)) : dateFirst ? namedParty(fold(cellsAfter.at(-1)!), fold(cellsAfter.join(' '))) : rowish && endsRow ? namedParty(fold(leadCell(unit.text.slice(0, d.start))), taskFolded) : namedParty(fold(ownSentence), fold(prose));
      // A request of a letter that names no one ("le Comité souhaiterait recevoir de chacune d'elles …") is made to its addressees.
      const concerns = party ?? (rowish ? undefined : runInHeadParty(units, i) ?? leadInParty(units, i) ?? (INVITED.test(unit.folded) ? addressees : undefined)) ?? 'committee';
      // A restatement of a task on its date names the same party, or none ("Information received by 15 September will
      // be reflected …" beside the table row that gives it to States); the same words for another party are another task.
      // (A timeline row is compared by its task cell: its "responsible" cell names the party in other words than the text.)
      // A table of steps lists each party's task on its date: prose that gives the same party that date explains the row,
      // in its own words ("Replies to the questionnaire | Member States | 30 September 2026" / "States are encouraged to return it by …").
      // A sentence that gives two parties their tasks on one date restates both: the twin is the one of the same party, where there is one.
      const twins = deadlines.filter((x) => x.date === date && (sameTask(x.task, dateFirst ? cellsAfter[0]! : task) || (!rowish && !!party && fromRows.has(x) && x.concerns === party)));
      const twin = twins.find((x) => x.concerns === concerns) ?? twins[0];
      if (twin && (twin.concerns === concerns || !party)) continue;
      if (twin && unnamed.has(twin.task)) deadlines.splice(deadlines.indexOf(twin), 1);
      if (!party) unnamed.add(task);
      deadlines.push({
        date,
        precision,
        recurrence,
        concerns,
        title: (record ? titleOf(record.task, '') : dateFirst ? titleOf(cellsAfter[0]!, '') : rowish && endsRow ? titleOf(taskCell(unit.text.slice(0, d.start)) ?? task, '') : taskFollows ? titleOf(joinPhrases(unit.text.slice(clauseStart ?? 0, d.start).replace(TRAILING_DATE_WORDS, ''), rest.split(/[;；。]|\.(?:\s|$)/u)[0]!), '') : titleOf(unit.text.slice(clauseStart ?? 0, d.start), unit.text.slice(d.end))) || task,
        task,
        evidence: (rowish ? [previous?.text, unit.text, next?.text].filter(Boolean).join(' ') : record ? [record.task, record.fields, unit.text].join(' ') : unit.text).slice(0, 300),
      });
      if (rowish || record) fromRows.add(deadlines.at(-1)!);
      if (rowish) rowDeadlines.set(i, deadlines.at(-1)!);
      else {
        let first = deadlines.at(-1)!;
        const gathered = gatheredTasks(unit.text, d, first);
        if (gathered.length > 0) {
          deadlines.splice(deadlines.indexOf(first), 1, ...gathered);
          first = gathered[0]!;
        }
        const also = party && coordinatedParty(fold(prose));
        if (also && !deadlines.some((x) => x.date === date && x.concerns === also)) deadlines.push({ ...first, concerns: also });
        const gapped = party && gappedParty(unit.text.slice(sentenceStart, d.start), party);
        if (gapped && !deadlines.some((x) => x.date === date && x.concerns === gapped.party)) {
          deadlines.push({ ...first, concerns: gapped.party, title: titleOf(gapped.clause, '') || first.title, task: taskOf(gapped.clause) });
        }
        deadlines.push(...clausesGovernedByDate(unit.text, d, first), ...sameLimitTasks(units, i, first, d.end));
        // A lead-in that names no one stands for the tasks listed under it.
        const items = party ? [] : itemsOfLeadIn(units, i, first, d.end);
        if (items.length > 0) deadlines.splice(deadlines.indexOf(first), 1, ...items);
      }
    }
  });
  return deadlines;
}
