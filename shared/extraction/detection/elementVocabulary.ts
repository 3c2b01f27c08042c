/**
 * Signal terms of the 1540 matrix elements in the six UN languages (handbook: domain.md §6.5),
 * widened with the inflected and synonymous forms reports use. Patterns are written in plain
 * words and folded (see textFolding.ts).
 */
import { anyOf } from './textFolding.js';

/**
 * One weapon adjective in a list that ends with the noun: "nuclear, chemical or biological
 * weapons", "armes nucléaires, chimiques ou biologiques", "armas nucleares, químicas o
 * biológicas", "核、化学和生物武器". The adjective alone counts only inside such a list.
 */
function listed(en: string, fr: string, es: string, zh: string): string[] {
  const adjectives = '(nuclear|chemical|biological|radiological|toxin)';
  return [
    `<${en}(?=(,|,? and|,? or|/)( ${adjectives}(,|,? and|,? or|/))* ${adjectives} (weapons?|arms)>)`,
    `<armes? ([a-zé]+,? (et |ou )?){1,3}${fr}>`,
    `<armas? ([a-záéíóú]+,? (y |e |o |u )?){1,3}${es}>`,
    `${zh}(?=[、和及与或][^。；]{0,12}武器)`,
  ];
}

/**
 * Arabic names the weapons by the noun, then the adjectives, indefinite or not, in a list of up to three
 * ("أسلحة نووية أو كيميائية أو جرثومية": nuclear, chemical or germ, that is biological, weapons), `words` apart at most;
 * "and" is joined to the adjective it adds ("الأسلحة الكيميائية والبيولوجية").
 */
function arabicWeapons(adjective: string, words = 5): string {
  return `(الأسلحة|أسلحة|السلاح|سلاح)( [^ .،؛]+){0,${words}} و?${adjective}`;
}

/** A nuclear explosive device, in Arabic: "جهاز متفجر نووي", "الأجهزة المتفجرة النووية" (the other languages name it in their lists). */
const ARABIC_NUCLEAR_DEVICE = '(ال)?(جهاز|أجهزة) (ال)?متفجر(ة)? (ال)?نووي';

export const WEAPON_TERMS = {
  nuclear: anyOf([
    '<nuclear (weapons?|explosive|devices?|materials?)>', ...listed('nuclear', 'nucléaires?', 'nuclear(es)?', '核'), '<radiological (dispersal )?devices?>', '<radioactive (materials?|sources?)>',
    '<(armes?|engins?|dispositifs?|matières?) (explosifs? )?nucléaires?>', '<matières? radioactives?>', '<(armas?|dispositivos?|materiales?|material) (explosivos? )?nuclear(es)?>', '<materiales? radiactivos?>',
    '<ядерн[а-я]* (оружи|взрывн|материал|устройств)', '<радиоактивн', '<ядерн',
    '核武器', '核爆炸', '核材料', '放射性', '核',
    'الأسلحة النووية', 'النووي', 'المشعة', 'مواد نووية', arabicWeapons('(ال)?نووي'), ARABIC_NUCLEAR_DEVICE,
  ]),
  chemical: anyOf([
    '<chemical (weapons?|agents?)>', ...listed('chemical', 'chimiques?', 'químic[oa]s?', '化学'), '<toxic chemicals?>', '<precursors?>', '<scheduled chemicals?>',
    '<armes? chimiques?>', '<produits? chimiques? toxiques?>', '<précurseurs?>', '<armas? químicas?>', '<sustancias? químicas?>', '<productos? químicos?>', '<precursores?>',
    '<химическ[а-я]* оружи', '<токсичн[а-я]* химикат', '<прекурсор', '<химическ',
    '化学武器', '有毒化学品', '前体', '化学品', '毒害性', '核生化', '化武',
    'الأسلحة الكيميائية', 'الكيميائي', arabicWeapons('(ال)?كيميائي'), 'المواد الكيميائية', 'السلائف', '<(مواد|عوامل) كيميائي',
  ]),
  biological: anyOf([
    '<biological (and toxin )?(weapons?|agents?)>', ...listed('biological', 'biologiques?', 'biológic[oa]s?', '生物'), '<toxins?>', '<pathogens?>', '<biological>', '<biosafety>', '<biosecurity>',
    '<armes? biologiques?>', '<biologiques?>', '<agents? pathogènes?>', '<pathogènes?>', '<toxines?>',
    '<armas? biológicas?>', '<biológic[oa]s?>', '<patógenos?>', '<toxinas?>', '<agentes? biológicos?>',
    '<биологическ', '<токсин', '<патоген', '<возбудител',
    '生物', '毒素', '病原体', '病原微生物', '传染病', '核生化',
    'البيولوجي', 'التكسيني', arabicWeapons('(ال)?(بيولوجي|جرثومي)'), 'الجرثوم', 'الممرض', 'العوامل البيولوجية', '<(مواد|عوامل) (بيولوجي|جرثومي)',
  ]),
  delivery: anyOf([
    '<means of delivery>', '<delivery (systems?|means|vehicles?)>', '<missiles?>', '<rockets?>', '<unmanned aerial>', '<uavs?>', '<drones?>',
    '<vecteurs?>', '<missiles?>', '<drones?>', '<(sistemas?|medios?) (vectores|de (lanzamiento|vector|entrega))>', '<vectores>', '<misiles?>', '<cohetes?>', '<no tripulad',
    '<средств[а-я]* (их |его )?доставки>', '<ракет', '<беспилотн',
    '运载工具', '导弹', '无人机', '无人驾驶',
    'وسائل (الإيصال|إيصال|إيصالها|الإطلاق)', 'القذائف', 'الصواريخ', 'الطائرات (بدون|بلا|دون) طيار', 'المسيرة',
  ]),
} as const;

