/**
 * The units under the detectors, cut by a document's structure with inputs written here: a DOCX paragraph is a unit of its
 * own whatever its script; a short line numbered as a section is a heading in every language, a memo's field line is none;
 * the running header and footer lines of a PDF's pages are no part of a table or a paragraph that goes on over the break.
 */
import { describe, expect, it } from 'vitest';
import { withoutPageFurniture } from '../../../shared/extraction/detection/pageFurniture.js';
import { tablesOf } from '../../../shared/extraction/detection/tableRows.js';
import { textUnits } from '../../../shared/extraction/detection/textUnits.js';
import { WorkBudget } from '../../../shared/extraction/limits.js';
import { readDocx } from '../../../shared/extraction/readers/docxReader.js';
import { ZipArchive } from '../../../shared/extraction/readers/zipArchive.js';
import { docxOf } from './support/documents.js';

const docxUnits = async (paragraphs: string[]) => {
  const budget = new WorkBudget();
  return textUnits(readDocx(new ZipArchive(await docxOf(paragraphs), budget), budget));
};
const unitsOf = (lines: string[]) => textUnits({ pages: [lines.join('\n')], paged: false, warnings: [] });

describe('DOCX paragraphs', () => {
  it.each([
    ['zh', '四、能力建设', '本国海关正在培训边境口岸的查验人员'],
    ['zh', '（三）核材料衡算', '国家原子能机构负责核材料的登记与衡算'],
    ['ar', 'رابعاً: بناء القدرات', 'تعمل الجمارك على تدريب موظفي المنافذ الحدودية'],
  ])('keeps a section heading apart from the paragraph under it (%s)', async (_language, heading, paragraph) => {
    const units = await docxUnits(['Introduction.', heading, paragraph, 'Conclusion.']);

    expect(units.find((u) => u.text === heading)?.heading).toBe(true);
    expect(units.some((u) => u.text === paragraph)).toBe(true);
  });

  it('keeps a paragraph with no closing stop apart from the next paragraph', async () => {
    const first = 'The national authority keeps a register of all licensed holders of radioactive sources in the country';
    const units = await docxUnits([first, 'Customs officers inspect shipments at the border crossings.']);

    expect(units.map((u) => u.text)).toEqual([first, 'Customs officers inspect shipments at the border crossings.']);
  });
});

describe('section headings', () => {
  const filler = '本国政府高度重视防扩散工作，并通过国内立法、行政措施和国际合作等多种方式全面履行决议规定的各项义务。';
  it.each([
    ['zh', '五、国际合作'],
    ['zh', '（四）出口管制'],
    ['ru', 'IV. Сотрудничество'],
  ])('reads a short numbered line as a heading, not the start of the paragraph under it (%s)', (_language, heading) => {
    const units = unitsOf([filler, heading, '本国与邻国签署了边境合作协定，定期交流', '走私情报。']);

    expect(units.find((u) => u.text === heading)?.heading).toBe(true);
  });
});

describe('memo fields', () => {
  it.each(['Subject: Request for technical assistance', 'Objet : Demande d\'assistance', 'Тема: Запрос о помощи'])('reads "%s" as the letter\'s line, not a heading over what follows', async (line) => {
    const units = await docxUnits(['To: The Chair of the Committee', line, 'The national register of radioactive sources is kept by the Energy Board.']);

    expect(units.find((u) => u.text === line)?.heading).toBe(false);
  });
});

describe('page furniture', () => {
  const row = (area: string, law: string) => `${area}\t${law}\tIn force`;
  const pages = [
    ['Permanent Mission of Ruritania', 'Area\tLaw\tStatus', row('Nuclear weapons', 'Atomic Act 2011, s. 4'), row('Chemical weapons', 'Chemicals Act 2009, s. 12'), 'Ruritania national implementation report 1540 Page 1 of 2'],
    ['S/AC.44/2031/7', row('Biological weapons', 'Biosafety Act 2015, s. 3'), row('Export control', 'Trade Act 2012, s. 8'), 'Ruritania national implementation report 1540 Page 2 of 2'],
  ];

  it('drops the running footer that numbers the pages, and leaves the rows', () => {
    const [first, second] = withoutPageFurniture(pages.map((p) => p.join('\n')));

    expect(first).not.toContain('Page 1 of 2');
    expect(second).not.toContain('Page 2 of 2');
    expect(second).toContain('Export control');
  });

  it('reads a table going on over a page break under its header, past the footer', () => {
    const units = textUnits({ pages: pages.map((p) => p.join('\n')), paged: true, warnings: [] });
    const [table] = tablesOf(units);

    expect(table?.rows.map((r) => r.cells[0])).toEqual(['Nuclear weapons', 'Chemical weapons', 'Biological weapons', 'Export control']);
    expect(table?.rows[1]?.text).not.toContain('Page');
  });

  it('keeps a table header repeated at the top of each page, and a cell that repeats at a page\'s end', () => {
    const repeated = [
      ['Report of Ruritania', 'Area\tLaw\tStatus', row('Nuclear weapons', 'Atomic Act 2011'), 'In force'],
      ['Area\tLaw\tStatus', row('Export control', 'Trade Act 2012'), 'In force'],
    ];
    const [first, second] = withoutPageFurniture(repeated.map((p) => p.join('\n')));

    expect(first).toContain('Area\tLaw\tStatus');
    expect(second).toContain('Area\tLaw\tStatus');
    expect(second!.split('\n').at(-1)).toBe('In force');
  });
});
