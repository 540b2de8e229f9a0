// buildPlanInstance on a case small enough to work out by hand: points on the equator, where
// 0.01° of longitude is 6,371,008.8 m × π/180 × 0.01 = 1,111.95 m (haversine, issue #12's R).
import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../../src/core/project/types.ts';
import { buildPlanInstance, type PlanInputs } from '../../../src/engine/plan-instance.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const M_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const f64 = (...v: number[]) => Float64Array.from(v);
const i32 = (...v: number[]) => Int32Array.from(v);

const scenario: Scenario = deepFreeze({
  id: 'tiny',
  demand: { points: 'grid', weight: 'pop', only_offline: 'internet_use.total' },
  groups: { women: { table: 'ict', column: 'female_share' }, youth: { column: 'pop_15_24' } },
  candidates: [{ points: 'schools', cost: 'cost' }, { points: 'health', cost: 2000, capacity: 250 }],
  existing: { points: 'wifi' },
  radius_m: 1200,
  max_sites: 2,
  budget: 3000,
  floors: { district: 0.5, groups: { women: 0.4 } },
  locked: ['health:h1'],
  forbidden: ['schools:s2'],
});

// Demand: p0, p1 in district A (0), p2 in B (1), p3 outside every district, p4 without a
// position, p5 without a weight. Lines 2–7 of grid.csv.
const inputs: PlanInputs = {
  scenario,
  districtIds: ['A', 'B'],
  demand: {
    file: 'grid.csv',
    rows: i32(2, 3, 4, 5, 6, 7),
    lon: f64(0, 0.01, 0.02, 0.05, Number.NaN, 0.03),
    lat: f64(0, 0, 0, 0, 0, 0),
    district: i32(0, 0, 1, -1, -1, 1),
    weight: f64(100, 200, 300, 50, 10, Number.NaN),
    weightColumn: 'pop',
  },
  // Internet use 40 % in A and 75 % in B: 60 % and 25 % of people are offline.
  offline: { column: 'internet_use.total', rate: f64(40, 75) },
  groups: [
    { name: 'women', kind: 'share', file: 'ict.csv', column: 'female_share', share: f64(0.5, 0.4) },
    { name: 'youth', kind: 'column', column: 'pop_15_24', values: f64(10, 20, 30, 5, 1, 2) },
  ],
  candidates: [
    // s1 at 0.005° covers p0 and p1 (555.98 m each); s2 has no cost; s3 at 0.045° covers p3 only.
    { layer: 'schools', file: 'schools.csv', rows: i32(2, 3, 4), ids: ['s1', 's2', 's3'], lon: f64(0.005, 0.02, 0.045), lat: f64(0, 0, 0), district: i32(0, 1, -1), cost: f64(1000, Number.NaN, 500), costColumn: 'cost' },
    // h1 at 0.02° covers p1 (1,111.95 m), p2 (0 m) and p5 (1,111.95 m; p5 has no weight, but a position).
    { layer: 'health', file: 'health.csv', rows: i32(9), ids: ['h1'], lon: f64(0.02), lat: f64(0), district: i32(1), cost: 2000, capacity: 250 },
  ],
  // An existing site at the origin covers p0 (0 m) and p1 (1,111.95 m).
  existing: { lon: f64(0), lat: f64(0) },
};
// Typed arrays cannot be frozen: a copy taken before shows that nothing was changed.
const before = structuredClone(inputs);

