// The ground truth for a phased roll-out: each year's figures recomputed by evaluatePlan from
// the sites built by the end of that year (sites stay once built), and every rule the roll-out
// breaks in plain words. Years are 0-based in arrays and counted from 1 in messages ("year 1"
// is index 0), as a planner reads a timeline.

import { evaluatePlan } from './evaluate.ts';
import { floorChecks } from './floors.ts';
import { floorsOfYear, yearCount, yearName } from './phases-floors.ts';
import { amount, floorName, percent } from './solve-messages.ts';
import { SITING_EPS, type FloorCheck, type SitingInstance } from './types.ts';

/** What a phased roll-out achieves year by year. */
export interface PhaseFigures {
  readonly nYears: number;
  /** Cost of the sites built in each year (currency units). */
  readonly yearCost: Float64Array;
  /** Number of sites built in each year. */
  readonly yearSites: Int32Array;
  /** Demand weight covered at the end of each year (existing sites included). */
  readonly yearCovered: Float64Array;
  /** Covered weight per district at the end of each year: nYears × nDistricts, year-major. */
  readonly yearDistrictAfter: Float64Array;
  /** Covered weight per group at the end of each year: nYears × nGroups, year-major. */
  readonly yearGroupAfter: Float64Array;
  /** The objective: Σ over years of the weight covered at the end of that year (weight × years). */
  readonly weightYears: number;
}

/** True when `year` is a whole year index 0..nYears−1. */
function inRange(year: number | undefined, nYears: number): year is number {
  return year !== undefined && Number.isInteger(year) && year >= 0 && year < nYears;
}

/** The sites built by the end of year t (those with a valid year ≤ t), in the order given. */
export function builtBy(sites: Int32Array, year: Int32Array, t: number, nYears: number): Int32Array {
  return sites.filter((_, at) => inRange(year[at], nYears) && year[at]! <= t);
}

/** Figures of the roll-out building sites[i] in year[i] (0-based); a site with no valid year counts in no year. */
export function evaluatePhases(instance: SitingInstance, sites: Int32Array, year: Int32Array): PhaseFigures {
  const nYears = yearCount(instance);
  const nD = instance.nDistricts;
  const nG = instance.groups.length;
  const yearCost = new Float64Array(nYears);
  const yearSites = new Int32Array(nYears);
  const yearCovered = new Float64Array(nYears);
  const yearDistrictAfter = new Float64Array(nYears * nD);
  const yearGroupAfter = new Float64Array(nYears * nG);
  sites.forEach((j, at) => {
    const t = year[at];
    if (!inRange(t, nYears)) return;
    yearSites[t]!++;
    yearCost[t]! += instance.candidateCost[j] ?? 0;
  });
  let weightYears = 0;
  for (let t = 0; t < nYears; t++) {
    const figures = evaluatePlan(instance, builtBy(sites, year, t, nYears), null);
    yearCovered[t] = figures.coveredWeight;
    yearDistrictAfter.set(figures.districtAfter, t * nD);
    yearGroupAfter.set(figures.groupAfter, t * nG);
    weightYears += figures.coveredWeight;
  }
  return { nYears, yearCost, yearSites, yearCovered, yearDistrictAfter, yearGroupAfter, weightYears };
}

/** The floors of each year (index t: those holding at the end of year t) kept or not, and every rule the roll-out breaks in plain words. */
export function checkPhasedPlan(instance: SitingInstance, sites: Int32Array, year: Int32Array): { floors: FloorCheck[][]; violations: string[] } {
  const violations: string[] = [];
  const nYears = yearCount(instance);
  const nCandidates = instance.candidateCost.length;
  const budgets = instance.phases?.budgets ?? new Float64Array(0);
  const over = (cost: number, budget: number) => cost > budget + SITING_EPS * Math.max(1, budget);
  if (year.length !== sites.length) violations.push(`The plan gives ${year.length} years for ${sites.length} sites.`);
  const chosen = new Uint8Array(nCandidates);
  sites.forEach((j, at) => {
    if (!(j >= 0 && j < nCandidates)) violations.push(`Site ${j} is not a candidate (there are ${nCandidates}).`);
    else if (chosen[j]) violations.push(`Candidate ${j} is chosen twice.`);
    else chosen[j] = 1;
    const t = year[at];
    if (t !== undefined && !inRange(t, nYears)) violations.push(`Candidate ${j} is built in year index ${t}; the roll-out has years 0..${nYears - 1}.`);
  });
  const figures = evaluatePhases(instance, sites, year);
  for (let t = 0; t < nYears; t++) {
    if (over(figures.yearCost[t]!, budgets[t]!)) violations.push(`Year ${t + 1} costs ${amount(figures.yearCost[t]!)}, over its budget of ${amount(budgets[t]!)}.`);
  }
  let cost = 0;
  for (const j of sites) cost += instance.candidateCost[j] ?? 0;
  if (over(cost, instance.budget)) violations.push(`The roll-out costs ${amount(cost)}, over the overall budget of ${amount(instance.budget)}.`);
  if (sites.length > instance.maxSites) violations.push(`The roll-out has ${sites.length} sites, over the limit of ${instance.maxSites}.`);
  for (const j of instance.locked) if (!chosen[j]) violations.push(`Locked candidate ${j} is not in the plan.`);
  for (const j of instance.forbidden) if (chosen[j]) violations.push(`Forbidden candidate ${j} is in the plan.`);
  const floors: FloorCheck[][] = [];
  for (let t = 0; t < nYears; t++) {
    const totals = evaluatePlan(instance, builtBy(sites, year, t, nYears), null);
    const checks: FloorCheck[] = [];
    for (const set of floorsOfYear(instance, t)) {
      for (const name of Object.keys(set.groups ?? {})) {
        if (!instance.groups.includes(name)) violations.push(`In ${yearName(instance, t)}, there is a floor for group "${name}", which the scenario does not define.`);
      }
      checks.push(...floorChecks({ ...instance, floors: set }, totals));
    }
    for (const f of checks) {
      if (!f.kept) violations.push(`In ${yearName(instance, t)}, ${floorName(instance, f)} covers ${percent(f.achieved)}, below the floor of ${percent(f.required)}.`);
    }
    floors.push(checks);
  }
  return { floors, violations };
}
