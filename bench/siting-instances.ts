// Seeded siting instances at scale for benchmarks: demand clustered around towns (as people
// are), candidate sites near demand (public buildings are where people live), districts made
// of towns, one group (women) about half of each point's weight.

import { mulberry32 } from '../src/core/random.ts';
import { buildCoverage, coveredByExisting } from '../src/core/siting/coverage.ts';
import type { SitingFloors, SitingInstance, SitingObjective } from '../src/core/siting/types.ts';

/** Options for a synthetic instance; sizes in points, radius in metres. */
export interface ClusteredOptions {
  readonly nDemand: number;
  readonly nCandidates: number;
  readonly seed: number;
  readonly radiusM?: number;
  /** Share of the candidates' total cost available (default 0.1). */
  readonly budgetShare?: number;
  readonly floors?: SitingFloors;
  readonly objective?: SitingObjective;
  readonly capacity?: boolean;
}

// Around Nairobi: a 1° × 1° area (about 111 km square) with 40 towns in 25 districts.
const WEST = 36.3;
const SOUTH = -1.8;
const SIZE_DEG = 1;
const TOWNS = 40;
const DISTRICTS = 25;

/** A seeded instance with its coverage built (timed by the caller via buildCoverage separately if needed). */
export function clusteredInstance(options: ClusteredOptions): { instance: SitingInstance; coverageMs: number } {
  const { nDemand, nCandidates, seed } = options;
  const radiusM = options.radiusM ?? 500;
  const random = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const towns = Array.from({ length: TOWNS }, () => ({
    lon: WEST + random() * SIZE_DEG,
    lat: SOUTH + random() * SIZE_DEG,
    spread: 0.003 + 0.015 * random() ** 2,
    size: random() ** 2,
  }));
  const totalSize = towns.reduce((s, t) => s + t.size, 0);
  const pickTown = () => {
    let x = random() * totalSize;
    for (const t of towns) if ((x -= t.size) <= 0) return t;
    return towns[towns.length - 1]!;
  };
  const demandLon = new Float64Array(nDemand);
  const demandLat = new Float64Array(nDemand);
  const demandWeight = new Float64Array(nDemand);
  const demandDistrict = new Int32Array(nDemand);
  const women = new Float64Array(nDemand);
  for (let d = 0; d < nDemand; d++) {
    // One point in ten is rural: anywhere in the area.
    const town = random() < 0.95 ? pickTown() : null;
    demandLon[d] = town ? town.lon + town.spread * gauss() : WEST + random() * SIZE_DEG;
    demandLat[d] = town ? town.lat + town.spread * gauss() : SOUTH + random() * SIZE_DEG;
    demandWeight[d] = 1 + Math.floor(random() * 200);
    women[d] = Math.round(demandWeight[d]! * (0.4 + 0.2 * random()));
    // Districts group towns (town index mod 25); a rural point belongs to a random one.
    demandDistrict[d] = (town ? towns.indexOf(town) : Math.floor(random() * TOWNS)) % DISTRICTS;
  }
  // Candidates near a random demand point (within ~300 m); a few existing sites likewise.
  const near = (count: number) => {
    const lon = new Float64Array(count);
    const lat = new Float64Array(count);
    for (let j = 0; j < count; j++) {
      const d = Math.floor(random() * nDemand);
      lon[j] = demandLon[d]! + 0.003 * gauss();
      lat[j] = demandLat[d]! + 0.003 * gauss();
    }
    return [lon, lat] as const;
  };
  const [siteLon, siteLat] = near(nCandidates);
  const [existingLon, existingLat] = near(Math.max(1, Math.round(nCandidates / 20)));
  const candidateCost = Float64Array.from({ length: nCandidates }, () => 1 + Math.floor(random() * 10));
  const started = performance.now();
  const coverage = buildCoverage(demandLon, demandLat, siteLon, siteLat, radiusM);
  const coverageMs = performance.now() - started;
  const totalCost = candidateCost.reduce((a, b) => a + b, 0);
  const instance: SitingInstance = {
    demandWeight, demandDistrict, nDistricts: DISTRICTS, groups: ['women'], groupWeight: [women],
    candidateCost, ...coverage,
    coveredByExisting: coveredByExisting(demandLon, demandLat, existingLon, existingLat, radiusM),
    capacity: options.capacity ? Float64Array.from({ length: nCandidates }, () => 500 + Math.floor(random() * 3000)) : null,
    locked: new Int32Array(0), forbidden: new Int32Array(0),
    budget: Math.round(totalCost * (options.budgetShare ?? 0.1)), maxSites: Infinity,
    floors: options.floors ?? {}, objective: options.objective ?? 'coverage',
  };
  return { instance, coverageMs };
}