export type WeaponKind = keyof typeof WEAPON_TERMS;

/** The weapon named as a weapon, alone or in a list that ends (or, in Arabic, starts) with the noun. */
function weaponItself(en: string, fr: string, es: string, ru: string, zh: string, ar: string): string[] {
  return [
    `<${en} (weapons?|arms)>`, ...listed(en, fr, es, zh), `<armes? ${fr}>`, `<armas? ${es}>`,
    `<${ru}[а-я]*(,? (и |или )?[а-я]+){0,3} оружи`, `${zh}武器`, arabicWeapons(ar, 3),
  ];
}

/**
 * The nuclear, chemical and biological weapons named as weapons, not by their materials ("radioactive sources",
 * "toxic chemicals", "pathogens"): what a missing OP2 prohibition is about. Delivery has no such split: its terms
 * (missiles, rockets, drones) are the means themselves.
 */
export const WEAPON_ITSELF: Record<Exclude<WeaponKind, 'delivery'>, RegExp> = {
  nuclear: anyOf([...weaponItself('nuclear', 'nucléaires?', 'nuclear(es)?', 'ядерн', '核', '(ال)?نووي'), '<nuclear explosive>', '<radiological (dispersal )?devices?>', '<(engins?|dispositifs?) (explosifs? )?nucléaires?>', '<dispositivos? (explosivos? )?nuclear(es)?>', '<ядерн[а-я]* (взрывн|устройств)', '核爆炸', ARABIC_NUCLEAR_DEVICE]),
  chemical: anyOf(weaponItself('chemical', 'chimiques?', 'químicas?', 'химическ', '化学', '(ال)?كيميائي')),
  biological: anyOf([...weaponItself('biological', 'biologiques?', 'biológicas?', 'биологическ', '生物', '(ال)?(بيولوجي|جرثومي)'), '<(biological and )?toxin weapons?>', '<токсинн[а-я]* оружи', '毒素武器']),
};

/** Prohibitions and offences (OP2): a law that forbids or punishes. */
export const PROHIBITION = anyOf([
  '<prohibit', '<forbid', '<ban', '<offen[cs]e', '<criminali', '<crime', '<penal', '<punish', '<imprisonment>', '<illegal', '<unlawful',
  '<interdi', '<infraction', '<incrimin', '<réprim', '<pénal', '<puni', '<délit', '<emprisonnement>', '<prohíb', '<prohibi', '<delito', '<tipifica', '<sanciona', '<castiga', '<prisión>',
  // The ban as a noun on the acts it bars ("запрет на разработку"), as the verb "запрещает" is; a law "о запрете" named by its
  // subject bars nothing in the sentence.
  '<запрещ', '<запрет[а-я]{0,2} на>', '<преступлен', '<уголовн', '<ответственност', '<наказ', '<незаконн', '<лишени[а-я]* свободы>',
  // Imprisonment, as in the other languages: "可处以一年以上五年以下监禁" punishes the acts it names.
  '禁止', '刑事', '犯罪', '处罚', '刑法', '非法', '不得', '严禁', '监禁', '徒刑', '<no (person|one) (shall|may)>', '<не допускается', 'لا يجوز',
  'تحظر', 'يحظر', 'حظر', 'جريم', 'يعاقب', 'عقوب', 'تجريم', 'يجرم', 'تجرم', 'السجن', 'الحبس',
]);

/**
 * A control list, in the six languages: "national control list", "liste nationale de contrôle", "lista nacional de
 * control", "контрольный список", "管制清单", "قائمة المراقبة الوطنية". Other lists ("listed in order of priority",
 * "la liste des fournisseurs") are not export control's.
 */
/**
 * Accounting in Russian ("учет", "учёта"), but not the idiom "с учетом" ("taking into account": "С учетом изложенного …"). The
 * instrumental after any other word is still accounting ("занимается учетом источников", "контроль за учетом").
 */