describe('buildPlanInstance', () => {
  const { instance, candidates, issues } = buildPlanInstance(inputs);

  test('leaves its inputs unchanged', () => {
    expect(inputs).toEqual(before);
  });

  test('demand weights are scaled to the people offline; outside every district they count in full; unusable rows weigh nothing', () => {
    // 100 × 0.6, 200 × 0.6, 300 × 0.25, 50 (no district, no rate), left out, left out.
    expect([...instance.demandWeight]).toEqual([60, 120, 75, 50, 0, 0]);
    expect([...instance.demandDistrict]).toEqual([0, 0, 1, -1, -1, 1]);
    expect(instance.nDistricts).toBe(2);
  });

  test('group weights: the demand weight times the district share, or a demand column scaled the same way', () => {
    expect(instance.groups).toEqual(['women', 'youth']);
    // women: 60 × 0.5, 120 × 0.5, 75 × 0.4, outside every district no share, left out, left out.
    expect([...instance.groupWeight[0]!]).toEqual([30, 60, 30, 0, 0, 0]);
    // youth: 10 × 0.6, 20 × 0.6, 30 × 0.25, 5 in full, left out, left out.
    expect([...instance.groupWeight[1]!]).toEqual([6, 12, 7.5, 5, 0, 0]);
  });

  test('candidates without a cost are left out; coverage pairs and distances by hand', () => {
    expect(candidates.layers).toEqual(['schools', 'health']);
    expect([...candidates.layer]).toEqual([0, 0, 1]);
    expect(candidates.ids).toEqual(['s1', 's3', 'h1']);
    expect([...candidates.district]).toEqual([0, -1, 1]);
    expect([...instance.candidateCost]).toEqual([1000, 500, 2000]);
    expect([...instance.coverStart]).toEqual([0, 2, 3, 6]);
    expect([...instance.coverDemand]).toEqual([0, 1, 3, 1, 2, 5]);
    const expected = [0.005, 0.005, 0.005, 0.01, 0, 0.01].map((deg) => deg * M_PER_DEGREE);
    [...instance.coverDistance].forEach((d, k) => expect(d).toBeCloseTo(expected[k]!, 6));
    expect([...instance.coveredByExisting]).toEqual([1, 1, 0, 0, 0, 0]);
  });

  test('capacity per layer (none for schools), limits, floors, locked and forbidden', () => {
    expect(instance.capacity && [...instance.capacity]).toEqual([Infinity, Infinity, 250]);
    expect([...instance.locked]).toEqual([2]);
    expect([...instance.forbidden]).toEqual([]);
    expect(instance.budget).toBe(3000);
    expect(instance.maxSites).toBe(2);
    expect(instance.floors).toEqual({ district: 0.5, groups: { women: 0.4 } });
    expect(instance.objective).toBe('coverage');
  });

  test('a site both locked and forbidden is a contradiction: said as an issue naming site and scenario keys, left out, no crash', () => {
    const both = buildPlanInstance({ ...inputs, scenario: { ...scenario, locked: ['health:h1'], forbidden: ['health:h1'] } });
    // health:h1 is candidate 2 (schools s1, s3 kept, then health h1): forbidden, not locked.
    expect([...both.instance.locked]).toEqual([]);
    expect([...both.instance.forbidden]).toEqual([2]);
    expect(both.issues).toContainEqual({ file: 'project', reason: 'site "health:h1" is in both scenarios["tiny"].locked and .forbidden; it is left out of the plan' });
  });

  test('every row left out is an issue naming file, line and column', () => {
    expect(issues).toEqual([
      { file: 'grid.csv', reason: '1 demand point lies outside every district, so no internet_use.total applies; it counts in full' },
      { file: 'grid.csv', row: 6, reason: 'no position; this demand point is left out' },
      { file: 'grid.csv', row: 7, column: 'pop', reason: 'missing weight; this demand point is left out' },
      { file: 'schools.csv', row: 3, column: 'cost', reason: 'candidate "s2": missing cost; it is left out' },
      { file: 'project', reason: 'forbidden site "schools:s2" is not among the scenario\'s candidates (after their filters); it is ignored' },
    ]);
  });

  test('without weights, floors, limits or only_offline: every point weighs 1, no capacity, no limits', () => {
    const { weight: _w, only_offline: _o, ...demand } = scenario.demand;
    const bare = { ...scenario, demand, capacity: undefined, floors: undefined, budget: undefined, max_sites: undefined, locked: undefined, forbidden: undefined };
    const { offline: _off, ...rest } = inputs;
    const result = buildPlanInstance({ ...rest, scenario: bare as Scenario, demand: { ...inputs.demand, weight: null }, candidates: [inputs.candidates[0]!], existing: null });
    expect([...result.instance.demandWeight]).toEqual([1, 1, 1, 1, 0, 1]);
    expect(result.instance.capacity).toBeNull();
    expect([...result.instance.coveredByExisting]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([result.instance.budget, result.instance.maxSites]).toEqual([Infinity, Infinity]);
    expect(result.instance.floors).toEqual({});
  });
});
