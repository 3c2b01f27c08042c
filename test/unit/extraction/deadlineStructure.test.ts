/**
 * Deadlines read from how a sentence or a layout is built, in wording the corpora do not use: a task
 * that follows its date, the party a Committee invites (after the preposition its language puts
 * there), both ends of a period, a month-only Arabic date, a phrase a hard wrap broke before a
 * lower-case word, a sentence that ends with a year, and the month a bulletin is dated by.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extraction/detection/dates.js';
import { detectDeadlines } from '../../../shared/extraction/detection/deadlines.js';
import { detectDocumentDate } from '../../../shared/extraction/detection/documentDate.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { readPlainText } from '../../../shared/extraction/readers/textReader.js';
import { utf8 } from './support/documents.js';

const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const deadlinesOf = (lines: string[], documentDate: string | null = '2030-02-01') => detectDeadlines(unitsOf(lines), documentDate);

describe('deadlines from the structure of a sentence', () => {
  it('takes the task and its party after the date when nothing before it is a task', () => {
    const [deadline] = deadlinesOf(['En esa misma fecha, 15 de mayo de 2030, el Comité pide a las organizaciones regionales que actualicen sus listas de contacto.']);

    expect(deadline?.concerns).toBe('organizations');
    expect(deadline?.title).toMatch(/^El Comité pide a las organizaciones regionales/u);
  });

  it.each([
    ['El Comité alienta a los Estados a que presenten sus planes de acción a más tardar el 15 de mayo de 2030.', 'states'],
    ['Le Comité invite les États à lui communiquer leurs observations avant le 15 mai 2030.', 'states'],
    ['The Committee requests the regional organizations to nominate liaison officers by 15 May 2030.', 'organizations'],
    // Organizations named by the bare noun, after an adverb, a determiner, a courteous request or (Arabic) the Committee as subject.
    ['Le Comité serait donc reconnaissant aux organisations de désigner un point de contact au plus tard le 15 mai 2030.', 'organizations'],
    ['Le Comité invite en outre chaque organisation à lui décrire ses programmes d\'assistance d\'ici au 15 mai 2030.', 'organizations'],
    ['The Committee invites each organization to designate a point of contact by 15 May 2030.', 'organizations'],
    ['El Comité invita además a cada organización a que designe un punto de contacto a más tardar el 15 de mayo de 2030.', 'organizations'],
    ['Комитет был бы весьма признателен организациям, если бы они назначили контактных лиц не позднее 15 мая 2030 года.', 'organizations'],
    ['委员会邀请每个组织于2030年5月15日前指定联络点。', 'organizations'],
    ['تدعو اللجنة أيضا المنظمات إلى تعيين جهات اتصال في موعد أقصاه 15 أيار/مايو 2030.', 'organizations'],
    ['The Committee will publish the list of civil society organizations by 15 May 2030.', 'committee'],
  ])('makes the invited party the one that acts: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual([party]);
  });

  it.each([
    ['Je vous saurais gré de bien vouloir désigner le point de contact national de votre pays d\'ici au 15 mai 2030.'],
    ['Le agradecería que su Gobierno hiciera llegar sus observaciones a más tardar el 15 de mayo de 2030.'],
    ['I should be grateful if your Government would designate its national point of contact by 15 May 2030.'],
  ])('gives a Chair\'s request to the reader\'s country or Government to the States: %s', (sentence) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual(['states']);
  });

  it('ends a sentence at a year followed by a capital, so that each sentence keeps its own task', () => {
    const deadlines = deadlinesOf(['States are invited to report by 15 May 2030. By the same date, 15 May 2030, the Secretariat will circulate the list of experts.']);

    expect(deadlines.map((d) => d.concerns)).toEqual(['states', 'secretariat']);
  });

  it.each([
    ['Se invita a los Estados a que presenten sus observaciones a más tardar el 15 de mayo de 2030. Se ruega asimismo a las organizaciones regionales que remitan, en la misma fecha, sus listas de expertos.', ['states', 'organizations']],
    ['Государствам предлагается представить замечания не позднее 15 мая 2030 года и в тот же срок сообщить о потребностях в помощи.', ['states', 'states']],
    ['States are asked to confirm their contacts by 15 May 2030; the Secretariat will, by the same date, update the directory.', ['states', 'secretariat']],
  ])('reads a second task tied to the same limit by words as its own deadline: %s', (sentence, parties) => {
    const deadlines = deadlinesOf([sentence]);

    expect(deadlines.map((d) => d.date)).toEqual(['2030-05-15', '2030-05-15']);
    expect(deadlines.map((d) => d.concerns)).toEqual(parties);
  });

  it.each([
    ['Les États sont priés de faire parvenir leurs contributions au Comité le 15 mai 2030 au plus tard.', 'states'],
    ['Member States wishing to contribute are asked to share their practices no later than 15 May 2030.', 'states'],
    ['Управление по вопросам разоружения опубликует обновленный перечень до конца мая 2030 года.', 'secretariat'],
  ])('needs no listed task verb where the limit is firm or a party is asked: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual([party]);
  });

  it('reads the end of a mandate extended far before its date as no deadline, though a task follows', () => {
    expect(deadlinesOf(['Резолюцией 2663 (2022) Совет Безопасности продлил мандат Комитета, учрежденного резолюцией 1540 (2004), до 30 ноября 2032 года и вновь призвал государства назначить национальные контактные пункты.'])).toEqual([]);
  });

  it('reads the end of a mandate, extended before a request, as no deadline', () => {
    expect(deadlinesOf(['Совет Безопасности продлил мандат Комитета до 30 ноября 2032 года и просил Комитет утвердить программу работы.'])).toEqual([]);
  });

  it.each([
    ["Le Comité a rappelé que le Conseil de sécurité a prorogé son mandat jusqu'au 30 novembre 2032 et a encouragé les organisations à renforcer leur coopération."],
    ['The Committee recalled that the Security Council extended its mandate until 30 November 2032 and encouraged organizations to strengthen their cooperation.'],
    ['El Comité recordó que el Consejo de Seguridad prorrogó su mandato hasta el 30 de noviembre de 2032 y alentó a las organizaciones a reforzar su cooperación.'],
  ])('reads the end of a mandate named with its possessive as no deadline: %s', (sentence) => {
    expect(deadlinesOf([sentence])).toEqual([]);
  });

  it.each([
    ["Les États sont invités à tenir compte du mandat du Comité, qui court jusqu'au 30 novembre 2032."],
    ['The States are invited to take into account the mandate of the Committee, which expires by 30 November 2032.'],
    ['Se invita a los Estados a tener en cuenta el mandato del Comité, que vence el 30 de noviembre de 2032.'],
    ['Государствам предлагается учитывать мандат Комитета, который действует до 30 ноября 2032 года.'],
    ['请各国考虑到委员会的任务期限至2032年11月30日。'],
    ['وتدعو اللجنة الدول إلى مراعاة ولاية اللجنة التي تنتهي في 30 تشرين الثاني/نوفمبر 2032.'],
  ])('reads the end of a mandate that runs to its date as no deadline, whatever limit word stands before it: %s', (sentence) => {
    expect(deadlinesOf([sentence])).toEqual([]);
  });

  it('reads neither end of a period joined by "y el" as a deadline', () => {
    expect(deadlinesOf(['El informe examina el período comprendido entre el 1 de marzo y el 30 de septiembre de 2030.'])).toEqual([]);
  });

  it('gives the Chinese task written after its date as the title', () => {
    const [deadline] = deadlinesOf(['请各会员国于2030年5月15日前就专家名单提出意见。']);

    expect([deadline?.concerns, deadline?.title]).toEqual(['states', '请各会员国就专家名单提出意见']);
  });

  it('drops an inserted clause that says how, before the task\'s verb, from a long title', () => {
    const [deadline] = deadlinesOf(['La Secretaría, con el apoyo de los expertos y de la Oficina de Asuntos de Desarme, transmitirá al Comité, a más tardar el 15 de mayo de 2030, el proyecto de calendario de visitas.']);

    expect(deadline?.title).toBe('La Secretaría transmitirá al Comité el proyecto de calendario de visitas');
  });

  it('completes a title that names only the party with the verb written after the date', () => {
    const [deadline] = deadlinesOf(['Государствам-членам предлагается не позднее 15 мая 2030 года проинформировать Комитет о назначенных контактных лицах.']);

    expect(deadline?.title).toBe('Государствам-членам предлагается проинформировать Комитет о назначенных контактных лицах');
  });

  it('drops the Arabic words that introduce a date from a title', () => {
    const [deadline] = deadlinesOf(['تقدم الأمانة العامة قائمة الخبراء إلى اللجنة في موعد أقصاه 15 أيار/مايو 2030.']);

    expect(deadline?.title).toBe('تقدم الأمانة العامة قائمة الخبراء إلى اللجنة');
  });
});

describe('a date cell that says, after a comma, that it recurs', () => {
  it.each([
    ['en', 'Annual review, submitted to the Security Council\tCommittee\t31 December, each year'],
    ['fr', 'Examen annuel, présenté au Conseil de sécurité\tComité\t31 décembre, chaque année'],
    ['es', 'Examen anual, presentado al Consejo de Seguridad\tComité\t31 de diciembre, cada año'],
    ['ru', 'Ежегодный обзор, представляемый Совету Безопасности\tКомитет\t31 декабря, ежегодно'],
    ['ar', 'الاستعراض السنوي المقدم إلى مجلس الأمن\tاللجنة\t31 كانون الأول/ديسمبر، كل عام'],
  ])('ends its table row, as a yearly deadline (%s)', (_language, row) => {
    const deadlines = deadlinesOf(['Task\tResponsible\tDate', row]);

    expect(deadlines.map((d) => [d.date, d.recurrence])).toEqual([['2030-12-31', 'yearly']]);
  });

  it('reads an Arabic day and month without their year up to the comma after them', () => {
    expect(findDates('31 كانون الأول/ديسمبر، كل عام')).toMatchObject([{ start: 0, end: 21, year: null, month: 12, day: 31 }]);
  });
});

describe('deadlines across layouts', () => {
  it('finds an Arabic month with no day, by both of its names, each year', () => {
    expect(findDates('في تشرين الثاني/نوفمبر من كل عام')).toMatchObject([{ year: null, month: 11, day: null }]);
    const [deadline] = deadlinesOf(['تقدم اللجنة تقريرها إلى المجلس في تشرين الثاني/نوفمبر من كل عام.']);

    expect([deadline?.date, deadline?.recurrence]).toEqual(['2030-11-30', 'yearly']);
  });

  it('joins a line broken before a lower-case word, so the date keeps its preposition', () => {
    const deadlines = deadlinesOf(['7. Рабочая группа ежегодно в', 'сентябре представляет Комитету доклад о помощи.']);

    expect(deadlines.map((d) => [d.date, d.recurrence])).toEqual([['2030-09-30', 'yearly']]);
  });

  it('joins a numbered Chinese item broken inside its yearly phrase', () => {
    const deadlines = deadlinesOf(['5. 秘书处每年 9 月', '底前向委员会提交援助情况报告。']);

    expect(deadlines.map((d) => [d.date, d.concerns, d.recurrence])).toEqual([['2030-09-30', 'secretariat', 'yearly']]);
  });

  it('joins every line of a Chinese paragraph hard-wrapped past its date, so the task after the date stays with it', () => {
    const deadlines = deadlinesOf(['9. 委员会应遵照有关决议的要求，于每年', '11 月底前就第 1540(2004)', '号决议的执行情况向安全理事会提交年度审查。']);

    expect(deadlines.map((d) => [d.date, d.concerns, d.recurrence])).toEqual([['2030-11-30', 'committee', 'yearly']]);
  });

  it('counts a yearly task from the letter\'s date, not from the adoption of a resolution its first sentence names', () => {
    const deadlines = deadlinesOf(['J\'ai l\'honneur de vous écrire au sujet de la résolution 1540 (2004), adoptée le 28 avril 2004, et des demandes que le Comité adresse aux États Membres.', 'Le Comité, comme chaque année, présente son examen annuel au Conseil de sécurité avant la fin du mois de décembre.']);

    expect(deadlines.map((d) => [d.date, d.recurrence])).toEqual([['2030-12-31', 'yearly']]);
  });

  it('counts the tasks of a bulletin dated by month from that month: earlier events are no deadlines', () => {
    const deadlines = deadlinesOf(['1540 Committee bulletin', 'Issue 4, October 2030', 'On 12 September 2030 the Committee reviewed the reports submitted by States.', 'States are invited to submit their reports by 15 December 2030.'], null);

    expect(deadlines.map((d) => d.date)).toEqual(['2030-12-15']);
  });

  it('reads no deadline in the issue line of a bulletin dated by month, though its name reads like a task', () => {
    const deadlines = deadlinesOf([
      'Information bulletin of the Committee no 21 - October 2030',
      '',
      'The Committee continued during the quarter its review of the national reports and of the matrices.',
      '',
      'States are invited to submit their reports to the Committee by 15 December 2030 at the latest.',
    ], null);

    expect(deadlines.map((d) => d.date)).toEqual(['2030-12-15']);
  });
});

describe('the document date', () => {
  it('reads the letter date under a UN header whose columns share a line', () => {
    const text = ['United Nations    S/AC.44/2030/3', 'Security Council    Distr.: General 20 March 2030    Original: French', 'Note verbale dated 11 March 2030 from the Permanent Mission of Gabon addressed to the Chair of the Committee'].join('\n');

    expect(detectDocumentDate(text)).toBe('2030-03-11');
  });

  it('takes the approval date, not the date the page was posted or a numbered paragraph\'s date', () => {
    const text = ['Fecha de publicación: 2 de abril de 2030', 'Matriz del Comité 1540: República de Honduras', 'Aprobada por el Comité el 10 de marzo de 2030', '4. El mandato del Comité termina el 30 de noviembre de 2032.'].join('\n');

    expect(detectDocumentDate(text)).toBe('2030-03-10');
  });
});

describe('deadlines that name the month through "the month of"', () => {
  it.each([
    ['Le Comité examinera chaque année, avant la fin du mois de septembre, le bilan de ses visites aux États.', 'fr'],
    ['El Comité examinará cada año, antes de finales del mes de septiembre, sus visitas a los Estados.', 'es'],
    ['The Committee will review its country visits every year before the end of the month of September.', 'en'],
    ['El Comité examinará cada año, antes de que finalice el mes de septiembre, sus visitas a los Estados.', 'es, with the article before "mes"'],
  ])('reads a yearly month-end and gives a title without the date words (%s)', (sentence) => {
    const [deadline] = deadlinesOf([sentence], '2030-02-01');

    expect(deadline).toMatchObject({ date: '2030-09-30', precision: 'month', recurrence: 'yearly' });
    expect(deadline?.title).not.toMatch(/(mois|mes|month)( de| of)?$/u);
  });

  it.each([
    ['Le Comité examinera chaque année, avant la fin du mois de mars, le bilan de ses visites aux États.', '2030-03-31'],
    ['The Committee will review its country visits every year before the end of the month of May.', '2030-05-31'],
  ])('reads a month whose name is also a common word after "the end of the month of": %s', (sentence, date) => {
    expect(deadlinesOf([sentence], '2030-02-01').map((d) => [d.date, d.precision, d.recurrence])).toEqual([[date, 'month', 'yearly']]);
  });
});

describe('two parties on one date', () => {
  it('keeps two tasks in similar words for different parties as two deadlines', () => {
    const deadlines = deadlinesOf([
      '4. Les organisations régionales sont invitées à présenter au Comité, au plus tard le 30 novembre 2030, un rapport sur leurs activités.',
      '',
      '5. Les États sont invités à présenter au Comité, au plus tard le 30 novembre 2030, un rapport sur leurs activités.',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-11-30', 'organizations'], ['2030-11-30', 'states']]);
  });

  it('gives a date that opens its sentence to each party\'s clause after it', () => {
    const deadlines = deadlinesOf([
      'By 31 May 2030, States are invited to review their national action plans, and regional organizations are encouraged to share their training calendars.',
      '',
      'До 30 июня 2030 года государствам предлагается обновить сведения о контактных лицах, а региональным организациям предлагается сообщить Комитету свои планы.',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns, d.title])).toEqual([
      ['2030-05-31', 'states', 'States are invited to review their national action plans'],
      ['2030-05-31', 'organizations', 'Regional organizations are encouraged to share their training calendars'],
      ['2030-06-30', 'states', 'Государствам предлагается обновить сведения о контактных лицах'],
      ['2030-06-30', 'organizations', 'Региональным организациям предлагается сообщить Комитету свои планы'],
    ]);
  });

  it('limits only its own clause with a date that closes it', () => {
    const deadlines = deadlinesOf(['States will report on their export controls by 31 May 2030, and the Secretariat will publish the reports on the website.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-05-31', 'states']]);
  });

  it('still reads a task restated for the same party as one deadline', () => {
    const deadlines = deadlinesOf([
      'The Secretariat will circulate the compilation of assistance requests by 30 November 2030.',
      '',
      'Compilation of assistance requests\tSecretariat\t30 November 2030',
    ]);

    expect(deadlines).toHaveLength(1);
  });
});

describe('a limit, not a time', () => {
  it.each([
    ['The Committee will convene an open briefing for Member States in October 2030.'],
    ['Le Comité organisera en novembre 2030 une réunion d\'information ouverte.'],
    ['Комитет проведет в октябре 2030 года открытый брифинг для государств.'],
  ])('reads an event placed in a month as no deadline: %s', (sentence) => {
    expect(deadlinesOf([sentence])).toEqual([]);
  });

  it.each([
    ['La Secretaría distribuirá el informe el 20 de mayo de 2030 a más tardar.', '2030-05-20'],
    ['Le Secrétariat transmettra la liste le 20 mai 2030 au plus tard.', '2030-05-20'],
    ['The Secretariat will circulate the list on 20 May 2030 at the latest.', '2030-05-20'],
  ])('reads a limit written after its date: %s', (sentence, date) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.concerns])).toEqual([[date, 'secretariat']]);
  });

  it.each([
    ['The Committee is to submit its programme of work for the next period to the Council in January 2031.', '2031-01-31', 'committee'],
    ['Le Secrétariat diffusera au cours du mois de novembre 2030 la liste récapitulative des points de contact.', '2030-11-30', 'secretariat'],
    ['La Secretaría distribuirá durante el mes de noviembre de 2030 la lista de puntos de contacto.', '2030-11-30', 'secretariat'],
    ['Секретариат распространит в ноябре 2030 года обновленный перечень контактных лиц.', '2030-11-30', 'secretariat'],
    ['秘书处将于2030年11月分发更新的联络人名单。', '2030-11-30', 'secretariat'],
    ['وستقدم الأمانة في تشرين الثاني/نوفمبر 2030 تقريرا عن استخدام الصندوق.', '2030-11-30', 'secretariat'],
  ])('reads a month a named party is to act in as due by its end: %s', (sentence, date, concerns) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.precision, d.concerns])).toEqual([[date, 'month', concerns]]);
  });

  it.each([
    ['Le Groupe de travail 3 (coopération avec les organisations internationales) examinera ces contributions dans le courant du mois de mai 2030.', 'fr, "dans le courant du mois de"'],
    ['The working group will review the contributions of international organizations in May 2030.', 'en, organizations named in the clause'],
    ['El grupo de trabajo examinará durante el mes de mayo de 2030 las contribuciones de las organizaciones internacionales.', 'es, organizations named in the clause'],
  ])('reads a month a body is to act in as due by its end, organizations being no event (%s)', (sentence) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.precision, d.concerns])).toEqual([['2030-05-31', 'month', 'committee']]);
  });

  it.each([
    ["Le Bureau des affaires de désarmement établira une liste consolidée, qu'il fera tenir aux membres du Comité le 30 avril 2030 au plus tard."],
    ['The Secretariat will transmit the list, compiled from replies, by 30 April 2030.'],
  ])('reads "du" or "from" before a noun as no start of a period: %s', (sentence) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.concerns])).toEqual([['2030-04-30', 'secretariat']]);
  });

  it('still reads "du … au" before a date as a span, not a limit', () => {
    expect(deadlinesOf(["Le Secrétariat publiera le compte rendu de l'atelier tenu du 10 au 12 mars 2030."])).toEqual([]);
  });

  it('reads an event a party will hold in a month as no deadline, in the future tense of "tenir" too', () => {
    expect(deadlinesOf(["Le Comité tiendra en juin 2030 une réunion d'information ouverte à tous les États Membres."])).toEqual([]);
  });

  it.each([
    ['The Committee also informs States that a regional course for points of contact will take place in Astana in May 2030.'],
    ["Le Comité informe également les États qu'un cours régional pour les points de contact aura lieu à Astana en mai 2030."],
    ['El Comité comunica también que un curso regional para los puntos de contacto tendrá lugar en Astana en mayo de 2030.'],
    ['Комитет также сообщает, что учебный курс для национальных координаторов состоится в Астане в мае 2030 года.'],
    ['委员会还通报，将于2030年5月在阿斯塔纳举办联络人区域培训班。'],
    ['وتبلغ اللجنة الدول بأن دورة تدريبية إقليمية لجهات الاتصال ستجري في أستانا في أيار/مايو 2030.'],
  ])('reads an event said to take place in a month as no deadline, though the sentence reports it to someone: %s', (sentence) => {
    expect(deadlinesOf([sentence])).toEqual([]);
  });

  it.each([
    ["The Committee welcomes Austria's offer to host a regional workshop in Vienna in May 2030."],
    ["Le Comité note que l'Autriche accueillera à Vienne en mai 2030 un atelier régional et présentera son programme."],
    ['El Comité acoge con beneplácito que Austria será anfitriona de un taller regional en Viena en mayo de 2030 y presentará su programa.'],
    ['Комитет приветствует предложение Австрии, которая примет у себя региональный семинар в Вене в мае 2030 года и представит его программу.'],
    ['委员会欢迎奥地利提出于2030年5月在维也纳主办区域讲习班。'],
    ['ترحب اللجنة بعرض النمسا أن تستضيف حلقة عمل إقليمية في فيينا في أيار/مايو 2030 وأن تقدم برنامجها.'],
  ])('reads an event a State offers to host in a month as no deadline, though a task word stands in the sentence: %s', (sentence) => {
    expect(deadlinesOf([sentence])).toEqual([]);
  });

  it.each([
    ["Organizations are requested to designate their point of contact and send the Committee the list of their programmes, both by 27 February 2030.", 'organizations'],
    ["Les organisations sont priées de désigner leur point de contact et communiquer au Comité la liste de leurs programmes, l'un et l'autre au plus tard le 27 février 2030.", 'organizations'],
    ['Se invita a los Estados a designar su punto de contacto y enviar al Comité la lista de sus programas, ambas cosas a más tardar el 27 de febrero de 2030.', 'states'],
    ['Государствам предлагается назначить координатора и сообщить Комитету перечень своих программ, и то и другое не позднее 27 февраля 2030 года.', 'states'],
    ['请各组织指定联络人，并向委员会通报其方案清单，以上均于2030年2月27日前完成。', 'organizations'],
    ['وتدعو اللجنة الدول التي لم تقدم تقريرها إلى تقديمه، والدول الأخرى إلى تقديم معلومات إضافية، وتدعو جميع الدول إلى تحديث جهات الاتصال، وذلك كله في موعد أقصاه 27 شباط/فبراير 2030.', 'states'],
  ])('gives each task a gathering word ("both", "l\'un et l\'autre", "وذلك كله") puts under one limit its own deadline: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.concerns])).toEqual([['2030-02-27', party], ['2030-02-27', party]]);
  });

  it('keeps one deadline for tasks joined with no gathering word before their limit', () => {
    expect(deadlinesOf(['Organizations are requested to designate their point of contact and send the Committee the list of their programmes by 27 February 2030.'])).toHaveLength(1);
  });

  it.each([
    ['委员会审议并通过年度审查报告，并于2030年12月31日前提交安全理事会。'],
    ['The Committee will review the report once approved, and submit it by 31 December 2030.'],
    ['Le Comité examinera le rapport adopté, et le transmettra avant le 31 décembre 2030.'],
    ['El Comité examinará el informe aprobado, y lo presentará antes del 31 de diciembre de 2030.'],
    ['اعتمدت اللجنة التقرير، وتقدمه بحلول ٣١ كانون الأول/ديسمبر ٢٠٣٠.'],
  ])('reads a limit as one though an earlier clause adopts something: %s', (sentence) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.concerns])).toEqual([['2030-12-31', 'committee']]);
  });

  it.each([
    ['en', ['1. The following tasks are to be completed by 31 March 2030:', '(a) the Working Group on assistance will finalize the revised template;', '(b) the Secretariat will update the list of assistance offers.', '2. Matching of requests with offers will continue.']],
    ['fr', ['1. Les tâches suivantes seront achevées au plus tard le 31 mars 2030 :', "a) le Groupe de travail sur l'assistance présentera le modèle révisé ;", "b) le Secrétariat mettra à jour la liste des offres d'assistance.", '2. Le rapprochement des demandes et des offres se poursuivra.']],
    ['es', ['1. Las siguientes tareas deberán concluirse a más tardar el 31 de marzo de 2030:', 'a) el Grupo de Trabajo sobre asistencia presentará la plantilla revisada;', 'b) la Secretaría actualizará la lista de ofrecimientos de asistencia.', '2. Continuará la vinculación de solicitudes y ofrecimientos.']],
    ['ru', ['1. Следующие задачи должны быть выполнены не позднее 31 марта 2030 года:', 'а) Рабочая группа по оказанию помощи представит пересмотренный шаблон;', 'б) Секретариат обновит перечень предложений о помощи.', '2. Сопоставление просьб и предложений будет продолжено.']],
    ['zh', ['1. 下列任务应于2030年3月31日前完成：', '(a) 援助问题工作组提交经修订的援助请求模板；', '(b) 秘书处更新援助提议综合清单。', '2. 请求与提议的匹配工作将继续进行。']],
  ])('reads each item under a lead-in that gives the date and names no one as a task of the party it names (%s)', (_language, lines) => {
    expect(deadlinesOf(lines).map((d) => [d.date, d.concerns])).toEqual([['2030-03-31', 'committee'], ['2030-03-31', 'secretariat']]);
  });

  it('reads an Arabic duty in the present tense of "prepare" ("تعد اللجنة") as a task', () => {
    expect(deadlinesOf(['تعد اللجنة، بحلول نهاية أيار/مايو من كل عام، تقييما لأعمال أفرقتها العاملة.'])).toEqual([
      expect.objectContaining({ date: '2030-05-31', precision: 'month', recurrence: 'yearly', concerns: 'committee' }),
    ]);
  });

  it('reads "à la même date du" before a date as that limit again, not as the start of a period', () => {
    const deadlines = deadlinesOf(['Les États sont invités à désigner leur point de contact au plus tard le 30 septembre 2030. Les organisations régionales sont priées de communiquer au Comité, à la même date du 30 septembre 2030, la liste de leurs programmes.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'states'], ['2030-09-30', 'organizations']]);
  });

  it.each([
    ['The Secretariat is to publish the updated database on the website no later than the end of May 2030.'],
    ['La Secretaría publicará la base de datos actualizada en el sitio web a más tardar a finales de mayo de 2030.'],
  ])('reads a limit set before the words of a month\'s end: %s', (sentence) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.precision, d.concerns])).toEqual([['2030-05-31', 'month', 'secretariat']]);
  });

  it('reads a duty placed in a month of every year as a yearly deadline', () => {
    const [deadline] = deadlinesOf(['The working group presents its assessment to the Committee in September of every year.']);

    expect(deadline).toMatchObject({ date: '2030-09-30', precision: 'month', recurrence: 'yearly' });
  });

  it('reads a second task tied to the limit by "en esa misma fecha"', () => {
    const deadlines = deadlinesOf(['A más tardar el 10 de junio de 2030, las organizaciones regionales designarán un enlace; en esa misma fecha, la Secretaría distribuirá la lista de enlaces.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-10', 'organizations'], ['2030-06-10', 'secretariat']]);
  });

  it('reads a second task tied to the limit by "à la même échéance"', () => {
    const deadlines = deadlinesOf(['Les États sont invités à désigner leur point de contact au plus tard le 30 septembre 2030. À la même échéance, les organisations régionales sont priées de communiquer la liste de leurs programmes.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'states'], ['2030-09-30', 'organizations']]);
  });

  it('reads a second task tied to the limit whose verb is "confirm"', () => {
    const deadlines = deadlinesOf(['States will submit their reports by 30 June 2030. By the same date, regional organizations will confirm their points of contact.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-30', 'states'], ['2030-06-30', 'organizations']]);
  });

  it('reads a date that repeats a limit already set as that limit for another task', () => {
    const deadlines = deadlinesOf(['Les États sont invités à soumettre leurs rapports au plus tard le 10 juin 2030. À cette même date, 10 juin 2030, les organisations régionales communiqueront leurs programmes.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-10', 'states'], ['2030-06-10', 'organizations']]);
  });
});

describe('tables of tasks and duties stated as such', () => {
  it('reads each row of a table of tasks, whatever its words, and a restatement in prose as the same task', () => {
    const deadlines = deadlinesOf([
      'Information received by 15 September 2030 will be reflected in the annual review.',
      'Task\tResponsible\tDate\tParagraph',
      'Workplans of the four working groups\tCoordinators of the working groups\t31 March 2030\t2',
      'First reports and additional information to be reflected in the annual review\tStates\t15 September 2030\t3',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-03-31', 'committee'], ['2030-09-15', 'states']]);
  });

  it.each([
    ['Informe sobre la hoja de ruta\tGrupo de Trabajo 1\tOctubre de 2030', '2030-10-31', 'month'],
    ['Rapport sur la feuille de route\tGroupe de travail 1\tOctobre 2030', '2030-10-31', 'month'],
    ['تقرير عن خارطة الطريق\tالفريق العامل 1\tتشرين الأول/أكتوبر 2030', '2030-10-31', 'month'],
  ])('reads a number that ends the cell before a month-only date cell as no day of it: %s', (row, date, precision) => {
    const deadlines = deadlinesOf(['Task\tResponsible\tDate', row]);

    expect(deadlines.map((d) => [d.date, d.precision])).toEqual([[date, precision]]);
  });

  it.each([
    ['Presentar información adicional sobre las medidas adoptadas\tEstados Miembros\t30 de junio de 2030', 'states'],
    ['Submit additional information on the measures adopted\tMember States\t30 June 2030', 'states'],
    ['Soumettre des informations sur les mesures adoptées\tÉtats Membres\t30 juin 2030', 'states'],
    ['Представить информацию о принятых мерах\tГосударства-члены\t30 июня 2030 года', 'states'],
    ['提交关于已通过措施的补充资料\t会员国\t2030年6月30日', 'states'],
    ['تقديم معلومات إضافية عن التدابير التي اعتمدت\tالدول الأعضاء\t30 حزيران/يونيه 2030', 'states'],
  ])('reads whether a date cell\'s date is an adoption in its own cell, not in the task cell before it: %s', (row, concerns) => {
    const deadlines = deadlinesOf(['Task\tResponsible\tDate', row]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-30', concerns]]);
  });

  it.each([
    ["Le groupe de travail présentera ses recommandations au Comité d'ici à juin 2030.", '2030-06-30', null],
    ['The Committee will review the programme and make adjustments at the end of July each year.', '2030-07-31', 'yearly'],
  ])('reads the words that place a month before it ("d\'ici à", "at the end of"): %s', (line, date, recurrence) => {
    const deadlines = deadlinesOf([line]);

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence])).toEqual([[date, 'month', recurrence]]);
  });

  it('reads "转交" (forward) as a task', () => {
    const deadlines = deadlinesOf(['裁军事务厅将于2030年9月15日前将收到的意见转交专家组。']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-15', 'secretariat']]);
  });

  it.each([
    ['Sesión informativa abierta para los Estados Miembros\tComité\t5 de mayo de 2030'],
    ['Open briefing for Member States\tCommittee\t5 May 2030'],
    ["Réunion d'information ouverte aux États Membres\tComité\t5 mai 2030"],
    ['Открытый брифинг для государств-членов\tКомитет\t5 мая 2030 года'],
    ['公开通报会\t委员会\t2030年5月5日'],
    ['جلسة إحاطة مفتوحة للدول الأعضاء\tاللجنة\t5 أيار/مايو 2030'],
    ['Regional training course for points of contact\tOffice for Disarmament Affairs\t5 May 2030'],
    ['Formation régionale des points de contact\tBureau des affaires de désarmement\t5 mai 2030'],
    ['Capacitación regional para puntos de contacto\tOficina de Asuntos de Desarme\t5 de mayo de 2030'],
    ['Учебный курс для контактных лиц\tУправление по вопросам разоружения\t5 мая 2030 года'],
    ['联络人区域培训班\t裁军事务厅\t2030年5月5日'],
    ['دورة تدريبية إقليمية لجهات الاتصال\tمكتب شؤون نزع السلاح\t5 أيار/مايو 2030'],
  ])('reads a row of a table of tasks that names an event as no deadline: %s', (row) => {
    const deadlines = deadlinesOf(['Task\tResponsible\tDate', 'Organize a regional workshop on export control\tSecretariat\t30 June 2030', row]);

    expect(deadlines.map((d) => d.date)).toEqual(['2030-06-30']);
  });

  it('reads an Arabic date cell that recurs "من كل عام" as a row that ends with its date', () => {
    const deadlines = deadlinesOf(['المهمة\tالجهة المسؤولة\tالموعد النهائي', 'تقديم برنامج العمل إلى مجلس الأمن\tاللجنة\t31 كانون الثاني/يناير من كل عام']);

    expect(deadlines.map((d) => [d.date, d.recurrence])).toEqual([['2031-01-31', 'yearly']]);
  });

  it('reads a restatement after the row it restates as the same task', () => {
    const deadlines = deadlinesOf([
      'Task\tResponsible\tDate',
      'First reports and additional information to be reflected in the annual review\tStates\t15 September 2030',
      '',
      'Information received by 15 September 2030 will be reflected in the annual review.',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-15', 'states']]);
  });

  it.each([
    ['Member States are strongly encouraged to send it back by 15 September 2030, with the texts of their new laws.', 'Member States'],
    ['Les États Membres sont vivement encouragés à le renvoyer au plus tard le 15 septembre 2030, avec le texte de leurs lois.', 'États Membres'],
    ['委员会鼓励各会员国于2030年9月15日前寄回问卷，并附上新法律的文本。', '各会员国'],
  ])('reads prose that gives a party the date its table row gives it as that row, in whatever words: %s', (prose, party) => {
    const deadlines = deadlinesOf([
      'Step\tResponsible\tDue',
      `Replies to the questionnaire and additional information\t${party}\t15 September 2030`,
      'Background paper\tSecretariat\t15 September 2030',
      '',
      prose,
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-15', 'states'], ['2030-09-15', 'secretariat']]);
  });

  it('reads a timeline whose rows put the date first, and the rows that restate the text as its tasks', () => {
    const deadlines = deadlinesOf([
      'The Secretariat will circulate the roster of experts by 31 March 2030.',
      'Regional bodies are asked to tell the Committee, by 30 April 2030, which courses they offer in 2030.',
      'Timeline\tActivity\tResponsible',
      '31 March 2030\tRoster of experts circulated\tSecretariat',
      '30 April 2030\tCourses offered in 2030\tRegional organizations',
      '31 May (each year)\tReview of the assistance templates\tCommittee',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns, d.title])).toEqual([
      ['2030-03-31', 'secretariat', expect.stringMatching(/^The Secretariat will circulate/u)],
      ['2030-04-30', 'organizations', 'Courses offered in 2030'],
      ['2030-05-31', 'committee', 'Review of the assistance templates'],
    ]);
  });

  it.each([
    ['es', ['Actividad\tResponsable\tPlazo\tObservaciones', 'Observaciones sobre los proyectos de matriz\tEstados interesados\tDentro de los 90 días\tVoluntario', 'Designación de los puntos de contacto\tEstados Miembros\t30 de septiembre de 2030\tNombre y cargo', 'Información sobre los programas de asistencia\tOrganizaciones regionales\tMisma fecha\tA la Secretaría']],
    ['en', ['Activity\tLead\tDue', 'Designation of points of contact\tMember States\t30 September 2030', 'Information on assistance programmes\tRegional organizations\tSame date']],
    ['ru', ['Задача\tИсполнитель\tСрок', 'Назначение контактных лиц\tГосударства-члены\t30 сентября 2030 года', 'Информация о программах помощи\tРегиональные организации\tТот же срок']],
    ['zh', ['任务\t负责方\t期限', '指定联络人\t会员国\t2030年9月30日', '通报援助方案\t区域组织\t同日']],
  ])('reads a row whose date cell says "same date" as another task due on the date of the row above (%s)', (_language, rows) => {
    const deadlines = deadlinesOf(rows);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'states'], ['2030-09-30', 'organizations']]);
  });

  it('reads a duty stated with a modal as a task', () => {
    const [deadline] = deadlinesOf(['Las observaciones de los Estados deberán llegar al Comité antes del 31 de julio de 2030.']);

    expect(deadline).toMatchObject({ date: '2030-07-31', concerns: 'states' });
  });
});

describe('dates and limits written across lines, pages and scripts', () => {
  it.each([
    ['a Chinese yearly duty whose date breaks after the month', ['委员会还请各国际、区域和次区域组织每年 11 月', '30 日前向委员会通报与该决议有关的活动。'], '2030-11-30', 'organizations'],
    ['a Chinese yearly duty broken inside 每年', ['秘书处（裁军事务厅）将于每', '年2月底前向委员会提交信托基金使用情况报告。'], '2030-02-28', 'secretariat'],
    ['a Russian day broken from its month', [
      'Комитет продолжит работу в соответствии с программой работы, утвержденной на текущий период.', '',
      '11. Секретариат ежегодно не позднее 15', 'января представляет Комитету доклад о поступлении и использовании средств целевого фонда.',
    ], '2031-01-15', 'secretariat'],
    // A short line ending in its day would otherwise close its block, leaving the month alone ("March 2030" → month precision).
    ['an English day broken from its capitalised month', [
      '2. The Committee will carry out its work through its working groups, coordinated by the Chair and', 'the Vice-Chairs, with the support of the Group of Experts. Each working group will submit its', 'workplan to the Committee by 15', 'March 2030.',
    ], '2030-03-15', 'committee'],
    ['a French day broken from its capitalised month', [
      '2. Le Comité mènera ses travaux par l’intermédiaire de ses groupes de travail, coordonnés par la', 'présidence et les vice-présidences, avec l’appui du Groupe d’experts. Chaque groupe de travail', 'présentera son plan au Comité le 15', 'Mars 2030 au plus tard.',
    ], '2030-03-15', 'committee'],
  ])('reads %s', (_what, lines, date, concerns) => {
    expect(deadlinesOf(lines).map((d) => [d.date, d.concerns])).toEqual([[date, concerns]]);
  });

  it('reads a plain-text table laid out in fixed-width columns, whose cells wrap with the other columns between, row by row', () => {
    const text = [
      'II. Основные задачи',
      '',
      ' №   Задача                          Исполнитель          Срок',
      '---  ------------------------------  -------------------  ---------------',
      ' 1.  Обновление перечня              Рабочая группа по    ежегодно до 15',
      '     поставщиков помощи              оказанию помощи      марта',
      ' 2.  Подготовка сводного перечня     Секретариат          не позднее',
      '     контактных лиц                                       июля 2030 г.',
      ' 3.  Назначение контактных лиц       Международные,       до 31 октября',
      '     по вопросам резолюции           региональные и       2030 г.',
      '                                     субрегиональные',
      '                                     организации',
      '',
      'III. Другие мероприятия',
    ].join('\n');

    const deadlines = detectDeadlines(textUnits(readPlainText(utf8(text))), '2030-02-01');

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([
      ['2030-03-15', 'day', 'yearly', 'committee'], ['2030-07-31', 'month', null, 'secretariat'], ['2030-10-31', 'day', null, 'organizations'],
    ]);
  });

  it('reads a date cell that says it recurs as the end of its row', () => {
    const deadlines = deadlinesOf(['Tarea\tResponsable\tPlazo', 'Aprobación del examen anual\tComité\tNoviembre de cada año']);

    expect(deadlines.map((d) => [d.date, d.recurrence])).toEqual([['2030-11-30', 'yearly']]);
  });

  it('ties a second task to the limit of the paragraph before by "في الموعد ذاته", quoting the Arabic whole', () => {
    const deadlines = deadlinesOf([
      'أولا، تدعو اللجنة الدول الأعضاء إلى موافاة اللجنة بالبيانات المحدثة في موعد أقصاه ٣٠ أيلول/سبتمبر ٢٠٣٠.',
      '',
      'ثانيا، ترجو اللجنة من المنظمات الدولية والإقليمية أن تقدم، في الموعد ذاته، معلومات محدثة عن برامج المساعدة.',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'states'], ['2030-09-30', 'organizations']]);
    expect(deadlines[1]!.task).toContain('المنظمات الدولية');
  });
});

describe('an event said to take place in a month', () => {
  it.each([
    'Комитет также сообщает, что учебный курс для национальных координаторов состоится в Астане в мае 2030 года.',
    'The Committee also informs States that the course for points of contact will take place in Astana in May 2030.',
    "Le Comité informe les États que le cours pour les points de contact aura lieu à Astana en mai 2030.",
    'El Comité informa a los Estados de que el curso para los puntos de contacto tendrá lugar en Astana en mayo de 2030.',
  ])('is no task, though a verb of informing reports it: %s', (line) => {
    expect(deadlinesOf([line])).toEqual([]);
  });
});

describe('limits counted back from the date of an event', () => {
  it.each([
    ['English, from the first day of a span in the sentence before', 'The Government of Kenya will host a course in Nairobi from 6 to 10 October 2030. States are invited to send their nominations no later than two weeks before the opening of the course.', '2030-09-22'],
    ['French', "Le Comité tiendra une réunion d'information ouverte le 2 juin 2030. Les États qui souhaitent y prendre la parole doivent s'inscrire au plus tard deux semaines avant la réunion.", '2030-05-19'],
    ['Spanish, with the event dated after the limit', 'Los Estados que deseen intervenir deberán inscribirse a más tardar dos semanas antes de la reunión informativa prevista para el 2 de junio de 2030.', '2030-05-19'],
    ['Russian', 'Комитет проведет открытый брифинг 2 июня 2030 года. Государствам предлагается подать заявки не позднее чем за две недели до брифинга.', '2030-05-19'],
    ['Chinese', '委员会将于2030年6月2日举行公开通报会。请各会员国最迟于通报会开幕前两周报名。', '2030-05-19'],
    ['Arabic, whose dual holds the count', 'ستعقد اللجنة جلسة إحاطة مفتوحة في 2 حزيران/يونيه 2030. وتدعو اللجنة الدول الراغبة في المشاركة إلى التسجيل قبل أسبوعين من موعد الجلسة.', '2030-05-19'],
  ])('reads %s', (_what, line, date) => {
    expect(deadlinesOf([line]).map((d) => [d.date, d.precision, d.concerns])).toEqual([[date, 'day', 'states']]);
  });

  it('gives no date to a count with no event dated in its paragraph', () => {
    expect(deadlinesOf(['States are invited to send their nominations no later than two weeks before the opening of the course.'])).toEqual([]);
  });
});

describe('the date of a document whose title breaks between the two ends of its period', () => {
  it('reads the adoption date, not the period start', () => {
    expect(detectDocumentDate(['安全理事会关于第1540(2004)号决议的委员会2030年3月1日', '至2031年2月28日期间工作方案', '委员会于二〇三〇年二月二十六日通过'].join('\n'))).toBe('2030-02-26');
  });

  it('reads the Gregorian date an Arabic closing line gives after the Hijri one', () => {
    expect(detectDocumentDate(['تقرير', 'نص التقرير.', 'حُرر في نيويورك بتاريخ ١٥ رمضان ١٤٥١هـ الموافق ١٥ كانون الثاني/يناير ٢٠٣٠م'].join('\n'))).toBe('2030-01-15');
  });
});

describe('tasks set out as records of labelled fields', () => {
  it.each([
    ['Russian, with the year broken onto its own line', [
      'Задача 1. Направить государствам проекты обновленных матриц.', 'Ответственный: Комитет (группа экспертов).', 'Срок: до 30 апреля 2030 года.', '',
      'Задача 2. Доложить Комитету об использовании средств целевого фонда.', 'Ответственный: Секретариат.', 'Срок: также до 30 апреля', '2030 года.', '',
      'Задача 3. Дополнительная информация об обновлении законодательства.', 'Ответственный: государства-члены.', 'Срок: до 30 сентября 2030 года.',
    ], [['2030-04-30', 'committee'], ['2030-04-30', 'secretariat'], ['2030-09-30', 'states']]],
    ['English, whose deadline field gives the date alone', [
      'Task 1. Descriptions of assistance programmes.', 'Responsible: international and regional organizations.', 'Timeline: 30 June 2030.', '',
      'Task 2. Annual review of implementation.', 'Responsible: Committee.', 'Timeline: each year, by 31 December.',
    ], [['2030-06-30', 'organizations'], ['2030-12-31', 'committee']]],
    ['Chinese, whose record number is a label with its task as value, and two fields on one line', [
      '任务一：提交关于国家执行措施的补充资料。', '', '负责方：各会员国。时限：2030年6月底前。', '',
      '任务二：提供联络点的最新信息。', '', '负责方：国际和区域组织。时限：2030年6月底前。',
    ], [['2030-06-30', 'states'], ['2030-06-30', 'organizations']]],
  ])('reads each record\'s date field as its deadline and its other field as the party (%s)', (_what, lines, expected) => {
    const deadlines = deadlinesOf(lines);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual(expected);
    expect(deadlines[0]!.title).not.toMatch(/^(?:Задача|Task) \d|^任务/u);
  });

  it.each([
    ['zh', ['任务1', '任务：更新国家联络人信息', '负责方：各会员国', '时限：2030年6月30日前'], 'states'],
    ['en', ['Task 1', 'Task: update contact lists', 'Responsible: Secretariat', 'Deadline: 30 June 2030'], 'secretariat'],
    ['fr', ['Tâche 1', 'Tâche : mettre à jour', 'Chargé : Secrétariat', 'Délai : 30 juin 2030'], 'secretariat'],
    ['ru', ['Задача 1', 'Задача: обновить списки', 'Исполнитель: Секретариат', 'Срок: 30 июня 2030 г.'], 'secretariat'],
  ])('reads a record whose task is a field of its own, each field a line as short as a heading (%s)', (_language, lines, concerns) => {
    expect(deadlinesOf(lines).map((d) => [d.date, d.concerns])).toEqual([['2030-06-30', concerns]]);
  });

  it('reads a labelled line that states its own task as a sentence, not as a record\'s date field', () => {
    const deadlines = deadlinesOf(['Task 1. Descriptions of assistance programmes.', 'Responsible: Committee.', 'Note: States are invited to submit their reports by 30 June 2030.']);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-30', 'states']]);
  });
});

describe('dates and limits of the Committee\'s own reports', () => {
  it('reads no deadline in a sentence that ends with a month named without its year', () => {
    expect(deadlinesOf(['He told delegations that 185 States had submitted a report, and that the Committee had sent draft matrices to 31 States during April.'], '2030-05-14')).toEqual([]);
  });

  it.each([
    ['The Office for Disarmament Affairs will post a summary of the briefing on the website before the end of May 2030.'],
    ['Секретариат разместит резюме брифинга на веб-сайте Комитета до конца мая 2030 года.'],
  ])('reads posting on the website as a task: %s', (sentence) => {
    expect(deadlinesOf([sentence], '2030-05-14').map((d) => [d.date, d.concerns])).toEqual([['2030-05-31', 'secretariat']]);
  });

  it.each([
    ['وطلبت اللجنة إلى مكتب شؤون نزع السلاح أن يعد جدولا موحدا بطلبات المساعدة، وأن يقدمه إلى اللجنة في موعد أقصاه ٣٠ حزيران/يونيه ٢٠٣٠.', 'secretariat'],
    ['ودعت اللجنة الدول الأعضاء إلى تحديث بيانات جهات الاتصال في موعد أقصاه ٣٠ حزيران/يونيه ٢٠٣٠.', 'states'],
  ])('gives a task the Committee requested in the past tense (ar) to the party requested: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual([party]);
  });

  it('reads an Arabic day and month without a year, broken across lines, as a yearly deadline', () => {
    const deadlines = deadlinesOf([
      '(ب) تقدم اللجنة إلى المجلس برنامج عملها في موعد أقصاه ٣١ كانون', 'الثاني/يناير من كل عام؛', '',
      '(د) تُدعى الدول إلى مراجعة بيانات جهات الاتصال الوطنية وتحديثها في موعد أقصاه ٣٠', 'أيلول/سبتمبر من كل عام.',
    ], '2030-03-20');

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([['2031-01-31', 'day', 'yearly', 'committee'], ['2030-09-30', 'day', 'yearly', 'states']]);
  });

  it('keeps an Arabic item broken after "من كل" whole, so that it stays yearly', () => {
    const [deadline] = deadlinesOf(['(أ) تقدم اللجنة إلى مجلس الأمن استعراضها السنوي لتنفيذ القرار قبل نهاية شهر', 'كانون الأول/ديسمبر من كل', 'عام؛'], '2030-03-20');

    expect(deadline).toMatchObject({ date: '2030-12-31', recurrence: 'yearly' });
  });

  it.each([
    ['- 秘书处应于2030年3月31日前更新名单；'],
    ['- تقدم الأمانة القائمة قبل 31 آذار/مارس 2030؛'],
  ])('reads a short list item that ends in its script\'s semicolon as a task, not a heading: %s', (item) => {
    expect(deadlinesOf([item, '- 其他事项。']).map((d) => [d.date, d.concerns])).toEqual([['2030-03-31', 'secretariat']]);
  });

  it('ties a task to the limit of the paragraph before across a section heading', () => {
    const deadlines = deadlinesOf([
      '7. Les organisations régionales sont invitées à rendre compte au Comité, le 30 septembre 2030 au plus tard, de leurs activités.', '',
      'V. Questions administratives', '',
      '8. À la même date, le Bureau des affaires de désarmement présentera au Comité un rapport sur le fonds d\'affectation spéciale.',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'organizations'], ['2030-09-30', 'secretariat']]);
  });

  it.each([
    ['请各组织于2030年7月15日前向委员会指定其联络人。秘书处亦须于该日前将联络信息汇编成名录。', ['organizations', 'secretariat']],
    ['Se invita a las organizaciones a confirmar sus enlaces a más tardar el 15 de julio de 2030. Antes de esa fecha, la Secretaría deberá compilar el directorio.', ['organizations', 'secretariat']],
  ])('reads a duty tied to "that date" as a second task on it: %s', (text, parties) => {
    expect(deadlinesOf([text]).map((d) => [d.date, d.concerns])).toEqual(parties.map((p) => ['2030-07-15', p]));
  });

  it.each([
    ['every year by the twenty-second of October, the Secretariat will circulate the list', 10, 22],
    ['September the first, 2030', 9, 1],
    ['avant le vingt-deux mars', 3, 22],
    ['a más tardar el treinta y uno de mayo', 5, 31],
    ['не позднее двадцать первого ноября', 11, 21],
    ['每年十一月二十日前', 11, 20],
    ['في موعد أقصاه الحادي والعشرين من تشرين الثاني/نوفمبر', 11, 21],
  ])('reads a day written in words as the day of its month: %s', (text, month, day) => {
    expect(findDates(text)).toMatchObject([{ month, day }]);
  });

  it('dates a yearly duty written with its day in words to that day, not the month', () => {
    const deadlines = deadlinesOf(['The Secretariat will, every year by the twenty-second of October, circulate to the members an updated list.'], '2030-02-01');

    expect(deadlines.map((d) => [d.date, d.precision, d.recurrence, d.concerns])).toEqual([['2030-10-22', 'day', 'yearly', 'secretariat']]);
  });

  it('takes a table row that restates the second of two tasks a sentence gives one date as that task, not a third', () => {
    const deadlines = deadlinesOf([
      'The Secretariat will publish the directory of providers by 15 May 2030; on the same date, the working group will report to the Committee on the pending requests.',
      '',
      'Deliverable\tResponsible\tDue',
      'Directory of providers\tSecretariat\t15 May 2030',
      'Report on the pending requests\tWorking group\t15 May 2030',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-05-15', 'secretariat'], ['2030-05-15', 'committee']]);
  });

  it('reads a second task by the same date although a period it covers is dated after the words (zh)', () => {
    const deadlines = deadlinesOf(['请各组织于2030年5月15日前更新联络人名单，并于同日前提交其在2029年1月1日至12月31日期间的活动概况。'], '2030-02-01');

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-05-15', 'organizations'], ['2030-05-15', 'organizations']]);
    expect(deadlines[1]?.title).toMatch(/^提交/u);
  });

  it.each([
    ['zh', '委员会按照惯例，将于每年11月底前向安全理事会提交年度报告，各国提供的资料将列入其中。'],
    ['en', 'The Committee, as is its practice, will by the end of November each year submit its annual report to the Security Council, and the information States provide will be reflected in it.'],
  ])('keeps a date inside the clause of a subject before the comma, which opens no clause of its own (%s)', (_language, line) => {
    expect(deadlinesOf([line], '2030-02-01').map((d) => [d.date, d.concerns, d.recurrence])).toEqual([['2030-11-30', 'committee', 'yearly']]);
  });
});