export const RUSSIAN_ACCOUNTING_TERMS = ['<уч[её]т(?!ом>)[а-я]*>', '<[а-я]{2,} уч[её]том>'];

export const CONTROL_LIST_TERMS = [
  '<control lists?>', '<listes? ([a-zé]+ )?de (contrôle|contrôles)>', '<listas? ([a-zé]+ )?de control>', '<контрольн[а-я]* спис', '<спис[а-я]* ([а-я]+ )?контрол', '(管制|控制|出口)清单',
  '(قائمه|قوائم) ([^ ]+ )?(المراقبه|الرقابه|مراقبه|رقابه|الضوابط)',
];

/**
 * Proliferation financing, in the six languages: an offence beside terrorist financing (OP2) where the report lists it
 * with the ancillary offences, a control of funds related to exports (OP3(d)) where it stands under export controls.
 */
const PROLIFERATION_FINANCING_TERMS = [
  '<proliferation financing>', '<financing of (the )?proliferation>', '<financement de la prolifération>', '<financ(iación|iamiento) de la proliferación>',
  '<финансировани[а-я]* распространения', '扩散融资', '<(ب|ل|و)?(ال)?تمويل (ال)?انتشار',
];
export const PROLIFERATION_FINANCING = new RegExp(anyOf(PROLIFERATION_FINANCING_TERMS).source, 'gu');

/**
 * Secure storage, in the six languages: "secure storage", "entreposage sécurisé", "almacenamiento seguro", "resguardo seguro",
 * "безопасное хранение", "安全储存", "التخزين الآمن".
 */
export const SECURE_STORAGE_TERMS = [
  '<secure (storage|keeping)>', '<safe-?keeping>', '<(entreposage|stockage) (sécurisée?s?|sûre?s?)>', '<(almacenamiento|resguardo) segur[oa]>',
  '<безопасн[а-я]* хранени', '安全(储存|贮存|存放)', '(ال)?تخزين (ال)?آمن',
];

/**
 * The secured store itself: "secure storage facility", "entrepôt sécurisé", "installation d'entreposage sécurisée", "almacén
 * seguro", "защищённое хранилище", "安全库房", "مرفق مؤمن". Stated, it is physical protection in place or, with a lack, missing;
 * asked for, it is help with securing sources.
 */
export const SECURED_STORE_TERMS = [
  '<secured? (storage )?(facilit(y|ies)|stores?|warehouses?)>', "<(entrepôts?|installations?|locaux|local) (d.entreposage )?(sécurisée?s?|sûre?s?)>",
  '<(almac[eé]n|almacenes|instalaci(ó|o)n(es)?|dep(ó|o)sitos?) (de almacenamiento )?segur[oa]s?>',
  '<(защищ[её]нн|безопасн|охраняем)[а-я]* (хранилищ|склад)', '安全(设施|仓库|库房)', '(ال)?(مرفق|منشأة|مخزن|مستودع) (ال)?(مؤمن|آمن)',
];

/**
 * Biosafety and biosecurity, OP3(b)'s controls of laboratories, in the six languages: "biosafety", "biological security",
 * "biosécurité", "biosûreté", "bioseguridad", "biocustodia", "биобезопасность", "биологическая безопасность", "биозащита", "生物安全",
 * "生物安保", "السلامة البيولوجية", "الأمن البيولوجي". Their "biological" names the laboratories' agents, not a weapon.
 */
export const BIOSAFETY_TERMS = [
  '<biosafety>', '<biosecurity>', '<biological (safety|security)>', '<biosécurité>', '<biosûreté>', '<sécurité biologique>', '<sûreté biologique>', '<bioseguridad>', '<biocustodia>',
  '<seguridad biológica>', '<биобезопасност', '<биологическ[а-я]* безопасност', '<биозащит', '生物安全', '生物安保', 'الأمن البيولوجي', 'السلامة البيولوجية', 'السلامة الأحيائية',
];
export const BIOSAFETY = new RegExp(anyOf(BIOSAFETY_TERMS).source, 'gu');

