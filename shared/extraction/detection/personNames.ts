/**
 * How persons are named in the six languages' scripts, for the contact readers: the titles, ranks and honorifics written
 * before a name (or after it: Arabic honorifics, Chinese titles), the words a name is made of in each script (particles,
 * initials, Arabic linking words, Russian patronymics, Chinese names in characters, with a dot, or in pinyin), and the
 * name patterns built from them. A name is kept as written, without its titles (`withoutTitles`).
 */
import { CHINESE_RANKS, DOTTED_NAME } from './chineseNames.js';

/** The case endings of a Russian title: nominative, genitive, dative, instrumental, prepositional. */
const RUSSIAN_MASCULINE = '(?:а|у|ом|е)?';
const RUSSIAN_FEMININE = '(?:а|и|е|у|ой)';
/** Where an Arabic word ends: no Arabic letter follows. */
export const ARABIC_WORD_END = '(?![\\u0621-\\u064A])';
/**
 * The service a Russian officer's rank names after it, in the genitive ("полковник таможенной службы", "подполковник
 * юстиции", "майор полиции"): part of the rank. A police force, like a service, may take its adjective ("майор пограничной
 * полиции", "капитан финансовой полиции"). The customs is named after the rank as a service is ("подполковник таможни").
 */
// A naval captain's class is written after the rank, as its service is ("капитан 1-го ранга", "капитана первого ранга").
const RUSSIAN_RANK_SERVICE = '(?:[^\\S\\n]+(?:(?:[а-яё]+(?:ой|ей)[^\\S\\n]+)?(?:полиции|милиции|таможни)|[а-яё]+(?:ой|ей)[^\\S\\n]+службы|юстиции|авиации|(?:[123]-го|первого|второго|третьего)[^\\S\\n]+ранга))?';

/** Arabic titles and ranks written before a name (the counsellor too, as "Counsellor" and "Consejero" are: "بالمستشار/ أحمد …"). */
const ARABIC_TITLES = [
  'السيدة', 'السيد', 'المفتشة', 'المفتش', 'النقيب', 'الدكتورة', 'الدكتور', 'المهندسة', 'المهندس', 'العقيد', 'اللواء', 'العميد', 'السفيرة', 'السفير',
  'المستشارة', 'المستشار',
  // The minister plenipotentiary and the secretaries of a mission by class, ranks of its diplomats as the counsellor's.
  'الوزيرة المفوضة', 'الوزير المفوض', 'السكرتيرة الأولى', 'السكرتيرة الثانية', 'السكرتيرة الثالثة', 'السكرتير الأول', 'السكرتير الثاني', 'السكرتير الثالث',
  // "Ustadh", the courtesy title of a graduate or official, as "Licenciada" is ("الأستاذة/ …"), written with or without its hamza.
  'الأستاذة', 'الأستاذ', 'الاستاذة', 'الاستاذ',
  // The professor, as "Professor" and "Profesora" are.
  'البروفيسورة', 'البروفيسور',
  // The sheikh, the title of the ruling families of the Gulf states and of scholars ("الشيخة مي بنت محمد آل خليفة"); after
  // a linking word it is a part of the name ("عبد العزيز آل الشيخ", "محمد ولد الشيخ"), see ARABIC_NAME_WORD.
  'الشيخة', 'الشيخ',
];
/**
 * Honorifics written after a name ("السيد/ أحمد سالم المحترم"): Arabic sets "the respected" after the name as Chinese sets
 * 先生 or 女士 (CHINESE_HONORIFICS below); English, French, Spanish and Russian write their titles before the name only.
 */
export const ARABIC_HONORIFICS_AFTER = ['المحترمة', 'المحترمين', 'المحترمان', 'المحترم'];
/**
 * The words that link an Arabic name's parts, "son of", "daughter of" (Mauritania writes "ولد" and "منت"), "father of",
 * "servant of", "the family of" ("محمد ولد أحمد", "علي بن سالم", "عبد الله", "آل خليفة").
 */
export const ARABIC_LINKS = ['ولد', 'منت', 'بنت', 'بن', 'ابن', 'أبو', 'أبي', 'عبد', 'آل'];
/** Right after a linking word, where a name's next part follows, on the next line where a wrap cuts the name after it. */
const AFTER_LINK = `(?<=(?<![\\u0621-\\u064A])(?:${ARABIC_LINKS.join('|')})\\s+)`;
/**
 * The prepositions and relative pronouns a sentence goes on with after a name ("… السيد X من وزارة …", "… X في هيئة …", "… X
 * عبر البريد الإلكتروني"): never a word of a name. Some write the name Ali "على", as the preposition is spelled: that word is
 * the preposition only before a contact detail's noun ("على العنوان", "على الرقم").
 */
const ARABIC_PREPOSITIONS = ['في', 'من', 'إلى', 'الى', 'عن', 'مع', 'لدى', 'عبر', 'بواسطة', 'الذي', 'التي', 'على(?=[^\\S\\n]+(?:ال)?(?:عنوان|رقم|بريد|هاتف))'];
/**
 * A word of an Arabic name: never a title or an honorific, which open another person or close this one, nor a preposition,
 * which goes on with the sentence.
 */
