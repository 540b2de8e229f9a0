import { expect, test } from 'vitest';
import { thinTileFigures } from '../../../src/core/indicators/thin.ts';

test('a speed figure from one tile, or from fewer than 10 tests, is thin; no tile at all is missing, not thin', () => {
  // districts: one tile with 500 tests; 3 tiles with 9 tests; 3 tiles with 10 tests; no tile.
  expect(Array.from(thinTileFigures([1, 3, 3, 0], [500, 9, 10, 0]))).toEqual([1, 1, 0, 0]);
});
