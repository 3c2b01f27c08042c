/**
 * Committee tasks as a person reads them: one deadline per task, who must act, a title made of the
 * task's own words, yearly duties whose words a layout broke over lines, and the document's own
 * adoption line (not the end of the period it covers) as the date the tasks are counted from.
 */
import { describe, expect, it } from 'vitest';
import { detectDeadlines } from '../../../shared/extraction/detection/deadlines.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';

function deadlinesOf(lines: string[], documentDate: string | null = '2030-02-01') {
  return detectDeadlines(textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] }), documentDate);
}

describe('Committee tasks', () => {
  it('gives two tasks due on one date two deadlines, each with its party', () => {
    const deadlines = deadlinesOf([
      'Deliverable\tLead\tDue',
      'Revised guide for national reports circulated\tSecretariat\t30 June 2030',
      'Contact lists of regional bodies updated\tRegional organizations\t30 June 2030',
    ]);

    expect(deadlines.map((d) => [d.date, d.concerns])).toEqual([['2030-06-30', 'secretariat'], ['2030-06-30', 'organizations']]);
  });

  it('keeps one deadline when a table row restates a task its paragraph gave', () => {
    const deadlines = deadlinesOf([
      '4. Member States are encouraged to submit their updated national action plans by 15 May 2030.',
      '',
      'Task\tLead\tDue',
      'Updated national action plans submitted by Member States\tStates\t15 May 2030',
    ]);

    expect(deadlines).toHaveLength(1);
  });

  it.each([
    ['The panel of experts will send the draft matrices to the States concerned by 31 August 2030, and States may comment within two months.', 'committee'],
    ['Le Groupe de travail transmettra aux États le projet de rapport avant le 31 août 2030.', 'committee'],
    ['Секретариат направит Комитету сводный доклад не позднее 31 августа 2030 года.', 'secretariat'],
    ['Международным, региональным и субрегиональным организациям предлагается назначить координаторов до 31 августа 2030 года.', 'organizations'],
    ['Con el fin de que el Comité cuente con datos fiables, la Secretaría enviará al Comité, a más tardar el 31 de agosto de 2030, el inventario de actividades.', 'secretariat'],
  ])('names who acts, not whom the task is sent to: %s', (sentence, concerns) => {
    expect(deadlinesOf([sentence])).toEqual([expect.objectContaining({ date: '2030-08-31', concerns })]);
  });

  it.each([
    ['fr', 'Le Groupe d\'experts enverra les projets de matrice aux États concernés avant le 31 août 2030.'],
    ['zh', '专家组于2030年8月31日前向有关国家发送国家矩阵草案。'],
  ])('reads sending something to its addressees by a date as a task (%s)', (_language, sentence) => {
    expect(deadlinesOf([sentence])).toEqual([expect.objectContaining({ date: '2030-08-31', concerns: 'committee' })]);
  });

  it.each([
    [['5. Комитет будет рассматривать ход работы и вносить в нее коррективы до конца', 'августа каждого года.'], '2030-08-31', 'ru'],
    [['5. 委员会将审议工作方案的执行情况，并于每年 8 月', '底前提交报告。'], '2030-08-31', 'zh'],
    [['5. The Committee will review its programme of work by the end of', 'August each year.'], '2030-08-31', 'en'],
  ])('finds a yearly duty broken across lines (%s)', (lines, date) => {
    expect(deadlinesOf(lines)).toEqual([expect.objectContaining({ date, precision: 'month', recurrence: 'yearly' })]);
  });

  it('titles a task with its own words in the document language, without the date, brackets or a leading clause', () => {
    const [es] = deadlinesOf(['Con el fin de que el Comité cuente con datos fiables, la Secretaría enviará al Comité, a más tardar el 31 de agosto de 2030, el inventario de actividades.']);
    const [ru] = deadlinesOf(['Секретариат (Управление по вопросам разоружения) направит Комитету сводный доклад не позднее 31 августа 2030 года.']);

    expect(es!.title).toBe('La Secretaría enviará al Comité el inventario de actividades');
    expect(ru!.title).toBe('Секретариат направит Комитету сводный доклад');
  });

  it('counts tasks from the adoption line of a programme of work, not from the end of the period it covers', () => {
    const deadlines = deadlinesOf([
      'Programme of work for the period from 1 March 2030 to 28 February 2031',
      'Adopted by the Committee on 5 March 2030',
      '',
      '3. States are invited to submit additional information by 30 September 2030.',
      '4. The Committee will adopt its annual review by the end of January 2031.',
    ], '2031-02-28');

    expect(deadlines.map((d) => d.date)).toEqual(['2030-09-30', '2031-01-31']);
  });

  it('takes no year of a resolution name and no bound of the covered period as a deadline', () => {
    const deadlines = deadlinesOf([
      'Programme of work for the period from 1 March 2030 to 28 February 2031',
      '1. In accordance with resolution 2663 (2022), the Committee will submit its annual review to the Council by 31 December 2030.',
    ]);

    expect(deadlines.map((d) => d.date)).toEqual(['2030-12-31']);
  });
});
