/**
 * The UN header block (symbol, organ, "Distr.", issue date, language lines) is put on any document
 * the UN issues, a state's report as well as a Committee letter: authorship and type are read after
 * it, from the letterhead, the title and the body.
 */
import { describe, expect, it } from 'vitest';
import { committeeAuthorship } from '../../../shared/extraction/detection/committeeAuthorship.js';
import { unHeaderBlockEnd } from '../../../shared/extraction/detection/unHeaderBlock.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { docxOf, utf8 } from './support/documents.js';

const lines = (...text: string[]) => text.join('\n');

describe('the UN header block', () => {
  it('is not opened by a place line that begins like "Distr." ("Distrito Nacional")', () => {
    expect(unHeaderBlockEnd(lines('Informe de la República', 'Dado en Santo Domingo, Distrito Nacional, el 30 de abril de 2030.'))).toBe(0);
  });

  it('ends after the language lines it encloses', () => {
    const text = lines('Organisation des Nations Unies    S/AC.44/2031/2', 'Conseil de sécurité    Distr. générale', '4 avril 2031', 'Français', 'Original : anglais', 'Rapport du Pérou');

    expect(text.slice(unHeaderBlockEnd(text)).trim()).toBe('Rapport du Pérou');
  });

  it.each([
    ['zh', ['联合国', 'S/AC.44/2031/4', '安全理事会', '分发：一般', '2031年5月2日', '中文', '原件：英文', '2031年4月20日老挝常驻联合国代表团给委员会主席的普通照会', '老挝请求提供援助。']],
    ['ar', ['الأمم المتحدة', 'S/AC.44/2031/4', 'مجلس الأمن', 'التوزيع: عام', '2 أيار/مايو 2031', 'عربي', 'الأصل: بالإنكليزية', 'مذكرة شفوية مؤرخة 20 نيسان/أبريل 2031 موجهة إلى رئيس اللجنة من البعثة الدائمة لليمن', 'تطلب اليمن المساعدة.']],
    ['ru', ['Организация Объединенных Наций', 'S/AC.44/2031/4', 'Совет Безопасности', 'Распространение: общее', '2 мая 2031 года', 'Русский', 'Оригинал: английский', 'Вербальная нота Постоянного представительства Монголии от 20 апреля 2031 года на имя Председателя Комитета', 'Монголия просит оказать помощь.']],
  ])('opens with a "Distr." line written out in the document\'s language, whose issue date is not the note\'s (%s)', async (_language, text) => {
    const result = await extractDocument({ bytes: utf8(lines(...text)), fileName: 'note.txt' });

    expect(result.documentDate).toBe('2031-04-20');
  });

  it.each([
    ['en', ['United Nations', 'S/AC.44/2031/4', 'Security Council', 'Distr.: General', '2 May 2031', 'Original: English', 'Security Council Committee established pursuant to resolution 1540 (2004)', 'Note verbale dated 20 April 2031 from the Permanent Mission of Belize addressed to the Chair of the Committee', 'Ref. BZ/PM/2004/31', 'The report was approved by the Cabinet on 9 April 2031.']],
    ['fr', ['Organisation des Nations Unies', 'S/AC.44/2031/4', 'Conseil de sécurité', 'Distr. générale', '2 mai 2031', 'Original : français', 'Comité du Conseil de sécurité créé par la résolution 1540 (2004)', 'Note verbale datée du 20 avril 2031, adressée au Président du Comité par la Mission permanente du Bénin', 'Réf. BJ/MP/2004/31', 'Le rapport a été approuvé par le Gouvernement le 9 avril 2031.']],
    ['zh', ['联合国', 'S/AC.44/2031/4', '安全理事会', '分发：一般', '2031年5月2日', '原件：中文', '第1540(2004)号决议所设安全理事会委员会', '2031年4月20日老挝常驻联合国代表团给委员会主席的普通照会', '编号 LA/PM/2004/31', '本报告已于2031年4月9日经政府批准。']],
  ])('ends at the title below it: a mission\'s reference under the title is no UN symbol (%s)', (_language, text) => {
    const joined = lines(...text);

    expect(joined.slice(unHeaderBlockEnd(joined)).trim().split('\n', 1)[0]).toBe(text[6]);
  });

  it('leaves a state\'s report under it to the state, even with the Committee\'s name as the series below it', async () => {
    const text = lines(
      'Naciones Unidas', 'S/AC.44/2031/7', 'Consejo de Seguridad', 'Distr. general', '9 de mayo de 2031', 'Original: español',
      'Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)',
      'Informe de la República de Honduras sobre la aplicación de la resolución 1540 (2004)',
      'La Ley Especial contra el Lavado de Activos, artículo 5, sanciona a quien provea fondos para armas de destrucción masiva.',
      'Tegucigalpa, 28 de abril de 2031',
    );

    expect(committeeAuthorship(text)).toBe('none');
    const result = await extractDocument({ bytes: utf8(text), fileName: 'informe.txt' });
    expect({ state: result.state, type: result.reportType, date: result.documentDate }).toEqual({ state: 'HND', type: 'national_report', date: '2031-04-28' });
  });

  it('does not hide a Chair\'s letter below it, whose title puts the date between the Chair and the addressee (zh)', () => {
    const text = lines('联合国    S/AC.44/2031/OC.3', '安全理事会    Distr.: General', '2031年5月2日', 'Chinese', 'Original: French',
      '第1540(2004)号决议所设安全理事会委员会主席2031年4月25日给各会员国常驻联合国代表的信', '巴拿马将于2031年9月主办一次讲习班。');

    expect(committeeAuthorship(text)).toBe('committee');
  });
});