// The word after a linking word is always a part of the name, even one spelled as a title is ("آل الشيخ", "ولد الشيخ").
export const ARABIC_NAME_WORD = `(?:${AFTER_LINK}|(?!(?:${[...ARABIC_TITLES, ...ARABIC_HONORIFICS_AFTER, ...ARABIC_PREPOSITIONS].join('|')})(?![\\u0621-\\u064A])))[\\u0621-\\u064A]+`;
/** Titles written before a name, in the six languages; never part of the name. */
const TITLES_SOURCE = [
  // Ranks, the naval and compound ones first: "Capitaine de frégate Émilie Rousseau-Vidal", "Teniente coronel Ana Ruiz",
  // the colonel-major of francophone armies ("le colonel-major Issa Koné");
  // police ranks too: "Superintendent Ana Belo", "Commissaire Paul Morel", "Comisaria Rosa Vega", "майор Орлов", "النقيب".
  // French and Spanish write a rank in lower case inside a sentence ("et au colonel Mihai Stanciu", "el teniente coronel …").
  // The ship's class may be capitalised as the rank is ("Capitán de Navío").
  // The flag ranks of a navy, from the commodore up ("Commodore", "Comodoro", "Amiral", "Almirante"), are ranks as a colonel's is.
  '(?:(?:[Cc]apitaine|[Cc]apitán) de (?:[Ff]régate|[Vv]aisseau|[Cc]orvette|[Nn]avío|[Ff]ragata|[Cc]orbeta)|[Ll]ieutenant[- ][Cc]olonel|[Cc]olonel[- ][Mm]ajor|[Tt]eniente [Cc]oronel|(?:[Cc]ontre|[Vv]ice)-amiral|(?:Rear|Vice) Admiral|[Cc]ontralmirante|[Vv]icealmirante|[Cc]ommodore|[Cc]omodoro|[Aa]miral|Admiral|[Aa]lmirante|[Cc]apitaine|[Cc]apitán|Captain|[Cc]ommandant|[Cc]omandante|Commander|[Ll]ieutenant|[Tt]eniente|[Cc]olonel|[Cc]oronel'
    // Russian ranks and titles declined as the sentence needs ("к инспектору Джошуа Детенамо", "к г-же Мэри Адеанг").
    + `|(?:[Пп]олковник|[Пп]одполковник|[Мм]айор|[Кк]апитан|[Гг]енерал|(?:[Кк]онтр-|[Вв]ице-)?[Аа]дмирал|[Кк]оммодор|[Ии]нспектор|[Дд]октор|[Гг]осподин|[Дд]-р|[Мм]-р|[Гг]-н|[Сс]оветник)${RUSSIAN_MASCULINE}${RUSSIAN_RANK_SERVICE}|(?:[Гг]-ж|[Гг]оспож)${RUSSIAN_FEMININE}`
    // A professor's title, written out before the name as "Prof." abbreviates it ("au Professeur X", "a la Profesora X",
    // "профессору X", "البروفيسور X"); Chinese writes 教授 after the name (CHINESE_HONORIFICS).
    + `|Professor|[Pp]rofesseure?|[Pp]rofesora?|[Пп]рофессор${RUSSIAN_MASCULINE}`
    // Diplomatic ranks written before a name as a title ("al Consejero Ricardo …", "Counsellor Ana Belo").
    + '|Counsell?or|[Cc]onseill(?:er|ère)|[Cc]onsejer[oa]'
    // The minister of an embassy or mission, plenipotentiary or counsellor, and its secretaries by class ("Ministro Gustavo …",
    // "Minister-Counsellor …", "Premier secrétaire …", "министр-советник …", "первого секретаря …"): ranks, as the counsellor's.
    + '|[Mm]inist(?:er|re|ro)(?:[- ](?:[Cc]ounsell?or|[Cc]onseill(?:er|ère)|[Cc]onsejer[oa]|[Pp]lenipotentiary|[Pp]lénipotentiaire|[Pp]lenipotenciari[oa]))?'
    + '|(?:First|Second|Third) Secretary|(?:[Pp]remi(?:er|ère)|[Dd]euxième|[Tt]roisième) [Ss]ecrétaire|(?:[Pp]rimer|[Ss]egundo|[Tt]ercer) [Ss]ecretario|(?:[Pp]rimera|[Ss]egunda|[Tt]ercera) [Ss]ecretaria'
    // The class some services name instead ("Secretaria de Embajada", "Secrétaire d'ambassade", "Embassy Secretary").
    + "|[Ss]ecretari[oa] de [Ee]mbajada|[Ss]ecrétaire d['’][Aa]mbassade|Embassy Secretary"
    + `|(?:[Мм]инистр-советник|[Пп]осланник)${RUSSIAN_MASCULINE}|(?:[Пп]ерв(?:ый|ого|ому|ым)|[Вв]тор(?:ой|ого|ому|ым)|[Тт]рет(?:ий|ьего|ьему|ьим)) секретар(?:ь|я|ю|ём|ем)`
    // A police rank's grade is written after it, as a word of the rank ("Comisario Mayor", "Comisario General", "Commissaire
    // divisionnaire", "commissaire adjoint", "Inspecteur divisionnaire"): all title; "Mayor" alone is a surname too ("Federico
    // Mayor Zaragoza"), so only after the rank.
    + '|(?:[Cc]ommissaire|[Cc]omisari[oa]|[Ii]nspect(?:eur|rice))[^\\S\\n]+(?:[Mm]ayor|[Gg]eneral|[Gg]énérale?|[Ii]nspect(?:or|ora|eur)|[Pp]rincipale?|[Dd]ivisionnaire|[Aa]djointe?|[Aa]djunt[oa]|[Jj]efe)|[Ss]ubcomisari[oa]'
    // Commonwealth police forces write the rank as its initials ("ACP", Assistant Commissioner of Police; "SSP", Senior
    // Superintendent of Police; "IGP", Inspector-General of Police).
    + '|(?:S?ACP|DCP|CP|D?IGP|AIGP|SSP|ASP|DSP|SP)'
    + '|(?:(?:Chief|Deputy|Assistant) )?(?:Superintendent|Inspector|Commissioner)|Sergeant|[Cc]ommissaire|[Ii]nspecteur|[Ii]nspectrice|[Cc]omisari[oa]|[Ii]nspectora|[Ss]uperintendente|[Ss]argento'
    // Some police forces rank their officers as commissioners ("Comisionado de Policía", "Subcomisionado"), and a police rank
    // may name its force after it ("Commissioner of Police", "Commissaire de police", "Comisario de la Policía"): all title.
    // A customs service ranks its officers too and is named after the rank the same way ("Inspecteur principal des douanes",
    // "Colonel des Douanes", "Comisario de Aduanas", "Superintendent of Customs").
    + '|(?:[Ss]ub)?[Cc]omisionad[oa])(?:[^\\S\\n]+(?:of|de|des)(?:[^\\S\\n]+la)?[^\\S\\n]+(?:[Pp]olice|[Pp]olic[ií]a|[Dd]ouanes?|[Aa]duanas?|[Cc]ustoms))?(?=\\s)',
  // A Russian scholar's degree, doctor or candidate of a science, abbreviated before the name ("д.х.н.", "к.т.н.", "д.ф.-м.н.").
  '[ДдКк]\\.[а-яё]{1,2}\\.(?:-[а-яё]{1,2}\\.)?н\\.(?=\\s)',
  // "Mayor" (major) is a rank before its force's initials ("Mayor PNP X", see FORCE_INITIALS); alone it is a surname too.
  '[Mm]ayor(?=[^\\S\\n]+(?:(?![AEIOUY])\\p{Lu}){2,4}[^\\S\\n]+\\p{Lu})',
  // Spanish abbreviates military ranks, always with their dot ("Tte. Cor.", teniente coronel; "Cnel.", "Gral.", "Sgto."): a
  // rank before the name as the words are ("Teniente coronel").
  '(?:Tte|Tcnel|Cnel|Crnl|Cor|Gral|Sgto)\\.(?=\\s)',
  // A doctor of science writes the science's initial after the doctor's title ("Dr.C.", "Dra. C."): all title. ("Dr. C." may
  // be a doctor and his initial.)
  '(?:Dr\\.C\\.|Dra\\.[^\\S\\n]?C\\.)(?=\\s)',
  // "D." abbreviates Don after "Sr." ("el Sr. D. …"); alone, a capital and its dot opens a lettered item ("D. Contrôle des exportations").
  // Malay courtesy titles are written before the name as Mr. and Mrs. are ("Puan", "Encik", "Dato'").
  // Bhutan's conferred titles stand before the name the same way ("Dasho", "Lyonpo", a minister's).
  // An academic degree is written before the name as a title is, where Latin America writes "Lic." or "Ing." ("MSc. Ana Mora").
  // French writes a woman doctor "Dre" (docteure), as Spanish writes "Dra".
  // "Ir." is the engineer's degree written before the name in Indonesia, the Netherlands, Belgium and the Congo ("Dr. Ir. X").
  // Latin America also abbreviates a master's degree ("Mgs.", "Mgtr.", magíster) and a pharmacist's ("Q.F.", químico
  // farmacéutico) before the name.
  // An officer's rank is abbreviated before the name as the colonel's is ("Maj.", "Brig.", "Cdr." as "Col." and "Capt.").
  // French and Spanish also write the courtesy title out in full ("Monsieur", "Madame", "Señora"), as a letter's heading does.
  '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Ir|MSc|M\\.Sc|MBA|MPhil|PhD|Ph\\.D|Amb|Ambassador|Engr|Eng|Col|Lt|Capt|Maj|Brig|Cdr|Gen|Sir|Dame|H\\.E|M|Mme|Mlle|Me|Pr|Sr\\.[^\\S\\n]+D\\.|Sr|Sra|Srta|Lic|Licda|Lcda|Lcdo|Abog|Abg|Arq|Ing|D\\.ª|Dña|Doña|Don|Mtra|Mtro|Dra|Dre|Embajador|Embajadora|Puan|Encik|Cik|Datuk|Datin|Dato[\'’]?|Dasho|Lyonpo|Mgs|Mgtr|Q\\.F|Monsieur|Madame|Mademoiselle|Señor|Señora|Señorita)\\.?(?=\\s)',
  // A staff officer's rank takes "الركن" after it ("العميد الركن/ …", "اللواء الركن …"): both words are the title.
  // A naval officer's takes "البحري" after it the same way ("العميد البحري", the commodore; "اللواء البحري", the rear admiral).
  `(?:العميد|اللواء|العقيد|المقدم|الرائد|النقيب)[^\\S\\n]+(?:الركن|البحري)${ARABIC_WORD_END}`,
  // A title is a whole word: "المفتش" (the inspector) begins "المفتشية" (the inspectorate), a body's name.
  'م\\.', 'د\\.', `(?<!${AFTER_LINK})(?:${ARABIC_TITLES.join('|')})${ARABIC_WORD_END}`,
  // After the preposition لـ the article's alif drops ("خلفا للسيد …", "للدكتورة …"): the same title.
  `(?:${ARABIC_TITLES.map((title) => title.replace(/^ال/u, 'لل')).join('|')})${ARABIC_WORD_END}`,
  // The lieutenant colonel, as "Teniente coronel" and "подполковник" are; "المقدم" is also "the submitted" after a noun
  // ("التقرير المقدم"), so as a rank it opens its line or cell, follows a comma or colon, or takes بـ or وـ ("أو بالمقدم …").
  // A list item's bullet before it is still its line's start ("- المقدم/ …"). A preposition written apart stands before a
  // noun, never after one, so the word after it is the rank too ("إلى المقدم …", "مع المقدم …", "لدى المقدم …").
  // The major and the lieutenant (first lieutenant with "أول") are read so too: "الرائد" is also "the leading" after a noun
  // ("الدور الرائد"), "الملازم" "the attendant".
  `(?<=(?:^|\\n)[^\\S\\n]*(?:[-–•*][^\\S\\n]*)?|[\\t|]|[بو]ال|[،,:] |(?<![\\u0621-\\u064A])(?:إلى|الى|مع|لدى|عن طريق) )(?:ال)?(?:مقدم|رائد|ملازم(?:[^\\S\\n]+أول)?)${ARABIC_WORD_END}`,
].join('|');
/**
 * A short note in brackets after a title, the retired officer's or ambassador's ("Ambassador (ret.) …", "Coronel (r) …",
 * "Colonel (retd) …"): part of the title.
 */
