/**
 * What a sentence does, in the six languages: describes a measure in force, admits a gap or a
 * plan ("is being drafted", "en cours d'élaboration", "se está elaborando", "разрабатывается",
 * "正在起草", "قيد الإعداد"), restates the resolution, says "no change", requests or offers help.
 * Patterns are written in plain words and folded (see textFolding.ts).
 */
import { anyOf } from './textFolding.js';

/** Missing, planned, drafted: the measure is not (yet) in force. One pattern per language: see GAP_CUE. */
const MISSING_OR_PLANNED: readonly RegExp[] = [
  // English
  anyOf([
    '<not yet>', '<(has|have|is|are) yet to>',
    // Adopted but not yet published or in force: "awaiting publication in the Official Gazette", "pending its entry into force".
    '<(awaiting|pending) (its |their |the )?(publication|gazett(al|ing|ement)|promulgation|signature|assent|entry into force)>',
    // Kinds joined before the noun: "no criminal or civil penalties … have been established".
    '<no ([a-z-]+ (or|and) [a-z-]+ )?(specific |dedicated |national |domestic |comprehensive |separate |explicit |express )*(legislation|law|laws|statutes?|legal provisions?|provisions?|regulations?|requirements?|framework|rules?|mechanism|measures?|register|inventory|system|controls?|penalt(y|ies)|sanctions?|offences?|licen[cs]ing)>',
    // No duty laid on those who would keep the record: "holders … are under no obligation to register them".
    '<under no (legal )?(obligation|duty|requirement)>',
    // Not set up, or to take effect only once adopted: "has not established any system", "would, once adopted, lay down".
    '<(has|have) not (yet )?(established|adopted|enacted|introduced|created|set up|put in place|issued)>', '<once (adopted|enacted|approved|issued|promulgated|in force)>',
    // Nothing binds until it is adopted: "Until they are adopted no binding requirement applies", "until its entry into force".
    '<until (it|they|these|the [a-z -]{1,40}|such [a-z -]{1,30}) (is|are|has been|have been) (adopted|enacted|approved|issued|promulgated|gazetted)>', '<until (its|their) (adoption|enactment|entry into force)>',
    '^no ([a-z-]+ ){0,4}(has|have) (so far |yet |as yet |to date |thus far )?been (laid down|adopted|established|enacted|introduced|set|made|provided)>',
    // The passive denial: "security requirements … have not been laid down in any instrument so far".
    '<(has|have|is|are) not (yet |so far |as yet )?been (laid down|adopted|established|enacted|introduced|set|made|provided|issued|defined)>',
    // Nothing in the law as the subject: "Nothing in national law presently regulates …".
    '<nothing in (the )?([a-z]+ ){0,2}(law|laws|legislation|statutes?|regulations?|code)>',
    // A cell or sentence that opens with the lack, as a table's column of the situation writes it, whatever words qualify
    // the noun: "No consolidated register", "No licensing system" (the other languages' forms are in their own lists).
    '^\\s*no ([a-z-]+ ){0,3}(legislation|laws?|statutes?|legal provisions?|provisions?|regulations?|framework|rules?|mechanism|register|registry|system|controls?|penalt(y|ies)|sanctions?|licen[cs]ing|facilit(y|ies)|equipment|offences?|storage)>',
    // A law that stops short of the ban is no ban: "does not explicitly prohibit non-State actors from developing …".
    '<(does|do) not (explicitly |expressly |specifically )?(prohibit|ban|criminali[sz]e|outlaw)>',
    '<there (is|are) (currently |at present |as yet )?no>', '<(has|have) (yet |so far |as yet )?(received )?no>', '<does not (yet |currently |at present )?(have|contain|regulate|cover|exist|address|include|control|reach|extend to|apply to|provide for|concern|relate to)>', '<do not (yet |currently )?(have|contain|regulate|cover|exist|address|reach|extend to|apply to|provide for|concern|relate to)>',
    '<(is|are) not (yet |currently )?(covered|regulated|addressed|controlled|criminali[sz]ed|in place|planned|envisaged|foreseen|contemplated|stored|secured|protected)>',
    // The adverb before the negation: "which are currently not regulated", "ne sont actuellement pas réglementés", "غير منظمة حاليا".
    '<(is|are) (currently|presently|at present|still) not (yet )?(covered|regulated|addressed|controlled|criminali[sz]ed|in place)>', '<ne (sont|est) (actuellement|toujours|encore) pas (couverte?s?|réglementée?s?|contrôlée?s?|encadrée?s?|régie?s?)>', '<(و|ف)?غير (منظم|مقنن)',
    '<not covered>', '<non couverte?s?>', '<no (cubiert|regulad)[oa]s?>', '<не охвачен', '未涵盖', '未覆盖', 'غير مشمول',
    '<lacks?>', '<absence of>', '<((is|are) )?being (drafted|prepared|developed|considered|reviewed|elaborated|finalized|finalised|studied|examined)>',
    '<(has|have) been drafted>', '<(draft|drafted) (law|bill|act|legislation|regulations?|decree|amendments?|order|ordinance|rules)>', '<bill>',
    // A proposal is no measure yet: "is assessing a proposal to amend the Penal Code that would cover them".
    '<proposals? (for|to) (a |an |the )?(reform|amend|revis|new (law|act|legislation))', '<proposed (law|act|bill|amendments?|reform|revision|legislation|regulations?)>',
    // A text put to public consultation is not adopted yet; "legislative drafting" is the work of writing it.
    '<(in|under) public consultation>', '<legislative drafting>',
    '<(is|are) (planned|envisaged|foreseen|contemplated|expected to be)>', '<plans? to>',
    // The state's intention, not an offender's that a law describes ("a person who intends to commit a terrorist act").
    '(^|<(?!(who|which|that|whoever)>)[^ ]+ )intends? to>', '<will be (adopted|addressed|introduced|established|developed|drafted|enacted|covered|prepared|laid down|set out|defined)>',
    '<(under|in) (consideration|review|preparation|development|study|discussion|examination)>', '<to be (adopted|developed|drafted|introduced|established)>', '<in the future>', '<future>', '<concept stage>',
    '<gaps?>', '<pending>', '<will (study|consider|review|examine|assess|determine)>', '<will be (considered|studied|reviewed|examined|assessed)>',
    // What a text still to come is to cover ("the Bill is under preparation; it is to cover related services", "will regulate"): the
    // future of a verb of reach, as the Arabic "سيشمل" below, is no reach in force.
    '<(is|are) to (cover|regulate|extend to|provide for)>', '<will (cover|regulate|extend to|provide for)>',
  '<(has|have) (begun|started|initiated|launched) (a |the )?(review|revision|process|work|drafting)>',
  // Work begun on what is not there yet: "has begun to study how the obligations … could be incorporated".
  '<(has|have) (begun|started) to (study|examine|consider|review|assess|explore|draft|prepare)>', '<when the [a-z ]{0,30}(is|are) (prepared|adopted|drafted|enacted)>',
  // What is to come before it is there: "has asked for advice before a policy is prepared".
  '<before (a|an|the|any) [a-z ]{0,30}(is|are|can be) (prepared|adopted|drafted|enacted|developed|established)>',
  ]),
  // Help asked to set something up says it is not there yet.
  anyOf([
    '<(assistance|support|help) (to|in|with|for) (establish|establishing|develop|developing|draft|drafting|set up|setting up|create|creating|build|building|introduce|introducing)>',
    "<(assistance|appui|aide)( [a-zéèêàç-]+){0,3} (pour|à la|en vue d['e]) ?(la |l'|le )?(élaborer|élaboration|mettre en place|mise en place|établir|créer|création|rédiger|rédaction)", '<(asistencia|apoyo|ayuda)( [a-záéíóúñ-]+){0,3} (para|en) (la )?(elaborar|elaboración|establecer|establecimiento|crear|creación|redactar|redacción)>',
    '<помощ[а-я]* в (создании|разработке|подготовке|учреждении)', '<содействи[а-я]* в (создании|разработке|подготовке)', '协助(建立|制定|起草|设立)', '援助(建立|制定)', '在(建立|制定|起草|设立|编制|拟订)[^。；]{1,60}方面[^。；]{0,8}(援助|协助|支持|帮助)', '<(و|ف|ب)?(ال)?مساعده( [^ .،؛]+){0,3} (في|من|على|ل) ?(انشاء|وضع|صياغه|اعداد)', '<(is|are) being (assessed|evaluated|explored|discussed)>', '<neither>', '<nor>', '<examining>', '<considering>', '<not (been )?(enacted|adopted)>', '<(is|are) in the process of>',
  ]),
  // French
  anyOf([
    '<pas encore>', "<n'(a|ont) pas (encore )?été (fixée?s?|établie?s?|adoptée?s?|définie?s?|arrêtée?s?|prévue?s?)>", "<n'(a|ont) pas (encore )?(établi|adopté|mis en place|créé|institué|promulgué)", '<une fois (adoptée?s?|promulguée?s?|approuvée?s?|en vigueur)>', "<(jusqu'à|en attendant) (leur |son |sa |l')(adoption|promulgation|approbation|entrée en vigueur)>", "<jusqu'à ce qu(e |')(il |elle |ils |elles )?(soit|soient) (adoptée?s?|promulguée?s?|approuvée?s?)>", '<(examinera|étudiera|envisagera)>', '<sera(ont)? (examinée?s?|étudiée?s?)>', '<rest(e|ent) à (établir|mettre en place|adopter|créer|définir|élaborer)>', "<aucune? [^.;]{0,80}<n'(existe|est|a|ont)>", "<n'existe pas>", "<n'existe aucun", '<aucun(e)? (loi|législation|disposition|texte|réglementation|règlement|règle|norme|cadre|mécanisme|registre|obligation|contrôle|sanction|peine|système|régime|liste|mesure|exigence|prescription)', "<rien dans (la |le |les )?(loi|législation|droit|code|réglementation)", '<ne (dispose|possède|comporte|prévoit) ni>', "<n'(existe|existent|y a) ni>", '<ne dispose (pas|d.aucun)', '<ne (couvre|contient|comporte|réglemente|prévoit|vise|concerne|s.applique|s.étend) pas>',
    // The state named in the plural, as an archipelago is: "Les Seychelles ne disposent pas non plus d'un régime de licences".
    '<ne disposent pas>',
    // A text that lays down nothing, negated by "aucun" instead of "pas": "le Code pénal ne contient aucune infraction spécifique",
    // "ne prévoit aucune peine". (What a service holds, "ne possèdent aucun équipement", is its means, not a missing rule.)
    "<ne (couvre|contient|comporte|réglemente|prévoit|vise|définit|incrimine|réprime)(nt)? (encore |actuellement )?aucune?>", '<ne (couvrent|visent|concernent|s.appliquent) pas>', "<n'(interdit|interdisent|incrimine|incriminent|prohibe|prohibent) pas>",
    "<en cours d'(élaboration|examen|adoption|étude|finalisation)>", '<en (préparation|élaboration)>', '<en cours de (préparation|rédaction|révision|finalisation)>', '<projet de (loi|décret|texte|règlement|modification)>', "<projets? d'(arrêté|ordonnance)>", "<projets? d'amendements?>", '<avant-projet>', '<propositions? de (loi|réforme|révision|modification)>',
    '<(est|sont) (prévue?s?|envisagée?s?|à l.étude)>', '<envisage>', '<à l.étude>', '<réflexion en cours>', '<lacunes?>', '<sera (adoptée?|élaborée?|mise?|examinée?|introduite?|fixée?|établie?|définie?)>',
    '<seront (adoptée?s|élaborée?s|mise?s|fixée?s|établie?s|définie?s)>', "<avant (que|qu')[^.;]{0,40}<(ne )?(soit|soient) (élaborée?s?|adoptée?s?|rédigée?s?|préparée?s?|établie?s?)>", '<prévoit de>', "<en attente (de |d')(son |sa |leur |la )?(adoption|approbation|examen|promulgation|publication|signature|entrée en vigueur)>", "<n'(est|sont) pas (encore )?(couvert|réglementé|contrôlé|prévu|incriminé|envisagé|entreposé|stocké|sécurisé|protégé)", '<ne (sont|est) pas (encore )?(entreposée?s?|stockée?s?|sécurisée?s?|protégée?s?|contrôlée?s?|réglementée?s?)>', '<absence de>', "<l'absence d", '<fait défaut>',
    '<en consultation publique>', '<rédaction législative>',
    '<(couvrira|couvriront|régira|régiront|réglementera|réglementeront|s.étendra|s.étendront)>',
    '<(futur|future|prochaine?) (loi|législation|réglementation|texte|règlement|décret)>', '<(loi|législation|réglementation) (future|à venir)>',
    // Drafting begun, as "has begun drafting": "a entamé la rédaction de prescriptions".
    "<(a|ont) (entamé|commencé|engagé|lancé|amorcé|initié) (la |le |l'|les )?(rédaction|élaboration|révision|préparation|processus|travaux)", '<(a|ont) commencé à (étudier|examiner|rédiger|élaborer|préparer)>',
    // The state has none, as English "has no": "Madagascar n'a pas de régime de licences", "ne possède pas de registre".
    "<n'(a|ont|possède|possèdent) pas (encore |actuellement )?(de |d')",
    // The lack opening a cell: "Pas de registre centralisé", "Aucun système de licences".
    "^\\s*(pas de |pas d'|aucune? )([a-zéèêàç'-]+ ){0,3}(loi|législation|dispositions?|textes?|réglementation|règlements?|registres?|système|mécanisme|contrôles?|régime|sanctions?|installations?|équipements?|matériels?|incriminations?|infractions?|entreposage|stockage)>",
  ]),
  // Spanish
  anyOf([
    '<aún no>', '<no (ha|han) sido (todavía |aún )?(establecid|adoptad|definid|dictad|aprobad|fijad)[oa]s?>', '<no (ha|han) (establecido|creado|implementado|promulgado|dictado|instaurado|adoptado|aprobado|expedido)>', '<una vez (aprobad|adoptad|promulgad)[oa]s?>', '<hasta (su|la) (aprobación|adopción|promulgación|entrada en vigor)>', '<(hasta que|en tanto no) (sea|sean|se) (aprobad[oa]s?|adoptad[oa]s?|promulgad[oa]s?|aprueben?|adopten?|promulguen?)>', '<(estudiará|examinará|evaluará|considerará)>', '<se (estudiará|examinará|evaluará|considerará)n?>', '<(aún|todavía) (debe|tiene que|está por)>', '<no [a-záéíóúñ]+ (todavía|aún)>', '<no (cuentan?|disponen?) (todavía |aún |actualmente )?(con|de)>', '<todavía no>', '<(sigue|siguen|continúa|continúan) sin>', '<no existe>', '<no existen>', '<no cuenta con>', '<no dispone de>', '<carece>', '<se está (elaborando|preparando|redactando|estudiando|examinando|revisando)>',
    '<en (proceso de )?(elaboración|preparación|redacción|estudio|revisión)>', '<proyecto de (ley|decreto|reglamento|reforma|modificación|enmienda|resolución|acuerdo|ordenanza)>', '<anteproyecto>', '<propuestas? de (ley|reforma|modificación|enmienda)>', '<(está|están) previst[oa]s?>', '<se prevé>', '<prevé (elaborar|adoptar|establecer)>',
    '<bajo estudio>', '<pendientes? de (su )?(aprobación|adopción|promulgación|examen|publicación|firma|entrada en vigor)>',
    // What is still to be done, as French "reste à": "Queda por reglamentar el control de los servicios", "quedan por establecer".
    '<queda(n)? (todavía |aún )?por (reglamentar|regular|establecer|adoptar|definir|crear|elaborar|desarrollar|tipificar|aprobar)>', '<en consideración>', '<antes de que se (elabore|adopte|redacte|prepare|establezca)n?>', '<vacíos?>', '<lagunas?>', '<se (elaborará|adoptará|establecerá|presentará|fijará|definirá|incluirá|regulará|tipificará)n?>',
    // A status cell that opens with what is still pending ("Pendiente: se incluirán en la ley …").
    '^\\s*pendientes?>', '<planea>', '<tiene previsto>', '<no ha (suscrito|adoptado|aprobado|ratificado)>', '<no se han?>',
    // A control or rule denied in the impersonal passive: "No se controlan el financiamiento ni el transporte …", "no se regula".
    '<no se (controlan?|regulan?|supervisan?|fiscalizan?|sancionan?)>',
    '<no (contiene|regula|contempla|prevé|cubre|tipifica|alcanza|alcanzan|se aplica|se aplican|abarca|abarcan)>', '<no (prohíbe|prohíben|tipifican|penaliza|penalizan)>', '<no (está|están) (todavía |aún |actualmente )?(contemplad|regulad|cubiert|previst|tipificad|penalizad|criminalizad|almacenad|resguardad|protegid)[oa]s?>', '<ausencia de>', '<no hay>', '<tampoco>', '<ningun[oa] (ley|norma|disposición|regla|reglamento|legislación|medida|requisito|exigencia|obligación|registro)>', '<nada en (la |el )?(ley|legislación|derecho|normativa|código)>', '<no (cuenta|dispone) ni>', '<se está (analizando|evaluando)>',
    // A bill's proposal by its Mexican and Latin American name: "Iniciativa de reforma al Código Penal", "iniciativa de ley".
    '<iniciativas? (de|con proyecto de) (ley|reforma|decreto)>', '<en consulta pública>',
    '<(abarcará|abarcarán|cubrirá|cubrirán|regulará|regularán)>',
    '<(futura|próxima) (ley|legislación|normativa|reglamentación)>', '<(futuro|próximo) (reglamento|decreto|código)>', '<(ley|legislación|normativa) (futura|por adoptar)>',
    '<(ha|han) (iniciado|comenzado|emprendido|empezado) (la |el |los )?(redacción|elaboración|revisión|preparación|proceso|trabajos)>', '<(ha|han) (comenzado|empezado) a (estudiar|examinar|redactar|elaborar|preparar)>',
    // "has no": "no tiene ningún régimen de licencias", "no posee todavía un registro" (not "no tiene derecho a", a ban).
    '<no (tiene|tienen|posee|poseen) (todavía |aún |actualmente )?(ning[uú]n|ningun[oa]s?|un|una) ',
    // The lack opening a cell: "Sin registro nacional", "Ningún sistema de licencias".
    '^\\s*(sin|ningún|ninguna) ([a-záéíóúñ-]+ ){0,3}(ley|legislación|normas?|disposiciones?|reglamentos?|registros?|sistema|mecanismo|controles?|régimen|sanciones?|instalaci(ón|ones)|equipos?|tipificación|delitos?|almacenamiento)>',
  ]),
  // Russian
  anyOf([
    '<ещё не>', '<не (был[аио]? )?(установлен|определен|определён|утвержден|утверждён)[а-я]*>', '<не (создан|принят|введен|утвержден)[а-я]*>', '<после (его |её |их )?(принятия|утверждения)>', '<до (его|её|ее|их) (принятия|утверждения|вступления в силу)>', '<(рассмотрит|изучит|оценит)>', '<будет (рассмотрен|изучен)', '<(еще|ещё) предстоит>', '<еще не>', '<пока не>', '<отсутству', '<не имеется>', '<нет (специальн|отдельн|национальн|нормативн|законодател)', '<разрабатыва(ется|ются|ет|ют)>', '<проект[а-я]* ([а-я]+ )?(закона|постановления|положения|правил|поправок|изменений|приказа|указа|распоряжения)', '<законопроект', '<ожида[а-я]* (его |их )?(опубликования|официального опубликования|подписания|вступления в силу|принятия|утверждения)>',
    '<планируе', '<предложени[а-я]* (о|по) (внесени|изменени|реформ|пересмотр)', '<предусматривается (разработ|принят)', '<на рассмотрении>', '<на стадии>', '<будут? (принят|разработан|внесен|создан|установлен|определен|определён|закреплен|закреплён|урегулирован)', '<будут (приняты|разработаны)>', '<пробел', '<в стадии>',
    // A negated participle names which acts a rule reaches, not a lack: "нарушение …, не содержащее признаков преступления".
    '<не (содерж|регулиру|контролиру|охватыва|предусматрива|урегулир|предусмотрен|установлен|закреплен|запреща|криминализ)(?![а-я]*щ)',
    '<(будет|будут) (охватывать|регулировать|распространяться)>', '<(охватит|охватят)>',
    '<находится в процессе>', '<(прежде чем|до того как) (будет|будут) (разработан|принят|подготовлен|создан)', '<подготавлива(ется|ются|ет|ют)>', '<готов(ится|ятся)>', '<изуча(ется|ются|ет|ют)>', '<также (нет|отсутству)', '<(пока|до сих пор|ещё|еще|тоже) нет>', '<ничто в>', '<нет ни>', '<нет>\\.?\\s*$', '<не распространя', '<в (процессе )?(разработке|подготовке)>', '<будущ[а-я]* (закон|законодательств|нормативн|правил|положени)',
    '<(начал[аио]?|приступил[аио]?) (к )?(разработк|подготовк|работ[аеуы]? над|изучени)', '<начал[аио]? (изучать|рассматривать|разрабатывать)>',
    // "has no": "не имеет системы лицензирования", "не имеет национального списка" (not "не имеет права", a ban).
    '<не име(ет|ют) (пока |ещё |еще )?(ни |никак|собственн|национальн|специальн|единой |систем|режим|закон|реестр|нормативн|правов|механизм|списк|перечн)',
    // The lack opening a cell: "Нет единого реестра", "Нет положений о средствах доставки".
    '^\\s*нет ([а-я-]+ ){0,3}(закон|законодательств|положени|норм|реестр|систем|механизм|контрол|режим|санкци|объект|оборудовани|хранилищ|состав[а-я]* преступлени)',
  ]),
  // Chinese
  anyOf([
    '尚未', '(修订|修正|修改|改革)(建议|提案)', '未(作出)?(规定|确定)', '未(建立|制定|设立|出台|颁布)', '(未|没有|并未|并没有)(明确|明文|具体|专门)?禁止', '(通过|颁布|出台)后', '尚待', '待[^。；，\\t]{0,6}(审议|批准|通过|颁布|公布|发布|生效)', '将(研究|审议|考虑|评估)', '还没有', '也没有', '正在研究', '研究制定', '尚无', '没有专门', '缺乏', '缺少', '正在(起草|制定|研究|审议|修订|拟订|编制)', '起草中', '(制定|拟订|编制|修订|审议|研究|讨论|考虑)中', '(仍|尚|还)在(起草|制定|拟订|审议|研究|讨论)', '法案', '草案', '计划(制定|出台|修订)', '拟(制定|出台|修订)', '将(制定|出台|修订)', '空白', '有待', '不适用于', '未(包含|载有)', '不含有', '(未来|今后)的?(法律|立法|条例|法规)', '(没有|无)(关于|针对|涉及|有关)[^。；]{1,30}的(任何)?(法律|立法|规则|规定|条例|法规)',
    // No law, control or measure of any kind, as a status cell writes it: "目前没有任何管制措施" (at present no control measures at all).
    '没有任何(具体|专门|明确)?(法律|规则|规定|条例|法规|管制|管控|监管|控制|措施)',
    // What the missing law would do stands between "没有" and the law, as a relative clause: "没有禁止非国家行为者……的专门立法"
    // (English puts it after: "no specific legislation prohibiting …").
    '没有[^。；，]{1,40}的(专门|具体|单独|专项|任何)(法律|立法|规则|规定|条例|法规)', '(未|没有|不)(计划|打算)', '(开始|着手|启动)(起草|制定|拟订|修订)',
    // "has no … system": "马达加斯加没有两用物项出口许可制度".
    '没有[^。；，、]{0,20}(制度|机制|体系|清单|名录)',
    // The lack opening a cell: "无统一登记册", "没有相关法律".
    '^\\s*(无|没有)[^。；，]{0,12}(法律|立法|规定|登记|制度|机制|管制|清单|设施|设备|储存|罪名)',
    // What is to come before it is there: "在制定政策之前征求技术咨询".
    '在[^。；，]{0,20}(制定|拟订|起草|出台|通过|颁布|生效)[^。；，]{0,10}之前',
    // What a text still to come will cover: "（草案）正在起草之中，将涵盖相关资金和运输服务".
    '将(涵盖|覆盖|适用于)',
  ]),
  // Arabic (a word of its own, with its conjunction: short patterns fold into the middle of other words)
  anyOf([
    // A draft named again with the article is still a draft: "وتحدد العقوبات في مشروع القانون" (the penalties are set in the bill).
    '<(?:و|ف)?(?:قيد (الإعداد|الدراسة|الصياغة|النظر|المراجعة|الإنجاز))', '<(?:و|ف)?(?:(اقتراح|مقترح) (بتعديل|تعديل|قانون|لتعديل|إصلاح))', '<(?:و|ف)?(?:مشروع (ال)?(قانون|نظام|لائحة|تعديل|مرسوم|قرار))', '<(?:و|ف)?(?:لا (يتناول|تتناول|يعالج|تعالج|يحظر|تحظر|يجرم|تجرم))', '<(ال)?ثغر(ة|ات)>', '<(?:و|ف)?(?:لا (يوجد|توجد))', '<(?:و|ف)?(?:لم (يتم|يصدر|تصدر|يعتمد|تعتمد|يسن|تحدد|يحدد|توضع|يوضع))', '<(?:و|ف)?(?:تعتزم)(?! (ارتكاب|القيام))', '<قبل (ان )?(يتم|تتم) (اعداد|وضع|اعتماد|صياغه)', '<(?:و|ف)?(?:يعتزم)(?! (ارتكاب|القيام))', '<(?:و|ف)?(?:سيتم)',
    // The future of a verb of laying down ("ستحدد العقوبات في التعليمات", "سيصدر النظام"): what is not laid down yet.
    '<(?:و|ف)?س(?:ي|ت)(?:حدد|صدر|وضع|عتمد|نظم|درج|شمل|غطي)>', '<(?:و|ف)?(?:من المقرر)', '<(?:و|ف)?(?:تفتقر)', '<(?:و|ف)?(?:يفتقر)', '<(?:و|ف)?(?:ثغر)', '<(?:و|ف)?(?:يجري (إعداد|صياغة|وضع|دراسة|بحث))', '<(?:و|ف)?(?:تعكف)', '<(?:و|ف)?(?:كما لا)', '<(?:و|ف)?(?:لا تملك)', '<(?:و|ف)?(?:ليس لدى)', '<(?:و|ف)?(?:لا يتضمن)', '<(?:و|ف)?(?:لا تتضمن)', '<(?:و|ف)?(?:لا يغطي)', '<(?:و|ف)?(?:لا (يشمل|تشمل|ينطبق|تنطبق))', '<(?:و|ف)?(?:غياب)', '<(?:و|ف)?(?:لم (تنشئ|ينشئ|تضع|يضع|تعتمد))', '<(?:و|ف)?(?:بعد (اعتماده|اعتمادها|إقراره|إقرارها))', '<(?:و|ف)?(?:(إلى|ل)? ?حين (اعتماده|اعتمادها|إقراره|إقرارها|صدوره|صدورها))', '<(?:و|ف)?(?:ريثما)>', '<(?:و|ف)?(?:في )?انتظار (ال)?(نشر|نشره|اعتماد|اعتماده|اصدار|إصدار|توقيع|مصادقه|مصادقة|دخول)', '<(?:و|ف)?(?:لم [^ .،؛]+ بعد)>', '(قانون|تشريع)[^ .،؛]* (ال)?(مقبل|مرتقب|مستقبلي)', '<(?:و|ف)?(?:لا شيء في)>', '<(?:و|ف)?(?:(بدأت|بدأ|شرعت|شرع)( [^ .،؛]+){0,5} (في )?(صياغة|إعداد|وضع|مراجعة|دراسة))',
    // The lack opening a cell: "لا أحكام بشأن وسائل الإيصال", "بلا سجل وطني".
    // Legislative drafting ("الصياغة التشريعية لتعديل قانون العقوبات") and a draft ("المسودة الأولية") are a text still to be adopted.
    '<(?:و|ف)?(?:ب|ل)?(?:ال)?(?:صياغة التشريعية|صياغة تشريعية)>', '<(?:و|ف)?(?:ب|ل)?(?:ال)?مسودة>',
    '^\\s*(لا|بلا|دون) (أحكام|قانون|تشريع|نظام|سجل|ضوابط|آلية|لوائح|منشأة|منشآت|معدات|مخزن|جريمة)>',
    // Neither … nor opening a cell: "Ni loi ni liste nationale de contrôle", "Ni ley ni lista", "Ни закона, ни списка", "既无法律也无清单".
    '^\\s*(ni|ни) ', '^\\s*既(无|没有)', '^\\s*لا [^ .،؛]+ ولا ',
  ]),
];

