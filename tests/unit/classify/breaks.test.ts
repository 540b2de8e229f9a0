import { describe, expect, test } from 'vitest';
import { classBreaks, classOf, quantileSorted } from '../../../src/core/classify/breaks.ts';
import { rgbHex, sequentialRamp } from '../../../src/core/classify/palette.ts';

describe('classBreaks', () => {
  test('quantile breaks of 1..5 into 2 classes cut at the median 3', () => {
    expect(classBreaks([5, 1, 4, 2, 3], 2)).toEqual([3]);
  });
  test('quantile breaks use type-7 interpolation: 1..4 into 4 classes → 1.75, 2.5, 3.25', () => {
    // h = (n−1)p: p=.25 → 0.75 → 1 + .75·1 = 1.75; p=.5 → 1.5 → 2.5; p=.75 → 2.25 → 3.25.
    expect(classBreaks([1, 2, 3, 4], 4)).toEqual([1.75, 2.5, 3.25]);
  });
  test('equal intervals of 0..10 into 5 classes → 2, 4, 6, 8', () => {
    expect(classBreaks([0, 10, 3], 5, 'equal-interval')).toEqual([2, 4, 6, 8]);
  });
  test('missing values are ignored and repeated breaks collapse', () => {
    expect(classBreaks([Number.NaN, 1, 1, 1, 1], 3)).toEqual([1]);
    expect(classBreaks([Number.NaN], 3)).toEqual([]);
  });
  test('an unknown method or class count is a clear error', () => {
    expect(() => classBreaks([1], 0)).toThrow(/≥ 1/);
    expect(() => classBreaks([1, 2], 2, 'jenks' as never)).toThrow(/unknown break method "jenks"/);
  });
});

describe('classOf', () => {
  test('values on a break go to the upper class; missing values are −1', () => {
    expect(classOf(2.9, [3, 6])).toBe(0);
    expect(classOf(3, [3, 6])).toBe(1);
    expect(classOf(7, [3, 6])).toBe(2);
    expect(classOf(Number.NaN, [3, 6])).toBe(-1);
  });
  test('quantileSorted of one value is that value', () => {
    expect(quantileSorted([7], 0.3)).toBe(7);
  });
});

describe('palette', () => {
  test('YlGnBu 5 runs light to dark', () => {
    const ramp = sequentialRamp(5);
    expect(ramp).toHaveLength(5);
    expect(rgbHex(ramp[0]!)).toBe('#ffffcc');
    expect(rgbHex(ramp[4]!)).toBe('#253494');
    expect(() => sequentialRamp(9)).toThrow(/3 to 7/);
  });
});