export const ELEMENT_CUES = {
  op1: anyOf([
    '<non-state actors?>', '<acteurs? non étatiques?>', '<agentes? no estatales?>', '<actores? no estatales?>', '<негосударственн',
    '非国家行为者', 'من غير الدول', 'غير التابعة للدول', 'الجهات الفاعلة من غير الدول',
  ]),
  'op2.financing': anyOf([
    '<financ(e|es|ing) (of )?terroris', '<terrorist financing>', '<financing of terrorism>', '<provision or collection of funds>', '<accomplices?>', '<aid(s|ed|ing)?,? (and |or )?abet', '<attempts? to commit>',
    ...PROLIFERATION_FINANCING_TERMS,
    // Funds given or gathered for terrorists or their acts, in either order ("provide or collect funds for … by terrorists").
    // Financing as an act (not "financial support", which is OP1's support): "finance", "financement", "financie".
    '<financ(e|es|ed|ing|ement|er|iación|iamiento|ie|ia|iar)>[^.;]{0,60}<terroris', '<financ(ement|iación|iamiento) (al|el|del|du|le) terroris',
    '<финансир[а-я]*>[^.;]{0,60}<террорис', '<(ل|و|ب)?تمويل>[^.؛]{0,60}إرهاب',
    '<funds>[^.;]{0,90}<terroris', '<terroris[^.;]{0,60}<funds>', '<fonds>[^.;]{0,90}<terroris', '<terroris[^.;]{0,60}<fonds>', '<fondos>[^.;]{0,90}<terroris', '<terroris[^.;]{0,60}<fondos>',
    '<средств[а-я]*>[^.;]{0,90}<террорис', '<террорис[^.;]{0,60}<средств', '资金[^。；]{0,30}恐怖', '恐怖[^。；]{0,30}资金', 'اموال[^.؛]{0,90}ارهاب', 'ارهاب[^.؛]{0,60}اموال',
    // The financing offence's own two acts, for whatever offences the funds serve ("provide or collect funds for the above
    // offences", "fournir ou réunir des fonds", "proporcionar o recaudar fondos", "предоставление или сбор средств", "提供或筹集资金").
    '<(provid|collect)(e|es|ed|ing)? or (provid|collect)(e|es|ed|ing)? (any )?funds>', '<(fournir|réunir|collecter|fourniture|collecte) ou (de )?(réunir|collecter|fournir|collecte|fourniture) (de |des )?fonds>',
    '<(proporcion|prove|recaud|reun|recolect|suministr)[a-záéíú]* o (proporcion|prove|recaud|reun|recolect)[a-záéíú]* fondos>', '<(предоставлени|сбор|предостав)[а-я]* или (сбор|предоставлени)[а-я]* (денежных )?средств',
    '(提供|筹集|募集)或(提供|筹集|募集)资金', '(تقديم|توفير|جمع) (ال)?اموال (او|و) ?(جمعها|تقديمها|توفيرها)',
    '<financement du terrorisme>', '<complic', '<tentative>', '<financiación del terrorismo>', '<financiamiento del terrorismo>', '<cómplice', '<complicidad>', '<tentativa>',
    '<финансировани[а-я]* терроризма', '<соучаст', '<пособни', '<покушени',
    '资助恐怖', '恐怖融资', '同谋', '共犯', '帮助', '资助',
    'تمويل الإرهاب', 'شريك', 'الشروع', 'التمويل',
  ]),
  'op3a.accounting': anyOf([
    '<account(ing)? for>', '<accounting (and|for|of)>', '<nuclear material accountancy>', '<registers?>', '<registry>', '<inventor(y|ies)>', '<records? of>', '<keep(s)? (item-by-item )?records>', '<record-keeping>', '<tracking>', '<tracks?>',
    '<comptabilit', '<comptabilisation>', '<registres?>', '<inventaires?>', '<traçabilité>', '<contabilidad>', '<contabiliza', '<registros?>', '<inventarios?>', '<trazabilidad>',
    ...RUSSIAN_ACCOUNTING_TERMS, '<реестр', '<инвентаризац', '<отчетност', '<отчётност',
    '衡算', '账', '登记', '记录', '台账', '清点', '跟踪',
    'حصر', 'سجل', 'جرد', 'تتبع', 'المحاسبة',
  ]),
  'op3b.physical_protection': anyOf([
    '<physical[- ]protection>', '<physical[- ]security>', '<security (requirements |measures |arrangements )?(of|for) (the )?(radioactive |nuclear |sealed )?(sources|facilities|materials?)>', '<access control>', '<intrusion detection>', '<personnel reliability>',
    ...BIOSAFETY_TERMS,
    ...SECURE_STORAGE_TERMS,
    ...SECURED_STORE_TERMS,
    '<protection physique>', '<sécurité des (sources|installations|matières)>', '<protección física>', '<seguridad física>', '<sécurité physique>', '<seguridad de las (fuentes|instalaciones)>',
    '<физическ[а-я]* защит', '<охран[а-я]* (объектов|ядерн)',
    // Physical protection is "实物保护" in the PRC's texts, "物理防护" in others' (Korean and Taiwanese usage), and so is
    // personnel reliability ("可靠性审查").
    '实物保护', '物理防护', '安保', '安全保卫', '人员可靠性',
    // Not "الأمن النووي" (nuclear security): folding drops its alef as it does that of "الأمان النووي" (nuclear safety), the
    // name of many a regulator, and the other languages do not read nuclear security as physical protection either.
    'الحماية المادية', 'تأمين (المصادر|المواد|المنشآت)',
  ]),
  'op3c.border_control': anyOf([
    '<borders?>', '<customs>', '<illicit trafficking>', '<trafficking>', '<brokering>', '<brokers?>', '<radiation portal>', '<points of entry>', '<ports? of entry>', '<smuggling>',
    '<frontières?>', '<frontaliers?>', '<douanes?>', '<douanier', '<trafic illicite>', '<courtage>', '<fronter', '<aduan', '<tráfico ilícito>', '<intermediación>', '<contrabando>',
    '<границ', '<погранич', '<тамож', '<незаконн[а-я]* оборот', '<посредни', '<брокер', '<контрабанд',
    '边境', '海关', '口岸', '非法贩运', '中间商', '经纪', '走私', '居间',
    // Customs as the Maghreb names them too: "الديوانة" (Tunisia), not "الديوان" (an office, a court of audit).
    'الحدود', 'الجمارك', 'الجمركي', '<(ال|وال|بال|لل)?ديوانة>', 'الاتجار غير المشروع', 'المنافذ', 'السمسر', 'التهريب',
  ]),
  'op3d.export_control': anyOf([
    '<exports?>', '<exported>', '<exporting>', '<re-exports?>', '<trans-?shipment>', '<transit>', '<end-?users?>', '<end-?use>', '<catch-all>', '<dual-use>', ...CONTROL_LIST_TERMS, '<strategic goods>', '<licensing>',
    '<exportations?>', '<exporta', '<réexportation>', '<transbordement>', '<utilisateur final>', '<double usage>', '<biens sensibles>', '<biens à double>',
    '<exportaci', '<reexportación>', '<tra(n)?sbordo>', '<tránsito>', '<usuario final>', '<doble uso>',
    '<экспорт', '<реэкспорт', '<транзит', '<перевалк', '<конечн[а-я]* (пользоват|использ)', '<двойного назначения>',
    '出口', '再出口', '转运', '过境', '最终用户', '最终用途', '两用', '管制清单', '出口管制',
    // Arabic words of their own, with their conjunction, preposition and article: folding drops the alef of "صادرات", and
    // the rest would match inside other words ("ومصادرته", and its confiscation).
    '<(و|ف|ب|ل)?(ال|لل)?(تصدير|صادرات|عبور)', 'إعادة التصدير', 'المستخدم النهائي', 'المستعمل النهائي', 'مزدوجة الاستخدام', 'الاستخدام المزدوج',
  ]),
} as const;