/**
 * A text laid before the legislature and not yet passed: "submitted to the National Assembly", "soumis à l'Assemblée nationale",
 * "presentado a la Asamblea Legislativa", "внесён в Палату представителей", "已提交国民议会审议", "أحيل إلى البرلمان".
 */
const BEFORE_THE_LEGISLATURE = anyOf([
  '<(submitted|introduced|tabled|laid|sent) (to|in|before) (the )?(parliament|national assembly|congress|senate|legislature|house of [a-z]+|legislative (assembly|chamber|council))>',
  '<(is|are|remains?) (now |currently |still )?(before|pending (in|before)) (the )?(parliament|national assembly|congress|senate|legislature|house of [a-z]+|legislative (assembly|chamber|council))>',
  "<(soumise?s?|déposée?s?|transmise?s?|présentée?s?) (à l'|au |devant (le |l'))(assemblée nationale|parlement|sénat|congrès)>",
  '<(presentad|remitid|sometid|enviad)[oa]s? (a la |al |ante (el |la ))(asamblea (nacional|legislativa)|congreso|parlamento|senado)>',
  '<внес[её]н[а-я]* в (палат|парламент|мажилис|маджлис|милли меджлис|сенат|национальное собрание|государственную думу|верховн|законодательн|жогорку)',
  '(已|业已)?提交[^。；]{0,10}(议会|国民议会|国会|立法会|人民代表大会)', '(议会|国民议会|国会|立法会)[^。；]{0,4}(正在)?审议',
  '<(احيل|أحيل|قدم|عرض)[^.؛]{0,20} (علي|على|الى|إلى) (البرلمان|مجلس النواب|مجلس الشعب|الجمعيه الوطنيه|المجلس الوطني)',
]);