const TITLE_NOTE = "(?:[^\\S\\t\\n\\r]*\\([\\p{L}][\\p{Ll}.'’]{0,9}\\)(?=\\s))?";
export const HONORIFIC_SOURCE = `(?:${TITLES_SOURCE})${TITLE_NOTE}`;
/**
 * A title or rank at the start of a name, listed or not: any short capitalised abbreviation with
 * its dot ("Abg.", "Abog.", "Lic.", "Ing.") stands before a name, never inside it, with the
 * ending some languages write after the dot ("Dott.ssa", "Sig.ra", "Prof.ssa").
 */
const ABBREVIATED_TITLE = '\\p{Lu}\\p{Ll}{1,4}\\.(?:\\p{Ll}{1,3}(?=\\s))?';
// Arabic may set a slash between the title and the name ("العقيد/ مشعل …"), as the names after a title are read.
export const LEADING_TITLE = new RegExp(`^(?:(?:${HONORIFIC_SOURCE})\\/?|${ABBREVIATED_TITLE})[^\\S\\t\\n\\r]*`, 'u');
/** An honorific that closes the name ("… الرشيدي المحترم"). */
const HONORIFIC_AFTER = new RegExp(`[^\\S\\t\\n\\r]+(?:${ARABIC_HONORIFICS_AFTER.join('|')})$`, 'u');
/** A title just before a name, at the end of the text before it. */
export const TRAILING_TITLE = new RegExp(`(?:(?:${HONORIFIC_SOURCE})|${ABBREVIATED_TITLE})[^\\S\\t\\n\\r]*$`, 'u');

