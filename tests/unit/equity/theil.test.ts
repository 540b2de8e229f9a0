import { describe, expect, test } from 'vitest';
import { theil, theilDecomposition } from '../../../src/core/equity/theil.ts';
import { mulberry32 } from '../../../src/core/random.ts';

describe('theil', () => {
  test('equal districts → 0', () => {
    // m = 1, every term is ½·1·ln 1 = 0.
    expect(theil([1, 1])).toBe(0);
  });
  test('x = 0, 2 → ln 2 (a district with 0 adds 0)', () => {
    // m = 1; T = ½·0 + ½·(2/1)·ln(2/1) = ln 2.
    expect(theil([0, 2])).toBeCloseTo(Math.LN2, 15);
  });
  test('x = 4, 0 with populations 1, 3 → ln 4', () => {
    // W = 4, m = 4/4 = 1; T = (1/4)·4·ln 4 + (3/4)·0 = ln 4.
    expect(theil([4, 0], [1, 3])).toBeCloseTo(Math.log(4), 15);
  });
  test('x = 1, 1, 3, 3 → ¼ ln ½ + ¾ ln 3/2', () => {
    // m = 2; T = ½·½·ln ½ + ½·(3/2)·ln(3/2) ≈ −0.17329 + 0.30410 = 0.13081.
    expect(theil([1, 1, 3, 3])).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
  });
  test('NaN with no districts or a zero mean; missing districts are left out', () => {
    expect(theil([])).toBeNaN();
    expect(theil([0, 0])).toBeNaN();
    expect(theil([0, Number.NaN, 2], [1, 5, 1])).toBeCloseTo(Math.LN2, 15);
  });
});

describe('theilDecomposition', () => {
  test('regions 1, 1 | 3, 3: all inequality is between regions', () => {
    // Regional means 1 and 3, each region equal inside → within = 0, between = T (0.13081, above);
    // shares s = (2·1)/(4·2) = ¼ and (2·3)/(4·2) = ¾.
    const d = theilDecomposition([1, 1, 3, 3], [0, 0, 1, 1], 2);
    expect(d.within).toBe(0);
    expect(d.between).toBeCloseTo(d.theil, 15);
    expect(d.theil).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
    expect(Array.from(d.regionMean)).toEqual([1, 3]);
    expect(Array.from(d.regionShare)).toEqual([0.25, 0.75]);
    expect(Array.from(d.regionTheil)).toEqual([0, 0]);
  });
  test('regions 0, 2 | 0, 2: all inequality is within regions', () => {
    // Both regional means are 1 = m → between = 0; each region has T_g = ln 2, s_g = ½ → within = ln 2.
    const d = theilDecomposition([0, 2, 0, 2], [0, 0, 1, 1], 2);
    expect(d.between).toBe(0);
    expect(d.within).toBeCloseTo(Math.LN2, 15);
    expect(d.theil).toBeCloseTo(Math.LN2, 15);
  });
  test('between + within = T on seeded random weighted districts, with an empty and an all-zero region', () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 2 + Math.floor(random() * 50);
      const region = Array.from({ length: n }, () => Math.floor(random() * 4));
      // Region 3 holds nothing and region 4 has no districts.
      const x = region.map((g) => (g === 3 ? 0 : random() * 100));
      const w = Array.from({ length: n }, () => 1 + random() * 1000);
      x[0] = 50; // at least one district holds something
      region[0] = 0;
      const d = theilDecomposition(x, region, 5, w);
      expect(d.theil).toBeCloseTo(theil(x, w), 12);
      expect(d.between + d.within).toBeCloseTo(d.theil, 12);
      expect(d.regionShare.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(d.regionMean[4]).toBeNaN();
      expect(d.regionTheil[4]).toBeNaN();
    }
  });
  test('a district outside the regions is an error; a zero mean gives NaN', () => {
    expect(() => theilDecomposition([1, 2], [0, 2], 2)).toThrow('district 1: region 2 is not in [0, 2)');
    expect(() => theilDecomposition([1, 2], [0], 2)).toThrow('regions cover 1 districts but values cover 2');
    expect(theilDecomposition([0, 0], [0, 1], 2).theil).toBeNaN();
  });
});
