/**
 * A draft named again with the Arabic article ("مشروع القانون"). The documents are written here, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { GAP_CUE } from '../../../shared/extraction/detection/statementCues.js';
import { fold } from '../../../shared/extraction/detection/textFolding.js';

describe('a draft named with the Arabic article', () => {
  it.each(['وتنص المادة 9 من مشروع القانون على عقوبة السجن.', 'وسترد هذه الأحكام في مشروع النظام الذي تعده الوزارة.'])('is a text still to be adopted: %s', (text) => {
    expect(GAP_CUE.test(fold(text))).toBe(true);
  });
});
