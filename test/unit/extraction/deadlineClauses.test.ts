/**
 * Deadlines read from the clause a date's limit governs, with inputs written here: a limit that opens its clause (at the start
 * of a sentence, after a comma or after "agreed that") gives its date to the clause after it, each subject there a task of its
 * own; two sentences of one paragraph that give the same date are two tasks (Chinese full stops included); an Arabic task said
 * with its finite verb, not its verbal noun; a second clause joined by a bare "and" with its own subject and verb; a date given
 * again in a later clause of its sentence; the subject of what a body records it agreed or recalled (in Arabic too, whose verb
 * comes before the body); a noun of asking after its determiner; the Russian verb of circulating; the Arabic verbs of sending
 * ("وافى", which folding writes as "died") and adopting ("اعتمد", which also relies "on").
 */
import { describe, expect, it } from 'vitest';
import { detectDeadlines } from '../../../shared/extraction/detection/deadlines.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';

const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const deadlinesOf = (lines: string[], documentDate: string | null = '2030-02-01') => detectDeadlines(unitsOf(lines), documentDate);
const datesAndParties = (lines: string[]) => deadlinesOf(lines).map((d) => [d.date, d.concerns]);

describe('a limit that opens its clause', () => {
  it.each([
    ['fr', '- Chaque année, avant la fin du mois de septembre, les organisations régionales sont encouragées à faire part au Comité de leurs activités.', ['2030-09-30', 'organizations']],
    ['es', 'Cada año, antes de finales de septiembre, se alienta a los Estados a hacer llegar al Comité sus experiencias.', ['2030-09-30', 'states']],
    ['en', 'Each year, before the end of September, States are encouraged to let the Committee know of their experience.', ['2030-09-30', 'states']],
  ])('gives its date to the request that follows it (%s)', (_language, line, expected) => {
    expect(datesAndParties([line])).toEqual([expected]);
  });

  it.each([
    ['en', 'The members agreed that by 12 June 2030 Working Group 1 will complete its review of the templates, and Working Group 3 will present its media plan.'],
    ['fr', "Les membres sont convenus que d'ici au 12 juin 2030 le Groupe de travail 1 achèvera l'examen des modèles, et le Groupe de travail 3 présentera son plan de communication."],
    ['es', 'Los miembros acordaron que antes del 12 de junio de 2030 el Grupo de Trabajo 1 completará su examen de las plantillas, y el Grupo de Trabajo 3 presentará su plan de comunicación.'],
  ])('makes each body named after it a task of its own on that date (%s)', (_language, line) => {
    expect(datesAndParties([line])).toEqual([['2030-06-12', 'committee'], ['2030-06-12', 'committee']]);
  });

  it('leaves a date inserted in the clause of its task to that clause', () => {
    expect(datesAndParties(['The Group of Experts will send to the Committee, by 12 June 2030, draft matrices for the States it visited.'])).toEqual([['2030-06-12', 'committee']]);
  });
});

describe('two sentences of one paragraph on one date', () => {
  it.each([
    ['zh', '二、秘书处将在2030年5月底前在网站上发布更新后的联络点名单；第一工作组也将在2030年5月底前向委员会提交模板审查报告。', [['2030-05-31', 'secretariat'], ['2030-05-31', 'committee']]],
    ['en', 'The Secretariat will post the updated list of contacts by 31 May 2030. Working Group 1 will also submit its review of the templates to the Committee by 31 May 2030.', [['2030-05-31', 'secretariat'], ['2030-05-31', 'committee']]],
  ])('are two tasks when each names who acts (%s)', (_language, line, expected) => {
    expect(datesAndParties([line])).toEqual(expected);
  });
});

describe('an Arabic task said with its finite verb', () => {
  it.each([
    ['وسيعمّم مكتب شؤون نزع السلاح على الدول الأعضاء قائمة محدّثة بجهات الاتصال بحلول 20 آب/أغسطس 2030.', 'secretariat'],
    ['وستحدّث الأمانة قائمة مقدمي المساعدة بحلول 20 آب/أغسطس 2030.', 'secretariat'],
  ])('is a task by its date: %s', (line, party) => {
    expect(datesAndParties([line])).toEqual([['2030-08-20', party]]);
  });
});

describe('the Arabic verbs of sending to a body and of adopting', () => {
  it.each([
    ['سيوافي مكتب شؤون نزع السلاح اللجنة بقائمة المشاريع الجارية بحلول 20 آب/أغسطس 2030.', 'secretariat'],
    ['ومن المنتظر أن توافيها الأمانة بتقرير مرحلي بحلول 20 آب/أغسطس 2030.', 'secretariat'],
    ['(ج) توافي الأمانة اللجنة بتقرير مرحلي بحلول 20 آب/أغسطس 2030.', 'secretariat'],
    ['ويوافي الفريق العامل الثاني اللجنة بتوصياته بحلول 20 آب/أغسطس 2030.', 'committee'],
    ['ستعتمد اللجنة استعراضها السنوي بحلول 20 آب/أغسطس 2030.', 'committee'],
    ['ويعتمد الفريق العامل الأول خطة عمله بحلول 20 آب/أغسطس 2030.', 'committee'],
  ])('make a task by its date: %s', (line, party) => {
    expect(datesAndParties([line])).toEqual([['2030-08-20', party]]);
  });

  it.each([
    // Relying on something, with "على" after the subject or a phrase.
    ['تعتمد الدول على المساعدة الدولية بحلول 20 آب/أغسطس 2030.'],
    ['وتعتمد اللجنة في عملها على تبرعات الدول بحلول 20 آب/أغسطس 2030.'],
    // "Died", which folding writes as the verb of sending.
    ['توفي رئيس الفريق العامل بحلول 20 آب/أغسطس 2030.'],
    ['بعد أن توفي رئيس الفريق العامل بحلول 20 آب/أغسطس 2030 انتخب الفريق نائبه.'],
  ])('make no task of relying or dying: %s', (line) => {
    expect(deadlinesOf([line])).toEqual([]);
  });
});

