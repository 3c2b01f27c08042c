/**
 * Who a Committee deadline concerns where the request is built around the party rather than naming it as the subject: a second
 * party asked in a clause whose verb of asking is left out, a request made again ("once again urges"), the Office for Disarmament
 * Affairs by its abbreviation, and a letter's request that names no one, made to the addressees its address block names. And a
 * Chinese month written in Chinese numerals with no year ("每年六月底前").
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/extraction/detection/dates.js';
import { detectDeadlines } from '../../../shared/extraction/detection/deadlines.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';

const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });
const deadlinesOf = (lines: string[], documentDate: string | null = '2030-02-01') => detectDeadlines(unitsOf(lines), documentDate);

describe('a second party asked in a clause whose verb of asking is left out', () => {
  it.each([
    ['en', 'Member States that have not yet reported are invited to submit their first reports, and regional organizations to confirm their liaison officers, by 30 September 2030.'],
    ['fr', "Les États qui n'ont pas encore fait rapport sont invités à présenter leur premier rapport, et les organisations régionales à confirmer leurs agents de liaison, avant le 30 septembre 2030."],
    ['es', 'Se invita a los Estados que aún no hayan informado a presentar su primer informe, y a las organizaciones regionales a confirmar a sus enlaces, a más tardar el 30 de septiembre de 2030.'],
    ['ru', 'Государствам, которые еще не представили доклады, предлагается сделать это, а региональным организациям — подтвердить своих сотрудников по связям до 30 сентября 2030 года.'],
    ['ar', 'تدعو اللجنة الدول إلى تقديم تقاريرها الأولى، والمنظمات الإقليمية إلى تأكيد موظفي الاتصال لديها، في موعد أقصاه 30 أيلول/سبتمبر 2030.'],
  ])('gives the date to both parties (%s)', (_language, sentence) => {
    expect(deadlinesOf([sentence]).map((d) => [d.date, d.concerns])).toEqual([['2030-09-30', 'states'], ['2030-09-30', 'organizations']]);
  });

  it('leaves one party where the second clause asks with a verb of its own', () => {
    const deadlines = deadlinesOf(['States are invited to review their plans, and the Secretariat will compile the replies by 30 September 2030.']);

    expect(deadlines.map((d) => d.concerns)).toHaveLength(1);
  });
});

describe('the party asked, whatever stands between the body asking and it', () => {
  it.each([
    ['The Committee once again urges the remaining States to submit their first national reports by 31 October 2030.', 'states'],
    ['Le Comité invite une fois de plus les États à présenter leur premier rapport avant le 31 octobre 2030.', 'states'],
    ['El Comité insta una vez más a los Estados a presentar su primer informe a más tardar el 31 de octubre de 2030.', 'states'],
  ])('makes the party asked again the one that acts: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual([party]);
  });

  it.each([
    ['ODA will post the updated guide on the website by 15 July 2030.', 'secretariat'],
    ['УВР разместит обновленное руководство на веб-сайте не позднее 15 июля 2030 года.', 'secretariat'],
    ['裁军厅将于2030年7月15日前在网站上公布更新的指南。', 'secretariat'],
  ])('reads the Office for Disarmament Affairs by its abbreviation: %s', (sentence, party) => {
    expect(deadlinesOf([sentence]).map((d) => d.concerns)).toEqual([party]);
  });
});

describe("a letter's request that names no one", () => {
  const letter = (addressBlock: string) => [
    'Excellency,',
    '',
    'The Committee would be grateful to receive your comments on the draft guide by 15 March 2030.',
    '',
    'Please accept the assurances of my highest consideration.',
    '',
    '(Signed) A. Chair',
    '',
    addressBlock,
  ];

  it.each([
    ['To all Permanent Representatives to the United Nations, New York', 'states'],
    ['To the heads of international and regional organizations', 'organizations'],
  ])('is made to the addressees of its address block: %s', (addressBlock, party) => {
    expect(deadlinesOf(letter(addressBlock)).map((d) => d.concerns)).toEqual([party]);
  });

  it.each([
    'New York',
    // An article, and a "to" inside a line, turn to no one.
    'A representative of the regional organizations briefed the Committee.',
    'Assistance to States',
  ])('is the Committee\'s where no address block names anyone: %s', (line) => {
    expect(deadlinesOf(letter(line)).map((d) => d.concerns)).toEqual(['committee']);
  });
});

describe('a Chinese month in Chinese numerals without its year', () => {
  it.each([
    ['工作组将每年八月底前审查清单。', 8],
    ['秘书处须于十一月底之前分发汇编。', 11],
  ])('is a month-end date: %s', (text, month) => {
    expect(findDates(text).map((d) => [d.year, d.month, d.day])).toEqual([[null, month, null]]);
  });

  it.each(['十二月底前', '每年十二月'])('reads the whole month of two numerals, not its last one: %s', (text) => {
    expect(findDates(text).map((d) => d.month)).toEqual([12]);
  });

  it('gives a yearly duty its next month end', () => {
    const [deadline] = deadlinesOf(['工作组将每年八月底前审查所有未决请求。']);

    expect([deadline?.date, deadline?.precision, deadline?.recurrence, deadline?.concerns]).toEqual(['2030-08-31', 'month', 'yearly', 'committee']);
  });
});
