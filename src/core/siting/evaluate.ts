// The ground truth for a plan: every figure a planner sees (covered weight, per-site demand,
// district and group shares, floors) recomputed from the chosen sites alone, so no solver can
// report a number of its own. checkPlan names, in plain words, every rule a plan breaks.

import { assignDemand } from './assign.ts';
import { demandSites } from './demand-sites.ts';
import { floorChecks } from './floors.ts';
import { networkViolations } from './network-check.ts';
import { networkTree } from './network-tree.ts';
import { amount, districtName, percent } from './solve-messages.ts';
import { SITING_EPS, type FloorCheck, type PlanFigures, type PlanLinks, type SitingInstance } from './types.ts';

/** Figures of the plan choosing `sites` (candidate indices); with capacity, `assignment` (null: assigned by assignDemand). */
export function evaluatePlan(instance: SitingInstance, sites: Int32Array, assignment: Int32Array | null): PlanFigures {
  const nDemand = instance.demandWeight.length;
  const nCandidates = instance.candidateCost.length;
  const position = new Int32Array(nCandidates).fill(-1);
  let cost = 0;
  sites.forEach((j, at) => {
    if (j < 0 || j >= nCandidates || position[j]! >= 0) return;
    position[j] = at;
    cost += instance.candidateCost[j]!;
  });
  // A community network pays for its cheapest links too (network-tree.ts).
  if (instance.network) cost += networkTree(instance.network, sites, nCandidates).linkCost;
  const siteWeight = new Float64Array(sites.length);
  // servedBy[d]: the chosen candidate newly covering d (−1: none or covered by an existing site).
  const servedBy = new Int32Array(nDemand).fill(-1);
  if (instance.capacity) {
    const assigned = assignment ?? assignDemand(instance, sites);
    for (let d = 0; d < nDemand; d++) {
      const j = assigned[d] ?? -1;
      if (j >= 0 && j < nCandidates && position[j]! >= 0 && !instance.coveredByExisting[d] && covers(instance, j, d)) servedBy[d] = j;
    }
  } else {
    // Each newly covered point counts once, at its nearest chosen site (ties: lower candidate).
    const nearest = new Float64Array(nDemand).fill(Infinity);
    const { coverStart, coverDemand, coverDistance } = instance;
    for (let j = 0; j < nCandidates; j++) {
      if (position[j]! < 0) continue;
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
        const d = coverDemand[k]!;
        if (instance.coveredByExisting[d] || coverDistance[k]! >= nearest[d]!) continue;
        nearest[d] = coverDistance[k]!;
        servedBy[d] = j;
      }
    }
  }
  for (let d = 0; d < nDemand; d++) {
    const j = servedBy[d]!;
    if (j >= 0) siteWeight[position[j]!]! += instance.demandWeight[d]!;
  }
  return figuresOf(instance, servedBy, siteWeight, cost);
}