/**
 * The acts OP2 prohibits that make a weapon rather than move goods (manufacture, produce,
 * develop, acquire, possess, stockpile), one pattern per act in the six languages: a prohibition
 * that lists two of them is an OP2 prohibition, even in a law whose title names exports.
 */
export const WEAPON_MAKING_ACTS = [
  // The Arabic noun of the verb's second form as well: "تصنيعها أو حيازتها" (its manufacture or possession).
  anyOf(['<manufactur', '<fabric', '<fabriqu', '<изготов', '制造', 'صنع', 'تصنيع']),
  anyOf(['<produc', '<produir', '<producción>', '<producir>', '<производств', '<производит', '生产', 'إنتاج']),
  anyOf(['<develop', '<mise au point>', '<développ', '<desarroll', '<разработ', '研制', '开发', 'تطوير', 'استحداث']),
  // The finite verbs of a relative clause as well, as laws word an offence: "a quien fabrique, adquiera, posea", "quiconque détient".
  anyOf(['<acqui', '<acquér', '<adquisici', '<adquirir', '<adquier', '<приобрет', '获取', '取得', '获得', 'حياز', 'اقتناء', 'امتلاك']),
  // The Arabic verb as well as its noun: "كل من صنع أو حاز" (whoever made or held).
  anyOf(['<possess', '<détention>', '<détenir>', '<détien(t|nent)>', '<posesión>', '<poseer>', '<pose(a|an|e|en)>', '<tenencia>', '<владени', '<облада', '拥有', '持有', 'تملك', '<(و|ف)?حاز>']),
  anyOf(['<stockpil', '<stock(age|er)>', '<almacen', '<acopio>', '<хранени', '<накоплени', '储存', '贮存', 'تخزين']),
];

/** Two or more weapon-making acts named: the resolution's enumeration of what OP2 prohibits. */
export function namesWeaponMakingActs(folded: string): boolean {
  let count = 0;
  for (const act of WEAPON_MAKING_ACTS) if (act.test(folded) && ++count >= 2) return true;
  return false;
}

/**
 * Support given to terrorists or their groups: how laws write OP1's "no support to non-State
 * actors" ("provides support … to a terrorist group", "preste apoyo … a un grupo terrorista").
 * The weapons such a sentence lists are what the support would serve, not OP2 prohibitions.
 * So are those of support given to non-State actors named as its recipients, as OP1 itself words it ("ningún organismo
 * público podrá prestar apoyo … a agentes no estatales que procuren desarrollar, adquirir …"): the acts are theirs to seek.
 */
