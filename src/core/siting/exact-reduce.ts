// The exact model's own reduction of an instance before a single row is written: demand
// already covered (by an existing site, or — without capacity — by a locked one) becomes a
// constant; demand no candidate can reach becomes a constant zero; without capacity, points
// in the same district reached by the same candidates merge into one (their y would be equal
// anyway). Forbidden candidates vanish. This keeps HiGHS's model to the part that matters.
import type { SitingInstance } from './types.ts';

export interface ReducedInstance {
  /** Remaining (merged) demand points: weight, district, weight per group (nPoints each). */
  readonly pointWeight: Float64Array;
  readonly pointDistrict: Int32Array;
  readonly pointGroupWeight: readonly Float64Array[];
  /** With capacity, the original demand index of each point (points are never merged then). */
  readonly pointDemand: Int32Array;
  /** Candidates (original indices) reaching each point: pointCand[pointStart[k] .. pointStart[k+1]−1]. */
  readonly pointStart: Int32Array;
  readonly pointCand: Int32Array;
  /** Candidates that get a decision variable, ascending. */
  readonly candidates: Int32Array;
  /** Locked candidates taken as constants (without capacity), their total cost. */
  readonly lockedFixed: Int32Array;
  readonly lockedCost: number;
  /** Per district / group / group × district (group-major): total weight and weight covered by constants. */
  readonly districtWeight: Float64Array;
  readonly districtConst: Float64Array;
  readonly groupWeight: Float64Array;
  readonly groupConst: Float64Array;
  readonly groupDistrictWeight: Float64Array;
  readonly groupDistrictConst: Float64Array;
  /** Σ weight covered by constants. */
  readonly constWeight: number;
}

/** Candidates reaching each demand point (CSR, transposed from the instance's coverage), forbidden ones left out. */
function coverageByDemand(instance: SitingInstance, allowed: Uint8Array): { start: Int32Array; cand: Int32Array } {
  const nDemand = instance.demandWeight.length;
  const nCand = instance.candidateCost.length;
  const count = new Int32Array(nDemand + 1);
  for (let j = 0; j < nCand; j++) {
    if (!allowed[j]) continue;
    for (let p = instance.coverStart[j]!; p < instance.coverStart[j + 1]!; p++) count[instance.coverDemand[p]! + 1]!++;
  }
  for (let i = 0; i < nDemand; i++) count[i + 1]! += count[i]!;
  const fill = count.slice(0, nDemand);
  const cand = new Int32Array(count[nDemand]!);
  for (let j = 0; j < nCand; j++) {
    if (!allowed[j]) continue;
    for (let p = instance.coverStart[j]!; p < instance.coverStart[j + 1]!; p++) cand[fill[instance.coverDemand[p]!]!++] = j;
  }
  return { start: count, cand };
}

/** The instance reduced to the demand and candidates the exact model must decide on. */
export function reduceForExact(instance: SitingInstance): ReducedInstance {
  const nDemand = instance.demandWeight.length;
  const nCand = instance.candidateCost.length;
  const nD = instance.nDistricts;
  const nG = instance.groups.length;
  const capacity = instance.capacity !== null;
  const allowed = new Uint8Array(nCand).fill(1);
  for (const j of instance.forbidden) allowed[j] = 0;
  const locked = new Uint8Array(nCand);
  for (const j of instance.locked) locked[j] = 1;
  const { start, cand } = coverageByDemand(instance, allowed);

  const districtWeight = new Float64Array(nD);
  const districtConst = new Float64Array(nD);
  const groupWeight = new Float64Array(nG);
  const groupConst = new Float64Array(nG);
  const groupDistrictWeight = new Float64Array(nG * nD);
  const groupDistrictConst = new Float64Array(nG * nD);
  let constWeight = 0;

  const merged = new Map<string, number>();
  const weights: number[] = [];
  const districts: number[] = [];
  const demands: number[] = [];
  const groupW: number[][] = instance.groups.map(() => []);
  const lists: Int32Array[] = [];
  for (let i = 0; i < nDemand; i++) {
    const w = instance.demandWeight[i]!;
    const d = instance.demandDistrict[i]!;
    if (d >= 0) districtWeight[d]! += w;
    for (let g = 0; g < nG; g++) {
      const gw = instance.groupWeight[g]![i]!;
      groupWeight[g]! += gw;
      if (d >= 0) groupDistrictWeight[g * nD + d]! += gw;
    }
    const reach = cand.subarray(start[i]!, start[i + 1]!);
    const constant = instance.coveredByExisting[i] === 1 || (!capacity && reach.some((j) => locked[j] === 1));
    if (constant) {
      constWeight += w;
      if (d >= 0) districtConst[d]! += w;
      for (let g = 0; g < nG; g++) {
        const gw = instance.groupWeight[g]![i]!;
        groupConst[g]! += gw;
        if (d >= 0) groupDistrictConst[g * nD + d]! += gw;
      }
      continue;
    }
    const anyWeight = w > 0 || instance.groupWeight.some((gw) => gw[i]! > 0);
    if (reach.length === 0 || !anyWeight) continue;
    const key = capacity ? `${i}` : `${d}:${reach.join(',')}`;
    let k = merged.get(key);
    if (k === undefined) {
      k = weights.length;
      merged.set(key, k);
      weights.push(0);
      districts.push(d);
      demands.push(i);
      groupW.forEach((col) => col.push(0));
      lists.push(reach);
    }
    weights[k]! += w;
    for (let g = 0; g < nG; g++) groupW[g]![k]! += instance.groupWeight[g]![i]!;
  }

  const pointStart = new Int32Array(lists.length + 1);
  lists.forEach((l, k) => (pointStart[k + 1] = pointStart[k]! + l.length));
  const pointCand = new Int32Array(pointStart[lists.length]!);
  lists.forEach((l, k) => pointCand.set(l, pointStart[k]!));
  const used = new Uint8Array(nCand);
  for (const j of pointCand) used[j] = 1;
  const candidates: number[] = [];
  const lockedFixed: number[] = [];
  let lockedCost = 0;
  for (let j = 0; j < nCand; j++) {
    if (locked[j] && !capacity) {
      lockedFixed.push(j);
      lockedCost += instance.candidateCost[j]!;
    } else if (used[j] || locked[j]) {
      candidates.push(j);
    }
  }
  return {
    pointWeight: Float64Array.from(weights),
    pointDistrict: Int32Array.from(districts),
    pointGroupWeight: groupW.map((col) => Float64Array.from(col)),
    pointDemand: Int32Array.from(demands),
    pointStart,
    pointCand,
    candidates: Int32Array.from(candidates),
    lockedFixed: Int32Array.from(lockedFixed),
    lockedCost,
    districtWeight,
    districtConst,
    groupWeight,
    groupConst,
    groupDistrictWeight,
    groupDistrictConst,
    constWeight,
  };
}
