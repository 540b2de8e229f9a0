// The add-data dialog proposes "not reported" codes: a column whose negative values are all one number.
import { expect, test } from 'vitest';
import { proposeMissingCodes } from '../../../src/ingest/missing-codes.ts';

test('a column whose only negative value is -9 proposes -9; longitudes with many negative values do not', () => {
  // Four KNBS-like rows: intersex counts with -9 for "not reported", and longitudes west of 0.
  const sample = [
    { county: 'A', intersex: '1', households: '100', lon: '-1.5' },
    { county: 'B', intersex: '-9', households: '120', lon: '-2.25' },
    { county: 'C', intersex: '-9', households: '-9', lon: '0.5' },
    { county: 'D', intersex: '4', households: '90', lon: '-0.1' },
  ];
  expect(proposeMissingCodes(sample, ['county', 'intersex', 'households', 'lon'], false)).toEqual([-9]);
});

test('two columns with different codes propose both; a column that is all -1 (no real value) proposes none', () => {
  const sample = [
    { a: '-1', b: '5', c: '-1' },
    { a: '3', b: '-99', c: '-1' },
  ];
  expect(proposeMissingCodes(sample, ['a', 'b', 'c'], false)).toEqual([-99, -1]);
  expect(proposeMissingCodes([{ c: '-1' }, { c: '-1' }], ['c'], false)).toEqual([]);
});
