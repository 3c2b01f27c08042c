/**
 * The international organisations whose officers a report names with their addresses: as partners, trainers, the
 * organisers of a workshop or the authors of guidance; and the companies whose sales staff it names for their products. They serve the organisation, not the state, and are none of the
 * state's points of contact. Their posts name the organisation ("Political Affairs Officer, UNODA", "of the IAEA Division of
 * Nuclear Security", "сотрудник … МАГАТЭ", "国际原子能机构核安保处官员"); a state official's post names it only as the body
 * the post deals with ("Permanent Mission to the IAEA", "Autorité nationale pour l'OIAC", "Punto focal ante el OIEA").
 */
import { anyOf, fold } from './textFolding.js';

/** The organisations, by their names and abbreviations in the six languages. */
const ORGANISATION = [
  // The Office for Disarmament Affairs, which serves the Committee.
  '<unoda>', '<office for disarmament affairs>', '<bureau des affaires de désarmement>', '<oficina de asuntos de desarme>',
  '<управлени[а-я]* [^.;]{0,40}по вопросам разоружения>', '裁军事务厅', 'مكتب (الأمم المتحدة )?(لشؤون|شؤون) نزع السلاح',
  // The International Atomic Energy Agency.
  '<iaea>', '<aiea>', '<oiea>', '<магатэ>', '<international atomic energy agency>', "<agence internationale de l'énergie atomique>",
  '<organismo internacional de energía atómica>', '<международн[а-я]* агентств[а-я]* по атомной энергии>', '国际原子能机构', 'الوكالة الدولية للطاقة الذرية',
  // The Organisation for the Prohibition of Chemical Weapons.
  '<opcw>', '<oiac>', '<opaq>', '<озхо>', '<опхо>', '<organi[sz]ation for the prohibition of chemical weapons>', "<organisation pour l'interdiction des armes chimiques>",
  '<organización para la prohibición de las armas químicas>', '<организаци[а-я]* по запрещению химического оружия>', '禁止化学武器组织', '禁化武组织', 'منظمة حظر الأسلحة الكيميائية',
  // The World Customs Organization.
  '<world customs organi[sz]ation>', '<organisation mondiale des douanes>', '<organización mundial de aduanas>', '<всемирн[а-я]* таможенн[а-я]* организаци', '世界海关组织', 'منظمة الجمارك العالمية',
  // The African Union's secretariat, its Commission (a ministry's department of African Union affairs is the state's).
  '<african union commission>', "<commission de l'union africaine>", '<comisión de la unión africana>', '<комисси[а-я]* африканского союза>', '非洲联盟委员会', '非盟委员会', 'مفوضية الاتحاد الأفريقي',
  // The United Nations Office on Drugs and Crime, the Organization of American States and its Committee against Terrorism, the
  // Organization for Security and Co-operation in Europe.
  '<unodc>', '<unicri>', '<oas>', '<oea>', '<cicte>', '<osce>', '<osze>', '<обсе>', '欧安组织', 'منظمة الأمن والتعاون في أوروبا',
];

/**
 * A company's post, which sells (a manufacturer's or a laboratory's sales or after-sales service): "Sales Manager", "Gerente
 * de Ventas", "responsable des ventes", "менеджер по продажам", "销售经理", "مدير المبيعات". No state official sells.
 */
// The sales named as a post's or a department's, not as what an official controls ("Control of Arms Sales").
const SALES = [
  '<(sales|after-sales) (manager|director|representative|department|engineer|office|team)>', '<(head|director|manager) of sales>',
  '<(responsable|directeur|directrice|service|chargée?) (des ventes|commercial|après-vente)>', '<(gerente|director[a]?|departamento|jefe|jefa|ejecutiv[oa]|representante) de ventas>',
  '<менеджер[а-я]* по продажам>', '<(отдел[а-я]*|директор[а-я]*) продаж>', '销售(经理|部|代表|主管|总监)', '<(مدير|مديرة|قسم|إدارة|ممثل) (ال)?مبيعات>',
];

/** The Committee's experts and secretariat: "Expert of the 1540 Committee", "эксперт Комитета 1540", "1540委员会专家组". */
const COMMITTEE_STAFF = [
  '<experts? (of|to) the (1540 committee|committee established pursuant to resolution 1540)', '<(group of experts|secretariat) of the 1540 committee>',
  '<experte?s? du comité 1540>', '<(groupe d.experts|secrétariat) du comité 1540>', '<expert[oa]s? del comité 1540>', '<(grupo de expertos|secretaría) del comité 1540>',
  '<эксперт[а-я]* комитета 1540>', '<(групп[а-я]* экспертов|секретариат[а-я]*) комитета 1540>', '1540委员会(专家|秘书处)', '(خبير|خبراء|فريق خبراء|أمانة) (ال)?لجنة 1540',
];

/**
 * The words before an organisation's name that make it the body a state's post deals with, not the post's employer: "to",
 * "for", "with", "auprès de", "pour", "ante", "para", "при", "с", "по", "驻", "与", "لدى", "مع".
 */
const DEALING_WITH = anyOf([
  '<(to|for|with|towards)( the)?$', "<(auprès (de|du|des)|pour|avec|vers)( l'| la| le| les)?$", '<(ante|para|con|hacia)( el| la| los| las)?$', '<(при|с|по связям с|по)$',
  '(驻|与|向|对|常驻)$', '<(لدى|مع|إلى|الى)$',
]);

const ORGANISATION_NAMED = anyOf([...ORGANISATION, ...COMMITTEE_STAFF, ...SALES], 'gu');

/**
 * Whether a person's post, the words beside their name up to their details, names an international organisation as the
 * body they serve: the organisation is named there, and not as the body the post deals with.
 */
export function servesAnotherOrganisation(post: string): boolean {
  const folded = fold(post);
  return [...folded.matchAll(ORGANISATION_NAMED)].some((m) => !DEALING_WITH.test(folded.slice(Math.max(0, m.index - 20), m.index).trimEnd()));
}
