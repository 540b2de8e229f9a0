// Every break method against breaks worked out by hand, with ties and with fewer districts
// than classes. A break opens a class: a value equal to it goes up (classOf).
import { describe, expect, test } from 'vitest';
import { classBreaks, classOf, manualBreaks, quantileSorted, snapBreaks } from '../../../src/core/classify/breaks.ts';
import { divergingSides, rgbHex, sequentialRamp } from '../../../src/core/classify/palette.ts';

describe('quantile breaks (by rank: the distinct value starting nearest to rank i·n/k)', () => {
  test('1..5 into 2 classes: target rank 2.5, ranks 2 and 3 tie, the lower (value 3) wins', () => {
    expect(classBreaks([5, 1, 4, 2, 3], 2)).toEqual([3]);
  });
  test('1..10 into 5 classes: ranks 2, 4, 6, 8 → values 3, 5, 7, 9, two districts a class', () => {
    expect(classBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5)).toEqual([3, 5, 7, 9]);
  });
  test('ties share a class: four 1s and a 5 make {1,1,1,1} and {5}, not an empty first class', () => {
    expect(classBreaks([1, 1, 1, 1, 5], 2)).toEqual([5]);
  });
  test('ties in the middle: 1, 2×4, 3 into 3 classes → 2 (starts at rank 1, nearest 2) and 3 (rank 5, nearest 4)', () => {
    expect(classBreaks([1, 2, 2, 2, 2, 3], 3)).toEqual([2, 3]);
  });
  test('fewer districts than classes: three values into 5 classes give three classes of one', () => {
    // Targets 0.6, 1.2, 1.8, 2.4 → ranks 1, 1, 2, 2 → values 20, 20, 30, 30 → [20, 30].
    expect(classBreaks([30, 10, 20], 5)).toEqual([20, 30]);
  });
  test('one distinct value, or none, has no break; missing values are ignored', () => {
    expect(classBreaks([4, 4, 4], 5)).toEqual([]);
    expect(classBreaks([Number.NaN, 1, 1, 1, 1], 3)).toEqual([]);
    expect(classBreaks([Number.NaN], 3)).toEqual([]);
  });
});

describe('equal intervals', () => {
  test('0..10 into 5 classes → 2, 4, 6, 8', () => {
    expect(classBreaks([0, 10, 3], 5, 'equal-interval')).toEqual([2, 4, 6, 8]);
  });
  test('two districts into 5 classes keep the five intervals (the middle three are empty)', () => {
    expect(classBreaks([0, 10], 5, 'equal-interval')).toEqual([2, 4, 6, 8]);
  });
  test('all values tied: no break', () => {
    expect(classBreaks([3, 3, 3], 4, 'equal-interval')).toEqual([]);
  });
});

describe('natural breaks (ckmeans: least squared deviation within classes)', () => {
  test('three obvious clusters 1–3, 10–12, 20–21 → breaks at 10 and 20', () => {
    expect(classBreaks([21, 1, 11, 2, 20, 3, 10, 12], 3, 'natural')).toEqual([10, 20]);
  });
  test('ties: −1×4, 2×3, 4–6 → breaks at 2 and 4 (the ckmeans paper\'s example)', () => {
    expect(classBreaks([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3, 'natural')).toEqual([2, 4]);
  });
  test('fewer distinct values than classes: 5, 5, 5, 9 into 4 classes → {5,5,5} and {9}', () => {
    expect(classBreaks([5, 5, 5, 9], 4, 'natural')).toEqual([9]);
  });
  test('fewer districts than classes: two values into 5 classes → two classes', () => {
    expect(classBreaks([7, 1], 5, 'natural')).toEqual([7]);
  });
});

describe('manual breaks', () => {
  test('the planner\'s breaks are kept as given, whatever the values', () => {
    expect(classBreaks([1, 2, 3], 5, 'manual', [10, 20])).toEqual([10, 20]);
  });
  test('breaks that do not rise, or are not numbers, are refused with the reason', () => {
    expect(() => manualBreaks([10, 10])).toThrow('breaks must rise: 10 is followed by 10');
    expect(() => manualBreaks([Number.NaN])).toThrow('break 1 is not a number');
  });
});

test('an unknown method or class count is a clear error', () => {
  expect(() => classBreaks([1], 0)).toThrow(/≥ 1/);
  expect(() => classBreaks([1, 2], 2, 'jenks' as never)).toThrow(/unknown break method "jenks"/);
});

test('snapBreaks rounds up to the shown step and drops repeats: 2.1 and 2.2 are both 3 for counts', () => {
  expect(snapBreaks([2.1, 2.2, 4], 1)).toEqual([3, 4]);
  expect(snapBreaks([0.15000001, 0.3], 0.1)).toEqual([0.2, 0.3]);
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
  test('diverging sides run from the centre outwards: PuOr 5 without its centre #f7f7f7', () => {
    const { below, above } = divergingSides(2, 'PuOr');
    expect(below.map(rgbHex)).toEqual(['#fdb863', '#e66101']);
    expect(above.map(rgbHex)).toEqual(['#b2abd2', '#5e3c99']);
    expect(() => divergingSides(6)).toThrow(/1 to 5/);
  });
});