export const SUPPORT_TO_TERRORISTS = anyOf([
  '<(support|assistance|aid)[^.;]{0,80}<to (any )?non-state actors?>', "<(soutien|appui|aide|assistance)[^.;]{0,80}<(à|aux|à des|à tout|à un) (acteurs? )?non étatiques?>",
  '<(apoyo|ayuda|asistencia)[^.;]{0,80}<a (los |las |cualquier |ningún |ningun )?(agentes|actores|agente|actor) no estatal(es)?>',
  '<(поддержк|содействи|помощ)[^.;]{0,80}<негосударственным (субъектам|участникам)', '(向|对)非国家行为者[^。；]{0,40}(提供|给予)[^。；]{0,12}(支持|支助|援助)',
  // "إلى الجهات", "للجهات": the preposition as a word or a prefix of its own (folding leaves "الجهات" as "لجهات").
  '(دعم|مساعد)[^.؛]{0,80}<(إلى ال|لل)جهات (الفاعلة )?من غير الدول',
  '<(support|assistance)[^.;]{0,80}<(terrorists|terrorist (groups?|organi[sz]ations?|acts?|entit(y|ies)))>',
  '<(soutien|appui|aide)[^.;]{0,80}<(terroristes|(groupes?|organisations?|actes?|entités?) terroristes?)>',
  '<(apoyo|ayuda|asistencia)[^.;]{0,80}<(terroristas|(grupos?|organizaciones?|actos?) terroristas?)>',
  '<(поддержк|содействи|помощ)[^.;]{0,80}<(террористам|террористическ[а-я]* (групп|организац|деятельност))',
  '(支持|支助|援助)[^。；]{0,30}恐怖(组织|分子|团体|活动)',
  // The recipient before the verb, as Chinese puts it ("向恐怖组织……提供任何形式的支持"), as English may ("provides terrorist groups with support").
  // The recipients may be described before the word terrorist: "向从事恐怖主义活动的个人或团体提供任何形式的支持".
  '(向|对)[^。；]{0,12}恐怖(主义)?(组织|分子|团体|活动)[^。；]{0,40}(提供|给予)[^。；]{0,12}(支持|支助|援助)', '<(provid|giv|suppl)[a-z]* (any )?(terrorists|terrorist (groups?|organi[sz]ations?))[^.;]{0,80}<with [^.;]{0,20}<(support|assistance)>',
  // The groups definite or not ("جماعات إرهابية", "للتنظيمات الإرهابية"), by the Maghreb's word for them too ("تنظيم").
  '(دعم|مساعدة)[^.؛]{0,60}(الإرهابيين|(ال)?(جماعات|جماعة|منظمات|منظمة|تنظيمات|تنظيم|كيانات|كيان|أعمال) (ال)?إرهابية)',
  // Or, in the resolution's own terms, to whoever seeks the weapons: "toute autre forme d'appui à une personne ou à un groupe
  // cherchant à se procurer des armes nucléaires…", "support to any person seeking to acquire…", "apoyo a quien intente
  // adquirir…", "поддержки лицам, пытающимся приобрести…", "向企图获取……武器的个人或团体提供支持", "دعم لأي شخص يسعى إلى حيازة…".
  // ("Attempts", the ancillary offence, is not among these verbs.)
  '<(support|assistance)[^.;]{0,80}<(seeking|attempting|trying|(who|that) (seeks?|tries|try)) to>',
  "<(soutien|appui|aide|assistance)[^.;]{0,80}<(cherchant|tentant|visant|qui (cherche|cherchent|tente|tentent|vise|visent)) (à|de|d')",
  '<(apoyo|ayuda|asistencia)[^.;]{0,80}<(que (trate|traten|intente|intenten|busque|busquen|pretenda|pretendan)|tratando de|intentando|buscando)>',
  '<(поддержк|содействи|помощ)[^.;]{0,80}<(пытающ|стремящ|намеревающ)',
  '(向|对)[^。；]{0,6}(企图|试图|谋求|意图)[^。；]{0,40}(提供|给予)[^。；]{0,12}(支持|支助|援助)',
  '(دعم|مساعدة)[^.؛]{0,80}(يسعى|يسعون|تسعى|يحاول|يحاولون|تحاول)',
]);

/**
 * Support given to terrorist groups or to terrorists themselves, the recipients named as such (not their acts): "apoyo …
 * a grupos terroristas", "support to terrorist organisations", "soutien aux groupes terroristes", "поддержка террористическим
 * организациям", "向恐怖组织提供支持", "دعم الجماعات الإرهابية". Listed with attempt and complicity, it is still OP1's support:
 * the ancillary offences are those of the acts.
 */
