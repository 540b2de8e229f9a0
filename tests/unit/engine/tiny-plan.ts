// The tiny planning instance several tests share, worked out on paper: districts A and B;
// demand p0, p1 in A (the existing site at 0° covers both), p2 in B, p3 outside every
// district; candidates s1, s3 (schools, cost from a column) and h1 (health, 2,000 each);
// radius 1,200 m along the equator (0.01° ≈ 1,112 m).
import type { Scenario } from '../../../src/core/project/types.ts';
import type { PlanInputs } from '../../../src/engine/plan-instance.ts';

export const f64 = (...v: number[]) => Float64Array.from(v);
export const i32 = (...v: number[]) => Int32Array.from(v);

/** The tiny inputs with `scenario` keys over the base scenario (id "tiny", radius 1,200 m, 2 sites). */
export function tinyInputs(scenario: Partial<Scenario> = {}): PlanInputs {
  return {
    scenario: { id: 'tiny', demand: { points: 'grid', weight: 'pop' }, candidates: [], radius_m: 1200, max_sites: 2, ...scenario },
    districtIds: ['A', 'B'],
    demand: { file: 'grid.csv', rows: i32(2, 3, 4, 5), lon: f64(0, 0.01, 0.02, 0.05), lat: f64(0, 0, 0, 0), district: i32(0, 0, 1, -1), weight: f64(60, 120, 75, 50), weightColumn: 'pop' },
    groups: [],
    candidates: [
      { layer: 'schools', file: 'schools.csv', rows: i32(2, 4), ids: ['s1', 's3'], lon: f64(0.005, 0.045), lat: f64(0, 0), district: i32(0, -1), cost: f64(1000, 500), costColumn: 'cost' },
      { layer: 'health', file: 'health.csv', rows: i32(9), ids: ['h1'], lon: f64(0.02), lat: f64(0), district: i32(1), cost: 2000 },
    ],
    existing: { lon: f64(0), lat: f64(0) },
  };
}
