import { describe, expect, it } from 'vitest';
import demonyms from '../../../shared/extraction/detection/demonyms.data.json' with { type: 'json' };
import { buildDemonyms } from '../../../shared/extraction/detection/demonymsSource.js';

describe('state demonyms', () => {
  it('are exactly what the installed world-countries package gives (run `npx tsx shared/extraction/detection/demonymsSource.ts` after updating it)', () => {
    expect(demonyms).toEqual(buildDemonyms());
    expect(Object.keys(demonyms)).toHaveLength(193);
  });
});
