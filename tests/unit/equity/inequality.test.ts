import { describe, expect, test } from 'vitest';
import { inequality } from '../../../src/core/equity/inequality.ts';

describe('inequality', () => {
  test('x = 1, 2, 3, 4 (and a missing district) summarised by hand', () => {
    const x = Object.freeze([1, 2, Number.NaN, 3, 4]);
    const s = inequality(x);
    expect(s.n).toBe(4);
    expect(s.min).toBe(1);
    expect(s.max).toBe(4);
    // m = 10/4.
    expect(s.mean).toBe(2.5);
    // See gini.test.ts: 20 / 80.
    expect(s.gini).toBeCloseTo(0.25, 15);
    // T = ¼ Σ (x/2.5) ln(x/2.5).
    expect(s.theil).toBeCloseTo([1, 2, 3, 4].reduce((t, v) => t + 0.25 * (v / 2.5) * Math.log(v / 2.5), 0), 15);
    // W = 4: bottom 40 % = 1.6 units = 1 + 0.6·2 = 2.2; top 10 % = 0.4 units of x=4 = 1.6; 1.6/2.2.
    expect(s.palma).toBeCloseTo(1.6 / 2.2, 14);
  });
  test('weighted: x = 4, 0 with populations 1, 3', () => {
    // m = 1; gini 0.75 and theil ln 4 as in their own tests; bottom 40 % holds 0 → palma NaN.
    const s = inequality([4, 0], [1, 3]);
    expect(s).toMatchObject({ n: 2, min: 0, max: 4, mean: 1 });
    expect(s.gini).toBeCloseTo(0.75, 15);
    expect(s.theil).toBeCloseTo(Math.log(4), 15);
    expect(s.palma).toBeNaN();
  });
  test('no usable districts → n = 0 and everything NaN', () => {
    const s = inequality([Number.NaN, 1], [1, Number.NaN]);
    expect(s.n).toBe(0);
    for (const key of ['min', 'max', 'mean', 'gini', 'theil', 'palma'] as const) expect(s[key]).toBeNaN();
  });
  test('a zero mean → gini and theil NaN, min/max/mean still reported', () => {
    const s = inequality([0, 0]);
    expect(s).toMatchObject({ n: 2, min: 0, max: 0, mean: 0 });
    expect(s.gini).toBeNaN();
    expect(s.theil).toBeNaN();
  });
});
