import { describe, expect, test } from 'vitest';
import { computeRates, gapBetween, groupRates, percent } from '../../../src/core/indicators/rates.ts';

// Nairobi (KE-47), KNBS 2019 KPHC Vol IV table 2.32–2.34, row "KE-47" of
// data/kenya/ke_ict_by_sex.csv: internet users and population aged 3+ by sex.
const NAIROBI = Object.freeze({
  female: [1_001_864, 2_023_404],
  male: [1_098_800, 1_986_852],
  total: [2_100_763, 4_010_447],
});

describe('percent', () => {
  test('is 100 × numerator / denominator', () => {
    // 1 of 4 people → 25 %.
    expect(percent(1, 4)).toBe(25);
  });
  test('is NaN for a zero, negative or missing denominator and for a negative numerator', () => {
    expect(percent(1, 0)).toBeNaN();
    expect(percent(1, -3)).toBeNaN();
    expect(percent(Number.NaN, 3)).toBeNaN();
    expect(percent(-1, 3)).toBeNaN();
  });
});

describe('Nairobi internet use, recomputed by hand from the census counts', () => {
  const groups = (['female', 'male', 'total'] as const).map((group) => ({
    group,
    numerator: Float64Array.of(NAIROBI[group][0]!),
    denominator: Float64Array.of(NAIROBI[group][1]!),
  }));
  const result = computeRates({ groups, gaps: [['male', 'female']] });

  test('female: 1,001,864 / 2,023,404 = 49.514 %', () => {
    expect(result.rates.female![0]).toBeCloseTo(49.51379, 4);
  });
  test('male: 1,098,800 / 1,986,852 = 55.304 %', () => {
    expect(result.rates.male![0]).toBeCloseTo(55.30357, 4);
  });
  test('total: 2,100,763 / 4,010,447 = 52.382 % (KNBS publishes 52.4)', () => {
    expect(result.rates.total![0]).toBeCloseTo(52.38227, 4);
    expect(Math.round(result.rates.total![0]! * 10) / 10).toBe(52.4);
  });
  test('gap male − female = 55.304 − 49.514 = 5.790 percentage points; parity female/male = 0.8953', () => {
    const gap = result.gaps[0]!;
    expect(gap.a).toBe('male');
    expect(gap.b).toBe('female');
    expect(gap.gapPoints[0]).toBeCloseTo(5.78978, 4);
    expect(gap.parity[0]).toBeCloseTo(0.89531, 4);
  });
});

describe('gaps and errors', () => {
  test('parity is NaN when the reference group rate is zero', () => {
    const g = gapBetween('a', Float64Array.of(0, 50), 'b', Float64Array.of(10, 25));
    expect(Array.from(g.gapPoints)).toEqual([-10, 25]);
    expect(g.parity[0]).toBeNaN();
    expect(g.parity[1]).toBe(0.5);
  });
  test('a gap naming an unknown group says which', () => {
    const groups = [{ group: 'total', numerator: Float64Array.of(1), denominator: Float64Array.of(2) }];
    expect(() => computeRates({ groups, gaps: [['male', 'total']] })).toThrow(/no group named "male"/);
  });
  test('mismatched column lengths are rejected', () => {
    expect(() => groupRates({ group: 'x', numerator: Float64Array.of(1, 2), denominator: Float64Array.of(2) })).toThrow(/2 districts/);
  });
  test('inputs are not mutated', () => {
    const numerator = Float64Array.of(1, 2);
    const denominator = Float64Array.of(4, 8);
    groupRates({ group: 'x', numerator, denominator });
    expect(Array.from(numerator)).toEqual([1, 2]);
    expect(Array.from(denominator)).toEqual([4, 8]);
  });
});
