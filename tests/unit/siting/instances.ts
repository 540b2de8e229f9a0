// Small siting instances for tests: by hand (lists of covered points per candidate) or seeded
// random. Arrays are frozen where vitest allows it so a solver that mutates its input fails.

import { mulberry32 } from '../../../src/core/random.ts';
import type { SitingFloors, SitingInstance, SitingObjective } from '../../../src/core/siting/types.ts';

export interface InstanceSpec {
  weights: number[];
  /** District per point (default 0). */
  districts?: number[];
  nDistricts?: number;
  /** Group name → weight per point. */
  groups?: Record<string, number[]>;
  costs: number[];
  /** Per candidate, the demand points it covers. */
  covers: number[][];
  /** Per candidate, the distance (m) to each covered point (default 100). */
  distances?: number[][];
  /** Points already covered by existing sites. */
  existing?: number[];
  capacity?: number[];
  locked?: number[];
  forbidden?: number[];
  budget?: number;
  maxSites?: number;
  floors?: SitingFloors;
  objective?: SitingObjective;
}

/** A SitingInstance from a hand-written spec. */
export function instanceOf(spec: InstanceSpec): SitingInstance {
  const nDemand = spec.weights.length;
  const districts = spec.districts ?? spec.weights.map(() => 0);
  const coverStart = new Int32Array(spec.covers.length + 1);
  const demand: number[] = [];
  const distance: number[] = [];
  spec.covers.forEach((row, j) => {
    const pairs = row.map((d, at) => [d, spec.distances?.[j]?.[at] ?? 100] as const).sort((a, b) => a[0] - b[0]);
    for (const [d, m] of pairs) {
      demand.push(d);
      distance.push(m);
    }
    coverStart[j + 1] = demand.length;
  });
  const existing = new Uint8Array(nDemand);
  for (const d of spec.existing ?? []) existing[d] = 1;
  const groups = Object.keys(spec.groups ?? {});
  return {
    demandWeight: Float64Array.from(spec.weights),
    demandDistrict: Int32Array.from(districts),
    nDistricts: spec.nDistricts ?? Math.max(1, ...districts.map((k) => k + 1)),
    groups,
    groupWeight: groups.map((g) => Float64Array.from(spec.groups![g]!)),
    candidateCost: Float64Array.from(spec.costs),
    coverStart,
    coverDemand: Int32Array.from(demand),
    coverDistance: Float64Array.from(distance),
    coveredByExisting: existing,
    capacity: spec.capacity ? Float64Array.from(spec.capacity) : null,
    locked: Int32Array.from(spec.locked ?? []),
    forbidden: Int32Array.from(spec.forbidden ?? []),
    budget: spec.budget ?? Infinity,
    maxSites: spec.maxSites ?? Infinity,
    floors: spec.floors ?? {},
    objective: spec.objective ?? 'coverage',
  };
}

export interface RandomOptions {
  nDemand: number;
  nCandidates: number;
  capacity?: boolean;
  floors?: boolean;
  objective?: SitingObjective;
}

/** A seeded random instance: integer weights and costs, 1–3 districts, one group, random limits, locks and floors. */
export function randomInstance(seed: number, options: RandomOptions): SitingInstance {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const { nDemand, nCandidates } = options;
  const nDistricts = int(1, 3);
  const weights = Array.from({ length: nDemand }, () => int(0, 9));
  const districts = weights.map(() => (random() < 0.1 ? -1 : int(0, nDistricts - 1)));
  const women = weights.map((w) => int(0, w));
  const covers = Array.from({ length: nCandidates }, () => {
    const row: number[] = [];
    for (let d = 0; d < nDemand; d++) if (random() < 0.3) row.push(d);
    return row;
  });
  const distances = covers.map((row) => row.map(() => int(1, 5) * 100));
  const costs = covers.map(() => int(0, 5));
  const existing = weights.flatMap((_, d) => (random() < 0.1 ? [d] : []));
  const total = costs.reduce((a, b) => a + b, 0);
  const locked = random() < 0.2 ? [int(0, nCandidates - 1)] : [];
  const forbidden = random() < 0.2 ? [int(0, nCandidates - 1)].filter((j) => !locked.includes(j)) : [];
  const floors: SitingFloors | undefined = options.floors
    ? random() < 0.5
      ? { district: int(1, 10) / 10 }
      : { groups: { women: int(1, 10) / 10 }, groupsPerDistrict: random() < 0.5 }
    : undefined;
  return instanceOf({
    weights, districts, nDistricts, groups: { women }, costs, covers, distances, existing,
    capacity: options.capacity ? covers.map(() => int(5, 25)) : undefined,
    locked, forbidden,
    budget: random() < 0.8 ? Math.round(total * (0.2 + 0.5 * random())) : Infinity,
    maxSites: random() < 0.4 ? int(1, Math.max(1, nCandidates - 1)) : Infinity,
    floors,
    objective: options.objective ?? (random() < 0.3 ? 'maximin' : 'coverage'),
  });
}
