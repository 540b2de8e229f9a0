// plan.<id>.csv and plan.<id>.json from a plan chosen by hand on the tiny instance of
// plan-instance.test.ts: sites s3 and h1, every figure worked out on paper.
import { describe, expect, test } from 'vitest';
import { i32, tinyInputs } from './tiny-plan.ts';
import type { Plan } from '../../../src/core/siting/types.ts';
import { buildPlanInstance } from '../../../src/engine/plan-instance.ts';
import { planCsv, planFiles, planJson } from '../../../src/engine/plan-outputs.ts';
import { planRun } from '../../../src/engine/run-plan.ts';


const inputs = tinyInputs({ floors: { district: 0.5 } });
const built = buildPlanInstance(inputs);

const plan: Plan = { sites: i32(1, 2), assignment: null, status: 'optimal', solver: 'exact', bound: 305, gap: 0, seconds: 0.25, messages: ['This plan is proven optimal.'] };
const run = planRun(inputs.scenario, { ids: ['A', 'B'], names: ['Ward A', 'Ward B'] }, built, plan);

describe('plan outputs', () => {
  test('plan.<id>.csv: one row per chosen site; no district outside every district; the weight each newly covers', () => {
    // s3 newly covers p3 (50); h1 covers p1 (already covered by the existing site) and p2 (75).
    expect(planCsv(run)).toBe('site_id,lon,lat,type,cost,district_id,covered_weight\ns3,0.045,0,,500,,50\nh1,0.02,0,,2000,B,75\n');
  });

  test('plan.<id>.json: keys in a fixed order, figures recomputed from the sites', () => {
    const json = JSON.parse(planJson(run));
    expect(Object.keys(json)).toEqual([
      'scenario', 'maximise', 'objective', 'covered_weight', 'newly_covered_weight', 'demand_weight', 'bound', 'gap', 'solver', 'status', 'seconds',
      'cost', 'budget', 'sites', 'max_sites', 'radius_m', 'districts', 'outside_districts', 'groups', 'floors', 'inequality', 'messages',
    ]);
    // 60 + 120 (existing) + 75 + 50 = 305, of which 125 new.
    expect([json.objective, json.covered_weight, json.newly_covered_weight, json.demand_weight, json.cost, json.budget, json.sites, json.max_sites]).toEqual([305, 305, 125, 305, 2500, null, 2, 2]);
    expect(json.districts).toEqual([
      { district_id: 'A', district_name: 'Ward A', weight: 180, before_weight: 180, before_share: 1, after_weight: 180, after_share: 1 },
      { district_id: 'B', district_name: 'Ward B', weight: 75, before_weight: 0, before_share: 0, after_weight: 75, after_share: 1 },
    ]);
    expect(json.outside_districts).toEqual({ weight: 50, before_weight: 0, after_weight: 50 });
    expect(json.floors).toEqual([
      { floor: 'district', district_id: 'A', required: 0.5, achieved: 1, kept: true },
      { floor: 'district', district_id: 'B', required: 0.5, achieved: 1, kept: true },
    ]);
    // Before: shares 1 (weight 180) and 0 (weight 75): G = 2·180·75·1 / (2·255²·(180/255)) = 75/255.
    expect(json.inequality.gini_before).toBeCloseTo(75 / 255, 11);
    expect(json.inequality.gini_after).toBe(0);
    expect(json.messages).toEqual(['This plan is proven optimal.']);
  });

  test('without a bound, bound and gap are absent; the files are named after the scenario and depend only on the run', () => {
    const unbounded = planRun(inputs.scenario, run.districts, built, { ...plan, bound: null, gap: null });
    const json = JSON.parse(planJson(unbounded));
    expect('bound' in json || 'gap' in json).toBe(false);
    expect(Object.keys(planFiles(run))).toEqual(['plan.tiny.csv', 'plan.tiny.json']);
    expect(planFiles(structuredClone(run))).toEqual(planFiles(run));
  });
});

describe('community network and phased outputs (issue #15)', () => {
  // Backhaul point "pop" at 0.06°: s3 (0.045°) reaches it directly (0.015°), h1 (0.02°) only
  // through s3 (0.025°, within link_m 3,000 m; h1–pop is 0.04° ≈ 4,448 m).
  const metres = (degrees: number) => (degrees * Math.PI / 180) * 6_371_008.8;
  const meshInputs = { ...tinyInputs({ network: { backhaul: { points: 'pops' }, link_m: 3000, link_cost_per_km: 100 } }), backhaul: [{ layer: 'pops', file: 'pops.csv', rows: i32(2), ids: ['pop'], lon: Float64Array.of(0.06), lat: Float64Array.of(0) }] };
  const mesh = planRun(meshInputs.scenario, run.districts, buildPlanInstance(meshInputs), plan);

  test('plan.<id>.csv gains parent, parent_type and hops; plan.<id>.links.csv has one row per link with its length and cost', () => {
    const lines = planCsv(mesh).trim().split('\n');
    expect(lines[0]).toBe('site_id,lon,lat,type,cost,district_id,covered_weight,parent,parent_type,hops');
    expect(lines.slice(1)).toEqual(['s3,0.045,0,,500,,50,pop,backhaul,1', 'h1,0.02,0,,2000,B,75,s3,site,2']);
    const links = planFiles(mesh)['plan.tiny.links.csv']!.trim().split('\n').map((l) => l.split(','));
    expect(links[0]).toEqual(['from', 'to', 'to_type', 'length_m', 'cost']);
    expect(links.slice(1).map(([from, to, type]) => [from, to, type])).toEqual([['s3', 'pop', 'backhaul'], ['h1', 's3', 'site']]);
    expect(Number(links[1]![3])).toBeCloseTo(metres(0.015), 4);
    expect(Number(links[2]![4])).toBeCloseTo(metres(0.025) / 10, 4);
    const json = JSON.parse(planJson(mesh));
    expect(json.network).toMatchObject({ link_m: 3000, link_cost_per_km: 100, backhaul_points: 1, links: 2, relays: 0, max_hops: 2, site_cost: 2500 });
    expect(json.network.link_cost).toBeCloseTo(metres(0.04) / 10, 4);
  });

  test('a phased plan writes each site’s year and, per year, what is built and who is covered', () => {
    const phasedInputs = tinyInputs({ max_sites: undefined, phases: [{ year: 2027, budget: 600 }, { year: 2028, budget: 2000 }] });
    const phased = planRun(phasedInputs.scenario, run.districts, buildPlanInstance(phasedInputs), { ...plan, year: i32(0, 1) });
    expect(planCsv(phased)).toBe('site_id,lon,lat,type,cost,district_id,covered_weight,year\ns3,0.045,0,,500,,50,2027\nh1,0.02,0,,2000,B,75,2028\n');
    const json = JSON.parse(planJson(phased));
    // 2027: existing 180 + s3's 50 = 230; 2028: + h1's 75 = 305; weight-years 230 + 305.
    expect([json.maximise, json.objective, json.weight_years]).toEqual(['weight_years', 535, 535]);
    expect(json.years.map((y: { year: number; budget: number; cost: number; sites: number; covered_weight: number }) => [y.year, y.budget, y.cost, y.sites, y.covered_weight])).toEqual([[2027, 600, 500, 1, 230], [2028, 2000, 2000, 1, 305]]);
    expect(json.years[0].districts).toEqual([{ district_id: 'A', after_share: 1 }, { district_id: 'B', after_share: 0 }]);
    expect(Object.keys(planFiles(phased))).toEqual(['plan.tiny.csv', 'plan.tiny.json']);
  });
});
