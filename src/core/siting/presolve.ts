// A smaller instance with the same optimum, for the exact model (and any solver):
//  - forbidden candidates go, and so do unlocked candidates covering nothing that matters;
//  - demand points covered by existing sites, or by no candidate, are constants: they are
//    merged into one point per district (covered / uncoverable) that keeps district and group
//    totals — and so every floor and share — exactly as before;
//  - without capacity, points with the same district and the same candidates are merged (their
//    weights summed), and an unlocked candidate whose cover is a subset of another's that costs
//    no more is dropped (swapping it for the other never loses). With capacity neither holds
//    (a merged point could not be split between sites), so only the constants are merged.

import { demandSites } from './demand-sites.ts';
import type { SitingInstance } from './types.ts';

/** The reduced instance and the maps back to the original. */
export interface Presolved {
  /** Solve this like any instance; its decision points come first, then the constant points. */
  readonly instance: SitingInstance;
  /** Reduced points 0..nDecision−1 can be covered by a candidate; the rest are constants. */
  readonly nDecision: number;
  /** Original points of reduced point p: originalDemand[originalStart[p] .. originalStart[p+1]−1]. */
  readonly originalStart: Int32Array;
  readonly originalDemand: Int32Array;
  /** Reduced point of each original demand point. */
  readonly reducedDemand: Int32Array;
  /** Original index of each reduced candidate. */
  readonly originalCandidate: Int32Array;
  /** Weight covered whatever the plan (existing sites): total, per district, per group, per group × district (row-major). */
  readonly constantCovered: number;
  readonly constantDistrict: Float64Array;
  readonly constantGroup: Float64Array;
  readonly constantGroupDistrict: Float64Array;
}

/** The reduced instance (same optimum, same floors and totals) and the maps back. */
export function presolve(instance: SitingInstance): Presolved {
  const nDemand = instance.demandWeight.length;
  const nCandidates = instance.candidateCost.length;
  const forbidden = new Uint8Array(nCandidates);
  for (const j of instance.forbidden) forbidden[j] = 1;
  const locked = new Uint8Array(nCandidates);
  for (const j of instance.locked) {
    // No reduced index fits such a candidate (it would map to −1); validateInstance names it.
    if (forbidden[j]) throw new Error(`Candidate ${j} is both locked and forbidden.`);
    locked[j] = 1;
  }
  const ds = demandSites(instance);
  // Each original point's candidate list (original candidate indices, forbidden removed).
  const lists: number[][] = [];
  for (let d = 0; d < nDemand; d++) {
    const list: number[] = [];
    if (!instance.coveredByExisting[d]) for (let k = ds.start[d]!; k < ds.start[d + 1]!; k++) if (!forbidden[ds.site[k]!]) list.push(ds.site[k]!);
    lists.push(list);
  }
  let keep: Uint8Array = Uint8Array.from({ length: nCandidates }, (_, j) => (forbidden[j] ? 0 : 1));
  const merge = !instance.capacity;
  let groups = groupPoints(instance, lists, merge);
  if (merge) {
    keep = undominated(instance, groups, keep, locked);
    for (const list of lists) for (let at = list.length - 1; at >= 0; at--) if (!keep[list[at]!]) list.splice(at, 1);
    groups = groupPoints(instance, lists, merge);
  }
  const useful = new Uint8Array(nCandidates);
  for (const g of groups) for (const j of g.list) useful[j] = 1;
  for (let j = 0; j < nCandidates; j++) if (!useful[j] && !locked[j]) keep[j] = 0;
  return build(instance, groups, keep);
}

interface PointGroup {
  /** Original demand points in this reduced point. */
  readonly points: number[];
  /** Its candidates (original indices); empty for constants. */
  readonly list: number[];
  readonly existing: boolean;
}

// Decision points first (in order of their first original point), then constants.
function groupPoints(instance: SitingInstance, lists: number[][], merge: boolean): PointGroup[] {
  const byKey = new Map<string, PointGroup>();
  const decisions: PointGroup[] = [];
  const constants: PointGroup[] = [];
  lists.forEach((list, d) => {
    const existing = instance.coveredByExisting[d] === 1;
    const constant = existing || list.length === 0;
    const k = instance.demandDistrict[d]!;
    const key = constant ? `${existing ? 'E' : 'U'}${k}` : merge ? `${k}:${list.join(',')}` : `#${d}`;
    let group = byKey.get(key);
    if (!group) {
      group = { points: [], list, existing };
      byKey.set(key, group);
      (constant ? constants : decisions).push(group);
    }
    group.points.push(d);
  });
  return [...decisions, ...constants];
}

