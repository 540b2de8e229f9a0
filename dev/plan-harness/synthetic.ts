// Dev harness only: a seeded synthetic city (six districts, people, candidate and existing
// sites), so the planning views can be looked at before the
// session is wired in; the plan itself comes from the real heuristic and plan step. Not used by the app or the tests.
import { mulberry32 } from '../../src/core/random.ts';
import type { Scenario } from '../../src/core/project/types.ts';
import { heuristicPlan, type SolveHooks } from '../../src/core/siting/heuristic.ts';
import type { Plan, SitingInstance } from '../../src/core/siting/types.ts';
import { buildPlanInstance, type CandidateInput, type CandidateTable, type PlanInputs, type PlanInstance } from '../../src/engine/plan-instance.ts';
import { planRun } from '../../src/engine/run-plan.ts';
import { planOutcome } from '../../src/state/plan-outcome.ts';
import type { PlanOutcome } from '../../src/state/plan-view.ts';

export const NAMES = ['Westlands', 'Kasarani', 'Embakasi', 'Lang’ata', 'Dagoretti', 'Kibra'];
const W = 36.7, E = 36.96, S = -1.36, N = -1.2;
const cols = 3, rows = 2;
const cellW = (E - W) / cols, cellH = (N - S) / rows;

/** District index of a point on the 3 × 2 grid of districts. */
const districtOf = (lon: number, lat: number) => Math.min(rows - 1, Math.floor((lat - S) / cellH)) * cols + Math.min(cols - 1, Math.floor((lon - W) / cellW));

/** The districts as GeoJSON rectangles. */
export function districtFeatures() {
  return NAMES.map((name, i) => {
    const x = W + (i % cols) * cellW, y = S + Math.floor(i / cols) * cellH;
    return { type: 'Feature' as const, properties: { index: i, id: `d${i}` }, geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + cellW, y], [x + cellW, y + cellH], [x, y + cellH], [x, y]]] } };
  });
}

export function city(seed = 7) {
  const rnd = mulberry32(seed);
  const nD = 700, nC = 60;
  const dLon = new Float64Array(nD), dLat = new Float64Array(nD), weight = new Float64Array(nD), women = new Float64Array(nD), dDistrict = new Int32Array(nD);
  for (let i = 0; i < nD; i++) {
    // People cluster towards the south-east (denser, less connected).
    dLon[i] = W + (E - W) * Math.sqrt(rnd()); dLat[i] = S + (N - S) * rnd() ** 1.4;
    weight[i] = Math.round(20 + 380 * rnd() ** 2); women[i] = Math.round(weight[i]! * (0.45 + 0.1 * rnd()));
    dDistrict[i] = districtOf(dLon[i]!, dLat[i]!);
  }
  const keys: string[] = [], cLon = new Float64Array(nC), cLat = new Float64Array(nC), cost = new Float64Array(nC), cDistrict = new Int32Array(nC);
  for (let j = 0; j < nC; j++) {
    keys.push(j < 40 ? `schools:${101 + j}` : `health:${j - 39}`);
    cLon[j] = W + (E - W) * rnd(); cLat[j] = S + (N - S) * rnd();
    cost[j] = 2500 + 500 * Math.floor(rnd() * 12); cDistrict[j] = districtOf(cLon[j]!, cLat[j]!);
  }
  const existing = { keys: ['hotspots:1', 'hotspots:2', 'hotspots:3'], lon: Float64Array.from([36.74, 36.78, 36.9]), lat: Float64Array.from([-1.23, -1.26, -1.22]), district: new Int32Array(3) };
  existing.district.forEach((_, k) => (existing.district[k] = districtOf(existing.lon[k]!, existing.lat[k]!)));
  return { dLon, dLat, weight, women, dDistrict, keys, cLon, cLat, cost, cDistrict, existing };
}

export type City = ReturnType<typeof city>;

