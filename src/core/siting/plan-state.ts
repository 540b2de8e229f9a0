// A plan under construction, updated point by point as sites are added and removed, so the
// heuristic can price a move in time proportional to the sites' coverage rather than the whole
// instance. Covered weight is kept per "scope": each district, each group, each group × district
// — exactly the weights the floors and objectives read.

import { demandSites, type DemandSites } from './demand-sites.ts';
import { floorLevels, shortOf } from './floors.ts';
import { SITING_EPS, type SitingInstance } from './types.ts';

/** Per scope (districts, then groups, then group × district), the share a floor asks for (NaN: none). */
export function floorTargets(instance: SitingInstance, districtLevel = Number.NaN): Float64Array {
  const levels = floorLevels(instance);
  const nD = instance.nDistricts;
  const nG = instance.groups.length;
  const target = new Float64Array(nD + nG + nG * nD).fill(Number.NaN);
  const district = Math.max(Number.isNaN(levels.district) ? 0 : levels.district, Number.isNaN(districtLevel) ? 0 : districtLevel);
  if (!Number.isNaN(levels.district) || !Number.isNaN(districtLevel)) target.fill(district, 0, nD);
  for (let g = 0; g < nG; g++) {
    target[nD + g] = levels.group[g]!;
    if (levels.perDistrict) target.fill(levels.group[g]!, nD + nG + g * nD, nD + nG + (g + 1) * nD);
  }
  return target;
}

export class PlanState {
  readonly instance: SitingInstance;
  readonly ds: DemandSites;
  readonly chosen: Uint8Array;
  nSites = 0;
  cost = 0;
  coveredWeight = 0;
  readonly scopeTotal: Float64Array;
  readonly scopeCovered: Float64Array;
  /** Without capacity: chosen sites covering each point, and the sum of their indices (the owner when count is 1). */
  readonly count: Int32Array;
  readonly ownerSum: Float64Array;
  /** With capacity: the chosen site serving each point (−1 none), and each site's room left. */
  readonly servedBy: Int32Array;
  readonly room: Float64Array;
  /** With capacity, each candidate's coverage entries nearest first (indices into coverDemand). */
  private readonly nearestFirst: Int32Array | null;

  constructor(instance: SitingInstance) {
    this.instance = instance;
    this.ds = demandSites(instance);
    const nDemand = instance.demandWeight.length;
    const nCandidates = instance.candidateCost.length;
    const nD = instance.nDistricts;
    const nG = instance.groups.length;
    this.chosen = new Uint8Array(nCandidates);
    this.scopeTotal = new Float64Array(nD + nG + nG * nD);
    this.scopeCovered = new Float64Array(this.scopeTotal.length);
    this.count = new Int32Array(nDemand);
    this.ownerSum = new Float64Array(nDemand);
    this.servedBy = new Int32Array(nDemand).fill(-1);
    this.room = instance.capacity ? instance.capacity.slice() : new Float64Array(0);
    for (let d = 0; d < nDemand; d++) {
      this.credit(d, 1, this.scopeTotal);
      if (instance.coveredByExisting[d]) this.mark(d, 1);
    }
    this.nearestFirst = instance.capacity ? nearestFirst(instance) : null;
  }

  /** Adds sign × the point's weights to each scope of `into` (totals or covered). */
  private credit(d: number, sign: number, into: Float64Array): void {
    const { demandDistrict, groupWeight, nDistricts: nD } = this.instance;
    const k = demandDistrict[d]!;
    const nG = groupWeight.length;
    if (k >= 0) into[k]! += sign * this.instance.demandWeight[d]!;
    for (let g = 0; g < nG; g++) {
      const x = groupWeight[g]![d]!;
      if (x === 0) continue;
      into[nD + g]! += sign * x;
      if (k >= 0) into[nD + nG + g * nD + k]! += sign * x;
    }
  }

  private mark(d: number, sign: number): void {
    this.coveredWeight += sign * this.instance.demandWeight[d]!;
    this.credit(d, sign, this.scopeCovered);
  }

  /** True when demand point d is covered (existing site, or chosen site; with capacity, served). */
  isCovered(d: number): boolean {
    if (this.instance.coveredByExisting[d]) return true;
    return this.instance.capacity ? this.servedBy[d]! >= 0 : this.count[d]! > 0;
  }

