import { describe, expect, test } from 'vitest';
import { palma } from '../../../src/core/equity/palma.ts';

describe('palma', () => {
  test('ten equal-weight districts x = 1..10 → 1', () => {
    // Top 10 % = district 10 → 10; bottom 40 % = 1+2+3+4 = 10; 10 / 10 = 1.
    expect(palma([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBeCloseTo(1, 15);
  });
  test('three districts x = 1, 2, 3: both cuts split a district → 9/14', () => {
    // W = 3. Bottom 40 % = 1.2 units of weight: all of x=1 (1) + 0.2 of x=2 (0.4) = 1.4.
    // Top 10 % = 0.3 units: 0.3 of x=3 = 0.9. 0.9 / 1.4 = 9/14.
    expect(palma([3, 1, 2])).toBeCloseTo(9 / 14, 14);
  });
  test('x = 1, 10 with populations 4, 1 → 2.5', () => {
    // W = 5. Bottom 40 % = 2 units, all inside district x=1: 2·1 = 2.
    // Top 10 % = 0.5 units, inside district x=10: 0.5·10 = 5. 5 / 2 = 2.5.
    expect(palma([1, 10], [4, 1])).toBeCloseTo(2.5, 15);
  });
  test('equal districts → 0.25, not 1: shares follow weight', () => {
    // Top 10 % hold 0.1·W·x, bottom 40 % hold 0.4·W·x; 0.1 / 0.4 = 0.25.
    expect(palma([5, 5, 5])).toBeCloseTo(0.25, 15);
  });
  test('NaN when the bottom 40 % hold nothing or there are no districts', () => {
    // Bottom 40 % of 5 equal districts = the two zeros.
    expect(palma([0, 0, 1, 2, 3])).toBeNaN();
    expect(palma([])).toBeNaN();
    expect(palma([Number.NaN, 1], [1, Number.NaN])).toBeNaN();
  });
});