/** True when candidate j covers demand point d. */
export function covers(instance: SitingInstance, j: number, d: number): boolean {
  const { start, site } = demandSites(instance);
  let lo = start[d]!;
  let hi = start[d + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = site[mid]!;
    if (s === j) return true;
    if (s < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function figuresOf(instance: SitingInstance, servedBy: Int32Array, siteWeight: Float64Array, cost: number): PlanFigures {
  const { nDistricts, demandWeight, demandDistrict, coveredByExisting, groupWeight: gw } = instance;
  const nGroups = gw.length;
  const districtWeight = new Float64Array(nDistricts);
  const districtBefore = new Float64Array(nDistricts);
  const districtAfter = new Float64Array(nDistricts);
  const groupWeight = new Float64Array(nGroups);
  const groupBefore = new Float64Array(nGroups);
  const groupAfter = new Float64Array(nGroups);
  const groupDistrictWeight = new Float64Array(nGroups * nDistricts);
  const groupDistrictAfter = new Float64Array(nGroups * nDistricts);
  let coveredWeight = 0;
  let newlyCoveredWeight = 0;
  for (let d = 0; d < demandWeight.length; d++) {
    const w = demandWeight[d]!;
    const k = demandDistrict[d]!;
    const before = coveredByExisting[d] === 1;
    const after = before || servedBy[d]! >= 0;
    if (after) coveredWeight += w;
    if (after && !before) newlyCoveredWeight += w;
    if (k >= 0) {
      districtWeight[k]! += w;
      if (before) districtBefore[k]! += w;
      if (after) districtAfter[k]! += w;
    }
    for (let g = 0; g < nGroups; g++) {
      const x = gw[g]![d]!;
      if (x === 0) continue;
      groupWeight[g]! += x;
      if (before) groupBefore[g]! += x;
      if (after) groupAfter[g]! += x;
      if (k >= 0) {
        groupDistrictWeight[g * nDistricts + k]! += x;
        if (after) groupDistrictAfter[g * nDistricts + k]! += x;
      }
    }
  }
  const minDistrictShare = minShare(districtWeight, districtAfter);
  const objective = instance.objective === 'maximin' ? minDistrictShare : coveredWeight;
  return {
    coveredWeight, newlyCoveredWeight, cost, siteWeight, districtWeight, districtBefore, districtAfter, groupWeight,
    groupBefore, groupAfter, groupDistrictWeight, groupDistrictAfter, minDistrictShare, objective,
  };
}

/** Smallest covered share (in [0, 1]) over districts with weight > 0; 1 when there are none. */
export function minShare(districtWeight: Float64Array, districtAfter: Float64Array): number {
  let min = 1;
  for (let k = 0; k < districtWeight.length; k++) {
    const w = districtWeight[k]!;
    if (w > 0) min = Math.min(min, districtAfter[k]! / w);
  }
  return min;
}

/** The objective's value: covered weight for `coverage`, smallest district share for `maximin`. */
export function objectiveOf(instance: SitingInstance, figures: PlanFigures): number {
  return instance.objective === 'maximin' ? figures.minDistrictShare : figures.coveredWeight;
}

/** > 0 when plan a is better than b for the objective (maximin ties broken by covered weight), 0 when level within SITING_EPS. */
export function comparePlans(instance: SitingInstance, a: PlanFigures, b: PlanFigures): number {
  const tolerance = (x: number, y: number) => SITING_EPS * Math.max(1, Math.abs(x), Math.abs(y));
  if (instance.objective === 'maximin' && Math.abs(a.minDistrictShare - b.minDistrictShare) > tolerance(a.minDistrictShare, b.minDistrictShare)) {
    return a.minDistrictShare - b.minDistrictShare;
  }
  const diff = a.coveredWeight - b.coveredWeight;
  return Math.abs(diff) > tolerance(a.coveredWeight, b.coveredWeight) ? diff : 0;
}

/** Floors kept or not, and every rule the plan breaks (budget, site limit, locked, forbidden, capacity, floors; for a network, links — `links` when the plan reports them) in plain words. */
export function checkPlan(
  instance: SitingInstance,
  sites: Int32Array,
  assignment: Int32Array | null,
  links?: PlanLinks | null,
): { floors: FloorCheck[]; violations: string[] } {
  const violations: string[] = [];
  const nCandidates = instance.candidateCost.length;
  const chosen = new Uint8Array(nCandidates);
  for (const j of sites) {
    if (j < 0 || j >= nCandidates) violations.push(`Site ${j} is not a candidate (there are ${nCandidates}).`);
    else if (chosen[j]) violations.push(`Candidate ${j} is chosen twice.`);
    else chosen[j] = 1;
  }
  const figures = evaluatePlan(instance, sites, assignment);
  if (figures.cost > instance.budget + SITING_EPS * Math.max(1, instance.budget)) {
    violations.push(`The plan costs ${amount(figures.cost)}${instance.network ? ' with its links' : ''}, over the budget of ${amount(instance.budget)}.`);
  }
  if (sites.length > instance.maxSites) violations.push(`The plan has ${sites.length} sites, over the limit of ${instance.maxSites}.`);
  for (const j of instance.locked) if (!chosen[j]) violations.push(`Locked candidate ${j} is not in the plan.`);
  for (const j of instance.forbidden) if (chosen[j]) violations.push(`Forbidden candidate ${j} is in the plan.`);
  if (instance.capacity && assignment) capacityViolations(instance, chosen, assignment, violations);
  violations.push(...networkViolations(instance, sites, links));
  const floors = floorChecks(instance, figures);
  for (const name of Object.keys(instance.floors.groups ?? {})) {
    if (!instance.groups.includes(name)) violations.push(`There is a floor for group "${name}", which the scenario does not define.`);
  }
  for (const f of floors) {
    if (f.kept) continue;
    const group = f.floor.slice('group:'.length).replace(/@\d+$/, '');
    const where = f.floor === 'district' ? districtName(instance, f.district!) : `group "${group}"${f.district === null ? '' : ` in ${districtName(instance, f.district)}`}`;
    violations.push(`${where[0]!.toUpperCase()}${where.slice(1)} covers ${percent(f.achieved)} of its demand, below the floor of ${percent(f.required)}.`);
  }
  return { floors, violations };
}

function capacityViolations(instance: SitingInstance, chosen: Uint8Array, assignment: Int32Array, violations: string[]): void {
  const load = new Float64Array(chosen.length);
  for (let d = 0; d < assignment.length; d++) {
    const j = assignment[d]!;
    if (j < 0) continue;
    if (j >= chosen.length || !chosen[j]) violations.push(`Demand point ${d} is assigned to candidate ${j}, which is not in the plan.`);
    else if (!covers(instance, j, d)) violations.push(`Demand point ${d} is assigned to candidate ${j}, which does not cover it.`);
    else load[j]! += instance.demandWeight[d]!;
  }
  const capacity = instance.capacity!;
  for (let j = 0; j < chosen.length; j++) {
    if (load[j]! > capacity[j]! + SITING_EPS * Math.max(1, capacity[j]!)) {
      violations.push(`Candidate ${j} serves ${amount(load[j]!)}, over its capacity of ${amount(capacity[j]!)}.`);
    }
  }
}