/**
 * An officer's staff qualification, in capitals with its dot, after the rank ("Crnl. EMC.", "Gral. DEM.", "Col. EM."): part
 * of the title. Only after a title: alone, capitals and a dot may number a section ("IV.").
 */
const STAFF_QUALIFICATION = /^\p{Lu}{2,4}\.(?=\s)/u;
/**
 * The initials of an officer's force after the rank, capitals with no vowel and no dot ("Mayor PNP X", "Coronel PNC X",
 * "полковник МВД X"), or any capitals in brackets ("Coronel (GNB) X", "Capitán de Navío (ARA) X"): part of the title. A
 * surname in capitals after a title has its vowels ("Mr. WU Jianguo").
 */
const FORCE_INITIALS = /^(?:(?:(?![AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜАЕЁИОУЫЭЮЯ])\p{Lu}){2,4}|[(（]\p{Lu}{2,5}[)）])(?=[^\S\n]+\p{Lu})/u;

/** The name without the titles before it; `afterTitle` where the candidate follows one already ("Mayor" / "PNP X"). */
export function withoutTitles(candidate: string, afterTitle = false): string {
  // The space after a title is kept until the title is gone: a title is one only before a space ("Г-жа " is all title).
  let rest = candidate.trimStart();
  for (let titled = afterTitle; ; titled = true) {
    const title = LEADING_TITLE.test(rest) ? LEADING_TITLE : [STAFF_QUALIFICATION, FORCE_INITIALS].find((after) => titled && after.test(rest));
    if (!title) break;
    rest = rest.replace(title, '').trimStart();
  }
  return rest.trim().replace(HONORIFIC_AFTER, '');
}

/** The name a field gives by itself, without the titles before it or the Chinese title after it ("Dr. X", "王伟 先生"). */
export function withoutAnyTitles(name: string): string {
  return withoutTitles(name).replace(ENDS_WITH_CHINESE_TITLE, '').trim();
}

/** Whether the text is a title or rank and nothing else ("Dr", "الدكتورة", "Teniente coronel"). */
export function onlyTitle(text: string): boolean {
  const title = text.trim();
  return title !== '' && withoutTitles(`${title} `) === '';
}

/** Space inside a name: never a tab (a column's edge) nor a line break. */
export const NAME_SPACE = '[^\\S\\t\\n\\r]+';
/**
 * A personal name in Latin or Cyrillic script: two to five capitalised words, with the lower-case particles
 * between them, one or two ("Joost Van der Heyden", "Ana do Carmo Belo", "Annelies van der Berg"); "du" and "des" are left out, which join a
 * name to its office ("M. Jean Roux du Ministère").
 */