// Drops unlocked candidates whose decision points are a subset of another kept candidate's
// costing no more (on an exact tie, the higher index goes), so every dropped one has a kept one
// at least as good.
function undominated(instance: SitingInstance, groups: PointGroup[], keep: Uint8Array, locked: Uint8Array): Uint8Array {
  const n = keep.length;
  const cover: Set<number>[] = Array.from({ length: n }, () => new Set());
  groups.forEach((g, p) => {
    for (const j of g.list) cover[j]!.add(p);
  });
  const out = keep.slice();
  const cost = instance.candidateCost;
  for (let j = 0; j < n; j++) {
    if (!keep[j] || locked[j]) continue;
    const mine = cover[j]!;
    if (mine.size === 0) continue;
    // A dominating candidate covers every point j covers, so it is in the list of j's first point.
    const first = groups[mine.values().next().value!]!.list;
    for (const k of first) {
      if (k === j || !keep[k] || cost[k]! > cost[j]!) continue;
      const other = cover[k]!;
      if (other.size < mine.size || ![...mine].every((p) => other.has(p))) continue;
      const tie = other.size === mine.size && cost[k] === cost[j];
      if (tie && !locked[k] && k > j) continue;
      out[j] = 0;
      break;
    }
  }
  return out;
}

function build(instance: SitingInstance, groups: PointGroup[], keep: Uint8Array): Presolved {
  const { nDistricts: nD, groups: names } = instance;
  const nG = names.length;
  const originalCandidate = Int32Array.from([...keep.keys()].filter((j) => keep[j]));
  const reducedCandidate = new Int32Array(keep.length).fill(-1);
  originalCandidate.forEach((j, r) => (reducedCandidate[j] = r));
  const nPoints = groups.length;
  const weight = new Float64Array(nPoints);
  const district = new Int32Array(nPoints);
  const groupWeight = names.map(() => new Float64Array(nPoints));
  const existing = new Uint8Array(nPoints);
  const originalStart = new Int32Array(nPoints + 1);
  const originalDemand = new Int32Array(instance.demandWeight.length);
  const reducedDemand = new Int32Array(instance.demandWeight.length);
  const constantDistrict = new Float64Array(nD);
  const constantGroup = new Float64Array(nG);
  const constantGroupDistrict = new Float64Array(nG * nD);
  let constantCovered = 0;
  let nDecision = 0;
  const rows: { p: number; metres: number }[][] = Array.from(originalCandidate, () => []);
  const ds = demandSites(instance);
  groups.forEach((group, p) => {
    if (group.list.length > 0) nDecision = p + 1;
    district[p] = instance.demandDistrict[group.points[0]!]!;
    existing[p] = group.existing ? 1 : 0;
    let at = originalStart[p]!;
    const nearest = new Map<number, number>();
    for (const d of group.points) {
      originalDemand[at++] = d;
      reducedDemand[d] = p;
      weight[p]! += instance.demandWeight[d]!;
      for (let g = 0; g < nG; g++) groupWeight[g]![p]! += instance.groupWeight[g]![d]!;
      for (let k = ds.start[d]!; k < ds.start[d + 1]!; k++) {
        const j = ds.site[k]!;
        nearest.set(j, Math.min(nearest.get(j) ?? Infinity, ds.distance[k]!));
      }
    }
    originalStart[p + 1] = at;
    // A merged point sits at its members' nearest distance to each candidate.
    for (const j of group.list) if (reducedCandidate[j]! >= 0) rows[reducedCandidate[j]!]!.push({ p, metres: nearest.get(j)! });
    if (!group.existing) return;
    const k = district[p]!;
    constantCovered += weight[p]!;
    if (k >= 0) constantDistrict[k]! += weight[p]!;
    for (let g = 0; g < nG; g++) {
      constantGroup[g]! += groupWeight[g]![p]!;
      if (k >= 0) constantGroupDistrict[g * nD + k]! += groupWeight[g]![p]!;
    }
  });
  const coverStart = new Int32Array(rows.length + 1);
  rows.forEach((row, r) => (coverStart[r + 1] = coverStart[r]! + row.length));
  const coverDemand = Int32Array.from(rows.flatMap((row) => row.map((e) => e.p)));
  const coverDistance = Float64Array.from(rows.flatMap((row) => row.map((e) => e.metres)));
  const reduced: SitingInstance = {
    ...instance,
    demandWeight: weight,
    demandDistrict: district,
    groupWeight,
    candidateCost: Float64Array.from(originalCandidate, (j) => instance.candidateCost[j]!),
    coverStart,
    coverDemand,
    coverDistance,
    coveredByExisting: existing,
    capacity: instance.capacity ? Float64Array.from(originalCandidate, (j) => instance.capacity![j]!) : null,
    locked: Int32Array.from(instance.locked, (j) => reducedCandidate[j]!),
    forbidden: new Int32Array(0),
  };
  return {
    instance: reduced, nDecision, originalStart, originalDemand, reducedDemand, originalCandidate,
    constantCovered, constantDistrict, constantGroup, constantGroupDistrict,
  };
}

/** The original candidate indices (ascending) of a plan on the reduced instance. */
export function expandSites(presolved: Presolved, sites: Int32Array): Int32Array {
  return Int32Array.from(sites, (r) => presolved.originalCandidate[r]!).sort();
}

/** With capacity: each original point's site (original index) from an assignment on the reduced instance; null stays null. */
export function expandAssignment(presolved: Presolved, assignment: Int32Array | null): Int32Array | null {
  if (!assignment) return null;
  return Int32Array.from(presolved.reducedDemand, (p) => {
    const r = assignment[p] ?? -1;
    return r >= 0 ? presolved.originalCandidate[r]! : -1;
  });
}