/**
 * A text adopted but not yet in force, its entry into force still to come: "will enter into force on 1 July 2026", "enters
 * into force on 1 January 2027", "entrera en vigueur le", "entra en vigor el 1 de julio de 2026", "вступит в силу", "将于2026年
 * 7月1日起施行", "سيدخل حيز النفاذ". Said in the present, it needs the date after it ("вступает в силу 1 июля 2026 г.", with or
 * without "с"): a law that entered into force is said so in the past.
 */
const NOT_YET_IN_FORCE = anyOf([
  '<will (enter|come) into (force|effect)>', '<(enters|comes) into (force|effect) (on|from|as of) [0-9]',
  '<entrera en vigueur>', '<entre en vigueur (le|à compter du|au) [0-9]', '<entrará en vigor>', '<entra en vigor (el|a partir del) [0-9]',
  '<вступ(ит|ят) в (законную )?силу>', '<вступа(ет|ют) в силу (с )?[0-9]', '将(于|自)[^。；]{0,20}(生效|施行|实施)', '<(و|ف)?(سيدخل|ستدخل) حيز', '<(و|ف)?(يدخل|تدخل) حيز (النفاذ|التنفيذ) (في|اعتبارا من) [0-9]',
]);

/**
 * A text that is not law yet, named as such: a draft, a bill, a text laid before the legislature ("Draft Export Control
 * Act", "《出口管制法（草案）》", "projet de loi", "proyecto de ley", "законопроект", "مشروع قانون"). Cited by its number, it is
 * no reference in force.
 */
const DRAFT_NAME = anyOf([
  '<(draft|proposed) (law|bill|act|legislation|regulations?|decree|amendments?|order|ordinance|rules)>', '<bill>', '[(（]\\s*(draft|projet|proyecto|проект|草案|مشروع)\\s*[)）]',
  '<(avant-)?projets? de (loi|décret|texte|règlement|modification)>', "<projets? d'(arrêté|ordonnance|amendements?)>",
  '<(ante)?proyecto de (ley|decreto|reglamento|reforma|modificación|enmienda|resolución)>', '<законопроект', '<ожида[а-я]* (его |их )?(опубликования|официального опубликования|подписания|вступления в силу|принятия|утверждения)>', '<проект[а-я]* ([а-я]+ )?(закона|постановления|положения|правил|поправок|изменений|приказа|указа)',
  '草案', '<(و|ف)?مشروع (ال)?(قانون|نظام|لائحه|تعديل|مرسوم|قرار)>',
]);
export const DRAFT_TEXT = { test: (folded: string): boolean => DRAFT_NAME.test(folded) || BEFORE_THE_LEGISLATURE.test(folded) || NOT_YET_IN_FORCE.test(folded) };

/** Not (yet) subject to a control: "are not subject to", "ne sont pas soumis à", "no están sujetos a", "не подлежат", "不受", "لا تخضع". */
const NOT_SUBJECT_TO = anyOf([
  '<(is|are) not (currently |yet |at present )?subject to>', '<ne (sont|est) pas (encore |actuellement )?(soumise?s?|assujettie?s?)>',
  '<no (está|están) (actualmente |aún |todavía )?(sujet[oa]s?|sometid[oa]s?)>', '<не подлеж', '不受', '未纳入', '(لا|لم) (تخضع|يخضع)',
  // The state does not subject it: "does not at present subject the financing of exports to a licensing obligation".
  // Left outside the law altogether: "remain outside the national legal framework", "quedan fuera del marco jurídico".
  '<(remains?|is|are|falls?|lies?) outside (the |any )?([a-z-]+ ){0,2}(legal|legislative|regulatory) (framework|regime)>', '<(reste|restent|demeure|demeurent|est|sont) (en )?dehors du (cadre|champ) ([a-zé]+ )?(juridique|législatif|réglementaire)>',
  '<(queda|quedan|está|están|permanece|permanecen) fuera del (marco|ámbito) ([a-záéíóú]+ )?(jurídico|legal|normativo|regulatorio)>', '<(оста[её]тся|остаются|находится|находятся) вне ([а-я]+ )?(правового|законодательного|нормативного) (поля|регулирования)',
  '不在[^。；]{0,12}(法律|立法|监管)(框架|范围)', 'خارج (ال)?إطار (ال)?(قانوني|تشريعي|تنظيمي)',
  // Left out of the law's reach: "biological weapons fell outside the scope of Law No. 1078", "quedaron fuera del alcance de la
  // Ley", "restent hors du champ d'application de la loi", "не подпадают под действие закона".
  '<(falls?|fell|remains?|remained|is|are|was|were|left) outside (the )?scope of>', "<(reste|restent|est|sont|demeure|demeurent|étai(en)?t) (en )?(hors|dehors) du champ (d'application )?d[eu']",
  '<(queda|quedan|quedó|quedaron|está|están|permanece|permanecen|estaba|estaban) fuera del (alcance|ámbito( de aplicación)?) de>', '<не подпада(ет|ют) под действие>',
  '<(does|do) not (yet |currently |at present )?subject>', '<ne (soumet|soumettent) pas>', '<no (somete|someten)>', '<не (подчиняет|подвергает)', '未(将|把)[^。；]{0,30}纳入',
]);