// Dutch and German particles go in pairs ("Pieter van der Merwe", "Ursula von der Leyen"); Spanish "de la" only before a
// surname (DE_LA below).
// A word may open with a glottal stop written as a modifier letter, the ʻokina or ʿayn ("ʻAna Mele Taufaʻao", "ʿAbd al-Karīm").
// A particle may be written glued to the capitalised word it opens, as one word ("deBrum", "diMaggio", "vanDyke").
// An Arabic surname keeps its article joined by a hyphen, in lower case ("Khalid al-Rashid", "Amr el-Sayed").
export const NAME_WORD = "[ʻʼʿ]?(?:(?:de|da|di|du|la|le|van|von)(?=\\p{Lu})|(?:al|el)-(?=\\p{Lu}))?[\\p{Lu}][\\p{L}'’-]+";
// Irish particles are capitalised, and "Ó" is one letter ("Cathal Ó Briain", "Aoife Ní Chonaill"). Philippine names write
// "de la" and "de los" as one word ("Ramon dela Cruz Villanueva", "delos Santos"), and one word joins no office. "St." is
// Saint abbreviated inside a surname ("Devon St. Bernard"), never a name's last word.
// A Spanish widow writes "Vda. de" (viuda de) and her late husband's surname after her own ("Henríquez Vda. de Molina"); a
// French-speaking married woman writes "épouse" (or "ép.", "veuve", "née") between her surnames ("Edwige ZOUMALDÉ épouse BENGUÉ").
// Spanish surnames hold "de los" and "de las" as one particle ("Núñez de los Santos", "Bartolomé de las Casas"). Swahili and
// the Bantu languages of the Congo write "wa" (of) inside a name ("NSIMBA wa NSIMBA Chantal", "Ngũgĩ wa Thiong'o").
const PARTICLE = `(?:(?:van|von)${NAME_SPACE}(?:der|den|de|dem)|de${NAME_SPACE}(?:los|las)|Vda\\.${NAME_SPACE}de|St\\.|épouse|ép\\.|veuve|née|de|del|dela|delos|da|das|do|dos|di|van|von|den|der|ten|ter|la|le|bin|binti|bint|al|ibn|y|e|Ó|Ní|Nic|Uí|Mac|wa)`;
/**
 * The head words of a body's name, in the six languages ("Oficina", "Ministère", "Управление", "مكتب"); the Romance ones include
 * those "de la" joins to a name ("… de la Comisión Nacional", "… de la Police nationale").
 */
export const BODY_HEAD = '(?:Office|Oficina|Bureau|Service|Servicio|Department|Departamento|Département|Division|División|Unit|Unidad|Unité|Section|Sección|Secretariat|Secretaría|Secrétariat|Ministry|Ministerio|Ministère|Directorate|Direction|Dirección|Centre|Center|Centro|Agency|Agence|Agencia'
  + '|Comisión|Commission|Subdirección|Sous-direction|Subsecretaría|Policía|Police|Gendarmerie|Guardia|Fiscalía|Procuraduría|República|République|Cancillería|Embajada|Ambassade|Misión|Mission|Autoridad|Autorité|Jefatura|Administración|Administration|Coordinación|Coordination|Superintendencia|Aduana|Presidencia|Présidence|Delegación|Délégation|Representación|Représentation|Seguridad|Sécurité|Defensa|Défense'
  + '|Отдел|Управлени[ея]|Департамент|Служба|Пресс-служба|Секретариат|Министерство|Бюро|Агентство|Центр|مكتب|إدارة|قسم|وحدة|أمانة|وزارة|دائرة|مديرية|مركز|هيئة)';
/**
 * "de la" inside a surname ("Ramírez de la Cruz", "Sáez de la Fuente", "María Fernanda de la Garza"): only before a word that
 * heads no body's name, as "de la" also joins a name to its office ("Sr. Juan Pérez de la Dirección General").
 */
const DE_LA = `de${NAME_SPACE}la(?=${NAME_SPACE}(?!${BODY_HEAD}(?![\\p{L}]))[\\p{Lu}])`;
/**
 * A middle name abbreviated with its dot between two names, its initial ("Lamin K. Jobarteh") or its first two letters, as
 * Greek and Slavic names shorten a digraph ("Andreas Ch. Georgiou", "Ivan Yu. Petrov"); a title is never one ("Mr.", "Dr.").
 */
const MIDDLE_INITIAL = '(?!(?:Mr|Ms|Dr|Sr|St|Jr)\\.)\\p{Lu}\\p{Ll}?\\.';
/**
 * The word for son or daughter that closes a Turkic patronymic ("Эльчин Рауф оглы", "Севиндж Тофиг кызы"): part of the name,
 * though written in lower case, as a particle is.
 */
const TURKIC_PATRONYMIC_WORD = '(?:оглы|кызы|гызы|улы|уулу)(?![\\p{L}])';
/**
 * A courtesy title and its dot after a conjunction that reads as a particle ("Sr. Juan Pérez y Sra. Ana López", "M. Paul
 * Roux et Mme …"): the next person's title, no surname of this one's.
 */