  /** Calls visit(d) for each point candidate j would newly cover if added now (with capacity: nearest first, while room lasts). */
  forEachGain(j: number, visit: (d: number) => void): void {
    const { coverStart, coverDemand, demandWeight, capacity } = this.instance;
    if (!capacity) {
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
        const d = coverDemand[k]!;
        if (this.count[d] === 0 && !this.instance.coveredByExisting[d]) visit(d);
      }
      return;
    }
    let room = this.chosen[j] ? this.room[j]! : capacity[j]!;
    const order = this.nearestFirst!;
    for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
      const d = coverDemand[order[k]!]!;
      const w = demandWeight[d]!;
      if (this.servedBy[d]! >= 0 || this.instance.coveredByExisting[d] || room < w - SITING_EPS * Math.max(1, w)) continue;
      room -= w;
      visit(d);
    }
  }

  /** Weight candidate j would newly cover if added now. */
  gain(j: number): number {
    let sum = 0;
    this.forEachGain(j, (d) => (sum += this.instance.demandWeight[d]!));
    return sum;
  }

  /** Chooses candidate j. */
  add(j: number): void {
    if (this.chosen[j]) return;
    this.chosen[j] = 1;
    this.nSites++;
    this.cost += this.instance.candidateCost[j]!;
    if (this.instance.capacity) {
      this.room[j] = this.instance.capacity[j]!;
      this.forEachGain(j, (d) => this.serve(d, j));
      return;
    }
    const { coverStart, coverDemand } = this.instance;
    for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
      const d = coverDemand[k]!;
      if (this.count[d]!++ === 0 && !this.instance.coveredByExisting[d]) this.mark(d, 1);
      this.ownerSum[d]! += j;
    }
  }

  /** Drops candidate j; with capacity, its points move to another chosen site with room where one exists. */
  remove(j: number): void {
    if (!this.chosen[j]) return;
    this.chosen[j] = 0;
    this.nSites--;
    this.cost -= this.instance.candidateCost[j]!;
    const { coverStart, coverDemand } = this.instance;
    if (!this.instance.capacity) {
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
        const d = coverDemand[k]!;
        if (--this.count[d]! === 0 && !this.instance.coveredByExisting[d]) this.mark(d, -1);
        this.ownerSum[d]! -= j;
      }
      return;
    }
    const freed: number[] = [];
    for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
      const d = coverDemand[k]!;
      if (this.servedBy[d] !== j) continue;
      this.servedBy[d] = -1;
      this.mark(d, -1);
      freed.push(d);
    }
    const { start, site, distance } = this.ds;
    for (const d of freed) {
      const w = this.instance.demandWeight[d]!;
      let best = -1;
      for (let k = start[d]!; k < start[d + 1]!; k++) {
        const s = site[k]!;
        if (this.chosen[s] && this.room[s]! >= w - SITING_EPS * Math.max(1, w) && (best < 0 || distance[k]! < distance[best]!)) best = k;
      }
      if (best >= 0) this.serve(d, site[best]!);
    }
  }

  private serve(d: number, j: number): void {
    this.servedBy[d] = j;
    this.room[j]! -= this.instance.demandWeight[d]!;
    this.mark(d, 1);
  }

  /** Σ over scopes with a target of the missing share (0: every target kept). */
  deficit(target: Float64Array): number {
    let sum = 0;
    for (let s = 0; s < target.length; s++) {
      const share = target[s]!;
      const total = this.scopeTotal[s]!;
      if (!Number.isNaN(share) && total > 0) sum += shortOf(this.scopeCovered[s]!, total, share) / total;
    }
    return sum;
  }

  /** Smallest covered share over districts with weight > 0 (1 when none). */
  minShare(): number {
    let min = 1;
    for (let k = 0; k < this.instance.nDistricts; k++) {
      const total = this.scopeTotal[k]!;
      if (total > 0) min = Math.min(min, this.scopeCovered[k]! / total);
    }
    return min;
  }

  /** Chosen candidates, ascending. */
  sites(): Int32Array {
    const out: number[] = [];
    this.chosen.forEach((c, j) => c && out.push(j));
    return Int32Array.from(out);
  }

  /** With capacity, a copy of the assignment (−1: none); null without capacity. */
  assignment(): Int32Array | null {
    return this.instance.capacity ? this.servedBy.slice() : null;
  }

  /** With capacity, serves each point as `assignment` says (−1: none), replacing the current service. */
  reassign(assignment: Int32Array): void {
    for (let d = 0; d < this.servedBy.length; d++) {
      if (this.servedBy[d]! >= 0) {
        this.room[this.servedBy[d]!]! += this.instance.demandWeight[d]!;
        this.servedBy[d] = -1;
        this.mark(d, -1);
      }
    }
    for (let d = 0; d < assignment.length; d++) {
      const j = assignment[d]!;
      if (j >= 0 && this.chosen[j] && !this.instance.coveredByExisting[d]) this.serve(d, j);
    }
  }

  /** The variable part of the state, to restore after trying a move (capacity moves do not undo exactly). */
  snapshot(): () => void {
    const capacity = this.instance.capacity !== null;
    const saved = [this.chosen.slice(), this.scopeCovered.slice(), this.servedBy.slice(), this.room.slice()] as const;
    const counts = capacity ? null : ([this.count.slice(), this.ownerSum.slice()] as const);
    const [nSites, cost, coveredWeight] = [this.nSites, this.cost, this.coveredWeight];
    return () => {
      this.chosen.set(saved[0]);
      this.scopeCovered.set(saved[1]);
      this.servedBy.set(saved[2]);
      this.room.set(saved[3]);
      if (counts) {
        this.count.set(counts[0]);
        this.ownerSum.set(counts[1]);
      }
      [this.nSites, this.cost, this.coveredWeight] = [nSites, cost, coveredWeight];
    };
  }
}

function nearestFirst(instance: SitingInstance): Int32Array {
  const { coverStart, coverDistance, coverDemand } = instance;
  const order = new Int32Array(coverDemand.length);
  for (let j = 0; j + 1 < coverStart.length; j++) {
    const row = Array.from({ length: coverStart[j + 1]! - coverStart[j]! }, (_, i) => coverStart[j]! + i);
    row.sort((a, b) => coverDistance[a]! - coverDistance[b]! || a - b);
    order.set(row, coverStart[j]!);
  }
  return order;
}
