// The views' outcome from a real PlanRun: the tiny instance of tests/unit/engine/plan-outputs.test.ts,
// sites s3 and h1 chosen by hand.
import { describe, expect, test } from 'vitest';
import { f64, i32, tinyInputs } from '../engine/tiny-plan.ts';
import type { Plan } from '../../../src/core/siting/types.ts';
import { buildPlanInstance } from '../../../src/engine/plan-instance.ts';
import { planRun } from '../../../src/engine/run-plan.ts';
import { planOutcome } from '../../../src/state/plan-outcome.ts';
import { districtRows, floorStatus, siteRoles, siteRows } from '../../../src/state/plan-view.ts';
import { districtShareGini } from '../../../src/state/scenario-compare.ts';


const inputs = tinyInputs({ floors: { district: 0.5 }, forbidden: ['schools:s1'] });
const built = buildPlanInstance(inputs);

const plan: Plan = { sites: i32(1, 2), assignment: null, status: 'optimal', solver: 'exact', bound: 305, gap: 0, seconds: 0.25, messages: [] };
const run = planRun(inputs.scenario, { ids: ['A', 'B'], names: ['Ward A', 'Ward B'] }, built, plan);
const positions = { demand: { lon: inputs.demand.lon, lat: inputs.demand.lat }, existing: { lon: f64(0), lat: f64(0) } };

describe('planOutcome', () => {
  const o = planOutcome(run, positions);

  test('candidates keyed "<layer>:<id>" with their cost; roles from the scenario and the plan', () => {
    expect(o.candidates.keys).toEqual(['schools:s1', 'schools:s3', 'health:h1']);
    expect(Array.from(o.candidates.cost)).toEqual([1000, 500, 2000]);
    expect(siteRoles(o)).toEqual(['forbidden', 'chosen', 'chosen']);
    expect(o.existing.keys).toEqual(['existing:1']);
  });

  test('demand covered: p0, p1 before; p2 and p3 newly', () => {
    expect(Array.from(o.demand.covered)).toEqual([1, 1, 2, 2]);
  });

  test('rows and floors as the engine computed them: s3 newly covers 50, h1 75; both wards at 100 %', () => {
    expect(siteRows(o).map((r) => [r.key, r.cost, r.district, r.newlyCovered])).toEqual([['schools:s3', 500, '', 50], ['health:h1', 2000, 'Ward B', 75]]);
    expect(districtRows(o).map((r) => [r.name, r.shareBefore, r.shareAfter])).toEqual([['Ward A', 1, 1], ['Ward B', 0, 1]]);
    expect(floorStatus(o.floors)).toEqual([{ floor: 'district', perDistrict: true, required: 0.5, achieved: 1, kept: true }]);
  });

  test('the comparison’s Gini is the engine’s (coverageGini)', () => {
    const before = planOutcome(planRun(inputs.scenario, run.districts, built, { ...plan, sites: i32() }), positions);
    expect(districtShareGini(before)).toBeCloseTo(run.inequality.giniBefore ?? Number.NaN, 12);
    // After: every ward at 100 %: Gini 0.
    expect(districtShareGini(o)).toBe(0);
    expect(run.inequality.giniAfter).toBe(0);
  });

  test('positions that do not match the instance are refused', () => {
    expect(() => planOutcome(run, { ...positions, demand: { lon: f64(0), lat: f64(0) } })).toThrow('demand positions cover 1 points but the instance has 4');
  });
});
