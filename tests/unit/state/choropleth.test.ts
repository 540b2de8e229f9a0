import { describe, expect, test } from 'vitest';
import { NO_DATA_RGB, sequentialRamp } from '../../../src/core/classify/palette.ts';
import { choropleth } from '../../../src/state/choropleth.ts';
import { formatValue, measuresOf } from '../../../src/state/measures.ts';

describe('choropleth', () => {
  test('ten values 1..10 in 5 quantile classes hold two districts each', () => {
    // Type-7 quantiles of 1..10 at 20/40/60/80 %: 2.8, 4.6, 6.4, 8.2.
    const c = choropleth(Float64Array.from({ length: 10 }, (_, i) => i + 1));
    expect(c.legend.map((e) => e.count)).toEqual([2, 2, 2, 2, 2]);
    expect(c.legend[0]!.from).toBe(1);
    expect(c.legend[0]!.to).toBeCloseTo(2.8, 10);
    expect(c.legend[4]!.to).toBe(10);
    expect(c.colors[9]).toEqual(sequentialRamp(5)[4]);
  });
  test('missing values are grey and counted', () => {
    const c = choropleth(Float64Array.of(1, Number.NaN, 3));
    expect(c.colors[1]).toEqual(NO_DATA_RGB);
    expect(c.missing).toBe(1);
    expect(c.classes[1]).toBe(-1);
  });
  test('all values missing gives an empty legend', () => {
    expect(choropleth(Float64Array.of(Number.NaN)).legend).toEqual([]);
  });
});

describe('measures', () => {
  test('a rate indicator yields one column per group, gap and parity, keyed as districts.csv', () => {
    const rate = Float64Array.of(1);
    const keys = measuresOf([
      {
        kind: 'rate', id: 'internet_use', label: 'Internet use', matchedRows: [1],
        groups: [{ group: 'male', numerator: rate, denominator: rate, rate }, { group: 'female', numerator: rate, denominator: rate, rate }],
        gaps: [{ a: 'male', b: 'female', gapPoints: rate, parity: rate }],
      },
      { kind: 'value', id: 'hh_internet', label: 'Households', unit: 'percent', values: rate, matchedRows: [1] },
    ]).map((m) => m.key);
    expect(keys).toEqual(['internet_use.male', 'internet_use.female', 'internet_use.gap.male-female', 'internet_use.parity.female/male', 'hh_internet']);
  });
  test('formatting says the unit', () => {
    expect(formatValue(52.38, 'percent')).toBe('52.4 %');
    expect(formatValue(5.79, 'points')).toBe('+5.8 pp');
    expect(formatValue(-2, 'points')).toBe('−2.0 pp');
    expect(formatValue(Number.NaN, 'percent')).toBe('—');
  });
});

import { districtOrder } from '../../../src/state/district-order.ts';

describe('districtOrder', () => {
  const names = ['Nairobi', 'Mombasa', 'Kisumu', 'Lamu'];
  const measure = { key: 'x', indicatorId: 'x', label: 'x', unit: 'percent' as const, values: Float64Array.of(52, 40, Number.NaN, 40) };
  test('descending by value, ties by name, missing last', () => {
    expect(districtOrder(names, measure, true)).toEqual([0, 3, 1, 2]);
    expect(districtOrder(names, measure, false)).toEqual([3, 1, 0, 2]);
  });
  test('by name', () => {
    expect(districtOrder(names, undefined, false)).toEqual([2, 3, 1, 0]);
  });
});
