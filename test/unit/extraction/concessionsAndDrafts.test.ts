/**
 * A concession granted before the main clause that denies ("Although the Act covers chemical weapons, no law yet covers
 * biological weapons"), and a draft named again with the Arabic article ("مشروع القانون"). The documents are written here,
 * not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extraction/extractDocument.js';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';
import { utf8 } from './support/documents.js';

const extractText = (lines: string[]) => extractDocument({ bytes: utf8(lines.join('\n')), fileName: 'report.txt', state: 'FJI' });
const present = (extraction: { matrix: { element: string }[] }) => extraction.matrix.map((m) => m.element);

describe('a concession before the main clause', () => {
  it.each([
    { lang: 'en', text: '2. Although the Toxic Chemicals Act 2015 makes the production, storage, transfer and use of chemical weapons an offence, there is as yet no provision for biological weapons.' },
    { lang: 'es', text: '2. Si bien la Ley de Armas Químicas de 2015 sanciona la producción, el almacenamiento, la transferencia y el empleo de armas químicas, todavía no existe una disposición análoga para las armas biológicas.' },
    { lang: 'fr', text: "2. Bien que la loi de 2015 sur les armes chimiques réprime la production, le stockage, le transfert et l'emploi des armes chimiques, il n'existe pas encore de disposition analogue pour les armes biologiques." },
  ])('keeps what it grants in force and what the main clause denies missing ($lang)', async ({ text }) => {
    const extraction = await extractText(['Additional information on the implementation of resolution 1540 (2004)', '', text]);
    expect(present(extraction)).toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.biological');
    expect(extraction.gaps).not.toContain('op2.chemical');
  });

  it('leaves whole a concession that admits a lack itself', async () => {
    const extraction = await extractText([
      'Additional information on the implementation of resolution 1540 (2004)', '',
      '2. Although no law on chemical weapons has been adopted yet, a bill is being drafted by the Ministry of Justice.',
    ]);
    expect(present(extraction)).not.toContain('op2.chemical');
    expect(extraction.gaps).toContain('op2.chemical');
  });
});

describe('a concession that grants a treaty', () => {
  it('leaves the lack with the treaty it would implement', async () => {
    const extraction = await extractText([
      'Additional information on the implementation of resolution 1540 (2004)', '',
      '3. Although Fiji has been a party to the Biological Weapons Convention since 2020, no legislation giving effect to it has been enacted.',
    ]);
    expect(extraction.gaps).toContain('op2.biological');
  });
});

describe('a draft named with the Arabic article', () => {
  it.each(['وتنص المادة 9 من مشروع القانون على عقوبة السجن.', 'وسترد هذه الأحكام في مشروع النظام الذي تعده الوزارة.'])('is a text still to be adopted: %s', (text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });
});