export const SUPPORT_TO_TERRORIST_GROUPS = anyOf([
  '<(support|assistance|aid)[^.;]{0,80}<to (any )?(terrorists|terrorist (groups?|organi[sz]ations?))>',
  '<(soutien|appui|aide)[^.;]{0,80}<(aux|à des|à un|à une|à tout|à toute) (terroristes|(groupes?|groupements?|organisations?) terroristes?)>',
  '<(apoyo|ayuda|asistencia)[^.;]{0,80}<a (los |las |un |una |cualquier )?(terroristas|(grupos?|organizaciones?) terroristas?)>',
  '<(поддержк|содействи|помощ)[^.;]{0,80}<(террористам|террористическ[а-я]* (групп|организац))',
  '(向|对)[^。；]{0,12}恐怖(主义)?(组织|分子|团体)[^。；]{0,40}(提供|给予)[^。；]{0,12}(支持|支助|援助)',
  '(دعم|مساعدة)[^.؛]{0,60}(الإرهابيين|(ال)?(جماعات|جماعة|منظمات|منظمة|تنظيمات|تنظيم) (ال)?إرهابية)',
]);

/**
 * Attempt and complicity, OP2's ancillary offences: support or assistance listed with them ("castiga la tentativa, la
 * complicidad, la asistencia y la financiación de actos terroristas") is the offence of assisting, not OP1's support.
 */
export const ATTEMPT_OR_COMPLICITY = anyOf([
  '<attempts?>', '<accomplices?>', '<complicity>', '<tentatives?>', '<complicité>', '<tentativa>', '<complicidad>', '<cómplices?>',
  '<покушени', '<соучасти', '<пособничеств', '未遂', '同谋', '共犯', 'الشروع', '(ال)?اشتراك',
]);

/** Funds and services tied to exports (OP3(d)): financing, insurance, transport services. */
export const SERVICES = anyOf([
  '<funds>', '<financ', '<insurance>', '<(transport|financial) services>', '<services>',
  '<fonds>', '<financement>', '<assurance>', '<services>', '<fondos>', '<financia', '<seguros?>', '<servicios>',
  '<средств>', '<финансир', '<страхован', '<услуг', '资金', '融资', '保险', '服务', 'الأموال', 'التمويل', 'تمويل', 'التأمين', 'الخدمات', 'خدمات',
]);

/**
 * The funds and services OP3(d) controls beside exports, named as such: financing, insurance or transport services, the services
 * related to exports. A request names them so; a table row's label may too, without the exports ("Контроль за финансовыми и
 * транспортными услугами" under export controls).
 */
export const FINANCING_SERVICES = anyOf([
  // Transport services under their other names too: shipping, freight ("related shipping services", "services de fret").
  '<(financing|financial|insurance|transport|shipping|freight) services>', '<funds and services>', "<services (financiers|de financement|d'assurance|de transport|de fret|maritimes)>", '<fonds et (les )?services>',
  '<servicios (de financiación|de financiamiento|financieros|de seguros?|de transporte|de fletes|navieros)>', '<fondos y servicios>',
  // The services named one by one beside the exports they serve: "la financiación, el seguro y el transporte relacionados con exportaciones".
  '<(financing|insurance|transport|financement|assurance|financiación|financiamiento|seguro|transporte)>[^.;\\t]{0,60}<(related to|linked to|liés? à|relacionad[oa]s? con|vinculad[oa]s? a) (the |les |las |la )?export',
  // OP3(d)'s own name for them, as a row's label writes it when it says nothing else: "Related services", "Services connexes".
  // ("Financing and related services" joins OP2's financing to them: its cells say which is which.)
  // A bracket after the name says what the services are ("Related services (financing and transport)"): still that label.
  '^\\s*([0-9.]+\\s*)?(related services|services connexes|servicios conexos|связанные услуги|相关服务|(ال)?خدمات (ذات الصلة|المتصلة|المرتبطة))\\s*([(（][^)）]{1,60}[)）])?\\s*$',
  '<services? (related|linked|connected) (to|with) (the )?exports?>', "<services (liés|connexes) (aux|à l') ?exportations?>", '<servicios (vinculados|conexos|relacionados) (a|con) (las |la )?exportaci',
  '<услуг[а-я]*,? связанн[а-я]* с экспорт', '与出口(有关|相关)的[^。；，]{0,8}服务', '(ال)?خدمات (ال)?(متصله|مرتبطه) ب(ال)?تصدير',
  '<(финансов|транспортн|страхов)[а-я]* услуг', '<услуг[а-я]* (по )?(финансировани|страховани|перевозк|транспортировк)', '<средств[а-я]* и услуг', '资金和服务', '(金融|融资|运输|航运|保险)服务', '(ال)?خدمات (ال)?(مالية|تمويل|نقل|شحن|تأمين)', 'الأموال والخدمات',
]);

