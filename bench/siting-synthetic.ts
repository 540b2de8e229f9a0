// Seeded synthetic siting instances for benchmarks: uniform demand and candidates over a square
// near Nairobi split into 3 × 3 districts, so runs compare across machines and commits.
import { mulberry32 } from '../src/core/random.ts';
import { buildCoverage } from '../src/core/siting/coverage.ts';
import { buildNetworkLinks } from '../src/core/siting/network-links.ts';
import type { SitingFloors, SitingInstance } from '../src/core/siting/types.ts';
import { uniformPoints } from './synthetic.ts';

// A 0.3° square near Nairobi (about 33 × 33 km) split into 3 × 3 districts.
const BOUNDS = [36.7, -1.4, 37.0, -1.1] as const;
const AREA_KM2 = 33 * 33;

/** Seeded instance: weights 1–100, costs 1–3, radius giving ~`reach` points per candidate, budget for ~5 % of candidates. */
export function syntheticSiting(nDemand: number, nCandidates: number, seed: number, floors: SitingFloors = {}, reach = 20): SitingInstance {
  const random = mulberry32(seed);
  const demand = uniformPoints(nDemand, BOUNDS, seed);
  const sites = uniformPoints(nCandidates, BOUNDS, seed + 1);
  const radiusM = 1000 * Math.sqrt((reach * AREA_KM2) / (Math.PI * nDemand));
  const cell = (v: number, lo: number) => Math.min(2, Math.floor(((v - lo) / 0.3) * 3));
  const candidateCost = Float64Array.from({ length: nCandidates }, () => 1 + Math.floor(random() * 3));
  return {
    demandWeight: Float64Array.from({ length: nDemand }, () => 1 + Math.floor(random() * 100)),
    demandDistrict: Int32Array.from({ length: nDemand }, (_, i) => cell(demand.lons[i]!, BOUNDS[0]) * 3 + cell(demand.lats[i]!, BOUNDS[1])),
    nDistricts: 9,
    groups: [],
    groupWeight: [],
    candidateCost,
    ...buildCoverage(demand.lons, demand.lats, sites.lons, sites.lats, radiusM),
    coveredByExisting: new Uint8Array(nDemand),
    capacity: null,
    locked: new Int32Array(0),
    forbidden: new Int32Array(0),
    budget: 0.1 * nCandidates,
    maxSites: Infinity,
    floors,
    objective: 'coverage',
  };
}


/**
 * syntheticSiting's instance as a community network: its candidate sites (same seed) link within
 * linkM metres, to `nBackhaul` seeded backhaul points too, at `perKm` a km; budget `budgetShare`
 * of all candidates' cost.
 */
export function syntheticNetworkSiting(nDemand: number, nCandidates: number, seed: number, options: { linkM: number; nBackhaul: number; perKm: number; budgetShare: number; reach?: number }): SitingInstance {
  const base = syntheticSiting(nDemand, nCandidates, seed, {}, options.reach ?? 20);
  const sites = uniformPoints(nCandidates, BOUNDS, seed + 1);
  const backhaul = uniformPoints(options.nBackhaul, BOUNDS, seed + 2);
  let total = 0;
  for (const c of base.candidateCost) total += c;
  return {
    ...base,
    budget: options.budgetShare * total,
    network: buildNetworkLinks({ lon: sites.lons, lat: sites.lats }, { lon: backhaul.lons, lat: backhaul.lats }, options.linkM, options.perKm),
  };
}
