import { expect, test } from 'vitest';
import { differenceMoe, gapMoePoints, proportionMoe, rateMoePoints } from '../../../src/core/indicators/uncertainty.ts';

test('proportion margin: X = 300 ± 60 of Y = 1,000 ± 100 → √(60² − 0.3²·100²)/1000 = √2700/1000 = 0.051962', () => {
  // 60² = 3600; 0.09 · 100² = 900; √(3600 − 900) = 51.9615; / 1000.
  expect(proportionMoe(300, 1000, 60, 100)).toBeCloseTo(0.0519615, 6);
});

test('a negative radicand falls back to the ratio formula: X = 900 ± 10 of Y = 1,000 ± 100 → √(10² + 0.81·100²)/1000', () => {
  // 100 − 8100 < 0, so √(100 + 8100) / 1000 = 0.090554.
  expect(proportionMoe(900, 1000, 10, 100)).toBeCloseTo(0.0905539, 6);
});

test('rates in points and the gap margin: √(3² + 4²) = 5', () => {
  expect(Array.from(rateMoePoints([300], [1000], [60], [100]))[0]).toBeCloseTo(5.19615, 4);
  expect(differenceMoe(3, 4)).toBe(5);
  expect(Array.from(gapMoePoints([3, 6], [4, 8]))).toEqual([5, 10]);
});

test('no denominator or a missing margin gives no margin', () => {
  expect(proportionMoe(1, 0, 1, 1)).toBeNaN();
  expect(proportionMoe(1, 10, Number.NaN, 1)).toBeNaN();
});