describe('the content of a document issued under a UN header block', () => {
  const unitsOf = (text: string[]) => textUnits({ pages: [lines(...text)], paged: false, warnings: [] }).map((u) => u.text);

  it.each([
    ['en', ['United Nations', 'S/2031/71', 'Security Council', 'Distr.: General', '29 January 2031', 'Original: English', 'Programme of work of the Committee', '1. States are invited to submit their reports by 30 June 2031.']],
    ['zh', ['联合国', 'S/2031/71', '安全理事会', '分发：普遍', '2031年1月29日', '中文', '原文：英文', '委员会工作方案', '1. 请各国于2031年6月30日前提交报告。']],
    ['ar', ['الأمم المتحدة', 'S/2031/71', 'مجلس الأمن', 'التوزيع: عام', '29 كانون الثاني/يناير 2031', 'عربي', 'الأصل: بالإنكليزية', 'برنامج عمل اللجنة', '1. تدعو اللجنة الدول إلى تقديم تقاريرها بحلول 30 حزيران/يونيه 2031.']],
    ['ru', ['Организация Объединенных Наций', 'S/2031/71', 'Совет Безопасности', 'Распространение: общее', '29 января 2031 года', 'Русский', 'Оригинал: английский', 'Программа работы Комитета', '1. Государствам предлагается представить доклады до 30 июня 2031 года.']],
  ])('begins with the title below the block: the symbol, issue line and issue date are the UN\'s label, not its text (%s)', (_language, text) => {
    expect(unitsOf(text)[0]).toBe(text.at(-2));
  });

  it('reads no deadline in the issue date a Chinese programme of work carries under "分发：普遍"', async () => {
    const bytes = await docxOf([
      '联合国', 'S/2031/71', '安全理事会', '分发：普遍', '2031年1月29日', '中文', '原文：英文',
      '安全理事会第1540(2004)号决议所设委员会2031年2月1日至2032年1月31日期间工作方案', '（委员会2031年1月22日通过）',
      '1. 委员会请尚未提交首次报告的国家于2031年6月30日前提交首次报告。',
    ]);

    const result = await extractDocument({ bytes, fileName: 'programme.docx' });

    expect(result.reportType).toBe('committee_document');
    expect(result.deadlines.map((d) => d.date)).toEqual(['2031-06-30']);
  });
});