/**
 * Not named by the law at all: "are not specifically mentioned in national legislation", "ne sont pas mentionnés",
 * "no se mencionan", "специально не упоминаются", "未提及", "لم يرد ذكرها": the law says nothing of them.
 */
const NOT_MENTIONED = anyOf([
  '<(is|are) not (specifically |expressly |explicitly |yet )?(mentioned|referred to|named|dealt with)>', '<(nowhere|never) (mentioned|referred to)>',
  '<ne (sont|est) pas (spécifiquement |expressément |explicitement )?(mentionnée?s?|cité(e|s|es)?|évoquée?s?)>', "<n'(est|sont) pas (spécifiquement |expressément )?(mentionnée?s?|cité(e|s|es)?|évoquée?s?)>",
  '<no (se )?(mencionan?|menciona|nombra|nombran)>', '<no (está|están) (específicamente |expresamente )?(mencionad|nombrad)[oa]s?>',
  '<(специально |прямо |особо )?не (упомина|упомянут|названы|назван)', '(未|没有|并未)(提及|提到|述及)', '(لم|لا) (يرد|ترد) (ذكر|ذكرها|ذكره)', '(لا|لم) (يذكر|تذكر|يشار|تشير|يشير)',
]);

/** Still being studied, weighed or discussed: "the subject of reflection", "fait l'objet d'une réflexion", "es objeto de análisis", "прорабатывается", "仍在探讨", "موضع دراسة". */
export const UNDER_STUDY = anyOf([
  '<(is|are|remains?) (still |currently )?the subject of (a |an )?(study|analysis|assessment|evaluation|reflection|consideration|discussions?|review)>',
  '<(is|are) (still |currently |now )?being (studied|examined|explored|looked into|analy[sz]ed|weighed|debated|contemplated|considered|reviewed)>',
  '<(reflection|discussions?|consultations?|deliberations?) (is |are )?(still )?(ongoing|under ?way|continuing|in progress)>', '<ongoing (reflection|discussions?|consultations?|deliberations?)>',
  '<no decision has (yet )?been (taken|made)>', '<(still |yet )?to be (decided|determined|defined)>', '<feasibility stud(y|ies)>', '<at the (discussion|study|planning|early) stage>',
  '<(exploring|studying|assessing|weighing|reviewing) (the )?(possibility|options?|feasibility|need|introduction|establishment|adoption)>',
  // A body set up to study the options: "convened an interagency working group to study options for a … law".
  '<to (study|explore|examine|assess|consider|review) (the )?(options?|possibilit(y|ies)|feasibility|need)>',
  // A study planned, as the noun: "plans a study of the options", "prévoit une étude", "prevé un estudio", "计划开展研究", "تخطط لإجراء دراسة".
  '<(plans?|planned|planning) (a |an )?(study|review|assessment) (of|on)>', "<prévoi[a-z]* (une |un )?(étude|examen|évaluation) (de|des|du|d')>", '<(prevé|planea|planifica|tiene previsto) (un|una) (estudio|examen|evaluación) (de|sobre)>',
  '<планиру[а-я]* (провести )?(изучение|исследование|анализ)', '(计划|拟)(开展|进行)?(研究|评估)', '(تخطط|يخطط|تعتزم|يعتزم) (ل|إلى )?(إجراء )?دراسة', "<(pour|afin d') ?(étudier|examiner|évaluer) (les options|la possibilité|la faisabilité|l'opportunité)>",
  '<para (estudiar|examinar|evaluar) (las opciones|la posibilidad|la viabilidad|la conveniencia)>', '<для (изучения|рассмотрения|оценки) (вариантов|возможност|целесообразност)', '研究(方案|可能性|可行性)', 'ل(دراسة|بحث) (الخيارات|إمكانية)', '<(studying|examining|considering|assessing|reviewing) (whether|how)>',
  "<(étudie|examine) (s'il|si|comment)>", '<(estudia|examina|analiza|evalúa) (si|cómo)>', '<(изучает|рассматривает), (следует ли|как)',
  // Amendments studied or prepared are not made yet: "is studying amendments to the Proceeds of Crime Act", "étudie des modifications
  // de la loi", "estudia unas reformas a la ley", "تدرس وحدة … تعديلات على القانون" (the subject after the verb; "изучает поправки", "正在研究" are read above).
  '<(is|are) (currently |now )?(studying|preparing|drafting) (possible |proposed )?(amendments?|revisions?)>', "<(étudie|étudient|prépare|préparent|rédige|rédigent) (actuellement )?(des|les|de nouvelles) (amendements?|modifications?|révisions?)>",
  '<(estudia|estudian|prepara|preparan|redacta|redactan) (actualmente )?(unas|las|nuevas) (enmiendas|reformas|modificaciones)>', '<(و|ف)?(تدرس|يدرس)( [^ .،؛]+){0,4} (ال)?تعديلات>',
  "<(fait|font) l'objet d'(une |des )?(réflexion|études?|examen|analyses?|consultations?|discussions?)>", '<réflexion (est |a été )?(en cours|menée|engagée|lancée|ouverte)>', '<mène (actuellement )?une réflexion>',
  "<(est|sont) (actuellement |encore |toujours )?(à l'examen|en discussion|en débat|à l'analyse|en réflexion|en suspens)>", "<en cours d'(analyse|évaluation)>", '<en cours de (discussion|réflexion|concertation)>',
  "<(possibilité|opportunité|faisabilité|question) d[eu'] ?[^.;]{0,100}(est|sont) (actuellement |encore )?(étudiée|examinée|analysée|évaluée|débattue)", '<rest(e|ent) à (définir|déterminer|décider|élaborer)>',
  "<aucune décision n'a (encore )?été prise>", "<(étudie|examine|évalue) (actuellement )?(la possibilité|l'opportunité)>",
  '<(está|están|se encuentra|se encuentran|sigue|siguen|continúa) (aún |todavía |actualmente )?(en|bajo) (estudio|análisis|evaluación|discusión|consideración|revisión|examen|debate)>',
  '<(es|son) objeto de (un |una )?(análisis|estudio|reflexión|evaluación|debate|examen)>', '<se (está|están|viene|vienen) (considerando|analizando|evaluando|estudiando|discutiendo|examinando|debatiendo)>',
  '<(se analiza|se estudia|se evalúa|se examina|se considera|estudia|analiza|evalúa|examina|considera) (actualmente )?(la posibilidad|la conveniencia|la viabilidad|la necesidad)>',
  '<en fase de (estudio|análisis|discusión|evaluación|diseño|planificación)>', '<(está|están) siendo (analizad|estudiad|evaluad|examinad|considerad|revisad|elaborad|discutid)[oa]s?>', "<en train d.être (étudiée?s?|examinée?s?|analysée?s?|élaborée?s?|préparée?s?|rédigée?s?)>", '<(queda|quedan|está|están) pendientes?>', '<reflexión (en curso|interna)>', '<aún no se ha (decidido|definido)>',
  '<(является|являются|остается|остаётся|остаются) предметом (анализа|изучения|обсуждения|рассмотрения|проработки|дискусси)', '<(в|на) (стадии|этапе) (обсуждения|проработки|изучения|рассмотрения|разработки|согласования|анализа)',
  '<рассматрива[а-я]* (возможност|вопрос)', '<(возможност|вопрос|целесообразност)[а-я]* [^.;]{0,120}(рассматривается|обсуждается|анализируется)>', '<прорабатыва', '<(в настоящее время|сейчас|пока|ещё|еще) (обсужда|рассматрива|изуча)', '<обсужда[а-я]* (возможност|вопрос)',
  '<вед[её]тся (работа|обсуждение)', '<оста[её]тся открыт', '<решение (пока |еще |ещё )?не принято',
  '正在(考虑|探讨|评估|论证|讨论|审查|酝酿)', '研究论证', '论证中', '(仍|尚|还)在(研究|讨论|探讨|论证|考虑|评估)', '(正|仍|尚)处于(研究|讨论|论证|起草|规划)阶段', '(考虑|探讨|研究)(制定|建立|出台|设立)', '尚未(作出|做出)决定',
  'قيد (البحث|التقييم|المناقشة|التداول|الدرس|التفكير)', 'موضع (دراسة|بحث|نقاش|تفكير)', 'محل (دراسة|بحث|نقاش)', 'يجري (النظر|التفكير|بحث|دراسة|تقييم|مناقشة)', 'تجري (دراسة|مناقشة)',
  '(تدرس|يدرس|تبحث|يبحث) (حاليا )?إمكانية', 'النظر في إمكانية', '(لا|ما) (يزال|تزال|زال|زالت) (قيد|موضع|محل)', 'لم يتخذ (بعد )?قرار',
]);

/**
 * What exists is said not to be the measure: "the general offence of smuggling … is not regarded as such a penalty",
 * "n'est pas considérée comme", "no se considera", "не рассматривается в качестве", "不视为", "لا يعتبر".
 */
const NOT_REGARDED_AS = anyOf([
  '<(is|are) not (regarded|considered|treated|deemed) (as|to be)>', "<(n'est|ne sont) pas (considérée?s?|regardée?s?|traitée?s?) comme>",
  '<no (se considera|se consideran|es considerad[oa]|son considerad[oa]s)>', '<не (считается|считаются|рассматривается|рассматриваются|является|являются) (как |в качестве )?таков',
  '<не (считается|считаются|рассматривается|рассматриваются) (как|в качестве)>', '不(被)?(视为|认为是|视作)', '(لا|ولا) (يعتبر|تعتبر|يعد|تعد)',
]);

/**
 * A body has recommended that the measure be set up: it does not exist yet ("has recommended that such a system be
 * established", "a recommandé la création", "ha recomendado que se establezca", "рекомендовала создать", "建议建立",
 * "أوصت بإنشاء").
 */
const RECOMMENDED = anyOf([
  '<(has |have )?recommended (that|the (establishment|adoption|creation|introduction|drafting|enactment) of)>', '<recommends? (that|the (establishment|adoption|creation|introduction) of)>',
  "<a (été )?recommandée? (que|de|la (création|mise en place|adoption|rédaction)|l'(adoption|élaboration|établissement))>", "<recommande (que|de|la (création|mise en place|adoption)|l'(adoption|élaboration))>",
  '<(ha|han) recomendado (que|la (creación|adopción|elaboración|introducción)|el establecimiento)>', '<recomienda(n)? (que|la (creación|adopción|elaboración))>',
  '<рекомендовал[а-я]* (создать|принять|разработать|учредить|ввести|установить)>', '<рекоменд[а-я]* (создани|принят|разработк|введени)',
  '建议(建立|设立|制定|出台|引入)', '(أوصى|أوصت|توصي|يوصي) (ب|بأن)',
]);

/**
 * A thing kept without the measure: "sources stored without adequate physical protection measures", "entreposées sans mesure
 * de protection physique", "almacenadas sin medidas de protección", "хранятся без мер физической защиты", "在没有保护措施的情况下
 * 存放", "مخزنة دون تدابير حماية". Not "without a licence" or "without authorisation", which a prohibition names as the
 * offence.
 */
