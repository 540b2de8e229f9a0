// Licence terms that travel with exports: the codes and words Creative Commons and data
// publishers use, read from the project's `sources` (examples from data/README.md).
import { describe, expect, test } from 'vitest';
import { creditLine, licenceTerms, licenceWarnings } from '../../../src/core/export/licences.ts';
import type { Project } from '../../../src/core/project/types.ts';

const project = (sources: Project['sources'], tables: string[] = []): Project => ({
  lastmile: 1,
  title: 't',
  districts: { file: 'd.geojson', id: 'id', name: 'name' },
  tables: tables.map((file, i) => ({ name: `t${i}`, file, district: 'id' })),
  ...(sources ? { sources } : {}),
});

describe('licenceTerms', () => {
  test.each([
    ['CC BY-NC-SA 4.0 (non-commercial, share-alike)', ['non-commercial', 'share-alike']], // Ookla, data/hawaii
    ['CC BY-NC 4.0', ['non-commercial']], // Meta Relative Wealth Index
    ['CC BY-ND 4.0', ['no-derivatives']],
    ['CC BY 4.0', []],
    ['ODbL, share alike', ['share-alike']],
    ['figures © KNBS; rKenyaCensus MIT', []], // no "NC" inside a word (e.g. "KNBS", "ISC")
    ['ISC; boundaries public domain', []],
    [undefined, []],
  ])('%s → %j', (licence, terms) => {
    expect(licenceTerms(licence)).toEqual(terms);
  });
});

describe('licenceWarnings', () => {
  test('a non-commercial share-alike source is warned about with what the terms mean', () => {
    const p = project([{ file: 'd.geojson', title: 'Speedtest by Ookla', licence: 'CC BY-NC-SA 4.0' }]);
    expect(licenceWarnings(p)).toEqual(['Speedtest by Ookla is licensed CC BY-NC-SA 4.0: non-commercial use only; what you publish from it must carry the same licence.']);
  });

  test('files without a source are named, so nothing leaves uncredited', () => {
    const p = project([{ file: 'd.geojson', title: 'Boundaries', licence: 'CC0' }], ['a.csv', 'b.csv']);
    expect(licenceWarnings(p)).toEqual(['No source or licence is given for a.csv, b.csv: add it under "sources" before publishing.']);
  });
});

test('creditLine says when a licence is not stated', () => {
  expect(creditLine({ file: 'x', title: 'Schools', publisher: 'MoE', url: 'https://example.org' })).toBe('Schools — MoE — licence not stated — https://example.org');
});
