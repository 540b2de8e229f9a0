import { expect, test } from 'vitest';
import { countPerDistrict } from '../../../src/core/geo/locate.ts';

test('points per district: [0, 2, 2, −1, 0] over 3 districts → [2, 0, 2]; outside is not counted', () => {
  expect(Array.from(countPerDistrict(Int32Array.of(0, 2, 2, -1, 0), 3))).toEqual([2, 0, 2]);
  expect(Array.from(countPerDistrict([], 2))).toEqual([0, 0]);
});

test('sums per district: values [10, 5, NaN, 7] at districts [1, 1, 0, −1] → [0, 15]; NaN and outside skipped', async () => {
  const { sumPerDistrict } = await import('../../../src/core/geo/locate.ts');
  expect(Array.from(sumPerDistrict(Int32Array.of(1, 1, 0, -1), Float64Array.of(10, 5, Number.NaN, 7), 2))).toEqual([0, 15]);
});