const WITHOUT_MEASURE = anyOf([
  '<without (any |adequate |appropriate |proper )?((?!prejudice)[a-z-]+ ){0,2}(measures?|legal (basis|framework)|legislation|regulations)>', '<sans (aucune? )?(mesures?|cadre (juridique|légal|réglementaire)|législation|réglementation)>',
  '<sin (ninguna |ningún )?(medidas?|marco (jurídico|legal|normativo)|legislación|reglamentación)>', '<без (каких-либо |какой-либо |надлежащих )?(мер|правовой (базы|основы)|законодательн)',
  '(在)?(没有|缺乏|无)[^。；，]{0,10}措施的情况下', '<(بدون|دون) (أي |اية )?(تدابير|إطار قانوني|تشريع)',
]);

/**
 * Missing, planned, drafted or under study: the measure is not (yet) in force. Several patterns,
 * not one: past a certain size V8 stops compiling a pattern to machine code and interprets it,
 * about a thousand times slower (a bench of a 200-page report shows it at once).
 */
export const GAP_CUE = { test: (folded: string): boolean => MISSING_OR_PLANNED.some((cue) => cue.test(folded)) || BEFORE_THE_LEGISLATURE.test(folded) || NOT_SUBJECT_TO.test(folded) || NOT_MENTIONED.test(folded) || UNDER_STUDY.test(folded) || NOT_REGARDED_AS.test(folded) || RECOMMENDED.test(folded) || WITHOUT_MEASURE.test(folded) || NOT_YET_IN_FORCE.test(folded) };

/**
 * Where an instruction opens: after a row's or item's number or letter ("3.", "(b)", "b)", "（一）", "二、"), as a needs list or a
 * plan's table marks its lines.
 */
const ITEM_MARK = '^\\s*(?:(?:[\\d.]+|\\(?[a-zа-я]\\)|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\\s*)?';

/**
 * A planned action written as an instruction, as in action-plan tables: "Elaborar un proyecto de
 * ley…", "Draft a law…", "Élaborer…", "Разработать…", "制定…", "إعداد…".
 */
export const PLANNED_ACTION = anyOf([
  `${ITEM_MARK}(?:draft|adopt|establish|develop|amend|ratify|train|introduce|create|strengthen|update|prepare|set up|enact|accede)>`,
  `${ITEM_MARK}(?:élaborer|adopter|établir|mettre en place|renforcer|créer|réviser|ratifier|former|développer|adhérer)>`,
  `${ITEM_MARK}(?:elaborar|incluir|ratificar|aprobar|establecer|regular|capacitar|adoptar|crear|fortalecer|desarrollar|implementar|iniciar|actualizar|adherir)>`,
  `${ITEM_MARK}(?:разработать|принять|установить|создать|внести|ратифицировать|подготовить|усилить|присоединиться)>`,
  `${ITEM_MARK}(?:制定|修订|建立|完善|批准|起草|完成)`,
  `${ITEM_MARK}(?:complete|finali[sz]e|achever|finaliser|completar|finalizar|завершить|استكمال|إكمال)>`,
  `${ITEM_MARK}(?:عداد|عتماد|وضع|نشاء|لتصديق)`,
  // Arabic verbal nouns for making what is not there yet: draft, issue, accede (updating or training works on what exists).
  `${ITEM_MARK}(?:صياغة|إصدار|الانضمام)`,
]);

/**
 * Capacity built, not a law: training given or attended, a workshop or seminar held, equipment or a survey received or
 * carried out ("attended the regional training course", "received a secure storage container", "carried out a survey",
 * "participaron en un curso", "a accueilli un atelier", "تسلمت … أجهزة كشف", "شارك … في ورشة عمل", "举办培训班").
 */
export const CAPACITY_BUILDING = anyOf([
  '<(training|trained|workshops?|seminars?|courses?|survey)>', '<(equipment|detectors?|monitors?|cameras?|containers?|portals?) (was |were )?(received|donated|supplied|provided|delivered|installed)>',
  '<(received|donated|supplied|installed) ([a-z-]+ ){0,4}(equipment|detectors?|monitors?|cameras?|containers?|portals?)>',
  '<(formation|formés?|atelier|séminaire|stage|cours|enquête)>', '<(équipements?|détecteurs?|portiques?|caméras?|conteneurs?) (ont été |a été )?(reçus?|offerts?|fournis?|livrés?|installés?|donnés?)>',
  '<(capacitación|capacitad[oa]s?|formación|taller|seminario|curso|encuesta)>', '<(equipos?|detectores?|portales?|cámaras?|contenedores?) (fueron |han sido )?(recibid|donad|suministrad|entregad|instalad)[oa]s?>',
  '<(обучени|семинар|курс|тренинг|обследовани)', '<(оборудовани|детектор|монитор|камер|контейнер)[а-я]* [^.;]{0,30}(получен|передан|установлен|подарен)',
  '培训', '研讨会', '讲习班', '(捐赠|提供|收到|安装)[^。；]{0,10}(设备|探测器|监测仪)',
  '(دوره|دورات) تدريبي', '(ورشه|ورش) عمل', 'تدريب', '<(و|ف)?(زودت|تسلمت|تسلم|استلمت)>', '<(اجهزه|معدات|كاميرات|حاويات)>',
]);

/** The resolution's own text restated: not a national measure. */
export const RESTATEMENT_CUE = anyOf([
  '<calls upon all states>', '<(requires|decides that) all states>', '<all states shall>', '<requires states>',
  '<tous les états>', '<décide que tous>', '<todos los estados>', '<все государства>', '<всем государствам>', '所有国家', 'جميع الدول',
  '<adopted on 28 april 2004>', '<under chapter vii>',
  // The resolution's paragraphs as the subject of an obligation: "Paragraph 2 requires States to …", "El párrafo 2 obliga a los Estados".
  '<(operative )?paragraph \\d+( ?\\(?[a-d]\\))?( of (the )?resolution( 1540( \\(2004\\))?)?)? (requires|obliges|calls upon|decides|provides)>', '<resolution 1540( \\(2004\\))? (requires|obliges|calls upon|decides)>',
  '<(le )?paragraphe \\d+( de la résolution( 1540( \\(2004\\))?)?)? (exige|oblige|impose|demande|prévoit|dispose)>', '<la résolution 1540( \\(2004\\))? (exige|oblige|impose|demande)>',
  '<(el )?párrafo \\d+( de la resolución( 1540( \\(2004\\))?)?)? (obliga|exige|requiere|dispone|impone)>', '<la resolución 1540( \\(2004\\))? (obliga|exige|requiere|dispone)>',
  '<пункт[а-я]* \\d+ (резолюции( 1540( \\(2004\\))?)? )?(обязывает|требует|предусматривает|призывает)', '<резолюци[а-я]* 1540( \\(2004\\))? (обязывает|требует)',
  '第\\s*\\d+\\s*段(要求|规定|责成)', '决议(要求|规定)各国', '(تلزم|تطلب|تقضي|تنص) الفقره \\d+', '(يلزم|يطلب) القرار 1540',
  // States in general as the subject of the obligation: "under the resolution, States must refrain …", "los Estados deben abstenerse".
  '<states (must|shall|should|are (required|obliged|bound) to)>', '<les états (doivent|sont tenus)>', '<los estados (deben|están obligados)>',
  '<государства (должны|обязаны)>', '各国(必须|应当|均应|应)', 'على (جميع )?الدول (ان|أن)',
  // Commitment stated, no measure described: "reaffirms its full commitment to this obligation", "fully subscribes to".
  '<reaffirms?>', '<(fully )?subscribes to this obligation>', '<souscrit (pleinement )?à (cette|cet) (obligation|engagement)>', '<suscribe (plenamente )?(esta|dicha) obligación>', '<attaches (great )?importance to>', '<réaffirme>', '<attache une grande importance>',
  '<reafirma>', '<concede gran importancia>', '<(вновь )?подтверждает (свою )?(полную )?приверженность>', '<придает большое значение>', '重申', '高度重视', 'تؤكد [^.]{0,40}التزامها', 'تؤكد مجددا', 'تولي (اهمية|أهمية) كبيره',
]);

/** "No change since the previous report": nothing new is described. */
export const NO_CHANGE_CUE = anyOf([
  '<no (change|changes|new developments?)>', '<nothing new>', '<rien de nouveau>', '<nada nuevo>', '<ничего нового>', '(无|没有)新(进展|情况)', 'لا جديد', '<(remains?|is|are) unchanged>', '<(остается|остаётся|остаются|осталась|остался|осталось) неизменн', '保持不变', '(لم|ولم) (يتغير|تتغير)', '<(has|have) not changed>', '<as (previously )?reported (earlier|previously)>',
  '<aucun changement>', '<aucune modification>', '<inchangée?s?>', "<pas d'évolution>", '<sin (cambios|modificaciones)>', '<no ha habido (cambios|modificaciones)>',
  '<без изменений>', '<изменений не>', '<изменений [^.;]{0,80}<не (произошло|происходило|было|вносилось)>', '<изменений [^.;]{0,80}<нет>', '<не изменил', '无变化', '没有变化', '未发生变化', '没有新的变化', 'لا تغيير', 'دون تغيير', 'لم يطرأ',
  // "There are no changes", said with the verb of being there: "no hay cambios", "il n'y a pas de changement", "нет изменений", "لا توجد تغييرات".
  '<no (hay|existen|se han producido|se registran) (cambios|modificaciones|novedades)>', "<n'y a (eu )?(pas de|aucune?) (changements?|modifications?)>", '<нет (никаких )?изменений>', '(لا|ولا) (توجد|يوجد) (أي )?(تغييرات|تغيير)',
  '<no ha (sufrido (ningún )?cambios?|variado|cambiado)>', '<sigue(n)? siendo válid', "<n'a pas (changé|varié|évolué)>", '<reste(nt)? valables?>', '<remains? valid>', '<(is|are) still valid>', '<остается в силе>', '<остаются в силе>', '仍然有效', 'لا (يزال|تزال) ساري',
]);

/**
 * Who answers for a field moved from one body to another ("responsibility for non-proliferation and export-control matters
 * has been transferred to the Ministry", "la responsabilité … a été transférée au", "la responsabilidad … se ha transferido
 * al", "ответственность за … передана", "职责已移交", "نقلت مسؤولية"): a reorganization, no measure described. So are the
 * bodies that wrote the document itself ("This report was prepared by the Ministry … with the Customs Administration",
 * "本补充资料……由外交部会同……海关总署……编写"): they name its authors, not a control they apply.
 */
export const RESPONSIBILITY_MOVED = anyOf([
  '<(this|the present) (report|update|document|(additional )?information)>[^.;]{0,80}<(was|has been|is|were) (prepared|compiled|drafted|written) (by|jointly)>',
  "<(le présent|ce|cette|la présente) (rapport|document|mise à jour|(complément d'|informations? )[a-zé ]{0,20})[^.;]{0,80}<(a été|ont été|est) (établie?s?|élaborée?s?|préparée?s?|rédigée?s?) (par|conjointement)>",
  '<(el presente|este|esta|la presente) (informe|documento|actualización|información)>[^.;]{0,80}<(fue|ha sido|han sido) (elaborad|preparad|redactad)[oa]s? (por|conjuntamente)>',
  '<(настоящ|данн|эт)[а-я]* (доклад|документ|информаци|отч[её]т)[а-я]*[^.;]{0,80}<(был[аи]? )?(подготовлен|составлен)[а-я]*>',
  '本(报告|补充资料|资料|文件|更新)[^。；]{0,80}(编写|编制|汇编|起草)', '(أعد|أعدت|اعد|اعدت) (هذا|هذه) (التقرير|المعلومات|الوثيقة)', '(هذا التقرير|هذه المعلومات|هذه الوثيقة)[^.؛]{0,80}(أعد|أعدت|أعده|أعدته|اعده|اعدته)',
  '<responsibilit(y|ies) for [^.;]{0,120}<(has|have) been (transferred|moved|reassigned|assigned|entrusted|given) to>',
  "<(la |les )?(responsabilité|compétence)s? (de|du|des|en matière de|pour) [^.;]{0,120}<(a|ont) été (transférée?s?|confiée?s?|attribuée?s?) (à|au|aux)>",
  '<(la |las )?(responsabilidad|competencia)(es)? (de|del|sobre|en materia de) [^.;]{0,120}<(se )?(ha|han) (sido )?(transferid|asignad|traspasad|transferido|asignado|traspasado)[oa]?s? (a|al)>',
  '<(ответственность|полномочия) (за|по|в сфере) [^.;]{0,120}<(передан[аыо]?|возложен[аыо]? на)>', '职责[^。；]{0,40}(移交|划归|划转)', '(نقلت|نقل|أسندت|أسند) (ال)?مسؤولي',
]);

