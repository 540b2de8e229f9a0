import { describe, expect, test } from 'vitest';
import { gini } from '../../../src/core/equity/gini.ts';
import { mulberry32 } from '../../../src/core/random.ts';

/** The definition itself, O(n²): ΣᵢΣⱼ wᵢwⱼ|xᵢ−xⱼ| / (2 (Σw)² m). */
function giniByPairs(x: readonly number[], w: readonly number[]): number {
  let W = 0;
  let S = 0;
  let pairs = 0;
  for (let i = 0; i < x.length; i++) {
    W += w[i]!;
    S += w[i]! * x[i]!;
    for (let j = 0; j < x.length; j++) pairs += w[i]! * w[j]! * Math.abs(x[i]! - x[j]!);
  }
  return pairs / (2 * W * W * (S / W));
}

describe('gini', () => {
  test('x = 1, 2, 3, 4 unweighted → 0.25', () => {
    // ΣΣ|xi−xj| = 2·(1+2+3+1+2+1) = 20; m = 2.5; 20 / (2·4²·2.5) = 20 / 80 = 0.25.
    expect(gini(Object.freeze([4, 1, 3, 2]))).toBeCloseTo(0.25, 15);
  });
  test('x = 2, 6 with populations 1, 3 → 0.15, the same as repeating the second district 3 times', () => {
    // W = 4, m = (2 + 18)/4 = 5; ΣΣ = 2·(1·3·|2−6|) = 24; 24 / (2·4²·5) = 24/160 = 0.15.
    expect(gini([2, 6], [1, 3])).toBeCloseTo(0.15, 15);
    expect(gini([2, 6, 6, 6])).toBeCloseTo(0.15, 15);
  });
  test('x = 4, 0 with populations 1, 3 → 0.75', () => {
    // W = 4, m = 4/4 = 1; ΣΣ = 2·(1·3·4) = 24; 24 / (2·16·1) = 0.75.
    expect(gini([4, 0], [1, 3])).toBeCloseTo(0.75, 15);
  });
  test('equal districts → 0; a single district → 0', () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([7])).toBe(0);
  });
  test('districts with a missing value or weight are left out', () => {
    // Only x = 1..4 remain → 0.25 as above.
    expect(gini([1, Number.NaN, 2, 3, 9, 4], [1, 1, 1, 1, Number.NaN, 1])).toBeCloseTo(0.25, 15);
  });
  test('NaN with no districts or a zero mean', () => {
    expect(gini([])).toBeNaN();
    expect(gini([Number.NaN])).toBeNaN();
    expect(gini([0, 0])).toBeNaN();
  });
  test('negative values or weights, and mismatched lengths, are errors', () => {
    expect(() => gini([1, -1])).toThrow('district 1: value must be finite and ≥ 0, got -1');
    expect(() => gini([1, 2], [1, -2])).toThrow('district 1: weight must be finite and ≥ 0, got -2');
    expect(() => gini([1, 2], [1])).toThrow('weights cover 1 districts but values cover 2');
  });
  test('the O(n log n) sort equals the O(n²) definition on seeded random districts, ties included', () => {
    const random = mulberry32(20240611);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 60);
      // Rounding to 1 decimal makes ties common; weights span small to large districts.
      const x = Array.from({ length: n }, () => Math.round(random() * 1000) / 10);
      const w = Array.from({ length: n }, () => Math.round(1 + random() * 5000));
      const expected = giniByPairs(x, w);
      expect(Math.abs(gini(x, w) - expected)).toBeLessThan(1e-12 * Math.max(1, expected));
    }
  });
});
