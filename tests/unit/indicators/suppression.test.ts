import { describe, expect, test } from 'vitest';
import { suppress, suppressGap } from '../../../src/core/indicators/suppression.ts';

describe('suppress', () => {
  test('figures whose base is below the minimum become NaN and are flagged', () => {
    // Minimum 10: bases 9 and 0 are below, 10 and 500 are not.
    const rates = Object.freeze([40, 55.5, 12, 0]);
    const people = Object.freeze([500, 9, 10, 0]);
    const s = suppress(rates, people, 10);
    expect(Array.from(s.values)).toEqual([40, Number.NaN, 12, Number.NaN]);
    expect(Array.from(s.flags)).toEqual([0, 1, 0, 1]);
  });
  test('a missing base is withheld; a missing figure with a sufficient base is missing, not withheld', () => {
    const s = suppress([1, Number.NaN], [Number.NaN, 100], 10);
    expect(Array.from(s.values)).toEqual([Number.NaN, Number.NaN]);
    expect(Array.from(s.flags)).toEqual([1, 0]);
  });
  test('the input is not changed', () => {
    const values = Float64Array.of(1, 2);
    suppress(values, [0, 0], 5);
    expect(Array.from(values)).toEqual([1, 2]);
  });
  test('a bad minimum or mismatched lengths are errors', () => {
    expect(() => suppress([1], [1], -1)).toThrow('minimum must be finite and ≥ 0, got -1');
    expect(() => suppress([1], [1], Number.NaN)).toThrow('minimum must be finite and ≥ 0, got NaN');
    expect(() => suppress([1, 2], [1], 1)).toThrow('base covers 1 districts but values cover 2');
  });
});

describe('suppressGap', () => {
  test('a gap is withheld where either group was withheld', () => {
    // Women's rate withheld in district 1, men's in district 2: only district 0's gap is shown.
    const women = suppress([40, 30, 50], [100, 5, 100], 10);
    const men = suppress([45, 35, 60], [100, 100, 3], 10);
    const gap = [40 - 45, 30 - 35, 50 - 60];
    const s = suppressGap(gap, women.flags, men.flags);
    expect(Array.from(s.values)).toEqual([-5, Number.NaN, Number.NaN]);
    expect(Array.from(s.flags)).toEqual([0, 1, 1]);
  });
  test('mismatched lengths are errors', () => {
    expect(() => suppressGap([1, 2], Uint8Array.of(0, 0), Uint8Array.of(0))).toThrow('flags cover 2 and 1 districts but values cover 2');
  });
});
