// A plan small enough to work out by hand. Three districts, five demand points, four
// candidates, one existing site:
//   demand  d0 100 North · d1 50 North (covered by the existing site) · d2 200 South · d3 30 South · d4 8 East
//   women   50 · 25 · 100 · 15 · 4
//   sites   schools:1 (5,000) covers d0 d1 · schools:2 (4,000) covers d2 · health:7 (3,000) covers d3 · added:site_1 (1,000) covers d4
// Plan A chooses schools:1 and schools:2 (schools:1 locked, health:7 forbidden):
//   newly covered d0 + d2 = 300, covered 300 + 50 = 350, cost 9,000; North 150/150, South 200/230, East 0/8.
// Plan B chooses schools:2, health:7 and added:site_1:
//   newly covered 200 + 30 + 8 = 238, covered 288, cost 8,000; North 50/150, South 230/230, East 8/8.
import type { Scenario } from '../../../src/core/project/types.ts';
import type { Plan, PlanFigures } from '../../../src/core/siting/types.ts';
import type { PlanOutcome } from '../../../src/state/plan-view.ts';

/** Freezes plain objects and arrays deeply; typed arrays cannot be frozen and are left as they are. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const instance = deepFreeze({
  coverStart: Int32Array.from([0, 2, 3, 4, 5]),
  coverDemand: Int32Array.from([0, 1, 2, 3, 4]),
  coveredByExisting: Uint8Array.from([0, 1, 0, 0, 0]),
});

const scenarioA: Scenario = {
  id: 'a',
  label: 'Schools first',
  demand: { points: 'pop', weight: 'people' },
  groups: { women: { column: 'women' } },
  candidates: [{ points: 'schools', cost: 'cost' }, { points: 'health', cost: 3000 }],
  radius_m: 500,
  budget: 9000,
  locked: ['schools:1'],
  forbidden: ['health:7'],
};

const candidates = {
  keys: ['schools:1', 'schools:2', 'health:7', 'added:site_1'],
  lon: Float64Array.from([36.80, 36.82, 36.84, 36.86]),
  lat: Float64Array.from([-1.28, -1.30, -1.32, -1.34]),
  district: Int32Array.from([0, 1, 1, 2]),
  cost: Float64Array.from([5000, 4000, 3000, 1000]),
};

function figures(f: Omit<PlanFigures, 'districtWeight' | 'districtBefore' | 'groupWeight' | 'groupBefore' | 'groupDistrictWeight'>): PlanFigures {
  return {
    ...f,
    districtWeight: Float64Array.from([150, 230, 8]),
    districtBefore: Float64Array.from([50, 0, 0]),
    groupWeight: Float64Array.from([194]),
    groupBefore: Float64Array.from([25]),
    groupDistrictWeight: Float64Array.from([75, 115, 4]),
  };
}

function plan(sites: number[], p: Partial<Plan>): Plan {
  return { sites: Int32Array.from(sites), assignment: null, status: 'optimal', solver: 'exact', bound: null, gap: 0, seconds: 1, messages: [], ...p };
}

const common = {
  floors: [],
  existing: { keys: ['hotspots:h1'], lon: Float64Array.from([36.81]), lat: Float64Array.from([-1.285]), district: Int32Array.from([0]) },
  districtNames: ['North', 'South', 'East'],
  groups: ['women'],
  candidates,
  backhaul: null,
  links: null,
  rollout: null,
};

export const outcomeA: PlanOutcome = deepFreeze({
  ...common,
  scenario: scenarioA,
  plan: plan([0, 1], { status: 'time-limit', bound: 350 / 0.997, gap: 0.003 }),
  figures: figures({
    coveredWeight: 350, newlyCoveredWeight: 300, cost: 9000, siteWeight: Float64Array.from([100, 200]),
    districtAfter: Float64Array.from([150, 200, 0]), groupAfter: Float64Array.from([175]), groupDistrictAfter: Float64Array.from([75, 100, 0]),
    minDistrictShare: 0, objective: 350,
  }),
  demand: { lon: Float64Array.from([36.8, 36.801, 36.82, 36.84, 36.86]), lat: Float64Array.from([-1.28, -1.281, -1.3, -1.32, -1.34]), weight: Float64Array.from([100, 50, 200, 30, 8]), covered: Uint8Array.from([2, 1, 2, 0, 0]) },
});

export const outcomeB: PlanOutcome = deepFreeze({
  ...common,
  scenario: { ...scenarioA, id: 'b', label: 'Every district', locked: undefined, forbidden: undefined, floors: { district: 0.3 } },
  plan: plan([1, 2, 3], { bound: 288, gap: 0 }),
  figures: figures({
    coveredWeight: 288, newlyCoveredWeight: 238, cost: 8000, siteWeight: Float64Array.from([200, 30, 8]),
    districtAfter: Float64Array.from([50, 230, 8]), groupAfter: Float64Array.from([144]), groupDistrictAfter: Float64Array.from([25, 115, 4]),
    minDistrictShare: 1 / 3, objective: 288,
  }),
  demand: { ...outcomeA.demand, covered: Uint8Array.from([0, 1, 2, 2, 2]) },
});
