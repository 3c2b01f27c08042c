/**
 * Deadlines read from the clause a date's limit governs, with inputs written here: a limit that opens its clause (at the start
 * of a sentence, after a comma or after "agreed that") gives its date to the clause after it, each subject there a task of its
 * own; two sentences of one paragraph that give the same date are two tasks (Chinese full stops included); an Arabic task said
 * with its finite verb, not its verbal noun.
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