const NEXT_PERSONS_TITLE = '(?!(?:Sra|Srta|Sr|Dra|Dr|Mrs|Mr|Ms|Mme|Mlle|Lic|Licda|Ing|Prof)\\.)';
export const WESTERN_NAME = `${NAME_WORD}(?:${NAME_SPACE}(?:${MIDDLE_INITIAL}${NAME_SPACE})?(?:(?:${DE_LA}|${PARTICLE})${NAME_SPACE}${NEXT_PERSONS_TITLE})?${NAME_WORD}){1,4}(?:${NAME_SPACE}${TURKIC_PATRONYMIC_WORD})?`;
/** The end of a linking word (ARABIC_LINKS), with nothing of the name after it yet. */
const AT_LINK_END = `(?<=(?<![\\u0621-\\u064A])(?:${ARABIC_LINKS.join('|')}))`;
// A name whose words run to the most ends with the part its last linking word opens ("خالد بن عبد الله آل سعود"): a name
// never ends with the word that links its parts.
export const ARABIC_NAME = `${ARABIC_NAME_WORD}(?:${NAME_SPACE}${ARABIC_NAME_WORD}){1,4}(?:${AT_LINK_END}${NAME_SPACE}${ARABIC_NAME_WORD})?`;
/**
 * A title opens its word in the scripts that write one apart ("M." is no title at the end of "LIM", a surname in capitals);
 * Arabic joins its prepositions and conjunctions to the title ("بالسيدة", "والعقيد").
 */
export const TITLE_OPENS_WORD = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])';
/**
 * A name given as its initials and the surname ("W. A. D. Kumarasinghe"), kept so: after a title only, where the initials
 * cannot be a lettered item's ("D. Contrôle des exportations"). The initials may be written close together, as Russian
 * writes them ("г-н А.Б. Сеитов", "Mr W.A.D. Perera").
 */
const INITIALLED_NAME = `(?:\\p{Lu}\\.[^\\S\\t\\n\\r]*){0,2}\\p{Lu}\\.${NAME_SPACE}${NAME_WORD}`;
/**
/**
 * A surname and the initials of the given name and patronymic after it, as Russian writes a name in short ("д-р Петров
 * И.С.", "г-жа Ахмедова Н. Р."): kept as written, after a title, where one capital and its dot close a name (no word
 * follows: "Dr Jane P. Smith" is a given name, an initial and the surname).
 */
const SURNAME_WITH_INITIALS = `${NAME_WORD}${NAME_SPACE}\\p{Lu}\\.(?:[^\\S\\n]?\\p{Lu}\\.)?(?![\\p{L}])(?![^\\S\\n]+\\p{L})`;
export const WHOLE_SURNAME_WITH_INITIALS = new RegExp(`^${SURNAME_WITH_INITIALS}$`, 'u');
/**
 * A police rank's grade right after the rank ("Comisario Mayor Lucero", "Commissaire principal Morel") is the rank's, though
 * the surname alone after it makes no name of two words: the grade does not open a name.
 */
const NO_GRADE_AFTER_RANK = '(?!(?<=(?:[Cc]ommissaire|[Cc]omisari[oa]|[Ii]nspect(?:eur|rice))[^\\S\\n]+)(?:[Mm]ayor|[Gg]eneral|[Gg]énérale?|[Pp]rincipale?|[Dd]ivisionnaire|[Aa]djointe?|[Aa]djunt[oa]|[Jj]efe)(?![\\p{L}]))';
export const AFTER_HONORIFIC = new RegExp(`${TITLE_OPENS_WORD}(?:${HONORIFIC_SOURCE})\\/?[^\\S\\t\\n\\r]*${NO_GRADE_AFTER_RANK}(${SURNAME_WITH_INITIALS}|${WESTERN_NAME}|${ARABIC_NAME}|${INITIALLED_NAME})`, 'gu');
/**
 * A name by its initials without a title, two of them at least, before or after the surname, as Russian lists people
 * ("А.Б. Сеитов", "Нурланова Г.К.", "Гелашвили Д. Т."): two initials are a person's where one capital and its dot may
 * open a lettered item ("B. Recommendations") or close a heading ("Part B.").
 */
export const TWO_INITIALS_NAME = `\\p{Lu}\\.[^\\S\\t\\n\\r]*\\p{Lu}\\.(?:[^\\S\\t\\n\\r]*\\p{Lu}\\.)?${NAME_SPACE}${NAME_WORD}`;
export const SURNAME_WITH_TWO_INITIALS = `${NAME_WORD}${NAME_SPACE}\\p{Lu}\\.[^\\S\\t\\n\\r]?\\p{Lu}\\.(?:[^\\S\\t\\n\\r]?\\p{Lu}\\.)?(?![\\p{L}])`;
/**
 * A name that a prose line's wrap cuts after its first word ("… s'adresser à M. Jean-Baptiste" /
 * "Tabimasmas, Directeur …") or after a particle ("Dr Aoife Ní" / "Chonaill, …"): one word is never a
 * whole name after a title, nor does a name end with its particle, so the words that open the next
 * line, up to the comma or bracket that closes the name (or the "of", "from" or "at" that ties it to a body: "Ms. Hawwa" /
 * "Nazeeha Ali of the Environmental Protection Agency"), are its rest; they hold particles as a name
 * on one line does ("Ms. Nurul" / "Aina binti Hashim, …"). Inside a sentence (a word in lower case
 * before the title, on its line) the cut may fall after any word ("… es la Licda. Marisol Batista" /
 * "Quintero, Subdirectora …"), or after the comma that closes a post written before the name ("… de
 * Servicios Aduaneros, Lcda. Ruth Elizabeth Obando" / "Mairena (…)"): a sentence sets a post after the
 * name with a comma, so what runs on up to the comma is still the name, "de la" inside it ("… por el
 * Dr. José" / "Ignacio Zeledón de la Rocha, Director …"); a name that opens its line ("Mr. John Smith" / "Director, …") is a
 * block's line, and the next line holds the post. An Arabic sentence sets the post off with its own comma ("… بالمهندسة Huda" /
 * "Mohammed Al-Sharjabi، رئيسة …").
 */
