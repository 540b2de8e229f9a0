import { describe, expect, test } from 'vitest';
import { gini } from '../../../src/core/equity/gini.ts';
import { heldByLowest, lorenz, lorenzGini } from '../../../src/core/equity/lorenz.ts';
import { palma } from '../../../src/core/equity/palma.ts';
import { palmaReading } from '../../../src/core/equity/palma-reading.ts';
import { mulberry32 } from '../../../src/core/random.ts';

describe('lorenz', () => {
  test('x = 4, 1, 3, 2 unweighted: districts ranked 1, 2, 3, 4; points at quarters of the people', () => {
    // Total 10: cumulative 1, 3, 6, 10 → 0.1, 0.3, 0.6, 1.
    const c = lorenz(Object.freeze([4, 1, 3, 2]));
    expect([...c.order]).toEqual([1, 3, 2, 0]);
    expect([...c.population]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([...c.outcome].map((v) => +v.toFixed(12))).toEqual([0, 0.1, 0.3, 0.6, 1]);
  });
  test('twice the area to the diagonal of x = 1..4 is 0.25, the Gini worked out in gini.test.ts', () => {
    // Area under = ¼·(0.05 + 0.2 + 0.45 + 0.8) = 0.375; 1 − 2·0.375 = 0.25.
    expect(lorenzGini(lorenz([4, 1, 3, 2]))).toBeCloseTo(0.25, 15);
  });
  test('x = 2, 6 with populations 1, 3: points (¼, 0.1), (1, 1) and Gini 0.15', () => {
    // W = 4, S = 2 + 18 = 20. Area under = ¼·0.1/2 + ¾·(0.1 + 1)/2 = 0.0125 + 0.4125 = 0.425; 1 − 0.85 = 0.15.
    const c = lorenz([2, 6], [1, 3]);
    expect([...c.population]).toEqual([0, 0.25, 1]);
    expect(c.outcome[1]).toBeCloseTo(0.1, 15);
    expect(lorenzGini(c)).toBeCloseTo(0.15, 15);
  });
  test('equal districts lie on the diagonal: Gini 0', () => {
    expect(lorenzGini(lorenz([3, 3, 3], [1, 5, 2]))).toBeCloseTo(0, 15);
  });
  test('districts with a missing value or weight are left out; no districts or nothing held → one point, NaN', () => {
    expect([...lorenz([1, Number.NaN, 2], [1, 1, Number.NaN]).order]).toEqual([0]);
    expect(lorenz([]).population.length).toBe(1);
    expect(lorenzGini(lorenz([0, 0]))).toBeNaN();
    expect(heldByLowest(lorenz([0, 0]), 0.4)).toBeNaN();
  });
  test('heldByLowest reads the straight piece a cut falls in: x = 1, 2, 3, bottom 40 % hold 1.4 / 6', () => {
    // As palma.test.ts: 1.2 units of weight = all of x=1 and 0.2 of x=2 → 1.4 of S = 6.
    const c = lorenz([3, 1, 2]);
    expect(heldByLowest(c, 0.4)).toBeCloseTo(1.4 / 6, 15);
    expect(heldByLowest(c, 0)).toBe(0);
    expect(heldByLowest(c, 1)).toBeCloseTo(1, 15);
  });
  test('a district of weight 0 adds a repeated point and changes nothing', () => {
    expect(lorenzGini(lorenz([2, 9, 6], [1, 0, 3]))).toBeCloseTo(0.15, 15);
    expect(heldByLowest(lorenz([2, 9, 6], [1, 0, 3]), 0.25)).toBeCloseTo(0.1, 15);
  });
  test('twice the area equals gini() on seeded random districts, weighted and unweighted, ties included', () => {
    const random = mulberry32(19190001);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(random() * 50);
      // One decimal place makes ties common; some zeros and some empty districts.
      const x = Array.from({ length: n }, () => (random() < 0.1 ? 0 : Math.round(random() * 100) / 10));
      const w = Array.from({ length: n }, () => (random() < 0.05 ? 0 : Math.round(1 + random() * 5000)));
      for (const weights of [w, undefined]) {
        const expected = gini(x, weights);
        const got = lorenzGini(lorenz(x, weights));
        if (Number.isNaN(expected)) expect(got).toBeNaN();
        else expect(Math.abs(got - expected)).toBeLessThan(1e-12);
      }
    }
  });
});

describe('palmaReading', () => {
  test('x = 1, 10 with populations 4, 1: top tenth average 10, bottom four tenths average 1, ratio 2.5', () => {
    // As palma.test.ts: top 10 % hold 5, bottom 40 % hold 2 → 2.5; both groups sit inside one district.
    const r = palmaReading([1, 10], [4, 1]);
    expect(r).toEqual({ code: 'palma', palma: expect.closeTo(2.5, 12), topMean: expect.closeTo(10, 12), bottomMean: expect.closeTo(1, 12), perPerson: expect.closeTo(10, 12) });
  });
  test('nothing held by the bottom 40 % → no reading', () => {
    expect(palmaReading([0, 0, 1, 2, 3])).toEqual({ code: 'none' });
    expect(palmaReading([])).toEqual({ code: 'none' });
  });
  test('its ratio is palma() and its per-person ratio is four times it, on seeded random districts', () => {
    const random = mulberry32(19190002);
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + Math.floor(random() * 40);
      const x = Array.from({ length: n }, () => Math.round(1 + random() * 99));
      const w = Array.from({ length: n }, () => Math.round(1 + random() * 1000));
      const r = palmaReading(x, w);
      if (r.code !== 'palma') throw new Error('positive figures always have a reading');
      expect(r.palma).toBeCloseTo(palma(x, w), 10);
      expect(r.perPerson).toBeCloseTo(4 * r.palma, 10);
    }
  });
});
