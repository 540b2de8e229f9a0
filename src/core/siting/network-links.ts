// Which candidate sites of a community network can link to which, and to backhaul: every pair
// within the longest allowed link, by great-circle distance. The bucket grid and haversine of
// coverage.ts find the pairs (so the antimeridian and the poles are handled once, there).

import { buildCoverage } from './coverage.ts';
import type { SitingNetwork } from './types.ts';

/** Points in degrees: longitude and latitude columns of the same length. */
export interface LonLat {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

/**
 * The links of a community network: candidate–candidate pairs and candidate–backhaul pairs at
 * most linkM metres apart (haversine), lengths in metres, link cost per km in currency units.
 */
export function buildNetworkLinks(candidates: LonLat, backhaul: LonLat, linkM: number, linkCostPerKm: number): SitingNetwork {
  const n = candidates.lon.length;
  // Rows of candidate j: the other candidates within linkM. Built one way (j < k) and mirrored,
  // so j–k and k–j carry the very same length whatever order the grid visited them in.
  const near = buildCoverage(candidates.lon, candidates.lat, candidates.lon, candidates.lat, linkM);
  const degree = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) {
    for (let p = near.coverStart[j]!; p < near.coverStart[j + 1]!; p++) {
      const k = near.coverDemand[p]!;
      if (k <= j) continue;
      degree[j + 1]!++;
      degree[k + 1]!++;
    }
  }
  for (let j = 0; j < n; j++) degree[j + 1]! += degree[j]!;
  const linkStart = degree.slice();
  const fill = degree.slice(0, n);
  const linkTo = new Int32Array(linkStart[n]!);
  const linkLength = new Float64Array(linkStart[n]!);
  // Each pair is read once, from the row of its smaller end, and written into both rows. Row r
  // gets its smaller partners while the outer loop is below r (ascending), its larger ones at r.
  for (let j = 0; j < n; j++) {
    for (let p = near.coverStart[j]!; p < near.coverStart[j + 1]!; p++) {
      const k = near.coverDemand[p]!;
      if (k <= j) continue;
      const metres = near.coverDistance[p]!;
      linkTo[fill[j]!] = k;
      linkLength[fill[j]!++] = metres;
      linkTo[fill[k]!] = j;
      linkLength[fill[k]!++] = metres;
    }
  }
  const toBackhaul = buildCoverage(backhaul.lon, backhaul.lat, candidates.lon, candidates.lat, linkM);
  return {
    linkM,
    linkCostPerKm,
    nBackhaul: backhaul.lon.length,
    linkStart,
    linkTo,
    linkLength,
    backhaulStart: toBackhaul.coverStart,
    backhaulTo: toBackhaul.coverDemand,
    backhaulLength: toBackhaul.coverDistance,
  };
}