const IN_A_SENTENCE = `(?<=\\p{Ll}[,;]?[^\\S\\n]+(?:${HONORIFIC_SOURCE})[^\\S\\t\\n\\r]*)`;
/**
 * A particle that only ever stands inside a name, the patronymic's "son of" or "daughter of" ("bin", "binti", "ibn") and the
 * Dutch and German ones ("van der", "von"): a line that opens with one goes on with the name of the line above, even a
 * name of several words set out as a block's line ("Superintendent Hairul Nizam" / "bin Abdullah, Head …"). The Romance
 * ones ("de", "del", "da") also join a name to its office ("… Pérez" / "del Ministerio …"), and are left out.
 */
const NAME_ONLY_PARTICLE = `(?:(?:van|von)${NAME_SPACE}(?:der|den|de|dem)|bin|binti|bint|ibn|ben|van|von|dela|delos|Ó|Ní|Nic|Uí|Mac)`;
/**
 * The Romance particles that open a double surname ("de la Vega", "de los Ríos") and never an office ("de la Dirección …"):
 * a line that opens with one goes on with a name the line above leaves unclosed.
 */
const NAME_RUNS_ON_PARTICLE = `(?:${DE_LA}|de${NAME_SPACE}(?:los|las)(?=${NAME_SPACE}(?!${BODY_HEAD}(?![\\p{L}]))\\p{Lu}))`;
export const WRAPPED_AFTER_HONORIFIC = new RegExp(
  `(?:${HONORIFIC_SOURCE})[^\\S\\t\\n\\r]*(${IN_A_SENTENCE}${WESTERN_NAME}|[\\p{Lu}][\\p{L}'’-]+(?:(?:${NAME_SPACE}${NAME_WORD})*${NAME_SPACE}${PARTICLE})?|${WESTERN_NAME}(?=[^\\S\\t\\n]*\\r?\\n[^\\S\\t\\n]*${NAME_ONLY_PARTICLE}${NAME_SPACE}\\p{Lu}))[^\\S\\t\\n]*\\r?\\n[^\\S\\t\\n]*((?:(?:${NAME_ONLY_PARTICLE}|${NAME_RUNS_ON_PARTICLE})${NAME_SPACE})?[\\p{Lu}][\\p{L}'’-]+(?:${NAME_SPACE}(?:(?:${DE_LA}|${PARTICLE})${NAME_SPACE})?[\\p{Lu}][\\p{L}'’-]+){0,2})(?=[^\\S\\t\\n]*[,;(（<،]|${NAME_SPACE}(?:of|from|at)${NAME_SPACE}(?:the${NAME_SPACE})?\\p{Lu})`,
  'gud',
);
/** Titles and ranks Chinese writes after a name ("黄志强先生", "伊姆兰·库雷希上校"). */
// A professional title is written after the name as a degree is ("扬·德沃夏克工程师").
export const CHINESE_HONORIFICS = '先生|女士|博士|教授|大使|工程师|研究员';
export const CHINESE_TITLE = `${CHINESE_HONORIFICS}|${CHINESE_RANKS}`;
/**
 * A table's name cell that sets the title or rank before the name ("女士素素温", "上校昂乃敏", "警监黄志明"), as a table of
 * names transliterated from Burmese or Malay may: the title opens the cell, the name fills the rest of it, in Chinese or
 * in Latin letters ("警司 Muhammad Syafiq bin Rosli").
 */
export const CHINESE_TITLE_OPENING_CELL = new RegExp(`^(?:${CHINESE_TITLE})(?:(?=[\\u4E00-\\u9FFF]{2,4}$)|[^\\S\\t\\n]*(?=${WESTERN_NAME}$))`, 'u');
export const CHINESE_TITLED_CELL = new RegExp(`(?<=^|\\t)(?:${CHINESE_TITLE})([\\u4E00-\\u9FFF]{2,4})(?=\\t)`, 'gu');
/**
 * Chinese characters before a title; the name is the end of the run (see chineseNames.ts). A rank the name follows at once
 * ("海军上校马丁·克鲁格") is written before it, as a post is: the name is after it, not before.
 */
// A Latin-script name takes the Chinese title the same way ("Nurul Hidayah binti Ahmad女士").
export const CHINESE_WITH_TITLE = new RegExp(`(${DOTTED_NAME}|[\\u4E00-\\u9FFF]{2,4}|${WESTERN_NAME})[^\\S\\n]?(?:${CHINESE_HONORIFICS}|(?:${CHINESE_RANKS})(?![\\u4E00-\\u9FFF]))`, 'gu');
/** A line that ends inside a transliterated name, after its dot or in a part after it; the name goes on on the next line. */
export const DOTTED_BEFORE_WRAP = /([\u4E00-\u9FFF]+(?:[·・•‧][\u4E00-\u9FFF]*)+)[^\S\n]*\r?\n[^\S\n]*$/u;
/** A title that ends a run of Chinese characters. */
export const ENDS_WITH_CHINESE_TITLE = new RegExp(`(?:${CHINESE_TITLE})$`, 'u');
/** Where a dotted name's last part ends: the sentence goes on ("占塔·西萨瓦继续担任…", "苏里亚·因塔冯已调任他职"), or a title follows. */
export const AFTER_DOTTED_NAME = new RegExp(`(?<=[·・•‧][\\u4E00-\\u9FFF\\-‐‑－]+?)(?:已|将|为|继续|担任|接替|于|在|是|的|和|与|及|${CHINESE_TITLE}).*$`, 'u');
export const DOTTED_IN_TEXT = new RegExp(DOTTED_NAME, 'gu');
/**
 * A whole run of Chinese characters, not the last part of a dotted name, then the bracket that opens the address's
 * note, at the end of the text before the address. A hard wrap may fall between the note's label and the address
 * ("…李明（电子邮件：" / "li.ming@…）"): the address is the note's all the same. The note may give the telephone first
 * ("…王芳（电话：+86-10-1234-5678，电子邮件：…）"): a label, a number and the comma that parts it from the address's label.
 * The wrap may also fall between the name and the bracket ("请联系外交部军控司 王晓岚" / "（电子邮箱：…）").
 */
