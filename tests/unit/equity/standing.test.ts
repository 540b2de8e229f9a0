// Rank and reference value against cases worked out by hand.
import { describe, expect, test } from 'vitest';
import { rankOf, referenceValue } from '../../../src/core/equity/standing.ts';

describe('rank among districts', () => {
  const v = [30, 50, Number.NaN, 10, 50];
  test('1 = highest; missing districts are not counted; ties share the better rank', () => {
    expect(rankOf(v, 1)).toEqual({ rank: 1, of: 4 });
    expect(rankOf(v, 4)).toEqual({ rank: 1, of: 4 });
    // Two districts (50, 50) above 30.
    expect(rankOf(v, 0)).toEqual({ rank: 3, of: 4 });
    expect(rankOf(v, 3)).toEqual({ rank: 4, of: 4 });
  });
  test('a district without a figure has no rank', () => {
    expect(rankOf(v, 2)).toBeNull();
  });
});

describe('reference value', () => {
  test('population-weighted: (100·10 + 300·30) / 400 = 25, a district missing its weight left out', () => {
    expect(referenceValue([10, 30, 99], [100, 300, Number.NaN])).toEqual({ value: 25, districts: 2, weighted: true });
  });
  test('unweighted: the plain mean (10 + 30 + −4) / 3 = 12, negative values (gaps) allowed', () => {
    expect(referenceValue([10, 30, -4, Number.NaN])).toEqual({ value: 12, districts: 3, weighted: false });
  });
  test('for a rate weighted by its own denominator the reference is Σ numerators ÷ Σ denominators', () => {
    // 20/100 and 90/300 → 110 / 400 = 27.5 %.
    expect(referenceValue([20, 30], [100, 300]).value).toBeCloseTo(27.5, 12);
  });
  test('no district with a figure: NaN', () => {
    expect(referenceValue([Number.NaN], [1]).value).toBeNaN();
  });
});
