// Point layers sized or coloured by a column, and tiles coloured by speed: classes worked out
// by hand (quantile breaks as breaks.test.ts cuts them; categories by count, ties by value).
import { describe, expect, test } from 'vitest';
import { categories, isNumeric, NO_CLASS, sizeClasses } from '../../../src/core/classify/point-style.ts';
import { SPEED_BREAKS_MBPS, speedClass } from '../../../src/core/classify/speed-classes.ts';
import { tileBoxes } from '../../../src/core/geo/tile-boxes.ts';

describe('size classes of a numeric column', () => {
  test('1..8 into 4 sizes: breaks 3, 5, 7 (ranks 2, 4, 6), two points a size; a missing value has none', () => {
    const s = sizeClasses([8, 1, 2, 3, 4, 5, 6, 7, Number.NaN]);
    expect(s.kind).toBe('size');
    expect(Array.from(s.classOf)).toEqual([3, 0, 0, 1, 1, 2, 2, 3, NO_CLASS]);
    expect(s.classes).toEqual([
      { label: [1, 3], count: 2 },
      { label: [3, 5], count: 2 },
      { label: [5, 7], count: 2 },
      { label: [7, 8], count: 2 },
    ]);
    expect(s.other).toBe(1);
  });
  test('one value throughout is one size', () => {
    const s = sizeClasses([4, 4, 4]);
    expect(s.classes).toEqual([{ label: [4, 4], count: 3 }]);
  });
});

describe('categories of a text column', () => {
  test('most frequent first, ties by value; beyond the palette and empty values are "other"', () => {
    const s = categories(['Primary', 'Secondary', 'Primary', null, 'Tertiary', 'Secondary', 'Primary', ''], 2);
    expect(s.classes).toEqual([
      { label: 'Primary', count: 3 },
      { label: 'Secondary', count: 2 },
    ]);
    // "other" is class 2 (= classes.length): Tertiary, null and "".
    expect(Array.from(s.classOf)).toEqual([0, 1, 0, 2, 2, 1, 0, 2]);
    expect(s.other).toBe(3);
  });
  test('equal counts are ordered by value, so the colours do not depend on file order', () => {
    expect(categories(['b', 'a']).classes.map((c) => c.label)).toEqual(['a', 'b']);
  });
});

test('a column is numeric when at least 90 % of its given values are numbers ("n/a" in 1 of 10 is a gap, "Level 4" is text)', () => {
  const texts = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'n/a'];
  expect(isNumeric(texts.map(Number), texts)).toBe(true);
  expect(isNumeric([Number.NaN, 4], ['Level 4', '4'])).toBe(false);
  expect(isNumeric([], [])).toBe(false);
});

test('speed classes: kbps (Ookla) into the Mbps classes < 10, 10–25, 25–100, 100–250, ≥ 250; a value on a bound goes up', () => {
  expect(SPEED_BREAKS_MBPS).toEqual([10, 25, 100, 250]);
  expect([9_999, 10_000, 24_999, 25_000, 100_000, 249_999, 250_000, 2_344].map(speedClass)).toEqual([0, 1, 1, 2, 3, 3, 4, 0]);
  expect(speedClass(Number.NaN)).toBe(-1);
});

test('tile boxes: quadkey "0" is the north-west quarter of the Mercator world; a bad quadkey is NaN', () => {
  const b = tileBoxes(['0', '4', null]);
  // [w, s, e, n]: x 0..0.5 of the world (−180°..0°), y from the top (85.0511°) to the equator.
  expect(Array.from(b.slice(0, 4)).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([-180, 0, 0, 85.0511]);
  expect(b.slice(4).every(Number.isNaN)).toBe(true);
});