/**
 * The state asks for help. A letter speaks for the state in the first person plural ("Nous sollicitons", "Solicitamos",
 * "Просим", "نطلب"), a note in the third: the verbs are read in both. (REQUEST_CUE below leaves out a refusal.)
 */
const ASKS_FOR_HELP = anyOf([
  // The kinds of help may be several words ("requests legal drafting assistance", "request technical and financial support").
  '<requests? ([a-z-]+,? (and |or )?){0,3}(assistance|support)>', '<request(s|ing)? for assistance>', '<(seeks?|needs?|requires?) (technical |legal )?(assistance|support)>', '<needs? (specialised |specialized |further )?training>', '<assistance (is )?(requested|needed|sought|required)>', '<would be grateful (for|to receive) (technical |legal )?(assistance|support)>',
  // A letter asks in the first person plural, whatever it asks for ("We request radiation portal monitors", "Nous demandons").
  '<we (also |further |therefore )?(request|seek|ask for)>', '<nous (demandons|sollicitons)>', '<(pedimos|solicitamos)>',
  // Training is help asked as much as assistance is ("a besoin de formations", "needs training", "necesita capacitación").
  '<sollicit(e|ons)>', "<demand(e|ons) (l'|une |un |de l'|la )?(assistance|appui|aide|soutien|fourniture)>", "<besoin d'(assistance|appui|aide)>", "<besoin de (formations?|conseils|soutien|l'appui|l'aide|l'assistance)>", '<souhaiter(ait|aient|ions) (bénéficier|recevoir)>',
  // The wish stated outright, as the conditional is: "souhaite en conséquence bénéficier d'une assistance", "wishes to receive",
  // "desea recibir", "желает получить" (Chinese "希望获得" and Arabic "ترغب في الحصول" are read below).
  '<souhait(e|ent|ons)( [a-zé]+){0,2} (bénéficier|recevoir|obtenir)>', '<wish(es)?( [a-z]+){0,2} to (receive|obtain|benefit)>', '<dese(a|an|amos)( [a-záéíóú]+){0,2} (recibir|obtener|beneficiarse|contar con)>', '<жела(ет|ют|ем)( [а-я]+){0,2} получить>', "<(serait reconnaissante?|serions reconnaissante?s) (de recevoir|d'obtenir|de bénéficier)", "<demande d'assistance>",
  '<solicita(mos)?>', '<requ(iere|erimos) (asistencia|apoyo)>', '<necesita(mos)? (asistencia|apoyo|capacitación|formación)>', '<solicitud de asistencia>', '<(agradecería|desearía)(mos|n)? (recibir|obtener|contar con)>',
  '<прос(ит|им)[^.;]{0,80}<(помощ|содейств)', '<запрашива[^.;]{0,80}<(помощ|содейств)', '<просьб[а-я]* об оказании (помощи|содействия)', '<запрос[а-я]* о (помощи|содействии)>', '<был[аио]? бы признател[а-я]* за [^.;]{0,40}(помощ|содейств)',
  // "应请求" is "upon request": the condition of an offer; "本请求", "此请求" name the present request, as a noun ("不属于本请求的范围").
  '(^|[^应关类该些其本此])请求', '寻求(援助|协助|支持)', '需要(援助|协助|支持|培训)', '希望获得',
  // The wish with where the help is wanted between its verbs, as "wishes … to receive" is read: "希望在以下方面获得援助", and
  // the frame "在……方面" around a need of any length ("希望在建立……制度和编制……清单方面获得技术援助"), within its clause.
  '希望[^。；，]{1,60}(获得|得到)[^。；，]{0,6}(援助|协助|支持|帮助)',
  // The wish that others provide the help, the provider named between the verbs ("希望国际原子能机构提供技术援助"), or the state
  // named as the one it is for ("希望向我国提供援助"): the state is helped. A wish that opens with whom the state would help
  // ("希望向邻国提供援助", "希望为……提供") or with its own ability or will ("希望能够提供", "希望继续提供") is its offer.
  '希望(?![向为给对与同在能可愿将继])[^。；，]{1,30}提供[^。；，]{0,8}(援助|协助|支持|帮助)', '希望(向|为|给)(我国|本国|我方)[^。；，]{0,10}提供',
  '<(و|ف)?(تطلب|تحتاج|تلتمس|يطلب|يحتاج|يلتمس|نطلب|نحتاج|نلتمس)>', 'طلب المساعدة', 'ترغب في الحصول',
  // Asked indirectly, as requests are most often worded: the state would welcome, would benefit from or would be
  // grateful for help, or help would be welcome or of great use ("Technical support … would be most welcome").
  '<would (welcome|appreciate|value)( the| any)? (technical |legal |expert |financial )?(assistance|support|help|advice|expertise|training|guidance)>',
  '<would be (most |very |greatly |particularly |extremely )?(welcome|welcomed|appreciated|helpful|useful|valuable)>', '<would be of (great|much|considerable|particular) (help|assistance|use|value)>',
  '<would benefit (greatly |considerably )?from>', '<seeks? (the |expert )?(advice|expertise|guidance|help|training)>', '<grateful for (any )?(technical |legal )?(assistance|support|help|advice)>',
  "<(accueiller|verr)(ait|aient|ions) (favorablement|avec (intérêt|satisfaction))>", "<bénéficier(ait|aient|ions) (grandement |beaucoup )?(de |d')", "<reconnaissante? (de |d'|pour )(toute |une |l')?(assistance|aide|appui|soutien|conseils?)>",
  '<serait (très |particulièrement )?(utile|précieux|précieuse|bienvenue?)>',
  '<vería(mos)? con (agrado|beneplácito|buenos ojos)>', '<acogería(mos)? con (agrado|beneplácito|satisfacción)>', '<(se beneficiaría|nos beneficiaríamos) (de|con)>',
  '<agradecería(mos)? (el apoyo|la asistencia|el asesoramiento|la cooperación|toda|cualquier)>', '<sería de (gran|mucha) (ayuda|utilidad)>', '<sería (muy |sumamente |especialmente )?(útil|valios[oa])>',
  '<нужда(ется|емся) в ([а-я]+ ){0,2}(помощи|содействии|поддержке|обучении|подготовке)>', '<признательн[^.;]{0,120}<(помощ|содейств|поддержк)', '<приветствовал[аио]? бы>', '<было бы (весьма |очень )?полезн',
  '欢迎[^。；]{0,20}(援助|协助|支持)', '不胜感激', '受益于', '希望得到', '将(非常|十分|极为)?(有用|有帮助)',
  // Arabic puts the verb first: the state's full name may stand between it and the help ("ترحب الجمهورية … بأي مساعدة تقنية").
  '(ترحب|نرحب|يرحب)[^.؛]{0,60}(ب(ال|أي |كل )?(مساعده|مساعدات|دعم)|بتلقي)', 'ستكون ممتنه',
  // Any help welcomed, in the present: "any" makes it help still to come, not help received ("welcomes any technical
  // support in drafting …", "accueille favorablement toute assistance", "acoge con agrado cualquier apoyo", "приветствует
  // любую помощь"; Arabic's "ترحب المملكة بأي دعم فني" is read with its other words of welcome above).
  '<welcomes? any (technical |legal |expert |financial )?(assistance|support|help|advice|expertise)>', '<accueille (favorablement |avec satisfaction )?toute (assistance|aide|appui|soutien)>',
  '<acoge(n)? con (agrado|beneplácito|satisfacción) (cualquier|toda)>', '<приветству(ет|ют|ем) любую (помощь|поддержку|содействие)', '(ستستفيد|سنستفيد) من', '(سيكون|ستكون) (من )?(ال)?مفيد',
  // Help looked forward to: "looks forward to receiving technical support", "تتطلع … إلى الحصول على دعم تقني".
  '<looks? forward to (receiving|obtaining|benefiting from)>', '<espère (recevoir|obtenir|bénéficier)>', '<espera (recibir|obtener|contar con|beneficiarse)>',
  '<(рассчитыва|надеет)[а-я]* на получение (помощ|содейств|поддержк)', '期待(获得|得到)', '(تتطلع|يتطلع)[^.؛]{0,40} (إلى|الى) (الحصول على|تلقي)',
  // A heading or phrase that names the help as asked for ("Asistencia solicitada", "Assistance demandée").
  '<(asistencia|ayuda|apoyo) (solicitad|requerid|necesari)[oa]s?>', '<(assistance|aide|appui|soutien) (est )?(demandée?|sollicitée?|requise?|nécessaire)s?>',
  '<(запрашиваем|требуем)[а-я]* (помощ|содейств)', '<необходим[а-я]* (помощ|содейств)', '所需(援助|协助)', 'المساعده المطلوبه',
  // What is asked for named without the word "help" ("solicita", "请求", "تطلب" need none): "requests the provision of detectors", "просит предоставить".
  '<requests? (the )?(provision|supply|delivery) of>', '<demande (la fourniture|la mise à disposition) d',
  // The passive that names what is asked after it: "Requested are fixed portals …", "Sont demandés des portiques …", "Se solicitan
  // detectores …", "Запрашиваются детекторы …" (Chinese "请求" and Arabic "يطلب" are read above in any voice).
  '<(is|are) (also |hereby )?(requested|sought)>', '<(requested|sought) (are|is)>', '<(est|sont) (également |aussi )?(demandé|sollicité)e?s?>', '<se (solicitan|requieren)>', '<(запрашива|испрашива)(ется|ются)>',
  '<прос(ит|им) (предостав|постав|передать|выдел|организ)',
]);

/**
 * Help said not to be needed: "does not require assistance", "no assistance is required", "n'a besoin d'aucune assistance",
 * "no requiere asistencia", "не нуждается в помощи", "不需要援助", "لا يطلب … أي مساعدة". The request cue it contains
 * ("require", "需要", "يطلب") is negated: an area whose need is none asks nothing.
 */
