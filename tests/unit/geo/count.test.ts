import { expect, test } from 'vitest';
import { countPerDistrict } from '../../../src/core/geo/locate.ts';

test('points per district: [0, 2, 2, −1, 0] over 3 districts → [2, 0, 2]; outside is not counted', () => {
  expect(Array.from(countPerDistrict(Int32Array.of(0, 2, 2, -1, 0), 3))).toEqual([2, 0, 2]);
  expect(Array.from(countPerDistrict([], 2))).toEqual([0, 0]);
});
