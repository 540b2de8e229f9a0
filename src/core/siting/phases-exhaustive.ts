// The true optimum of a tiny phased instance by enumeration: every assignment of each candidate
// to a year or to "not built", pruned only by the yearly budgets, judged by evaluatePhases and
// checkPhasedPlan. Exponential by design ((years + 1)^candidates): it exists to check the
// phased heuristic and the exact model on instances small enough to enumerate.

import { checkPhasedPlan, evaluatePhases, type PhaseFigures } from './phases-evaluate.ts';
import { yearCount } from './phases-floors.ts';
import { SITING_EPS, type Plan, type SitingInstance } from './types.ts';
import { note, planNotes } from './plan-notes.ts';

/** Largest instance phasedExhaustivePlan accepts: (years + 1)^candidates assignments. */
export const PHASED_EXHAUSTIVE_LIMIT = 100_000;

/** The optimal roll-out (status 'optimal', bound = weight-years) or 'infeasible' when none keeps every rule; figures of the best. */
export function phasedExhaustivePlan(instance: SitingInstance): Plan & { readonly figures: PhaseFigures | null } {
  const started = performance.now();
  const n = instance.candidateCost.length;
  const T = yearCount(instance);
  if ((T + 1) ** n > PHASED_EXHAUSTIVE_LIMIT) throw new Error(`phasedExhaustivePlan: (${T} + 1)^${n} assignments, at most ${PHASED_EXHAUSTIVE_LIMIT}`);
  const budgets = instance.phases!.budgets;
  const costs = instance.candidateCost;
  const locked = new Set(instance.locked);
  const forbidden = new Set(instance.forbidden);
  const yearOf = new Int32Array(n).fill(T);
  const spent = new Float64Array(T);
  let best: { sites: Int32Array; year: Int32Array; figures: PhaseFigures; cost: number } | null = null;

  const visit = (j: number) => {
    if (j === n) {
      const sites = Int32Array.from([...yearOf.keys()].filter((i) => yearOf[i]! < T));
      const year = Int32Array.from(sites, (i) => yearOf[i]!);
      if (checkPhasedPlan(instance, sites, year).violations.length > 0) return;
      const figures = evaluatePhases(instance, sites, year);
      const cost = sites.reduce((sum, i) => sum + costs[i]!, 0);
      if (!best || better(figures, cost, sites.length, best)) best = { sites, year, figures, cost };
      return;
    }
    for (let t = 0; t <= T; t++) {
      if (t === T ? locked.has(j) : forbidden.has(j)) continue;
      if (t < T && spent[t]! + costs[j]! > budgets[t]! + SITING_EPS * Math.max(1, budgets[t]!)) continue;
      yearOf[j] = t;
      if (t < T) spent[t]! += costs[j]!;
      visit(j + 1);
      if (t < T) spent[t]! -= costs[j]!;
      yearOf[j] = T;
    }
  };
  visit(0);
  const seconds = (performance.now() - started) / 1000;
  const found = best as { sites: Int32Array; year: Int32Array; figures: PhaseFigures } | null;
  if (!found) {
    const said = note('noRolloutKeepsFloors', 'No roll-out within the yearly budgets and limits keeps every floor.');
    return { sites: new Int32Array(0), year: new Int32Array(0), assignment: null, status: 'infeasible', solver: 'exhaustive', bound: null, gap: null, seconds, ...planNotes([said]), figures: null };
  }
  const objective = found.figures.weightYears;
  return { sites: found.sites, year: found.year, assignment: null, status: 'optimal', solver: 'exhaustive', bound: objective, gap: 0, seconds, messages: [], figures: found.figures };
}

// More weight-years; on a tie the cheaper roll-out, then the one with fewer sites.
function better(figures: PhaseFigures, cost: number, nSites: number, than: { figures: PhaseFigures; cost: number; sites: Int32Array }): boolean {
  const [a, b] = [figures.weightYears, than.figures.weightYears];
  if (Math.abs(a - b) > SITING_EPS * Math.max(1, a, b)) return a > b;
  if (Math.abs(cost - than.cost) > SITING_EPS * Math.max(1, cost)) return cost < than.cost;
  return nSites < than.sites.length;
}