const DECLINES_HELP = [
  '<(does|do|did) not (need|require|request|seek)>', '<(needs|requires|requests|seeks) no>', '<not in need of>',
  '<no (further |additional |technical |legal |external )?(assistance|support|help) (is |was )?(required|needed|requested|sought)>',
  "<n'a (pas )?besoin d'aucun", "<n'a pas besoin d'", '<ne (sollicite|demande|requiert|nécessite) (pas|aucun)',
  // French puts the help's qualifier after it ("aucune assistance supplémentaire n'est sollicitée", "aucun appui technique n'est requis").
  "<aucune? (assistance|aide|appui|soutien)( (supplémentaire|complémentaire|additionnel(le)?|nouvelle?|technique|financière?|extérieure?))? n'est (requise?|nécessaire|demandée?|sollicitée?)>",
  '<no (necesita|requiere|solicita|precisa)>', '<no se (necesita|requiere|solicita)>', '<no (es|son) necesari[oa]s?>',
  '<не (нуждается|нуждаются|просит|запрашивает)', '<(помощь|содействие|поддержка) не (требуется|нужна|нужно|запрашивается)',
  '(不|无|毋)需要?(援助|协助|支持)', '不(请求|寻求)',
  '<(?:و|ف)?(?:لا (يطلب|تطلب|يحتاج|تحتاج|يلتمس|تلتمس))>', '<(?:و|ف)?(?:لا حاجه)', '<(?:و|ف)?(?:ليس(ت)? (ب|في )?حاجه)',
  // Help no longer needed, the need named before it: "дополнительного содействия по этому направлению не требуется", "لم تعد هناك حاجة".
  '<(дополнительн[а-я]* )?(помощи|содействия|поддержки)( [^.;]{0,40})? не (требуется|нужно|запрашивается)>', '<(?:و|ف)?(?:لم (تعد|يعد) (هناك )?(حاجه|مطلوب))',
  // Help no longer needed, said of the help as the subject: "is no longer required", "n'est plus nécessaire", "ya no es necesaria",
  // "больше не требуется", "不再需要", "لم يعد مطلوبا" (above).
  '<(is|are) no longer (needed|required|requested|sought)>', "<n'(est|sont) plus (nécessaires?|requise?s?|demandée?s?|sollicitée?s?)>",
  '<ya no (es|son) necesari[oa]s?>', '<ya no se (necesita|requiere|solicita)n?>', '<больше не (требуется|нужна|нужно|нужны|запрашивается)', '不再需要',
  // No new request, or one kept for later ("n'a pas de nouvelle demande à formuler ; il se réserve de présenter une demande
  // d'assistance après l'adoption du projet"): the state asks nothing now.
  '<(has|have) no (new |further |other |additional )?requests?( for (assistance|support|help))?>', '<reserves? (the right )?to (submit|make|present) (a |any )?(new |further )?request( for (assistance|support|help))?>',
  "<n'(a|avons) (pas de|aucune) (nouvelle |autre )?demande( d'(assistance|aide|appui))?>", "<se réserve (le droit )?de (présenter|soumettre|formuler|adresser) une (nouvelle )?demande( d'(assistance|aide|appui))?>",
  '<no (tiene|tenemos|formula|presenta) (ninguna |nuevas? |otra )?solicitud(es)?( nuevas?)?( de (asistencia|apoyo|ayuda))?>', '<se reserva (el derecho (de|a) )?(presentar|formular) una (nueva )?solicitud( de (asistencia|apoyo|ayuda))?>',
  '<(нет|не имеет) (новых |других |дополнительных )?(просьб|запрос)[а-я]*( о (помощи|содействии))?', '<оставляет за собой право (обратиться|направить|представить)[^.;]{0,40}(просьб|запрос)[а-я]*( о (помощи|содействии))?',
  '(没有|无|暂无)(新的?|其他|进一步的?)(援助)?请求', '保留[^。；]{0,30}(提出|提交)[^。；]{0,10}请求',
  '<(لا|ليس) (يوجد |توجد )?(لديها|لديه|لدينا) (اي |أي )?طلب(ات)? (جديد|اخر|اضافي)[^ ]*', '<(تحتفظ|يحتفظ|نحتفظ) ب(ال)?حق (في )?تقديم طلب[^ ]*( (لل)?مساعده)?',
];
const DECLINED_HELP = anyOf(DECLINES_HELP, 'gu');
export const declinesHelp = (folded: string): boolean => folded.search(DECLINED_HELP) >= 0;
/** The text with each refusal of help blanked out, at the same length (offsets into it stay those of the text). */
export const withoutDeclinedHelp = (folded: string): string => folded.replace(DECLINED_HELP, (m) => ' '.repeat(m.length));
/**
 * Others who would ask, named in a relative clause: the States an offer is for ("with States that request it", "aux États qui
 * en font la demande", "a los Estados que lo soliciten", "государствам, которые об этом попросят", "向提出请求的国家",
 * "مع الدول التي تطلب ذلك"). Their asking is not the state's.
 */
const OTHERS_ASKING = anyOf([
  '<(states|countries|those|parties) (that|which|who) (so )?(request|ask|seek|need)', "<(états|pays|parties) qui (en )?(font la demande|le demandent|la sollicitent|le sollicitent|demandent|sollicitent|en ont besoin)",
  '<(estados|países|partes) que (así )?(lo |la )?(soliciten|solicitan|pidan|piden|requieran|necesiten)', '<(государств|стран|сторон)[а-я]*,? (которые|кто) [^.;]{0,20}(прос|запрос|нужда)',
  '(提出|有)(请求|需要)的(国家|各国|缔约国)', '(الدول|البلدان|الأطراف) التي (تطلب|تطلبها|تحتاج|تحتاجها)',
], 'gu');
/**
 * Arabic's verb of need in a relative clause on a thing, with no help as its object: "المجالات التي لا تزال تحتاج إلى استكمال"
 * (the areas that still need completing), "الجوانب التي تحتاج إلى تعزيز". The areas need work, the state asks nobody: where
 * the clause asks, help is its object ("المجالات التي تحتاج إلى مساعدة"), as the other languages' verbs of need have it
 * ("needs assistance", "a besoin d'assistance", "нуждается в помощи"). (A main clause names its subject between the verb and
 * the need, "تحتاج هيئة الجمارك إلى أجهزة كشف": that one asks.)
 */
const THING_NEEDING_WORK = anyOf([
  '<(التي|الذي|اللتي|اللذين|التى) ((لا|ما) (تزال|يزال|زالت|زال) )?(تحتاج|يحتاج) (?!(الى )?(ال)?(مساعد|دعم|عون|تدريب|معدات|اجهز|خبر|تمويل))',
], 'gu');
/** The state asks for help: a request cue that is not part of a refusal ("no assistance is required for …") or of others' asking. */
export const REQUEST_CUE = { test: (folded: string): boolean => ASKS_FOR_HELP.test(folded.replace(DECLINED_HELP, ' ').replace(OTHERS_ASKING, ' ').replace(THING_NEEDING_WORK, ' ')) };

/**
 * The state thanks a partner for its offer or past support ("remercie la Nouvelle-Zélande de son offre de formation en matière
 * de biosécurité", "recuerda con gratitud el apoyo prestado por Portugal … para la formación de funcionarios de aduanas"): what
 * the partner gives or gave is named, no national measure and no gap is described. "Thanks to", "благодаря" mean "because of".
 */
export const GRATITUDE_CUE = anyOf([
  '<thank(s|ed)?>(?! to>)', '<grateful>', '<gratitude>', '<expresse?s? (its |their )?(sincere |deep )?appreciation>',
  '<remerci', '<sait gré>', '<agradec', '<gratitud>', '<благодарит', '<благодарность', '<признательн', '感谢', '谢意', '(تشكر|يشكر)', 'امتنان', 'تعرب عن تقديرها',
  // Arabic expresses its thanks with a noun as well as the verb ("تعرب الحكومة عن شكرها للسيد …").
  '<عن (شكرها|شكره|شكرهم)>',
]);

/** A sentence's opening, up to its subject: an item's mark ("(c)", "в)", "3.") may stand before it. */
const SENTENCE_OPENING = '^\\s*(?:\\(?[0-9a-zа-я]{1,3}[.)]\\s*)?';
/**
 * The words between a sentence's subject and its verb, where no relative clause opens and no other verb is finite: the verb
 * after them is the subject's own ("The need for a register, submitted in 2021, was met", not "Help for the register, which
 * was provided in 2010, is needed again").
 */
const toSubjectsVerb = (others: string): string => `(?:(?!<(?:${others})>)[^.;؛。；]){0,160}`;
/**
 * Help asked before and given since, said with the need or the help as the sentence's subject and its being met or given
 * as the sentence's verb: "The need for a register …, submitted to the Committee in 2021, was met in 2024", "L'assistance
 * sollicitée en 2023 pour … a été fournie en 2025 par …", "La asistencia solicitada en 2022 … fue prestada por …",
 * "потребность в …, указанная в 2022 году, удовлетворена при содействии …", "2022年请求的……援助已于2025年提供",
 * "وقد تم تقديم المساعدة المطلوبة …". It reports what came; it asks nothing, whatever request its subject recalls.
 */
const HELP_GIVEN = [
  `${SENTENCE_OPENING}(?:the |our |its |this )?(?:needs?|requests?|requirements?|assistance|support|help)>${toSubjectsVerb('which|that|who|is|are|would|will|remains?')}<(?:was|were|has been|have been) (?:already |fully |since |subsequently )?(?:met|satisfied|fulfilled|provided|delivered|supplied|granted|received)>`,
  `${SENTENCE_OPENING}(?:(?:le|la|les|ce|cette|notre|son|sa|ses) |l')?(?:besoins?|demandes?|assistance|aide|appui|soutien)>${toSubjectsVerb('qui|dont|est|sont|serait|reste')}<(?:a|ont) (?:déjà |depuis )?été (?:pleinement |entièrement )?(?:satisfaite?s?|couverte?s?|comblée?s?|fournie?s?|apportée?s?|accordée?s?|reçue?s?)>`,
  `${SENTENCE_OPENING}(?:(?:la|el|las|los|esta|dicha|nuestra|su) )?(?:necesidad(?:es)?|solicitud(?:es)?|asistencia|ayuda|apoyo)>${toSubjectsVerb('que|cual|es|son|sería|sigue')}<(?:fue|fueron|ha sido|han sido|quedó|quedaron) (?:ya |plenamente )?(?:satisfech|atendid|cubiert|prestad|brindad|proporcionad|recibid|otorgad|facilitad)[oa]s?>`,
  `${SENTENCE_OPENING}(?:потребност|просьб|запрос|помощь|содействие|поддержка)[а-я]*${toSubjectsVerb('котор[а-я]*|является|будет|остается|остаётся')}<(?:был[аио]? |уже )?(?:удовлетворен|оказан|предоставлен|получен|выполнен)[а-я]*>`,
  '^[^。；]{0,40}(?:需求|请求|援助|协助|支持)[^。；]{0,40}已经?[^。；]{0,20}(?:得到满足|满足|提供|交付)',
  '^\\s*(?:\\([^\\s()]{0,2}\\)\\s*)?(?:و|ف)?(?:قد )?(?:تم|جرى) (?:تقديم|توفير) (?:هذه |تلك )?(?:ال)?(?:مساعده|دعم)',
  // The request as the subject, met as its verb: "(د) طلب التدريب … الذي قدمه العراق عام 2024 تمت تلبيته" (the request … was met),
  // after an item's letter ("د.", "(د)") and a label ("للعلم:", for information). A relative clause ("الذي قدمه", that it made)
  // is the subject's own in Arabic: the verb after it is still the request's.
  '^\\s*(?:\\([^\\s()]{0,2}\\)\\s*|[^\\s.()]{1,2}[.-]\\s*)?(?:[^\\s:]{2,12} ?: ?)?(?:و|ف)?(?:ال)?(?:طلب|حاجه|احتياج|مساعده|دعم)>[^.;؛]{0,160}<(?:تمت?|جرت) تلبي',
];

/**
 * The need already met: help that came, not help asked ("the assistance provided … has met the need", "该项需求已经得到满足",
 * "besoin déjà satisfait", "necesidad atendida", "потребность удовлетворена", "تمت تلبية الحاجة"). A needs table's status cell
 * says it in its first word ("Met", "Satisfait", "Atendida en 2025 …", "Удовлетворена", "已满足", "تمت تلبيتها").
 */