/**
 * Services named with the technology, as kinds of item an export licence covers ("export of strategic goods, services
 * and technology", "biens, services et technologies", "товаров, услуг и технологий"): what is exported, not the funds
 * and services (financing, insurance, transport) that OP3(d) controls beside exports. So are brokering services listed
 * with the exports and the transit a licence covers ("exports, transit and brokering services", "le transit et les services
 * de courtage", "el tránsito y los servicios de intermediación", "экспорт, транзит и брокерские услуги", "出口、过境和经纪服务",
 * "وعبورها وخدمات السمسرة"): a trade the licence controls, not a service that funds or carries it.
 */
export const SERVICES_AS_EXPORTED_ITEMS = new RegExp(anyOf([
  '<services,? (and|or) (related )?technolog(y|ies)>', '<services,? (et|ou) (des |les )?technologies?>', '<servicios,? (y|o) (las |la )?tecnologías?>',
  '<услуг[а-я]*,? (и|или) технологи[а-я]*', '服务(和|及|与|、)技术', '(ال)?خدمات (و|او) ?(ال)?تكنولوجيا',
  '<(exports?|transit)(,? (and|or))? (the )?brokering services>', '<(exportations?|transit),? (et |ou )?(les |des )?services de courtage>',
  '<(exportaci(ón|ones)|tránsito),? (y |o )?(los )?servicios de (intermediación|corretaje)>', '<(экспорт|транзит)[а-я]*,? (и |или )?(брокерск|посредническ)[а-я]* услуг[а-я]*',
  '(出口|过境|转运)(、|和|及|与)(经纪|中介)服务', '(تصدير|عبور)[^ .،؛]* و ?(ال)?خدمات (ال)?سمسر[^ ]*',
]).source, 'gu');

/** Brokering and brokers, whole words: a trade service an export regime controls, or what border enforcement pursues. */
export const BROKERING = new RegExp(anyOf([
  '<brokering>', '<brokers?>', '<courtage>', '<intermediación>', '<посредни[а-я]*', '<брокер[а-я]*', '中间商', '经纪', '居间', 'السمسر[^ ]*',
]).source, 'gu');

/** Penalties (OP3(d)): fines, imprisonment, sanctions. */
export const PENALTY = anyOf([
  '<penalt', '<fines?>', '<imprisonment>', '<liable>', '<sanctions?>', '<offen[cs]e>', '<punish',
  '<amendes?>', '<emprisonnement>', '<peines?>', '<sanctions? pénales?>', '<sanctionn', '<puni', '<multas?>', '<prisión>', '<penas?>', '<sanciones?>', '<sanciona',
  '<штраф', '<лишени[а-я]* свободы>', '<наказ', '<ответственност', '<санкци',
  '罚款', '监禁', '处罚', '罚则', '刑事责任', '有期徒刑', '拘役', '罚金',
  'غرام', 'السجن', 'الحبس', 'عقوب', 'يعاقب',
]);

/** Where penalties attach to exports or smuggling. */
export const EXPORT_OR_CUSTOMS = anyOf([
  '<export', '<customs>', '<smuggling>', '<contraband>', '<douan', '<contrebande>', '<aduan', '<contrabando>', '<экспорт', '<тамож', '<контрабанд', '出口', '海关', '走私',
  // The Arabic article is optional: "مكافحة تهريب السلع" (against smuggling of goods) is a noun in construct, with none.
  '(ال)?تصدير', '(ال)?جمارك', '(ال)?تهريب',
  // Or to breaches of the licensing regime, named as what is violated: "violations of the licensing regime", "infractions au régime
  // de licences", "infracciones al régimen de licencias", "нарушения режима лицензирования", "违反许可制度", "مخالفة نظام الترخيص".
  '<(violations?|breaches?|infringements?|contraventions?) of (the |this |that |its |such )?licensing (regime|system|requirements?)>',
  "<(violations?|infractions?|manquements?) (au|du) (régime|système) (de licences|d'autorisations?)>", '<(infracciones|violaciones|incumplimientos?) (al|del) (régimen|sistema) de (licencias|autorizaciones)>',
  '<нарушени[а-я]* (режима|системы|порядка) лицензирования>', '违反[^。；，]{0,10}许可(制度|规定|要求)', '<(مخالف|انتهاك)[^ ]* (ل)?(نظام|احكام) (ال)?ترخيص',
]);

/** Legislative drafting or a law, for mapping an assistance request to an OP2 element. */
export const LEGISLATION = anyOf([
  '<legislat', '<law>', '<laws>', '<bill>', '<drafting>', '<législat', '<loi>', '<legisla', '<ley>', '<законодател', '<закон', '立法', '法律', 'تشريع', 'قانون',
]);
