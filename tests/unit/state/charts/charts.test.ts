import { describe, expect, test } from 'vitest';
import { gini } from '../../../../src/core/equity/gini.ts';
import { lorenzGini } from '../../../../src/core/equity/lorenz.ts';
import type { InequalityRow } from '../../../../src/engine/inequality-rows.ts';
import { bins, median } from '../../../../src/state/charts/distribution.ts';
import { inequalityView } from '../../../../src/state/charts/inequality-view.ts';
import { dumbbellPair, ranking } from '../../../../src/state/charts/ranking.ts';
import { correlation, labelledDistricts, scatterPoints } from '../../../../src/state/charts/scatter.ts';
import { trendRows } from '../../../../src/state/charts/trend.ts';
import type { Measure } from '../../../../src/state/measures.ts';

const rate = (group: string, values: number[]): Measure => ({ key: `use.${group}`, indicatorId: 'use', label: `Use — ${group}`, code: { code: 'rate', indicator: 'Use', group }, unit: 'percent', values: Float64Array.from(values) });
const female = rate('female', [10, 30, Number.NaN]);
const male = rate('male', [20, 25, 40]);
const total = rate('total', [15, 28, 40]);
const gap: Measure = { key: 'use.gap.male-female', indicatorId: 'use', label: 'Use — gap', code: { code: 'gap', indicator: 'Use', a: 'male', b: 'female' }, unit: 'points', values: Float64Array.from([10, -5, Number.NaN]) };
const measures = [total, female, male, gap];

describe('ranking', () => {
  test('highest first, a missing figure last; the dumbbell joins the gap’s two groups', () => {
    const r = ranking(['A', 'B', 'C'], female, measures);
    expect(r.rows.map((row) => row.district)).toEqual([1, 0, 2]);
    expect(r.pair?.a.key).toBe('use.male');
    expect(r.pair?.b.key).toBe('use.female');
    expect(r.rows[0]).toEqual({ district: 1, value: 30, a: 25, b: 30 });
  });
  test('a total with no gap of its own takes the indicator’s first gap; a figure without groups has no dumbbell', () => {
    expect(dumbbellPair(total, measures)?.a.key).toBe('use.male');
    const count: Measure = { key: 'points.schools.count', indicatorId: 'points.schools', label: 'schools', code: { code: 'point-count', layer: 'schools' }, unit: 'count', values: Float64Array.of(1) };
    expect(dumbbellPair(count, [count])).toBeNull();
    expect(dumbbellPair(total, [total])).toBeNull();
  });
});

describe('distribution', () => {
  test('x = 1, 2, 2, 9 in bins of 2 from 0 to 10: counts 1, 2, 0, 0, 1; the top edge is closed', () => {
    // niceTicks(1, 9, 5): step 2 → edges 0, 2, 4, 6, 8, 10. 1 → [0,2); 2, 2 → [2,4); 9 → [8,10].
    expect(bins([1, 2, 2, 9, Number.NaN], 5).map((b) => b.count)).toEqual([1, 2, 0, 0, 1]);
    // 0..10 in steps of 2: 10 falls in the last bin [8, 10], not in a sixth one.
    expect(bins([0, 10], 5).map((b) => b.count)).toEqual([1, 0, 0, 0, 1]);
  });
  test('equal values make one bin; no values make none; median of 1, 2, 9, 4 is 3', () => {
    expect(bins([5, 5])).toEqual([{ lo: 5, hi: 5, count: 2 }]);
    expect(bins([Number.NaN])).toEqual([]);
    expect(median([1, 2, 9, 4])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('scatter', () => {
  test('districts with both figures; labels: the selected, then each axis’s extremes once', () => {
    const p = scatterPoints(female.values, male.values);
    expect(p.map((q) => q.district)).toEqual([0, 1]);
    expect(labelledDistricts(p, [1, 2])).toEqual([1, 0]);
  });
  test('r = 1 on a line, −1 on a falling line, NaN without spread', () => {
    expect(correlation(scatterPoints([1, 2, 3], [2, 4, 6]))).toBeCloseTo(1, 15);
    expect(correlation(scatterPoints([1, 2, 3], [3, 2, 1]))).toBeCloseTo(-1, 15);
    expect(correlation(scatterPoints([1, 1], [2, 3]))).toBeNaN();
  });
});

describe('inequalityView', () => {
  const row = (indicator: string, g: number): InequalityRow => ({ indicator, n_districts: 3, min: 0, max: 0, gini: g, theil: 0, palma: 0, weighting: 'population' });
  test('the curve of the population-weighted figure has the Gini of the run’s row', () => {
    const population = Float64Array.of(1000, 3000, 500);
    const g = gini(male.values, population);
    const v = inequalityView(male, [row('use.male', g)], population);
    expect(v.row?.gini).toBe(g);
    expect(lorenzGini(v.curve!)).toBeCloseTo(g, 14);
    expect(v.reading.code).toBe('palma');
  });
  test('a missing figure is left out; a column without measures (a gap can be negative) has no curve', () => {
    expect([...inequalityView(female, [row('use.female', 0.2)], null).curve!.order]).toEqual([0, 1]);
    expect(inequalityView(gap, [row('use.gap.male-female', Number.NaN)], null)).toEqual({ row: row('use.gap.male-female', Number.NaN), curve: null, reading: { code: 'none' } });
    expect(inequalityView(gap, [], null).row).toBeUndefined();
  });
});

describe('trendRows', () => {
  test('all districts: test-weighted; a withheld figure is left out of the mean', () => {
    // District 0: 10 Mbps on 1 test, 20 on 3; district 1: 30 on 1 test, withheld in Q2.
    // Q1: (1·10 + 1·30)/2 = 20. Q2: only district 0 → 20.
    const trend = { layer: 'fixed', groups: ['Q1', 'Q2'], tests: Float64Array.of(1, 3, 1, 1), downloadMbps: Float64Array.of(10, 20, 30, Number.NaN), uploadMbps: new Float64Array(4), latencyMs: new Float64Array(4) };
    expect(trendRows(trend, 'downloadMbps', [1])).toEqual([
      { group: 'Q1', all: 20, districts: [30] },
      { group: 'Q2', all: 20, districts: [Number.NaN] },
    ]);
  });
});
