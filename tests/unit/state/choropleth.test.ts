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
  test('measures are the engine\'s district columns, grouped by their indicator', () => {
    const values = Float64Array.of(1);
    const m = measuresOf([
      { name: 'internet_use.male', label: 'Internet use — male', code: { code: 'rate', indicator: 'Internet use', group: 'male' }, unit: 'percent', values, source: 'internet_use' },
      { name: 'points.schools.count', label: 'schools: count', code: { code: 'point-count', layer: 'schools' }, unit: 'count', values, source: 'points.schools', suppressed: Uint8Array.of(0) },
    ]);
    expect(m.map((x) => [x.key, x.indicatorId, x.unit])).toEqual([['internet_use.male', 'internet_use', 'percent'], ['points.schools.count', 'points.schools', 'count']]);
    expect(m[1]!.suppressed).toEqual(Uint8Array.of(0));
  });
  test('formatting says the unit', () => {
    expect(formatValue(52.38, 'percent')).toBe('52.4 %');
    expect(formatValue(5.79, 'points')).toBe('+5.8 pp');
    expect(formatValue(-2, 'points')).toBe('−2.0 pp');
    expect(formatValue(Number.NaN, 'percent')).toBe('—');
    expect(formatValue(40.04, 'mbps')).toBe('40.0 Mbps');
    expect(formatValue(1234.4, 'count')).toBe('1,234');
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

test('never more classes than districts: four values make four classes of one', () => {
  const c = choropleth(Float64Array.of(192, 216.6, 215.5, 244.5, Number.NaN));
  expect(c.legend.map((e) => e.count)).toEqual([1, 1, 1, 1]);
  expect(c.missing).toBe(1);
});
