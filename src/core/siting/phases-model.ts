// The exact multi-period model of a phased roll-out as a MIP in CPLEX LP text, and its solution
// read back into sites and years. x{j}_{t} ∈ {0,1}: candidate j built by the end of year t,
// x{j}_{t} ≤ x{j}_{t+1} (sites stay); y{k}_{t} ∈ [0,1]: reduced demand point k covered at the end
// of year t, y ≤ Σ x of the candidates reaching it; Σ_j c_j (x{j}_{t} − x{j}_{t−1}) ≤ B_t; the
// overall budget and site limit on the last year; each year's floors as share rows; maximise
// Σ_t Σ_k w_k y{k}_{t}, the covered weight-years. Demand is reduced by exact-reduce.ts with no
// locked site taken as built (a locked site still has a year to choose). Pure: no solver here.

import { reduceForExact, type ReducedInstance } from './exact-reduce.ts';
import { lpText, type LpBound, type LpRow, type LpTerm } from './lp-format.ts';
import { unknownGroupsOfYear, yearCount, yearTargets } from './phases-floors.ts';
import type { SitingInstance } from './types.ts';

export interface PhasedModel {
  readonly text: string;
  /** Weight-years = solver objective × scale + offset. */
  readonly scale: number;
  readonly offset: number;
  /** Σ |objective coefficient| (solver units): how much row slack can move the objective. */
  readonly objectiveSum: number;
  /** True when no candidate is left to decide (the roll-out is empty). */
  readonly trivial: boolean;
  /** True when a floor fails whatever is built (constants alone decide it, or a floor names an unknown group). */
  readonly impossible: boolean;
  /** Candidates (original indices) with a variable per year. */
  readonly candidates: Int32Array;
  readonly nYears: number;
  readonly reduced: ReducedInstance;
}

/** A roll-out: chosen candidates ascending and the 0-based year each is built. */
export interface PhasedChoice {
  readonly sites: Int32Array;
  readonly year: Int32Array;
}

const powerOfTwo = (v: number) => (v > 0 ? 2 ** Math.floor(Math.log2(v)) : 1);
const x = (j: number, t: number) => `x${j}_${t}`;
const y = (k: number, t: number) => `y${k}_${t}`;

