// extent(): the smallest and largest finite value, also past the length at which
// Math.min(...values) overflows the stack.
import { expect, test } from 'vitest';
import { extent } from '../../src/core/extent.ts';

test('min and max of the finite values, NaN skipped', () => {
  expect(extent([3, -2, Number.NaN, 7.5, 0])).toEqual([-2, 7.5]);
  expect(extent(Float64Array.from([4]))).toEqual([4, 4]);
});

test('NaN, NaN when no value is finite or the list is empty', () => {
  expect(extent([])).toEqual([Number.NaN, Number.NaN]);
  expect(extent([Number.NaN])).toEqual([Number.NaN, Number.NaN]);
});

test('500,000 values (past where Math.min(...values) overflows the stack)', () => {
  const values = Array.from({ length: 500_000 }, (_, i) => ((i * 7919) % 500_000) - 250_000);
  expect(extent(values)).toEqual([-250_000, 249_999]);
});