export const NEED_MET = anyOf([
  // The need may be named by what it is for ("this training need has been met", "ce besoin de formation a été satisfait").
  '<(needs?|requirements?)( (for|of|in) [a-z-]+){0,2} (has |have |was |were )?(already )?(been )?(met|satisfied|fulfilled)>', '<(has|have) (already )?met the needs?>', '^(already )?(met|fulfilled|satisfied)>',
  "<besoins?( (de|d'|en) ?[a-zéèêàç-]+){0,2} (a |ont )?(déjà )?(été )?(satisfaits?|couverts?|comblés?)>", '^(déjà )?(satisfaite?s?|couverte?s?|comblée?s?)>',
  '<necesidad(es)?( (de|en) [a-záéíóúñ-]+){0,2} (ya )?(ha |han )?(ya )?(sido )?(satisfech|cubiert|atendid)[oa]s?>', '^(ya )?(atendid|satisfech|cubiert)[oa]s?>',
  '<потребност[а-я]*( в [а-я-]+){0,2} (уже )?(был[аи]? )?(удовлетворен|покрыт)', '^(уже )?удовлетворен[а-я]*',
  '(需求|需要)(已经|已)(得到)?满足', '^(已经|已)(得到)?满足', 'تمت? تلبي[ةه] (ال)?(حاجه|احتياج)', '<(?:و|ف)?(?:قد )?لبى (ال)?(حاجه|احتياج)', '^(تمت? )?تلبيت',
  // The helper as the subject, the state's request or need met as its object: "the IAEA met that request in 2024", "l'AIEA a
  // satisfait cette demande", "el OIEA atendió esa solicitud", "МАГАТЭ удовлетворило эту просьбу", "原子能机构满足了该请求",
  // "فقد لبّت الوكالة … طلب الجمهورية" (Arabic puts the verb first, the helper between it and the request).
  '<(met|satisfied|fulfilled) (the|this|that|its|our|their) (requests?|needs?)>', "<a (satisfait|répondu) (à )?(cette|la|sa|ces|leur|notre) (demande|besoin)",
  '<(atendió|satisfizo|cubrió) (la|esa|esta|dicha|su|nuestra) (solicitud|necesidad|petición)>', '<удовлетворил[аио]? (эту|данную|его|ее|её|нашу|этот|данный) (просьбу|запрос|потребность)',
  '满足了[^。；，]{0,10}(请求|需求)', '<(?:و|ف)?(?:قد )?لب(ى|ت|وا) [^.؛،]{0,60}<(ال)?(طلب|حاجه|احتياج)',
  ...HELP_GIVEN,
]);

/** The state offers help to others: not a request. */
export const OFFER_CUE = anyOf([
  '<offers?>', '<(stands?|is|are) ready to (provide|share|assist|host)>', '<is (willing|prepared) to (provide|share|assist|host)>', '<(provides?|provided) assistance to>',
  '<offre>', '<propose>', '<est disposée? à>', '<ofrece>', '<está dispuest[oa] a>', '<предлагает>', '<готов[а-я]* (оказ|предостав|поделит)', '(愿意|愿)[^。；]{0,40}(提供|分享|接待)', 'تعرض', 'مستعد[ةه]? ل',
  // The readiness said as a noun: "its readiness to share", "sa disponibilité à partager", "su disposición a compartir", "готовность поделиться", "准备(好)?分享", "استعدادها لتبادل".
  '<(readiness|willingness) to (share|provide|assist|host|exchange)>', '<(disponibilité|disposition) (à|pour) (partager|fournir|apporter|accueillir|échanger)>',
  '<(disposición|disponibilidad) (a|para) (compartir|prestar|brindar|ofrecer|acoger|intercambiar)>', '<готовност[а-я]* (оказ|предостав|поделит|обмен)', '准备(好)?(提供|分享|交流)', 'استعداد[^ ]* (ل|على )',
]);

/**
 * The Arabic "article" of a law as a word of its own, with its clitics ("المادة 14", "بموجب المادة", "للمادة", "في مادته الخامسة",
 * "المادتين 5 و6") or in the plural before its numbers ("المواد 40 إلى 48"): folding drops alefs, so a bare stem would also
 * match "المادية" (material, as in physical protection), "مدير" (director) or "مدونة" (code).
 */
export const ARABIC_ARTICLE = '<(و|ف)?(ب|ل|ك)?(ال)?(مادة|مادتا|مادتي|مادتان|مادتين|مادته|مادتها)>|<(و|ف)?(ب|ل)?(ال)?مواد [0-9]';

/**
 * A reach said to stop somewhere: "only", "solely", "ne … que" (a reflexive verb's too: "ne s'applique qu'aux"), "solo", "только", "仅", "فقط", "يقتصر على". Beside a lack its
 * sentence states, what the law reaches draws the lack's edge.
 */
export const ONLY_SO_FAR = anyOf([
  '<(only|solely|exclusively|merely)>', "<(seulement|uniquement|exclusivement)>", "<ne (s'|se )?[a-zéèêàç]+ qu(e|')", "<n'[a-zéèêàç]+ qu(e|')", '<(solo|sólo|solamente|únicamente|exclusivamente)>',
  '<(только|лишь|исключительно)>', '仅', '只', '限于', '<فقط>', '<(و|ف)?(ي|ت)قتصر على>',
]);

/**
 * "Not only" and its kin ("not only nuclear but also chemical weapons", "non seulement", "no solo", "не только", "不仅",
 * "لا يقتصر على"): the reach goes on past what it names, so it draws no edge.
 */
export const NOT_ONLY = anyOf([
  '<not (only|solely|merely|just)>', '<non (seulement|uniquement)>', '<no (solo|sólo|solamente|únicamente)>', '<не (только|лишь)>', '不仅', '不只', '不限于', '<ليس فقط>', '<(و|ف)?لا (ي|ت)قتصر على>',
]);

/**
 * A concern about what could happen ("could be misused by non-State actors", "pourraient être détournés", "podrían ser
 * explotados", "могут быть использованы в преступных целях", "可能被滥用", "قد يساء استخدامها"): a risk the state sees, which
 * describes no measure it has taken.
 */
export const RISK_CUE = anyOf([
  '<(could|might|may|can) (also |easily |potentially )?(be )?(misused|exploited|abused|diverted)>', '<(risk|danger|vulnerabilit(y|ies)) (of|to) (misuse|exploitation|abuse|diversion)>',
  '<(pourrai(en)?t|peu(ven)?t|risque(nt)?( de)?) (aussi |également )?(être )?(détourné|exploité|utilisé à (des fins|mauvais escient))',
  '<(podría|podrían|pudiera|pudieran|puede|pueden) (también )?(ser )?(explotad|desviad|aprovechad|utilizad[oa]s? indebidamente|usad[oa]s? indebidamente)',
  '<(могут|может|могли бы|мог бы|могла бы|могло бы) (также )?быть (использован[а-я]* (в преступных|в незаконных|не по назначению|злоумышленник)|похищен|злоупотреблен)',
  '可能(被|遭到)?[^。；，]{0,20}(滥用|误用|转用)', '可能(被|遭到)[^。；，]{0,20}利用', '<(و|ف)?(قد|يمكن ان) (ي|ت)(ساء|سيء) (استخدام|استعمال)', '<(و|ف)?(قد|يمكن ان) (ي|ت)ستغل',
]);

/**
 * A power given to an official to act later ("allows the Minister to prohibit the export of any goods by notice", "habilite le
 * ministre à interdire", "faculta al Ministro para prohibir", "уполномочивает министра запрещать", "授权部长禁止", "يخول الوزير
 * حظر"): a law that lets a ban be made, which is no ban until it is used.
 */
export const POWER_TO_ACT = anyOf([
  '<(allows?|enables?|empowers?|authori[sz]es?|permits?) (the |an? |any )?([a-z-]+,? (of |and |for |the )*){1,8}to (prohibit|restrict|ban|forbid|regulate|control)>',
  "<(permet|permettent|habilite|habilitent|autorise|autorisent) (au |à la |à l'|aux |le |la |l'|les )?([a-zéèêàç'-]+,? (de |du |des |et |la |l')*){1,8}(à |d')?(interdire|restreindre|réglementer|contrôler)>",
  '<(faculta|facultan|autoriza|autorizan|permite|permiten|habilita|habilitan) (a |al |a la |a los )?([a-záéíóúñ-]+,? (de |del |y |la |las |los )*){1,8}(para |a )?(prohibir|restringir|regular|controlar)>',
  '<(уполномочива|позволя|разреша|наделя)[а-я]* ([а-я-]+,? (и )?){1,8}(запрещать|запретить|ограничивать|ограничить)',
  '授权[^。；]{1,30}(禁止|限制)', '<(ي|ت)(خول|جيز|مكن|اذن) ([^ .،؛]+ ){1,8}(ب|ل)?(حظر|تقييد|منع)',
]);

/** Something actually in force or done: law, regulation, body, practice, licence. */
export const MEASURE_CUE = anyOf([
  // "s. 12" of an act, not the "s" of an elision or a possessive ("s'abstient", "Kenya's").
  '<s\\. ?[0-9]',
  // A law's articles cited in the plural ("articles 5 to 9", "Sus artículos 45 a 47 castigan …") as in the singular.
  '<(act|law|code|decree|decision|regulations?|ordinance|order|statute|sections?|articles?|art|licen[cs]e|permit|authority|agency|ministry|department|directorate|service|customs|register|registry|system|inspection|programme|enforces?|prohibits?|criminali[sz]es?|requires?|establish(es|ed)|maintains?|operates?|applies|implements?|imposes?|punish(es|able)|offence|liable|in force)>',
  '<(loi|code|décret|décision|arrêté|règlement|ordonnance|articles?|licence|autorisation|autorité|agence|ministère|direction|service|douanes?|registre|système|inspection|programme|interdit|incrimine|réprime|punit|impose|prévoit|soumet|assure|exige|établit|en vigueur)>',
  '<(ley|código|decreto|decisión|resolución|reglamento|artículos?|licencia|autorización|autoridad|agencia|ministerio|dirección|servicio|aduanas?|registro|sistema|inspección|programa|prohíben?|tipifican?|sancionan?|castigan?|impone|establece|exige|regula|vigente)>',
  '<(закон|кодекс|постановлени|решени|указ|приказ|правил|положени|стать|лиценз|разрешени|агентств|министерств|комитет|служб|тамож|реестр|систем|инспекц|программ|запреща|устанавлива|предусматрива|осуществля|регулир|действу)',
  // Liability imposed, as "liable" and "punishable" in English: "уголовная ответственность распространяется … на …".
  '<(уголовн|административн)[а-я]* ответственност', '<наказыва',
  '法', '条例', '规定', '办法', '决定', '条', '许可', '部', '局', '委员会', '海关', '登记', '制度', '禁止', '实施', '建立', '设立', '管理',
  // A department (دائرة) opens its word, with its article or conjunction: folded, "تقديرها" ("its appreciation", the
  // closing courtesy) holds the same letters.
  // The Maghreb's article is "الفصل" ("الفصول 34 إلى 40" of a code): with its number, a citation as "المادة 14" is.
  'قانون', 'نظام', 'لائح', 'مرسوم', 'قرار', ARABIC_ARTICLE, '<(ال)?(فصل|فصول) [0-9]', 'ترخيص', 'هيئ', 'وزار', '<(و|ف)?(ب|ل)?(ال)?دائر', 'جمارك', 'سجل', 'تحظر', 'يحظر', 'تطبق', 'يطبق', 'تنص', 'ينص',
  // Imposes, obliges, requires, as English "imposes" and "requires": "كما تفرض متطلبات الحماية المادية".
  '<(و|ف)?(ت|ي)(فرض|لزم|شترط)>',
]);