/** The scenario's inputs as the plan step would read them from the synthetic city's files. */
function inputsOf(c: City, scenario: Scenario): PlanInputs {
  const rows = (n: number) => Int32Array.from({ length: n }, (_, i) => i + 2);
  const schools = c.keys.flatMap((k, j) => (k.startsWith('schools:') ? [j] : []));
  const health = c.keys.flatMap((k, j) => (k.startsWith('health:') ? [j] : []));
  const layer = (name: string, idx: number[], cost: number | Float64Array): CandidateInput => ({
    layer: name, file: `${name}.csv`, rows: rows(idx.length), ids: idx.map((j) => c.keys[j]!.split(':')[1]!),
    lon: Float64Array.from(idx, (j) => c.cLon[j]!), lat: Float64Array.from(idx, (j) => c.cLat[j]!), district: Int32Array.from(idx, (j) => c.cDistrict[j]!), cost,
  });
  const added = scenario.added ?? [];
  return {
    scenario, districtIds: NAMES.map((_, i) => `d${i}`),
    demand: { file: 'population.csv', rows: rows(c.dLon.length), lon: c.dLon, lat: c.dLat, district: c.dDistrict, weight: c.weight, weightColumn: 'people' },
    groups: [{ name: 'women', kind: 'column', column: 'women', values: c.women }],
    candidates: [
      layer('schools', schools, Float64Array.from(schools, (j) => c.cost[j]!)),
      layer('health', health, 6000),
      ...(added.length ? [{ layer: 'added', file: 'project', rows: rows(added.length), ids: added.map((a) => a.id), lon: Float64Array.from(added, (a) => a.lon), lat: Float64Array.from(added, (a) => a.lat), district: Int32Array.from(added, (a) => districtOf(a.lon, a.lat)), cost: Float64Array.from(added, (a) => a.cost) }] : []),
    ],
    existing: { lon: c.existing.lon, lat: c.existing.lat },
  };
}

/** Solves `scenario` with the real heuristic and the real plan step's figures; `hooks` get progress and may cancel. */
export async function solve(c: City, scenario: Scenario, hooks: SolveHooks = {}): Promise<PlanOutcome> {
  const inputs = inputsOf(c, scenario);
  const { instance, candidates, issues } = buildPlanInstance(inputs);
  const started = performance.now();
  const h = await heuristicPlan(instance, hooks, { timeLimitS: scenario.time_limit_s ?? 30 });
  return outcomeOf(c, inputs, instance, candidates, issues, h.sites, h.assignment, { status: 'heuristic', seconds: (performance.now() - started) / 1000, messages: h.messages, ...(h.shortfall ? { shortfall: h.shortfall } : {}) });
}

/** The outcome of a plan stopped early: the best sites so far, kept. */
export function stopped(c: City, scenario: Scenario, sites: Int32Array, seconds: number): PlanOutcome {
  const inputs = inputsOf(c, scenario);
  const { instance, candidates, issues } = buildPlanInstance(inputs);
  return outcomeOf(c, inputs, instance, candidates, issues, sites, null, { status: 'cancelled', seconds, messages: ['Stopped by you: the best plan found so far.'] });
}

function outcomeOf(c: City, inputs: PlanInputs, instance: SitingInstance, candidates: CandidateTable, issues: PlanInstance['issues'], sites: Int32Array, assignment: Int32Array | null, p: Pick<Plan, 'status' | 'seconds' | 'messages' | 'shortfall'>): PlanOutcome {
  const plan: Plan = { sites, assignment, solver: 'heuristic', bound: null, gap: null, ...p };
  const run = planRun(inputs.scenario, { ids: inputs.districtIds, names: NAMES }, instance, candidates, plan, issues);
  const existing = { lon: c.existing.lon, lat: c.existing.lat, district: c.existing.district };
  return planOutcome(run, { demand: { lon: c.dLon, lat: c.dLat }, existing });
}