/** The MIP (or with relax, its LP relaxation) of a phased instance (coverage objective, no capacity). */
export function buildPhasedModel(instance: SitingInstance, options: { readonly relax?: boolean } = {}): PhasedModel {
  const r = reduceForExact({ ...instance, locked: new Int32Array(0) });
  const T = yearCount(instance);
  const nD = instance.nDistricts;
  const nG = instance.groups.length;
  const nP = r.pointWeight.length;
  const costs = instance.candidateCost;
  const candidates = Int32Array.from(new Set([...r.candidates, ...instance.locked])).sort();
  const scale = powerOfTwo(Math.max(0, ...r.pointWeight));
  const costScale = powerOfTwo(Math.max(0, ...Array.from(candidates, (j) => costs[j]!)));
  const rows: LpRow[] = [];
  const bounds: LpBound[] = [];
  const binaries: string[] = [];
  let impossible = false;

  for (const j of candidates) {
    for (let t = 0; t < T; t++) {
      if (options.relax) bounds.push({ name: x(j, t), lower: 0, upper: 1 });
      else binaries.push(x(j, t));
      if (t + 1 < T) rows.push({ name: `m${j}_${t}`, terms: [{ name: x(j, t), coef: 1 }, { name: x(j, t + 1), coef: -1 }], sense: '<=', rhs: 0 });
    }
  }
  for (const j of instance.locked) bounds.push({ name: x(j, T - 1), lower: 1, upper: 1 });
  for (let k = 0; k < nP; k++) {
    const reach = r.pointCand.subarray(r.pointStart[k]!, r.pointStart[k + 1]!);
    for (let t = 0; t < T; t++) {
      bounds.push({ name: y(k, t), lower: 0, upper: 1 });
      rows.push({ name: `c${k}_${t}`, terms: [{ name: y(k, t), coef: 1 }, ...Array.from(reach, (j) => ({ name: x(j, t), coef: -1 }))], sense: '<=', rhs: 0 });
    }
  }
  // Spending: year t pays for the sites new in year t; a year or limit with nothing to pay for needs no row.
  const paid = Array.from(candidates).filter((j) => costs[j]! > 0);
  const budgets = instance.phases!.budgets;
  for (let t = 0; t < T; t++) {
    if (!Number.isFinite(budgets[t]!) || paid.length === 0) continue;
    const terms = paid.flatMap((j) => [{ name: x(j, t), coef: costs[j]! / costScale }, ...(t > 0 ? [{ name: x(j, t - 1), coef: -costs[j]! / costScale }] : [])]);
    rows.push({ name: `b${t}`, terms, sense: '<=', rhs: budgets[t]! / costScale });
  }
  if (Number.isFinite(instance.budget) && paid.length > 0) {
    rows.push({ name: 'bu', terms: paid.map((j) => ({ name: x(j, T - 1), coef: costs[j]! / costScale })), sense: '<=', rhs: instance.budget / costScale });
  }
  if (Number.isFinite(instance.maxSites) && candidates.length > 0) {
    rows.push({ name: 'ns', terms: Array.from(candidates, (j) => ({ name: x(j, T - 1), coef: 1 })), sense: '<=', rhs: instance.maxSites });
  }

  for (let t = 0; t < T; t++) {
    if (unknownGroupsOfYear(instance, t).length > 0) impossible = true;
    const target = yearTargets(instance, t);
    // Scopes as floorTargets orders them: districts, groups, group × district.
    const scope = (s: number): { weight: (k: number) => number; total: number; constant: number } => {
      if (s < nD) return { weight: (k) => (r.pointDistrict[k] === s ? r.pointWeight[k]! : 0), total: r.districtWeight[s]!, constant: r.districtConst[s]! };
      if (s < nD + nG) return { weight: (k) => r.pointGroupWeight[s - nD]![k]!, total: r.groupWeight[s - nD]!, constant: r.groupConst[s - nD]! };
      const [g, d] = [Math.floor((s - nD - nG) / nD), (s - nD - nG) % nD];
      return { weight: (k) => (r.pointDistrict[k] === d ? r.pointGroupWeight[g]![k]! : 0), total: r.groupDistrictWeight[g * nD + d]!, constant: r.groupDistrictConst[g * nD + d]! };
    };
    target.forEach((share, s) => {
      if (Number.isNaN(share) || share <= 0) return;
      const { weight, total, constant } = scope(s);
      if (total <= 0) return;
      const rhs = share - constant / total;
      if (rhs <= 0) return;
      const terms: LpTerm[] = [];
      for (let k = 0; k < nP; k++) if (weight(k) > 0) terms.push({ name: y(k, t), coef: weight(k) / total });
      if (terms.length === 0) impossible = true;
      else rows.push({ name: `f${s}_${t}`, terms, sense: '>=', rhs });
    });
  }

  const objective: LpTerm[] = [];
  for (let k = 0; k < nP; k++) if (r.pointWeight[k]! > 0) for (let t = 0; t < T; t++) objective.push({ name: y(k, t), coef: r.pointWeight[k]! / scale });
  const trivial = candidates.length === 0;
  if (objective.length === 0 && !trivial) objective.push({ name: x(candidates[0]!, 0), coef: 0 });
  const text = trivial ? '' : lpText({ sense: 'maximize', objective, rows, bounds, binaries });
  const objectiveSum = objective.reduce((sum, term) => sum + Math.abs(term.coef), 0);
  return { text, scale, offset: T * r.constWeight, objectiveSum, trivial, impossible, candidates, nYears: T, reduced: r };
}

/** The roll-out encoded by solver values: a site is built in the first year its x exceeds ½. */
export function readPhasedSolution(model: PhasedModel, values: Readonly<Record<string, number>>): PhasedChoice {
  const sites: number[] = [];
  const year: number[] = [];
  for (const j of model.candidates) {
    for (let t = 0; t < model.nYears; t++) {
      if ((values[x(j, t)] ?? 0) <= 0.5) continue;
      sites.push(j);
      year.push(t);
      break;
    }
  }
  return { sites: Int32Array.from(sites), year: Int32Array.from(year) };
}

/** Values of every x for a known roll-out (a warm start; the solver completes y). Sites without a variable (covering nothing the model decides) are left out. */
export function phasedStart(model: PhasedModel, plan: PhasedChoice): Record<string, number> {
  const built = new Map<number, number>();
  plan.sites.forEach((j, at) => built.set(j, plan.year[at]!));
  const start: Record<string, number> = {};
  for (const j of model.candidates) for (let t = 0; t < model.nYears; t++) start[x(j, t)] = (built.get(j) ?? Infinity) <= t ? 1 : 0;
  return start;
}
