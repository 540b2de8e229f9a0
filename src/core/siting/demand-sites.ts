// Coverage seen from the demand side: for each demand point, the candidates that cover it.
// Assignment, evaluation and presolve all need it; it is derived once per instance and cached.

import type { SitingInstance } from './types.ts';

/** For demand point d, its candidates are site[start[d] .. start[d+1]−1] (ascending), at distance metres. */
export interface DemandSites {
  readonly start: Int32Array;
  readonly site: Int32Array;
  readonly distance: Float64Array;
}

const cache = new WeakMap<SitingInstance, DemandSites>();

/** The candidates covering each demand point (the transpose of the coverage rows), cached per instance. */
export function demandSites(instance: SitingInstance): DemandSites {
  const cached = cache.get(instance);
  if (cached) return cached;
  const { coverStart, coverDemand, coverDistance } = instance;
  const nDemand = instance.demandWeight.length;
  const nCandidates = coverStart.length - 1;
  const start = new Int32Array(nDemand + 1);
  for (let k = 0; k < coverDemand.length; k++) start[coverDemand[k]! + 1]!++;
  for (let d = 0; d < nDemand; d++) start[d + 1]! += start[d]!;
  const fill = start.slice(0, nDemand);
  const site = new Int32Array(coverDemand.length);
  const distance = new Float64Array(coverDemand.length);
  // Candidates in ascending order, so each point's list comes out ascending.
  for (let j = 0; j < nCandidates; j++) {
    for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
      const at = fill[coverDemand[k]!]!++;
      site[at] = j;
      distance[at] = coverDistance[k]!;
    }
  }
  const result = { start, site, distance };
  cache.set(instance, result);
  return result;
}