export const CHINESE_BEFORE_BRACKET =
  /(?<![·・•‧\-‐‑－\u4E00-\u9FFF])([\u4E00-\u9FFF]{2,})[^\S\n]*(?:\r?\n[^\S\n]*)?[（(](?:[^（）()\d\n]{1,8}[:：]?[^\S\n]*\+?\d[\d\s\-－–]{5,24}[，,；;、][^\S\n]*)?[^（）()\n]{0,12}(?:\r?\n[^\S\n]*)?$/u;
/**
 * The syllables of pinyin: an initial, then a final ("wang", "xiao", "zhuang"). A capitalised word of them only is a
 * romanised Chinese name's ("Xiaoming"), where English words ("Arms", "Control", "General") hold other runs of letters.
 */
const PINYIN_INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];
const PINYIN_FINALS = ['iang', 'iong', 'uang', 'ueng', 'ang', 'eng', 'ing', 'ong', 'ian', 'iao', 'uai', 'uan', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er', 'ia', 'ie', 'iu', 'in', 'ua', 'uo', 'ui', 'un', 'ue', 'a', 'o', 'e', 'i', 'u', 'ü'];
export const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const PINYIN_SYLLABLE = `(?:${PINYIN_INITIALS.join('|')})?(?:${PINYIN_FINALS.join('|')})`;
// A syllable with no initial opens with its vowel ("Ai", "Ou", "Er").
const FIRST_PINYIN_SYLLABLE = `(?:(?:${PINYIN_INITIALS.map(capitalised).join('|')})(?:${PINYIN_FINALS.join('|')})|${PINYIN_FINALS.filter((f) => /^[aoe]/u.test(f)).map(capitalised).join('|')})`;
const PINYIN_WORD = `${FIRST_PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE}){0,2}(?![\\p{L}])`;
/**
 * A Chinese name with its romanisation in brackets after it, the surname in capitals before or after the given name
 * ("孙晓明（SUN Xiaoming）", "李明 (Ming LI)"), or each word capitalised and made of pinyin syllables ("王明（Wang Ming）"):
 * the romanisation marks the characters as a person's name, with no title or post written after it. The post may stand
 * before the name, on the same line or the line above.
 */
export const ROMANISED_CHINESE_NAME = new RegExp(
  '(?<![·・•‧\\-‐‑－\\u4E00-\\u9FFF])([\\u4E00-\\u9FFF]{2,})[^\\S\\n]*[（(][^\\S\\n]*(?:\\p{Lu}{2,}(?:[^\\S\\n]+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,2}|(?:\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?[^\\S\\n]+){1,2}\\p{Lu}{2,}'
    + `|${PINYIN_WORD}(?:[^\\S\\n]+${PINYIN_WORD}){1,2})[^\\S\\n]*[）)]`,
  'gu',
);
/**
 * A Russian full name in running text, with no title before it ("назначен Назаров Фирдавс Рахимович, главный
 * специалист …"): its patronymic marks it, in either order (surname first or last).
 */
// Declined as the sentence needs ("вместо Бондаренко Игоря Николаевича"): the nearest person is found whatever their case.
// A Turkic patronymic is the father's name and the word for son or daughter ("Эльчин Рауф оглы", "Гюнай Тофиг кызы").
const PATRONYMIC = `[А-ЯЁ][а-яё]+(?:(?:ович|евич|ич)(?:а|у|ем|е)?|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой)|${NAME_SPACE}${TURKIC_PATRONYMIC_WORD})`;
const CYRILLIC_WORD = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
// A prose line's wrap may fall inside it ("Контактное лицо: Ковалевич Андрей" / "Петрович, первый секретарь …"): the
// patronymic still marks the words on both sides as one name.
const WORD_SPACE = `(?:${NAME_SPACE}|[^\\S\\t\\n\\r]*\\r?\\n[^\\S\\t\\n\\r]*)`;
// The surname may be written in capitals, as lists of the CIS states write it ("ПЕТРОВ Иван Сергеевич").
const CYRILLIC_SURNAME = `(?:${CYRILLIC_WORD}|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)`;
export const PATRONYMIC_NAME = new RegExp(
  `(?<![\\p{L}])(?:${CYRILLIC_SURNAME}${WORD_SPACE}${CYRILLIC_WORD}${WORD_SPACE}${PATRONYMIC}|${CYRILLIC_WORD}${WORD_SPACE}${PATRONYMIC}${WORD_SPACE}${CYRILLIC_SURNAME})(?![\\p{L}])`,
  'gu',
);
const PATRONYMIC_NAME_HERE = new RegExp(PATRONYMIC_NAME.source, 'uy');

/** The Russian full name that starts at `at` in the block, if a line's wrap runs through it; the name is given on one line. */
export function wrappedPatronymicAt(block: string, at: number): { name: string; end: number } | undefined {
  PATRONYMIC_NAME_HERE.lastIndex = at;
  const hit = PATRONYMIC_NAME_HERE.exec(block);
  return hit?.[0].includes('\n') ? { name: hit[0].replace(/\s+/gu, ' '), end: at + hit[0].length } : undefined;
}