describe('a second clause joined by a bare "and"', () => {
  it.each([
    ['en', 'By 20 October 2030, Working Group 1 will send its review of the templates to the Committee and Working Group 4 will present its outreach calendar.'],
    ['es', 'A más tardar el 20 de octubre de 2030, el Grupo de Trabajo 1 enviará al Comité su examen de las plantillas y el Grupo de Trabajo 4 presentará su calendario de divulgación.'],
    ['fr', "D'ici au 20 octobre 2030, le Groupe de travail 1 transmettra au Comité son examen des modèles et le Groupe de travail 4 présentera son calendrier de sensibilisation."],
  ])('is a second task on the date that opens the sentence (%s)', (_language, line) => {
    expect(datesAndParties([line])).toEqual([['2030-10-20', 'committee'], ['2030-10-20', 'committee']]);
  });

  it('joins no clause between two parties of one task', () => {
    expect(datesAndParties(['By 20 October 2030, States and regional organizations will present their outreach calendars.'])).toEqual([['2030-10-20', 'states'], ['2030-10-20', 'organizations']]);
  });
});

describe('a date given again in a later clause of its sentence', () => {
  it.each([
    ['zh', '委员会请尚未提交报告的国家于2030年10月31日前提交报告，并请各区域组织于2030年10月31日前确认其联络人。'],
    ['en', 'The Committee asks States to send their replies by 31 October 2030, and regional organizations are asked to confirm their liaison officers by 31 October 2030.'],
  ])('is another task, of the party its clause names (%s)', (_language, line) => {
    expect(datesAndParties([line])).toEqual([['2030-10-31', 'states'], ['2030-10-31', 'organizations']]);
  });
});

describe('what a body records it agreed, decided or recalled', () => {
  it.each([
    ['en', 'The Committee agreed that the Secretariat would send the revised guide to all members no later than 12 November 2030.', 'secretariat'],
    ['fr', 'Le Comité a décidé que le Secrétariat transmettra le guide révisé aux membres au plus tard le 12 novembre 2030.', 'secretariat'],
    ['zh', '委员会重申，各国应于2030年11月12日前向委员会通报联络人的变动。', 'states'],
    ['ru', 'Комитет решил, что Секретариат направит членам пересмотренное руководство не позднее 12 ноября 2030 года.', 'secretariat'],
  ])('is the task of the subject of the clause it records (%s)', (_language, line, party) => {
    expect(datesAndParties([line])).toEqual([['2030-11-12', party]]);
  });

  it('leaves the body its own task where the recorded clause names no other subject', () => {
    expect(datesAndParties(['The Committee agreed that it would adopt the revised guide by 12 November 2030.'])).toEqual([['2030-11-12', 'committee']]);
  });

  it.each([
    ['وقررت اللجنة أن تعمم الأمانة الدليل المنقح على الأعضاء في موعد أقصاه 12 تشرين الثاني/نوفمبر 2030.', 'secretariat'],
    ['واتفقت اللجنة أيضا على أن تقدم المنظمات الإقليمية برامجها إلى اللجنة بحلول 12 تشرين الثاني/نوفمبر 2030.', 'organizations'],
    ['وأكد الفريق العامل أن تقدم الدول معلوماتها المحدثة قبل 12 تشرين الثاني/نوفمبر 2030.', 'states'],
  ])('reads the Arabic verb before the body, and the subject after its "أن" (%s)', (line, party) => {
    expect(datesAndParties([line])).toEqual([['2030-11-12', party]]);
  });

  it('leaves the body its own task where the Arabic recorded clause names no other subject', () => {
    expect(datesAndParties(['وقررت اللجنة أن تقدم تقريرها إلى مجلس الأمن بحلول 12 تشرين الثاني/نوفمبر 2030.'])).toEqual([['2030-11-12', 'committee']]);
  });
});

describe('a noun of asking after its determiner', () => {
  it('names no party asked to act', () => {
    expect(datesAndParties(['Working Group 2 will, by 5 December 2030, send the Committee a table of open requests, giving for each request the organizations able to help.'])).toEqual([['2030-12-05', 'committee']]);
  });
});

describe('the Russian verb of circulating', () => {
  it('makes a task', () => {
    expect(datesAndParties(['Секретариат разошлет членам Комитета перечень учебных курсов до 5 декабря 2030 года.'])).toEqual([['2030-12-05', 'secretariat']]);
  });
});
