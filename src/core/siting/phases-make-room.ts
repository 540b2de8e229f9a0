// The improvement pass's widest move: build candidate k in year u even though the year's money
// left does not pay for it, by pushing the sites of year u that lose least per unit cost to the
// earliest later year that can pay for them (or out of the plan), then refilling whatever money
// is freed by weight-years greedy. Kept only when the roll-out gets better; else undone. It finds
// what single swaps cannot: an expensive site that fits only a big year, once cheap sites wait.

import { fillByWeightYears, type RollOutGreedyOptions } from './phases-greedy.ts';
import { isBetterRollOut, type RollOutKey, type YearStates } from './phases-states.ts';
import { SITING_EPS } from './types.ts';

/** Tries building k in year u by making room there; true (and the roll-out changed) when that beats `key`. */
export async function makeRoom(ys: YearStates, k: number, u: number, key: RollOutKey, locked: Uint8Array, greedy: RollOutGreedyOptions): Promise<boolean> {
  const T = ys.nYears;
  const { instance } = ys;
  const costs = instance.candidateCost;
  const budgets = instance.phases!.budgets;
  const fits = (cost: number, budget: number) => cost <= budget + SITING_EPS * Math.max(1, budget);
  if (ys.yearOf[k] !== T || fits(ys.yearCost[u]! + costs[k]!, budgets[u]!) || !fits(costs[k]!, budgets[u]!)) return false;
  // Weight only site j covers at the end of year u: what postponing it loses there, per unit cost.
  const state = ys.states[u]!;
  const lossPerCost = (j: number) => {
    let loss = 0;
    for (let p = instance.coverStart[j]!; p < instance.coverStart[j + 1]!; p++) {
      const d = instance.coverDemand[p]!;
      if (state.count[d] === 1 && !instance.coveredByExisting[d]) loss += instance.demandWeight[d]!;
    }
    return loss / (costs[j]! + 1e-9);
  };
  const inYear = [...ys.yearOf.keys()].filter((j) => ys.yearOf[j] === u && costs[j]! > 0);
  const loss = new Map(inYear.map((j) => [j, lossPerCost(j)]));
  inYear.sort((a, b) => loss.get(a)! - loss.get(b)! || greedy.rank[a]! - greedy.rank[b]!);
  const saved = ys.yearOf.slice();
  const undo = () => saved.forEach((t, j) => ys.yearOf[j] !== t && ys.setYear(j, t));
  for (const j of inYear) {
    if (fits(ys.yearCost[u]! + costs[k]!, budgets[u]!)) break;
    let s = u + 1;
    while (s < T && !fits(ys.yearCost[s]! + costs[j]!, budgets[s]!)) s++;
    if (s === T && locked[j]) continue;
    ys.setYear(j, s);
  }
  if (!fits(ys.yearCost[u]! + costs[k]!, budgets[u]!) || !fits(ys.cost + costs[k]!, instance.budget) || ys.nSites + 1 > instance.maxSites) {
    undo();
    return false;
  }
  ys.setYear(k, u);
  await fillByWeightYears(ys, greedy);
  if (isBetterRollOut(ys.key(), key)) return true;
  undo();
  return false;
}
