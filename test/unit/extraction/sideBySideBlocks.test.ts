/**
 * Persons and forms set side by side, found wherever their block starts in a run of lines of as many cells, and each
 * cell read once however many starts are tried: a table of many rows is many blocks to try. The texts are written here.
 */
import { describe, expect, it } from 'vitest';
import { withFormsSideBySideApart, withSideBySideBlocksApart } from '../../../shared/extraction/detection/sideBySideBlocks.js';

/** A stand-in for the contact reader's test: a cell that opens with a title names someone. */
const namesSomeone = (cell: string) => /^\s*(?:Ms\.|Mr\.|Dr\.)\s+\p{Lu}/u.test(cell);

describe('persons side by side', () => {
  it('reads the block column by column from the line where it starts, after a line of the run that gives an address', () => {
    const text = [
      'Office: office@mfa.example.org\tFax: +1 555 0100',
      'Ms. Ana Lima\tMr. Juan Pérez',
      'Director\tDeputy Director',
      'E-mail: ana.lima@mfa.example.org\tE-mail: juan.perez@mfa.example.org',
    ].join('\n');
    expect(withSideBySideBlocksApart(text, namesSomeone).split('\n')).toEqual([
      'Office: office@mfa.example.org\tFax: +1 555 0100',
      'Ms. Ana Lima\tDirector\tE-mail: ana.lima@mfa.example.org',
      'Mr. Juan Pérez\tDeputy Director\tE-mail: juan.perez@mfa.example.org',
    ]);
  });

  it('leaves a table whose rows are persons as it is', () => {
    const text = ['Name\tPosition\tE-mail', 'Ms. Ana Lima\tDirector\tana.lima@mfa.example.org', 'Mr. Juan Pérez\tAdviser\tjuan.perez@mfa.example.org'].join('\n');
    expect(withSideBySideBlocksApart(text, namesSomeone)).toBe(text);
  });

  it('asks whether a cell names someone once for each text, however many starts of a long run are tried', () => {
    // Every other line names a person, the lines between give that person's labelled address, and the run's last line an
    // address with no label: no start makes a block, and each start reads every line after it.
    const lines: string[] = [];
    for (let i = 0; i < 150; i++) lines.push('Ms. Ana Lima\tnote', 'E-mail: ana.lima@mfa.example.org\tnote');
    lines.push('registry@mfa.example.org\tnote');
    const text = lines.join('\n');
    let asked = 0;
    const counted = (cell: string) => {
      asked++;
      return namesSomeone(cell);
    };
    expect(withSideBySideBlocksApart(text, counted)).toBe(text);
    expect(asked).toBeLessThan(20);
  });
});

describe('forms side by side', () => {
  it('gives each form after the other from the line where the forms start', () => {
    const text = [
      'Annex\tContacts\tof\tthe ministry',
      'Name:\tMs. Ana Lima\tName:\tMr. Juan Pérez',
      'E-mail:\tana.lima@mfa.example.org\tE-mail:\tjuan.perez@mfa.example.org',
    ].join('\n');
    expect(withFormsSideBySideApart(text).split('\n')).toEqual([
      'Annex\tContacts\tof\tthe ministry',
      'Name:\tMs. Ana Lima',
      'E-mail:\tana.lima@mfa.example.org',
      '',
      'Name:\tMr. Juan Pérez',
      'E-mail:\tjuan.perez@mfa.example.org',
      '',
    ]);
  });

  it('leaves lines with a value where a label should be as they are', () => {
    const text = ['Name:\tMs. Ana Lima\tName:\tMr. Juan Pérez', 'ana.lima@mfa.example.org\tE-mail:\tjuan.perez@mfa.example.org\tE-mail:'].join('\n');
    expect(withFormsSideBySideApart(text)).toBe(text);
  });
});
