/**
 * Who must act on a deadline of a Committee document, and its title: a first form of `concerns`
 * and `title` (extraction contract), read from the party the task names.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { utf8 } from './support/documents.js';

async function deadlinesOf(lines: string[]) {
  const text = ['Security Council Committee established pursuant to resolution 1540 (2004)', '10 February 2027', 'Programme of work of the Committee', ...lines].join('\n\n');
  return (await extractDocument({ bytes: utf8(text), fileName: 'programme.txt' })).deadlines;
}

describe('the party a Committee deadline concerns', () => {
  it.each([
    ['International organizations are invited to designate points of contact by 30 June 2027.', 'organizations'],
    ['The IAEA and the OPCW will present their assistance programmes by 30 April 2027.', 'organizations'],
    ['States are encouraged to submit their national reports by 31 May 2027.', 'states'],
    ['The Secretariat will update the reporting guide by 31 March 2027.', 'secretariat'],
    ['Le Secrétariat mettra à jour le guide de présentation des rapports avant le 31 mars 2027.', 'secretariat'],
    ['The Committee will submit its annual review to the Security Council before 31 December 2027.', 'committee'],
    ['The working groups will submit their workplans by 15 March 2027.', 'committee'],
    ['The Secretariat will circulate a compilation of practices shared by States and organizations by 31 May 2027.', 'secretariat'],
    ['Organizations are kindly requested to update the details of their contacts by 30 April 2027.', 'organizations'],
    ['委员会还请各国际、区域和次区域组织于2027年11月30日前向委员会通报有关活动。', 'organizations'],
    ['Комитет поручил Секретариату разместить сводную таблицу не позднее 30 июня 2027 года.', 'secretariat'],
    ['El Comité encargó a la Secretaría que distribuya la compilación a más tardar el 30 de junio de 2027.', 'secretariat'],
    ['The Committee tasked the Secretariat to post the compilation by 30 June 2027.', 'secretariat'],
    // Organizations as the subject after two phrases that open the sentence, each closed by its comma.
    ['In addition, and as in previous years, organizations are asked to report on their activities by 15 November 2027.', 'organizations'],
    ['En outre, et comme avant, les organisations sont priées de rendre compte de leurs activités avant le 15 novembre 2027.', 'organizations'],
    ['Además, y como en años anteriores, las organizaciones deberán informar sobre sus actividades a más tardar el 15 de noviembre de 2027.', 'organizations'],
    // Organizations as the subject, with a clause inserted before a verb in the perfect.
    ['Organizations, for their part, have been asked to report on their cooperation with the Committee by 31 March 2027.', 'organizations'],
    ['Les organisations, pour leur part, ont été priées de rendre compte de leur coopération avec le Comité avant le 31 mars 2027.', 'organizations'],
    ['Las organizaciones, por su parte, han sido invitadas a informar al Comité a más tardar el 31 de marzo de 2027.', 'organizations'],
    // Organizations invited by their full names, after the contraction of the preposition and the article ("al", "au").
    ['Se invita al Organismo Internacional de Energía Atómica a que comunique al Comité la asistencia que podría prestar a más tardar el 15 de septiembre de 2027.', 'organizations'],
    ["Le Comité invite l'Organisation pour l'interdiction des armes chimiques à lui communiquer son programme au plus tard le 15 septembre 2027.", 'organizations'],
    ['Комитет предлагает Международному агентству по атомной энергии сообщить о своей программе не позднее 15 сентября 2027 года.', 'organizations'],
    // A government invited to act is a State, whichever State it names.
    ['Se alienta al Gobierno de la República del Paraguay a que presente su plan de acción nacional a más tardar el 19 de diciembre de 2027.', 'states'],
    ['The Committee encourages the Government of Nepal to submit its national action plan by 19 December 2027.', 'states'],
    ['Le Comité encourage le Gouvernement du Népal à présenter son plan d’action national au plus tard le 19 décembre 2027.', 'states'],
    ['委员会鼓励尼泊尔政府于2027年12月19日前提交国家行动计划。', 'states'],
    // Organizations as the subject after a phrase that opens the sentence, restricted by a relative clause.
    ["Premièrement, les organisations qui ne l'ont pas encore fait sont priées de désigner un point de contact au plus tard le 30 juin 2027.", 'organizations'],
    ['Organizations that have not yet done so are invited to designate a point of contact by 30 June 2027.', 'organizations'],
    ['Por último, las organizaciones que aún no lo hayan hecho deberán designar un punto de contacto a más tardar el 30 de junio de 2027.', 'organizations'],
    // The Committee's request in the past, as the summary of a meeting reports it.
    ['En ese contexto, el Comité invitó a los Estados que aún no hayan designado un punto de contacto a hacerlo a más tardar el 31 de marzo de 2027.', 'states'],
    ['El Comité pidió a los Estados que presenten sus informes a más tardar el 31 de marzo de 2027.', 'states'],
    ['Комитет предложил государствам представить свои доклады не позднее 31 марта 2027 года.', 'states'],
    // A State in the singular, invited with its determiner.
    ['Second, the Committee invites every State that has not yet reported to submit its first report by 27 February 2027.', 'states'],
    ["Le Comité invite chaque État qui ne l'a pas encore fait à présenter son premier rapport avant le 27 février 2027.", 'states'],
    ['El Comité invita a cada Estado que aún no lo haya hecho a presentar su primer informe a más tardar el 27 de febrero de 2027.', 'states'],
    ['تدعو اللجنة كل دولة لم تقدم تقريرها الأول بعد إلى تقديمه بحلول 27 شباط/فبراير 2027.', 'states'],
    // "Takes this opportunity to" before the request: the Committee asks, the party it asks acts.
    ['The Committee also takes this opportunity to encourage States to update their information by 31 December 2027.', 'states'],
    ["Le Comité saisit cette occasion pour encourager les États à mettre à jour leurs informations avant le 31 décembre 2027.", 'states'],
    ['El Comité aprovecha esta oportunidad para invitar a los Estados a actualizar su información a más tardar el 31 de diciembre de 2027.', 'states'],
    ['Комитет пользуется этой возможностью, чтобы просить государства обновить информацию до 31 декабря 2027 года.', 'states'],
    ['委员会还借此机会鼓励各国于2027年12月31日前向委员会更新其执行资料。', 'states'],
    // A government the Committee asks with "请", its State's name between them.
    ['委员会请博茨瓦纳政府审查矩阵草案，并于2027年8月31日前提出意见。', 'states'],
    // A connective that ties the request to what came before, between the Committee and its verb or after the verb.
    ['The Committee therefore requests each State to designate a national point of contact by 31 July 2027.', 'states'],
    ["Le Comité invite donc chaque organisation à désigner un point de contact d'ici au 30 septembre 2027.", 'organizations'],
    ['El Comité invita por lo tanto a cada Estado a presentar su primer informe a más tardar el 27 de febrero de 2027.', 'states'],
    ['Комитет поэтому предлагает государствам представить свои доклады не позднее 31 марта 2027 года.', 'states'],
    ['ولذلك تدعو اللجنة كل دولة إلى تقديم تقريرها بحلول 27 شباط/فبراير 2027.', 'states'],
    // Organizations as the subject, restricted by a phrase with its preposition.
    ["Organizations on the Committee's list of assistance providers are requested to inform the Committee of any change by 15 May 2027.", 'organizations'],
    ["Les organisations inscrites sur la liste des prestataires d'assistance sont priées d'informer le Comité avant le 15 mai 2027.", 'organizations'],
    ['Las organizaciones de la lista de proveedores de asistencia deberán informar al Comité a más tardar el 15 de mayo de 2027.', 'organizations'],
    // The Arabic verb of transmitting, in the future, as the Committee's own task.
    ['وستحيل اللجنة المصفوفة المنقحة إلى البعثة الدائمة بحلول 31 تشرين الأول/أكتوبر 2027.', 'committee'],
    // The courteous request with two words inside it.
    ['Le Comité serait en outre reconnaissant aux organisations de lui faire parvenir un aperçu de leurs programmes avant le 31 octobre 2027.', 'organizations'],
    ['The Committee would therefore also be grateful if international organizations could send an overview of their programmes by 31 October 2027.', 'organizations'],
  ])('%s → %s', async (line, concerns) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ concerns });
  });

  it.each([
    'Nominations of up to two participants per State should reach the Secretariat by 30 June 2027.',
    'Заявки на участие должны поступить в Секретариат не позднее 30 июня 2027 года.',
    '参加者名单须于2027年6月30日前送达秘书处。',
  ])('does not give the Secretariat a thing that is to reach it: %s', async (line) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ date: '2027-06-30' });
    expect(deadline!.concerns).not.toBe('secretariat');
  });

  it('reads the lead column before a date cell whose own words open it ("ежегодно до", "no later than")', async () => {
    const deadlines = await deadlinesOf(['Задача\tИсполнитель\tСрок', 'Обновление перечня государств, предоставляющих помощь\tРабочая группа\tежегодно до 15 марта']);

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-03-15', concerns: 'committee' })]);
  });

  it('reads the lead column of a table row before the task the row describes', async () => {
    const deadlines = await deadlinesOf(['Deliverable\tLead\tDue', 'Circulate the revised reporting guide to States\tSecretariat\t15 May 2027']);

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-05-15', concerns: 'secretariat' })]);
  });
});

describe('the title of a Committee deadline', () => {
  it('is the task before its date, in whole words, with the date and its preposition dropped', async () => {
    const [deadline] = await deadlinesOf(['1. The Committee will submit its annual review to the Security Council before 31 December 2027.']);

    expect(deadline?.title).toBe('The Committee will submit its annual review to the Security Council');
    expect(deadline?.task).toContain('31 December 2027');
  });

  it('is cut at a word, never inside one, when the task is long', async () => {
    const long = `The Committee will ${'review the implementation of the resolution by the States and '.repeat(3)}report to the Council by 31 December 2027.`;

    const [deadline] = await deadlinesOf([long]);

    expect(deadline!.title.length).toBeLessThanOrEqual(91);
    expect(deadline!.title).toMatch(/ \w+…$/u);
    expect(long).toContain(deadline!.title.slice(0, -1));
  });
});

describe('the party a Committee letter addresses', () => {
  it.each([
    ['The Committee would be grateful if your Government could confirm its national point of contact by 30 June 2027.', 'states'],
    ['Le agradecería que su Gobierno hiciera llegar al Comité sus observaciones a más tardar el 30 de septiembre de 2027.', 'states'],
    ['委员会请贵国政府于2027年7月31日前审阅矩阵草案并提交意见。', 'states'],
    ['请贵组织于2027年9月30日前向委员会提供联络人信息。', 'organizations'],
    ['请尚未提交补充资料的国家于2027年9月30日前提交新资料。', 'states'],
    ['委员会谨请尚未指定联络人的组织于2027年7月31日前将联络人信息告知委员会秘书处。', 'organizations'],
    ['委员会计划于2027年10月底前完成矩阵核准，并在征得有关国家同意后公布。', 'committee'],
  ])('%s → %s', async (line, concerns) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ concerns });
  });
});

describe('the Committee\'s own bodies as the subject of a task', () => {
  it.each([
    ['Группа экспертов ежегодно, до конца апреля, направляет государствам проекты обновленных матриц.', 'committee'],
    ['By the end of March each year, the working group on assistance will review, together with the Office for Disarmament Affairs, the list of providers.', 'committee'],
    ['The Committee further reminds States of their undertaking to report by 31 January of every year.', 'states'],
    ['ثانيا، ترجو اللجنة من المنظمات الدولية أن تقدم معلومات محدثة قبل 30 أيلول/سبتمبر 2027.', 'organizations'],
    ['委员会秘书处将于2027年10月底前汇编并分发收到的资料。', 'secretariat'],
    // A body numbered by an ordinal is a subject still, whatever else the sentence names.
    ['第二工作组应在2027年7月底前就加强与国际组织合作提出建议。', 'committee'],
    ['The second working group will submit recommendations on cooperation with international organizations by 31 July 2027.', 'committee'],
    ['Вторая рабочая группа представит рекомендации о сотрудничестве с международными организациями до 31 июля 2027 года.', 'committee'],
    // A body described by what it is in charge of is still the subject, whatever party that description names.
    ["Troisièmement, le groupe de travail chargé de la coopération avec les organisations internationales présentera ses recommandations au Comité avant le 30 juin 2027.", 'committee'],
    ['Por último, el grupo de trabajo encargado de la cooperación con las organizaciones internacionales presentará sus recomendaciones a más tardar el 30 de junio de 2027.', 'committee'],
    ['Finally, the working group tasked with cooperation with international organizations will submit its recommendations by 30 June 2027.', 'committee'],
    // An Arabic item's label ("رابعاً:") opens the clause: the verb after it has its subject next.
    ['رابعاً: يقدم الفريق العامل المعني بالتعاون مع المنظمات الدولية تقريراً إلى اللجنة بحلول 30 حزيران/يونيه 2027.', 'committee'],
    ['ثانياً: تُبلغ المنظمات الدولية والإقليمية اللجنةَ ببرامج المساعدة التي تنفذها بحلول 31 آذار/مارس 2027.', 'organizations'],
    // After "أن" the verb's subject is the party invited before it: the Secretariat is told.
    ['تدعو اللجنة الدول إلى أن تبلغ الأمانة بجهات الاتصال بحلول 31 آذار/مارس 2027.', 'states'],
  ])('%s → %s', async (line, concerns) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ concerns });
  });

  it('gives a clause whose subject is the Group of Experts its own deadline on the date that opens the sentence', async () => {
    const deadlines = await deadlinesOf(['By 30 April 2027, the Office for Disarmament Affairs will update the list of providers, and the Group of Experts will submit to the Committee a review of pending requests.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-04-30', 'secretariat'], ['2027-04-30', 'committee']]);
  });
});

describe('a State named by its name as the subject of a task', () => {
  it.each([
    ['(b) Nepal will send its comments on the draft report to the Committee by 30 June 2027.'],
    ['b) Le Népal transmettra au Comité ses observations sur le projet de rapport au plus tard le 30 juin 2027.'],
    ['(b) Nepal enviará al Comité sus observaciones sobre el proyecto de informe a más tardar el 30 de junio de 2027.'],
    ['б) Непал направит Комитету свои замечания по проекту доклада не позднее 30 июня 2027 года.'],
    ['（b）尼泊尔应于2027年6月30日前向委员会提交对报告草稿的评论。'],
    ['(ب) توافي نيبال اللجنة بتعليقاتها على مشروع التقرير في موعد لا يتجاوز 30 حزيران/يونيه 2027؛'],
  ])('gives the task to States, not to the Committee it is sent to: %s', async (line) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ date: '2027-06-30', concerns: 'states' });
  });

  it('leaves a task whose subject is the Committee\'s body the Committee\'s, though it names the State it goes to', async () => {
    const [deadline] = await deadlinesOf(['(a) The Group of Experts will send the draft report to the authorities of Nepal by 30 April 2027.']);

    expect(deadline).toMatchObject({ date: '2027-04-30', concerns: 'committee' });
  });
});

describe('a body that urges a party', () => {
  it('gives the task to the States the Committee urges with 促请 (zh)', async () => {
    const [deadline] = await deadlinesOf(['委员会促请尚未提交报告的国家于2027年6月30日前提交首次报告。']);

    expect(deadline).toMatchObject({ date: '2027-06-30', concerns: 'states' });
  });

  it.each([
    ['en', 'The Committee once more calls upon the States that have not yet reported to submit their first reports by 30 June 2027.'],
    ['fr', 'Le Comité continuera d\'inviter les États qui n\'ont pas encore fait rapport à le faire avant le 30 juin 2027.'],
    ['es', 'El Comité seguirá exhortando a los Estados que aún no lo han hecho a que presenten sus informes a más tardar el 30 de junio de 2027.'],
    ['ru', 'Комитет будет и впредь предлагать государствам, которые еще не представили доклады, сделать это не позднее 30 июня 2027 года.'],
    ['zh', '委员会十分关注尚未提交报告的国家，请这些国家于2027年6月30日前提交首次报告。'],
  ])('gives the task to the party asked, where words part the Committee from its request (%s)', async (_language, line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-06-30', 'states']]);
  });

  it.each([
    ['zh', '委员会将继续敦促尚未指定联络人的国家在2027年6月30日前指定联络人。', 'states'],
    ['zh', '委员会还将鼓励尚未提交方案的区域组织在2027年6月30日前提交方案。', 'organizations'],
    ['ar', 'ستواصل اللجنة حث الدول التي لم تعين جهات اتصال على تعيينها في موعد أقصاه 30 حزيران/يونيه 2027.', 'states'],
  ])('gives the task to the party urged after words that part the Committee from its request, a relative clause before its head (%s)', async (_language, line, party) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-06-30', party]]);
  });

  it('leaves the Committee\'s own task its own where the party it names is the one it writes to', async () => {
    const deadlines = await deadlinesOf(['The Committee will once more send the draft matrices to the States concerned by 30 June 2027.']);

    expect(deadlines.map((d) => d.concerns)).toEqual(['committee']);
  });
});

describe('two parties joined as the subject of one task', () => {
  it.each([
    ['Member States and international and regional organizations wishing to take part are asked to send their nominees by 17 April 2027.'],
    ['Les États et les organisations régionales qui souhaitent participer communiqueront leurs candidats avant le 17 avril 2027.'],
    ['Los Estados y las organizaciones regionales que deseen participar comunicarán sus candidatos a más tardar el 17 de abril de 2027.'],
    ['Государства и международные организации, желающие принять участие, сообщают об этом Секретариату до 17 апреля 2027 года.'],
    ['请各会员国和国际及区域组织于2027年4月17日前提交候选人名单。'],
    ['تقدم الدول والمنظمات الإقليمية أسماء مرشحيها في موعد أقصاه 17 نيسان/أبريل 2027.'],
  ])('gives each its own deadline on the date: %s', async (line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-04-17', 'states'], ['2027-04-17', 'organizations']]);
  });

  it('gives none to a party the first one sends the task to', async () => {
    const deadlines = await deadlinesOf(['The Secretariat will circulate the template to States and organizations by 17 April 2027.']);

    expect(deadlines.map((d) => d.concerns)).toEqual(['secretariat']);
  });
});

describe('a request made as a noun, and the date a relative clause takes up', () => {
  it.each([
    ['El Comité hizo un llamamiento a los Estados para que presenten sus informes a más tardar el 30 de junio de 2027, fecha en la que también las organizaciones regionales deberán confirmar sus puntos de contacto.'],
    ['Le Comité a lancé un appel aux États pour qu\'ils présentent leurs rapports au plus tard le 30 juin 2027, date à laquelle les organisations régionales devront aussi confirmer leurs points de contact.'],
    ['The Committee made an appeal to States to submit their reports by 30 June 2027, a date by which regional organizations should also confirm their points of contact.'],
    ['Комитет обратился с призывом к государствам представить доклады не позднее 30 июня 2027 года — срок, к которому региональные организации также должны подтвердить свои контактные пункты.'],
  ])('gives the date to the party called upon and to the party of the relative clause: %s', async (line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-06-30', 'states'], ['2027-06-30', 'organizations']]);
  });
});

describe('the items of a list its lead-in addresses to a party', () => {
  it.each([
    ['Le Comité invite votre organisation à :', "- désigner ou confirmer, d'ici au 31 mars 2027, un point de contact ;", '- transmettre chaque année, au plus tard le 15 novembre, un bref rapport.'],
    ['The Committee requests international organizations to:', '- designate a point of contact by 31 March 2027;', '- send a short report by 15 November of each year.'],
    ['Комитет предлагает международным организациям:', '- назначить контактное лицо до 31 марта 2027 года;', '- ежегодно до 15 ноября направлять краткий доклад.'],
    ['委员会请各国际组织：', '- 应于2027年3月31日前指定联络人；', '- 每年11月15日前提交简要报告。'],
  ])('gives each item that names no party to the party of the lead-in: %s', async (leadIn, ...items) => {
    const deadlines = await deadlinesOf([[leadIn, ...items].join('\n')]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-03-31', 'organizations'], ['2027-11-15', 'organizations']]);
  });
});

describe('a lead-in that holds only its limit', () => {
  it.each([
    ['en', ['4. By 31 March 2027:', '(a) regional organizations confirm their points of contact to the Committee;', '(b) States that have no point of contact yet designate one.']],
    ['fr', ['4. D\'ici au 31 mars 2027 :', 'a) les organisations régionales confirment leurs points de contact au Comité ;', 'b) les États qui n\'ont pas encore de point de contact en désignent un.']],
    ['es', ['4. Antes del 31 de marzo de 2027:', 'a) las organizaciones regionales confirman sus puntos de contacto al Comité;', 'b) los Estados que aún no tienen punto de contacto designan uno.']],
    ['ru', ['4. До 31 марта 2027 года:', 'а) региональные организации подтверждают Комитету своих координаторов;', 'б) государства, у которых еще нет координатора, назначают его.']],
    ['zh', ['四、2027年3月31日前：', '（a）各区域组织向委员会确认其联络点；', '（b）尚无联络点的国家应指定联络点。']],
  ])('gives each item under it a deadline on its date, for the party the item names (%s)', async (_language, lines) => {
    const deadlines = await deadlinesOf([lines.join('\n')]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-03-31', 'organizations'], ['2027-03-31', 'states']]);
  });

  it('gives none to a lead-in with its limit whose lines below are not its items', async () => {
    const deadlines = await deadlinesOf(['4. By 31 March 2027:', '5. The Committee welcomes the regional workshops held in 2026.']);

    expect(deadlines).toEqual([]);
  });
});

describe('informing by a date in Chinese', () => {
  it.each([
    ['请尚未告知联络点的区域组织于2027年4月15日前向委员会告知其联络点。'],
    ['请各区域组织于2027年4月15日前将其联络点知会委员会。'],
  ])('is a task of the party asked: %s', async (line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-04-15', 'organizations']]);
  });
});

describe('a Chinese party asked as the topic of its request', () => {
  it.each([
    ['请各区域组织于2027年4月15日前提交报告。其他国家亦请于同一日期前提交补充资料。', [['2027-04-15', 'organizations'], ['2027-04-15', 'states']]],
    ['委员会将于2027年4月15日前审议报告。相关组织也请于同一日期前提交评论意见。', [['2027-04-15', 'committee'], ['2027-04-15', 'organizations']]],
  ])('gives the task to the party before 请: %s', async (line, expected) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual(expected);
  });
});

describe('considering a matter by a month\'s end', () => {
  it.each([
    ['en', 'The Working Group on Assistance will consider the pending requests by the end of September 2027.'],
    ['ar', '(ج) ينظر الفريق العامل المعني بالمساعدة، بحلول نهاية أيلول/سبتمبر 2027، في طلبات المساعدة المعلقة.'],
  ])('is a task of the Committee\'s body (%s)', async (_language, line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.precision, d.concerns])).toEqual([['2027-09-30', 'month', 'committee']]);
  });
});

describe('a party entrusted in the Russian impersonal passive', () => {
  it.each([
    ['Управлению по вопросам разоружения поручено до 20 мая 2027 года обновить перечень предложений о помощи.', 'secretariat'],
    ['Секретариату предлагается не позднее 20 мая 2027 года разослать членам сводную таблицу.', 'secretariat'],
  ])('is the party that acts, though named in the dative (%s)', async (line, party) => {
    expect((await deadlinesOf([line])).map((d) => [d.date, d.concerns])).toEqual([['2027-05-20', party]]);
  });

  it('leaves a dative after an active verb the recipient', async () => {
    expect((await deadlinesOf(['Группа экспертов направит Секретариату свои замечания не позднее 20 мая 2027 года.'])).map((d) => d.concerns)).toEqual(['committee']);
  });
});

describe('the Office for Disarmament Affairs with the United Nations inside its name', () => {
  it.each([
    ['ru', 'Управление Организации Объединенных Наций по вопросам разоружения опубликует обновленный справочник не позднее 20 мая 2027 года.'],
    ['ar', 'وسينشر مكتب الأمم المتحدة لشؤون نزع السلاح الدليل المحدث بحلول 20 أيار/مايو 2027.'],
  ])('is the Secretariat (%s)', async (_language, line) => {
    expect((await deadlinesOf([line])).map((d) => [d.date, d.concerns])).toEqual([['2027-05-20', 'secretariat']]);
  });
});

describe('a duty placed in a month of each year', () => {
  it('reads the French "au mois de" of each year as the month a duty is done in', async () => {
    const deadlines = await deadlinesOf(['Le groupe de travail examine chaque année, au mois de septembre, les offres d\'assistance reçues.']);

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([['2027-09-30', 'month', 'yearly', 'committee']]);
  });

  it('reads "每年12月底" broken before its "前" as the end of December of each year', async () => {
    const deadlines = await deadlinesOf(['委员会鼓励各国每年12月底\n前向委员会更新其执行资料。']);

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([['2027-12-31', 'month', 'yearly', 'states']]);
  });

  it('reads "每年12月" as the month of each year', async () => {
    const deadlines = await deadlinesOf(['秘书处每年12月向委员会提交外联活动年度报告。']);

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([['2027-12-31', 'month', 'yearly', 'secretariat']]);
  });
});

describe('the party a run-in head names', () => {
  it('gives a sentence that names no party to the party heading its paragraph', async () => {
    const deadlines = await deadlinesOf(['Bureau des affaires de désarmement. Sur la base des réponses reçues, il publiera la liste actualisée des offres d\'assistance d\'ici à la fin de juillet 2027.']);

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-07-31', concerns: 'secretariat' })]);
  });

  it('reads the head that a hard wrap cut off as a paragraph of its own', async () => {
    const deadlines = await deadlinesOf(['Organisations internationales et régionales.', 'Elles sont priées de faire connaître au Comité, d\'ici au 13 juin 2027, le nom de leur point de contact.']);

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-06-13', concerns: 'organizations' })]);
  });
});

describe('the party of a task in a list or a note', () => {
  it.each([
    ['1/ The group of experts is to send updated draft matrices to 40 States by 15 May 2027.', 'committee'],
    ['يرجى من المنظمات التي تلقت طلبات من الدول أن تقدم ملاحظاتها بحلول 30 أيلول/سبتمبر 2027.', 'organizations'],
    ['请有关国家于2027年4月30日前就矩阵草案提出意见。', 'states'],
  ])('%s → %s', async (line, concerns) => {
    const [deadline] = await deadlinesOf([line]);

    expect(deadline).toMatchObject({ concerns });
  });

  it.each([
    [['3. The Committee agreed that international organizations would carry out the following tasks:', '(a) send the Committee a summary of their assistance programmes by 31 January each year;', '(b) update the details of their points of contact by the end of June each year.']],
    [['3 - وتيسيرا للتعاون، اتفقت اللجنة على أن تضطلع المنظمات بالمهام التالية:', '(أ) موافاة اللجنة، بحلول 31 كانون الثاني/يناير من كل عام، بموجز عن برامج المساعدة؛', '(ب) تحديث بيانات جهات الاتصال في نهاية حزيران/يونيه من كل سنة، وإبلاغ أمانة اللجنة بأي تغيير.']],
  ])('gives the items that name no party to the party their lead-in names last: %s', async (lines) => {
    const deadlines = await deadlinesOf(lines);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2028-01-31', 'organizations'], ['2027-06-30', 'organizations']]);
  });

  it.each([
    ['States are invited to submit their reports by 30 April 2027 and, by the same date, to inform the Secretariat of any change in their points of contact.'],
    ['请各国于2027年4月30日前提出意见，并于同一日期前指定联络人，并将其姓名告知委员会秘书处。'],
  ])('reads the party a second task informs as told, not acting: %s', async (line) => {
    const deadlines = await deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-04-30', 'states'], ['2027-04-30', 'states']]);
  });
});

describe('a second task tied to the same limit', () => {
  it('reads "к этой же дате" as the limit of the sentence before, for the party the second sentence names', async () => {
    const deadlines = await deadlinesOf(['К 31 марта 2027 года Секретариат обновляет сводный перечень контактных лиц. К этой же дате Группа экспертов готовит сводный анализ просьб о помощи.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2027-03-31', 'secretariat'], ['2027-03-31', 'committee']]);
  });
});

describe('a request of a Chair\'s letter that names no one', () => {
  const letter = (title: string, request: string) => ['Security Council Committee established pursuant to resolution 1540 (2004)', title, request].join('\n\n');

  it.each([
    ['Letter dated 2 February 2027 from the Chair of the Committee addressed to the heads of international and regional organizations', 'The Committee would like to receive from each of them, by 30 September 2027, a short note on their activities.', 'organizations'],
    ['Lettre datée du 2 février 2027, adressée aux chefs des organisations internationales et régionales par le Président du Comité', 'Le Comité souhaiterait recevoir de chacune d\'elles, au plus tard le 30 septembre 2027, une brève note sur leurs activités.', 'organizations'],
    ['Письмо Председателя Комитета от 2 февраля 2027 года на имя постоянных представителей государств-членов', 'Комитет хотел бы получить от каждого из них не позднее 30 сентября 2027 года краткую записку о принятых мерах.', 'states'],
    // The courteous formula asks its subject to act, named by the bare noun: the letter's addressees.
    ['Lettre datée du 2 février 2027, adressée aux chefs des organisations internationales et régionales par le Président du Comité', 'Les organisations qui ne l\'ont pas encore fait voudront bien faire parvenir au Comité, au plus tard le 30 septembre 2027, une brève description de leurs programmes.', 'organizations'],
    ['Carta de fecha 2 de febrero de 2027 dirigida a los jefes de las organizaciones internacionales y regionales por la Presidencia del Comité', 'Las organizaciones que aún no lo hayan hecho tengan a bien hacer llegar al Comité, a más tardar el 30 de septiembre de 2027, una breve descripción de sus programas.', 'organizations'],
  ])('is made to the addressees its title names: %s', async (title, request, concerns) => {
    const { deadlines } = await extractDocument({ bytes: utf8(letter(title, request)), fileName: 'letter.txt' });

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-09-30', concerns })]);
  });

  it('is the Committee\'s own in a text that is no letter', async () => {
    const text = ['Security Council Committee established pursuant to resolution 1540 (2004)', '10 February 2027', 'Programme of work of the Committee', 'The Committee would like to receive the final report of the group of experts by 30 September 2027.'].join('\n\n');
    const { deadlines } = await extractDocument({ bytes: utf8(text), fileName: 'programme.txt' });

    expect(deadlines).toEqual([expect.objectContaining({ date: '2027-09-30', concerns: 'committee' })]);
  });
});

describe('a request whose object is a pronoun', () => {
  it.each([
    ['The Committee decided to write to the States that have not yet reported to ask them to submit a first report by 30 June 2027.', 'states'],
    ["Le Comité a décidé de s'adresser aux États qui ne l'ont pas encore fait pour leur demander de présenter leur premier rapport avant le 30 juin 2027.", 'states'],
    ['El Comité acordó dirigirse a los Estados que aún no lo han hecho para pedirles que presenten su primer informe antes del 30 de junio de 2027.', 'states'],
    ['Комитет решил обратиться к государствам, которые еще не представили доклад, с просьбой представить первый доклад не позднее 30 июня 2027 года.', 'states'],
    ['委员会决定致函尚未提交报告的国家，请其于2027年6月30日前提交首次报告。', 'states'],
    ['وقررت اللجنة مخاطبة الدول التي لم تقدم تقاريرها بعد لتطلب إليها تقديم تقريرها الأول في موعد أقصاه 30 حزيران/يونيه 2027.', 'states'],
    ['The Committee will write to the Secretariat to ask it to publish the list by 30 June 2027.', 'secretariat'],
  ])('gives the task to the party the Committee addresses, the pronoun pointing back to it: %s', async (sentence, party) => {
    expect((await deadlinesOf([sentence])).map((d) => [d.date, d.concerns])).toEqual([['2027-06-30', party]]);
  });
});

describe('the subject of a clause that a main clause with no party opens', () => {
  it.each([
    ['It is expected that organizations will send their updated programmes to the Committee by 31 May 2027.', 'organizations'],
    ['Il est prévu que les organisations fassent parvenir leurs programmes mis à jour au Comité avant le 31 mai 2027.', 'organizations'],
    ['Se espera que las organizaciones envíen sus programas actualizados al Comité a más tardar el 31 de mayo de 2027.', 'organizations'],
    ['Предполагается, что организации направят Комитету обновленные программы не позднее 31 мая 2027 года.', 'organizations'],
    // Arabic puts the verb first, right after "أن", and its subject next; with two parties after it, the first acts.
    ['ومن المتوقع أن ترسل المنظمات برامجها المحدثة في موعد أقصاه 31 أيار/مايو 2027.', 'organizations'],
    ['ومن المتوقع أن تخطر المنظمات اللجنة بأنشطتها في موعد أقصاه 31 أيار/مايو 2027.', 'organizations'],
    ['ومن المتوقع أن تبلغ الأمانة اللجنة بما تلقته من ردود في موعد أقصاه 31 أيار/مايو 2027.', 'secretariat'],
    ['واتفقت اللجنة على أن ترسل المنظمات برامجها المحدثة في موعد أقصاه 31 أيار/مايو 2027.', 'organizations'],
  ])('is the party that acts: %s', async (sentence, party) => {
    expect((await deadlinesOf([sentence])).map((d) => [d.date, d.concerns])).toEqual([['2027-05-31', party]]);
  });

  it('leaves the party after a verb of informing with no other party its recipient', async () => {
    const sentence = 'وتدعو اللجنة الدول إلى أن تخطر الأمانة بجهات الاتصال في موعد أقصاه 31 أيار/مايو 2027.';
    expect((await deadlinesOf([sentence])).map((d) => [d.date, d.concerns])).toEqual([['2027-05-31', 'states']]);
  });
});
