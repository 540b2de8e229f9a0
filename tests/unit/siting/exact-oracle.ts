// Test helpers for the exact solver: small instances from readable specs, seeded random
// ones, and an independent brute-force optimum (every subset, and with capacity every
// assignment) that shares no code with the model it checks.
import { mulberry32 } from '../../../src/core/random.ts';
import { instanceOf, type InstanceSpec } from './instances.ts';
import { SITING_EPS, type SitingInstance } from '../../../src/core/siting/types.ts';

/** instances.ts's spec, with the costs optional (1 each) and no distances (the exact model ignores them). */
export type Spec = Omit<InstanceSpec, 'covers' | 'costs' | 'distances'> & {
  /** Per candidate, the demand points it reaches. */
  cover: number[][];
  cost?: number[];
};

/** An instance from a spec (distances all 0: the exact model ignores them; one district unless told). */
export function makeInstance(s: Spec): SitingInstance {
  return instanceOf({
    ...s,
    nDistricts: s.nDistricts ?? 1,
    covers: s.cover,
    costs: s.cost ?? s.cover.map(() => 1),
    distances: s.cover.map((c) => c.map(() => 0)),
  });
}

/** A seeded random small instance (≤ 7 points, ≤ 6 candidates) exercising every feature now and then. */
export function randomSpec(seed: number): Spec {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const capacity = rnd() < 0.3;
  const n = capacity ? int(3, 5) : int(3, 7);
  const m = capacity ? int(2, 4) : int(2, 6);
  const nDistricts = int(1, 3);
  const weights = Array.from({ length: n }, () => int(0, 9));
  const cover = Array.from({ length: m }, () => Array.from({ length: n }, (_, i) => i).filter(() => rnd() < 0.4));
  const cost = Array.from({ length: m }, () => int(0, 5));
  const pick = (p: number, count: number) => Array.from({ length: count }, (_, i) => i).filter(() => rnd() < p);
  const locked = pick(0.1, m);
  return {
    weights,
    districts: weights.map(() => int(rnd() < 0.1 ? -1 : 0, nDistricts - 1)),
    nDistricts,
    groups: rnd() < 0.5 ? { women: weights.map((w) => int(0, w)) } : {},
    cover,
    cost,
    existing: pick(0.15, n),
    ...(capacity ? { capacity: Array.from({ length: m }, () => int(3, 15)) } : {}),
    locked,
    forbidden: pick(0.1, m).filter((j) => !locked.includes(j)),
    budget: rnd() < 0.7 ? int(0, 10) : Infinity,
    maxSites: rnd() < 0.5 ? int(0, m) : Infinity,
    floors: {
      ...(rnd() < 0.4 ? { district: int(1, 6) / 10 } : {}),
      ...(rnd() < 0.3 ? { groups: { women: int(1, 6) / 10 }, groupsPerDistrict: rnd() < 0.5 } : {}),
    },
    objective: rnd() < 0.3 ? 'maximin' : 'coverage',
  };
}

export interface Figures {
  feasible: boolean;
  covered: number;
  minShare: number;
  cost: number;
}

