// Single-sourcing with capacity: each demand point is served whole by at most one chosen site
// in range, and no site serves more than its capacity. Maximising the weight served is a
// multiple-knapsack problem (NP-hard), so this is a heuristic: points with the fewest options
// go first, to their nearest site with room; then a repair pass moves one served point to
// another site (or drops a lighter one) to make room for a heavier point left unserved.

import { demandSites } from './demand-sites.ts';
import { SITING_EPS, type SitingInstance } from './types.ts';

/** For the chosen sites (candidate indices), the site each demand point is assigned to (−1: none); points already covered by existing sites get −1. */
export function assignDemand(instance: SitingInstance, sites: Int32Array): Int32Array {
  const nDemand = instance.demandWeight.length;
  const nCandidates = instance.candidateCost.length;
  const capacity = instance.capacity ?? new Float64Array(nCandidates).fill(Infinity);
  const weight = instance.demandWeight;
  const { start, site, distance } = demandSites(instance);
  const room = new Float64Array(nCandidates);
  const chosen = new Uint8Array(nCandidates);
  for (const j of sites) {
    if (j < 0 || j >= nCandidates || chosen[j]) continue;
    chosen[j] = 1;
    room[j] = capacity[j]!;
  }
  const options = new Int32Array(nDemand);
  const order: number[] = [];
  for (let d = 0; d < nDemand; d++) {
    if (instance.coveredByExisting[d]) continue;
    for (let k = start[d]!; k < start[d + 1]!; k++) if (chosen[site[k]!]) options[d]!++;
    if (options[d]! > 0) order.push(d);
  }
  order.sort((a, b) => options[a]! - options[b]! || weight[b]! - weight[a]! || a - b);
  const assignment = new Int32Array(nDemand).fill(-1);
  const fits = (j: number, w: number) => room[j]! >= w - SITING_EPS * Math.max(1, w);
  for (const d of order) {
    let best = -1;
    let bestDistance = Infinity;
    for (let k = start[d]!; k < start[d + 1]!; k++) {
      const j = site[k]!;
      if (chosen[j] && fits(j, weight[d]!) && distance[k]! < bestDistance) [best, bestDistance] = [j, distance[k]!];
    }
    if (best >= 0) {
      assignment[d] = best;
      room[best]! -= weight[d]!;
    }
  }
  if (instance.capacity) repair(instance, order, chosen, room, assignment, fits);
  return assignment;
}

// One pass over the unserved points, heaviest first: make room at one of its sites by moving a
// served point to another site with room, or by dropping a lighter served point.
function repair(
  instance: SitingInstance,
  order: number[],
  chosen: Uint8Array,
  room: Float64Array,
  assignment: Int32Array,
  fits: (j: number, w: number) => boolean,
): void {
  const weight = instance.demandWeight;
  const { start, site } = demandSites(instance);
  const served = new Map<number, number[]>();
  for (const d of order) {
    const j = assignment[d]!;
    if (j >= 0) (served.get(j) ?? served.set(j, []).get(j)!).push(d);
  }
  const unserved = order.filter((d) => assignment[d] === -1 && weight[d]! > 0).sort((a, b) => weight[b]! - weight[a]! || a - b);
  for (const d of unserved) {
    let done = false;
    for (let k = start[d]!; k < start[d + 1]! && !done; k++) {
      const j = site[k]!;
      if (!chosen[j]) continue;
      const list = served.get(j) ?? [];
      for (let at = 0; at < list.length && !done; at++) {
        const e = list[at]!;
        if (room[j]! + weight[e]! < weight[d]! - SITING_EPS * Math.max(1, weight[d]!)) continue;
        // Move e elsewhere if some other chosen site has room for it.
        let moveTo = -1;
        for (let q = start[e]!; q < start[e + 1]!; q++) {
          const other = site[q]!;
          if (other !== j && chosen[other] && fits(other, weight[e]!)) {
            moveTo = other;
            break;
          }
        }
        if (moveTo < 0 && weight[e]! >= weight[d]!) continue;
        list.splice(at, 1);
        room[j]! += weight[e]!;
        assignment[e] = moveTo;
        if (moveTo >= 0) {
          room[moveTo]! -= weight[e]!;
          (served.get(moveTo) ?? served.set(moveTo, []).get(moveTo)!).push(e);
        }
        assignment[d] = j;
        room[j]! -= weight[d]!;
        list.push(d);
        done = true;
      }
    }
  }
}
