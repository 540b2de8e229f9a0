// Dev harness only: a seeded synthetic city (six districts, people, candidate and existing
// sites) and a plain greedy choice of sites, so the planning views can be looked at before the
// real solvers and the plan step are wired in. Not used by the app or the tests.
import { mulberry32 } from '../../src/core/random.ts';
import type { Scenario } from '../../src/core/project/types.ts';
import type { Plan, PlanFigures } from '../../src/core/siting/types.ts';
import { demandCovered, type PlanOutcome } from '../../src/state/plan-view.ts';

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

function metres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
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

/** Solves greedily (best newly covered weight per cost; `fair` favours the worst-covered district) and returns an outcome. */
export function solve(c: City, scenario: Scenario, fair = false, seconds = 1.2): PlanOutcome {
  const radius = scenario.radius_m;
  const coverStart = new Int32Array(c.keys.length + 1), cover: number[] = [];
  c.keys.forEach((_, j) => {
    for (let i = 0; i < c.dLon.length; i++) if (metres(c.cLon[j]!, c.cLat[j]!, c.dLon[i]!, c.dLat[i]!) <= radius) cover.push(i);
    coverStart[j + 1] = cover.length;
  });
  const byExisting = new Uint8Array(c.dLon.length);
  for (let i = 0; i < c.dLon.length; i++) for (let k = 0; k < 3; k++) if (metres(c.existing.lon[k]!, c.existing.lat[k]!, c.dLon[i]!, c.dLat[i]!) <= radius) byExisting[i] = 1;
  const instance = { coverStart, coverDemand: Int32Array.from(cover), coveredByExisting: byExisting };
  const forbidden = new Set(scenario.forbidden ?? []);
  const chosen: number[] = c.keys.flatMap((k, j) => ((scenario.locked ?? []).includes(k) ? [j] : []));
  const budget = scenario.budget ?? Infinity;
  const covered = Uint8Array.from(byExisting);
  for (const j of chosen) for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) covered[cover[k]!] = 1;
  for (;;) {
    const spent = chosen.reduce((s, j) => s + c.cost[j]!, 0);
    const share = districtShare(c, covered);
    let best = -1, bestScore = 0;
    c.keys.forEach((key, j) => {
      if (chosen.includes(j) || forbidden.has(key) || spent + c.cost[j]! > budget || chosen.length >= (scenario.max_sites ?? Infinity)) return;
      let gain = 0;
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) if (!covered[cover[k]!]) gain += c.weight[cover[k]!]! * (fair ? 1.5 - (share[c.dDistrict[cover[k]!]!] ?? 0) : 1);
      if (gain / c.cost[j]! > bestScore) { bestScore = gain / c.cost[j]!; best = j; }
    });
    if (best < 0) break;
    chosen.push(best);
    for (let k = coverStart[best]!; k < coverStart[best + 1]!; k++) covered[cover[k]!] = 1;
  }
  chosen.sort((a, b) => a - b);
  const sites = Int32Array.from(chosen);
  const state = demandCovered(instance, sites);
  const figures = figuresOf(c, state, sites, instance);
  const plan: Plan = { sites, assignment: null, status: fair ? 'heuristic' : 'time-limit', solver: fair ? 'heuristic' : 'exact', bound: fair ? null : figures.coveredWeight * 1.003, gap: fair ? null : 0.003 / 1.003, seconds, messages: [] };
  const floors = [
    ...Array.from(figures.districtWeight, (w, d) => ({ floor: 'district', district: d, required: scenario.floors?.district ?? 0, achieved: figures.districtAfter[d]! / w, kept: figures.districtAfter[d]! / w >= (scenario.floors?.district ?? 0) })),
    { floor: 'group:women', district: null, required: 0.3, achieved: figures.groupAfter[0]! / figures.groupWeight[0]!, kept: figures.groupAfter[0]! / figures.groupWeight[0]! >= 0.3 },
  ];
  return {
    scenario, plan, figures, floors,
    candidates: { keys: c.keys, lon: c.cLon, lat: c.cLat, district: c.cDistrict, cost: c.cost },
    existing: c.existing,
    demand: { lon: c.dLon, lat: c.dLat, weight: c.weight, covered: state },
    districtNames: NAMES,
    groups: ['women'],
  };
}

function districtShare(c: City, covered: Uint8Array): number[] {
  const w = new Array<number>(NAMES.length).fill(0), a = new Array<number>(NAMES.length).fill(0);
  c.weight.forEach((v, i) => { w[c.dDistrict[i]!]! += v; if (covered[i]) a[c.dDistrict[i]!]! += v; });
  return w.map((x, d) => (x > 0 ? a[d]! / x : 1));
}

function figuresOf(c: City, state: Uint8Array, sites: Int32Array, instance: { coverStart: Int32Array; coverDemand: Int32Array }): PlanFigures {
  const nd = NAMES.length;
  const dw = new Float64Array(nd), db = new Float64Array(nd), da = new Float64Array(nd), gdw = new Float64Array(nd), gda = new Float64Array(nd);
  let covered = 0, newly = 0, gw = 0, gb = 0, ga = 0;
  state.forEach((s, i) => {
    const d = c.dDistrict[i]!, w = c.weight[i]!, g = c.women[i]!;
    dw[d]! += w; gdw[d]! += g; gw += g;
    if (s === 1) { db[d]! += w; gb += g; }
    if (s > 0) { da[d]! += w; covered += w; ga += g; gda[d]! += g; }
    if (s === 2) newly += w;
  });
  const seen = new Uint8Array(state.length);
  const siteWeight = Float64Array.from(sites, (j) => {
    let s = 0;
    for (let k = instance.coverStart[j]!; k < instance.coverStart[j + 1]!; k++) { const i = instance.coverDemand[k]!; if (state[i] === 2 && !seen[i]) { seen[i] = 1; s += c.weight[i]!; } }
    return s;
  });
  const shares = Array.from(dw, (w, d) => (w > 0 ? da[d]! / w : 1));
  return {
    coveredWeight: covered, newlyCoveredWeight: newly, cost: Array.from(sites).reduce((s, j) => s + c.cost[j]!, 0), siteWeight,
    districtWeight: dw, districtBefore: db, districtAfter: da, groupWeight: Float64Array.of(gw), groupBefore: Float64Array.of(gb), groupAfter: Float64Array.of(ga),
    groupDistrictWeight: gdw, groupDistrictAfter: gda, minDistrictShare: Math.min(...shares), objective: covered,
  };
}