/** Covered weight, smallest district share, cost, and whether every limit and floor holds. */
export function figures(inst: SitingInstance, sites: readonly number[], assignment: Int32Array | null): Figures {
  const n = inst.demandWeight.length;
  const chosen = new Set(sites);
  const cov = new Uint8Array(n);
  for (let i = 0; i < n; i++) cov[i] = inst.coveredByExisting[i]!;
  const reaches = (j: number, i: number) => inst.coverDemand.subarray(inst.coverStart[j]!, inst.coverStart[j + 1]!).includes(i);
  let ok = true;
  if (inst.capacity === null) {
    for (const j of chosen) for (let p = inst.coverStart[j]!; p < inst.coverStart[j + 1]!; p++) cov[inst.coverDemand[p]!] = 1;
  } else if (assignment !== null) {
    const load = new Map<number, number>();
    assignment.forEach((j, i) => {
      if (j < 0) return;
      if (!chosen.has(j) || !reaches(j, i)) ok = false;
      if (!inst.coveredByExisting[i]) load.set(j, (load.get(j) ?? 0) + inst.demandWeight[i]!);
      cov[i] = 1;
    });
    for (const [j, l] of load) if (l > inst.capacity[j]! + SITING_EPS) ok = false;
  }
  let cost = 0;
  for (const j of chosen) cost += inst.candidateCost[j]!;
  if (cost > inst.budget + SITING_EPS || chosen.size > inst.maxSites) ok = false;
  for (const j of inst.locked) if (!chosen.has(j)) ok = false;
  for (const j of inst.forbidden) if (chosen.has(j)) ok = false;
  const share = (weight: Float64Array, filter: (i: number) => boolean) => {
    let tot = 0;
    let got = 0;
    for (let i = 0; i < n; i++) {
      if (!filter(i)) continue;
      tot += weight[i]!;
      if (cov[i]) got += weight[i]!;
    }
    return tot > 0 ? got / tot : null;
  };
  let covered = 0;
  for (let i = 0; i < n; i++) if (cov[i]) covered += inst.demandWeight[i]!;
  let minShare = 1;
  for (let d = 0; d < inst.nDistricts; d++) {
    const s = share(inst.demandWeight, (i) => inst.demandDistrict[i] === d);
    if (s === null) continue;
    minShare = Math.min(minShare, s);
    if (s < (inst.floors.district ?? 0) - SITING_EPS) ok = false;
  }
  // A floor for a group the scenario lacks is never kept (as checkPlan judges it).
  for (const g of Object.keys(inst.floors.groups ?? {})) if (!inst.groups.includes(g)) ok = false;
  inst.groups.forEach((g, k) => {
    const floor = inst.floors.groups?.[g] ?? 0;
    const overall = share(inst.groupWeight[k]!, () => true);
    if (overall !== null && overall < floor - SITING_EPS) ok = false;
    if (!inst.floors.groupsPerDistrict) return;
    for (let d = 0; d < inst.nDistricts; d++) {
      const s = share(inst.groupWeight[k]!, (i) => inst.demandDistrict[i] === d);
      if (s !== null && s < floor - SITING_EPS) ok = false;
    }
  });
  return { feasible: ok, covered, minShare, cost };
}

/** True when a beats b under the instance's objective (maximin: share first, then coverage). */
export function better(inst: SitingInstance, a: Figures, b: Figures | null): boolean {
  if (b === null) return true;
  if (inst.objective === 'maximin' && Math.abs(a.minShare - b.minShare) > 1e-9) return a.minShare > b.minShare;
  return a.covered > b.covered + 1e-9;
}

/** The brute-force optimum's figures, or null when no plan keeps every limit and floor. */
export function bruteForce(inst: SitingInstance): Figures | null {
  const m = inst.candidateCost.length;
  const n = inst.demandWeight.length;
  let best: Figures | null = null;
  for (let mask = 0; mask < 1 << m; mask++) {
    const sites = Array.from({ length: m }, (_, j) => j).filter((j) => mask & (1 << j));
    if (inst.capacity === null) {
      const f = figures(inst, sites, null);
      if (f.feasible && better(inst, f, best)) best = f;
      continue;
    }
    const assignment = new Int32Array(n).fill(-1);
    const visit = (i: number) => {
      if (i === n) {
        const f = figures(inst, sites, assignment);
        if (f.feasible && better(inst, f, best)) best = f;
        return;
      }
      visit(i + 1);
      if (inst.coveredByExisting[i]) return;
      for (const j of sites) {
        if (!inst.coverDemand.subarray(inst.coverStart[j]!, inst.coverStart[j + 1]!).includes(i)) continue;
        assignment[i] = j;
        visit(i + 1);
        assignment[i] = -1;
      }
    };
    visit(0);
  }
  return best;
}
