// A phased roll-out under improvement: one PlanState per year holding the sites built by the
// end of that year, so moving a site to another year touches only the years in between, in
// time proportional to its coverage. "Not built" is year nYears: every move is a change of year.

import { PlanState } from './plan-state.ts';
import { yearTargets } from './phases-floors.ts';
import { SITING_EPS, type SitingInstance } from './types.ts';

/** How good a roll-out is, compared lexicographically: Σ missing floor shares over years (lower), then weight-years. */
export interface RollOutKey {
  readonly deficit: number;
  readonly weightYears: number;
}

/** True when a is strictly better than b (beyond rounding). */
export function isBetterRollOut(a: RollOutKey, b: RollOutKey): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= SITING_EPS * Math.max(1, Math.abs(x), Math.abs(y));
  if (!close(a.deficit, b.deficit)) return a.deficit < b.deficit;
  return !close(a.weightYears, b.weightYears) && a.weightYears > b.weightYears;
}

/** The roll-out as per-year states, with each year's and the whole plan's spending. */
export class YearStates {
  readonly nYears: number;
  readonly states: PlanState[];
  readonly targets: Float64Array[];
  /** Year each candidate is built (nYears: not built). */
  readonly yearOf: Int32Array;
  readonly yearCost: Float64Array;
  cost = 0;
  nSites = 0;

  constructor(readonly instance: SitingInstance, yearOf: Int32Array) {
    this.nYears = instance.phases!.budgets.length;
    this.states = Array.from({ length: this.nYears }, () => new PlanState(instance));
    this.targets = Array.from({ length: this.nYears }, (_, t) => yearTargets(instance, t));
    this.yearOf = new Int32Array(yearOf.length).fill(this.nYears);
    this.yearCost = new Float64Array(this.nYears);
    yearOf.forEach((t, j) => t >= 0 && t < this.nYears && this.setYear(j, t));
  }

  /** Builds candidate j in year t (nYears: not at all), updating the years in between. */
  setYear(j: number, t: number): void {
    const from = this.yearOf[j]!;
    if (from === t) return;
    const c = this.instance.candidateCost[j]!;
    if (from < this.nYears) this.yearCost[from]! -= c;
    else [this.cost, this.nSites] = [this.cost + c, this.nSites + 1];
    if (t < this.nYears) this.yearCost[t]! += c;
    else [this.cost, this.nSites] = [this.cost - c, this.nSites - 1];
    for (let u = Math.min(from, t); u < Math.max(from, t); u++) {
      if (t < from) this.states[u]!.add(j);
      else this.states[u]!.remove(j);
    }
    this.yearOf[j] = t;
  }

  /** Budget left in year t (currency units; Infinity: none). */
  room(t: number): number {
    return this.instance.phases!.budgets[t]! - this.yearCost[t]!;
  }

  /** True when every year's budget, the overall budget and the site limit hold (within SITING_EPS). */
  withinLimits(): boolean {
    const fits = (cost: number, budget: number) => cost <= budget + SITING_EPS * Math.max(1, budget);
    const budgets = this.instance.phases!.budgets;
    for (let t = 0; t < this.nYears; t++) if (!fits(this.yearCost[t]!, budgets[t]!)) return false;
    return fits(this.cost, this.instance.budget) && this.nSites <= this.instance.maxSites;
  }

  key(): RollOutKey {
    let deficit = 0;
    let weightYears = 0;
    for (let t = 0; t < this.nYears; t++) {
      deficit += this.states[t]!.deficit(this.targets[t]!);
      weightYears += this.states[t]!.coveredWeight;
    }
    return { deficit, weightYears };
  }

  /** Chosen candidates ascending, and the year of each. */
  plan(): { sites: Int32Array; year: Int32Array } {
    const sites: number[] = [];
    this.yearOf.forEach((t, j) => t < this.nYears && sites.push(j));
    return { sites: Int32Array.from(sites), year: Int32Array.from(sites, (j) => this.yearOf[j]!) };
  }
}
