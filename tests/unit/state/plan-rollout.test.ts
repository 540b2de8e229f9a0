// The timeline and the network as the planning views show them, from the tiny plan of
// tests/unit/engine/tiny-plan.ts (s3 and h1 chosen), worked out on paper.
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../../src/core/siting/types.ts';
import { buildPlanInstance } from '../../../src/engine/plan-instance.ts';
import { planRun } from '../../../src/engine/run-plan.ts';
import { linkSegments, rollout, sitesBuiltBy, withRollout } from '../../../src/state/plan-rollout.ts';
import { planOutcome } from '../../../src/state/plan-outcome.ts';
import { siteRows } from '../../../src/state/plan-view.ts';
import { i32, tinyInputs } from '../engine/tiny-plan.ts';

const plan: Plan = { sites: i32(1, 2), assignment: null, status: 'optimal', solver: 'exact', bound: null, gap: null, seconds: 0, messages: [], year: i32(0, 1) };
const districts = { ids: ['A', 'B'], names: ['Ward A', 'Ward B'] };

describe('phased roll-out in the views', () => {
  const inputs = tinyInputs({ max_sites: undefined, phases: [{ year: 2027, budget: 600 }, { year: 2028, budget: 2000 }] });
  const run = planRun(inputs.scenario, districts, buildPlanInstance(inputs), plan);

  test('each year: sites and cost built that year, and the share covered at its end', () => {
    const r = rollout(run)!;
    // Demand 305: 230 covered by the end of 2027 (existing 180 + s3's 50), all 305 by 2028.
    expect(r.years.map((y) => [y.year, y.sites, y.cost, y.budget, y.covered])).toEqual([[2027, 1, 500, 600, 230 / 305], [2028, 1, 2000, 2000, 1]]);
    expect(Array.from(r.years[0]!.districts)).toEqual([1, 0]);
    expect(Array.from(r.builtIn)).toEqual([-1, 0, 1]);
    expect(Array.from(sitesBuiltBy(plan.sites, r, 0))).toEqual([1]);
    expect(Array.from(sitesBuiltBy(plan.sites, r, null))).toEqual([1, 2]);
  });

  test('site rows carry the year; a plan without phases has no roll-out', () => {
    expect(withRollout(siteRows(planOutcome(run, run.positions)), run).map((r) => [r.id, r.year])).toEqual([['s3', 2027], ['h1', 2028]]);
    const plain = planRun(tinyInputs().scenario, districts, buildPlanInstance(tinyInputs()), { ...plan, year: undefined } as Plan);
    expect(rollout(plain)).toBeNull();
    expect(linkSegments(plain)).toBeNull();
  });
});

describe('community network in the views', () => {
  const inputs = { ...tinyInputs({ network: { backhaul: { points: 'pops' }, link_m: 3000 } }), backhaul: [{ layer: 'pops', file: 'pops.csv', rows: i32(2), ids: ['pop'], lon: Float64Array.of(0.06), lat: Float64Array.of(0) }] };
  const run = planRun(inputs.scenario, districts, buildPlanInstance(inputs), { ...plan, year: undefined } as Plan);

  test('one segment per link, from the site to its parent (s3 → backhaul at 0.06°, h1 → s3)', () => {
    const links = linkSegments(run)!;
    expect(Array.from(links.fromLon)).toEqual([0.045, 0.02]);
    expect(Array.from(links.toLon)).toEqual([0.06, 0.045]);
    expect(Array.from(links.toBackhaul)).toEqual([1, 0]);
    expect(withRollout(siteRows(planOutcome(run, run.positions)), run).map((r) => [r.id, r.parent, r.hops])).toEqual([['s3', 'backhaul pop', 1], ['h1', 's3', 2]]);
  });
});
